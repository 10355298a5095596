"""Settings → Users: everyone changes their own password; a chief adds users, resets
passwords and deactivates accounts (users are never deleted)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.gui.session import Session
from station_app.services import users
from station_app.services.auth import MANAGERS
from station_app.services.errors import ServiceError, ValidationError

ERROR_STYLE = "color: #b00020"


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.Password)
    return edit


class UsersTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.is_manager = session.actor.role in MANAGERS
        layout = QHBoxLayout(self)
        layout.addWidget(self._own_password_box(), 1)
        layout.addWidget(self._users_box(), 2)
        self.refresh()

    # ------------------------------------------------------------ own password

    def _own_password_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("My password"))
        form = QFormLayout(box)
        self.current = _password_edit("currentPassword")
        self.new1 = _password_edit("newPassword")
        self.new2 = _password_edit("newPassword2")
        form.addRow(self.tr("Current password"), self.current)
        form.addRow(self.tr("New password (8 characters or more)"), self.new1)
        form.addRow(self.tr("Repeat the new password"), self.new2)
        self.change_button = QPushButton(self.tr("Change my password"))
        self.change_button.setObjectName("changePassword")
        self.change_button.clicked.connect(self.change_own_password)
        form.addRow(self.change_button)
        self.own_message = QLabel()
        self.own_message.setObjectName("ownPasswordMessage")
        self.own_message.setWordWrap(True)
        form.addRow(self.own_message)
        return box

    def change_own_password(self) -> bool:
        if self.new1.text() != self.new2.text():
            return self._own(self.tr("The two new passwords differ."), error=True)
        try:
            users.change_password(
                self.session.db, self.session.actor, self.current.text(), self.new1.text()
            )
        except ValidationError as exc:
            return self._own(
                " ".join(m.render(self.session.lang) for m in exc.errors.values()), error=True
            )
        for edit in (self.current, self.new1, self.new2):
            edit.clear()
        self._own(self.tr("Your password was changed."), error=False)
        return True

    def _own(self, text: str, *, error: bool) -> bool:
        self.own_message.setStyleSheet(ERROR_STYLE if error else "")
        self.own_message.setText(text)
        return not error

    # ------------------------------------------------------------- all users

    def _users_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Users of this station"))
        v = QVBoxLayout(box)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Active")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        v.addWidget(self.table, 1)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("newUsername")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("newFullName")
        self.role = QComboBox()
        self.role.setObjectName("newRole")
        for code in ("officer", "chief", "admin"):
            self.role.addItem(self.session.label("role", code), code)
        self.password = _password_edit("userPassword")
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        v.addLayout(form)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add user"))
        self.add_button.setObjectName("addUser")
        self.add_button.clicked.connect(self.add_user)
        self.reset_button = QPushButton(self.tr("Set the selected user's password"))
        self.reset_button.setObjectName("resetPassword")
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button = QPushButton(self.tr("Deactivate / reactivate"))
        self.active_button.setObjectName("toggleActive")
        self.active_button.clicked.connect(self.toggle_active)
        for b in (self.add_button, self.reset_button, self.active_button):
            row.addWidget(b)
        v.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("usersMessage")
        self.message.setWordWrap(True)
        v.addWidget(self.message)
        if not self.is_manager:
            note = QLabel(self.tr("Only the station chief adds users and resets passwords."))
            note.setWordWrap(True)
            v.addWidget(note)
            for w in (
                self.username,
                self.full_name,
                self.role,
                self.password,
                self.add_button,
                self.reset_button,
                self.active_button,
            ):
                w.setEnabled(False)
        return box

    def refresh(self) -> None:
        rows = users.list_users(self.session.db)
        self.table.setRowCount(len(rows))
        for r, u in enumerate(rows):
            values = (
                u["username"],
                u["full_name"],
                self.session.label("role", u["role"]),
                self.tr("yes") if u["active"] else self.tr("no"),
            )
            for c, text in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def selected_username(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.text() if item else None

    def _run(self, action, done: str) -> bool:
        try:
            action()
        except ValidationError as exc:
            self._say(" ".join(m.render(self.session.lang) for m in exc.errors.values()), True)
            return False
        except ServiceError as exc:
            self._say(exc.text(self.session.lang), True)
            return False
        self.refresh()
        self._say(done, False)
        return True

    def _say(self, text: str, error: bool) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def add_user(self) -> bool:
        ok = self._run(
            lambda: users.create_user(
                self.session.db,
                self.session.actor,
                self.username.text().strip(),
                self.full_name.text(),
                self.role.currentData(),
                self.password.text(),
            ),
            self.tr("User added."),
        )
        if ok:
            for edit in (self.username, self.full_name, self.password):
                edit.clear()
        return ok

    def reset_password(self) -> bool:
        name = self.selected_username()
        if name is None:
            self._say(self.tr("Choose a user in the table first."), True)
            return False
        ok = self._run(
            lambda: users.reset_password(
                self.session.db, self.session.actor, name, self.password.text()
            ),
            self.tr("The password was set."),
        )
        if ok:
            self.password.clear()
        return ok

    def toggle_active(self) -> bool:
        name = self.selected_username()
        if name is None:
            self._say(self.tr("Choose a user in the table first."), True)
            return False
        active = next(
            u["active"] for u in users.list_users(self.session.db) if u["username"] == name
        )
        return self._run(
            lambda: users.set_active(self.session.db, self.session.actor, name, not active),
            self.tr("The user was reactivated.")
            if not active
            else self.tr("The user was deactivated."),
        )

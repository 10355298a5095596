"""The lock screen shown after idle time: the same or another user logs in; drafts wait."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.gui.session import Session
from station_app.services import users
from station_app.services.auth import Actor
from station_app.services.errors import AuthError


class LockScreen(QWidget):
    unlocked = Signal(object)  # the Actor who logged in

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("lockScreen")
        outer = QVBoxLayout(self)
        outer.addStretch()
        box = QWidget()
        box.setObjectName("lockBox")
        box.setFixedWidth(520)  # a fixed width lets the wrapped labels get their full height
        box.setStyleSheet("QLabel, QComboBox, QLineEdit, QPushButton { font-size: 11pt; }")
        v = QVBoxLayout(box)
        v.setSpacing(12)
        title = QLabel("<h2>" + self.tr("Station App is locked") + "</h2>")
        v.addWidget(title)
        self.info = QLabel()
        self.info.setObjectName("lockInfo")
        self.info.setWordWrap(True)
        v.addWidget(self.info)
        form = QFormLayout()
        self.user = QComboBox()
        self.user.setObjectName("lockUser")
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.returnPressed.connect(self.try_unlock)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        v.addLayout(form)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setObjectName("unlockButton")
        self.button.clicked.connect(self.try_unlock)
        v.addWidget(self.button)
        self.error = QLabel()
        self.error.setObjectName("lockError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        v.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(box)
        row.addStretch()
        outer.addLayout(row)
        outer.addStretch()

    def prepare(self, drafts: int) -> None:
        """Fill the users (the one who was working first) and say what is kept."""
        self.user.clear()
        current = self.session.actor.username
        for u in users.list_users(self.session.db):
            if u["active"]:
                self.user.addItem(f"{u['full_name']} ({u['username']})", u["username"])
        self.user.setCurrentIndex(max(0, self.user.findData(current)))
        text = self.tr("Locked after a period without use. Log in to continue.")
        if drafts:
            text += " " + self.tr(
                "%n unsaved draft(s) are kept for the user who wrote them.", "", drafts
            )
        self.info.setText(text)
        self.password.clear()
        self.error.clear()
        self.password.setFocus()

    def try_unlock(self) -> Actor | None:
        try:
            actor = users.authenticate(
                self.session.db, self.user.currentData() or "", self.password.text()
            )
        except AuthError as exc:
            self.password.clear()
            self.error.setText(exc.text(self.session.lang))
            return None
        self.unlocked.emit(actor)
        return actor

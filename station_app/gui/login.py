"""The login dialog: user name and password, checked by the users service."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from station_app.services import station, users
from station_app.services.auth import Actor
from station_app.services.errors import AuthError


class LoginDialog(QDialog):
    def __init__(self, db: sqlite_utils.Database, lang: str = "ru", parent=None):
        super().__init__(parent)
        self.db = db
        self.lang = lang
        self.actor: Actor | None = None
        prof = station.profile(db)
        self.setWindowTitle(self.tr("Station App — log in"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{prof['name']}</b><br>{prof['code']} · {prof['province']}")
        title.setTextFormat(title.textFormat().RichText)
        layout.addWidget(title)
        form = QFormLayout()
        self.user = QComboBox()
        self.user.setObjectName("loginUser")
        self.user.setEditable(True)
        for u in users.list_users(db):
            if u["active"]:
                self.user.addItem(f"{u['full_name']} ({u['username']})", u["username"])
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.Password)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        ok = buttons.button(QDialogButtonBox.Ok)
        ok.setText(self.tr("Log in"))
        ok.setDefault(True)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.password.setFocus()

    def try_login(self) -> None:
        typed = self.user.currentText().strip()
        index = self.user.findText(typed)
        username = self.user.itemData(index) if index >= 0 else typed
        try:
            self.actor = users.authenticate(self.db, username, self.password.text())
        except AuthError as exc:
            self.password.clear()
            self.error.setText(exc.text(self.lang))
            self.error.show()
            return
        self.accept()

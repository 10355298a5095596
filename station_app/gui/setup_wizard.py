"""First start on an empty data folder: station profile, settlements served, first chief."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from station_app.services import station
from station_app.services.errors import ValidationError


class SetupWizard(QWizard):
    """Calls the same ``init_station`` service as ``station-app init``."""

    def __init__(self, data_dir: Path, lang: str = "ru", parent=None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.lang = lang
        self.setWindowTitle(self.tr("Station App — first start"))
        self.setMinimumSize(640, 480)
        self.fields: dict[str, QLineEdit] = {}
        self.addPage(self._profile_page())
        self.addPage(self._settlements_page())
        self.addPage(self._chief_page())
        self.result_profile: dict | None = None

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"wizard_{name}")
        self.fields[name] = edit
        return edit

    def _profile_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Station"))
        page.setSubTitle(
            self.tr(
                "The station this computer serves. The code starts every "
                "complaint number, e.g. NKT-2026-0001."
            )
        )
        form = QFormLayout(page)
        form.addRow(self.tr("Station code (2–5 Latin capitals)"), self._line("code"))
        form.addRow(self.tr("Station name"), self._line("name"))
        form.addRow(self.tr("Municipality"), self._line("municipality"))
        form.addRow(self.tr("District"), self._line("district"))
        form.addRow(self.tr("Province"), self._line("province"))
        return page

    def _settlements_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Settlements served"))
        page.setSubTitle(
            self.tr(
                "Villages and settlements of the station's area, with their "
                "names in Kyrgyz, Russian and English. More can be added "
                "later in Settings."
            )
        )
        layout = QVBoxLayout(page)
        self.settlements = QTableWidget(0, 3)
        self.settlements.setObjectName("wizard_settlements")
        self.settlements.setHorizontalHeaderLabels(
            [self.tr("Kyrgyz"), self.tr("Russian"), self.tr("English")]
        )
        self.settlements.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.settlements)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add settlement"))
        add.setObjectName("wizard_add_settlement")
        add.clicked.connect(self.add_settlement_row)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.settlements.removeRow(self.settlements.currentRow()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        layout.addLayout(row)
        return page

    def add_settlement_row(self, ky: str = "", ru: str = "", en: str = "") -> None:
        r = self.settlements.rowCount()
        self.settlements.insertRow(r)
        for c, text in enumerate((ky, ru, en)):
            self.settlements.setItem(r, c, QTableWidgetItem(text))

    def _chief_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Station chief"))
        page.setSubTitle(
            self.tr("The first user is the station chief, who adds the other users later.")
        )
        layout = QVBoxLayout(page)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self._line("admin_user"))
        form.addRow(self.tr("Full name"), self._line("admin_full_name"))
        pw = self._line("password")
        pw.setEchoMode(QLineEdit.Password)
        form.addRow(self.tr("Password (8 characters or more)"), pw)
        pw2 = self._line("password2")
        pw2.setEchoMode(QLineEdit.Password)
        form.addRow(self.tr("Repeat the password"), pw2)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("wizard_error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        return page

    def _settlement_records(self) -> list[dict]:
        out = []
        for r in range(self.settlements.rowCount()):
            names = [
                (self.settlements.item(r, c).text().strip() if self.settlements.item(r, c) else "")
                for c in range(3)
            ]
            if not any(names):
                continue
            first = next(n for n in names if n)
            ky, ru, en = (n or first for n in names)
            out.append({"kind": "village", "name": {"ky": ky, "ru": ru, "en": en}})
        return out

    def accept(self) -> None:
        f = {k: v.text() for k, v in self.fields.items()}
        if f["password"] != f["password2"]:
            self.error.setText(self.tr("The two passwords differ."))
            return
        try:
            result = station.init_station(
                self.data_dir,
                code=f["code"].strip(),
                name=f["name"],
                municipality=f["municipality"],
                district=f["district"],
                province=f["province"],
                admin_user=f["admin_user"].strip(),
                admin_full_name=f["admin_full_name"] or None,
                admin_password=f["password"],
                settlements=self._settlement_records(),
            )
        except ValidationError as exc:
            self.error.setText(
                "\n".join(
                    f"{self._field_name(k)}: {m.render(self.lang)}" for k, m in exc.errors.items()
                )
            )
            return
        self.result_profile = result["station"]
        super().accept()

    def _field_name(self, key: str) -> str:
        names = {
            "code": self.tr("Station code"),
            "name": self.tr("Station name"),
            "province": self.tr("Province"),
            "district": self.tr("District"),
            "municipality": self.tr("Municipality"),
            "username": self.tr("User name"),
            "password": self.tr("Password"),
            "full_name": self.tr("Full name"),
        }
        if key.startswith("name.") or key.startswith("settlements"):
            return self.tr("Settlement")
        return names.get(key, key)

"""The complaint editor: the appeal itself, its status workflow, deadline and protection orders.

Everything happens inside the one window (no modal dialogs): the status change, the
deadline extension and a new protection order each have a small embedded form whose
errors show beside its fields. Those actions write at once, so they are held back while
the complaint has unsaved edits (the officer saves or discards those first).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from station_app import clock
from station_app.gui.editors.base import (
    ERROR_STYLE,
    RecordEditor,
    fill_combo,
    plain_text,
    reveal,
    setup_date_edit,
)
from station_app.messages import Msg
from station_app.services import complaints, deadlines
from station_app.services import settings as settings_service
from station_app.services.errors import ServiceError, ValidationError

MEETING_CHOICES = 300  # the latest meetings offered for a complaint raised at a meeting

BANNER_STYLES = {
    "ok": "background: #e8f3ec; color: #1e4d2b; border: 1px solid #b7d7c0;",
    "soon": "background: #fff4dc; color: #6b4a00; border: 1px solid #ecd08f;",
    "overdue": "background: #fdecea; color: #8e1b10; border: 1px solid #f0b4ad;",
    "closed": "background: #eef0f2; color: #30363d; border: 1px solid #cfd4da;",
    "new": "background: #eaf1fb; color: #1d3b63; border: 1px solid #bcd0ec;",
}
BANNER_BASE = "padding: 8px 10px; border-radius: 4px; font-size: 11pt;"


def qdate(iso: str) -> QDate:
    return QDate.fromString(iso, "yyyy-MM-dd")


def iso(d: QDate) -> str:
    return d.toString("yyyy-MM-dd")


class ActionErrors:
    """Inline error labels for one embedded action form (keys of its ValidationError)."""

    def __init__(self, editor: RecordEditor, fields: dict[str, QWidget], general: QLabel):
        self.labels: dict[str, QLabel] = {}
        self.widgets = fields
        self.general = general
        self.lang = editor.session.lang
        for key, widget in fields.items():
            label = QLabel()
            label.setObjectName(f"error_{widget.objectName()}_{key}")
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
            editor._place_error(widget, label)
            self.labels[key] = label

    def clear(self) -> None:
        for label in [*self.labels.values(), self.general]:
            label.clear()
            label.hide()

    def show(self, errors: dict[str, Msg]) -> None:
        general = []
        for key, message in errors.items():
            label = self.labels.get(key)
            if label is None:
                general.append(message.render(self.lang))
            else:
                label.setText(message.render(self.lang))
                label.show()
        if general:
            self.show_text("\n".join(general))
        first = next((self.widgets[k] for k in errors if k in self.widgets), None)
        if first is not None:
            reveal(first)
            first.setFocus()

    def show_text(self, text: str) -> None:
        self.general.setText(text)
        self.general.show()


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class ComplaintEditor(RecordEditor):
    form_name = "complaint_editor"
    create_fn = staticmethod(complaints.create)
    update_fn = staticmethod(complaints.update)
    get_fn = staticmethod(complaints.get)

    # ------------------------------------------------------------------ building

    def setup(self) -> None:
        s = self.session
        today = QDate(clock.today())
        self.tabs: QTabWidget = self.child("tabs")
        self._users = {
            username: full_name
            for username, full_name in s.db.execute("SELECT username, full_name FROM users")
        }
        choose = self.tr("— choose —")
        none = self.tr("— not given —")

        self.received_on: QDateEdit = self.child("receivedOn")
        setup_date_edit(self.received_on, optional=False)
        self.received_on.setMaximumDate(today)
        self.channel: QComboBox = self.child("channel")
        fill_combo(self.channel, s.labels("channel"), blank=choose)
        self.meeting: QComboBox = self.child("meeting")
        self.meeting.setMinimumContentsLength(24)
        self.meeting.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self._fill_meetings()
        self.open_meeting: QPushButton = self.child("openMeetingButton")
        self.open_meeting.clicked.connect(self.open_meeting_editor)
        self.category: QComboBox = self.child("category")
        fill_combo(self.category, s.labels("complaint_category"), blank=choose)
        self.category.setMinimumContentsLength(20)
        self.category.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.officer: QComboBox = self.child("assignedOfficer")
        self._fill_officers()
        self.description: QPlainTextEdit = self.child("description")
        self.description.setPlaceholderText(self.tr("What the resident reports, in their words"))

        self.anonymous: QCheckBox = self.child("anonymous")
        self.name: QLineEdit = self.child("complainantName")
        self.contact: QLineEdit = self.child("complainantContact")
        fill_combo(self.child("complainantSex"), s.labels("sex"), blank=none)
        fill_combo(self.child("complainantAgeGroup"), s.labels("age_group"), blank=none)
        fill_combo(self.child("complainantSettlement"), s.settlements(), blank=none)

        self.bind("received_on", "receivedOn")
        self.bind("channel", "channel")
        self.bind("meeting_uuid", "meeting")
        self.bind("category", "category")
        self.bind("assigned_officer", "assignedOfficer")
        self.bind("description", "description")
        self.bind("anonymous", "anonymous")
        self.bind("complainant.name", "complainantName")
        self.bind("complainant.sex", "complainantSex")
        self.bind("complainant.age_group", "complainantAgeGroup")
        self.bind("complainant.settlement", "complainantSettlement")
        self.bind("complainant.contact", "complainantContact")

        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.meeting.currentIndexChanged.connect(self._update_open_meeting)
        self.anonymous.toggled.connect(self._anonymous_changed)
        self.category.currentIndexChanged.connect(self._update_tabs)
        self.received_on.dateChanged.connect(self._update_banner)

        self._setup_status_panel(today)
        self._setup_deadline_panel()
        self._setup_orders(today)

    def _setup_status_panel(self, today: QDate) -> None:
        self.next_status: QComboBox = self.child("nextStatus")
        self.status_text: QPlainTextEdit = self.child("statusText")
        self.status_text_label: QLabel = self.child("statusTextLabel")
        self.status_date: QDateEdit = self.child("statusDate")
        setup_date_edit(self.status_date, optional=False)
        self.status_date.setMaximumDate(today)
        self.apply_status: QPushButton = self.child("applyStatusButton")
        self.status_hint: QLabel = self.child("statusHint")
        self.status_error = _error_label("statusError")
        self.child("statusGroup").layout().addRow(self.status_error)
        self.status_errors = ActionErrors(
            self,
            {
                "status": self.next_status,
                "note": self.status_text,
                "referred_to": self.status_text,
                "outcome": self.status_text,
                "on": self.status_date,
            },
            self.status_error,
        )
        self.next_status.currentIndexChanged.connect(self._next_status_changed)
        self.apply_status.clicked.connect(self.apply_status_change)
        timeline: QTableWidget = self.child("timeline")
        timeline.setColumnCount(3)
        timeline.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Officer"), self.tr("What happened")]
        )
        self._setup_table(timeline)
        self.timeline = timeline

    def _setup_deadline_panel(self) -> None:
        self.due_label: QLabel = self.child("dueOn")
        self.extend_until: QDateEdit = self.child("extendUntil")
        setup_date_edit(self.extend_until, optional=False)
        self.extend_reason: QLineEdit = self.child("extendReason")
        self.extend_reason.setPlaceholderText(self.tr("Why the answer needs more time"))
        self.extend_button: QPushButton = self.child("extendButton")
        self.extend_error = _error_label("extendError")
        self.child("deadlineGroup").layout().addRow(self.extend_error)
        self.extend_errors = ActionErrors(
            self, {"until": self.extend_until, "reason": self.extend_reason}, self.extend_error
        )
        self.extend_button.clicked.connect(self.extend_deadline)

    def _setup_orders(self, today: QDate) -> None:
        orders: QTableWidget = self.child("ordersTable")
        orders.setColumnCount(5)
        orders.setHorizontalHeaderLabels(
            [
                self.tr("Issued on"),
                self.tr("Expires on"),
                self.tr("Extended until"),
                self.tr("In force"),
                self.tr("Note"),
            ]
        )
        self._setup_table(orders)
        self.orders = orders
        self.order_issued: QDateEdit = self.child("orderIssued")
        setup_date_edit(self.order_issued, optional=False)
        self.order_issued.setMaximumDate(today)
        self.order_expires: QDateEdit = self.child("orderExpires")
        setup_date_edit(self.order_expires, optional=False)
        self.order_note: QLineEdit = self.child("orderNote")
        self.add_order: QPushButton = self.child("addOrderButton")
        self.order_error = _error_label("orderError")
        self.child("addOrderGroup").layout().addRow(self.order_error)
        self.order_errors = ActionErrors(
            self,
            {
                "issued_on": self.order_issued,
                "expires_on": self.order_expires,
                "note": self.order_note,
            },
            self.order_error,
        )
        self.add_order.clicked.connect(self.add_protection_order)

    @staticmethod
    def _setup_table(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        header = table.horizontalHeader()
        for col in range(table.columnCount() - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(table.columnCount() - 1, QHeaderView.Stretch)

    def _fill_meetings(self) -> None:
        """The latest meetings (and the one this complaint links to), in one query."""
        current = self.meeting.currentData()
        rows = self.session.db.execute(
            "SELECT uuid, held_on, venue FROM ("
            " SELECT * FROM (SELECT uuid, held_on, venue, id FROM meetings WHERE deleted = 0"
            "  ORDER BY held_on DESC, id DESC LIMIT ?)"
            " UNION"
            " SELECT uuid, held_on, venue, id FROM meetings"
            "  WHERE uuid = (SELECT meeting_uuid FROM complaints WHERE uuid = ?)"
            ") ORDER BY held_on DESC, id DESC",
            [MEETING_CHOICES, self.uuid],
        ).fetchall()
        fill_combo(
            self.meeting,
            {uuid: f"{held_on} · {venue}" for uuid, held_on, venue in rows},
            blank=self.tr("— choose the meeting —"),
        )
        if current is not None:
            i = self.meeting.findData(current)
            if i >= 0:
                self.meeting.blockSignals(True)
                self.meeting.setCurrentIndex(i)
                self.meeting.blockSignals(False)

    def _fill_officers(self) -> None:
        rows = self.session.db.execute(
            "SELECT username, full_name FROM users WHERE active = 1 AND deleted = 0"
            " AND role IN ('officer', 'chief', 'admin')"
            " UNION SELECT username, full_name FROM users"
            "  WHERE username = (SELECT assigned_officer FROM complaints WHERE uuid = ?)"
            " ORDER BY 2",
            [self.uuid],
        ).fetchall()
        fill_combo(self.officer, {u: name or u for u, name in rows})
        for i in range(self.officer.count()):
            self.officer.setItemData(i, self.officer.itemData(i), Qt.ToolTipRole)

    # -------------------------------------------------------------- values in/out

    def values(self) -> dict[str, Any]:
        out = super().values()
        if out.get("anonymous"):
            out["complainant"]["name"] = None
            out["complainant"]["contact"] = None
        if out.get("channel") != "meeting":
            out["meeting_uuid"] = None
        return out

    def load_extra(self, record: dict[str, Any] | None) -> None:
        if record is None:
            self.received_on.setDate(QDate(clock.today()))
            i = self.officer.findData(self.actor.username)
            self.officer.setCurrentIndex(max(i, 0))
        self._channel_changed()
        self._anonymous_changed()
        self._fill_status_panel(record)
        self._fill_deadline_panel(record)
        self._fill_timeline(record)
        self._fill_orders(record)
        closed = bool(record) and record["status"] in deadlines.CLOSED_STATUSES
        restricted = bool(record) and record.get("restricted", False)
        for name in ("complaintGroup", "complainantGroup"):
            self.child(name).setEnabled(not closed and not restricted)
        self.description.setEnabled(not restricted)
        if restricted:
            self.description.setPlaceholderText(
                self.tr(
                    "The details of a family-violence complaint are shown only to its assigned "
                    "officer and the station chief."
                )
            )
        self._update_tabs()
        self._update_banner()

    def fetch(self, uuid: str) -> dict[str, Any]:
        return complaints.get(self.session.db, uuid, viewer=self.actor)

    def title(self, record: dict[str, Any] | None) -> str:
        if record is None:
            return self.tr("New complaint")
        return self.tr("Complaint %1").replace("%1", record["number"])

    def field_label(self, path: str) -> str:
        labels = {
            "status": self.tr("Status"),
            "meeting_uuid": self.tr("Meeting"),
            "complainant": self.tr("Complainant"),
        }
        return labels.get(path, path)

    # ------------------------------------------------------------ live behaviour

    def _channel_changed(self, *_: Any) -> None:
        at_meeting = self.channel.currentData() == "meeting"
        form = self.child("complaintGroup").layout()
        if at_meeting and not self._loading:
            self._fill_meetings()  # a meeting saved meanwhile shows up
        form.setRowVisible(self.meeting, at_meeting)
        form.setRowVisible(self.open_meeting, at_meeting)
        if not at_meeting:
            self.bindings["meeting_uuid"].error.hide()
        self._update_open_meeting()

    def _update_open_meeting(self, *_: Any) -> None:
        self.open_meeting.setEnabled(
            self.meeting.currentData() is not None and hasattr(self.parent(), "open_editor")
        )

    def open_meeting_editor(self) -> None:
        uuid = self.meeting.currentData()
        window = self.parent()
        if uuid and hasattr(window, "open_editor"):
            window.open_editor("meetings", uuid)

    def _anonymous_changed(self, *_: Any) -> None:
        named = not self.anonymous.isChecked()
        for widget in (self.name, self.contact):
            widget.setEnabled(named)
        self.child("complainantNameLabel").setEnabled(named)
        self.child("complainantContactLabel").setEnabled(named)

    def _changed(self, *args: Any) -> None:
        super()._changed(*args)
        if not self._loading:
            self._update_actions()

    def _update_actions(self) -> None:
        """Workflow steps write at once, so they wait until the edits are saved."""
        if self.record is None:
            return
        dirty = self.is_dirty()
        busy = self._saving
        chosen = self.next_status.currentData() is not None
        for widget in (
            self.next_status,
            self.status_text,
            self.status_date,
            self.extend_until,
            self.extend_reason,
            self.order_issued,
            self.order_expires,
            self.order_note,
        ):
            widget.setEnabled(not dirty and not busy)
        self.apply_status.setEnabled(not dirty and not busy and chosen)
        self.extend_button.setEnabled(not dirty and not busy)
        self.add_order.setEnabled(not dirty and not busy)
        why = self.tr("Save or discard your changes to the complaint first.") if dirty else ""
        for button in (self.apply_status, self.extend_button, self.add_order):
            button.setToolTip(why)
        self.status_hint.setText(why)
        self.status_hint.setVisible(dirty)

    def _update_tabs(self, *_: Any) -> None:
        saved = self.record is not None
        self.tabs.setTabVisible(self.tabs.indexOf(self.child("statusTab")), saved)
        family = self.category.currentData() == "family_violence"
        self.tabs.setTabVisible(self.tabs.indexOf(self.child("ordersTab")), saved and family)

    def _update_banner(self, *_: Any) -> None:
        rec = self.record
        today = clock.today()
        status = self.session.label("complaint_status", rec["status"]) if rec else ""
        if rec is None:
            conf = settings_service.get_all(self.session.db)
            received = date.fromisoformat(iso(self.received_on.date()))
            due = deadlines.answer_due(received, conf).isoformat()
            text, style = (
                self.tr("New complaint · the answer will be due on %1.").replace("%1", due),
                "new",
            )
        elif rec["status"] in deadlines.CLOSED_STATUSES:
            text = (
                self.tr("%1 · %2 · closed on %3")
                .replace("%1", rec["number"])
                .replace("%2", status)
                .replace("%3", rec["closed_on"] or "")
            )
            style = "closed"
        else:
            days = deadlines.days_left(rec["due_on"], today)
            if days < 0:
                when = self.tr("Overdue by %n day(s) (due %1)", "", -days)
                style = "overdue"
            elif days == 0:
                when, style = self.tr("Answer due today (%1)"), "soon"
            else:
                when = self.tr("Answer due in %n day(s) (%1)", "", days)
                style = "soon" if days <= 3 else "ok"
            when = when.replace("%1", rec["due_on"])
            if rec["extended_until"]:
                when += " · " + self.tr("extended")
            text = f"{rec['number']} · {status} · {when}"
        self.banner.setText(text)
        self.banner.setProperty("state", style)
        self.banner.setStyleSheet(f"QLabel#editorBanner {{ {BANNER_BASE} {BANNER_STYLES[style]} }}")
        self.banner.show()

    # ---------------------------------------------------------------- status panel

    def _fill_status_panel(self, record: dict[str, Any] | None) -> None:
        self.status_errors.clear()
        if record is None:
            return
        current = record["status"]
        self.child("currentStatus").setText(
            "<b>" + self.session.label("complaint_status", current) + "</b>"
        )
        fill_combo(
            self.next_status,
            {
                code: self.session.label("complaint_status", code)
                for code in complaints.TRANSITIONS.get(current, ())
            },
            blank=self.tr("— choose —"),
        )
        self.status_text.clear()
        self.status_date.setDate(QDate(clock.today()))
        self._next_status_changed()

    def _text_key(self, to_status: str | None) -> str:
        if to_status == "referred":
            return "referred_to"
        if to_status in deadlines.CLOSED_STATUSES:
            return "outcome"
        return "note"

    def _next_status_changed(self, *_: Any) -> None:
        to = self.next_status.currentData()
        reopening = bool(self.record) and self.record["status"] in deadlines.CLOSED_STATUSES
        key = self._text_key(to)
        if key == "referred_to":
            label = self.tr("Referred to")
            hint = self.tr("The body or person the complaint is passed to (required)")
        elif key == "outcome":
            label = self.tr("Outcome")
            hint = self.tr("What was decided or done (required)")
        elif reopening:
            label = self.tr("Reason")
            hint = self.tr("Why the complaint is reopened (required)")
        else:
            label = self.tr("Note")
            hint = self.tr("What was done (optional)")
        self.status_text_label.setText(label)
        self.status_text.setPlaceholderText(hint)
        self._update_actions()

    def apply_status_change(self) -> bool:
        to = self.next_status.currentData()
        if self.record is None or to is None or self.is_dirty():
            return False
        self.status_errors.clear()
        text = plain_text(self.status_text)
        texts: dict[str, str | None] = {"note": None, "referred_to": None, "outcome": None}
        texts[self._text_key(to)] = text
        return self._run_action(
            self.status_errors,
            lambda: complaints.change_status(
                self.session.db,
                self.actor,
                self.uuid,
                to,
                on=iso(self.status_date.date()),
                expected_revision=self.record["revision"],
                **texts,
            ),
        )

    def _run_action(self, errors: ActionErrors, action) -> bool:
        try:
            action()
        except ValidationError as exc:
            errors.show(exc.errors)
            return False
        except ServiceError as exc:
            errors.show_text(exc.text(self.session.lang))
            return False
        self._load()
        self.saved.emit(self.uuid)
        return True

    # ------------------------------------------------------------------ timeline

    def _fill_timeline(self, record: dict[str, Any] | None) -> None:
        rows = record["timeline"] if record else []
        self.timeline.setRowCount(len(rows))
        for r, entry in enumerate(rows):
            officer = self._users.get(entry["officer"], entry["officer"])
            what = self.describe(entry)
            for c, text in enumerate((entry["action_on"], officer, what)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.timeline.setItem(r, c, item)
        self.timeline.scrollToBottom()

    def describe(self, entry: dict[str, Any]) -> str:
        """One timeline entry in words: the status moves, the note, the reason."""

        def status(code: str | None) -> str:
            return self.session.label("complaint_status", code)

        kind = entry["kind"]
        if kind in ("status", "reopen"):
            head = (
                f"{status(entry['from_status'])} → {status(entry['to_status'])}"
                if entry["from_status"]
                else status(entry["to_status"])
            )
            if kind == "reopen":
                head = self.tr("Reopened") + ": " + head
        else:
            head = {
                "extension": self.tr("Answer deadline extended"),
                "note": self.tr("Note"),
                "protection_order": self.tr("Protection order issued"),
                "protection_order_extended": self.tr("Protection order extended"),
            }.get(kind, kind)
        return f"{head}: {entry['note']}" if entry["note"] else head

    # ------------------------------------------------------------------ deadline

    def _fill_deadline_panel(self, record: dict[str, Any] | None) -> None:
        self.extend_errors.clear()
        if record is None:
            return
        text = record["due_on"]
        if record["extended_until"]:
            text = (
                self.tr("%1 (extended from %2: %3)")
                .replace("%1", record["due_on"])
                .replace("%2", record["answer_due_on"])
                .replace("%3", record["extension_reason"] or "")
            )
        self.due_label.setText(text)
        open_ = record["status"] not in deadlines.CLOSED_STATUSES
        self.child("deadlineGroup").setVisible(open_)
        conf = settings_service.get_all(self.session.db)
        received = date.fromisoformat(record["received_on"])
        latest = deadlines.latest_extension(received, conf)
        due = date.fromisoformat(record["due_on"])
        self.extend_until.setMinimumDate(QDate(due + timedelta(days=1)))
        self.extend_until.setMaximumDate(QDate(max(latest, due + timedelta(days=1))))
        self.extend_until.setDate(QDate(latest))
        self.extend_until.setToolTip(self.tr("At the latest %1").replace("%1", latest.isoformat()))
        self.extend_reason.clear()
        can_extend = latest > due
        if not can_extend:
            self.due_label.setText(text + "\n" + self.tr("The longest extension is used."))
        form = self.child("deadlineGroup").layout()
        for widget in (self.extend_until, self.extend_reason, self.extend_button):
            form.setRowVisible(widget, can_extend)

    def extend_deadline(self) -> bool:
        if self.record is None or self.is_dirty():
            return False
        self.extend_errors.clear()
        return self._run_action(
            self.extend_errors,
            lambda: complaints.extend_deadline(
                self.session.db,
                self.actor,
                self.uuid,
                iso(self.extend_until.date()),
                self.extend_reason.text(),
                expected_revision=self.record["revision"],
            ),
        )

    # ---------------------------------------------------------- protection orders

    def _fill_orders(self, record: dict[str, Any] | None) -> None:
        self.order_errors.clear()
        orders = record["protection_orders"] if record else []
        today = clock.today().isoformat()
        self.orders.setRowCount(len(orders))
        for r, order in enumerate(orders):
            end = order["extended_until"] or order["expires_on"]
            in_force = self.tr("yes") if order["issued_on"] <= today <= end else self.tr("no")
            for c, text in enumerate(
                (
                    order["issued_on"],
                    order["expires_on"],
                    order["extended_until"] or "",
                    in_force,
                    order["note"] or "",
                )
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.orders.setItem(r, c, item)
        now = QDate(clock.today())
        self.order_issued.setDate(now)
        self.order_expires.setDate(now)
        self.order_note.clear()

    def add_protection_order(self) -> bool:
        if self.record is None or self.is_dirty():
            return False
        self.order_errors.clear()
        return self._run_action(
            self.order_errors,
            lambda: complaints.add_protection_order(
                self.session.db,
                self.actor,
                self.uuid,
                iso(self.order_issued.date()),
                iso(self.order_expires.date()),
                self.order_note.text() or None,
            ),
        )

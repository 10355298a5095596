"""The complaint, meeting and activity lists: their columns and filters."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from station_app.gui.models.record_table import Column
from station_app.gui.pages.list_page import ListSpec, is_overdue_complaint
from station_app.gui.session import Session
from station_app.services import activities, complaints, meetings


def _complaint_columns(s: Session) -> list[Column]:
    return [
        Column(QCoreApplication.translate("Lists", "Number"), lambda r: r["number"], "number"),
        Column(
            QCoreApplication.translate("Lists", "Received"),
            lambda r: r["received_on"],
            "received_on",
        ),
        Column(
            QCoreApplication.translate("Lists", "Category"),
            lambda r: s.label("complaint_category", r["category"]),
            "category",
        ),
        Column(
            QCoreApplication.translate("Lists", "Status"),
            lambda r: s.label("complaint_status", r["status"]),
            "status",
        ),
        Column(QCoreApplication.translate("Lists", "Due"), lambda r: r["due_on"], "due_on"),
        Column(
            QCoreApplication.translate("Lists", "Complainant"),
            lambda r: (
                QCoreApplication.translate("Lists", "anonymous")
                if r["anonymous"]
                else QCoreApplication.translate("Lists", "restricted")
                if r.get("restricted")
                else (r["complainant_name"] or "")
            ),
        ),
        Column(
            QCoreApplication.translate("Lists", "Settlement"),
            lambda r: s.settlements().get(r["complainant_settlement_uuid"] or "", ""),
        ),
        Column(
            QCoreApplication.translate("Lists", "Channel"),
            lambda r: s.label("channel", r["channel"]),
            "channel",
        ),
        Column(
            QCoreApplication.translate("Lists", "Officer"),
            lambda r: r["assigned_officer"] or "",
            "assigned_officer",
        ),
    ]


def _meeting_columns(s: Session) -> list[Column]:
    return [
        Column(QCoreApplication.translate("Lists", "Date"), lambda r: r["held_on"], "held_on"),
        Column(
            QCoreApplication.translate("Lists", "Kind"),
            lambda r: s.label("meeting_kind", r["kind"]),
            "kind",
        ),
        Column(QCoreApplication.translate("Lists", "Venue"), lambda r: r["venue"], "venue"),
        Column(
            QCoreApplication.translate("Lists", "Settlement"),
            lambda r: s.settlements().get(r["settlement_uuid"] or "", ""),
        ),
        Column(
            QCoreApplication.translate("Lists", "Men"), lambda r: str(r["men"]), align_right=True
        ),
        Column(
            QCoreApplication.translate("Lists", "Women"),
            lambda r: str(r["women"]),
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("Lists", "Youth"),
            lambda r: str(r["youth"]),
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("Lists", "Attendance"),
            lambda r: str(r["men"] + r["women"]),
            "attendance",
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("Lists", "Open follow-ups"),
            lambda r: str(r["open_followups"] or ""),
            align_right=True,
        ),
    ]


def _activity_columns(s: Session) -> list[Column]:
    return [
        Column(QCoreApplication.translate("Lists", "Date"), lambda r: r["held_on"], "held_on"),
        Column(
            QCoreApplication.translate("Lists", "Kind"),
            lambda r: s.label("activity_kind", r["kind"]),
            "kind",
        ),
        Column(QCoreApplication.translate("Lists", "Title"), lambda r: r["title"] or "", "title"),
        Column(
            QCoreApplication.translate("Lists", "Themes"),
            lambda r: ", ".join(s.label("theme", t) for t in (r["themes"] or "").split(",") if t),
        ),
        Column(
            QCoreApplication.translate("Lists", "Settlement"),
            lambda r: s.settlements().get(r["settlement_uuid"] or "", ""),
        ),
        Column(
            QCoreApplication.translate("Lists", "Participants"),
            lambda r: str(r["men"] + r["women"]),
            "participants",
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("Lists", "Target group"), lambda r: r["target_group"] or ""
        ),
    ]


def complaint_list() -> ListSpec:
    return ListSpec(
        kind="complaints",
        title=QCoreApplication.translate("Lists", "Complaints"),
        list_fn=complaints.list_,
        count_fn=complaints.count,
        columns=_complaint_columns,
        combo_filters=[
            ("status", QCoreApplication.translate("Lists", "All statuses"), "complaint_status"),
            (
                "category",
                QCoreApplication.translate("Lists", "All categories"),
                "complaint_category",
            ),
            ("channel", QCoreApplication.translate("Lists", "All channels"), "channel"),
        ],
        has_overdue=True,
        highlight=is_overdue_complaint,
    )


def meeting_list() -> ListSpec:
    return ListSpec(
        kind="meetings",
        title=QCoreApplication.translate("Lists", "Meetings"),
        list_fn=meetings.list_,
        count_fn=meetings.count,
        columns=_meeting_columns,
        combo_filters=[
            ("kind", QCoreApplication.translate("Lists", "All kinds"), "meeting_kind"),
            ("theme", QCoreApplication.translate("Lists", "All topics"), "theme"),
        ],
        has_overdue=True,
        highlight=lambda r: False,
    )


def activity_list() -> ListSpec:
    return ListSpec(
        kind="activities",
        title=QCoreApplication.translate("Lists", "Activities"),
        list_fn=activities.list_,
        count_fn=activities.count,
        columns=_activity_columns,
        combo_filters=[
            ("kind", QCoreApplication.translate("Lists", "All kinds"), "activity_kind"),
            ("theme", QCoreApplication.translate("Lists", "All themes"), "theme"),
        ],
    )

"""The prevention-activity editor: what, when, where, who took part, the plan item, cost."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QDoubleSpinBox, QSpinBox

from station_app import clock
from station_app.gui.editors.base import RecordEditor, fill_combo, setup_date_edit
from station_app.gui.editors.meeting import fill_checklist_with_tips, update_headcount
from station_app.messages import Msg
from station_app.services import activities, plans

PLAN_ITEM_LABEL = 90  # characters of a plan item shown in the choice


class ActivityEditor(RecordEditor):
    form_name = "activity_editor"
    create_fn = staticmethod(activities.create)
    update_fn = staticmethod(activities.update)
    get_fn = staticmethod(activities.get)

    def setup(self) -> None:
        s = self.session
        held_on: QDateEdit = self.child("heldOn")
        setup_date_edit(held_on, optional=False)
        held_on.setMaximumDate(QDate(clock.today()))
        fill_combo(self.child("kind"), s.labels("activity_kind"), blank=self.tr("— choose —"))
        fill_combo(self.child("settlement"), s.settlements(), blank=self.tr("— not given —"))
        self._fill_plan_items()
        cost: QDoubleSpinBox = self.child("cost")
        cost.setSuffix(self.tr(" som"))
        cost.setGroupSeparatorShown(True)
        fill_combo(
            self.child("fundingSource"), s.labels("funding_source"), blank=self.tr("— not given —")
        )
        fill_checklist_with_tips(self.child("themes"), s.labels("theme"))
        fill_checklist_with_tips(self.child("partners"), s.partners())

        self.bind("held_on", "heldOn")
        self.bind("kind", "kind")
        self.bind("title", "title")
        self.bind("settlement", "settlement")
        self.bind("target_group", "targetGroup")
        self.bind("participants.men", "men")
        self.bind("participants.women", "women")
        self.bind("participants.youth", "youth")
        self.bind("themes", "themes")
        self.bind("partners", "partners")
        self.bind("plan_item", "planItem")
        self.bind("cost", "cost")
        self.bind("funding_source", "fundingSource")
        self.bind("notes", "notes")
        self.men: QSpinBox = self.child("men")
        self.women: QSpinBox = self.child("women")
        self.youth: QSpinBox = self.child("youth")
        for spin in (self.men, self.women, self.youth):
            spin.valueChanged.connect(lambda *_: self._update_total(edited=True))

    def _fill_plan_items(self) -> None:
        combo: QComboBox = self.child("planItem")
        items = plans.items_for_choice(self.session.db)
        several_plans = len({it["title"] for it in items}) > 1
        labels: dict[str, str] = {}
        for it in items:
            text = " ".join((it["activity"] or "").split())
            if several_plans:
                text = f"{text} · {it['title']}"
            if len(text) > PLAN_ITEM_LABEL:
                text = text[: PLAN_ITEM_LABEL - 1] + "…"
            labels[it["uuid"]] = text
        fill_combo(combo, labels, blank=self.tr("— not part of a plan —"))
        for i, it in enumerate(items, start=1):
            tip = f"{it['title']}\n{it['activity']}\n{self.session.label('theme', it['theme'])}"
            combo.setItemData(i, tip, Qt.ToolTipRole)
        combo.setMinimumContentsLength(30)
        combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)

    def load_extra(self, record: dict[str, Any] | None) -> None:
        if record is None:
            self.child("heldOn").setDate(QDate(clock.today()))
        self._update_total()

    def title(self, record: dict[str, Any] | None) -> str:
        if record is None:
            return self.tr("New activity")
        what = record["title"] or self.session.label("activity_kind", record["kind"])
        return self.tr("Activity %1 · %2").replace("%1", record["held_on"]).replace("%2", what)

    def field_label(self, path: str) -> str:
        return self.tr("Participants") if path.startswith("participants") else path

    def _update_total(self, *, edited: bool = False) -> None:
        update_headcount(self, "participants", self.child("participantsTotal"), edited=edited)

    def show_errors(self, errors: dict[str, Msg]) -> None:
        super().show_errors(errors)
        self._update_total()

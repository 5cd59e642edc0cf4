"""The sections each workflow contributes to the "today" page.

To add one: write a function returning TodaySection(s) here (or in your workflow's module) and
add it to `all_sections`. Queries run on a reader thread and return plain rows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from gridwarden.queries import households as hq
from gridwarden.queries import today as tq
from gridwarden.rules.rounds import NOT_HOME
from gridwarden.services.visits import VisitDraft
from ui import format as fmt
from ui.app_context import AppContext
from ui.pages.today import FIRST_ROWS, TodaySection
from ui.table_models import Column

if TYPE_CHECKING:  # the form (and the register dialogs it builds on) is imported when opened
    from ui.dialogs.visit import VisitDialog


class CareActions:
    """The buttons on a care target's row: 记录走访 opens the visit form for that person (time,
    findings, phrases); 未遇 records in one click that nobody was at home (the visit stays
    owed, so the row stays on Today)."""

    def __init__(self, app: AppContext) -> None:
        self.app = app
        self.dialog: VisitDialog | None = None  # the form last opened (tests look at it)

    def record(self, row: tq.CareDue) -> None:
        household_id, resident_id = row.household_id, row.resident_id

        def show(detail: hq.HouseholdDetail | None) -> None:
            if detail is None:
                return
            from ui.dialogs.visit import VisitDialog

            parent = QApplication.activeWindow()
            self.dialog = VisitDialog(self.app, detail, "care", resident_id, parent)
            self.dialog.open()

        self.app.ops.read(lambda s: hq.detail(s, household_id), show)

    def not_home(self, row: tq.CareDue) -> None:
        draft = VisitDraft(row.household_id, "care", resident_id=row.resident_id, outcome=NOT_HOME)
        visits = self.app.visits
        self.app.ops.write(lambda: visits.record(draft))


def warden_sections(
    app: AppContext, open_household: Callable[[str], None], open_event: Callable[[str], None]
) -> list[TodaySection]:
    today = app.clock.today
    care = CareActions(app)
    return [
        TodaySection(
            "careDue",
            QCoreApplication.translate("today", "关怀对象待走访（{n}）"),
            # the first rows of the walk and its counts; 显示全部: every row
            lambda s, day, _settings: tq.care_due_walked(s, day, FIRST_ROWS),
            [
                Column(QCoreApplication.translate("today", "姓名"), lambda c: c.name),
                Column(QCoreApplication.translate("today", "地址"), lambda c: c.address),
                Column(
                    QCoreApplication.translate("today", "关怀原因"),
                    lambda c: fmt.care_reason(c.reason),
                ),
                Column(
                    QCoreApplication.translate("today", "频次"),
                    lambda c: QCoreApplication.translate("today", "每 {n} 天").format(
                        n=c.frequency_days
                    ),
                ),
                Column(
                    QCoreApplication.translate("today", "上次走访"),
                    lambda c: fmt.when(c.last_visit) or QCoreApplication.translate("today", "从未"),
                ),
                Column(QCoreApplication.translate("today", "应访日期"), lambda c: fmt.day(c.due)),
                Column(
                    QCoreApplication.translate("today", "状态"),
                    lambda c: fmt.days_left(c.due, today()),
                    tone=lambda c: fmt.due_tone(c.due, today()),
                ),
            ],
            lambda row: open_household(row.household_id),
            frozenset({"visit", "care_plan", "resident", "household"}),
            overdue=lambda c: c.days_overdue > 0,  # counted when read: no clock per row
            counts=lambda s, day, _settings: tq.care_due_counts(s, day),
            load_all=lambda s, day, _settings: tq.care_due(s, day),
            address=lambda c: c.address,
            actions=[
                (QCoreApplication.translate("today", "记录走访"), "careRecord", care.record),
                (QCoreApplication.translate("today", "未遇"), "careNotHome", care.not_home),
            ],
        ),
        TodaySection(
            "followUpsDue",
            QCoreApplication.translate("today", "到期回访（{n}）"),
            lambda s, day, _settings: tq.follow_ups_first(s, day, FIRST_ROWS),
            [
                Column(
                    QCoreApplication.translate("today", "回访日期"),
                    lambda f: fmt.day(f.follow_up_date),
                    tone=lambda f: fmt.due_tone(f.follow_up_date, today()),
                ),
                Column(QCoreApplication.translate("today", "地址"), lambda f: f.address),
                Column(
                    QCoreApplication.translate("today", "上次事由"),
                    lambda f: fmt.purpose(f.purpose),
                ),
                Column(
                    QCoreApplication.translate("today", "上次情况"),
                    lambda f: fmt.one_line(f.findings),
                    tooltip=lambda f: f.findings,
                ),
            ],
            lambda row: open_household(row.household_id),
            frozenset({"visit", "household"}),
            overdue=lambda f: f.follow_up_date < today(),  # as tq.follow_ups_first counts them
            load_all=lambda s, day, _settings: tq.follow_ups_due(s, day),
        ),
        TodaySection(
            "eventsDue",
            QCoreApplication.translate("today", "临期与逾期事件（{n}）"),
            lambda s, day, settings: tq.events_near_deadline(s, day, settings.near_deadline_days),
            [
                Column(QCoreApplication.translate("today", "编号"), lambda e: e.number),
                Column(
                    QCoreApplication.translate("today", "类别"), lambda e: fmt.category(e.category)
                ),
                Column(QCoreApplication.translate("today", "状态"), lambda e: fmt.status(e.status)),
                Column(QCoreApplication.translate("today", "部门"), lambda e: e.department),
                Column(QCoreApplication.translate("today", "期限"), lambda e: fmt.day(e.due_date)),
                Column(
                    QCoreApplication.translate("today", "剩余"),
                    lambda e: fmt.days_left(e.due_date, today()),
                    tone=lambda e: fmt.due_tone(e.due_date, today()),
                ),
                Column(
                    QCoreApplication.translate("today", "描述"),
                    lambda e: (
                        (QCoreApplication.translate("today", "【急】") if e.urgent else "")
                        + fmt.one_line(e.description, 40)
                    ),
                ),
            ],
            lambda row: open_event(row.event_id),
            frozenset({"grid_event"}),
            overdue=lambda e: e.days_left < 0,
        ),
    ]

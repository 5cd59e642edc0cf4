"""The sections each workflow contributes to the "today" page.

To add one: write a function returning TodaySection(s) here (or in your workflow's module) and
add it to `all_sections`. Queries run on a reader thread and return plain rows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from gridwarden.queries import today as tq
from ui import format as fmt
from ui.app_context import AppContext
from ui.pages.today import TodaySection
from ui.table_models import Column


def warden_sections(
    app: AppContext, open_household: Callable[[str], None], open_event: Callable[[str], None]
) -> list[TodaySection]:
    today = app.clock.today
    return [
        TodaySection(
            "careDue",
            QCoreApplication.translate("today", "关怀对象待走访（{n}）"),
            lambda s, day, _settings: tq.care_due(s, day),
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
            overdue=lambda c: c.due < today(),
        ),
        TodaySection(
            "followUpsDue",
            QCoreApplication.translate("today", "到期回访（{n}）"),
            lambda s, day, _settings: tq.follow_ups_due(s, day),
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
            overdue=lambda f: f.follow_up_date < today(),
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

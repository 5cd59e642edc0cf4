"""Filing deadlines on the "today" page: the confirmation window (flagged 10 and 3 days before
it closes), the court's 7-day registration decision (restarting after a correction), the
correction period, the fee due 7 days after the notice, and the appeal period."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from gridwarden.queries import filings as fq
from gridwarden.rules import filing as fr
from ui import format as fmt
from ui.app_context import AppContext
from ui.i18n import core_text
from ui.pages.today import TodaySection
from ui.table_models import Column


def _what(d: fq.FilingDeadline) -> str:
    text = core_text(fq.DEADLINE_KINDS[d.kind])
    if d.warning is not None:
        text = QCoreApplication.translate("today", "【{n}日提醒】").format(n=d.warning) + text
    return text


def filing_sections(app: AppContext, open_filing: Callable[[str], None]) -> list[TodaySection]:
    today = app.clock.today

    def tone(d: fq.FilingDeadline) -> str | None:
        if d.warning == 3:
            return "danger"
        return fmt.due_tone(d.due, today())

    return [
        TodaySection(
            "filingsDue",
            QCoreApplication.translate("today", "网上立案期限（{n}）"),
            lambda s, day, settings: fq.deadlines(s, day, settings.dispute_remind_days),
            [
                Column(QCoreApplication.translate("today", "期限"), lambda d: fmt.day(d.due)),
                Column(
                    QCoreApplication.translate("today", "剩余"),
                    lambda d: fmt.days_left(d.due, today()),
                    tone=tone,
                ),
                Column(QCoreApplication.translate("today", "事项"), _what, tone=tone),
                Column(QCoreApplication.translate("today", "编号"), lambda d: d.number),
                Column(QCoreApplication.translate("today", "当事人"), lambda d: d.parties),
                Column(
                    QCoreApplication.translate("today", "状态"),
                    lambda d: fmt.label(fr.STATUS_LABELS, d.status),
                ),
            ],
            lambda row: open_filing(row.filing_id),
            frozenset({"filing", "filing_step"}),
            overdue=lambda d: d.days_left < 0,
        )
    ]

"""The legal-aid clerk's sections of the "today" page: deadlines about to pass (Arts. 38, 43, 49)
and Art. 44 urgent cases. A group case is one line, as in the queue; double-clicking a line
opens its queue row (the application, or the group with its members)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from gridwarden.queries import legal_aid as q
from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.services.legal_aid_practice import SETTINGS_ENTITY
from ui import format as fmt
from ui.app_context import AppContext
from ui.i18n import core_text
from ui.pages.legal_aid_labels import matter_text, status_text
from ui.pages.today import TodaySection
from ui.table_models import Column


def who(item: q.DueItem | q.UrgentItem) -> str:
    """The applicant, or the group case with how many of its applicants the line stands for."""
    if q.case_of_key(item.key):
        return QCoreApplication.translate("legal_aid", "{name}（{n} 人）").format(
            name=item.name, n=item.people
        )
    return item.name


def legal_aid_sections(app: AppContext, open_key: Callable[[str], None]) -> list[TodaySection]:
    today = app.clock.today
    watches = frozenset({"legal_aid_application", "legal_aid_case", SETTINGS_ENTITY})
    return [
        TodaySection(
            "legalAidDue",
            QCoreApplication.translate("legal_aid", "法律援助：临期与逾期（{n}）"),
            lambda s, day, settings: q.due_soon(s, day, settings.legal_aid_near_days),
            [
                Column(QCoreApplication.translate("legal_aid", "编号"), lambda d: d.number),
                Column(QCoreApplication.translate("legal_aid", "申请人"), who),
                Column(
                    QCoreApplication.translate("legal_aid", "状态"), lambda d: status_text(d.status)
                ),
                Column(
                    QCoreApplication.translate("legal_aid", "期限"),
                    lambda d: core_text(life.DUE_LABELS.get(d.status, "")),
                ),
                Column(
                    QCoreApplication.translate("legal_aid", "到期日"), lambda d: fmt.day(d.due_date)
                ),
                Column(
                    QCoreApplication.translate("legal_aid", "剩余"),
                    lambda d: fmt.days_left(d.due_date, today()),
                    tone=lambda d: fmt.due_tone(d.due_date, today()),
                ),
                Column(
                    QCoreApplication.translate("legal_aid", "事项"),
                    lambda d: matter_text(d.matter_type),
                ),
            ],
            lambda row: open_key(row.key),
            watches,
            overdue=lambda d: d.days_left < 0,
        ),
        TodaySection(
            "legalAidUrgent",
            QCoreApplication.translate(
                "legal_aid", "法律援助：时效将届满，可先行援助（第四十四条）（{n}）"
            ),
            lambda s, day, _settings: q.urgent_before_decision(s, day),
            [
                Column(QCoreApplication.translate("legal_aid", "编号"), lambda u: u.number),
                Column(QCoreApplication.translate("legal_aid", "申请人"), who),
                Column(
                    QCoreApplication.translate("legal_aid", "状态"), lambda u: status_text(u.status)
                ),
                Column(
                    QCoreApplication.translate("legal_aid", "时效/期限"),
                    lambda u: (
                        f"{u.limitation_note or QCoreApplication.translate('legal_aid', '期限')} {fmt.day(u.limitation_date)}"
                        if u.limitation_date
                        else QCoreApplication.translate("legal_aid", "需立即保全")
                    ),
                ),
                Column(
                    QCoreApplication.translate("legal_aid", "剩余"),
                    lambda u: (
                        fmt.days_left(u.limitation_date, today()) if u.limitation_date else ""
                    ),
                    tone=lambda _u: "danger",
                ),
                Column(
                    QCoreApplication.translate("legal_aid", "事项"),
                    lambda u: matter_text(u.matter_type),
                ),
            ],
            lambda row: open_key(row.key),
            watches,
            overdue=lambda u: u.days_left is not None and u.days_left < 0,
        ),
        TodaySection(
            "legalAidAdvance",
            QCoreApplication.translate(
                "legal_aid", "法律援助：已先行援助，待补办手续并作出决定（第四十四条）（{n}）"
            ),
            lambda s, day, _settings: q.advance_follow_up(s, day),
            [
                Column(QCoreApplication.translate("legal_aid", "编号"), lambda a: a.number),
                Column(QCoreApplication.translate("legal_aid", "申请人"), lambda a: a.name),
                Column(
                    QCoreApplication.translate("legal_aid", "状态"), lambda a: status_text(a.status)
                ),
                Column(
                    QCoreApplication.translate("legal_aid", "先行援助"),
                    lambda a: QCoreApplication.translate("legal_aid", "{day}（{n} 天前）").format(
                        day=fmt.day(a.advance_on), n=a.days_since
                    ),
                ),
                Column(
                    QCoreApplication.translate("legal_aid", "援助人员"), lambda a: a.assignee_name
                ),
                Column(
                    QCoreApplication.translate("legal_aid", "待补材料"),
                    lambda a: (
                        QCoreApplication.translate("legal_aid", "{n} 项").format(n=a.missing)
                        if a.missing
                        else QCoreApplication.translate("legal_aid", "已齐，待决定")
                    ),
                    tone=lambda a: "warn" if a.missing else None,
                ),
            ],
            lambda row: open_key(row.key),
            watches,
            overdue=lambda a: a.days_since > 7,
        ),
    ]

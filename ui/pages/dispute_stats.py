"""The supervisor's view of disputes: where they end (grid → station → court), by category,
success rate, median days to close, performance of agreements (Art. 31); Excel export. And the
mediator's deadlines on the "today" page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gridwarden.exports.excel import Sheet
from gridwarden.queries import dispute_deadlines, dispute_stats
from gridwarden.rules import dispute_deadlines as dl
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.rules import disputes as rules
from gridwarden.rules.dispute_performance import Summary
from ui import format as fmt
from ui.app_context import AppContext
from ui.exports import export_workbook, statistics_file
from ui.i18n import core_text
from ui.pages.base import make_table, section_label
from ui.pages.today import TodaySection
from ui.table_models import Column, RowsTableModel
from ui.widgets.bar_chart import BarChart

WATCHES = frozenset(
    {
        "dispute",
        "dispute_step",
        "dispute_party",
        "mediation_session",
        "mediation_agreement",
        "agreement_obligation",
    }
)


def _label(vocabulary: dict[str, str], code: str | None) -> str:
    return fmt.label(vocabulary, code) if code else ""


class DisputeStatsView(QWidget):
    """Where disputes end (grid / station / court), by category, success rate, median days."""

    PERIODS = (("year", 365), ("all", None))

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.data: dispute_stats.DisputeStats | None = None
        self.period = QComboBox()
        self.period.addItem(self.tr("近12个月受理"), 365)
        self.period.addItem(self.tr("本年度受理"), "this_year")
        self.period.addItem(self.tr("全部"), None)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.export_button = export = QPushButton(self.tr("导出 Excel"))
        export.clicked.connect(self.export)
        self.summary = QLabel()
        self.summary.setObjectName("detailTitle")
        self.summary.setWordWrap(True)
        self.level_chart = BarChart(self.tr("办结纠纷按化解层级"))
        self.level_chart.setObjectName("levelChart")
        self.category_chart = BarChart(self.tr("纠纷按类别（件）"))
        self.category_chart.setObjectName("categoryChart")
        self.category_model = RowsTableModel(
            [
                Column(self.tr("类别"), lambda f: _label(rules.CATEGORIES, f.category)),
                Column(self.tr("办结"), lambda f: str(f.closed), align_right=True),
                Column(self.tr("达成协议"), lambda f: str(f.agreed), align_right=True),
                Column(self.tr("成功率"), lambda f: _percent(f.success_rate), align_right=True),
                Column(self.tr("未结"), lambda f: str(f.open), align_right=True),
            ],
            self,
        )
        self.category_table = make_table(self.category_model)
        self.category_table.setObjectName("categoryTable")
        top = QHBoxLayout()
        top.addWidget(self.period)
        top.addStretch()
        top.addWidget(export)
        charts = QVBoxLayout()
        charts.addWidget(self.level_chart)
        charts.addWidget(self.category_chart)
        charts.addStretch()
        body = QHBoxLayout()
        body.addLayout(charts, 1)
        right = QVBoxLayout()
        right.addWidget(section_label(self.tr("按类别")))
        right.addWidget(self.category_table)
        note = QLabel(
            self.tr(
                "成功率 = 达成协议（书面或口头）件数 ÷ 办结件数；办结天数自受理日计至结案日。"
                "层级为纠纷最终化解（或移交）所在的层级。"
            )
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        right.addWidget(note)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)

    def since(self) -> date | None:
        choice = self.period.currentData()
        today = self.app.clock.today()
        if choice == "this_year":
            return date(today.year, 1, 1)
        if isinstance(choice, int):
            return today - timedelta(days=choice)
        return None

    def refresh(self) -> None:
        since, today = self.since(), self.app.clock.today()
        self.app.ops.read(lambda s: dispute_stats.statistics(s, since, today), self._show)

    def _show(self, data: dispute_stats.DisputeStats) -> None:
        self.data = data
        median = (
            self.tr("{d:g} 天").format(d=data.median_days_to_close)
            if data.median_days_to_close is not None
            else "—"
        )
        self.summary.setText(
            self.tr(
                "受理 {total} 件，办结 {closed} 件，未结 {open} 件；调解成功率 {rate}；"
                "办结天数中位数 {median}"
            ).format(
                total=data.total,
                closed=data.closed,
                open=data.open,
                rate=_percent(data.success_rate),
                median=median,
            )
            + "\n"
            + performance_text(data.performance)
        )
        self.level_chart.set_data(
            [(core_text(text), data.by_level.get(code, 0)) for code, text in rules.LEVELS.items()]
        )
        self.category_chart.set_data(
            [(_label(rules.CATEGORIES, f.category), f.closed + f.open) for f in data.by_category]
        )
        self.category_model.set_rows(data.by_category)
        self.category_table.resizeColumnsToContents()

    def export(self) -> None:
        """The workbook is written on the file worker; its audit entry goes through the writer."""
        data = self.data
        if data is None:
            return
        path = statistics_file(self.app, self.tr("纠纷统计-{day}.xlsx"))
        sheets = stats_sheets(data)
        docs = self.app.dispute_documents
        export_workbook(
            self.app,
            self,
            path,
            lambda: sheets,
            lambda written: docs.record_statistics(written, data.since),
            self.export_button,
        )


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def performance_text(p: Summary) -> str:
    """The committee's supervision of performance (Art. 31), in one line."""
    return QCoreApplication.translate(
        "disputes",
        "协议履行（第三十一条）：{total} 项，已履行 {done}，不履行 {breached}，"
        "逾期未履行 {overdue}，未到期 {pending}；履行率 {rate}",
    ).format(
        total=p.total,
        done=p.performed,
        breached=p.breached,
        overdue=p.overdue,
        pending=p.pending,
        rate=_percent(p.rate),
    )


def stats_sheets(data: dispute_stats.DisputeStats) -> list[Sheet]:
    levels = [
        (core_text(text), data.by_level.get(code, 0), data.agreed_by_level.get(code, 0))
        for code, text in rules.LEVELS.items()
    ]
    categories = [
        (
            _label(rules.CATEGORIES, f.category),
            f.closed,
            f.agreed,
            _percent(f.success_rate),
            f.open,
        )
        for f in data.by_category
    ]
    period = (
        QCoreApplication.translate("disputes", "自 {d} 起受理").format(d=data.since)
        if data.since
        else QCoreApplication.translate("disputes", "全部")
    )
    return [
        Sheet(
            QCoreApplication.translate("disputes", "化解层级"),
            [
                QCoreApplication.translate("disputes", "层级"),
                QCoreApplication.translate("disputes", "办结件数"),
                QCoreApplication.translate("disputes", "其中达成协议"),
            ],
            levels,
            chart_title=QCoreApplication.translate("disputes", "办结纠纷按化解层级"),
            notes=[
                period,
                QCoreApplication.translate(
                    "disputes", "层级为纠纷最终化解（或移交法院）所在的层级。"
                ),
            ],
        ),
        Sheet(
            QCoreApplication.translate("disputes", "纠纷类别"),
            [
                QCoreApplication.translate("disputes", "类别"),
                QCoreApplication.translate("disputes", "办结"),
                QCoreApplication.translate("disputes", "达成协议"),
                QCoreApplication.translate("disputes", "成功率"),
                QCoreApplication.translate("disputes", "未结"),
            ],
            categories,
            chart_title=QCoreApplication.translate("disputes", "办结纠纷按类别"),
        ),
        Sheet(
            QCoreApplication.translate("disputes", "汇总"),
            [
                QCoreApplication.translate("disputes", "指标"),
                QCoreApplication.translate("disputes", "数值"),
            ],
            [
                (QCoreApplication.translate("disputes", "受理件数"), data.total),
                (QCoreApplication.translate("disputes", "办结件数"), data.closed),
                (QCoreApplication.translate("disputes", "未结件数"), data.open),
                (QCoreApplication.translate("disputes", "达成协议件数"), data.agreed),
                (QCoreApplication.translate("disputes", "调解成功率"), _percent(data.success_rate)),
                (
                    QCoreApplication.translate("disputes", "办结天数中位数"),
                    data.median_days_to_close if data.median_days_to_close is not None else "",
                ),
                (QCoreApplication.translate("disputes", "协议履行事项"), data.performance.total),
                (QCoreApplication.translate("disputes", "已履行"), data.performance.performed),
                (QCoreApplication.translate("disputes", "不履行"), data.performance.breached),
                (QCoreApplication.translate("disputes", "逾期未履行"), data.performance.overdue),
                (QCoreApplication.translate("disputes", "履行率"), _percent(data.performance.rate)),
            ],
            notes=[
                period,
                QCoreApplication.translate(
                    "disputes", "成功率 = 达成协议（书面或口头）件数 ÷ 办结件数。"
                ),
                QCoreApplication.translate(
                    "disputes", "办结天数自受理日计至结案日（协议生效、调解终止或移交之日）。"
                ),
                QCoreApplication.translate(
                    "disputes", "履行率 = 已履行 ÷（已履行 + 不履行 + 逾期未履行），现行协议。"
                ),
            ],
        ),
    ]


def dispute_sections(app: AppContext, open_dispute: Callable[[str], None]) -> list[TodaySection]:
    """The mediator's deadlines on the "today" page: mediation limits, court referrals,
    judicial confirmation (Art. 33), performance of obligations (Art. 31)."""
    today = app.clock.today

    return [
        TodaySection(
            "disputesDue",
            QCoreApplication.translate("today", "矛盾纠纷期限（{n}）"),
            lambda s, day, settings: dispute_deadlines.deadlines(s, day, settings),
            [
                Column(QCoreApplication.translate("today", "期限"), lambda d: fmt.day(d.due)),
                Column(
                    QCoreApplication.translate("today", "剩余"),
                    lambda d: fmt.days_left(d.due, today()),
                    tone=lambda d: fmt.due_tone(d.due, today()),
                ),
                Column(
                    QCoreApplication.translate("today", "事项"), lambda d: _label(dl.KINDS, d.kind)
                ),
                Column(QCoreApplication.translate("today", "编号"), lambda d: d.number),
                Column(QCoreApplication.translate("today", "当事人"), lambda d: d.parties),
                Column(
                    QCoreApplication.translate("today", "状态"),
                    lambda d: _label(life.STATUS_LABELS, d.status),
                ),
                Column(
                    QCoreApplication.translate("today", "说明"),
                    lambda d: fmt.one_line(d.what, 40),
                    tooltip=lambda d: d.what,
                ),
            ],
            lambda row: open_dispute(row.dispute_id),
            WATCHES,
            overdue=lambda d: d.days_left < 0,
        )
    ]

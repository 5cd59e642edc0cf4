"""Legal-aid statistics: applications by matter type and by window or workstation, decisions on
time (Arts. 43, 49), with charts, exportable to Excel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridwarden.exports.excel import Sheet
from gridwarden.i18n import QT_TRANSLATE_NOOP
from gridwarden.queries import legal_aid_stats as stats_q
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_lifecycle as life
from ui import format as fmt
from ui.app_context import AppContext
from ui.exports import ask_workbook_path, export_workbook
from ui.i18n import core_text
from ui.pages.base import make_table, section_label
from ui.table_models import Column, RowsTableModel
from ui.widgets.bar_chart import BarChart

STEP_NAMES = {
    "decision": QT_TRANSLATE_NOOP("StatsPanel", "作出决定（7日，第四十三条）"),
    "assignment": QT_TRANSLATE_NOOP("StatsPanel", "指派（3日，第四十三条）"),
    "objection": QT_TRANSLATE_NOOP("StatsPanel", "异议审查（5日，第四十九条）"),
    "forward": QT_TRANSLATE_NOOP("StatsPanel", "通城通办转交（本地规定）"),
}


def matter_label(code: str) -> str:
    matter = la.MATTER_TYPES.get(code)
    return core_text(matter.label) if matter else code


def matter_article(code: str) -> str:
    """The article that puts a matter type in legal aid's scope (Art. 31, 32…), or nothing."""
    matter = la.MATTER_TYPES.get(code)
    return core_text(matter.article) if matter else ""


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


class StatsPanel(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.data: stats_q.LegalAidStats | None = None
        self.year = QComboBox()
        self.year.addItem(self.tr("全部年份"), None)
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        export = QPushButton(self.tr("导出 Excel…"))
        export.setObjectName("exportStats")
        export.clicked.connect(self._export_clicked)
        self.summary = QLabel()
        self.summary.setObjectName("detailTitle")
        self.summary.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("统计期间（按受理日期）：")))
        bar.addWidget(self.year)
        bar.addStretch()
        bar.addWidget(export)

        self.by_matter_chart = BarChart()
        self.by_matter_chart.setObjectName("byMatterChart")
        self.by_window_chart = BarChart()
        self.by_window_chart.setObjectName("byWindowChart")
        self.timely_model = RowsTableModel(
            [
                Column(self.tr("环节"), lambda t: self.tr(STEP_NAMES[t.label])),
                Column(self.tr("已办"), lambda t: str(t.done), align_right=True),
                Column(self.tr("按时"), lambda t: str(t.on_time), align_right=True),
                Column(
                    self.tr("按时率"),
                    lambda t: percent(t.percent),
                    align_right=True,
                    tone=lambda t: "danger" if t.percent is not None and t.percent < 95 else "ok",
                ),
            ],
            self,
        )
        self.timely = make_table(self.timely_model)
        self.timely.setObjectName("timeliness")
        self.timely.setMaximumHeight(150)
        self.matter_model = RowsTableModel(
            [
                Column(self.tr("事项"), lambda r: matter_label(r.label)),
                Column(self.tr("条款"), lambda r: matter_article(r.label)),
                Column(self.tr("件数"), lambda r: str(r.cases), align_right=True),
                Column(self.tr("人数"), lambda r: str(r.applicants), align_right=True),
            ],
            self,
        )
        self.matters = make_table(self.matter_model)
        self.matters.setObjectName("byMatter")
        self.window_model = RowsTableModel(
            [
                Column(self.tr("窗口或工作站"), lambda r: r.label),
                Column(self.tr("件数"), lambda r: str(r.cases), align_right=True),
                Column(self.tr("人数"), lambda r: str(r.applicants), align_right=True),
            ],
            self,
        )
        self.windows = make_table(self.window_model)
        self.windows.setObjectName("byWindow")

        grid = QGridLayout()
        grid.addWidget(section_label(self.tr("按事项类型（件）")), 0, 0)
        grid.addWidget(self.by_matter_chart, 1, 0)
        grid.addWidget(self.matters, 2, 0)
        grid.addWidget(section_label(self.tr("按受理窗口、工作站（件）")), 0, 1)
        grid.addWidget(self.by_window_chart, 1, 1)
        grid.addWidget(self.windows, 2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(section_label(self.tr("办理时效（日历日，届满日遇休息日顺延）")))
        layout.addWidget(self.timely)
        layout.addLayout(grid, 1)

    def refresh(self) -> None:
        year = self.year.currentData()
        self.app.ops.read(lambda s: stats_q.statistics(s, year), self._show)

    def _show(self, data: stats_q.LegalAidStats) -> None:
        self.data = data
        self.year.blockSignals(True)
        chosen = self.year.currentData()
        while self.year.count() > 1:
            self.year.removeItem(1)
        for year in data.years:
            self.year.addItem(self.tr("{y} 年").format(y=year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        self.year.blockSignals(False)
        decision = data.timeliness[0]
        self.summary.setText(
            self.tr(
                "受理 {cases} 件 {people} 人；其中通城通办 {city} 件，行政争议 {admin} 件，"
                "群体案件 {groups} 件（{group_people} 人）；按时作出决定 {rate}"
            ).format(
                cases=data.cases,
                people=data.applicants,
                city=data.city_wide.cases,
                admin=data.administrative.cases,
                groups=data.group_cases.cases,
                group_people=data.group_cases.applicants,
                rate=percent(decision.percent),
            )
        )
        self.by_matter_chart.set_data([(fmt.one_line(matter_label(r.label), 16), r.cases)
                                       for r in data.by_matter])  # fmt: skip
        self.by_window_chart.set_data(
            [(fmt.one_line(r.label, 18), r.cases) for r in data.by_window]
        )
        self.timely_model.set_rows(data.timeliness)
        self.matter_model.set_rows(data.by_matter)
        self.window_model.set_rows(data.by_window)
        for view in (self.timely, self.matters, self.windows):
            view.resizeColumnsToContents()

    def sheets(self, data: stats_q.LegalAidStats) -> list[Sheet]:
        period = self.tr("{y} 年").format(y=data.year) if data.year else self.tr("全部")
        note = self.tr(
            "统计期间（受理日期）：{p}。件数按案件计，人数按申请人计（群体案件一案多人）。"
        ).format(p=period)
        return [
            Sheet(
                self.tr("按事项类型"),
                [self.tr("事项"), self.tr("件数"), self.tr("人数"), self.tr("条款")],
                [
                    (matter_label(r.label), r.cases, r.applicants, matter_article(r.label))
                    for r in data.by_matter
                ],
                chart_title=self.tr("法律援助申请：按事项类型（件）"),
                notes=[note],
            ),
            Sheet(
                self.tr("按窗口工作站"),
                [self.tr("窗口或工作站"), self.tr("件数"), self.tr("人数")],
                [(r.label, r.cases, r.applicants) for r in data.by_window],
                chart_title=self.tr("法律援助申请：按受理窗口、工作站（件）"),
                notes=[note],
            ),
            Sheet(
                self.tr("按程序"),
                [self.tr("程序"), self.tr("件数"), self.tr("人数")],
                [
                    (core_text(la.PROCEEDINGS.get(r.label, r.label)), r.cases, r.applicants)
                    for r in data.by_proceeding
                ],
                notes=[note],
            ),
            Sheet(
                self.tr("按状态"),
                [self.tr("状态"), self.tr("件数"), self.tr("人数")],
                [
                    (core_text(life.STATUS_LABELS.get(r.label, r.label)), r.cases, r.applicants)
                    for r in data.by_status
                ],
                notes=[note],
            ),
            Sheet(
                self.tr("办理时效"),
                [self.tr("环节"), self.tr("已办"), self.tr("按时"), self.tr("按时率")],
                [
                    (self.tr(STEP_NAMES[t.label]), t.done, t.on_time, percent(t.percent))
                    for t in data.timeliness
                ],
                notes=[
                    note,
                    self.tr(
                        "期限按日历日计算，起算日不计入，届满日遇休息日顺延（民法典第二百零一条、第二百零三条）。"
                    ),
                ],
            ),
        ]

    def export_to(self, path: Path) -> None:
        """Write the statistics now shown to an Excel workbook (off the UI thread)."""
        data = self.data
        if data is None:
            return
        sheets = self.sheets(data)
        security = self.app.security
        export_workbook(
            self.app,
            self,
            path,
            lambda: sheets,
            lambda written: security.record_export("legal_aid.export_statistics", written),
        )

    def _export_clicked(self) -> None:
        year = self.year.currentData()
        name = self.tr("法律援助统计-{y}.xlsx").format(y=year or self.tr("全部"))
        path = ask_workbook_path(self.app, self, name)
        if path is not None:
            self.export_to(path)

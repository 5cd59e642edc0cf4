"""What legal aid achieved (Art. 50) and what the window was asked (Arts. 22–23): cases closed,
their outcomes, amounts recovered, administrative disputes resolved in substance, by matter type
and by window, and consultations by topic; for a year (by the day closed or asked) and a window;
exportable to Excel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
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

from gridwarden.db.engine import Session
from gridwarden.exports.excel import Sheet
from gridwarden.queries import legal_aid as q
from gridwarden.queries import legal_aid_consultations as cq
from gridwarden.queries import legal_aid_stats as stats_q
from gridwarden.rules import legal_aid as la
from ui import format as fmt
from ui.app_context import AppContext
from ui.exports import ask_workbook_path, export_workbook
from ui.pages.base import make_table, section_label
from ui.pages.legal_aid_stats import matter_article, matter_label, percent
from ui.table_models import Column, RowsTableModel
from ui.widgets.bar_chart import BarChart


@dataclass(frozen=True)
class ResultsData:
    year: int | None
    window: str  # the window's name, "" for all
    results: stats_q.LegalAidResults
    consultations: cq.ConsultationCounts


def load(session: Session, year: int | None, window_id: str | None) -> ResultsData:
    start = date(year, 1, 1) if year else None
    end = date(year, 12, 31) if year else None
    names = {w.id: w.name for w in q.windows(session)}
    return ResultsData(
        year,
        names.get(window_id or "", ""),
        stats_q.results(session, start, end, window_id),
        cq.counts(session, start, end, window_id),
    )


def yuan(fen: int) -> str:
    return f"{fen / 100:,.2f}"


class ResultsPanel(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.data: ResultsData | None = None
        this_year = app.clock.today().year
        self.year = QComboBox()
        for year in (this_year, this_year - 1):
            self.year.addItem(self.tr("{y} 年").format(y=year), year)
        self.year.addItem(self.tr("全部年份"), None)
        self.window_box = QComboBox()
        self.window_box.setObjectName("resultsWindow")
        self.window_box.addItem(self.tr("全部窗口与工作站"), None)
        self.window_box.setMinimumContentsLength(14)
        self.window_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for combo in (self.year, self.window_box):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        export = QPushButton(self.tr("导出 Excel…"))
        export.setObjectName("exportResults")
        export.clicked.connect(self._export_clicked)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("统计期间（按结案日期、咨询日期）：")))
        bar.addWidget(self.year)
        bar.addWidget(self.window_box, 1)
        bar.addStretch()
        bar.addWidget(export)
        self.summary = QLabel()
        self.summary.setObjectName("detailTitle")
        self.summary.setWordWrap(True)

        self.outcome_model = RowsTableModel(
            [
                Column(self.tr("结案方式"), lambda r: fmt.label(la.OUTCOMES, r.label)),
                Column(self.tr("件数"), lambda r: str(r.closed), align_right=True),
                Column(
                    self.tr("获得金额（元）"), lambda r: yuan(r.recovered_fen), align_right=True
                ),
            ],
            self,
        )
        self.outcomes = make_table(self.outcome_model)
        self.outcomes.setObjectName("byOutcome")
        self.matter_model = RowsTableModel(
            [
                Column(
                    self.tr("事项"),
                    lambda r: fmt.one_line(matter_label(r.label), 18),
                    tooltip=lambda r: matter_label(r.label),
                ),
                Column(self.tr("结案"), lambda r: str(r.closed), align_right=True),
                Column(
                    self.tr("获得金额（元）"), lambda r: yuan(r.recovered_fen), align_right=True
                ),
            ],
            self,
        )
        self.matters = make_table(self.matter_model)
        self.matters.setObjectName("resultsByMatter")
        self.window_model = RowsTableModel(
            [
                Column(self.tr("窗口或工作站"), lambda r: r.label),
                Column(self.tr("结案"), lambda r: str(r.closed), align_right=True),
                Column(
                    self.tr("获得金额（元）"), lambda r: yuan(r.recovered_fen), align_right=True
                ),
            ],
            self,
        )
        self.windows = make_table(self.window_model)
        self.windows.setObjectName("resultsByWindow")
        self.topic_chart = BarChart()
        self.topic_chart.setObjectName("consultationsByTopic")
        self.topic_model = RowsTableModel(
            [
                Column(self.tr("咨询类别"), lambda r: fmt.label(la.CONSULTATION_TOPICS, r[0])),
                Column(self.tr("人次"), lambda r: str(r[1]), align_right=True),
            ],
            self,
        )
        self.topics = make_table(self.topic_model)
        self.topics.setObjectName("consultationTopics")

        grid = QGridLayout()
        grid.addWidget(section_label(self.tr("按结案方式")), 0, 0)
        grid.addWidget(self.outcomes, 1, 0)
        grid.addWidget(section_label(self.tr("按事项类型")), 0, 1)
        grid.addWidget(self.matters, 1, 1)
        grid.addWidget(section_label(self.tr("按受理窗口、工作站")), 2, 0)
        grid.addWidget(self.windows, 3, 0)
        grid.addWidget(section_label(self.tr("法律咨询：按类别（第二十二条、第二十三条）")), 2, 1)
        topics = QHBoxLayout()
        topics.addWidget(self.topics, 3)
        topics.addWidget(self.topic_chart, 2)
        grid.addLayout(topics, 3, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)

    def set_windows(self, windows: list[q.UnitItem]) -> None:
        chosen = self.window_box.currentData()
        self.window_box.blockSignals(True)
        while self.window_box.count() > 1:
            self.window_box.removeItem(1)
        for unit in windows:
            self.window_box.addItem(unit.name, unit.id)
        self.window_box.setCurrentIndex(max(0, self.window_box.findData(chosen)))
        self.window_box.blockSignals(False)

    def refresh(self) -> None:
        year, window = self.year.currentData(), self.window_box.currentData()
        self.app.ops.read(lambda s: load(s, year, window), self._show)

    def _show(self, data: ResultsData) -> None:
        self.data = data
        r, c = data.results, data.consultations
        self.summary.setText(
            self.tr(
                "结案 {closed} 件，获得（挽回）金额 {recovered} 元；终止 {ended} 件；"
                "行政争议结案 {admin} 件，实质性化解 {resolved} 件；"
                "结案材料按时提交 {rate}（三十日，第五十条）；更换援助人员 {replaced} 次；"
                "法律咨询 {consulted} 人次，引导申请 {guided} 人次"
            ).format(
                closed=r.closed,
                recovered=yuan(r.recovered_fen),
                ended=r.ended,
                admin=r.administrative,
                resolved=r.resolved,
                rate=percent(r.closing.percent),
                replaced=r.replaced,
                consulted=c.total,
                guided=dict(c.by_referral).get("application", 0),
            )
        )
        self.outcome_model.set_rows(r.by_outcome)
        self.matter_model.set_rows(r.by_matter)
        self.window_model.set_rows(r.by_window)
        self.topic_model.set_rows(c.by_topic)
        self.topic_chart.set_data(
            [(fmt.one_line(fmt.label(la.CONSULTATION_TOPICS, t), 10), n) for t, n in c.by_topic]
        )
        for view in (self.outcomes, self.matters, self.windows, self.topics):
            view.resizeColumnsToContents()

    def sheets(self, data: ResultsData) -> list[Sheet]:
        period = self.tr("{y} 年").format(y=data.year) if data.year else self.tr("全部")
        note = self.tr("统计期间（结案日期、咨询日期）：{p}；范围：{w}。金额单位：元。").format(
            p=period, w=data.window or self.tr("全部窗口与工作站")
        )
        r, c = data.results, data.consultations
        amount = self.tr("获得金额（元）")
        return [
            Sheet(
                self.tr("办理结果"),
                [self.tr("项目"), self.tr("数值")],
                [
                    (self.tr("结案件数"), r.closed),
                    (self.tr("终止件数"), r.ended),
                    (self.tr("请求金额（元）"), r.claimed_fen / 100),
                    (amount, r.recovered_fen / 100),
                    (self.tr("行政争议结案件数"), r.administrative),
                    (self.tr("行政争议实质性化解件数"), r.resolved),
                    (self.tr("结案材料按时提交"), r.closing.on_time),
                    (self.tr("更换法律援助人员次数"), r.replaced),
                    (self.tr("法律咨询人次"), c.total),
                ],
                notes=[note],
            ),
            Sheet(
                self.tr("按结案方式"),
                [self.tr("结案方式"), self.tr("件数"), amount],
                [
                    (fmt.label(la.OUTCOMES, x.label), x.closed, x.recovered_fen / 100)
                    for x in r.by_outcome
                ],
                chart_title=self.tr("法律援助结案：按结案方式（件）"),
                notes=[note],
            ),
            Sheet(
                self.tr("结案按事项类型"),
                [self.tr("事项"), self.tr("结案"), amount, self.tr("条款")],
                [
                    (
                        matter_label(x.label),
                        x.closed,
                        x.recovered_fen / 100,
                        matter_article(x.label),
                    )
                    for x in r.by_matter
                ],
                chart_title=self.tr("法律援助结案：按事项类型（件）"),
                notes=[note],
            ),
            Sheet(
                self.tr("结案按窗口工作站"),
                [self.tr("窗口或工作站"), self.tr("结案"), amount],
                [(x.label, x.closed, x.recovered_fen / 100) for x in r.by_window],
                notes=[note],
            ),
            Sheet(
                self.tr("法律咨询按类别"),
                [self.tr("咨询类别"), self.tr("人次")],
                [(fmt.label(la.CONSULTATION_TOPICS, t), n) for t, n in c.by_topic],
                chart_title=self.tr("法律咨询：按类别（人次）"),
                notes=[note],
            ),
        ]

    def export_to(self, path: Path) -> None:
        """Write the results now shown to an Excel workbook (off the UI thread)."""
        data = self.data
        if data is None:
            return
        sheets = self.sheets(data)
        export_workbook(self.app, self, path, lambda: sheets, None)

    def _export_clicked(self) -> None:
        year = self.year.currentData()
        name = self.tr("法律援助办理结果-{y}.xlsx").format(y=year or self.tr("全部"))
        path = ask_workbook_path(self.app, self, name)
        if path is not None:
            self.export_to(path)

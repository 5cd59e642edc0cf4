"""The grid centre's view of work orders (工单统计): the seed's measures — on-time sign-for,
on-time completion, satisfaction — and the linkage rate, volumes, the trend, the slowest
departments and the hot spots, with charts and an Excel workbook."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gridwarden.exports.excel import Sheet
from gridwarden.queries import event_stats as st
from gridwarden.rules import event_lifecycle as life
from ui import format as fmt
from ui.app_context import AppContext
from ui.exports import export_workbook, statistics_file
from ui.pages.base import make_table, section_label
from ui.table_models import Column, RowsTableModel
from ui.widgets.bar_chart import BarChart


def percent(rate: st.Rate) -> str:
    value = rate.value
    return "—" if value is None else f"{value * 100:.2f}%"


def _days(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


class EventStatsView(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.data: st.EventStats | None = None
        self.period = QComboBox()
        self.period.addItem(self.tr("近30天上报"), 30)
        self.period.addItem(self.tr("近半年上报"), 182)
        self.period.addItem(self.tr("本年度上报"), "this_year")
        self.period.addItem(self.tr("全部"), None)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.trend_kind = QComboBox()
        self.trend_kind.addItem(self.tr("按月"), "month")
        self.trend_kind.addItem(self.tr("按周"), "week")
        self.trend_kind.currentIndexChanged.connect(lambda _i: self._show_trend())
        self.export_button = export = QPushButton(self.tr("导出 Excel"))
        export.setObjectName("exportEventStats")
        export.clicked.connect(self.export)
        top = QHBoxLayout()
        top.addWidget(self.period)
        top.addWidget(self.trend_kind)
        top.addStretch()
        top.addWidget(export)

        tiles = self._tiles()
        self.channel_chart = BarChart(self.tr("按渠道（件）"))
        self.category_chart = BarChart(self.tr("按类别（件）"))
        self.trend_chart = BarChart(self.tr("趋势：上报（件）"))
        self.trend_chart.setObjectName("trendChart")
        self.spot_chart = BarChart(self.tr("热点微网格（件）"))
        self.department_model = self._departments()
        self.department_table = make_table(self.department_model)
        self.department_table.setObjectName("departmentTable")
        note = QLabel(
            self.tr(
                "按上报日统计。按时签收：在签收期限内签收；按时办结：在办理期限（含批准的延期）内"
                "办结，随主单办结的重复诉求不计；满意率 =（满意 + 基本满意）÷ 已回访；"
                "联动率 = 派发至部门的工单 ÷ 工单（重复诉求不计）；用时按工作日自派发计至办结。"
            )
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        left = QVBoxLayout()
        left.addWidget(self.trend_chart)
        left.addWidget(self.channel_chart)
        left.addWidget(self.category_chart)
        left.addStretch()
        right = QVBoxLayout()
        right.addWidget(section_label(self.tr("部门办理情况（用时最长的排在前列）")))
        right.addWidget(self.department_table, 1)
        right.addWidget(self.spot_chart)
        right.addWidget(note)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        inner = QWidget()
        stack = QVBoxLayout(inner)
        stack.addLayout(tiles)
        stack.addLayout(body, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    def _tiles(self) -> QGridLayout:
        """The five figures across the top: on-time rates, satisfaction, linkage, volume."""
        self.figures: dict[str, QLabel] = {}
        tiles = QGridLayout()
        for column, (key, title) in enumerate(
            (
                ("sign", self.tr("按时签收率")),
                ("close", self.tr("按时办结率")),
                ("satisfaction", self.tr("满意率")),
                ("linkage", self.tr("联动率")),
                ("volume", self.tr("工单量")),
            )
        ):
            name = QLabel(title)
            name.setObjectName("hint")
            value = QLabel("—")
            value.setObjectName("detailTitle")
            value.setProperty("figure", key)
            self.figures[key] = value
            tiles.addWidget(name, 0, column)
            tiles.addWidget(value, 1, column)
        return tiles

    def _departments(self) -> RowsTableModel:
        """How each department handled what it was sent (the slowest first)."""
        return RowsTableModel(
            [
                Column(self.tr("部门"), lambda d: d.name),
                Column(self.tr("承办"), lambda d: str(d.dispatched), align_right=True),
                Column(self.tr("办结"), lambda d: str(d.closed), align_right=True),
                Column(self.tr("按时"), lambda d: str(d.on_time), align_right=True),
                Column(
                    self.tr("平均用时（工作日）"),
                    lambda d: _days(d.mean_working_days),
                    align_right=True,
                ),
                Column(
                    self.tr("超期未结"),
                    lambda d: str(d.overdue_open),
                    align_right=True,
                    tone=lambda d: "danger" if d.overdue_open else None,
                ),
            ],
            self,
        )

    def period_range(self) -> tuple[date | None, date]:
        choice, today = self.period.currentData(), self.app.clock.today()
        if choice == "this_year":
            return date(today.year, 1, 1), today
        if isinstance(choice, int):
            return today - timedelta(days=choice - 1), today
        return None, today

    def refresh(self) -> None:
        start, end = self.period_range()
        calendar = self.app.services.calendar
        today = self.app.clock.today()
        self.app.ops.read(lambda s: st.statistics(s, start, end, today, calendar), self._show)

    def _show(self, data: st.EventStats) -> None:
        self.data = data
        self.figures["sign"].setText(percent(data.sign_on_time))
        self.figures["close"].setText(percent(data.close_on_time))
        self.figures["satisfaction"].setText(percent(data.satisfaction))
        self.figures["linkage"].setText(percent(data.linkage))
        self.figures["volume"].setText(
            self.tr("{n} 件（未结 {open}，超期 {late}）").format(
                n=data.total, open=data.open, late=data.overdue_open
            )
        )
        self.channel_chart.set_data(
            [(fmt.label(life.CHANNELS, k), v) for k, v in data.by_channel.items()]
        )
        self.category_chart.set_data(
            [(fmt.label(life.CATEGORIES, k), v) for k, v in data.by_category.items()]
        )
        self.spot_chart.set_data([(f"{s.grid} {s.name}", s.orders) for s in data.hot_spots[:6]])
        self.department_model.set_rows(
            sorted(
                data.departments,
                key=lambda d: (d.mean_working_days is None, -(d.mean_working_days or 0), d.name),
            )
        )
        self.department_table.resizeColumnsToContents()
        self._show_trend()

    def _show_trend(self) -> None:
        if self.data is None:
            return
        points = self.data.monthly if self.trend_kind.currentData() == "month" else self.data.weekly
        self.trend_chart.set_data([(p.label, p.reported) for p in points[-12:]])

    def export(self) -> None:
        """The workbook is written on the file worker; its audit entry goes through the writer."""
        data = self.data
        if data is None:
            return
        path = statistics_file(self.app, self.tr("工单统计-{day}.xlsx"))
        sheets = stats_sheets(data)
        events = self.app.events
        export_workbook(
            self.app,
            self,
            path,
            lambda: sheets,
            lambda written: events.record_statistics(written, data.start, data.end),
            self.export_button,
        )


def stats_sheets(data: st.EventStats) -> list[Sheet]:
    period = (
        QCoreApplication.translate("event_stats", "{start} 至 {end} 上报").format(
            start=data.start, end=data.end
        )
        if data.start
        else QCoreApplication.translate("event_stats", "截至 {end} 全部上报").format(end=data.end)
    )
    rates = [
        (
            QCoreApplication.translate("event_stats", "按时签收率"),
            data.sign_on_time.hits,
            data.sign_on_time.total,
            percent(data.sign_on_time),
        ),
        (
            QCoreApplication.translate("event_stats", "按时办结率"),
            data.close_on_time.hits,
            data.close_on_time.total,
            percent(data.close_on_time),
        ),
        (
            QCoreApplication.translate("event_stats", "满意率"),
            data.satisfaction.hits,
            data.satisfaction.total,
            percent(data.satisfaction),
        ),
        (
            QCoreApplication.translate("event_stats", "联动率"),
            data.linkage.hits,
            data.linkage.total,
            percent(data.linkage),
        ),
    ]
    return [
        Sheet(
            QCoreApplication.translate("event_stats", "总体指标"),
            [
                QCoreApplication.translate("event_stats", "指标"),
                QCoreApplication.translate("event_stats", "达标件数"),
                QCoreApplication.translate("event_stats", "总件数"),
                QCoreApplication.translate("event_stats", "比率"),
            ],
            rates,
            notes=[
                period,
                QCoreApplication.translate(
                    "event_stats",
                    "工单 {n} 件，未结 {open} 件，超期未结 {late} 件，紧急 {urgent} 件",
                ).format(
                    n=data.total, open=data.open, late=data.overdue_open, urgent=data.emergency
                ),
            ],
        ),
        Sheet(
            QCoreApplication.translate("event_stats", "按渠道"),
            [
                QCoreApplication.translate("event_stats", "渠道"),
                QCoreApplication.translate("event_stats", "件数"),
            ],
            [(fmt.label(life.CHANNELS, k), v) for k, v in data.by_channel.items()],
            chart_title=QCoreApplication.translate("event_stats", "工单按渠道"),
        ),
        Sheet(
            QCoreApplication.translate("event_stats", "按类别"),
            [
                QCoreApplication.translate("event_stats", "类别"),
                QCoreApplication.translate("event_stats", "件数"),
            ],
            [(fmt.label(life.CATEGORIES, k), v) for k, v in data.by_category.items()],
            chart_title=QCoreApplication.translate("event_stats", "工单按类别"),
        ),
        Sheet(
            QCoreApplication.translate("event_stats", "按网格"),
            [
                QCoreApplication.translate("event_stats", "网格"),
                QCoreApplication.translate("event_stats", "件数"),
            ],
            data.by_area,
        ),
        Sheet(
            QCoreApplication.translate("event_stats", "按部门"),
            [
                QCoreApplication.translate("event_stats", "部门"),
                QCoreApplication.translate("event_stats", "承办"),
                QCoreApplication.translate("event_stats", "办结"),
                QCoreApplication.translate("event_stats", "按时办结"),
                QCoreApplication.translate("event_stats", "平均用时（工作日）"),
                QCoreApplication.translate("event_stats", "超期未结"),
            ],
            [
                (d.name, d.dispatched, d.closed, d.on_time, d.mean_working_days, d.overdue_open)
                for d in data.departments
            ],
        ),
        Sheet(
            QCoreApplication.translate("event_stats", "按月趋势"),
            [
                QCoreApplication.translate("event_stats", "月份"),
                QCoreApplication.translate("event_stats", "上报"),
                QCoreApplication.translate("event_stats", "办结"),
            ],
            [(p.label, p.reported, p.closed) for p in data.monthly],
            chart_title=QCoreApplication.translate("event_stats", "每月上报工单"),
        ),
        Sheet(
            QCoreApplication.translate("event_stats", "按周趋势"),
            [
                QCoreApplication.translate("event_stats", "周"),
                QCoreApplication.translate("event_stats", "上报"),
                QCoreApplication.translate("event_stats", "办结"),
            ],
            [(p.label, p.reported, p.closed) for p in data.weekly],
        ),
        Sheet(
            QCoreApplication.translate("event_stats", "热点微网格"),
            [
                QCoreApplication.translate("event_stats", "网格"),
                QCoreApplication.translate("event_stats", "微网格"),
                QCoreApplication.translate("event_stats", "件数"),
                QCoreApplication.translate("event_stats", "未结"),
            ],
            [(s.grid, s.name, s.orders, s.open) for s in data.hot_spots],
        ),
    ]

"""The warden's round (巡查) and campaign sweeps (专项走访), a tab of the visits page.

The households due today (care visits, follow-ups) or a campaign's missing households, grouped
building → unit → household in walking order; start a round, tick each household 已走访 or 未遇
with one click; the round's counts and duration stay on it. The campaign tab shows coverage per
micro-grid (visited / total) and the households still missing.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridwarden.queries import areas as aq
from gridwarden.queries import rounds as rq
from gridwarden.rules.event_lifecycle import SUPERVISOR
from gridwarden.rules.rounds import CAMPAIGN_KINDS, NOT_HOME, OUTCOMES
from gridwarden.services.context import Changes
from gridwarden.services.rounds import Tick
from ui import format as fmt
from ui.app_context import AppContext
from ui.dialogs.campaign import CampaignDialog
from ui.i18n import render
from ui.pages.base import make_table, section_label
from ui.table_models import Column, RowsTableModel

WATCHES = frozenset({"patrol_round", "visit", "campaign", "care_plan", "household"})


class RoundView(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.stops: list[rq.Stop] = []
        self.running: rq.RoundSummary | None = None
        self.source = QComboBox()
        self.source.setObjectName("roundSource")
        self.source.addItem(self.tr("今日到期的关怀走访与回访"), None)
        self.source.currentIndexChanged.connect(lambda _i: self.refresh())
        self.start_button = QPushButton(self.tr("开始巡查"))
        self.start_button.setObjectName("startRound")
        self.start_button.clicked.connect(self.start_or_finish)
        self.summary = QLabel()
        self.summary.setObjectName("detailTitle")
        self.campaign_button = QPushButton(self.tr("发起专项走访…"))
        self.campaign_button.setObjectName("newCampaign")
        self.campaign_button.setToolTip(self.tr("网格中心为微网格发起专项走访"))
        self.campaign_button.clicked.connect(self.new_campaign)
        top = QHBoxLayout()
        top.addWidget(self.source, 2)
        top.addWidget(self.summary, 3)
        top.addWidget(self.campaign_button)
        top.addWidget(self.start_button)
        self.tree = QTreeWidget()
        self.tree.setObjectName("roundTree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("楼栋 / 单元 / 住户"), self.tr("事由"), self.tr("结果"), self.tr("登记")]
        )
        self.tree.setColumnWidth(0, 380)
        self.tree.setColumnWidth(1, 330)
        self.tree.setColumnWidth(2, 80)
        self.campaign_model = RowsTableModel(
            [
                Column(self.tr("网格"), lambda m: m.grid),
                Column(self.tr("微网格"), lambda m: m.name),
                Column(self.tr("已走访"), lambda m: str(m.visited), align_right=True),
                Column(self.tr("应走访"), lambda m: str(m.total), align_right=True),
                Column(
                    self.tr("覆盖率"),
                    lambda m: "—" if m.rate is None else f"{m.rate * 100:.0f}%",
                    align_right=True,
                ),
                Column(
                    self.tr("尚未走访"),
                    lambda m: (
                        fmt.join(a for _h, a in m.missing[:3]) + ("…" if len(m.missing) > 3 else "")
                    ),
                ),
            ],
            self,
        )
        self.coverage_table = make_table(self.campaign_model)
        self.coverage_table.setObjectName("campaignCoverage")
        self.coverage_label = section_label(self.tr("专项走访覆盖情况（按微网格）"))
        self.coverage_table.setMaximumHeight(170)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.coverage_label)
        layout.addWidget(self.coverage_table)
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._show_summary)
        self._clock.start()

    # --- loading -----------------------------------------------------------------------------
    def new_campaign(self) -> None:
        """The grid centre's dialog, with the micro-grids to choose from (read first)."""

        def show(micro_grids: list[aq.AreaItem]) -> None:
            CampaignDialog(self.app, micro_grids, self).open()

        self.app.ops.read(aq.micro_grids, show)

    def refresh(self) -> None:
        self.campaign_button.setVisible(self.app.services.actor.role == SUPERVISOR)
        today, user = self.app.clock.today(), self.app.services.actor.user_id
        self.app.ops.read(lambda s: rq.campaigns(s, today), self._campaigns_loaded)
        self.app.ops.read(lambda s: rq.open_round(s, user), self._round_loaded)

    def _campaigns_loaded(self, items: list[rq.CampaignItem]) -> None:
        current = self.source.currentData()
        self.source.blockSignals(True)
        while self.source.count() > 1:
            self.source.removeItem(1)
        for item in items:
            kind = fmt.label(CAMPAIGN_KINDS, item.kind)
            self.source.addItem(
                self.tr("专项：{name}（{kind}）").format(name=item.name, kind=kind), item.id
            )
        found = self.source.findData(current)
        self.source.setCurrentIndex(max(0, found))
        self.source.blockSignals(False)

    def _round_loaded(self, summary: rq.RoundSummary | None) -> None:
        self.running = summary
        if summary is not None and summary.campaign_id != self.source.currentData():
            found = self.source.findData(summary.campaign_id)
            if found >= 0:
                self.source.blockSignals(True)
                self.source.setCurrentIndex(found)
                self.source.blockSignals(False)
        campaign = self.source.currentData()
        today = self.app.clock.today()
        keep = list(summary.outcomes) if summary else []
        if campaign:
            self.app.ops.read(lambda s: rq.campaign_stops(s, campaign, keep), self._stops_loaded)
            self.app.ops.read(lambda s: rq.coverage(s, campaign), self._coverage_loaded)
        else:
            self.app.ops.read(lambda s: rq.due_stops(s, today, keep), self._stops_loaded)
            self._coverage_loaded([])

    def _coverage_loaded(self, rows: list[rq.MicroCoverage]) -> None:
        self.campaign_model.set_rows(rows)
        self.coverage_table.setVisible(bool(rows))
        self.coverage_label.setVisible(bool(rows))

    def _stops_loaded(self, stops: list[rq.Stop]) -> None:
        outcomes = self.running.outcomes if self.running else {}
        for s in stops:
            s.outcome = outcomes.get(s.household_id)
        self.stops = stops
        self.tree.clear()
        for building, units in rq.grouped(stops):
            b_item = QTreeWidgetItem(
                [building, self.tr("{n} 户").format(n=sum(len(h) for _u, h in units))]
            )
            self.tree.addTopLevelItem(b_item)
            for unit, homes in units:
                parent = b_item
                if unit:
                    parent = QTreeWidgetItem([unit, self.tr("{n} 户").format(n=len(homes))])
                    b_item.addChild(parent)
                for stop in homes:
                    room = (
                        stop.address[len(stop.place.building) :].removeprefix(unit) or stop.address
                    )
                    item = QTreeWidgetItem(
                        [room, fmt.join(render(r) for r in stop.reasons), self._outcome(stop)]
                    )
                    item.setToolTip(0, stop.address)
                    parent.addChild(item)
                    self.tree.setItemWidget(item, 3, self._buttons(stop))
        self.tree.expandAll()
        self._show_summary()

    def _outcome(self, stop: rq.Stop) -> str:
        return fmt.label(OUTCOMES, stop.outcome) if stop.outcome else ""

    def _buttons(self, stop: rq.Stop) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        met = QPushButton(self.tr("已走访"))
        met.setObjectName("tickMet")
        away = QPushButton(self.tr("未遇"))
        away.setObjectName("tickNotHome")
        for button, outcome in ((met, "met"), (away, NOT_HOME)):
            button.setEnabled(self.running is not None)
            button.clicked.connect(lambda _c=False, s=stop, o=outcome: self.tick(s, o))
            row.addWidget(button)
        return box

    def _show_summary(self) -> None:
        running = self.running
        if running is None:
            self.summary.setText(self.tr("待走访 {n} 户").format(n=len(self.stops)))
            self.start_button.setText(self.tr("开始巡查"))
            return
        minutes = int(running.duration(self.app.clock.now()).total_seconds() // 60)
        self.summary.setText(
            self.tr(
                "巡查中：计划 {planned} 户，已走访 {met}，未遇 {away}，用时 {minutes} 分钟"
            ).format(
                planned=running.planned,
                met=running.visited,
                away=running.not_home,
                minutes=minutes,
            )
        )
        self.start_button.setText(self.tr("结束巡查"))

    # --- actions -----------------------------------------------------------------------------
    def start_or_finish(self) -> None:
        rounds = self.app.rounds
        if self.running is None:
            campaign = self.source.currentData()
            self.app.ops.write(
                lambda: rounds.start(campaign), owner=self, title=self.tr("不能办理")
            )
        else:
            round_id = self.running.id
            self.app.ops.write(
                lambda: rounds.finish(round_id), owner=self, title=self.tr("不能办理")
            )

    def tick(self, stop: rq.Stop, outcome: str) -> None:
        if self.running is None:
            return
        round_id, rounds = self.running.id, self.app.rounds
        purpose = stop.purposes[0] if stop.purposes else "routine"
        tick = Tick(stop.household_id, outcome, purpose, stop.resident_id)
        self.app.ops.write(
            lambda: rounds.tick(round_id, tick), owner=self, title=self.tr("不能办理")
        )

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches(*WATCHES):
            self.refresh()

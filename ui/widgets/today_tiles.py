"""Today as tiles: one per workflow with its 逾期 / 今日到期 / 3 日内 counts; a count opens the
list of that workflow filtered to those deadlines."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gridwarden.queries.today_tiles import WORKFLOWS, Tile

COLOURS = {"overdue": "#c62828", "today": "#b26a00", "soon": "#1565c0"}


def _title(workflow: str) -> str:
    texts = {
        "care": QCoreApplication.translate("tiles", "关怀走访"),
        "events": QCoreApplication.translate("tiles", "事件工单"),
        "disputes": QCoreApplication.translate("tiles", "矛盾调解"),
        "legal_aid": QCoreApplication.translate("tiles", "法律援助"),
        "filing": QCoreApplication.translate("tiles", "网上立案"),
    }
    return texts[workflow]


class TodayTiles(QWidget):
    # workflow, first day, last day (None: open-ended) of the deadlines to list
    opened = Signal(str, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayTiles")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[tuple[str, str], QPushButton] = {}
        self.frames: dict[str, QFrame] = {}
        for workflow in WORKFLOWS:
            frame = QFrame()
            frame.setObjectName(f"tile_{workflow}")
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            column = QVBoxLayout(frame)
            column.setContentsMargins(8, 6, 8, 6)
            title = QLabel(_title(workflow))
            title.setObjectName("sectionTitle")
            column.addWidget(title)
            for kind in ("overdue", "today", "soon"):
                button = QPushButton()
                button.setObjectName(f"tile_{workflow}_{kind}")
                button.setFlat(True)
                button.setStyleSheet(f"text-align: left; color: {COLOURS[kind]}; padding: 2px;")
                column.addWidget(button)
                self.buttons[(workflow, kind)] = button
                button.clicked.connect(lambda _c=False, key=(workflow, kind): self._open(key))
            row.addWidget(frame, 1)
            self.frames[workflow] = frame
        self.tiles: dict[str, Tile] = {}
        self.ranges: dict[tuple[str, str], tuple[date | None, date]] = {}

    def _open(self, key: tuple[str, str]) -> None:
        if key in self.ranges:
            lo, hi = self.ranges[key]
            self.opened.emit(key[0], lo, hi)

    def show_tiles(self, tiles: dict[str, Tile], today: date) -> None:
        self.tiles = tiles
        labels = {
            "overdue": QCoreApplication.translate("tiles", "逾期 {n}"),
            "today": QCoreApplication.translate("tiles", "今日到期 {n}"),
            "soon": QCoreApplication.translate("tiles", "3 日内 {n}"),
        }
        for workflow, tile in tiles.items():
            counts = {"overdue": tile.overdue, "today": tile.due_today, "soon": tile.soon}
            ranges = {
                "overdue": (None, today - timedelta(days=1)),
                "today": (today, today),
                "soon": (today + timedelta(days=1), tile.soon_until),
            }
            for kind, count in counts.items():
                button = self.buttons[(workflow, kind)]
                button.setText(labels[kind].format(n=count))
                button.setEnabled(count > 0)
                button.setToolTip(
                    QCoreApplication.translate("tiles", "打开{what}列表，只列这些期限").format(
                        what=_title(workflow)
                    )
                    if kind != "soon"
                    else QCoreApplication.translate(
                        "tiles", "明天起 3 个工作日内（至 {day}，按节假日和调休计算）"
                    ).format(day=tile.soon_until.isoformat())
                )
                self.ranges[(workflow, kind)] = ranges[kind]

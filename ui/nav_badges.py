"""Counts on the navigation (issue 12): how many of a page's deadlines are due, and how many are
overdue, from the same sections the 今日 page lists.

One read, two consumers (issue 15): once the 今日 page is built, its own load of the sections
gives the counts (it reloads on every change the badges watch: its watches are the union of its
sections'), so the sections are not read a second time just to count them (2–3 s of reader time
at 100,000 households, beside Today's own read at each start). Before that (a role whose first
page is not 今日) the badges read the sections themselves on the reader pool."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from gridwarden.db.engine import Session
from gridwarden.services.context import Changes

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.pages.today import TodayPage, TodaySection

# Which page a 今日 section's rows belong to.
SECTION_PAGES = {
    "careDue": "households",
    "followUpsDue": "households",
    "eventsDue": "events",
    "disputesDue": "disputes",
    "filingsDue": "filing",
    "legalAidDue": "legal-aid",
    "legalAidUrgent": "legal-aid",
    "legalAidAdvance": "legal-aid",
}
OVERDUE = QColor("#d9480f")
DUE = QColor("#5a7394")
COUNTS = Qt.ItemDataRole.UserRole + 1  # (due, overdue) on a navigation item


def section_counts(
    sections: Sequence[TodaySection],
    rows: Mapping[str, Sequence[Any]],
    counted: Mapping[str, tuple[int, int]] | None = None,
) -> dict[str, tuple[int, int]]:
    """Per page, (due, overdue) of the rows its 今日 sections list (`counted`: sections counted
    without reading their rows)."""
    counts: dict[str, tuple[int, int]] = {}
    for section in sections:
        page = SECTION_PAGES.get(section.key)
        if page is None:
            continue
        if counted is not None and section.key in counted:
            section_due, section_late = counted[section.key]
        else:
            listed = rows[section.key]
            section_due, section_late = section.count(listed), section.late(listed)
        due, late = counts.get(page, (0, 0))
        counts[page] = (due + section_due, late + section_late)
    return counts


class BadgeDelegate(QStyledItemDelegate):
    """The page title, and its count in a pill at the right (red when some are overdue)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        counts = index.data(COUNTS)
        if not counts or not counts[0]:
            return
        due, late = counts
        text = str(due)
        metrics = option.fontMetrics
        height = metrics.height() + 2
        width = max(height, metrics.horizontalAdvance(text) + 12)
        rect = option.rect
        pill = QRect(rect.right() - width - 8, rect.center().y() - height // 2, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(OVERDUE if late else DUE)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class NavBadges(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.counts: dict[str, tuple[int, int]] = {}  # page -> (due, overdue)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(1500)  # a burst of saves counts once
        self._later.timeout.connect(self.refresh)
        self.watches = frozenset().union(*(s.watches for s in window.today_sections))
        window.nav.setItemDelegate(BadgeDelegate(window.nav))
        self.today: TodayPage | None = None  # once built, its loads give the counts

    def follow(self, today: TodayPage) -> None:
        """Count from the 今日 page's own loads from now on (one read, two consumers)."""
        self.today = today
        self._later.stop()
        today.sections_loaded.connect(self.show_sections)

    def show_sections(self, rows: Mapping[str, Sequence[Any]]) -> None:
        self.show(section_counts(self.window.today_sections, rows))

    def changed(self, changes: Changes) -> None:
        if self.today is None and changes.touches(*self.watches):
            self._later.start()  # once 今日 is built, its reload after this change counts

    def refresh(self) -> None:
        app = self.window.app
        if app.dispatcher.closed:
            return  # a late debounce after the app shut down
        if self.today is not None:
            self.today.refresh()  # its load shows the counts
            return
        today = app.clock.today()
        settings = app.settings
        sections = [s for s in self.window.today_sections if s.key in SECTION_PAGES]

        def count(session: Session) -> dict[str, tuple[int, int]]:
            counted = {s.key: s.counts(session, today, settings) for s in sections if s.counts}
            rows = {s.key: s.load(session, today, settings) for s in sections if not s.counts}
            return section_counts(sections, rows, counted)

        app.ops.read(count, self.show)

    def show(self, counts: dict[str, tuple[int, int]]) -> None:
        self.counts = counts
        window = self.window
        nav = window.nav
        for row, name in enumerate(window.page_names()):
            item = nav.item(row)
            due, late = counts.get(name, (0, 0))
            shortcut = f"Ctrl+{row + 1}" if window.is_role_page(name) else ""
            tip = (
                self.tr("到期 {due} 条，其中逾期 {late} 条").format(due=due, late=late)
                if due
                else ""
            )
            item.setToolTip("\n".join(t for t in (tip, shortcut) if t))
            item.setData(COUNTS, (due, late))
        nav.viewport().update()

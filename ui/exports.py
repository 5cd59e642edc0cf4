"""Statistics workbooks, one way: written on the file worker (never the writer), then their audit
entry recorded in one short transaction, then the person told where the file is."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from gridwarden.exports.excel import Sheet, write_workbook
from gridwarden.services.context import Changes
from ui.app_context import AppContext
from ui.notifier import Progress
from ui.operations import Report, counted


def statistics_file(app: AppContext, name: str) -> Path:
    """Where today's statistics workbook goes: `name` has a {day} (e.g. 纠纷统计-{day}.xlsx)."""
    return app.store.paths.exports / "statistics" / name.format(day=f"{app.clock.today():%Y%m%d}")


def ask_workbook_path(app: AppContext, owner: QWidget, name: str) -> Path | None:
    """Where the person wants a workbook saved (the exports folder and `name` offered), or None
    when they cancel."""
    title = QCoreApplication.translate("exports", "导出统计")
    offered = str(app.store.paths.exports / name)
    path, _ = QFileDialog.getSaveFileName(owner, title, offered, "Excel (*.xlsx)")
    return Path(path) if path else None


def export_workbook(
    app: AppContext,
    owner: QWidget,
    path: Path,
    sheets: Callable[[], Sequence[Sheet]],
    record: Callable[[Path], Changes] | None,
    busy: QWidget | None = None,
) -> None:
    """Write `sheets()` (built on the file worker: it may read) to `path`; `record` is the
    audit entry's service call (None: nothing to record, e.g. figures without names). The
    status bar counts the sheets written and the save: 导出统计 2/4."""
    title = QCoreApplication.translate("exports", "导出统计")
    reading = QCoreApplication.translate("exports", "正在汇总统计数据")

    def done(written: Path) -> None:
        text = QCoreApplication.translate("exports", "已导出：{p}").format(p=written)
        app.notifier.inform(owner, title, text)

    def write(report: Report) -> Path:
        report(Progress(reading, 0, 1))  # a count: (0, 0) would read as another op starting
        return write_workbook(path, sheets(), counted(report, title))

    if record is None:
        app.ops.file(write, done, owner=owner, title=title, busy=busy)
    else:
        app.ops.prepared_write(write, record, done, owner=owner, title=title, busy=busy)

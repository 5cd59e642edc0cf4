"""Export the list a page shows (its filter and sort) as a ledger: Excel or a PDF to print.

The rows are read and written on a reader with a progress bar (25,000 visits take a while);
only the audit entry of the file goes through the writer (PIPL Arts. 55–56)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMenu, QProgressDialog, QPushButton, QWidget

from gridwarden.exports import ledger as lg
from ui.app_context import AppContext
from ui.table_models import KeyedTableModel
from ui.widgets.lists import SortState

CHUNK = 500  # rows read per query


class ListPage(Protocol):
    """A list page: its keyed model, the sort it shows and the filter it describes."""

    @property
    def app(self) -> AppContext: ...

    @property
    def model(self) -> KeyedTableModel: ...

    @property
    def sorting(self) -> SortState: ...

    def describe_filter(self) -> str: ...


def page_ledger(page: ListPage, title: str, action: str) -> LedgerExport:
    """The 导出台账 of a list page: its list as it is filtered and sorted; `action` names the
    export in the audit trail (e.g. "ledger.events")."""
    assert isinstance(page, QWidget)
    return LedgerExport(
        page.app, page, page.model, page.sorting, title, page.describe_filter, action
    )


class _Progress(QObject):
    advanced = Signal(int)  # emitted from the reader, delivered (queued) on the main thread


class LedgerExport(QObject):
    """The 导出台账 button of a list page: a menu with Excel and PDF."""

    finished = Signal(object)  # the Path written

    def __init__(
        self,
        app: AppContext,
        page: QWidget,
        model: KeyedTableModel,
        sort: SortState,
        title: str,
        describe: Callable[[], str],
        action: str,
    ) -> None:
        super().__init__(page)
        self.app = app
        self.page = page
        self.model = model
        self.sort = sort
        self.title = title
        self.describe = describe
        self.action = action  # the audit action, e.g. "ledger.visits"
        self.button = QPushButton(QCoreApplication.translate("ledger", "导出台账"))
        self.button.setObjectName("ledgerExport")
        self.button.setToolTip(
            QCoreApplication.translate(
                "ledger", "把当前列表（按现在的筛选和排序）导出为 Excel 或打印为 PDF"
            )
        )
        menu = QMenu(self.button)
        menu.addAction(
            QCoreApplication.translate("ledger", "导出 Excel…"), lambda: self.export("xlsx")
        )
        menu.addAction(
            QCoreApplication.translate("ledger", "打印为 PDF…"), lambda: self.export("pdf")
        )
        self.button.setMenu(menu)

    def sort_text(self) -> str:
        sort = self.sort.sort
        if sort is None:
            return QCoreApplication.translate("ledger", "默认顺序")
        header = self.model.columns[self.sort.keys.index(sort.key)].header
        order = (
            QCoreApplication.translate("ledger", "降序")
            if sort.descending
            else QCoreApplication.translate("ledger", "升序")
        )
        return QCoreApplication.translate("ledger", "{column}（{order}）").format(
            column=header, order=order
        )

    def filter_text(self) -> str:
        return QCoreApplication.translate(
            "ledger", "筛选：{filter}；排序：{sort}；共 {n} 条"
        ).format(
            filter=self.describe() or QCoreApplication.translate("ledger", "全部"),
            sort=self.sort_text(),
            n=self.model.total,
        )

    def export(self, kind: str) -> None:
        keys = self.model.keys
        if not keys:
            self.app.notifier.warn(
                self.page,
                self.title,
                QCoreApplication.translate("ledger", "列表是空的：先改一改筛选条件，再导出。"),
            )
            return
        now = self.app.clock.now()
        operator = self.app.settings.user_name
        printed = f"{now:%Y-%m-%d %H:%M}"
        columns = list(self.model.columns)
        ledger_head = lg.Ledger(
            self.title,
            self.filter_text(),
            printed,
            operator,
            [c.header for c in columns],
            [],
            QCoreApplication.translate("ledger", "制表：{operator}　打印时间：{when}").format(
                operator=operator, when=printed
            ),
        )
        name = f"{self.title}-{now:%Y%m%d-%H%M%S}.{kind}"
        path = self.app.store.paths.exports / "ledgers" / name
        fetch = self.model.fetch
        # both live on the main thread and are owned by Qt (a parent): the reader only emits,
        # and never holds the last reference to a QObject (which would delete it off-thread)
        progress = _Progress(self)
        dialog = QProgressDialog(
            QCoreApplication.translate("ledger", "正在导出 {title}…").format(title=self.title),
            "",
            0,
            0,
            self.page,
        )
        dialog.setObjectName("ledgerProgress")
        dialog.setWindowTitle(self.title)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setRange(0, len(keys) * 2)
        progress.advanced.connect(dialog.setValue)  # a slot of the dialog: queued, main thread

        def run() -> Path:
            rows: list[list[str]] = []
            for start in range(0, len(keys), CHUNK):
                part = keys[start : start + CHUNK]
                found = fetch(part)
                rows.extend([c.text(found[k]) for c in columns] for k in part if k in found)
                progress.advanced.emit(start + len(part))
            ledger = lg.Ledger(**{**ledger_head.__dict__, "rows": rows})

            def written(done: int, total: int) -> None:
                progress.advanced.emit(len(keys) + done * len(keys) // max(total, 1))

            write = lg.write_xlsx if kind == "xlsx" else lg.write_pdf
            return write(path, ledger, written)

        def finish() -> None:
            dialog.close()
            dialog.deleteLater()
            progress.deleteLater()

        def done(written: Any) -> None:
            finish()
            security = self.app.security
            self.app.ops.write(
                lambda: security.record_export(self.action, written),
                lambda _c: self._done(written),
                owner=self.page,
                title=self.title,
            )

        def failed(error: BaseException) -> None:
            finish()
            self.app.notifier.warn(
                self.page,
                self.title,
                QCoreApplication.translate("ledger", "导出失败：{error}").format(error=error),
            )

        self.app.dispatcher.read(run, on_ok=done, on_err=failed)

    def _done(self, path: Path) -> None:
        self.finished.emit(path)
        self.app.notifier.inform(
            self.page, QCoreApplication.translate("ledger", "已导出"), str(path)
        )

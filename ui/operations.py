"""The one way a page or dialog reads, writes, or does long file work: typed operations.

    app.ops.read(lambda s: q.detail(s, key), self._show, owner=self)
    app.ops.write(lambda: service.save(draft), self._saved, owner=self, busy=save_button)
    app.ops.prepared_write(
        lambda report: docs.render(kind, id),          # file work, on the file worker
        lambda files: docs.record(kind, id, files),    # one transaction, on the writer
        self._exported, owner=self, title=self.tr("生成文书"),
    )

Each call returns an `Operation[R]`, generic over its result, whose `succeeded`, `failed` and
`progressed` signals (and the typed `done` / `failed` callbacks) are delivered on the UI thread.
A *prepared* write runs its file work (PDF notices, photos, workbooks, dossier packages) on the
file worker, off the single writer thread, so a long document never holds up another save; only
the short transaction that records it goes through the writer.

Failures: an expected error (`GridWardenError`: a refusal, a validation) goes to the op's
`failed` callback, or else the notifier shows it as a warning titled `title`; a bug is re-raised
on the UI thread and reaches the excepthook. The `busy` widget (a button) is disabled while the
op runs; long work shows its progress through the notifier's busy signal (the status bar).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from gridwarden.db.engine import Session
from gridwarden.errors import GridWardenError
from gridwarden.services.context import Changes
from ui.change_bus import ChangeBus
from ui.notifier import Notifier, Progress
from ui.tasks import Dispatcher

R = TypeVar("R")
P = TypeVar("P")

Report = Callable[[Progress], None]
Failed = Callable[[GridWardenError], None]


class Operation(QObject, Generic[R]):
    """One read, write or piece of file work in flight. Signals arrive on the UI thread."""

    succeeded = Signal(object)  # R
    failed = Signal(object)  # GridWardenError
    progressed = Signal(object)  # Progress
    _progress = Signal(object)  # emitted from the worker, queued to the UI thread

    def __init__(
        self,
        ops: Operations,
        title: str,
        done: Callable[[R], None] | None,
        failed: Failed | None,
        owner: QWidget | None,
        busy: QWidget | None,
        long: bool,
    ) -> None:
        super().__init__(ops)
        self.title = title
        self._ops = ops
        self._done = done
        self._failed = failed
        self._owner = owner
        self._busy = busy if busy is not None and busy.isEnabled() else None
        self._long = long
        self._progress.connect(self._on_progress)
        if self._busy is not None:
            self._busy.setEnabled(False)
        if long:
            ops.notifier.busy.emit(Progress(title))

    def report(self, progress: Progress) -> None:
        """Called from the worker thread by prepare/file work: how far it has come."""
        self._progress.emit(progress)

    def _on_progress(self, progress: Progress) -> None:
        self.progressed.emit(progress)
        self._ops.notifier.busy.emit(progress)

    def _end(self) -> None:
        if self._busy is not None and isValid(self._busy):
            self._busy.setEnabled(True)
        if self._long:
            self._ops.notifier.busy.emit(None)
        self._ops.finished.emit(self)
        self.deleteLater()

    def _succeed(self, result: Any) -> None:
        self._end()
        if self._done is not None and self._alive():
            self._done(result)
        self.succeeded.emit(result)

    def _fail(self, error: BaseException) -> None:
        self._end()
        if not isinstance(error, GridWardenError):
            raise error  # a bug: the excepthook shows it and writes the crash log
        if self._failed is not None:
            if self._alive():
                self._failed(error)
        else:
            owner = self._owner if self._owner is not None and isValid(self._owner) else None
            self._ops.notifier.refused(owner, self.title or _default_title(), error)
        self.failed.emit(error)

    def _alive(self) -> bool:
        """The page or dialog that asked is still there (a closed dialog gets no callback)."""
        return self._owner is None or isValid(self._owner)


def _default_title() -> str:
    return QCoreApplication.translate("operations", "未能完成")


class Operations(QObject):
    """Starts typed operations on the dispatcher's threads; successful writes are announced on
    the change bus before the op's own callback runs."""

    finished = Signal(object)  # every Operation when it has ended (tests wait on it)

    def __init__(
        self,
        dispatcher: Dispatcher,
        sessions: Callable[[], Any],
        bus: ChangeBus,
        notifier: Notifier,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.dispatcher = dispatcher
        self.notifier = notifier
        self._sessions = sessions
        self._bus = bus

    def _announce(self, changes: Changes) -> None:
        """A write went through: every page hears of it, then its warnings go to the banner."""
        self._bus.changed.emit(changes)
        self.notifier.post_save(changes)

    def read(
        self,
        fn: Callable[[Session], R],
        done: Callable[[R], None] | None = None,
        *,
        owner: QWidget | None = None,
        title: str = "",
        failed: Failed | None = None,
        busy: QWidget | None = None,
    ) -> Operation[R]:
        """A query on the reader pool with its own session; plain data comes back."""
        op: Operation[R] = Operation(self, title, done, failed, owner, busy, long=False)
        sessions = self._sessions

        def run() -> R:
            with sessions() as session:
                return fn(session)

        self.dispatcher.read(run, on_ok=op._succeed, on_err=op._fail)
        return op

    def write(
        self,
        call: Callable[[], R],
        done: Callable[[R], None] | None = None,
        *,
        owner: QWidget | None = None,
        title: str = "",
        failed: Failed | None = None,
        busy: QWidget | None = None,
    ) -> Operation[R]:
        """One service call (one transaction with its audit and outbox) on the writer; the
        `Changes` it returns are announced on the change bus before `done` runs."""
        op: Operation[R] = Operation(self, title, done, failed, owner, busy, long=False)

        def written(result: R) -> None:
            if isinstance(result, Changes):
                self._announce(result)
            op._succeed(result)

        self.dispatcher.write(call, on_ok=written, on_err=op._fail)
        return op

    def prepared_write(
        self,
        prepare: Callable[[Report], P],
        call: Callable[[P], Changes],
        done: Callable[[P], None] | None = None,
        *,
        owner: QWidget | None = None,
        title: str = "",
        failed: Failed | None = None,
        busy: QWidget | None = None,
    ) -> Operation[P]:
        """File work on the file worker (never the writer), then the short transaction that
        records it; `done` gets what the preparation made (the files) once it is recorded."""
        op: Operation[P] = Operation(self, title, done, failed, owner, busy, long=True)

        def prepared(made: P) -> None:
            def written(changes: Changes) -> None:
                self._announce(changes)
                op._succeed(made)

            self.dispatcher.write(lambda: call(made), on_ok=written, on_err=op._fail)

        self.dispatcher.file(lambda: prepare(op.report), on_ok=prepared, on_err=op._fail)
        return op

    def file(
        self,
        work: Callable[[Report], R],
        done: Callable[[R], None] | None = None,
        *,
        owner: QWidget | None = None,
        title: str = "",
        failed: Failed | None = None,
        busy: QWidget | None = None,
    ) -> Operation[R]:
        """File work that records nothing (reveal a file for the viewer, read a workbook)."""
        op: Operation[R] = Operation(self, title, done, failed, owner, busy, long=True)
        self.dispatcher.file(lambda: work(op.report), on_ok=op._succeed, on_err=op._fail)
        return op

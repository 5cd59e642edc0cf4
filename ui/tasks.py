"""Background work: ONE writer thread (SQLite has one writer), a small reader pool, and one file
worker for long document work (PDF notices, photos, workbooks, packages) so that a long document
never holds up a save or a list. Pages do not call this directly: they go through the typed
operations of ui.operations.

    dispatcher.write(lambda: service.save(draft), on_ok=..., on_err=...)
    dispatcher.read(lambda: query(...), on_ok=...)
    dispatcher.file(lambda: render(...), on_ok=...)

Callables run off the UI thread and must not touch widgets; they return plain data. Results come
back to the main thread through one queued signal and are handed to on_ok / on_err there.
An error without on_err goes to the window's error handler (expected errors become a message,
bugs reach the global excepthook).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QObject, Signal

log = logging.getLogger("gridwarden.ui.tasks")

OnOk = Callable[[Any], None]
OnErr = Callable[[BaseException], None]


@dataclass
class _Done:
    on_ok: OnOk | None
    on_err: OnErr | None
    result: Any = None
    error: BaseException | None = None


class Dispatcher(QObject):
    _finished = Signal(object)
    busy_changed = Signal(bool)
    unhandled_error = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gw-writer")
        self._readers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="gw-reader")
        self._files = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gw-files")
        self._pending = 0
        self._closed = False
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        return self._pending

    def write(
        self, fn: Callable[[], Any], on_ok: OnOk | None = None, on_err: OnErr | None = None
    ) -> None:
        self._submit(self._writer, fn, on_ok, on_err)

    def read(
        self, fn: Callable[[], Any], on_ok: OnOk | None = None, on_err: OnErr | None = None
    ) -> None:
        self._submit(self._readers, fn, on_ok, on_err)

    def file(
        self, fn: Callable[[], Any], on_ok: OnOk | None = None, on_err: OnErr | None = None
    ) -> None:
        """Long file work (rendering, copying, hashing) on its own thread, off the writer."""
        self._submit(self._files, fn, on_ok, on_err)

    def run_write(self, fn: Callable[[], Any]) -> Future[Any]:
        """For another background thread (the sync worker): run `fn` on the writer thread and
        hand back a Future to wait on. Never call .result() from the writer thread itself."""
        return self._writer.submit(fn)

    def _submit(
        self,
        pool: ThreadPoolExecutor,
        fn: Callable[[], Any],
        on_ok: OnOk | None,
        on_err: OnErr | None,
    ) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        pool.submit(self._run, fn, on_ok, on_err)

    def _run(self, fn: Callable[[], Any], on_ok: OnOk | None, on_err: OnErr | None) -> None:
        try:
            done = _Done(on_ok, on_err, result=fn())
        except BaseException as exc:  # handed to the main thread, never swallowed
            done = _Done(on_ok, on_err, error=exc)
        self._finished.emit(done)

    def _deliver(self, done: _Done) -> None:
        self._pending -= 1
        try:
            if done.error is not None:
                if done.on_err is not None:
                    done.on_err(done.error)
                else:
                    self.unhandled_error.emit(done.error)
            elif done.on_ok is not None:
                done.on_ok(done.result)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Process events until no task is pending (for screenshots, tests and shutdown)."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        return self._pending == 0

    @property
    def closed(self) -> bool:
        """Shut down: a late timer (a debounce) must not schedule work any more."""
        return self._closed

    def shutdown(self) -> None:
        self._closed = True
        self._readers.shutdown(wait=True, cancel_futures=True)
        self._files.shutdown(wait=True, cancel_futures=True)
        self._writer.shutdown(wait=True)  # a write in flight finishes: nothing typed is lost

"""UI fixtures: the real window on a real (temporary) store, offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from gridwarden.clock import FixedClock
from gridwarden.services.register import HouseholdDraft, RegisterService, ResidentDraft
from gridwarden.settings import Settings
from gridwarden.store import Store
from gridwarden.validation import idnumber
from tests.conftest import Places
from tests.dispute_support import Units, add_units
from ui.app_context import AppContext
from ui.bootstrap import build_app_context
from ui.main_window import MainWindow
from ui.notifier import Kind, Message, Notifier, Progress
from ui.tasks import Dispatcher

D = TypeVar("D", bound=QWidget)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Automation's passphrase (ui.app.Bootstrap signs in with it, no screen): the sign-in tests
# drive the screen themselves, whatever the shell that runs them has set.
os.environ.pop("GRIDWARDEN_PASSPHRASE", None)


@pytest.fixture
def dispatcher(qtbot: QtBot) -> Iterator[Dispatcher]:
    worker = Dispatcher()
    yield worker
    worker.wait_idle(10_000)
    worker.shutdown()


@pytest.fixture
def app(
    store: Store, settings: Settings, clock: FixedClock, dispatcher: Dispatcher
) -> Iterator[AppContext]:
    context = build_app_context(store, settings, clock, dispatcher)
    context.notifier.interactive = False  # no modal boxes in tests: the `messages` fixture
    yield context
    context.sync.shutdown()


@pytest.fixture
def window(qtbot: QtBot, app: AppContext, places: Places) -> MainWindow:
    main = MainWindow(app, "today")
    qtbot.addWidget(main)
    main.show()
    idle(qtbot, app)
    return main


def idle(qtbot: QtBot, app: AppContext, timeout: int = 30_000) -> None:
    """Wait until every pending search debounce has fired and every background read, write and
    piece of file work it started has come back. Events already posted (a window activation,
    a queued result) are let through first."""
    qtbot.wait(1)
    qtbot.waitUntil(lambda: not _debouncing() and app.dispatcher.pending == 0, timeout=timeout)


def _debouncing() -> bool:
    """A search box's debounce timer (object name "debounce") is still waiting to fire."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    return any(
        timer.isActive()
        for top in QApplication.topLevelWidgets()
        for timer in top.findChildren(QTimer, "debounce")
    )


class Messages:
    """What the notifier showed (warnings, information, questions, offers), in order, and the
    counted progress of long work as the status bar showed it ("导出统计 2/4")."""

    def __init__(self, notifier: Notifier) -> None:
        self.notifier = notifier
        self.shown: list[Message] = []
        self.counted: list[str] = []
        self._taken = 0
        notifier.shown.connect(self.shown.append)
        notifier.busy.connect(self._progressed)

    def _progressed(self, progress: Progress | None) -> None:
        if progress is not None and progress.total:
            self.counted.append(f"{progress.text} {progress.done}/{progress.total}")

    def of(self, kind: Kind) -> list[Message]:
        return [m for m in self.shown if m.kind is kind]

    @property
    def texts(self) -> list[str]:
        return [m.text for m in self.shown if m.kind is not Kind.STATUS]

    @property
    def last(self) -> Message:
        assert self.shown, "nothing was shown"
        return self.shown[-1]

    def wait(
        self, qtbot: QtBot, kind: Kind | None = None, containing: str = "", timeout: int = 30_000
    ) -> Message:
        """The first message (of this kind, with this text) not yet taken: one already shown,
        or else the next one the notifier's `shown` signal brings."""

        def fits(m: Message) -> bool:
            return (kind is None or m.kind is kind) and containing in m.text

        for message in self.shown[self._taken :]:
            if fits(message):
                self._taken = self.shown.index(message) + 1
                return message
        with qtbot.waitSignal(self.notifier.shown, timeout=timeout, check_params_cb=fits):
            pass
        return self.wait(qtbot, kind, containing, timeout)

    def exported(self, qtbot: QtBot, timeout: int = 30_000) -> Path:
        """The workbook a statistics export says it wrote ("已导出：<path>", "Exported: <path>")."""
        text = self.wait(qtbot, Kind.INFORM, ".xlsx", timeout).text
        return Path(text.split("：", 1)[1] if "：" in text else text.split(": ", 1)[1])

    def clear(self) -> None:
        self.shown.clear()
        self._taken = 0


@pytest.fixture
def messages(app: AppContext) -> Messages:
    return Messages(app.notifier)


def shown_dialog(parent: QWidget, kind: type[D]) -> D:
    """The dialog of this type the page (or dialog) opened last and still shows."""
    found = [d for d in parent.findChildren(kind) if d.isVisible()]
    assert found, f"no {kind.__name__} is open"
    return found[-1]


@pytest.fixture
def units(window: MainWindow, places: Places) -> Units:
    """The mediation committee, stations and court disputes are handled at (the legal-aid
    tests define their own units)."""
    return add_units(window.app.store, places.district)


@pytest.fixture
def family(ctx_register: RegisterService, places: Places) -> dict[str, str]:
    """Two households: 张三's (with his wife) and 李四's."""
    reg = ctx_register
    zhang = reg.save_household(HouseholdDraft(places.micro, "工农路12号3幢101室")).primary_id
    reg.save_resident(
        ResidentDraft(
            zhang or "",
            "张三",
            idnumber.make("320602", date(1958, 6, 12), 11),
            "13812345678",
            "户主",
        )
    )
    reg.save_resident(ResidentDraft(zhang or "", "王梅", "", "", "配偶"))
    li = reg.save_household(HouseholdDraft(places.other_micro, "青年中路8号")).primary_id
    reg.save_resident(ResidentDraft(li or "", "李四", "", "13900001111", "户主"))
    return {"zhang": zhang or "", "li": li or ""}


@pytest.fixture
def ctx_register(app: AppContext) -> RegisterService:
    return app.register


def type_text(qtbot: QtBot, widget: object, text: str) -> None:
    """Type like a user: ASCII key by key; Chinese as an input method commits it (QTest cannot
    synthesise key events for non-Latin characters)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    for chunk in _runs(text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def _runs(text: str) -> list[str]:
    runs: list[str] = []
    for ch in text:
        if runs and runs[-1][-1].isascii() == ch.isascii():
            runs[-1] += ch
        else:
            runs.append(ch)
    return runs

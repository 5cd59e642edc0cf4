"""UI fixtures: the real window on a real (temporary) store, offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date

import pytest
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
from ui.tasks import Dispatcher

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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
    """Wait until every background read and write has come back (and a debounce has fired)."""
    qtbot.wait(1)
    qtbot.waitUntil(lambda: app.dispatcher.pending == 0, timeout=timeout)


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
            qtbot.keyClicks(widget, chunk)  # type: ignore[arg-type]
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

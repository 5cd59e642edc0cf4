"""Filter widgets set from code — a saved list restored, a record opened past the filter, names
loaded in the background — without each change re-running the page's search: their signals are
held while they are set, and the page searches once afterwards."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtWidgets import QComboBox


@contextmanager
def held(*widgets: QObject) -> Iterator[None]:
    """No signal from these widgets until the block ends."""
    blockers = [QSignalBlocker(widget) for widget in widgets]
    try:
        yield
    finally:
        for blocker in blockers:
            blocker.unblock()


def choose(combo: QComboBox, value: object, *, add: bool = False) -> None:
    """Select the item whose data is `value`, or the first (全部…) if none has it. With add=True
    a name the combo does not list yet (a saved list's mediator or visitor, before the names
    have loaded) is added first, so the saved choice is not lost."""
    if add and value and combo.findData(value) < 0:
        combo.addItem(str(value), value)
    combo.setCurrentIndex(max(0, combo.findData(value)))


def add_names(combo: QComboBox, names: Iterable[str]) -> None:
    """Names loaded in the background join the combo; what was chosen meanwhile stays chosen."""
    current = combo.currentData()
    with held(combo):
        for name in names:
            if combo.findData(name) < 0:
                combo.addItem(name, name)
        choose(combo, current)

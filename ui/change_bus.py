"""The change bus: after every successful write (ours or a sync's) it says what changed
(`Changes`), so every page refreshes only what it shows (Anki's OpChanges, ARCHITECTURE rule 13)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeBus(QObject):
    changed = Signal(object)  # Changes

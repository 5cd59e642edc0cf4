"""User-visible text from the Qt-free core.

The core cannot call Qt's tr(), so it marks its texts with QT_TRANSLATE_NOOP("core", ...):
pyside6-lupdate collects them into the .ts files, and the shell translates a Message when it
shows it (ui.i18n.render). The source language is Chinese: our users read it first. Templates
use str.format fields, filled after translation so word order can change per language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

CORE_CONTEXT = "core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    """A translatable template and the values that fill it."""

    template: str
    args: dict[str, Any] = field(default_factory=dict)

    def render(self, translate: Callable[[str], str] | None = None) -> str:
        text = translate(self.template) if translate else self.template
        return text.format(**self.args) if self.args else text

    def __str__(self) -> str:
        return self.render()


def msg(template: str, **args: Any) -> Message:
    return Message(template, args)

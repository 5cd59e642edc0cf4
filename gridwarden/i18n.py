"""User-visible text from the Qt-free core.

The core cannot call Qt's tr(), so it marks its texts with QT_TRANSLATE_NOOP("core", ...):
pyside6-lupdate collects them into the .ts files, and the shell translates a Message when it
shows it (ui.i18n.render). The source language is Chinese: our users read it first. Templates
use str.format fields, filled after translation so word order can change per language.

A field's value may itself be translatable: a Message (a vocabulary label is `msg(LABEL)`) or a
Listing (several items joined by the list separator of the language shown: 、 in Chinese, a
comma in English). Both are rendered with the same translation as the template around them, so
never pass `message.render()` (always Chinese) into another message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

CORE_CONTEXT = "core"


class Text(str):
    """A source text with Qt's disambiguation: one Chinese text that needs two translations
    (不予援助 the action "Refuse aid" and the status "Aid refused"). The shell passes the
    disambiguation to QCoreApplication.translate (ui.i18n.core_text)."""

    disambiguation: str = ""


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str = "") -> str:
    if not disambiguation:
        return text
    marked = Text(text)
    marked.disambiguation = disambiguation
    return marked


def disambiguation_of(text: str) -> str | None:
    """The disambiguation a core text was marked with (None: the text alone)."""
    return getattr(text, "disambiguation", "") or None


# Separators of running text, translated like any other text: "、" between the items of a list,
# "；" between clauses.
LIST_SEPARATOR = QT_TRANSLATE_NOOP("core", "、")
CLAUSE_SEPARATOR = QT_TRANSLATE_NOOP("core", "；")

Translate = Callable[[str], str]


@dataclass(frozen=True)
class Message:
    """A translatable template and the values that fill it."""

    template: str
    args: dict[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate | None = None) -> str:
        text = translate(self.template) if translate else self.template
        if not self.args:
            return text
        return text.format(**{name: _filled(v, translate) for name, v in self.args.items()})

    def __str__(self) -> str:
        return self.render()


@dataclass(frozen=True)
class Listing:
    """Items shown as one list inside a message: Messages (translated) or plain strings (names,
    numbers: shown as they are)."""

    items: tuple[Any, ...]
    separator: str = LIST_SEPARATOR

    def render(self, translate: Translate | None = None) -> str:
        between = translate(self.separator) if translate else self.separator
        return between.join(str(_filled(item, translate)) for item in self.items)

    def __str__(self) -> str:
        return self.render()

    def __bool__(self) -> bool:
        return bool(self.items)


def _filled(value: Any, translate: Translate | None) -> Any:
    if isinstance(value, Message | Listing):
        return value.render(translate)
    return value


def msg(template: str, **args: Any) -> Message:
    return Message(template, args)


def listing(items: Iterable[Any], separator: str = LIST_SEPARATOR) -> Listing:
    return Listing(tuple(items), separator)


def labels(vocabulary: dict[str, str], codes: Iterable[str]) -> Listing:
    """Codes of a vocabulary as a list of their translatable labels (an unknown code as is)."""
    return listing(msg(vocabulary[c]) if c in vocabulary else c for c in codes)

"""The English catalogue (resources/i18n/gridwarden_en.ts) is complete and safe to format:
every message translated, every translation with the same {fields} as its Chinese source (a
field lost or renamed would raise KeyError, or drop a value, when the text is filled in)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from string import Formatter

from gridwarden.paths import resource
from tests.conftest import present


@dataclass(frozen=True)
class CatalogueMessage:
    context: str
    source: str
    comment: str | None
    translation: str
    unfinished: bool


def read_catalogue() -> list[CatalogueMessage]:
    root = ET.parse(resource("i18n", "gridwarden_en.ts")).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = present(message.find("translation"))
            found.append(
                CatalogueMessage(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment"),
                    translation.text or "",
                    translation.get("type") in ("unfinished", "vanished", "obsolete"),
                )
            )
    return found


def fields(text: str) -> list[str]:
    return sorted(
        f"{name}:{spec}" for _, name, spec, _ in Formatter().parse(text) if name is not None
    )


def test_every_message_is_translated() -> None:
    messages = read_catalogue()
    assert len(messages) > 1000
    assert [m.source for m in messages if m.unfinished or not m.translation.strip()] == []


def test_every_translation_keeps_the_fields_of_its_source() -> None:
    wrong = [
        (m.context, m.source, m.translation)
        for m in read_catalogue()
        if fields(m.source) != fields(m.translation)
    ]
    assert wrong == []


def test_keyboard_accelerators_are_kept() -> None:
    """A menu title with an accelerator (文件(&F)) keeps one in English (&File)."""
    lost = [
        (m.source, m.translation)
        for m in read_catalogue()
        if "&" in m.source and m.translation.count("&") != 1
    ]
    assert lost == []


def test_english_has_no_chinese_words_but_names_and_examples() -> None:
    """Chinese left in a translation is a place name or an example of what users type (an
    address, a court reference, a regulation's title) or a term kept in brackets."""
    kept = {
        "e.g. 工农路12号工农花苑3幢1单元101室",
        "e.g. （2026）苏0602民诉前调1234号",
        "e.g. 南通市崇川区司法局",
    }
    mixed = [
        m.translation
        for m in read_catalogue()
        if any(ord(ch) in range(0x4E00, 0xA000) for ch in m.translation)
        and m.translation not in kept
        and not all(_bracketed_or_example(part) for part in _chinese_runs(m.translation))
    ]
    assert mixed == []


def _chinese_runs(text: str) -> list[tuple[str, str]]:
    """Each run of Chinese characters with the text just before it."""
    runs, start = [], None
    for i, ch in enumerate(text + " "):
        chinese = 0x4E00 <= ord(ch) < 0xA000
        if chinese and start is None:
            start = i
        elif not chinese and start is not None:
            runs.append((text[max(0, start - 5) : start], text[start:i]))
            start = None
    return runs


def _bracketed_or_example(run: tuple[str, str]) -> bool:
    before, _chinese = run
    return before.endswith(("(", "《", "e.g. ", "（")) or "e.g." in before

"""The English catalogue (resources/i18n/gridwarden_en.ts) is complete and safe to format:
every message translated, every translation with the same {fields} as its Chinese source (a
field lost or renamed would raise KeyError, or drop a value, when the text is filled in)."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from string import Formatter

from gridwarden.paths import resource
from scripts.update_translations import ROOT, TS, lupdate_command
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
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if message.get("numerus") == "yes" and not all(f.strip() for f in forms):
                forms = []  # a plural form left empty: unfinished
            found.append(
                CatalogueMessage(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment"),
                    " | ".join(forms)
                    if message.get("numerus") == "yes"
                    else translation.text or "",
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


def messages_of(path: Path) -> set[tuple[str, str, str]]:
    return {
        (context.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or "")
        for context in ET.parse(path).getroot().iter("context")
        for m in context.iter("message")
    }


def test_the_catalogue_is_current_with_the_code(tmp_path: Path) -> None:
    """The extractor run over today's code finds exactly the messages the catalogue holds: a
    text added, changed or removed in the code without `scripts/update_translations.py` fails
    here (and in `make test`), named."""
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    subprocess.run(
        [*lupdate_command(fresh), "-no-obsolete", "-silent"], cwd=ROOT, check=True, timeout=300
    )
    committed, extracted = messages_of(TS), messages_of(fresh)
    assert sorted(extracted - committed) == [], "not in the catalogue: run update_translations"
    assert sorted(committed - extracted) == [], "no longer in the code: run update_translations"


def test_plurals_and_disambiguation_are_translated_apart() -> None:
    """A counted message has its English singular and plural; one Chinese text with two
    meanings (不予援助: the action and the status) has two translations."""
    by_key = {(m.source, m.comment): m.translation for m in read_catalogue()}
    assert by_key[("%n 名申请人", None)] == "%n applicant | %n applicants"
    assert (by_key[("不予援助", "action")], by_key[("不予援助", None)]) == (
        "Refuse aid",
        "Aid refused",
    )

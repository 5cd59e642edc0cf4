"""Refresh the translation catalogue from the sources, then compile it.

    .venv/bin/python scripts/update_translations.py [--from OTHER.ts ...]

`--from` takes translations from other copies of the catalogue, for a merge of two branches
that both added messages: keep one side's file, then run this with the other side's
(`git show :3:resources/i18n/gridwarden_en.ts > theirs.ts`); the .qm is rebuilt, never merged.

pyside6-lupdate collects self.tr(...), QCoreApplication.translate(ctx, ...) and
QT_TRANSLATE_NOOP("core", ...) from gridwarden/ and ui/ into resources/i18n/gridwarden_en.ts
(Chinese source text; English translations are filled in with Qt Linguist or by hand), and
pyside6-lrelease compiles it to the .qm the app loads when the language is English.
Only those literal call names are recognised: do not alias them.
"""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "gridwarden_en.ts"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def reuse_translations(path: Path) -> int:
    """A new message whose source text is already translated in another context (a title moved
    from a page to the main window) takes that translation. Returns how many were filled."""
    text = path.read_text(encoding="utf-8")
    done = dict(
        re.findall(
            r'<source>([^<]*)</source>\s*<translation(?: type="(?:vanished|obsolete)")?>'
            r"([^<]+)</translation>",
            text,
        )
    )
    filled = 0

    def fill(match: re.Match[str]) -> str:
        nonlocal filled
        source, space = match.group(1), match.group(2)
        if source not in done:
            return match.group(0)
        filled += 1
        return f"<source>{source}</source>{space}<translation>{done[source]}</translation>"

    pattern = r'<source>([^<]*)</source>(\s*)<translation type="unfinished">[^<]*</translation>'
    updated = re.sub(pattern, fill, text)
    if filled:
        path.write_text(updated, encoding="utf-8")
    return filled


def translations_of(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, comment) → the finished <translation> element of each message."""
    found: dict[tuple[str, str, str], ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "obsolete"}:
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = translation
    return found


def take_translations(path: Path, others: list[Path]) -> int:
    """Fill unfinished messages of `path` from `others`: same context first, else same text."""
    known: dict[tuple[str, str, str], ET.Element] = {}
    for other in others:
        known.update(translations_of(other))
    by_text = {(source, comment): element for (_c, source, comment), element in known.items()}
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source, comment = message.findtext("source") or "", message.findtext("comment") or ""
            donor = known.get((name, source, comment)) or by_text.get((source, comment))
            if donor is None:
                continue
            message.remove(translation)
            message.append(copy.deepcopy(donor))
            filled += 1
    if filled:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def lupdate_command(ts: Path) -> list[str]:
    """The extractor over every source file of the app, into `ts` (the catalogue check in
    tests/unit/test_translations.py runs it into a copy)."""
    sources = sorted(
        str(p.relative_to(ROOT))
        for folder in ("gridwarden", "ui")
        for p in (ROOT / folder).rglob("*.py")
    )
    return [tool("pyside6-lupdate"), *sources, "-locations", "none", "-ts", str(ts)]


def main() -> int:
    others = (
        [Path(p) for p in sys.argv[sys.argv.index("--from") + 1 :]] if "--from" in sys.argv else []
    )
    lupdate = lupdate_command(TS)
    # first keeping texts that left the code (as "vanished"), so that a text which only moved
    # keeps its translation; then again without them
    subprocess.run(lupdate, cwd=ROOT, check=True)
    if others:
        print(f"    Took {take_translations(TS, others)} translation(s) from {len(others)} file(s)")
    reused = reuse_translations(TS)
    if reused:
        print(f"    Reused {reused} existing translation(s) for moved texts")
    subprocess.run([*lupdate, "-no-obsolete"], cwd=ROOT, check=True)
    subprocess.run(
        [tool("pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], cwd=ROOT, check=True
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

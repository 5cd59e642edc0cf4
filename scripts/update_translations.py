"""Refresh the translation catalogue from the sources, then compile it.

    .venv/bin/python scripts/update_translations.py

pyside6-lupdate collects self.tr(...), QCoreApplication.translate(ctx, ...) and
QT_TRANSLATE_NOOP("core", ...) from gridwarden/ and ui/ into resources/i18n/gridwarden_en.ts
(Chinese source text; English translations are filled in with Qt Linguist or by hand), and
pyside6-lrelease compiles it to the .qm the app loads when the language is English.
Only those literal call names are recognised: do not alias them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
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


def main() -> int:
    sources = sorted(
        str(p.relative_to(ROOT))
        for folder in ("gridwarden", "ui")
        for p in (ROOT / folder).rglob("*.py")
    )
    lupdate = [tool("pyside6-lupdate"), *sources, "-locations", "none", "-ts", str(TS)]
    # first keeping texts that left the code (as "vanished"), so that a text which only moved
    # keeps its translation; then again without them
    subprocess.run(lupdate, cwd=ROOT, check=True)
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

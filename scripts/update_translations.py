"""Refresh the translation catalogue from the sources, then compile it.

    .venv/bin/python scripts/update_translations.py

pyside6-lupdate collects self.tr(...), QCoreApplication.translate(ctx, ...) and
QT_TRANSLATE_NOOP("core", ...) from gridwarden/ and ui/ into resources/i18n/gridwarden_en.ts
(Chinese source text; English translations are filled in with Qt Linguist or by hand), and
pyside6-lrelease compiles it to the .qm the app loads when the language is English.
Only those literal call names are recognised: do not alias them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "gridwarden_en.ts"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def main() -> int:
    sources = sorted(
        str(p.relative_to(ROOT))
        for folder in ("gridwarden", "ui")
        for p in (ROOT / folder).rglob("*.py")
    )
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none", "-ts", str(TS)],
        cwd=ROOT,
        check=True,
    )
    subprocess.run(
        [tool("pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], cwd=ROOT, check=True
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

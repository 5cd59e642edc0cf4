"""How a legal-aid application's codes read on screen: its status and its matter. Apart from
the detail panel so the Today page's legal-aid sections (shown at start-up) need not import the
panel and its dialogs."""

from __future__ import annotations

from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_lifecycle as life
from ui import format as fmt
from ui.i18n import core_text


def status_text(code: str) -> str:
    return fmt.label(life.STATUS_LABELS, code)


def matter_text(code: str, limit: int = 18) -> str:
    matter = la.MATTER_TYPES.get(code)
    return fmt.one_line(core_text(matter.label), limit) if matter else code

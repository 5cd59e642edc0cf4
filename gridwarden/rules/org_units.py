"""Kinds of organisational unit where cases are handled (DOMAIN §3–4)."""

from __future__ import annotations

from gridwarden.i18n import QT_TRANSLATE_NOOP

ORG_UNIT_KINDS: dict[str, str] = {
    "micro_court": QT_TRANSLATE_NOOP("core", "网格微法庭"),
    "station": QT_TRANSLATE_NOOP("core", "矛盾纠纷调处工作站"),
    "committee": QT_TRANSLATE_NOOP("core", "人民调解委员会"),
    "court": QT_TRANSLATE_NOOP("core", "人民法院"),
    "legal_aid_window": QT_TRANSLATE_NOOP("core", "法律援助窗口"),
    "legal_aid_agency": QT_TRANSLATE_NOOP("core", "法律援助中心"),
    # A special workstation taking applications for a legal-aid agency: 巾帼 (women's),
    # 退役军人 (veterans'), 工会 (migrant workers') … (seed practice).
    "legal_aid_workstation": QT_TRANSLATE_NOOP("core", "法律援助工作站"),
}

"""Translation: Chinese source text, English from resources/i18n, core Messages rendered here."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gridwarden.i18n import CORE_CONTEXT, Listing, Message, disambiguation_of
from gridwarden.paths import resource

log = logging.getLogger("gridwarden.ui")

# The interface languages, each named in itself (a menu of languages is read by someone who may
# not read the current one). Chinese is the source language; English is resources/i18n.
LANGUAGES = {"zh_CN": "中文", "en": "English"}


def language_code(setting: str) -> str:
    """The LANGUAGES key a setting or --lang value stands for ("en_US" → "en")."""
    return "en" if setting.lower().startswith("en") else "zh_CN"


def core_text(text: str) -> str:
    """A core vocabulary label or template, translated."""
    return QCoreApplication.translate(CORE_CONTEXT, text, disambiguation_of(text))


def render(message: Message | Listing) -> str:
    return message.render(core_text)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Qt's own dialogs in the user's language, plus our English when asked for."""
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    if language.startswith("en"):
        ours = QTranslator(app)
        path = resource("i18n", "gridwarden_en.qm")
        if ours.load(str(path)):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("English translation %s not found; showing Chinese", path)
    english = language.startswith("en")
    QLocale.setDefault(
        QLocale(
            QLocale.Language.English if english else QLocale.Language.Chinese,
            QLocale.Country.UnitedStates if english else QLocale.Country.China,
        )
    )
    return installed

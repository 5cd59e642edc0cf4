"""Chinese must be legible (issue 12): the bundled open-licence CJK font (SIL OFL Noto Sans CJK,
packed by build.spec into the frozen build) is loaded first; otherwise an installed one is
picked; with none at all the user is told which package to install instead of seeing boxes."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from gridwarden.paths import resource

log = logging.getLogger("gridwarden.ui")

CJK_FONTS = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
    "Noto Sans SC",
]
FONT_SUFFIXES = (".ttc", ".ttf", ".otf")
BASE_POINTS = 10


def load_bundled_fonts() -> list[str]:
    """Register the fonts shipped in resources/fonts (the frozen build's); their families."""
    folder = resource("fonts")
    families: list[str] = []
    if not folder.is_dir():
        return families
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in FONT_SUFFIXES:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the bundled font %s", path.name)
            continue
        families += QFontDatabase.applicationFontFamilies(font_id)
        log.info("loaded the bundled font %s", path.name)
    return families


def pick_font(app: QApplication, available: list[str] | None = None) -> str | None:
    """Set the first CJK family present as the application font; None when there is none."""
    load_bundled_fonts()
    families = set(QFontDatabase.families() if available is None else available)
    for family in CJK_FONTS:
        if family in families:
            app.setFont(QFont(family, BASE_POINTS))
            return family
    log.warning("no CJK font found among %s; Chinese may not render", CJK_FONTS)
    return None


def missing_font_text() -> str:
    """English first: without a CJK font the Chinese lines below cannot be read."""
    return (
        "No Chinese font is installed, so Chinese text would show as empty boxes.\n\n"
        "Install one and restart GridWarden:\n"
        "  Debian / Ubuntu / 统信UOS / 麒麟:  sudo apt install fonts-noto-cjk\n"
        "  Fedora / openEuler:  sudo dnf install google-noto-sans-cjk-fonts\n"
        "  Arch:  sudo pacman -S noto-fonts-cjk\n\n"
        "未安装中文字体，中文会显示为方框。请安装 fonts-noto-cjk（思源黑体 / Noto Sans CJK）后重新"
        "启动程序。"
    )


def warn_missing_font(parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Warning, "GridWarden: no Chinese font", missing_font_text(), parent=parent
    )
    box.open()
    return box

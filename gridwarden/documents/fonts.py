"""Finding a Chinese font to embed in PDFs.

PDFs embed a subset of the font, so they print the same everywhere. We look for a Song/Ming
(serif) face first, as official documents use, then a sans face. A configured path wins. In a
font collection (.ttc) we pick the Simplified Chinese face by its name.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

from gridwarden.errors import StorageError
from gridwarden.i18n import QT_TRANSLATE_NOOP, msg

CANDIDATES = [
    # Debian/Ubuntu (fonts-noto-cjk), then other Linux packages
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-{weight}.ttc",
    "/usr/share/fonts/noto-cjk/NotoSerifCJK-{weight}.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-{weight}.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    # Windows
    "C:/Windows/Fonts/simsun.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    # macOS
    "/System/Library/Fonts/Supplemental/Songti.ttc",
    "/System/Library/Fonts/PingFang.ttc",
]


@dataclass(frozen=True)
class FontFace:
    path: Path
    index: int  # face number inside a .ttc collection (0 for a single font)


def _sc_index(path: Path) -> int:
    if path.suffix.lower() != ".ttc":
        return 0
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(path), lazy=True)
    for index, font in enumerate(collection.fonts):
        name = str(font["name"].getDebugName(4) or "")
        if name.endswith((" SC", " SC Regular", " SC Bold")) or "简" in name or "SimSun" in name:
            return index
    return 0


@functools.cache
def find_face(weight: str = "Regular", configured: str | None = None) -> FontFace:
    chosen = configured or os.environ.get("GRIDWARDEN_DOCUMENT_FONT")
    paths = [Path(chosen)] if chosen else [Path(c.format(weight=weight)) for c in CANDIDATES]
    for path in paths:
        if path.is_file():
            return FontFace(path, _sc_index(path))
    if weight != "Regular":
        return find_face("Regular", configured)
    raise StorageError(
        msg(
            QT_TRANSLATE_NOOP(
                "core",
                "未找到可嵌入的中文字体，无法生成 PDF。请安装 Noto CJK 字体（Debian：fonts-noto-cjk）"
                "或在设置中指定字体文件；DOCX 仍可生成。",
            )
        )
    )

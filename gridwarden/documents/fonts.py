"""Finding a Chinese font to embed in PDFs, and cutting it down to what a document uses.

PDFs embed a subset of the font, so they print the same everywhere. We look for a Song/Ming
(serif) face first, as official documents use, then a sans face. A configured path wins. In a
font collection (.ttc) we pick the Simplified Chinese face by its name.

A CJK face holds 40,000+ characters in a 26 MB collection: fpdf2 parsing it (its cmap and the
widths of 65,535 glyphs) and then subsetting it in Python took 2.5-5 s per PDF. `CjkFonts` first
cuts the face down in HarfBuzz's C subsetter (about 50 ms) to the characters the document uses
plus the common marks, so fpdf2 parses and subsets a font of a few hundred glyphs. Every
character the face has still prints: a character the document asked for that the subset lacked
is added and the document laid out again (`CjkFonts.grow`).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gridwarden.errors import StorageError
from gridwarden.i18n import QT_TRANSLATE_NOOP, msg

if TYPE_CHECKING:
    from fpdf import FPDF

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


# Always in the subset: ASCII, general punctuation (— … ‰ ※), CJK marks (、。〔〕「」《》　),
# fullwidth forms (，：；（）＿): page numbers, rules and fixed texts need them.
COMMON = frozenset(
    [*range(0x20, 0x7F), *range(0x2010, 0x2060), *range(0x3000, 0x3040), *range(0xFF00, 0xFFF0)]
)
FAMILY = "cjk"


@functools.cache
def _hb_face(path: Path, index: int) -> Any:
    """The face, opened once per process (HarfBuzz maps the file; faces are safe to share
    between threads)."""
    import uharfbuzz as hb

    return hb.Face(hb.Blob.from_file_path(str(path)), index)


@functools.cache
def _coverage(path: Path, index: int) -> frozenset[int]:
    return frozenset(_hb_face(path, index).unicodes)


# Tables fpdf2 neither reads nor embeds: it lays text out by the cmap alone (no shaping: no
# GSUB/GPOS/GDEF/BASE/JSTF/MATH, whose layout closure also pulled ~140 unused vertical and
# regional variant glyphs into the cut), horizontally (no vhea/vmtx/VORG), and of a CFF face it
# embeds the CFF table only.
UNUSED_TABLES = ("GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "VORG", "vhea", "vmtx")


def _tag(name: str) -> int:
    return int.from_bytes(name.encode("ascii"), "big")


def subset_font(face: FontFace, codepoints: Iterable[int]) -> bytes:
    """The face cut down to `codepoints` (those it has), as an OpenType font file.

    fpdf2 subsets it again with fontTools when it writes the PDF (it has no option to skip
    that), which costs in proportion to the charstrings it walks. A CFF face is therefore cut
    without subroutines: fontTools then reads each kept glyph once, instead of following its
    subroutine calls and renumbering the subroutines it keeps, and the embedded font comes out
    no larger (a notice uses a hundred-odd glyphs, too few for subroutines to pay). The outlines
    are the same (test_documents: the pages render pixel for pixel as before)."""
    import uharfbuzz as hb

    wanted = hb.SubsetInput()
    wanted.unicode_set.update(set(codepoints) & _coverage(face.path, face.index))
    wanted.flags = hb.SubsetFlags.DESUBROUTINIZE
    for table in UNUSED_TABLES:
        wanted.drop_table_tag_set.add(_tag(table))
    subset = hb.subset(_hb_face(face.path, face.index), wanted)
    if subset is None:  # pragma: no cover - HarfBuzz failed on a damaged font
        return face.path.read_bytes()
    return bytes(subset.blob.data)


class CjkFonts:
    """The regular and bold faces as family "cjk" of a PDF, cut down to the characters of
    `text` and COMMON. The cut fonts are written to `directory` (a private temporary folder
    the caller removes) because fpdf2 reads fonts from files."""

    def __init__(self, directory: Path, text: str) -> None:
        self.directory = directory
        self.faces = {"": find_face("Regular"), "B": find_face("Bold")}
        self.codepoints = set(COMMON) | {ord(c) for c in text}
        self._files: dict[str, Path] = {}
        self._cut = 0

    def add_to(self, pdf: FPDF) -> None:
        from fpdf.fonts import TTFFont

        for style, face in self.faces.items():
            path = self._files.get(style)
            if path is None:
                path = self.directory / f"cjk{style}-{self._cut}.otf"
                path.write_bytes(subset_font(face, self.codepoints))
                self._files[style] = path
            pdf.add_font(FAMILY, style, str(path))
            # the subset keeps the face's bounding box, which holds every glyph: measuring
            # each glyph's outline again when fpdf2 saves its subset took half the output time
            added = pdf.fonts[f"{FAMILY}{style}"]
            if isinstance(added, TTFFont):
                added.ttfont.recalcBBoxes = False

    def grow(self, pdf: FPDF) -> bool:
        """After laying `pdf` out: add the characters it asked for that the subset lacked but
        the face has. True when it did (lay the document out again); a character no face has
        stays missing, as with the whole font."""
        asked = {c for font in pdf.fonts.values() for c in getattr(font, "missing_glyphs", [])}
        have = frozenset().union(*(_coverage(f.path, f.index) for f in self.faces.values()))
        new = (asked & have) - self.codepoints
        if not new:
            return False
        self.codepoints |= new
        self._files.clear()
        self._cut += 1
        return True


def close_fonts(pdf: FPDF) -> None:
    """Let go of the font files fpdf2 keeps open (so the temporary folder can be removed)."""
    for font in pdf.fonts.values():
        ttfont = getattr(font, "ttfont", None)
        if ttfont is not None:
            ttfont.close()

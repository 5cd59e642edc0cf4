"""Fill a template, then write the blocks as PDF (fpdf2) and DOCX (python-docx).

Layout follows GB/T 9704 (公文格式) loosely: A4, margins 37/26/35/28 mm (top/right/bottom/left),
a Song (serif) face, the title centred in a larger bold size, body paragraphs with a two-
character first-line indent, page numbers "— n —" at the foot.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from gridwarden.documents import markup
from gridwarden.documents.fonts import find_face
from gridwarden.documents.markup import Block, Document
from gridwarden.paths import resource

TOP, RIGHT, BOTTOM, LEFT = 37.0, 26.0, 35.0, 28.0  # mm
BODY_PT, TITLE_PT, HEADING_PT, TABLE_PT = 15, 22, 16, 12
INDENT = "\u3000\u3000"  # two ideographic spaces: the first-line indent of Chinese prose
SIGN_LINE = "＿" * 7
DATE_LINE = "　　年　月　日"


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resource("templates"))),
        undefined=jinja2.StrictUndefined,  # a field the code forgot is an error, not a blank
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def build(template: str, context: Mapping[str, Any]) -> Document:
    """Fill resources/templates/<template>.txt and parse the result into blocks."""
    text = _environment().get_template(f"{template}.txt").render(**context)
    return markup.parse(text)


# --- PDF --------------------------------------------------------------------------------------
# Line pitches to try, widest first: when the seal or the signatures do not fit under the last
# lines of text, the lines close up a little rather than leave them alone on a page (GB/T 9704
# 7.3.5.1: 调整行距、字距 so that the seal stays with the text).
LINE_PITCHES = (9.0, 8.2, 7.4)
SEAL_MM = 42.0
MAX_SPREAD = 0.35  # justification stretches a line by at most this much of a character


def write_pdf(doc: Document, path: Path) -> None:
    for pitch in LINE_PITCHES:
        pdf, closing_alone = _layout(doc, pitch)
        if not closing_alone:
            break
    _atomic_write(path, lambda tmp: pdf.output(str(tmp)))


def _layout(doc: Document, line_mm: float) -> tuple[Any, bool]:
    """Lay the blocks out at this line pitch; say whether the seal or the signatures had to
    start a page of their own."""
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    regular, bold = find_face("Regular"), find_face("Bold")

    class _Pdf(FPDF):
        def footer(self) -> None:
            self.set_y(-BOTTOM + 12)
            self.set_font("cjk", size=14)
            self.cell(0, 8, f"— {self.page_no()} —", align="C")

    pdf = _Pdf(format="A4", unit="mm")
    pdf.set_margins(LEFT, TOP, RIGHT)
    pdf.set_auto_page_break(True, margin=BOTTOM)
    pdf.add_font("cjk", "", str(regular.path), collection_font_number=regular.index)
    pdf.add_font("cjk", "B", str(bold.path), collection_font_number=bold.index)
    pdf.set_title(doc.title)
    pdf.set_creator("GridWarden 网格管家")
    pdf.add_page()
    width = pdf.epw - 2 * pdf.c_margin  # what a line of text may fill
    closing_alone = False

    def starts_page(height: float) -> bool:
        """Start a page when `height` does not fit; say whether text stood above it."""
        if pdf.get_y() + height <= pdf.h - BOTTOM:
            return False
        above = pdf.get_y() > TOP + 1
        pdf.add_page()
        return above

    def line(t: str, height: float, align: str, justify: bool) -> None:
        """One line already broken: closing marks past `width` hang in the margin; a justified
        line is spread to the margin by character spacing (两端对齐)."""
        body = t
        while body and body[-1] in NO_LINE_START and pdf.get_string_width(body) > width:
            body = body[:-1]  # the hanging marks
        gap = width - pdf.get_string_width(body)
        if justify and len(body) > 1 and 0 < gap <= MAX_SPREAD * pdf.font_size * len(body):
            pdf.set_char_spacing(gap / (len(body) - 1))
        cell_width = pdf.epw if align in ("C", "R") else 0
        shown = "L" if align == "J" else align
        pdf.cell(cell_width, height, t, align=shown, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_char_spacing(0)

    def text(
        t: str,
        size: int,
        style: str = "",
        align: str = "L",
        height: float = line_mm,
        before: float = 0.0,
    ) -> None:
        pdf.set_font("cjk", style, size)
        if before:
            pdf.ln(before)
        for paragraph in t.split("\n"):
            lines = break_lines(paragraph, width, pdf.get_string_width)
            for i, one in enumerate(lines):
                line(one, height, align, justify=align == "J" and i < len(lines) - 1)

    blocks = list(doc.blocks)
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        if block.kind == markup.TITLE:
            text(block.text, TITLE_PT, "B", "C", 13, before=2)
            pdf.ln(4)
        elif block.kind == markup.HEADING:
            text(block.text, HEADING_PT, "B", before=2)
        elif block.kind == markup.RIGHT:
            text(block.text, BODY_PT, align="R")
        elif block.kind == markup.LINE:
            text(block.text, BODY_PT)
        elif block.kind == markup.PARA:
            text(INDENT + block.text, BODY_PT, align="J")
        elif block.kind == markup.TABLE:
            _table(pdf, block.rows, width)
        elif block.kind == markup.SIGNATURES:
            pdf.ln(3)
            closing_alone = closing_alone or starts_page(12.0 * len(block.items))
            for label in block.items:
                text(f"{label}：{SIGN_LINE}　{DATE_LINE}", BODY_PT, height=12)
        elif block.kind == markup.SEAL:
            # The seal presses on the name and the date under it (GB/T 9704 7.3.5.1): the
            # right-aligned lines that follow are printed inside it.
            inside = [block.text]
            while index < len(blocks) and blocks[index].kind == markup.RIGHT and len(inside) < 3:
                inside.append(blocks[index].text)
                index += 1
            closing_alone = closing_alone or starts_page(SEAL_MM + 4)
            pdf.set_font("cjk", "", BODY_PT)
            right = LEFT + pdf.epw - pdf.c_margin
            middle = right - max(pdf.get_string_width(t) for t in inside) / 2
            x = min(middle - SEAL_MM / 2, pdf.w - RIGHT - SEAL_MM / 2)
            y = pdf.get_y() + 2
            pdf.set_draw_color(180, 0, 0)
            pdf.ellipse(x, y, SEAL_MM, SEAL_MM)
            pdf.set_draw_color(0, 0, 0)
            pdf.set_y(y + SEAL_MM / 2 - 4 * len(inside))
            for caption in inside:
                pdf.cell(pdf.epw, 8, caption, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_y(y + SEAL_MM)
        elif block.kind == markup.PAGEBREAK:
            pdf.add_page()
    return pdf, closing_alone


def _table(pdf: Any, rows: list[list[str]], width: float) -> None:
    """A ruled table: narrow columns (a 序号) as wide as their text, the rest share the line;
    cell text breaks like body text (no closing mark first on a line)."""
    from fpdf.enums import WrapMode

    pdf.set_font("cjk", size=TABLE_PT)
    pad = 2 * pdf.c_margin + 2
    columns = max(len(r) for r in rows)
    natural = [
        max(pdf.get_string_width(r[c]) if c < len(r) else 0.0 for r in rows) + pad
        for c in range(columns)
    ]
    share = width / columns
    fixed = {c: w for c, w in enumerate(natural) if w <= share}
    rest = width - sum(fixed.values())
    loose = sum(w for c, w in enumerate(natural) if c not in fixed) or 1.0
    widths = [fixed.get(c, rest * natural[c] / loose) for c in range(columns)]
    if len(fixed) == columns:  # everything fits: the last column takes the rest
        widths[-1] += width - sum(widths)
    pdf.ln(1)
    with pdf.table(
        width=pdf.epw,
        col_widths=widths,
        line_height=7,
        first_row_as_headings=False,
        wrapmode=WrapMode.CHAR,
    ) as table:
        for cells in rows:
            row = table.row()
            for c, cell in enumerate(cells):
                inner = widths[c] - pad
                row.cell("\n".join(break_lines(cell, inner, pdf.get_string_width, hang=False)))
    pdf.ln(2)


# Characters that must not begin a line (避头) or end one (避尾), after GB/T 15834 practice.
NO_LINE_START = set("，。、；：？！）》」』】〕’”…—·,.;:?!)%")
NO_LINE_END = set("（《「『【〔‘“(")
_UNBREAKABLE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,:/@%+\-]*|.", re.DOTALL)


def break_lines(
    text: str, width: float, measure: Callable[[str], float], hang: bool = True
) -> list[str]:
    """Break Chinese text into lines of at most `width`: between any two Chinese characters,
    never inside a number or a Latin word (ID numbers, amounts, case numbers stay whole), never
    with closing punctuation first on a line or an opening mark last. A closing mark that does
    not fit hangs past the margin (标点悬挂); with `hang=False` (a table cell, which has no
    margin) the character before it goes down with it instead."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line: list[str] = []  # tokens
        for token in _UNBREAKABLE.findall(paragraph):
            fits = measure("".join(line) + token) <= width + 1e-6
            if not line or fits or (hang and token[0] in NO_LINE_START):
                line.append(token)
                continue
            carried = [token]
            if token[0] in NO_LINE_START and len(line) > 1:
                carried.insert(0, line.pop())  # 避头: the mark takes a character along
            if len(line) > 1 and line[-1][-1] in NO_LINE_END:
                carried.insert(0, line.pop())  # an opening mark goes down with its text
            lines.append("".join(line))
            line = carried
        lines.append("".join(line))
    return lines


# --- DOCX -------------------------------------------------------------------------------------
def write_docx(doc: Document, path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(TOP), Mm(BOTTOM)
    section.left_margin, section.right_margin = Mm(LEFT), Mm(RIGHT)
    normal = document.styles["Normal"]
    normal.font.name = "SimSun"
    normal.font.size = Pt(BODY_PT)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    document.core_properties.title = doc.title
    document.core_properties.author = "GridWarden 网格管家"

    def paragraph(
        t: str,
        size: int = BODY_PT,
        bold: bool = False,
        align: Any = WD_ALIGN_PARAGRAPH.LEFT,
        indent: bool = False,
    ) -> Any:
        p = document.add_paragraph()
        p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt(size * 2)
        run = p.add_run(t)
        run.bold = bold
        run.font.size = Pt(size)
        return p

    for block in doc.blocks:
        if block.kind == markup.TITLE:
            paragraph(block.text, TITLE_PT, True, WD_ALIGN_PARAGRAPH.CENTER)
        elif block.kind == markup.HEADING:
            paragraph(block.text, HEADING_PT, True)
        elif block.kind == markup.RIGHT:
            paragraph(block.text, align=WD_ALIGN_PARAGRAPH.RIGHT)
        elif block.kind == markup.LINE:
            paragraph(block.text)
        elif block.kind == markup.PARA:
            paragraph(block.text, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)
        elif block.kind == markup.TABLE:
            columns = max(len(r) for r in block.rows)
            table = document.add_table(rows=len(block.rows), cols=columns)
            table.style = "Table Grid"
            for r, cells in enumerate(block.rows):
                for c, cell in enumerate(cells):
                    table.cell(r, c).text = cell
                    for run in table.cell(r, c).paragraphs[0].runs:
                        run.font.size = Pt(TABLE_PT)
        elif block.kind == markup.SIGNATURES:
            for label in block.items:
                paragraph(f"{label}：{SIGN_LINE}　{DATE_LINE}")
        elif block.kind == markup.SEAL:
            box = document.add_table(rows=1, cols=1)
            box.style = "Table Grid"
            box.alignment = 2  # right
            box.cell(0, 0).width = Mm(45)
            box.cell(0, 0).text = f"\n{block.text}\n"
        elif block.kind == markup.PAGEBREAK:
            document.add_page_break()
    # page number field in the footer: — PAGE —
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("— ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    footer._p.append(field)
    footer.add_run(" —")
    _atomic_write(path, lambda tmp: document.save(str(tmp)))


# --- both -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Exported:
    pdf: Path
    docx: Path


def export(doc: Document, folder: Path, basename: str) -> Exported:
    folder.mkdir(parents=True, exist_ok=True)
    safe = "".join(ch for ch in basename if ch not in '\\/:*?"<>|').strip() or "document"
    pdf, docx_path = folder / f"{safe}.pdf", folder / f"{safe}.docx"
    write_docx(doc, docx_path)
    write_pdf(doc, pdf)
    return Exported(pdf, docx_path)


def _atomic_write(path: Path, save: Callable[[Path], Any]) -> None:
    """Write to a temporary file beside the target, then rename: never half a document."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".writing-", suffix=path.suffix)
    os.close(fd)
    try:
        save(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def blocks_of(doc: Document, kind: str) -> list[Block]:
    return [b for b in doc.blocks if b.kind == kind]

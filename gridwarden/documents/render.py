"""Fill a template, then write the blocks as PDF (documents.pdf, fpdf2) and DOCX (python-docx).

Layout follows GB/T 9704 (公文格式) loosely (documents.page): A4, margins 37/26/35/28 mm, a Song
(serif) face, the title centred in a larger bold size, body paragraphs with a two-character
first-line indent, page numbers "— n —" at the foot.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gridwarden.documents import markup, page
from gridwarden.documents.lines import break_lines
from gridwarden.documents.markup import Block, Document
from gridwarden.documents.pdf import write_pdf
from gridwarden.paths import resource

__all__ = ["Exported", "blocks_of", "break_lines", "build", "export", "write_docx", "write_pdf"]


if TYPE_CHECKING:
    import jinja2


def _environment() -> jinja2.Environment:
    import jinja2  # imported here: only documents need it

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
    section.top_margin, section.bottom_margin = Mm(page.TOP), Mm(page.BOTTOM)
    section.left_margin, section.right_margin = Mm(page.LEFT), Mm(page.RIGHT)
    normal = document.styles["Normal"]
    normal.font.name = "SimSun"
    normal.font.size = Pt(page.BODY_PT)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    document.core_properties.title = doc.title
    document.core_properties.author = "GridWarden 网格管家"

    def paragraph(
        t: str,
        size: int = page.BODY_PT,
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

    # the closing of each part stays together (Word keeps a paragraph with the next one)
    together = {
        i for start, end in page.closing_groups(doc.blocks).items() for i in range(start, end - 1)
    }
    for index, block in enumerate(doc.blocks):
        before = len(document.paragraphs)
        if block.kind == markup.TITLE:
            paragraph(block.text, page.TITLE_PT, True, WD_ALIGN_PARAGRAPH.CENTER)
        elif block.kind == markup.HEADING:
            paragraph(block.text, page.HEADING_PT, True)
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
                        run.font.size = Pt(page.TABLE_PT)
                        run.bold = block.header and r == 0
            if block.header:  # the heading row repeats on every page the table runs over
                heading = OxmlElement("w:tblHeader")
                heading.set(qn("w:val"), "true")
                table.rows[0]._tr.get_or_add_trPr().append(heading)
        elif block.kind == markup.SIGNATURES:
            for label in block.items:
                paragraph(f"{label}：{page.SIGN_LINE}　{page.DATE_LINE}")
        elif block.kind == markup.SEAL:
            box = document.add_table(rows=1, cols=1)
            box.style = "Table Grid"
            box.alignment = 2  # right
            box.cell(0, 0).width = Mm(45)
            box.cell(0, 0).text = f"\n{block.text}\n"
        elif block.kind == markup.PAGEBREAK:
            document.add_page_break()
        if index in together:
            for added in document.paragraphs[before:]:
                added.paragraph_format.keep_with_next = True
    # page number field in the footer: — PAGE —
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("— ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    footer._p.append(field)
    footer.add_run(" —")
    page.atomic_write(path, lambda tmp: document.save(str(tmp)))


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


def blocks_of(doc: Document, kind: str) -> list[Block]:
    return [b for b in doc.blocks if b.kind == kind]

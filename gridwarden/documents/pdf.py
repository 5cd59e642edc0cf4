"""The blocks as a PDF (fpdf2, the CJK face embedded): lines broken by documents.lines, table
columns as wide as their content needs (an ID number or a time never splits), the closing of each
part kept on one page, and the seal box stamped over the 落款 (the unit and the date under it,
"骑年盖月") instead of on a line of its own."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from gridwarden.documents import markup
from gridwarden.documents.fonts import CjkFonts, close_fonts
from gridwarden.documents.lines import NO_LINE_START, break_lines, longest_word
from gridwarden.documents.markup import Block, Document
from gridwarden.documents.page import (
    BODY_PT,
    BOTTOM,
    DATE_LINE,
    HEADING_PT,
    INDENT,
    LEFT,
    RIGHT,
    SIGN_LINE,
    TABLE_PT,
    TITLE_PT,
    TOP,
    atomic_write,
    closing_groups,
)

LINE_MM, SIGN_MM, TABLE_LINE_MM = 9.0, 12.0, 7.0
PITCHES = (LINE_MM, 8.2, 7.4, 6.8)
SEAL_MM = 42.0  # a 4.2 cm official seal
SEAL_GAP_MM = 2.0
CELL_PAD = 1.5  # mm, left and right of a table cell's text
POINT_MM = 25.4 / 72  # fpdf2's character spacing is in points


def column_widths(
    rows: list[list[str]], width: float, measure: Callable[[str], float]
) -> list[float]:
    """Widths (mm) summing to `width`: each column gets what its longest cell needs when the
    table allows; otherwise at least its longest unbreakable run, the rest shared by need."""
    columns = max(len(r) for r in rows)
    cells = [[r[c] if c < len(r) else "" for r in rows] for c in range(columns)]
    pad = 2 * CELL_PAD + 1.0  # the text, its padding, the rule and a little air
    natural = [max(measure(t) for t in col) + pad for col in cells]
    # never split a number, nor a short cell (申请人, a name, an amount in capitals)
    least = [
        max(longest_word(t, measure) if len(t) > 8 else measure(t) for t in col) + pad
        for col in cells
    ]
    if sum(natural) <= width:
        spare = width - sum(natural)
        return [n + spare * n / sum(natural) for n in natural]
    if sum(least) >= width:
        return [n * width / sum(least) for n in least]
    spare, want = width - sum(least), [n - m for n, m in zip(natural, least, strict=True)]
    return [m + spare * w / sum(want) for m, w in zip(least, want, strict=True)]


class _Writer:
    def __init__(self, doc: Document, fonts: CjkFonts, line: float = LINE_MM) -> None:
        from fpdf import FPDF

        class _Pdf(FPDF):
            def footer(self) -> None:
                self.set_y(-BOTTOM + 12)
                self.set_font("cjk", size=14)
                self.cell(0, 8, f"— {self.page_no()} —", align="C")

        pdf = _Pdf(format="A4", unit="mm")
        pdf.set_margins(LEFT, TOP, RIGHT)
        pdf.set_auto_page_break(True, margin=BOTTOM)
        fonts.add_to(pdf)
        pdf.set_title(doc.title)
        pdf.set_creator("GridWarden 网格管家")
        pdf.add_page()
        self.pdf, self.doc, self.width, self.line = pdf, doc, pdf.epw, line
        self.fonts = fonts
        self.closing_pushed = False  # the last closing started a page of its own
        self.redo = False  # the font subset lacked a character: lay out again with it

    # --- measuring (to keep the closing on one page) -----------------------------------------
    def _lines(self, text: str, size: int, style: str = "") -> list[str]:
        self.pdf.set_font("cjk", style, size)
        return break_lines(text, self.width, self.pdf.get_string_width)

    def signature_lines(self, label: str) -> list[str]:
        """A signature line; a label too long for it (a company's full name) stands on its own
        line with the rule and the date under it, never the date alone."""
        self.pdf.set_font("cjk", "", BODY_PT)
        one = f"{label}：{SIGN_LINE}　{DATE_LINE}"
        if self.pdf.get_string_width(one) <= self.width:
            return [one]
        return [f"{label}：", f"{INDENT}{SIGN_LINE}　{DATE_LINE}"]

    def height(self, block: Block) -> float:
        if block.kind == markup.SIGNATURES:
            lines = [len(self.signature_lines(label)) for label in block.items]
            return 3 + SIGN_MM * len(lines) + self.line * (sum(lines) - len(lines))
        if block.kind == markup.SEAL:
            return SEAL_MM + 2 * SEAL_GAP_MM
        if block.kind == markup.PARA:
            return self.line * len(self._lines(INDENT + block.text, BODY_PT))
        if block.kind in (markup.LINE, markup.RIGHT):
            return self.line * len(self._lines(block.text, BODY_PT))
        return 0.0

    def group_height(self, group: list[Block]) -> float:
        total, under_seal = 0.0, False
        for block in group:
            under_seal = block.kind == markup.SEAL or (under_seal and block.kind == markup.RIGHT)
            if not (under_seal and block.kind == markup.RIGHT):  # drawn within the seal
                total += self.height(block)
        return total

    # --- writing -----------------------------------------------------------------------------
    def render(self) -> bytes:
        pdf, blocks = self.pdf, self.doc.blocks
        groups = closing_groups(blocks)
        index = 0
        while index < len(blocks):
            block = blocks[index]
            if index in groups:
                need = self.group_height(blocks[index : groups[index]])
                room = pdf.page_break_trigger - pdf.get_y()
                if need > room and need <= pdf.page_break_trigger - TOP:
                    pdf.add_page()
                    # the last part's closing moved to a page of its own
                    self.closing_pushed = not any(
                        b.kind == markup.PAGEBREAK for b in blocks[index:]
                    )
            if block.kind == markup.HEADING and index + 1 < len(blocks):
                # a heading keeps with (up to two lines of) what it heads
                follows = self.height(blocks[index + 1]) or 2 * self.line
                if (
                    pdf.get_y() + 2 + self.line + min(follows, 2 * self.line)
                    > pdf.page_break_trigger
                ):
                    pdf.add_page()
            if block.kind == markup.SEAL:
                after = index + 1
                while after < len(blocks) and blocks[after].kind == markup.RIGHT:
                    after += 1  # the 落款 lines the seal is stamped over
                self.seal(block.text, [b.text for b in blocks[index + 1 : after]])
                index = after
                continue
            self.block(block)
            index += 1
        if self.fonts.grow(pdf):
            self.redo = True
            close_fonts(pdf)
            return b""
        try:
            return bytes(pdf.output())
        finally:
            close_fonts(pdf)

    def text(
        self, t: str, size: int, style: str = "", align: str = "L", height: float | None = None
    ) -> None:
        """Lines exactly as break_lines made them, one cell each: nothing is wrapped again, so
        a full line never loses its last character to the next line, and closing punctuation
        hangs past the margin (标点悬挂). Chinese prose needs no stretching to fill a line."""
        pdf = self.pdf
        height = self.line if height is None else height
        margin, pdf.c_margin = pdf.c_margin, 0
        lines = self._lines(t, size, style)
        for number, line in enumerate(lines, start=1):
            used = pdf.get_string_width(line)
            if pdf.get_y() + height > pdf.page_break_trigger:
                pdf.add_page()
            offset = {"R": self.width - used, "C": (self.width - used) / 2}.get(align, 0.0)
            pdf.set_x(LEFT + max(offset, 0.0))
            if align == "J" and number < len(lines):  # 两端对齐: every line but the last
                pdf.set_char_spacing(self._spacing(line, used))
            pdf.cell(used, height, line)
            pdf.set_char_spacing(0)
            pdf.ln(height)
        pdf.c_margin = margin

    def _spacing(self, line: str, used: float) -> float:
        """Character spacing (points) that makes `line` end at the right margin, a hanging
        mark past it; none where a line was cut short (a number went down whole)."""
        hang = self.pdf.get_string_width(line[-1]) if line[-1] in NO_LINE_START else 0.0
        gaps = len(line) - 1
        extra = self.width + hang - used
        if gaps <= 0 or extra <= 0 or extra / gaps > 1.2:
            return 0.0
        return extra / gaps / POINT_MM

    def block(self, block: Block) -> None:
        pdf = self.pdf
        if block.kind == markup.TITLE:
            pdf.ln(2)
            self.text(block.text, TITLE_PT, "B", "C", 13)
            pdf.ln(4)
        elif block.kind == markup.HEADING:
            pdf.ln(2)
            self.text(block.text, HEADING_PT, "B")
        elif block.kind == markup.RIGHT:
            self.text(block.text, BODY_PT, align="R")
        elif block.kind == markup.LINE:
            self.text(block.text, BODY_PT)
        elif block.kind == markup.PARA:
            self.text(INDENT + block.text, BODY_PT, align="J")
        elif block.kind == markup.TABLE:
            self.table(block)
        elif block.kind == markup.SIGNATURES:
            pdf.ln(3)
            for label in block.items:
                *head, line = self.signature_lines(label)
                for text in head:
                    self.text(text, BODY_PT)
                self.text(line, BODY_PT, height=SIGN_MM)
        elif block.kind == markup.PAGEBREAK:
            pdf.add_page()

    def table(self, block: Block) -> None:
        from fpdf.enums import WrapMode

        pdf = self.pdf
        pdf.set_font("cjk", size=TABLE_PT)
        measure = pdf.get_string_width
        widths = column_widths(block.rows, self.width, measure)
        pdf.ln(1)
        with pdf.table(
            width=self.width,
            col_widths=widths,
            line_height=TABLE_LINE_MM,
            first_row_as_headings=block.header,
            repeat_headings=1,
            text_align="LEFT",
            padding=(0.8, CELL_PAD),
            wrapmode=WrapMode.CHAR,
        ) as table:
            for cells in block.rows:
                row = table.row()
                for column, cell in enumerate(cells):
                    inner = widths[column] - 2 * CELL_PAD - 0.5
                    row.cell("\n".join(break_lines(cell, inner, measure)))
        pdf.ln(2)

    def seal(self, caption: str, lines: list[str]) -> None:
        """The seal box over the unit's name and the date under it (骑年盖月)."""
        pdf = self.pdf
        if pdf.get_y() + SEAL_MM + 2 * SEAL_GAP_MM > pdf.page_break_trigger:
            pdf.add_page()
        top = pdf.get_y() + SEAL_GAP_MM  # GB/T 9704: the seal's top within a line of the text
        pdf.set_font("cjk", "", BODY_PT)
        name_width = pdf.get_string_width(caption)
        centre = pdf.w - RIGHT - name_width / 2
        x = min(centre - SEAL_MM / 2, pdf.w - RIGHT - SEAL_MM)
        pdf.set_draw_color(180, 0, 0)
        pdf.ellipse(x, top, SEAL_MM, SEAL_MM)
        pdf.set_draw_color(0, 0, 0)
        texts = [caption, *lines]
        # the seal's centre on the foot of the name: it covers the name and the date under it
        pdf.set_y(top + SEAL_MM / 2 - (self.line if lines else self.line / 2))
        for line in texts:
            self.text(line, BODY_PT, align="R")
        pdf.set_y(max(pdf.get_y(), top + SEAL_MM) + SEAL_GAP_MM)


def write_pdf(doc: Document, path: Path) -> None:
    """Lay the document out; when its closing (signatures, seal, date) would stand alone on a
    last page, close the line pitch up a little (9 → 8.2 → 7.4 → 6.8 mm) to keep it with the
    text. The font is cut down to the document's characters first (documents.fonts.CjkFonts)."""
    with tempfile.TemporaryDirectory(prefix="gridwarden-font-", ignore_cleanup_errors=True) as tmp:
        fonts = CjkFonts(Path(tmp), f"{doc.title}{doc.text()}{SIGN_LINE}{DATE_LINE}{INDENT}")
        pitches = list(PITCHES)
        while pitches:
            writer = _Writer(doc, fonts, pitches[0])
            data = writer.render()
            if writer.redo:
                continue  # the same pitch again, the missing characters now in the font
            if not writer.closing_pushed:
                break
            pitches.pop(0)
    atomic_write(path, lambda tmp: tmp.write_bytes(data))

"""A list as a ledger (台账): the rows the person sees, with their filter and sort, written to
Excel (openpyxl) or printed to PDF (fpdf2, the CJK face embedded). Both carry a title, the filter
described in words, the date printed and the operator, so a sheet handed to the street office says
what it is. Rows arrive already as text (what the list shows); `progress(done, total)` is called
as they are written, for the progress bar of a large export."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from gridwarden.documents.fonts import CjkFonts, close_fonts
from gridwarden.documents.page import atomic_write
from gridwarden.documents.pdf import column_widths

Progress = Callable[[int, int], None]
STEP = 500  # rows between progress calls


@dataclass(frozen=True)
class Ledger:
    title: str  # e.g. 走访台账
    filter_text: str  # the filter and sort in words, e.g. 筛选：走访人 张三；排序：时间（降序）
    printed: str  # the date and time, already formatted
    operator: str  # who exported it
    headers: list[str]
    rows: Sequence[Sequence[str]]
    caption: str = ""  # the line under the title: "printed … by …" in the user's language

    def header_lines(self) -> list[str]:
        return [line for line in (self.filter_text, self.caption) if line]


def _no_progress(_done: int, _total: int) -> None:
    return None


def write_xlsx(path: Path, ledger: Ledger, progress: Progress = _no_progress) -> Path:
    from openpyxl import Workbook  # only exports need it (start-up time)
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=False)
    ws = workbook.active
    ws.title = ledger.title[:31]
    ws.append([ledger.title])
    ws["A1"].font = Font(bold=True, size=14)
    for line in ledger.header_lines():
        ws.append([line])
    ws.append([])
    first = ws.max_row + 1
    ws.append(ledger.headers)
    for cell in ws[first]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DCE6F1")
        cell.alignment = Alignment(horizontal="center")
    total = len(ledger.rows)
    widths = [len(h) for h in ledger.headers]
    for done, row in enumerate(ledger.rows, start=1):
        ws.append(list(row))
        for index, value in enumerate(row[: len(widths)]):
            widths[index] = max(widths[index], len(value))
        if done % STEP == 0:
            progress(done, total)
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = min(60, 4 + width * 2)
    ws.freeze_panes = ws.cell(row=first + 1, column=1)
    ws.auto_filter.ref = f"A{first}:{get_column_letter(len(ledger.headers))}{first + total}"
    ws.print_title_rows = f"{first}:{first}"
    ws.page_setup.orientation = "landscape"
    atomic_write(path, lambda tmp: workbook.save(tmp))
    progress(total, total)
    return path


def write_pdf(path: Path, ledger: Ledger, progress: Progress = _no_progress) -> Path:
    """A4 landscape, the header row repeated on every page, page numbers in the footer."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    title = ledger.title
    # the face cut down to every character of the ledger (documents.fonts: seconds saved)
    fonts_dir = tempfile.TemporaryDirectory(prefix="gridwarden-font-", ignore_cleanup_errors=True)
    text = "".join([title, *ledger.header_lines(), *ledger.headers])
    fonts = CjkFonts(Path(fonts_dir.name), text + "".join(str(v) for r in ledger.rows for v in r))

    class _Pdf(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("cjk", size=8)
            self.cell(0, 6, f"{title}  — {self.page_no()} —", align="C")

    pdf = _Pdf(orientation="landscape", format="A4", unit="mm")
    pdf.set_margins(12, 12, 12)
    pdf.set_auto_page_break(True, margin=16)
    fonts.add_to(pdf)
    pdf.set_title(title)
    pdf.set_creator("GridWarden 网格管家")
    pdf.add_page()
    pdf.set_font("cjk", "B", 16)
    pdf.cell(0, 10, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", "", 9)
    for line in ledger.header_lines():
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("cjk", "", 8)
    widths = _widths(ledger, pdf.epw, pdf.get_string_width)
    total = len(ledger.rows)
    with pdf.table(
        col_widths=widths,
        width=pdf.epw,
        line_height=5,
        text_align="LEFT",
        headings_style=FontFace(emphasis="BOLD", fill_color=(220, 230, 241)),
        repeat_headings=1,
    ) as table:
        table.row(ledger.headers)
        for done, row in enumerate(ledger.rows, start=1):
            table.row([str(v) for v in row])
            if done % STEP == 0:
                progress(done, total)
    atomic_write(path, lambda tmp: pdf.output(str(tmp)))
    close_fonts(pdf)
    fonts_dir.cleanup()
    progress(total, total)
    return path


def _widths(ledger: Ledger, width: float, measure: Callable[[str], float]) -> list[float]:
    """The documents' rule (documents.pdf.column_widths) over the header and a sample of rows:
    each column as wide as its longest cell when the page allows; otherwise running text wraps
    within its cell while a case number or a date is never broken across lines."""
    rows = [list(ledger.headers), *([str(v) for v in r] for r in ledger.rows[:300])]
    return column_widths(rows, width, measure)

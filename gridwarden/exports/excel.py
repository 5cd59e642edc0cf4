"""Statistics to Excel (openpyxl): one sheet per table, with a bar chart where asked."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Sheet:
    title: str  # at most 31 characters (an Excel limit)
    headers: list[str]
    rows: Sequence[Sequence[Any]]
    chart_title: str | None = None  # a bar chart of column 2 by column 1
    notes: list[str] = field(default_factory=list)  # lines under the table (e.g. how computed)


# (steps done, steps in all), called as the workbook is written: one step a sheet, one to save.
Step = Callable[[int, int], None]


def _no_step(_done: int, _total: int) -> None:
    """A workbook written without anyone watching (a test, a script)."""


def write_workbook(path: Path, sheets: Sequence[Sheet], step: Step = _no_step) -> Path:
    """`step` hears (done, total) after each sheet and after the file is saved."""
    # imported here: openpyxl costs start-up time and only exports need it
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)
    total = len(sheets) + 1
    for done, sheet in enumerate(sheets, start=1):
        ws = workbook.create_sheet(sheet.title[:31])
        ws.append(sheet.headers)
        for cell in ws[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DCE6F1")
            cell.alignment = Alignment(horizontal="center")
        for row in sheet.rows:
            ws.append(list(row))
        for index, header in enumerate(sheet.headers, start=1):
            longest = max(
                [len(str(header))] + [len(str(r[index - 1])) for r in sheet.rows if len(r) >= index]
            )
            ws.column_dimensions[get_column_letter(index)].width = min(60, 4 + longest * 2)
        for offset, note in enumerate(sheet.notes, start=len(sheet.rows) + 3):
            ws.cell(row=offset, column=1, value=note)
        if sheet.chart_title and sheet.rows:
            chart = BarChart()
            chart.type = "bar"
            chart.title = sheet.chart_title
            chart.legend = None
            data = Reference(ws, min_col=2, min_row=1, max_row=len(sheet.rows) + 1)
            labels = Reference(ws, min_col=1, min_row=2, max_row=len(sheet.rows) + 1)
            chart.add_data(data, titles_from_data=True)
            chart.set_categories(labels)
            chart.height, chart.width = 7.5, 16
            ws.add_chart(chart, f"{get_column_letter(len(sheet.headers) + 2)}2")
        step(done, total)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".writing-", suffix=".xlsx")
    os.close(fd)
    try:
        workbook.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    step(total, total)
    return path

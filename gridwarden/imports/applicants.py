"""Applicants of a group case from an Excel sheet (openpyxl): one row per applicant.

The header row names the columns (any order; common spellings accepted): 姓名, 身份证号,
手机, 住址, 金额 (wages owed, yuan), 进城务工 (是/否). Every row is checked with the same rules as
the intake form; a row with problems is kept with its errors, so the clerk sees which row and
what to fix instead of losing the sheet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from gridwarden.i18n import CLAUSE_SEPARATOR, QT_TRANSLATE_NOOP, Listing, Message, listing, msg
from gridwarden.services.legal_aid import ApplicantDraft, validate_applicant

# Header spellings, compared case-blind; the English ones match the English UI's table.
COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "申请人", "申请人姓名", "name"),
    "id_number": ("身份证号", "身份证号码", "公民身份号码", "证件号码", "id number"),
    "phone": ("手机", "手机号", "电话", "联系电话", "mobile", "phone"),
    "address": ("住址", "地址", "现住址", "address"),
    "claim_amount": (
        *("金额", "欠薪金额", "请求金额", "金额（元）", "欠薪金额（元）"),
        *("amount", "amount (yuan)"),
    ),
    "migrant_worker": ("进城务工", "进城务工人员", "农民工", "migrant worker"),
}
YES = {"是", "Y", "YES", "TRUE", "1", "√", "✓"}


@dataclass
class SheetRow:
    line: int  # the row number in Excel
    draft: ApplicantDraft
    errors: dict[str, Message] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors

    def problem(self) -> Listing:
        return listing(self.errors.values(), CLAUSE_SEPARATOR)


@dataclass
class SheetImport:
    rows: list[SheetRow]
    problems: list[Message]  # about the sheet itself (no header, no rows)

    @property
    def bad_rows(self) -> list[SheetRow]:
        return [row for row in self.rows if not row.ok]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # 13962812345.0 → "13962812345"
    return str(value).strip()


def check_rows(rows: list[SheetRow], today: date) -> None:
    """(Re)check every row: the intake rules, and no ID number twice in the group."""
    seen: dict[str, int] = {}
    for row in rows:
        values, errors, _warnings = validate_applicant(row.draft, today)
        number = values["id_number"]
        if number and number in seen:
            errors["id_number"] = msg(
                QT_TRANSLATE_NOOP("core", "与第 {n} 行的身份证号重复"), n=seen[number]
            )
        elif number:
            seen[number] = row.line
        row.errors = errors


def read_applicants(path: Path, today: date, materials: list[str] | None = None) -> SheetImport:
    try:
        from openpyxl import load_workbook  # only imports need it (start-up time)

        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a file that is not a workbook
        return SheetImport(
            [], [msg(QT_TRANSLATE_NOOP("core", "无法读取该文件：请选择 .xlsx 格式的 Excel 表格"))]
        )
    sheet = workbook.worksheets[0]
    lines = list(sheet.iter_rows(values_only=True))
    workbook.close()
    header_at, columns = None, {}
    for index, cells in enumerate(lines[:10]):
        names = [_text(c).lower() for c in cells]
        found = {
            key: names.index(name)
            for key, spellings in COLUMNS.items()
            for name in spellings
            if name in names
        }
        if "name" in found and "id_number" in found:
            header_at, columns = index, found
            break
    if header_at is None:
        return SheetImport(
            [],
            [
                msg(
                    QT_TRANSLATE_NOOP(
                        "core", "表格前 10 行中没有找到「姓名」和「身份证号」两列的表头"
                    )
                )
            ],
        )
    rows: list[SheetRow] = []
    for offset, cells in enumerate(lines[header_at + 1 :], start=header_at + 2):

        def cell(key: str, cells: tuple[Any, ...] = cells) -> str:
            at = columns.get(key)
            return _text(cells[at]) if at is not None and at < len(cells) else ""

        if not any(_text(c) for c in cells):
            continue  # blank lines between blocks of names
        rows.append(
            SheetRow(
                offset,
                ApplicantDraft(
                    name=cell("name"),
                    id_number=cell("id_number"),
                    phone=cell("phone"),
                    address=cell("address"),
                    claim_amount=cell("claim_amount"),
                    facts={"migrant_worker": cell("migrant_worker").upper() in YES},
                    materials=list(materials or []),
                ),
            )
        )
    check_rows(rows, today)
    problems = [] if rows else [msg(QT_TRANSLATE_NOOP("core", "表格中没有申请人"))]
    return SheetImport(rows, problems)


TEMPLATE_HEADERS = ["序号", "姓名", "身份证号", "手机", "住址", "欠薪金额（元）", "进城务工"]


def write_template(path: Path) -> Path:
    """An empty sheet with the headers the import understands, to hand to a group's contact."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "申请人名单"
    sheet.append(TEMPLATE_HEADERS)
    sheet.append([1, "张三", "（18 位身份证号）", "13900000000", "", 12000, "是"])
    for letter, width in zip("ABCDEFG", (6, 10, 22, 14, 30, 14, 10), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)
    return path

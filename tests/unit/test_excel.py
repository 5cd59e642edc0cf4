from pathlib import Path

from openpyxl import load_workbook

from gridwarden.exports.excel import Sheet, write_workbook


def test_statistics_sheet_with_chart(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "统计.xlsx",
        [
            Sheet(
                "化解层级",
                ["层级", "件数"],
                [("网格", 12), ("工作站", 5), ("法院", 1)],
                chart_title="纠纷在哪一级化解",
                notes=["统计期间：2026年"],
            ),
        ],
    )
    workbook = load_workbook(path)
    sheet = workbook["化解层级"]
    assert [[c.value for c in row] for row in sheet.iter_rows(max_row=4)] == [
        ["层级", "件数"],
        ["网格", 12],
        ["工作站", 5],
        ["法院", 1],
    ]
    assert sheet["A6"].value == "统计期间：2026年"
    assert len(sheet._charts) == 1

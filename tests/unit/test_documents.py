"""Generated documents open, and say what the template and the case say (Chinese included)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import docx
import pypdf
import pytest
from fpdf import FPDF
from fpdf.fonts import TTFFont

from gridwarden.documents import Document, build, export
from gridwarden.documents.fonts import FAMILY, CjkFonts, close_fonts
from gridwarden.documents.markup import parse

CONTEXT = {
    "number": "和调〔2026〕12号",
    "name": "张三",
    "facts": "双方因楼上漏水发生纠纷，经调解达成一致。",
    "items": [("赔偿金额", "人民币叁仟元整"), ("履行期限", "2026年12月31日前")],
    "unit": "和平桥街道人民调解委员会",
    "copies": 3,
}


def pdf_text(path: Path) -> str:
    """The text as poppler's pdftotext reads it (what viewers copy and search)."""
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return "".join(done.stdout.split())


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "".join("".join(parts).split())


def test_markup_parses_every_kind_of_line() -> None:
    doc = parse(
        "# 标题\n>> 编号\n- 甲方：张三\n## 一、事实\n第一行\n第二行\n\n| a | b |\n| c | d |\n"
        "[签名] 甲方；乙方\n[印章] 委员会（印章）\n[分页]\n尾段"
    )
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("title", "标题"),
        ("right", "编号"),
        ("line", "甲方：张三"),
        ("heading", "一、事实"),
        ("para", "第一行第二行"),
        ("table", ""),
        ("signatures", ""),
        ("seal", "委员会（印章）"),
        ("pagebreak", ""),
        ("para", "尾段"),
    ]
    assert doc.blocks[5].rows == [["a", "b"], ["c", "d"]]
    assert doc.blocks[6].items == ["甲方", "乙方"]
    assert doc.title == "标题"


def test_pdf_and_docx_carry_the_same_content(tmp_path: Path) -> None:
    doc = build("sample", CONTEXT)
    files = export(doc, tmp_path, "示例/文书")  # a slash in a name must not make a folder
    assert files.pdf.name == "示例文书.pdf" and files.docx.name == "示例文书.docx"
    for text in (pdf_text(files.pdf), docx_text(files.docx)):
        for expected in (
            "示例文书",
            "编号：和调〔2026〕12号",
            "当事人：张三",
            "一、事实",
            "双方因楼上漏水发生纠纷",
            "人民币叁仟元整",
            "2026年12月31日前",
            "当事人（签名或按指印）",
            "经办人（签名）",
            "和平桥街道人民调解委员会（印章）",
            "本文书一式3份",
        ):
            assert expected in text, expected
    reader = pypdf.PdfReader(str(files.pdf))
    assert len(reader.pages) == 2  # the [分页] mark
    assert reader.metadata is not None and reader.metadata.title == "示例文书"
    box = reader.pages[0].mediabox
    assert (round(float(box.width) * 25.4 / 72), round(float(box.height) * 25.4 / 72)) == (210, 297)


def test_a_field_the_code_forgot_is_an_error_not_a_blank() -> None:
    import jinja2

    with pytest.raises(jinja2.UndefinedError):
        build("sample", {k: v for k, v in CONTEXT.items() if k != "name"})


def test_documents_join_into_a_dossier_with_page_breaks(tmp_path: Path) -> None:
    one, two = build("sample", CONTEXT), build("sample", {**CONTEXT, "name": "李四"})
    dossier = Document.join("卷宗", [one, two])
    files = export(dossier, tmp_path, "卷宗")
    assert len(pypdf.PdfReader(str(files.pdf)).pages) == 4
    assert "当事人：李四" in pdf_text(files.pdf) and "当事人：张三" in pdf_text(files.pdf)


def test_lines_break_between_characters_but_never_inside_numbers_or_before_punctuation() -> None:
    from gridwarden.documents.lines import break_lines

    def measure(t: str) -> float:
        return float(len(t))  # every character one unit wide

    lines = break_lines("公民身份号码32060219580612011X，住工农路12号", 10, measure)
    assert lines == ["公民身份号码", "32060219580612011X，", "住工农路12号"]
    assert break_lines("甲乙丙丁戊己庚辛壬癸。子丑", 10, measure) == [
        "甲乙丙丁戊己庚辛壬癸。",
        "子丑",
    ]
    assert break_lines("甲乙丙丁戊己庚辛壬（癸）", 10, measure) == ["甲乙丙丁戊己庚辛壬", "（癸）"]
    assert break_lines("第一行\n第二行", 10, measure) == ["第一行", "第二行"]
    # no paragraph ends with one character alone on its line (孤字)
    assert break_lines("甲乙丙丁戊己庚辛壬癸子。", 10, measure) == ["甲乙丙丁戊己庚辛壬", "癸子。"]
    assert break_lines("甲乙丙丁戊己庚辛壬，子。", 10, measure) == ["甲乙丙丁戊己庚辛", "壬，子。"]


def test_a_heading_row_and_columns_as_wide_as_their_content_needs() -> None:
    from gridwarden.documents.pdf import column_widths

    doc = parse("|= 身份 | 证件号码 |\n| 申请人 | 32060219580612011X |\n| a | b |")
    assert doc.blocks[0].header and doc.blocks[0].rows[0] == ["身份", "证件号码"]
    assert len(doc.blocks[0].rows) == 3

    def measure(t: str) -> float:
        return 4.0 * len(t)  # every character 4 mm

    number, words = "32060219580612011X", "楼上住户卫生间防水层老化渗漏致楼下天花板霉变" * 3
    widths = column_widths([["申请人", number, words]], 156.0, measure)
    assert round(sum(widths), 6) == 156.0
    assert widths[0] >= measure("申请人") and widths[1] >= measure(number)  # never split
    assert widths[:2] == [16.0, 76.0] and widths[2] == 64.0  # the prose takes what is left


def test_the_closing_of_each_part_stays_together() -> None:
    from gridwarden.documents.page import closing_groups

    doc = parse(
        "# 协议书\n正文很长的一段。\n\n本协议书一式三份。\n\n各方当事人：\n[签名] 甲；乙\n"
        "[印章] 委员会（印章）\n>> 2026年11月29日\n[分页]\n# 记录\n[签名] 调解员"
    )
    kinds = [b.kind for b in doc.blocks]
    assert closing_groups(doc.blocks) == {2: 7, 9: 10}  # copies, "各方当事人", signatures, seal
    assert kinds[2:7] == ["para", "para", "signatures", "seal", "right"]


def layout(path: Path) -> list[str]:
    """The PDF's lines as they stand on the page, indentation kept (pdftotext -layout)."""
    done = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.splitlines()


def layout_lines(path: Path) -> list[str]:
    return [line.strip() for line in layout(path) if line.strip()]


def test_the_pdf_keeps_numbers_whole_and_hangs_closing_marks(tmp_path: Path) -> None:
    number = "32060219580612011X"
    doc = parse(
        "# 标题\n"
        f"- 申请人住址：崇川区工农路十二号三幢一百零一室附近的{number}号\n"
        # 26 characters after the two-character indent: the full stop is the 29th, one more
        # than a line holds, so it hangs in the margin instead of starting the next line
        + "甲" * 26
        + "。乙乙乙乙乙。\n"
    )
    lines = layout_lines(export(doc, tmp_path, "断行").pdf)
    assert any(number in line for line in lines)  # never split over two lines
    assert "甲" * 26 + "。" in lines and "乙乙乙乙乙。" in lines
    assert not any(line[0] in "，。、；：？！）》」』】" for line in lines)


def test_the_seal_and_signatures_stay_with_the_last_text(tmp_path: Path) -> None:
    body = "".join(f"- 第{i}行：某某事项的记载\n" for i in range(17))
    doc = parse(
        f"# 决定书\n{body}[印章] 某法律援助中心（印章）\n>> 2026年11月29日\n[签名] 申请人（签收）\n"
    )
    pdf = export(doc, tmp_path, "落款").pdf
    # at the usual line pitch the seal would start a page of its own: the lines close up instead
    assert len(pypdf.PdfReader(str(pdf)).pages) == 1
    lines = [" ".join(line.split()) for line in layout_lines(pdf)]
    assert lines[-4:-1] == [
        "某法律援助中心（印章）",
        "2026年11月29日",
        "申请人（签收）：＿＿＿＿＿＿＿ 年 月 日",
    ]


RARE = "李喆堃、㛃䶮、𠮷"  # 喆 堃 beyond GB 2312, 㛃 䶮 in Ext-A, 𠮷 in Ext-B (names have them)


def test_rare_characters_in_names_print_from_the_cut_down_font(tmp_path: Path) -> None:
    doc = parse(f"# 送达回证\n- 受送达人：{RARE}\n[签名] {RARE}")
    pdf = export(doc, tmp_path, "生僻字").pdf
    text = pdf_text(pdf)
    assert f"受送达人：{RARE}" in text and f"{RARE}：＿＿＿＿＿＿＿" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    embedded = [line.split() for line in fonts.stdout.splitlines()[2:]]
    # both faces embedded as subsets (emb sub uni), named after the installed face
    assert [(row[0].split("+")[1], row[-5:-2]) for row in embedded] == [
        ("NotoSerifCJKSC", ["yes", "yes", "yes"]),
        ("NotoSerifCJKSCBold", ["yes", "yes", "yes"]),
    ]


def missing(pdf: FPDF) -> list[int]:
    """The characters the regular face lacked while `pdf` was laid out."""
    font = pdf.fonts["cjk"]
    assert isinstance(font, TTFFont)
    return font.missing_glyphs


def test_a_character_the_cut_was_not_told_of_is_added_and_laid_out_again(tmp_path: Path) -> None:

    fonts = CjkFonts(tmp_path, "甲")
    pdf = FPDF()
    fonts.add_to(pdf)
    pdf.add_page()
    pdf.set_font(FAMILY, size=12)
    pdf.cell(text="甲𠮷")
    assert missing(pdf) == [ord("𠮷")]
    assert fonts.grow(pdf) is True  # the face has it: cut again with it
    again = FPDF()
    fonts.add_to(again)
    again.add_page()
    again.set_font(FAMILY, size=12)
    again.cell(text="甲𠮷\U000f0000")  # a private-use character no face has
    assert missing(again) == [0xF0000]
    assert fonts.grow(again) is False  # nothing more to add: it stays missing, as before
    close_fonts(pdf)
    close_fonts(again)


def test_the_cut_font_keeps_every_asked_character_and_is_cheap_for_fpdf2_to_subset_again() -> None:
    """fpdf2 subsets the cut font again with fontTools when it writes the PDF: the cut leaves it
    no subroutines to follow and no layout tables to close over, with the same glyphs."""
    import io

    from fontTools.ttLib import TTFont

    from gridwarden.documents.fonts import UNUSED_TABLES, find_face, subset_font

    face = find_face("Regular")
    asked = {ord(c) for c in f"送达回证{RARE}"}
    cut = TTFont(io.BytesIO(subset_font(face, asked)))
    whole = TTFont(str(face.path), fontNumber=face.index, lazy=True)
    kept = cut.getBestCmap()
    assert set(kept) == asked  # every one, 䶮 and 𠮷 too
    # each character keeps its advance width (what the layout measures)
    widths = {c: cut["hmtx"][kept[c]][0] for c in asked}
    assert widths == {c: whole["hmtx"][whole.getBestCmap()[c]][0] for c in asked}
    assert not set(UNUSED_TABLES) & set(cut.keys())
    assert {"cmap", "head", "hhea", "hmtx", "OS/2", "post", "name"} <= set(cut.keys())
    # Noto Serif CJK (as test_rare_characters_... finds it): CID-keyed CFF outlines, now with
    # no subroutines left for fontTools to walk and renumber
    top = cut["CFF "].cff.topDictIndex[0]
    assert len(top.GlobalSubrs) == 0
    assert {len(getattr(fd.Private, "Subrs", [])) for fd in top.FDArray} == {0}
    whole.close()


def test_a_ledger_too_wide_for_the_page_wraps_its_text_never_its_case_numbers(
    tmp_path: Path,
) -> None:
    """A legal-aid ledger with a long matter column: the page cannot give every column its
    width, so the matter wraps in its cell while each case number prints whole on one line."""
    from gridwarden.exports.ledger import Ledger, write_pdf

    numbers = [f"FY2026091{i}-F9DF2{i}" for i in range(6)]
    matter = "请求交通事故人身损害赔偿及误工费、护理费、营养费等各项损失合计" * 2
    ledger = Ledger(
        title="法律援助台账",
        filter_text="筛选：待办",
        printed="2026-11-29 02:00",
        operator="王芳",
        headers=["编号", "申请人", "住址", "事项", "期限", "提示"],
        rows=[
            [n, "夏淑珊", "崇川区工农路12号3幢101室" * 3, matter, "2026-11-19", matter]
            for n in numbers
        ],
    )
    path = write_pdf(tmp_path / "ledger.pdf", ledger)
    laid_out = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = laid_out.splitlines()  # as printed: a cell broken across lines splits its text
    for number in numbers:
        assert any(number in line for line in lines), number  # on one line, not broken
    assert sum("工农路12号" in line for line in lines) > len(numbers)  # the address wraps
    assert sum("2026-11-19" in line for line in lines) == len(numbers)  # dates whole too

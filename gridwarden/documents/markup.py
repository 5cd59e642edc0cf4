"""The block model of a document and the line markup templates are written in.

One markup line (after the template has been filled) per block:

    # 人民调解协议书                  title, centred
    ## 一、纠纷主要事实               heading
    >> 编号：和调〔2026〕12号          right-aligned line
    - 甲方：张三，男，1958年6月12日生   plain line, no indent (parties, fields)
    | 姓名 | 性别 | 身份证号 |           table row (consecutive rows form one table)
    |= 姓名 | 性别 | 身份证号 |          a table's heading row (bold, repeated on a new page)
    [签名] 甲方；乙方；调解员          signature lines, one per label (split on ；)
    [印章] 某某人民调解委员会（印章）   a seal box with its caption
    [分页]                            page break
    any other text                    a paragraph, first line indented two characters

Blank lines only separate paragraphs. A paragraph may continue over several lines; they are
joined without a space (Chinese text has none).
"""

from __future__ import annotations

from dataclasses import dataclass, field

TITLE, HEADING, RIGHT, LINE, PARA, TABLE, SIGNATURES, SEAL, PAGEBREAK = (
    "title",
    "heading",
    "right",
    "line",
    "para",
    "table",
    "signatures",
    "seal",
    "pagebreak",
)


@dataclass
class Block:
    kind: str
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)  # table cells
    header: bool = False  # the first table row is the heading row
    items: list[str] = field(default_factory=list)  # signature labels


@dataclass
class Document:
    title: str
    blocks: list[Block]

    def text(self) -> str:
        """Everything a reader sees, in order (for tests and search)."""
        parts: list[str] = []
        for block in self.blocks:
            parts.append(block.text)
            parts += ["".join(row) for row in block.rows]
            parts += block.items
        return "\n".join(p for p in parts if p)

    @staticmethod
    def join(title: str, documents: list[Document]) -> Document:
        """Several documents in one (a dossier), each starting on a new page."""
        blocks: list[Block] = []
        for index, doc in enumerate(documents):
            if index:
                blocks.append(Block(PAGEBREAK))
            blocks += doc.blocks
        return Document(title, blocks)


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def parse(text: str) -> Document:
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Block(PARA, "".join(paragraph)))
            paragraph.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            flush()
            continue
        if line.startswith("|"):
            flush()
            heading = line.startswith("|=")
            cells = _cells(line[2:] if heading else line)
            if blocks and blocks[-1].kind == TABLE and not heading:
                blocks[-1].rows.append(cells)
            else:
                blocks.append(Block(TABLE, rows=[cells], header=heading))
            continue
        marker_kinds = (("## ", HEADING), ("# ", TITLE), (">> ", RIGHT), ("- ", LINE))
        for marker, kind in marker_kinds:
            if line.startswith(marker):
                flush()
                blocks.append(Block(kind, line[len(marker) :].strip()))
                break
        else:
            if line.startswith("[签名]"):
                flush()
                labels = [p.strip() for p in line[len("[签名]") :].split("；") if p.strip()]
                blocks.append(Block(SIGNATURES, items=labels))
            elif line.startswith("[印章]"):
                flush()
                blocks.append(Block(SEAL, line[len("[印章]") :].strip()))
            elif line == "[分页]":
                flush()
                blocks.append(Block(PAGEBREAK))
            else:
                paragraph.append(line)
    flush()
    title = next((b.text for b in blocks if b.kind == TITLE), "")
    return Document(title, blocks)

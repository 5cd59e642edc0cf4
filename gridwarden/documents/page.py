"""The page both writers lay out (GB/T 9704 loosely: A4, margins 37/26/35/28 mm, a Song face,
body paragraphs indented two characters) and what they share: which closing blocks stay on one
page, and writing a file whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gridwarden.documents import markup
from gridwarden.documents.markup import Block

TOP, RIGHT, BOTTOM, LEFT = 37.0, 26.0, 35.0, 28.0  # mm
BODY_PT, TITLE_PT, HEADING_PT, TABLE_PT = 15, 22, 16, 12
INDENT = "\u3000\u3000"  # two ideographic spaces: the first-line indent of Chinese prose
SIGN_LINE = "＿" * 7
DATE_LINE = "　　年　月　日"
CLOSING = frozenset({markup.SIGNATURES, markup.SEAL, markup.RIGHT, markup.LINE})


def closing_groups(blocks: list[Block]) -> dict[int, int]:
    """The closing of each part of a document (signatures, the seal and the 落款 date after
    them), with up to two short lines or paragraphs before it (the number of copies, "各方当事人
    签名："): {first index: index after the last}. A writer keeps each on one page, so that a
    page never holds only the seal, and signatures never stand on a page without text."""
    groups: dict[int, int] = {}
    start = 0
    for end in [i for i, b in enumerate(blocks) if b.kind == markup.PAGEBREAK] + [len(blocks)]:
        first = next(
            (i for i in range(start, end) if blocks[i].kind in (markup.SIGNATURES, markup.SEAL)),
            None,
        )
        if first is not None and all(b.kind in CLOSING for b in blocks[first:end]):
            lead = first
            while (
                lead > start
                and first - lead < 2
                and blocks[lead - 1].kind in (markup.PARA, markup.LINE)
                and len(blocks[lead - 1].text) <= 80
            ):
                lead -= 1
            groups[lead] = end
        start = end + 1
    return groups


def atomic_write(path: Path, save: Callable[[Path], Any]) -> None:
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

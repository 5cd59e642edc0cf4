"""The one parser for money as people type it (yuan) → fen, used by every form: disputes,
agreements, filings, legal aid. One table of accepted inputs is tested in tests/unit/test_money.py."""

from __future__ import annotations

import re
from decimal import Decimal

_AMOUNT = re.compile(r"^\d+(\.\d{1,2})?$")
_NOISE = re.compile(r"[\s,，]")  # spaces and thousands separators, anywhere
MAX_FEN = 10**13  # 1000亿元: beyond any claim a window or a court would see typed


def parse_amount(text: str) -> int | None:
    """Yuan as typed ("3000", "3,000.50", "12 800", "¥3000", "￥900元") → fen; blank → None;
    ValueError when unreadable, negative, finer than a fen, or beyond MAX_FEN."""
    clean = _NOISE.sub("", text).lstrip("¥￥").removesuffix("元")
    if not clean:
        return None
    if not _AMOUNT.match(clean):
        raise ValueError(text)
    fen = int(Decimal(clean) * 100)
    if fen > MAX_FEN:
        raise ValueError(text)
    return fen

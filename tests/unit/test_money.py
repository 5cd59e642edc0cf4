"""One money parser for every form: what a clerk or mediator may type, and what is refused.
Disputes and legal aid used to disagree ("12 800" refused in disputes, "1e3" and "3.500"
accepted there but refused at the legal-aid window)."""

from __future__ import annotations

import re

import pytest

from gridwarden.rules.money import MAX_FEN, parse_amount


@pytest.mark.parametrize(
    ("typed", "fen"),
    [
        ("3000", 300_000),
        ("3,000.50", 300_050),
        ("3，000", 300_000),
        ("12 800", 1_280_000),
        (" 12800 ", 1_280_000),
        ("3500.5", 350_050),
        ("0.01", 1),
        ("0", 0),
        ("¥3000", 300_000),
        ("￥900", 90_000),
        ("900元", 90_000),
        ("￥28600元", 2_860_000),
        ("", None),
        ("  ", None),
        ("100000000000", MAX_FEN),
    ],
)
def test_accepted(typed: str, fen: int | None) -> None:
    assert parse_amount(typed) == fen


@pytest.mark.parametrize(
    "typed",
    ["abc", "-5", "1.234", "3.500", "1e3", "3000.", ".5", "三千", "100000000000.01", "5元整"],
)
def test_refused(typed: str) -> None:
    with pytest.raises(ValueError, match=re.escape(typed)):  # names what was typed
        parse_amount(typed)

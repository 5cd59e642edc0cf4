"""Core messages are translated whole: the template, the labels and the lists in its fields."""

from __future__ import annotations

from gridwarden.i18n import CLAUSE_SEPARATOR, labels, listing, msg
from gridwarden.rules import legal_aid as la

ENGLISH = {
    "材料仍不齐全：{items}": "Materials still incomplete: {items}",
    "、": ", ",
    "；": "; ",
    "残疾人证": "Disability certificate",
    "司法救助决定书": "Judicial assistance decision",
    "第 {n} 行：{errors}": "Row {n}: {errors}",
    "请填写姓名": "Enter the name",
}


def english(text: str) -> str:
    return ENGLISH.get(text, text)


def test_labels_and_lists_in_a_message_follow_its_language() -> None:
    missing = msg("材料仍不齐全：{items}", items=labels(la.MATERIALS, ["proof_disability", "x"]))
    assert la.MATERIALS["proof_disability"] == "残疾人证"
    assert missing.render(english) == "Materials still incomplete: Disability certificate, x"
    assert str(missing) == "材料仍不齐全：残疾人证、x"  # the source language: the log, documents


def test_nested_messages_and_clauses() -> None:
    row = msg(
        "第 {n} 行：{errors}",
        n=3,
        errors=listing([msg("请填写姓名"), msg("司法救助决定书")], CLAUSE_SEPARATOR),
    )
    assert row.render(english) == "Row 3: Enter the name; Judicial assistance decision"
    assert row.render() == "第 3 行：请填写姓名；司法救助决定书"
    assert not listing([])

from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest
from stdnum.cn import ric

from gridwarden.validation import idnumber
from tests.conftest import present


def test_valid_number_gives_birth_date_and_sex() -> None:
    parsed = idnumber.parse("320602198503041231")
    assert parsed.birth_date == date(1985, 3, 4)
    assert parsed.gender == "M"  # sequence 123 is odd
    assert parsed.region_code == "320602"


def test_lowercase_x_is_accepted_and_normalised() -> None:
    candidates = [idnumber.make("110101", date(1990, 1, 1), seq) for seq in range(200)]
    with_x = next(n for n in candidates if n.endswith("X"))
    assert idnumber.parse(with_x.lower()).number == with_x


def test_spaces_are_ignored() -> None:
    assert idnumber.parse(" 320602 19850304 1231 ").number == "320602198503041231"


def test_wrong_check_character_is_refused_with_a_chinese_message() -> None:
    with pytest.raises(idnumber.IdNumberError) as caught:
        idnumber.parse("320602198503041232")
    assert "校验位" in str(caught.value)


def test_wrong_length_says_how_many_digits() -> None:
    with pytest.raises(idnumber.IdNumberError) as caught:
        idnumber.parse("32060219850304")
    assert "18 位" in str(caught.value) and "14" in str(caught.value)


def test_impossible_birth_date_is_refused() -> None:
    body = "32060219850231123"
    number = body + ric.calc_check_digit(body + "0")
    with pytest.raises(idnumber.IdNumberError) as caught:
        idnumber.parse(number)
    assert "出生日期" in str(caught.value)


def test_unknown_region_is_a_warning_not_a_rejection() -> None:
    parsed = idnumber.parse(idnumber.make("329999", date(1950, 1, 1), 2))
    assert parsed.region_name is None
    assert parsed.gender == "F"
    assert parsed.warning is not None and "329999" in parsed.warning.render()


def test_current_region_has_no_warning() -> None:
    parsed = idnumber.parse(idnumber.make("320612", date(2011, 1, 1), 1))
    assert parsed.region_name == "江苏省通州区" and parsed.region_current
    assert parsed.warning is None


def test_a_current_code_newer_than_the_birth_is_not_a_warning() -> None:
    """Nantong: 320613 崇川区 exists since 2020; people born in 1950 hold re-issued numbers with
    it (DOMAIN §6). The old checker called it "可能已撤销" — false for many elderly residents."""
    for region, name in (("320613", "江苏省崇川区"), ("320614", "江苏省海门区")):
        parsed = idnumber.parse(idnumber.make(region, date(1950, 6, 1), 3), date(2026, 11, 30))
        assert (parsed.region_name, parsed.region_current) == (name, True)
        assert parsed.warnings == [] and parsed.warning is None


def test_a_code_absent_from_the_current_table_is_a_warning() -> None:
    # 320611 港闸区 was merged into 崇川区 in 2020: no longer in the current table
    parsed = idnumber.parse(idnumber.make("320611", date(2001, 1, 1), 1), date(2026, 11, 30))
    assert parsed.region_name == "江苏省港闸区" and not parsed.region_current
    warning = present(parsed.warning).render()
    assert (
        warning
        == "地区码 320611（江苏省港闸区）不在现行代码表中（已撤销或调整），号码可能仍有效，请核对"
    )


def test_an_age_over_120_asks_for_a_check() -> None:
    today = date(2026, 11, 30)
    parsed = idnumber.parse(idnumber.make("320612", date(1905, 1, 1), 1), today)
    assert parsed.age == 121
    assert present(parsed.warning).render() == "按出生日期计算已满 121 岁，请核对出生日期是否录错"
    ok = idnumber.parse(idnumber.make("320612", date(1907, 1, 1), 1), today)
    assert ok.age == 119 and ok.warning is None


def test_warnings_read_in_english_too() -> None:
    english = translations("en")
    parsed = idnumber.parse(idnumber.make("320611", date(1905, 1, 1), 1), date(2026, 11, 30))
    text = present(parsed.warning).render(lambda t: english.get(t, t))
    assert text == (
        "Region code 320611 (江苏省港闸区) is not in the current code table (abolished or "
        "changed); the number may still be valid, please check; by the birth date the holder "
        "is 121: check that the birth date was entered correctly"
    )


def test_legacy_15_digit_number() -> None:
    parsed = idnumber.parse("110101900101001")
    assert parsed.legacy
    assert parsed.birth_date == date(1990, 1, 1)
    assert parsed.gender == "M"


def test_mask_shows_first_six_and_last_four() -> None:
    assert idnumber.mask("320602198503041231") == "320602********1231"
    assert idnumber.mask(None) == ""


def translations(lang: str) -> dict[str, str]:
    """The finished translations of the core context in resources/i18n/gridwarden_<lang>.ts."""
    path = Path(__file__).parents[2] / "resources" / "i18n" / f"gridwarden_{lang}.ts"
    found: dict[str, str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        if context.findtext("name") != "core":
            continue
        for message in context.iter("message"):
            text = message.find("translation")
            if text is not None and text.get("type") is None and text.text:
                found[message.findtext("source") or ""] = text.text
    return found

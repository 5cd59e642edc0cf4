from datetime import date

import pytest

from gridwarden.validation import idnumber


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
    number = body + idnumber.ric.calc_check_digit(body + "0")
    with pytest.raises(idnumber.IdNumberError) as caught:
        idnumber.parse(number)
    assert "出生日期" in str(caught.value)


def test_unknown_region_is_a_warning_not_a_rejection() -> None:
    parsed = idnumber.parse(idnumber.make("329999", date(1950, 1, 1), 2))
    assert parsed.region_name is None
    assert parsed.gender == "F"
    assert parsed.warning is not None and "329999" in parsed.warning.render()


def test_known_region_has_no_warning() -> None:
    parsed = idnumber.parse(idnumber.make("320611", date(2001, 1, 1), 1))
    assert parsed.region_name == "江苏省港闸区"
    assert parsed.warning is None


def test_legacy_15_digit_number() -> None:
    parsed = idnumber.parse("110101900101001")
    assert parsed.legacy
    assert parsed.birth_date == date(1990, 1, 1)
    assert parsed.gender == "M"


def test_mask_shows_first_six_and_last_four() -> None:
    assert idnumber.mask("320602198503041231") == "320602********1231"
    assert idnumber.mask(None) == ""

import pytest

from gridwarden.validation import phone


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13812345678", "13812345678"),
        ("+86 138-1234-5678", "13812345678"),
        ("0086 13812345678", "13812345678"),
        ("0513-85123456", "051385123456"),
        ("", ""),
    ],
)
def test_accepted_numbers_are_normalised(typed: str, stored: str) -> None:
    assert phone.normalise(typed) == stored


@pytest.mark.parametrize(
    ("typed", "says"),
    [("12345678901", "13–19"), ("1381234567", "11 位"), ("138abc", "数字")],
)
def test_bad_numbers_say_what_is_wrong(typed: str, says: str) -> None:
    with pytest.raises(phone.PhoneError) as caught:
        phone.normalise(typed)
    assert says in str(caught.value)

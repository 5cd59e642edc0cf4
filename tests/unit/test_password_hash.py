"""A server password hash carries its scrypt cost: the product hashes at PASSWORD_COST, tests at
CHEAP_COST, and hashes in the first format (`scrypt$salt$digest`, no cost) still check at the
cost they were made with. A wrong password is refused whatever the cost."""

from __future__ import annotations

import time

import pytest

from gridwarden.server import auth

# Made by the first hash_password (before the cost was carried) for "correct-horse-1": the
# format every server database made until then holds.
FIRST_FORMAT = (
    "scrypt$05e77179f7d0067fb36a484899059ba5$"
    "7cc187ce9b96e4507ef4e87dae06382aff7a0242f47bc1f6dc4268423cbe77b4"
)


def test_the_products_cost_is_the_first_formats_cost() -> None:
    assert auth.PASSWORD_COST == auth.ScryptCost(n=2**14, r=8, p=1) == auth.LEGACY_COST


def test_a_hash_names_its_cost_salt_and_digest() -> None:
    made = auth.hash_password("correct-horse-1")
    kind, n, r, p, salt, digest = made.split("$")
    assert (kind, n, r, p) == ("scrypt", "16384", "8", "1")
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    assert auth.password_cost(made) == auth.PASSWORD_COST
    assert auth.check_password("correct-horse-1", made)
    assert not auth.check_password("correct-horse-2", made)
    # a new salt each time: two users with one password have different hashes
    assert auth.hash_password("correct-horse-1", auth.CHEAP_COST) != auth.hash_password(
        "correct-horse-1", auth.CHEAP_COST
    )


def test_a_cheap_hash_is_checked_at_its_own_cost_and_refuses_a_wrong_password() -> None:
    cheap = auth.hash_password("correct-horse-1", auth.CHEAP_COST)
    assert cheap.startswith("scrypt$16$8$1$")
    assert auth.password_cost(cheap) == auth.ScryptCost(n=16, r=8, p=1)
    assert auth.check_password("correct-horse-1", cheap)
    for wrong in ("correct-horse-2", "Correct-horse-1", "correct-horse-1 ", ""):
        assert not auth.check_password(wrong, cheap), wrong
    # the same password and salt at another cost is another digest: the cost is really used
    _kind, _n, r, p, salt, digest = cheap.split("$")
    assert not auth.check_password("correct-horse-1", f"scrypt$32${r}${p}${salt}${digest}")


def test_a_hash_in_the_first_format_checks_at_the_first_cost() -> None:
    assert auth.password_cost(FIRST_FORMAT) == auth.LEGACY_COST
    assert auth.check_password("correct-horse-1", FIRST_FORMAT)
    assert not auth.check_password("correct-horse-2", FIRST_FORMAT)


def test_the_unknown_user_dummy_costs_what_a_real_user_costs_and_matches_nothing() -> None:
    assert auth.password_cost(auth.DUMMY_HASH) == auth.PASSWORD_COST
    assert not auth.check_password("", auth.DUMMY_HASH)
    assert not auth.check_password("correct-horse-1", auth.DUMMY_HASH)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "bcrypt$2b$12$abcdefghijklmnopqrstuv",
        "scrypt$zz$00",
        "scrypt$16$8$1$00112233445566778899aabbccddeeff$00",  # digest too short
        "scrypt$24$8$1$00112233445566778899aabbccddeeff$" + "00" * 32,  # n not a power of 2
        "scrypt$1073741824$8$1$00112233445566778899aabbccddeeff$" + "00" * 32,  # 2^30: 1 TiB
        "scrypt$16$0$1$00112233445566778899aabbccddeeff$" + "00" * 32,
        "scrypt$16$8$99$00112233445566778899aabbccddeeff$" + "00" * 32,
        "scrypt$16$8$1$$" + "00" * 32,  # no salt
    ],
)
def test_a_damaged_or_hostile_hash_is_refused_without_running_scrypt(stored: str) -> None:
    started = time.process_time()
    assert auth.password_cost(stored) is None
    assert not auth.check_password("correct-horse-1", stored)
    assert time.process_time() - started < 0.01  # a product-cost scrypt takes ~30 ms

"""The `updated_by` stamp written on every synced record: "user@device"."""

from __future__ import annotations


def user_of_stamp(stamp: object) -> str:
    """An updated_by value ("user@device") → the user id ("" for none)."""
    return str(stamp or "").split("@", 1)[0]

"""The body guard skips JSON strings before it counts brackets (server/guard.py): its pattern,
written as an unrolled loop for speed, strips exactly what the plain one-character-at-a-time
pattern strips, whatever the body holds (escaped quotes, backslashes, brackets in strings,
unterminated strings, bytes that are not UTF-8)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from gridwarden.server.guard import _STRING, MAX_DEPTH, json_depth

PLAIN = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
PIECES = [b'"', b"\\", b"[", b"]", b"{", b"}", b"a", b"\n", b",", b":", b"\xe4\xb8\xad", b"\xff"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_the_unrolled_pattern_strips_what_the_plain_one_strips(pieces: list[bytes]) -> None:
    body = b"".join(pieces)
    assert _STRING.sub(b"", body) == PLAIN.sub(b"", body)


def test_brackets_inside_strings_do_not_count_and_real_nesting_does() -> None:
    quoted = b'{"note": "[[[[{{{{\\"]]]]", "tags": ["a\\\\", "b"]}'
    assert json_depth(quoted) == 2
    deep = b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1)
    assert json_depth(deep) == MAX_DEPTH + 1
    hidden = b'["' + b"[" * 100 + b'"]'
    assert json_depth(hidden) == 1

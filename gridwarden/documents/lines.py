"""Breaking Chinese text into lines for a given width (the PDF writer's line breaker).

Between any two Chinese characters a line may break; never inside a number or a Latin word (ID
numbers, amounts, case numbers stay whole); closing punctuation never starts a line (it hangs
past the margin, 标点悬挂) and an opening mark never ends one (GB/T 15834 practice).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Characters that must not begin a line (避头) or end one (避尾), after GB/T 15834 practice.
NO_LINE_START = set("，。、；：？！）》」』】〕’”…—·,.;:?!)%")
NO_LINE_END = set("（《「『【〔‘“(")
_UNBREAKABLE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,:/@%+\-]*|.", re.DOTALL)


def break_lines(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Break Chinese text into lines of at most `width`: between any two Chinese characters,
    never inside a number or a Latin word (ID numbers, amounts, case numbers stay whole), never
    with closing punctuation first on a line (it hangs at the end instead) or an opening mark
    last, and never ending a paragraph with one character alone on its line (孤字)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        done: list[list[str]] = []  # this paragraph's lines, as tokens
        line: list[str] = []
        for token in _UNBREAKABLE.findall(paragraph):
            if not line or token[0] in NO_LINE_START or measure("".join(line) + token) <= width:
                line.append(token)  # closing marks hang past the margin (标点悬挂)
                continue
            carried = [token]
            if len(line) > 1 and line[-1][-1] in NO_LINE_END:
                carried.insert(0, line.pop())  # an opening mark goes down with its text
            done.append(line)
            line = carried
        _no_lone_character(done, line)
        lines += ["".join(t) for t in [*done, line]]
    return lines


def _no_lone_character(done: list[list[str]], last: list[str]) -> None:
    """A paragraph's last line of one character (and its punctuation) takes one more from the
    line above, as typesetters do."""
    words = [t for t in last if t[0] not in NO_LINE_START]
    if not done or len(words) != 1 or len(words[0]) != 1 or len(done[-1]) < 4:
        return
    moved = done[-1].pop()
    while done[-1] and moved[0] in NO_LINE_START:  # punctuation stays with what it follows
        moved = done[-1].pop() + moved
    last.insert(0, moved)


def longest_word(text: str, measure: Callable[[str], float]) -> float:
    """The width of the widest run that may not be broken (a number, a Latin word)."""
    return max((measure(t) for t in _UNBREAKABLE.findall(text)), default=0.0)

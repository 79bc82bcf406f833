"""Refuse regular expressions that can backtrack catastrophically.

Rule packs are untrusted input: a pattern like ``(a+)+$`` can hang CI on one
line of text. Python's ``re`` has no time limit, so such patterns are rejected
when the rule is loaded: a repeat whose body can itself repeat without bound,
or an unbounded repeat over alternatives that can match the same text.
"""

from __future__ import annotations

import re

try:  # Python 3.11 keeps the parser here; it moved in 3.13.
    import re._parser as sre_parse  # type: ignore[import-not-found]
    from re._constants import MAXREPEAT  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]
    from sre_constants import MAXREPEAT  # type: ignore[no-redef]

_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}
MAX_PATTERN_LENGTH = 2000


def _has_unbounded_repeat(items: object) -> bool:
    for op, arg in items:  # type: ignore[attr-defined]
        name = str(op)
        if name in _REPEATS:
            low, high, sub = arg
            if high == MAXREPEAT or high > 100:
                return True
            if _has_unbounded_repeat(sub):
                return True
        elif name == "SUBPATTERN":
            if _has_unbounded_repeat(arg[-1]):
                return True
        elif name == "BRANCH":
            if any(_has_unbounded_repeat(branch) for branch in arg[1]):
                return True
    return False


def _first(items: object) -> frozenset[int] | None:
    """The code points a branch can start with, when it must start with a literal; else None (anything)."""
    for op, arg in items:  # type: ignore[attr-defined]
        name = str(op)
        if name in ("AT",):
            continue  # anchors and \b consume nothing
        if name == "LITERAL":
            return frozenset((arg, ord(chr(arg).lower()), ord(chr(arg).upper())))
        if name == "IN" and all(str(o) == "LITERAL" for o, _ in arg):
            return frozenset(c for _, a in arg for c in (a, ord(chr(a).lower()), ord(chr(a).upper())))
        if name == "SUBPATTERN":
            return _first(arg[-1])
        return None
    return None


def _overlapping_branches(items: object) -> bool:
    """Does the pattern hold alternatives that can start the same way, like (a|aa) or (ab|ac)?"""
    for op, arg in items:  # type: ignore[attr-defined]
        name = str(op)
        if name == "BRANCH":
            firsts = [_first(branch) for branch in arg[1]]
            if any(f is None for f in firsts):
                return True
            seen: set[int] = set()
            for f in firsts:
                if seen & f:  # type: ignore[operator]
                    return True
                seen |= f  # type: ignore[operator]
            if any(_overlapping_branches(branch) for branch in arg[1]):
                return True
        elif name == "SUBPATTERN" and _overlapping_branches(arg[-1]):
            return True
    return False


def _nested(items: object) -> str | None:
    for op, arg in items:  # type: ignore[attr-defined]
        name = str(op)
        if name in _REPEATS:
            low, high, sub = arg
            unbounded = high == MAXREPEAT or high > 100
            if unbounded and name != "POSSESSIVE_REPEAT" and _has_unbounded_repeat(sub):
                return "a repeated group that itself repeats (like (a+)+) can take exponential time"
            if unbounded and name != "POSSESSIVE_REPEAT" and _overlapping_branches(sub):
                return "a repeated group of alternatives that can match the same text (like (a|aa)+) can take exponential time"
            found = _nested(sub)
            if found:
                return found
        elif name == "SUBPATTERN":
            found = _nested(arg[-1])
            if found:
                return found
        elif name == "BRANCH":
            for branch in arg[1]:
                found = _nested(branch)
                if found:
                    return found
    return None


def check_pattern(pattern: str) -> None:
    """Raise ValueError when ``pattern`` is invalid or can backtrack catastrophically."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise ValueError(f"pattern is longer than {MAX_PATTERN_LENGTH} characters")
    try:
        re.compile(pattern)
        parsed = sre_parse.parse(pattern)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None
    problem = _nested(parsed)
    if problem:
        raise ValueError(f"unsafe regular expression {pattern!r}: {problem}")

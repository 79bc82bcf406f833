"""Gitignore-style patterns (``exclude``, ``extend-exclude``, ``.gitignore`` files) compiled into a matcher.

pathspec implements the whole gitignore syntax, but importing it costs a run
about as much as reading a few hundred cached results (its backends probe for
re2 and hyperscan), and the default excludes and most ``.gitignore`` files use
only names: ``node_modules``, ``dist``, ``*.log``, ``[Rr][Ee][Aa][Dd][Mm][Ee]``.
Such a pattern (no slash, no negation, no escape, no ``**``) matches a path
when it matches one of the path's parts, so a cached run over such patterns
never imports pathspec. Any other pattern hands the whole list to pathspec;
tests/test_ignore_patterns.py checks both answer alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

# A name pattern: letters, digits, ". _ - +", the wildcards "*" and "?", and classes of letters
# and digits only ("[Rr]"; a "!" or "^" negation, a range or an escape goes to pathspec).
_NAME = re.compile(r"(?:[A-Za-z0-9._+-]|\*(?!\*)|\?|\[[A-Za-z0-9]+\])+")
_PIECE = re.compile(r"\[[A-Za-z0-9]+\]|\*|\?|[^*?\[]+")


class Matcher(Protocol):
    def match_file(self, file: str) -> bool: ...


class _Names:
    """Name patterns: a path matches when one of its parts (folders or the file) matches one."""

    def __init__(self, patterns: list[str]) -> None:
        self._part = re.compile("|".join(f"(?:{_part_regex(p)})" for p in patterns) or "(?!)").fullmatch

    def match_file(self, file: str) -> bool:
        part = self._part
        return any(part(name) for name in file.split("/") if name)


def _part_regex(pattern: str) -> str:
    """The regex for one path part that a name pattern matches: a wildcard never crosses a "/"."""
    out = []
    for piece in _PIECE.findall(pattern):
        if piece == "*":
            out.append("[^/]*")
        elif piece == "?":
            out.append("[^/]")
        elif piece.startswith("["):
            out.append(piece)  # letters and digits only: the same class in both syntaxes
        else:
            out.append(re.escape(piece))
    return "".join(out)


def compile_patterns(lines: Iterable[str]) -> Matcher:
    """A matcher for gitignore-style ``lines`` (comments and blank lines are skipped, as git does)."""
    lines = list(lines)
    patterns = [line for line in lines if line.strip() and not line.startswith("#")]
    if all(_NAME.fullmatch(p) for p in patterns):
        return _Names(patterns)
    import pathspec

    try:
        return pathspec.PathSpec.from_lines("gitignore", lines)
    except (KeyError, LookupError):  # pathspec < 1.0 names it "gitwildmatch"
        return pathspec.PathSpec.from_lines("gitwildmatch", lines)

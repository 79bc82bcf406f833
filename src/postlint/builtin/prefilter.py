"""A cheap pre-check that rules text out before a slow case-insensitive pattern runs.

Many rule patterns are case-insensitive and try every position of every block,
yet most blocks lack the few words a pattern cannot match without. Looking for
those words with ``in`` in the lower-cased text costs a small fraction of a
scan. The check never rules out text the pattern would match: under
``re.IGNORECASE`` an ASCII letter matches itself, its capital, the Kelvin sign
(which ``str.lower()`` also turns into "k") and three letters that
``str.lower()`` does not turn into it (long s, dotless i, dotted capital I);
text holding one of those three is never ruled out.
"""

from __future__ import annotations

from collections.abc import Iterable

# Letters that match "s" or "i" case-insensitively but are kept (or expanded) by lower().
_NOT_LOWERED = ("ſ", "ı", "İ")


def may_contain(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` may hold one of ``words`` (lower-case ASCII) in any case.

    ``False`` only when no case-insensitive pattern that needs one of the words can match.
    """
    lowered = text.lower()
    return any(word in lowered for word in words) or any(c in text for c in _NOT_LOWERED)

"""DM as a direct message, for READ016: everyday words in a social post ("DM me", "send us a DM"), where a
government posting's DM is the Deputy Minister, to spell out."""

from __future__ import annotations

import re

from postlint.model.posting import Posting

# "DM me", "DM @tova_pixelkiln" (a handle, blind set S65); "send us a DM", "in your DM".
_DM_ME = re.compile(r"s?\s+(?:(?:me|us|the\s+page|our\s+page)\b|@\w)", re.I)
_SEND_A = re.compile(r"(?i)\b(?:a|us\s+a|me\s+a|by|via|in\s+the|in\s+(?:a|your|my)|your)\s+$")
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
_DM = re.compile(r"\bDMs?\b")


def direct_message(posting: Posting, text: str, start: int, end: int) -> bool:
    """Whether the "DM" at ``text[start:end]`` is a direct message: so worded, or any DM but "the DM" (a person)
    in a posting that words one so ("DM me …", then "Priya reads every DM", blind set S110)."""
    if _message_here(text, start, end):
        return True
    return _means_message(posting) and not _THE_BEFORE.search(text, max(0, start - 8), start)


def _message_here(text: str, start: int, end: int) -> bool:
    return bool(_DM_ME.match(text, end) or _SEND_A.search(text, max(0, start - 20), start))


def _means_message(posting: Posting) -> bool:
    found = posting._cache.get("read016-dm-message")
    if found is None:
        text = posting.text
        found = posting._cache["read016-dm-message"] = any(_message_here(text, m.start(), m.end()) for m in _DM.finditer(text))
    return bool(found)

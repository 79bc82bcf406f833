"""JSON-LD a posting carries: a JSON parser that remembers where each value sits, and the JobPosting objects found.

``json.loads`` forgets positions, but structured-data findings must point at
the line of the offending key. :func:`parse_located` returns plain Python
values plus a map from each dict/list (by id) to the offsets of its keys and
values; strings decode with the standard library's scanner.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from json.decoder import scanstring
from typing import Any

from postlint.model.posting import SURROGATE, Posting

_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_LITERALS = {"true": True, "false": False, "null": None}


class JSONError(ValueError):
    def __init__(self, message: str, pos: int) -> None:
        super().__init__(message)
        self.pos = pos


@dataclass
class Located:
    """A parsed JSON document and where its parts are in the text (offsets relative to it)."""

    value: Any
    # id(container) -> {key or index: (key start, value start, value end)}
    spans: dict[int, dict[Any, tuple[int, int, int]]] = field(default_factory=dict)
    starts: dict[int, int] = field(default_factory=dict)  # id(container) -> offset of its "{" or "["
    keep: list[Any] = field(default_factory=list)  # containers stay alive so their ids stay unique

    def key_at(self, container: Any, key: Any) -> int:
        """Offset of ``key`` in ``container`` (its value's start for list items), else the container's start."""
        span = self.spans.get(id(container), {}).get(key)
        return span[0] if span else self.starts.get(id(container), 0)

    def value_span(self, container: Any, key: Any) -> tuple[int, int]:
        span = self.spans.get(id(container), {}).get(key)
        if span is None:
            start = self.starts.get(id(container), 0)
            return start, start + 1
        return span[1], span[2]


def parse_located(text: str) -> Located:
    """Parse JSON, raising :class:`JSONError` with the offset of the first problem."""
    out = Located(None)
    depth = 0

    def skip(i: int) -> int:
        return _WS.match(text, i).end()

    def value(i: int) -> tuple[Any, int]:
        nonlocal depth
        i = skip(i)
        if i >= len(text):
            raise JSONError("unexpected end of JSON", i)
        ch = text[i]
        if ch == '"':
            try:
                s, end = scanstring(text, i + 1, True)
            except json.JSONDecodeError as exc:
                raise JSONError(exc.msg.lower().removesuffix(" at").removesuffix(" starting at"), exc.pos) from None
            return SURROGATE.sub("\ufffd", s), end
        if ch in "{[":
            depth += 1
            if depth > 200:
                raise JSONError("JSON nested too deep", i)
            result = obj(i) if ch == "{" else arr(i)
            depth -= 1
            return result
        number = _NUMBER.match(text, i)
        if number:
            raw = number.group(0)
            return (float(raw) if any(c in raw for c in ".eE") else int(raw)), number.end()
        for word, literal in _LITERALS.items():
            if text.startswith(word, i):
                return literal, i + len(word)
        raise JSONError(f"unexpected character {ch!r}", i)

    def obj(i: int) -> tuple[dict[str, Any], int]:
        result: dict[str, Any] = {}
        out.keep.append(result)
        out.starts[id(result)] = i
        spans = out.spans.setdefault(id(result), {})
        i = skip(i + 1)
        if text.startswith("}", i):
            return result, i + 1
        while True:
            i = skip(i)
            if not text.startswith('"', i):
                raise JSONError("expected a quoted property name", i)
            key_start = i
            key, i = value(i)
            i = skip(i)
            if not text.startswith(":", i):
                raise JSONError("expected ':' after a property name", i)
            vstart = skip(i + 1)
            item, i = value(vstart)
            result[key] = item
            spans[key] = (key_start, vstart, i)
            i = skip(i)
            if text.startswith(",", i):
                i += 1
                continue
            if text.startswith("}", i):
                return result, i + 1
            raise JSONError("expected ',' or '}' after a property", i)

    def arr(i: int) -> tuple[list[Any], int]:
        result: list[Any] = []
        out.keep.append(result)
        out.starts[id(result)] = i
        spans = out.spans.setdefault(id(result), {})
        i = skip(i + 1)
        if text.startswith("]", i):
            return result, i + 1
        while True:
            vstart = skip(i)
            item, i = value(vstart)
            spans[len(result)] = (vstart, vstart, i)
            result.append(item)
            i = skip(i)
            if text.startswith(",", i):
                i += 1
                continue
            if text.startswith("]", i):
                return result, i + 1
            raise JSONError("expected ',' or ']' after an array item", i)

    result, end = value(0)
    end = skip(end)
    if end < len(text):
        raise JSONError("extra data after the JSON value", end)
    out.value = result
    return out


def job_postings(value: Any) -> list[dict[str, Any]]:
    """Every object typed JobPosting in a JSON-LD value (top level, arrays and ``@graph``)."""
    found: list[dict[str, Any]] = []

    def visit(v: Any, depth: int) -> None:
        if depth > 3:
            return
        if isinstance(v, list):
            for item in v:
                visit(item, depth + 1)
        elif isinstance(v, dict):
            kind = v.get("@type")
            if kind == "JobPosting" or (isinstance(kind, list) and "JobPosting" in kind):
                found.append(v)
            elif "@graph" in v:
                visit(v["@graph"], depth + 1)

    visit(value, 0)
    return found


@dataclass
class Script:
    """One JSON-LD text of the page: where it starts and what it parsed to."""

    start: int
    text: str
    located: Located | None
    error: JSONError | None
    postings: list[dict[str, Any]]
    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)  # "@id" -> the object it names, in this script

    def linked(self, value: Any) -> Any:
        """``value``, or the object of this script that a bare link names ({"@id": "…#org"}, as Yoast's and ATS
        pages' @graph write hiringOrganization), as JSON-LD consumers follow it."""
        if isinstance(value, dict) and isinstance(ref := value.get("@id"), str) and set(value) <= {"@id", "@type"}:
            return self.nodes.get(ref, value)
        return value


def _nodes(value: Any) -> dict[str, dict[str, Any]]:
    """The objects of a JSON-LD value that carry an "@id" and more than a link's keys, by their "@id"."""
    found: dict[str, dict[str, Any]] = {}

    def visit(v: Any, depth: int) -> None:
        if depth > 8:
            return
        if isinstance(v, list):
            for item in v:
                visit(item, depth + 1)
        elif isinstance(v, dict):
            ref = v.get("@id")
            if isinstance(ref, str) and not set(v) <= {"@id", "@type"}:
                found.setdefault(ref, v)
            for item in v.values():
                if isinstance(item, (list, dict)):
                    visit(item, depth + 1)

    visit(value, 0)
    return found


def scripts(posting: Posting) -> list[Script]:
    """The page's JSON-LD, parsed once and cached on the posting."""
    cached = posting._cache.get("jsonld-scripts")
    if cached is not None:
        return cached
    out = []
    # The readers' list of the page's scripts; a front matter's own "jsonld" key may hold anything.
    found = posting.meta.get("jsonld")
    for item in found if isinstance(found, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or type(item.get("start", 0)) is not int:
            continue
        text, start = item["text"], item.get("start", 0)
        try:
            located = parse_located(text)
            out.append(Script(start, text, located, None, job_postings(located.value), _nodes(located.value)))
        except JSONError as exc:
            out.append(Script(start, text, None, exc, []))
    posting._cache["jsonld-scripts"] = out
    return out


def each_posting(posting: Posting) -> Iterator[tuple[Script, dict[str, Any]]]:
    for script in scripts(posting):
        for obj in script.postings:
            yield script, obj


def states_location(posting: Posting) -> bool:
    """Whether a JobPosting in the page's JSON-LD gives a jobLocation or, for remote work,
    applicantLocationRequirements."""
    return any(obj.get("jobLocation") or obj.get("applicantLocationRequirements") for _, obj in each_posting(posting))

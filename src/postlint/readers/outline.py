"""A posting's outline: what postlint read, where it read it and why, as ``postlint parse`` prints it.

:func:`outline` returns plain JSON-ready data (the documented wire format of
``postlint parse --format json``)::

    {
      "path": "posting.txt", "format": "text",
      "title":  {"text": "Election Worker", "line": 5, "from": "header 'Title'"},
      "salary": {"text": "$22.57 - $28.75 HOUR", "line": 8, "min": 22.57, "max": 28.75,
                 "currency": "USD", "period": "HOUR"},
      "meta":   [{"key": "location", "value": "Sacramento, CA", "line": 7}, ...],
      "sections": [
        {"kind": "role-definition", "title": "", "level": 0, "lines": [3, 4], "items": 0,
         "words": 52, "decided": "intro", "children": []},
        {"kind": "responsibilities", "title": "EXAMPLES OF DUTIES", "level": 2, "lines": [12, 16],
         "items": 4, "words": 31, "decided": "alias 'duties'", "children": [...]}
      ]
    }

``line`` is 1-based and ``null`` when a value has no place in the source (a
JSON-LD or config value). ``lines`` is a section's first and last line,
heading included. The first section with ``level`` 0 is the untitled text
before the first heading: ``decided`` is ``intro`` when the schema lets it
define the role (kind ``role-definition``), else its kind is ``preamble``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from postlint.model.posting import Posting, Section
from postlint.model.schema import Schema, load_schema
from postlint.readers.section_kinds import classify_content, intro_words

# Keys of front matter or a header worth showing, in this order, then the rest.
_FIRST_KEYS = ("title", "salary", "location", "company", "department", "employment-type", "date-posted", "closes", "job-number")


def parse(text: str, format: str = "markdown", *, path: str = "-", schema: Schema | str | None = None) -> Posting:  # noqa: A002
    """Parse a posting and decide every section's kind (heading alias, heading word or content), as ``check`` does."""
    from postlint.readers import parse as read

    if not isinstance(schema, Schema):
        schema = load_schema(schema or "cto")
    return classify_content(read(text, format, path=path, schema=schema), schema)


def _line_of(posting: Posting, offset: int | None) -> int | None:
    return posting.locate(offset)[0] if offset is not None else None


def _meta_line(posting: Posting, key: str) -> int | None:
    """The line a metadata value came from: a header line's span, or its key in front matter."""
    span = posting.meta_spans.get(key)
    if span is not None:
        return _line_of(posting, span[0])
    return _line_of(posting, posting.front_matter_offset(key))


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _title(posting: Posting) -> dict[str, Any] | None:
    text = posting.title
    if text is None:
        return None
    meta = posting.meta.get("title")
    if isinstance(meta, str) and meta.strip():
        if "title" in posting.meta_spans:
            before = posting.source[: posting.meta_spans["title"][0]].splitlines() or [""]
            label = before[-1].split(":")[0].strip()
            if not label:  # "Job Title:" on the line above its value
                label = next((ln.strip().rstrip(":").strip() for ln in reversed(before[:-1]) if ln.strip()), "")
            return {"text": text, "line": _meta_line(posting, "title"), "from": f"header '{label}'"}
        line = _meta_line(posting, "title")
        return {"text": text, "line": line, "from": "front matter" if line else "metadata"}
    block = posting.title_block
    return {"text": text, "line": _line_of(posting, block.start if block else None), "from": "title line"}


def _salary(posting: Posting) -> dict[str, Any] | None:
    salary = posting.salary
    if salary is None:
        return None
    line = _line_of(posting, salary.start) if salary.end > salary.start else None
    return {
        "text": salary.raw, "line": line, "min": salary.min, "max": salary.max,
        "currency": salary.currency, "period": salary.period, "per": salary.per,
    }


def _section(posting: Posting, section: Section) -> dict[str, Any]:
    return {
        "kind": section.kind,
        "title": section.title,
        "level": section.level,
        "lines": [posting.locate(section.start)[0], posting.locate(max(section.start, section.end - 1))[0]],
        "items": len(section.items),
        "words": sum(len(b.text.split()) for b in section.blocks if b.kind != "heading"),
        "decided": section.decided,
        "children": [_section(posting, child) for child in section.children],
    }


def _intro(posting: Posting, schema: Schema) -> dict[str, Any] | None:
    blocks = [b for b in posting.preamble if b.kind in ("paragraph", "list_item", "table_row")]
    if not blocks:
        return None
    words = intro_words(posting)
    spec = next((s for s, _ in schema.walk() if s.intro), None)
    minimum = spec.words.min if spec is not None and spec.words and spec.words.min else 0
    defines = spec is not None and words >= minimum and posting.find(spec.kind) is None
    return {
        "kind": spec.kind if defines else "preamble",
        "title": "",
        "level": 0,
        "lines": [posting.locate(blocks[0].start)[0], posting.locate(max(blocks[-1].start, blocks[-1].end - 1))[0]],
        "items": sum(1 for b in blocks if b.kind == "list_item"),
        "words": words,
        "decided": "intro" if defines else f"untitled text before the first heading ({words} words)",
        "children": [],
    }


def outline(posting: Posting, schema: Schema | str | None = None) -> dict[str, Any]:
    """The outline of a parsed posting (see the module docstring for its shape)."""
    if not isinstance(schema, Schema):
        schema = load_schema(schema or "cto")
    classify_content(posting, schema)
    keys = [k for k in _FIRST_KEYS if k in posting.meta] + [k for k in posting.meta if k not in _FIRST_KEYS]
    meta = [
        {"key": k, "value": _jsonable(posting.meta[k]), "line": _meta_line(posting, k)}
        for k in keys
        if k not in ("jsonld",)
    ]
    sections = [_section(posting, s) for s in posting.sections]
    intro = _intro(posting, schema)
    return {
        "path": posting.path,
        "format": posting.format,
        "title": _title(posting),
        "salary": _salary(posting),
        "meta": meta,
        "sections": ([intro] if intro else []) + sections,
    }


def render_text(data: dict[str, Any]) -> str:
    """The outline as an indented listing, one section a line, like ``sqlfluff parse``."""
    out = [f"{data['path']} ({data['format']})"]

    def at(line: int | None) -> str:
        return f"L{line}" if line else "-"

    title = data["title"]
    out.append(f"  title    {title['text']!r}  {at(title['line'])}  ({title['from']})" if title else "  title    (none)")
    salary = data["salary"]
    if salary:
        parsed = f"{salary['currency'] or '?'} {salary['min']:g}–{salary['max']:g} per {salary.get('per') or str(salary['period']).lower()}" if salary["min"] is not None and salary["max"] is not None else "open-ended"
        shown = " ".join(str(salary["text"]).split())  # a JSON-LD baseSalary spans many lines
        shown = shown if len(shown) <= 60 else shown[:59] + "…"
        out.append(f"  salary   {shown!r}  {at(salary['line'])}  ({parsed})")
    else:
        out.append("  salary   (none)")
    for item in data["meta"]:
        if item["key"] in ("title", "salary"):
            continue
        value = item["value"]
        shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        if len(shown) > 60:
            shown = shown[:57] + "..."
        out.append(f"  meta     {item['key']}: {shown}  {at(item['line'])}")
    out.append("  sections")

    def walk(sections: list[dict[str, Any]], depth: int) -> None:
        for s in sections:
            lines = f"L{s['lines'][0]}-{s['lines'][1]}"
            name = repr(s["title"]) if s["title"] else "(untitled)"
            items = f"{s['items']} item{'s' if s['items'] != 1 else ''}"
            out.append(f"  {'  ' * depth}{lines:<10} {s['kind']:<24} {name}  {items}  [{s['decided']}]")
            walk(s["children"], depth + 1)

    walk(data["sections"], 1)
    return "\n".join(out) + "\n"

"""Tables in Markdown: the key facts a table of two cells a row gives ("| Location | Leeds |"), and
pandoc's grid tables, which markdown-it reads as one paragraph of bars and dashes.

A grid table (pandoc's ``grid_tables`` extension, what pandoc writes for a Word table) is
bordered by ``+----+----+`` lines, with ``+====+`` under a header; a cell may run over several
lines. Each row becomes one block; its bars and borders are markup.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from postlint.readers.bylines import names_employment_type
from postlint.readers.header_box import label_key

# A table of key facts fills what front matter leaves unset: "| Location | London (Shoreditch) |".
_FACT_KEYS = frozenset({"location", "employment-type", "company"})
_CELL = re.compile(r"[^|]+")


def wanted_fact(meta: dict[str, Any], key: str | None, value: str) -> bool:
    """A key fact the metadata still lacks: a known key with a value; for the employment type, a
    kind of employment ("| Hours | 36.25 per week |" gives hours, not one)."""
    return key in _FACT_KEYS and key not in meta and bool(value) and (key != "employment-type" or names_employment_type(value))


def key_facts(rows: list[tuple[int, str]], meta: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """The metadata of two-cell table rows whose first cell is a known label (the row stays in
    the body, where the other rules read it). Returns the values' source spans."""
    spans: dict[str, tuple[int, int]] = {}
    for offset, line in rows:
        cells = [m for m in _CELL.finditer(line) if m.group().strip()]
        if len(cells) != 2:
            continue
        key = label_key(cells[0].group().strip(" *_"))
        value = cells[1].group().strip()
        if wanted_fact(meta, key, value.strip("*_ ")):
            lead = len(cells[1].group()) - len(cells[1].group().lstrip())
            meta[key] = value.strip("*_ ")
            spans[key] = (offset + cells[1].start() + lead, offset + cells[1].start() + lead + len(value))
    return spans


_BORDER = re.compile(r"[ \t]*\+(?:[-=:]{1,500}\+){1,50}[ \t]*\r?\n?")
_GRID_ROW = re.compile(r"[ \t]*\|[^\n]*\|[ \t]*\r?\n?")


class GridRow(NamedTuple):
    first: int  # index of the row's first line among the table's lines
    last: int  # one past its last line
    cells: list[list[tuple[int, int, int]]]  # per column: (line index, start, end) of each of its pieces


def is_grid_table(lines: list[str]) -> bool:
    """Whether a paragraph's source lines are a grid table: a border first and last, rows of bars between."""
    return (
        len(lines) >= 3
        and _BORDER.fullmatch(lines[0]) is not None
        and _BORDER.fullmatch(lines[-1]) is not None
        and all(_BORDER.fullmatch(line) or _GRID_ROW.fullmatch(line) for line in lines)
    )


def is_border(line: str) -> bool:
    return _BORDER.fullmatch(line) is not None


def grid_rows(lines: list[str]) -> list[GridRow]:
    """The rows of a grid table (see :func:`is_grid_table`), its columns where the first border has its "+"."""
    top = lines[0].rstrip("\r\n")
    edges = [i for i, c in enumerate(top) if c == "+"]
    rows: list[GridRow] = []
    start = None
    for n, line in enumerate(lines):
        if is_border(line):
            if start is not None and n > start:
                cells = [[(k, a + 1, min(b, len(lines[k].rstrip("\r\n")))) for k in range(start, n)] for a, b in zip(edges, edges[1:])]
                rows.append(GridRow(start, n, cells))
            start = n + 1
    return rows


def cell_text(lines: list[str], pieces: list[tuple[int, int, int]]) -> str:
    """A cell's words over all its lines, one space between lines."""
    return " ".join(" ".join(lines[k][a:b].split()) for k, a, b in pieces if lines[k][a:b].strip()).strip()

"""Convert a Markdown posting into the plain-text shapes scraped postings come in.

Run at test time on shared-corpus postings (never committed): the outline set
scores the same labels on each shape.

- ``browser``: a copy from a job board page: site chrome around it, the title
  on its own line, headings as plain lines, ``•`` bullets;
- ``ats``: an applicant-tracking-system export: a ``Label: value`` header
  under ``=== JOB DETAILS ===``, ``=== X ===`` banners, ``o`` / ``-`` bullets;
- ``county``: a county job board: the title and headings in capitals (with a
  colon), one item per line without bullets or end punctuation.

Markdown is read with markdown-it-py's tokens, not with postlint's reader, so
a conversion does not inherit what postlint gets wrong.
"""

from __future__ import annotations

import re
import zlib
from typing import Any

from markdown_it import MarkdownIt

SHAPES = ("browser", "ats", "county")
_FRONT = re.compile(r"\A(?:---|\+\+\+)\s*\n(.*?)\n(?:---|\+\+\+)\s*\n", re.S)


def _front_matter(text: str) -> tuple[dict[str, Any], str]:
    m = _FRONT.match(text)
    if not m:
        return {}, text
    import yaml

    try:
        data = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError:
        data = {}
    return (data if isinstance(data, dict) else {}), text[m.end() :]


def _inline(token: Any) -> str:
    """The words of an inline token: markup, images and HTML dropped, line breaks as spaces."""
    out = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
    text = "".join(out)
    text = re.sub(r"<[^>]+>", "", text)
    return " ".join(text.split())


def blocks(markdown: str) -> tuple[dict[str, Any], list[tuple[str, int, str]]]:
    """(front matter, [(kind, level, text)]) with kinds heading, paragraph and item."""
    meta, body = _front_matter(markdown)
    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    out: list[tuple[str, int, str]] = []
    depth = 0
    pending: str | None = None
    for i, tok in enumerate(tokens):
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif tok.type == "heading_open":
            pending = f"h{tok.tag[1]}"
        elif tok.type == "inline" and pending:
            text = _inline(tok)
            if text:
                out.append(("heading", int(pending[1]), text))
            pending = None
        elif tok.type == "inline":
            text = _inline(tok)
            if not text:
                continue
            in_item = depth > 0 and i >= 2 and tokens[i - 2].type == "list_item_open"
            out.append(("item", depth, text) if in_item else ("paragraph", 0, text))
        elif tok.type == "html_block":
            text = " ".join(re.sub(r"<[^>]+>", " ", tok.content).split())
            if text:
                out.append(("paragraph", 0, text))
    return meta, out


def _title(meta: dict[str, Any], parts: list[tuple[str, int, str]]) -> str:
    h1 = next((t for k, lvl, t in parts if k == "heading" and lvl == 1), None)
    return h1 or str(meta.get("title") or "").strip()


def convert(markdown: str, shape: str) -> str:
    meta, parts = blocks(markdown)
    title = _title(meta, parts)
    parts = [p for p in parts if not (p[0] == "heading" and p[1] == 1)]
    lines: list[str] = []
    if shape == "browser":
        lines += ["Skip to main content", "Home > Careers > Open positions", "Back to search results", "", title, ""]
        for kind, level, text in parts:
            if kind == "heading":
                lines += ["", text, ""]
            elif kind == "item":
                lines.append(("  " * (level - 1)) + ("• " if level == 1 else "◦ ") + text)
            else:
                lines += [text, ""]
        lines += ["", "Apply now", "Share this job", "Print"]
    elif shape == "ats":
        lines += ["=== JOB DETAILS ===", f"Title: {title}"]
        for key, label in (("location", "Location"), ("opens", "Opening Date"), ("closes", "Closing Date")):
            if meta.get(key):
                lines.append(f"{label}: {meta[key]}")
        lines.append(f"Job Number: {zlib.crc32(title.encode()) % 100000:05d}")
        for kind, level, text in parts:
            if kind == "heading":
                lines += ["", f"=== {text} ===" if level <= 2 else f"--- {text} ---"]
            elif kind == "item":
                lines.append(("  " * (level - 1)) + ("o " if level == 1 else "- ") + text)
            else:
                lines.append(text)
        lines += ["", "(Download PDF reader)"]
    elif shape == "county":
        lines += [title.upper(), ""]
        for kind, level, text in parts:
            if kind == "heading":
                heading = text.rstrip(":").strip()
                lines += ["", (heading.upper() if level <= 2 else heading) + ":"]
            elif kind == "item":
                lines.append(text[:-1] if text.endswith(".") and text.count(". ") == 0 else text)
            else:
                lines += ["", text, ""]
    else:
        raise ValueError(f"unknown shape {shape!r}")
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"

"""Readers turn source text into a :class:`~postlint.model.posting.Posting`, one format each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from postlint.errors import InputError
from postlint.model.posting import SURROGATE, Posting

if TYPE_CHECKING:  # pragma: no cover
    from postlint.model.schema import Schema

FORMATS = ("markdown", "text", "html", "jsonld")


def parse(text: str, format: str = "markdown", *, path: str = "-", schema: Schema | str | None = None) -> Posting:
    """Parse a posting's text. ``format`` is ``markdown``, ``text``, ``html`` or ``jsonld``."""
    # Imported here: the package is imported for readers.source too, which a cached run uses alone.
    from postlint.model.schema import Schema, load_schema

    if not isinstance(schema, Schema):
        schema = load_schema(schema or "cto")
    text = SURROGATE.sub("\ufffd", text)
    if format == "markdown":
        from postlint.readers.markdown import read_markdown

        return read_markdown(text, schema, path=path)
    if format == "text":
        from postlint.readers.text import read_text

        return read_text(text, schema, path=path)
    if format == "html":
        from postlint.readers.html import read_html

        return read_html(text, schema, path=path)
    if format == "jsonld":
        from postlint.readers.jsonld import read_jsonld

        return read_jsonld(text, schema, path=path)
    raise InputError(f"{path}: unknown format {format!r} (choose from {', '.join(FORMATS)})")

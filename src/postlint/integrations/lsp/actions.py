"""Code actions: a quick fix per safe fix, "Ignore CODE on this line", and fix-all.

The quick fix is the replacement ``postlint check --fix`` makes for that
finding; fix-all runs the fixer to its fixed point, as ``--fix`` does, and
sends the lines that changed.
"""

from __future__ import annotations

import difflib
import re

from lsprotocol import types

from postlint.engine.suppress import COMMENT_DIRECTIVE, TEXT_DIRECTIVE
from postlint.integrations.lsp.convert import to_lsp
from postlint.integrations.lsp.positions import LineIndex
from postlint.model.diagnostic import Diagnostic

FIX_ALL = "source.fixAll.postlint"
KINDS = [types.CodeActionKind.QuickFix, FIX_ALL]
# Where a comment appended to a line would change something other than prose.
_SCRIPT = re.compile(r"<(script|style)\b.*?(?:</\1\s*>|\Z)", re.IGNORECASE | re.DOTALL)


def wanted(only: list[str] | None, kind: str) -> bool:
    """Whether a request's ``only`` filter admits ``kind`` (a kind admits its sub-kinds)."""
    return not only or any(kind == k or kind.startswith(k + ".") for k in only)


def _overlaps(a: types.Range, b: types.Range) -> bool:
    start = (a.start.line, a.start.character)
    end = (a.end.line, a.end.character)
    return (b.start.line, b.start.character) <= end and start <= (b.end.line, b.end.character)


def _edit(uri: str, version: int | None, edits: list[types.TextEdit]) -> types.WorkspaceEdit:
    # Versioned, so a client drops an edit computed for text that has since changed.
    doc = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
    return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=doc, edits=edits)])


def quick_fixes(
    uri: str, version: int | None, found: list[Diagnostic], index: LineIndex, at: types.Range
) -> list[types.CodeAction]:
    out = []
    for d in found:
        if d.fix is None:
            continue
        diagnostic = to_lsp(d, index)
        if not _overlaps(diagnostic.range, at):
            continue
        old = index.text[d.fix.start : d.fix.end]
        edit = types.TextEdit(range=index.range(d.fix.start, d.fix.end), new_text=d.fix.replacement)
        out.append(
            types.CodeAction(
                title=f"{d.code}: replace '{old}' with '{d.fix.replacement}'",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                edit=_edit(uri, version, [edit]),
                is_preferred=True,
            )
        )
    return out


def _not_prose_spans(text: str, fmt: str) -> list[tuple[int, int]]:
    """Spans where an appended comment would change data: front matter, HTML scripts and styles."""
    if fmt == "html":
        return [m.span() for m in _SCRIPT.finditer(text)]
    from postlint.readers.frontmatter import split_front_matter

    body = split_front_matter(text)[1] if fmt == "markdown" else 0
    return [(0, body)] if body else []


def ignore_actions(
    uri: str, version: int | None, found: list[Diagnostic], index: LineIndex, at: types.Range, fmt: str | None
) -> list[types.CodeAction]:
    """One "Ignore CODE on this line" per code and line, in the document's comment syntax."""
    if fmt not in ("markdown", "html", "text"):
        return []  # JSON-LD has no comments
    text = index.text
    skip = None
    out: list[types.CodeAction] = []
    seen: set[tuple[str, int]] = set()
    for d in found:
        diagnostic = to_lsp(d, index)
        line = diagnostic.range.start.line
        if not _overlaps(diagnostic.range, at) or (d.code, line) in seen:
            continue
        seen.add((d.code, line))
        if skip is None:
            skip = _not_prose_spans(text, fmt)
        if any(a <= d.start < b for a, b in skip):
            continue
        edit = _ignore_edit(index, line, d.code, fmt)
        out.append(
            types.CodeAction(
                title=f"Ignore {d.code} on this line",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                edit=_edit(uri, version, [edit]),
            )
        )
    return out


def _ignore_edit(index: LineIndex, line: int, code: str, fmt: str) -> types.TextEdit:
    """Add ``code`` to the line's trailing ignore directive, or append one (before trailing spaces)."""
    start = index.starts[line]
    end = index.offset(types.Position(line=line, character=2**31 - 1))
    content = index.text[start:end].rstrip()
    pattern = TEXT_DIRECTIVE if fmt == "text" else COMMENT_DIRECTIVE
    last = None
    for m in pattern.finditer(content):
        last = m
    if (
        last is not None
        and last.end() == len(content)
        and last.group("verb") == "ignore"
        and last.group("sel") is not None
    ):
        at = start + last.end("sel")
        insert = f", {code}" if last.group("sel").strip() else code
    else:
        at = start + len(content)
        directive = f"postlint: ignore[{code}]"
        insert = f" {directive}" if fmt == "text" else f" <!-- {directive} -->"
        if not content:
            insert = insert.lstrip()
    pos = index.position(at)
    return types.TextEdit(range=types.Range(start=pos, end=pos), new_text=insert)


def fix_all_action(uri: str, version: int | None, index: LineIndex, fixed: str) -> types.CodeAction | None:
    """The whole-document fix, as edits to the lines that changed (the rest is left alone)."""
    if fixed == index.text:
        return None
    before = index.text.splitlines(keepends=True)
    after = fixed.splitlines(keepends=True)
    offsets = [0]
    for chunk in before:
        offsets.append(offsets[-1] + len(chunk))
    edits = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if tag != "equal":
            edits.append(types.TextEdit(range=index.range(offsets[i1], offsets[i2]), new_text="".join(after[j1:j2])))
    return types.CodeAction(
        title="postlint: fix all safe fixes in this document", kind=FIX_ALL, edit=_edit(uri, version, edits)
    )

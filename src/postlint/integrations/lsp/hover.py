"""Hover: the documentation of the rules flagged under the cursor, as Markdown."""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol import types

from postlint.engine.rule import Rule
from postlint.integrations.lsp.convert import to_lsp
from postlint.integrations.lsp.positions import LineIndex
from postlint.model.diagnostic import Diagnostic


def _contains(r: types.Range, p: types.Position) -> bool:
    return (r.start.line, r.start.character) <= (p.line, p.character) <= (r.end.line, r.end.character)


def rule_markdown(rule: Rule, d: Diagnostic) -> str:
    """What `postlint rule CODE` prints, for an editor: the finding, why, an example, how to fix."""
    parts = [f"**{rule.code} {rule.name}** ({rule.family}, {d.severity})", d.message]
    if d.help:
        parts.append(d.help)
    parts.append(rule.summary)
    if rule.why:
        parts.append(f"**Why.** {rule.why}")
    if rule.example:
        parts.append(f"**Triggers on**\n\n```{rule.example_format}\n{rule.example.rstrip()}\n```")
    if rule.passing:
        parts.append(f"**How to fix: passes**\n\n```{rule.example_format}\n{rule.passing.rstrip()}\n```")
    if d.fix is not None:
        parts.append(f"Safe fix: replace with '{d.fix.replacement}' (quick fix, or `postlint check --fix`).")
    if rule.source.startswith(("https://", "http://")):
        parts.append(f"Source: <{rule.source}>")
    elif rule.source:
        parts.append(f"Source: {rule.source}")
    return "\n\n".join(parts)


def hover(found: list[Diagnostic], index: LineIndex, at: types.Position, rules: Sequence[Rule]) -> types.Hover | None:
    """Every rule flagged at ``at``, the narrowest finding first (a word before its whole paragraph)."""
    by_code = {r.code: r for r in rules}
    hits = []
    seen: set[str] = set()
    for d in sorted(found, key=lambda d: (d.end - d.start, d.start)):
        lsp = to_lsp(d, index)
        if _contains(lsp.range, at) and d.code not in seen and d.code in by_code:
            seen.add(d.code)
            hits.append((lsp.range, rule_markdown(by_code[d.code], d)))
    if not hits:
        return None
    return types.Hover(
        contents=types.MarkupContent(
            kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(text for _, text in hits)
        ),
        range=hits[0][0],
    )

"""Inline suppression comments.

Markdown and HTML::

    We want a rockstar. <!-- postlint: ignore[INC042] -- quoted from the client -->
    <!-- postlint: ignore[readability] -->        (alone on a line: the next block)
    <!-- postlint: disable[INC, PAY001] --> ... <!-- postlint: enable[INC, PAY001] -->

Plain text uses the same directives without the comment markers, at the end
of a line or alone on one. Selectors are those of the config: a code, a code
prefix, a rule name, a family (``readability``) or ``ALL``; a directive without brackets means every
rule. The text after ``--`` is the reason, kept for reviewers.

The unused-suppression rule (``postlint.builtin.meta.unused_suppression``) yields one candidate
per selector; :func:`apply_suppressions` drops the candidates whose selector
silenced something, so only unused ones are reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from postlint.engine.rule import Rule, family_of
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Posting

META_CODE = "META001"

_BODY = r"postlint:[ \t]*(?P<verb>ignore|disable|enable)(?:\[(?P<sel>[^\]\n]*)\])?(?:[ \t]*--[ \t]*(?P<reason>[^\n]*?))?[ \t]*"
COMMENT_DIRECTIVE = re.compile(r"<!--[ \t]*" + _BODY + r"-->")
TEXT_DIRECTIVE = re.compile(r"(?<![\w/])" + _BODY + r"(?=\r?\n|\r|$)")
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})", re.MULTILINE)


@dataclass
class Selector:
    """One selector of one directive, with its place in the source (for the unused report)."""

    text: str
    start: int
    end: int
    used: bool = False


@dataclass
class Directive:
    verb: str  # ignore | disable | enable
    start: int
    end: int
    selectors: list[Selector]
    reason: str | None = None
    # The source range it silences (ignore and disable only).
    region: tuple[int, int] = (0, 0)


@dataclass
class Suppressions:
    """A posting's directives, and the ranges its disable/enable pairs switch off."""

    directives: list[Directive] = field(default_factory=list)
    disabled: list[tuple[Selector, int, int]] = field(default_factory=list)

    @property
    def selectors(self) -> list[Selector]:
        return [s for d in self.directives for s in d.selectors]


def matches(selector: str, code: str, name: str) -> bool:
    """A selector as in the config: ALL, a code, a name, a family, or an upper-case code prefix."""
    return selector in ("ALL", code, name, family_of(code)) or (selector.isupper() and code.startswith(selector))


def _fenced(source: str) -> list[tuple[int, int]]:
    """Fenced code blocks in Markdown: a directive shown inside one is an example, not a directive."""
    spans: list[tuple[int, int]] = []
    opened: tuple[int, str] | None = None
    for m in _FENCE.finditer(source):
        fence = m.group(1)
        if opened is None:
            opened = (m.start(), fence)
        elif fence[0] == opened[1][0] and len(fence) >= len(opened[1]):
            spans.append((opened[0], m.end()))
            opened = None
    if opened is not None:
        spans.append((opened[0], len(source)))
    return spans


def parse_directives(posting: Posting) -> Suppressions:
    """Every suppression directive in a posting, in source order, with the region each silences."""
    source = posting.source
    if "postlint:" not in source or posting.format == "jsonld":
        return Suppressions()
    pattern = TEXT_DIRECTIVE if posting.format == "text" else COMMENT_DIRECTIVE
    fences = _fenced(source) if posting.format == "markdown" else []
    found: list[Directive] = []
    for m in pattern.finditer(source):
        if any(a <= m.start() < b for a, b in fences):
            continue
        selectors: list[Selector] = []
        if m.group("sel") is not None:
            base = m.start("sel")
            for part in re.finditer(r"[^,\s]+", m.group("sel")):
                selectors.append(Selector(part.group(0), base + part.start(), base + part.end()))
        else:
            selectors.append(Selector("ALL", m.start("verb"), m.end("verb")))
        reason = (m.group("reason") or "").strip() or None
        found.append(Directive(m.group("verb"), m.start(), m.end(), selectors, reason))
    return Suppressions(found, _assign_regions(posting, found))


def _line_bounds(source: str, offset: int) -> tuple[int, int]:
    start = max(source.rfind("\n", 0, offset), source.rfind("\r", 0, offset)) + 1
    ends = [i for i in (source.find("\n", offset), source.find("\r", offset)) if i >= 0]
    return start, min(ends) if ends else len(source)


def _assign_regions(posting: Posting, directives: list[Directive]) -> list[tuple[Selector, int, int]]:
    source = posting.source
    blocks = sorted(posting.blocks(), key=lambda b: b.start)
    for d in directives:
        if d.verb != "ignore":
            continue
        line_start, line_end = _line_bounds(source, d.start)
        if source[line_start : d.start].strip():
            d.region = (line_start, line_end)  # at the end of a line: that line
            continue
        # Alone on its line: the next block, to the end of that block's last line.
        nxt = next((b for b in blocks if b.start >= d.end), None)
        if nxt is None:
            d.region = (d.end, d.end)
        else:
            d.region = (nxt.start, _line_bounds(source, max(nxt.end - 1, nxt.start))[1])
    # disable[...] holds each selector open until an enable naming it (or a bare enable).
    open_: dict[str, tuple[Directive, Selector]] = {}
    ranges: list[tuple[Directive, Selector, int]] = []
    for d in directives:
        if d.verb == "disable":
            for s in d.selectors:
                open_.setdefault(s.text, (d, s))
        elif d.verb == "enable":
            names = [s.text for s in d.selectors]
            for name in list(open_) if "ALL" in names else names:
                if name in open_:
                    opener, sel = open_.pop(name)
                    ranges.append((opener, sel, d.start))
    for opener, sel in open_.values():
        ranges.append((opener, sel, len(source)))
    return [(sel, opener.end, end) for opener, sel, end in ranges]


def _silencers(sup: Suppressions, d: Diagnostic) -> list[Selector]:
    out = []
    for directive in sup.directives:
        if directive.verb == "ignore" and directive.region[0] <= d.start <= directive.region[1]:
            out.extend(s for s in directive.selectors if matches(s.text, d.code, d.name))
    out.extend(sel for sel, a, b in sup.disabled if a <= d.start < b and matches(sel.text, d.code, d.name))
    return out


def apply_suppressions(posting: Posting, diagnostics: list[Diagnostic], rules: Sequence[Rule]) -> list[Diagnostic]:
    """Drop the findings a directive silences; keep unused-suppression candidates only where unused.

    ``rules`` are all available rules: a selector that names none of them is
    reported as unknown rather than unused.
    """
    if not diagnostics:
        return diagnostics
    sup = parse_directives(posting)
    if not sup.directives:
        return [d for d in diagnostics if d.code != META_CODE]
    kept: list[Diagnostic] = []
    candidates: list[Diagnostic] = []
    for d in diagnostics:
        if d.code == META_CODE:
            candidates.append(d)  # never silenced itself: an unused suppression must stay visible
            continue
        silencers = _silencers(sup, d)
        for s in silencers:
            s.used = True
        if not silencers:
            kept.append(d)
    by_span = {(s.start, s.end): s for s in sup.selectors}
    for c in candidates:
        sel = by_span.get((c.start, c.end))
        if sel is None or sel.used:
            continue
        if not any(matches(sel.text, r.code, r.name) for r in rules):
            c = c.model_copy(update={"message": f"Unknown rule selector `{sel.text}` in a suppression comment."})
        kept.append(c)
    return kept

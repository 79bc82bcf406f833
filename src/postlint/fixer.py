"""Applying fixes: only the single replacements rules mark as always safe."""

from __future__ import annotations

from collections.abc import Iterable

from postlint.diagnostic import Diagnostic, Fix


def apply_fixes(text: str, diagnostics: Iterable[Diagnostic]) -> tuple[str, int]:
    """Apply every non-overlapping fix; return the new text and how many were applied.

    Fixes are applied from the end of the text backwards so offsets stay valid;
    of two overlapping fixes the earlier one wins and the other waits for the
    next run. Bytes outside the fixed spans are never touched.
    """
    fixes: list[Fix] = sorted({d.fix for d in diagnostics if d.fix is not None}, key=lambda f: (f.start, f.end))
    chosen: list[Fix] = []
    for fix in fixes:
        if chosen and fix.start < chosen[-1].end:
            continue
        if 0 <= fix.start <= fix.end <= len(text):
            chosen.append(fix)
    for fix in reversed(chosen):
        text = text[: fix.start] + fix.replacement + text[fix.end :]
    return text, len(chosen)

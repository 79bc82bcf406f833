"""Inline suppression comments (filled in by the integrations work)."""

from __future__ import annotations

from collections.abc import Sequence

from postlint.diagnostic import Diagnostic
from postlint.posting import Posting
from postlint.rule import Rule


def apply_suppressions(posting: Posting, diagnostics: list[Diagnostic], rules: Sequence[Rule]) -> list[Diagnostic]:
    return diagnostics

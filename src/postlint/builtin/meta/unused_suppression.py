"""META rules: about postlint's own directives in a posting, not about the posting."""

from __future__ import annotations

from collections.abc import Iterator

from postlint.engine.rule import Context, Rule
from postlint.engine.suppress import META_CODE, parse_directives
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Posting


class UnusedSuppression(Rule):
    code: str = META_CODE
    name: str = "unused-suppression"
    summary: str = "A suppression comment that silences nothing should be removed."
    why: str = (
        "Suppressions outlive the text they were written for: once the wording is fixed, a stale "
        "`ignore` would hide the next real finding on that line. Same idea as ruff's RUF100 unused-noqa."
    )
    source: str = "https://docs.astral.sh/ruff/rules/unused-noqa/"
    example: str = "# Data Engineer\n\nYou will build pipelines. <!-- postlint: ignore[STR001] -->\n"
    passing: str = "# Data Engineer\n\nYou will build pipelines. <!-- reviewed by legal -->\n"
    severity: str = "warning"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        # One candidate per selector; apply_suppressions keeps only those that silenced nothing.
        for directive in parse_directives(posting).directives:
            if directive.verb == "enable":
                continue  # enable only ends a disable; it silences nothing itself
            for sel in directive.selectors:
                    yield self.diagnostic(posting, sel.start, sel.end, f"Unused suppression `{sel.text}`: it silences no finding here.")


RULES: list[Rule] = [UnusedSuppression.default()]

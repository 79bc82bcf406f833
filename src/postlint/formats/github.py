"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
"""

from __future__ import annotations

from collections.abc import Sequence

from postlint.engine.report import Report
from postlint.engine.rule import Rule

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    # The message part: only %, CR and LF are special.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    # Property values additionally end at ',' and ':'.
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def github(report: Report, rules: Sequence[Rule], colour: bool = False) -> str:
    lines: list[str] = []
    for result in report.results:
        if result.error:
            lines.append(f"::error file={_prop(result.path)},title=postlint::{_data(result.error)}")
        for d in result.diagnostics:
            props = [
                f"file={_prop(d.path)}",
                f"line={d.line}",
                f"col={d.column}",
                f"endLine={d.end_line}",
                f"endColumn={d.end_column}",
                f"title={_prop(f'{d.code} {d.name}')}",
            ]
            message = d.message + (f"\n{d.help}" if d.help else "")
            lines.append(f"::{_LEVEL[d.severity]} {','.join(props)}::{_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")

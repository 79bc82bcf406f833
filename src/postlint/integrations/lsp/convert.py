"""postlint diagnostics as LSP diagnostics."""

from __future__ import annotations

from lsprotocol import types

from postlint.integrations.lsp.positions import LineIndex
from postlint.model.diagnostic import Diagnostic

SOURCE = "postlint"
SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}


def to_lsp(d: Diagnostic, index: LineIndex) -> types.Diagnostic:
    """One finding: range in the client's units, severity, code, docs link and, in ``data``, its safe fix."""
    message = d.message + (f"\n{d.help}" if d.help else "")
    data = None
    if d.fix is not None:
        # The same replacement `--fix` makes, as a ready-made edit (clients may apply it themselves).
        data = {
            "fix": {
                "range": _plain(index.range(d.fix.start, d.fix.end)),
                "newText": d.fix.replacement,
            }
        }
    href = d.url if d.url and d.url.startswith(("https://", "http://")) else None
    return types.Diagnostic(
        range=index.range(
            d.start, d.end if d.end > d.start else d.start + 1
        ),  # an empty span covers one character, as in check
        severity=SEVERITY[d.severity],
        code=d.code,
        code_description=types.CodeDescription(href=href) if href else None,
        source=SOURCE,
        message=message,
        data=data,
    )


def problem(message: str) -> types.Diagnostic:
    """A document postlint cannot lint (binary, too large, a rule crash): said once, on its first line."""
    return types.Diagnostic(
        range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
        severity=types.DiagnosticSeverity.Warning,
        source=SOURCE,
        message=message,
    )


def _plain(r: types.Range) -> dict[str, dict[str, int]]:
    return {
        "start": {"line": r.start.line, "character": r.start.character},
        "end": {"line": r.end.line, "character": r.end.character},
    }

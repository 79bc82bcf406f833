"""SARIF 2.1.0: the format GitHub code scanning and other security dashboards read.

Columns count Unicode code points, as postlint's do, so the run says
``columnKind: unicodeCodePoints``. Spec: https://docs.oasis-open.org/sarif/sarif/v2.1.0/
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from postlint._version import __version__
from postlint.engine.baseline import fingerprints
from postlint.engine.report import Report
from postlint.engine.rule import Rule
from postlint.model.diagnostic import Diagnostic

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    """A relative path stays a relative URI reference (GitHub resolves it against the checkout)."""
    if path == "-":
        return "stdin"
    p = PurePath(path)
    if p.is_absolute():
        return Path(path).as_uri()
    return quote(p.as_posix(), errors="surrogateescape")  # a name's undecodable bytes, percent-encoded as they are


def _rule(rule: Rule) -> dict[str, Any]:
    help_text = rule.why or rule.summary
    markdown = f"{rule.summary}\n\n{rule.why}".strip()
    if rule.example:
        markdown += f"\n\nExample that triggers it:\n\n```markdown\n{rule.example}\n```"
    if rule.passing:
        markdown += f"\n\nPasses:\n\n```markdown\n{rule.passing}\n```"
    out: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": f"{rule.summary} {rule.why}".strip()},
        "help": {"text": help_text, "markdown": markdown},
        "defaultConfiguration": {"level": _LEVEL[rule.severity], "enabled": rule.enabled},
        "properties": {"tags": [rule.family]},
    }
    if rule.source.startswith(("http://", "https://")):
        out["helpUri"] = rule.source
    return out


def _result(d: Diagnostic, fp: str, index: dict[str, int]) -> dict[str, Any]:
    location = {"uri": _uri(d.path)}
    out: dict[str, Any] = {
        "ruleId": d.code,
        "level": _LEVEL[d.severity],
        "message": {"text": d.message + (f" {d.help}" if d.help else "")},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": location,
                    "region": {
                        "startLine": d.line,
                        "startColumn": d.column,
                        "endLine": d.end_line,
                        "endColumn": d.end_column,
                        "charOffset": d.start,
                        "charLength": d.end - d.start,
                    },
                }
            }
        ],
        "partialFingerprints": {"postlint/v1": fp},
    }
    if d.code in index:
        out["ruleIndex"] = index[d.code]
    if d.fix is not None:
        out["fixes"] = [
            {
                "description": {"text": f"Replace with {d.fix.replacement!r}"},
                "artifactChanges": [
                    {
                        "artifactLocation": location,
                        "replacements": [
                            {
                                "deletedRegion": {"charOffset": d.fix.start, "charLength": d.fix.end - d.fix.start},
                                "insertedContent": {"text": d.fix.replacement},
                            }
                        ],
                    }
                ],
            }
        ]
    return out


def sarif_log(report: Report, rules: Sequence[Rule]) -> dict[str, Any]:
    """The SARIF log as a dict (one run, every available rule described)."""
    described = sorted({r.code: r for r in rules}.values(), key=lambda r: r.code)
    # A finding of a rule not in ``rules`` (say, a plugin's) still gets a descriptor.
    known = {r.code for r in described}
    extra = sorted({(d.code, d.name) for d in report.diagnostics if d.code not in known})
    descriptors = [_rule(r) for r in described] + [{"id": c, "name": n} for c, n in extra]
    index = {desc["id"]: i for i, desc in enumerate(descriptors)}
    results = []
    for result in report.results:
        for d, fp in zip(result.diagnostics, fingerprints(result), strict=True):
            results.append(_result(d, fp, index))
    notes = [
        {"level": "error", "message": {"text": r.error}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(r.path)}}}]}
        for r in report.results
        if r.error
    ]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "postlint",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": descriptors,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "invocations": [{"executionSuccessful": not notes, "toolExecutionNotifications": notes}],
                "results": results,
            }
        ],
    }


def sarif(report: Report, rules: Sequence[Rule], colour: bool = False) -> str:
    return json.dumps(sarif_log(report, rules), indent=2, ensure_ascii=False) + "\n"

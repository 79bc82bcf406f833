"""GitLab Code Quality report (a JSON array), shown on merge requests.

https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import PurePath

from postlint.engine.baseline import fingerprints
from postlint.engine.report import Report
from postlint.engine.rule import Rule

# GitLab's scale: info, minor, major, critical, blocker.
_SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def gitlab(report: Report, rules: Sequence[Rule], colour: bool = False) -> str:
    issues = []
    for result in report.results:
        for d, fp in zip(result.diagnostics, fingerprints(result), strict=True):
            issues.append(
                {
                    "type": "issue",
                    "description": f"{d.code} {d.message}",
                    "check_name": f"{d.code} {d.name}",
                    "categories": ["Style"],
                    "fingerprint": fp,
                    "severity": _SEVERITY[d.severity],
                    "location": {
                        "path": PurePath(d.path).as_posix(),
                        "lines": {"begin": d.line, "end": d.end_line},
                        "positions": {
                            "begin": {"line": d.line, "column": d.column},
                            "end": {"line": d.end_line, "column": d.end_column},
                        },
                    },
                }
            )
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"

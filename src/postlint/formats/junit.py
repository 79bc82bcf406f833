"""JUnit XML: one test case per posting, failing with its findings (for CI test-report views)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from xml.etree import ElementTree as ET

from postlint.engine.report import Report
from postlint.engine.rule import Rule, counted

# Info findings are advice: they go to the test's output instead of failing it.
_FAILS = ("error", "warning")
# Characters XML 1.0 cannot carry at all, even escaped.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(text: str) -> str:
    return _INVALID_XML.sub("\ufffd", text)


def junit(report: Report, rules: Sequence[Rule], colour: bool = False) -> str:
    root = ET.Element("testsuites", name="postlint")
    suite = ET.SubElement(root, "testsuite", name="postlint")
    failures = errors = 0
    for result in report.results:
        case = ET.SubElement(suite, "testcase", name=_x(result.path), classname="postlint", file=_x(result.path))
        if result.error:
            errors += 1
            ET.SubElement(case, "error", message=_x(result.error), type="InputError").text = _x(result.error)
            continue
        lines = [f"{d.path}:{d.line}:{d.column}: {d.code} [{d.severity}] {d.message}" for d in result.diagnostics]
        failing = [d for d in result.diagnostics if d.severity in _FAILS]
        if failing:
            failures += 1
            n, advice = len(failing), len(lines) - len(failing)
            message = counted(n, "finding") + (f" (and {advice} info)" if advice else "")
            ET.SubElement(case, "failure", message=message, type="postlint").text = _x("\n".join(lines))
        elif lines:
            ET.SubElement(case, "system-out").text = _x("\n".join(lines))
    suite.set("tests", str(len(report.results)))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    root.set("tests", suite.get("tests", "0"))
    root.set("failures", str(failures))
    root.set("errors", str(errors))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"

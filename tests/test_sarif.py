"""SARIF 2.1.0 output: valid against the official schema, with rule metadata, fingerprints and fixes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from test_formats import RULES, sample_report

from postlint.engine.report import FileResult, Report
from postlint.formats import render
from postlint.readers import parse

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema")
    path = Path(os.environ.get("POSTLINT_SARIF_SCHEMA") or ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json")
    if not path.is_file():
        pytest.skip("SARIF schema not available (set POSTLINT_SARIF_SCHEMA)")
    schema = json.loads(path.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def _errors(validator, log) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]


def test_sample_report_is_valid_sarif(validator):
    log = json.loads(render("sarif", sample_report(), RULES))
    assert _errors(validator, log) == []


def test_sarif_content():
    log = json.loads(render("sarif", sample_report(), RULES))
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    # Described: both available rules, plus READ001 which reported without being in the list.
    assert [r["id"] for r in rules] == ["INC042", "STR003", "READ001"]
    assert rules[0]["helpUri"] == "https://example.org/rules"
    assert rules[1]["defaultConfiguration"]["level"] == "error"
    results = run["results"]
    assert [(r["ruleId"], r["ruleIndex"], r["level"]) for r in results] == [("STR003", 1, "error"), ("INC042", 0, "warning"), ("READ001", 2, "note")]
    region = results[1]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (3, 11, 3, 19)
    assert results[1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "jobs/lead.md"
    assert results[1]["fixes"][0]["artifactChanges"][0]["replacements"][0] == {
        "deletedRegion": {"charOffset": 24, "charLength": 8},
        "insertedContent": {"text": "expert"},
    }
    assert len({r["partialFingerprints"]["postlint/v1"] for r in results}) == 3
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"]["text"] == "jobs/broken.md: invalid UTF-8 at byte 3"


def test_paths_become_uri_references():
    report = sample_report()
    d = report.results[0].diagnostics[0]
    odd = d.model_copy(update={"path": "jobs/senior dev #1.md"})
    log = json.loads(render("sarif", Report(results=[FileResult(odd.path, [odd], posting=report.results[0].posting)]), RULES))
    assert log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "jobs/senior%20dev%20%231.md"


def test_cto_example_with_every_rule_is_valid_sarif(validator):
    from postlint.engine.plugins import all_rules
    from postlint.run.paths import lint_paths

    report = lint_paths([ROOT / "examples" / "cto.md"])
    log = json.loads(render("sarif", report, all_rules()))
    assert _errors(validator, log) == []
    assert len(log["runs"][0]["tool"]["driver"]["rules"]) >= len(all_rules())


def test_empty_posting_report_is_valid(validator):
    report = Report(results=[FileResult("ok.md", [], posting=parse("# Lead\n\nFine.\n", path="ok.md"))])
    assert _errors(validator, json.loads(render("sarif", report, RULES))) == []

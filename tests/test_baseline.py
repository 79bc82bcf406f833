"""Baselines: content fingerprints that survive edits above a finding, and fail on new ones."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from postlint.engine.baseline import filter_baseline, fingerprints, write_baseline
from postlint.engine.config import parse_config
from postlint.engine.linter import Linter
from postlint.engine.report import Report
from postlint.engine.rule import Rule
from postlint.errors import InputError


class Rockstar(Rule):
    code: str = "INC901"
    name: str = "test-rockstar"
    summary: str = "Test rule."

    def check(self, posting, ctx):
        for m in re.finditer("rockstar", posting.source):
            yield self.diagnostic(posting, m.start(), m.end(), f"No rockstars (offset {m.start()}).")


def lint(path: Path) -> Report:
    linter = Linter(parse_config({"select": ["INC901"]}), rules=[Rockstar()])
    return Report(results=[linter.lint_file(path)])


def test_known_findings_pass_after_edits_above_them(tmp_path):
    posting = tmp_path / "job.md"
    posting.write_text("# Lead\n\nA rockstar.\n\n- Another rockstar here\n", encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    write_baseline(baseline, lint(posting))
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert data["postlint-baseline"] == 1
    assert [e["code"] for e in data["findings"]] == ["INC901", "INC901"]
    # Lines added above, indentation changed: the message (it names an offset) changes too.
    posting.write_text("# Lead\n\nWe grew.\n\nNew intro.\n\nA   rockstar.\n\n- Another rockstar here\n", encoding="utf-8")
    assert filter_baseline(baseline, lint(posting)).diagnostics == []


def test_new_finding_and_third_copy_are_reported(tmp_path):
    posting = tmp_path / "job.md"
    posting.write_text("# Lead\n\nA rockstar.\n", encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    write_baseline(baseline, lint(posting))
    posting.write_text("# Lead\n\nA rockstar.\n\nA rockstar.\n\nWe want a rockstar team.\n", encoding="utf-8")
    left = filter_baseline(baseline, lint(posting)).diagnostics
    assert [(d.line, d.column) for d in left] == [(5, 3), (7, 11)]


def test_editing_the_flagged_line_makes_it_new(tmp_path):
    posting = tmp_path / "job.md"
    posting.write_text("# Lead\n\nA rockstar.\n", encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    write_baseline(baseline, lint(posting))
    posting.write_text("# Lead\n\nA rockstar, please.\n", encoding="utf-8")
    assert [(d.line, d.column) for d in filter_baseline(baseline, lint(posting)).diagnostics] == [(3, 3)]


def test_fingerprints_are_unique_and_stable(tmp_path):
    posting = tmp_path / "job.md"
    posting.write_text("# Lead\n\nA rockstar. A rockstar.\n", encoding="utf-8")
    first = fingerprints(lint(posting).results[0])
    assert len(set(first)) == 2
    assert fingerprints(lint(posting).results[0]) == first


def test_baseline_file_is_deterministic(tmp_path):
    posting = tmp_path / "job.md"
    posting.write_text("# Lead\n\nA rockstar.\n", encoding="utf-8")
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    write_baseline(a, lint(posting))
    write_baseline(b, lint(posting))
    assert a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize("content", ["not json", "[]", '{"postlint-baseline": 2, "findings": []}'])
def test_invalid_baseline_is_an_input_error(tmp_path, content):
    bad = tmp_path / "baseline.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="invalid baseline"):
        filter_baseline(bad, Report())


def test_missing_baseline_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="baseline file not found"):
        filter_baseline(tmp_path / "nope.json", Report())


def test_cli_write_then_check_against_baseline(tmp_path, monkeypatch, capsys):
    from postlint.cli.main import main

    monkeypatch.chdir(tmp_path)
    Path("job.md").write_text("## About the role\n\nYou will build pipelines.\n", encoding="utf-8")
    assert main(["check", "job.md", "--select", "STR001", "--write-baseline", "baseline.json", "--format", "concise"]) == 0
    assert main(["check", "job.md", "--select", "STR001", "--baseline", "baseline.json", "--format", "concise"]) == 0
    # An edit above the finding moves it to line 3: still known.
    Path("job.md").write_text("<!-- draft -->\n\n## About the role\n\nYou will build pipelines.\n", encoding="utf-8")
    assert main(["check", "job.md", "--select", "STR001", "--baseline", "baseline.json", "--format", "concise"]) == 0
    capsys.readouterr()

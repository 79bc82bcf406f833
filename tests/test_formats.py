"""The CI formats (github, gitlab, junit, sarif, html) on a fixed list of diagnostics and on examples/cto.md."""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from postlint.engine.report import FileResult, Report
from postlint.engine.rule import Rule
from postlint.formats import WRITERS, render
from postlint.model.diagnostic import Fix
from postlint.readers import parse

ROOT = Path(__file__).resolve().parents[1]
TEXT = "# Lead, Data\n\nWe want a rockstar: 100% committed.\n\n- ninja skills\n"


class Fake(Rule):
    summary: str = "A test rule."
    source: str = "https://example.org/rules"


def sample_report() -> Report:
    """Two postings: one with three findings (one fixable), one unreadable."""
    posting = parse(TEXT, path="jobs/lead.md")
    inc = Fake(code="INC042", name="bro-culture", severity="warning")
    title = Fake(code="STR003", name="title-clean", severity="error")
    read = Fake(code="READ001", name="reading-ease", severity="info")
    i = TEXT.index("rockstar")
    diags = [
        title.diagnostic(posting, 2, 12, "Title has a comma, line 1"),
        inc.diagnostic(posting, i, i + 8, "Avoid 'rockstar'.", fix=Fix(start=i, end=i + 8, replacement="expert"), help="Say 'expert'."),
        # Rule.diagnostic keeps a message on one line; a plugin's own Diagnostic may still hold a line break.
        read.diagnostic(posting, TEXT.index("ninja"), TEXT.index("ninja") + 5, "Hard to read:").model_copy(update={"message": "Hard to read:\nsee %20"}),
    ]
    return Report(
        results=[
            FileResult("jobs/lead.md", diags, posting=posting),
            FileResult("jobs/broken.md", error="jobs/broken.md: invalid UTF-8 at byte 3"),
        ]
    )


RULES = [Fake(code="INC042", name="bro-culture"), Fake(code="STR003", name="title-clean", severity="error")]


def test_all_formats_registered():
    render("github", Report(), [])  # the first CI format asked for registers them all
    assert {"github", "sarif", "gitlab", "junit", "html"} <= set(WRITERS)


def test_github_workflow_commands():
    out = render("github", sample_report(), RULES)
    assert out.splitlines() == [
        "::error file=jobs/lead.md,line=1,col=3,endLine=1,endColumn=13,title=STR003 title-clean::Title has a comma, line 1",
        "::warning file=jobs/lead.md,line=3,col=11,endLine=3,endColumn=19,title=INC042 bro-culture::Avoid 'rockstar'.%0ASay 'expert'.",
        "::notice file=jobs/lead.md,line=5,col=3,endLine=5,endColumn=8,title=READ001 reading-ease::Hard to read:%0Asee %2520",
        "::error file=jobs/broken.md,title=postlint::jobs/broken.md: invalid UTF-8 at byte 3",
    ]


def test_github_escapes_property_separators():
    report = sample_report()
    result = report.results[0]
    result.diagnostics = [result.diagnostics[0].model_copy(update={"path": "a,b:c.md"})]
    assert render("github", Report(results=[result]), RULES).startswith("::error file=a%2Cb%3Ac.md,line=1,")


def test_gitlab_code_quality():
    issues = json.loads(render("gitlab", sample_report(), RULES))
    assert [(i["check_name"], i["severity"], i["location"]["lines"]["begin"]) for i in issues] == [
        ("STR003 title-clean", "major", 1),
        ("INC042 bro-culture", "minor", 3),
        ("READ001 reading-ease", "info", 5),
    ]
    assert issues[1]["location"] == {
        "path": "jobs/lead.md",
        "lines": {"begin": 3, "end": 3},
        "positions": {"begin": {"line": 3, "column": 11}, "end": {"line": 3, "column": 19}},
    }
    fps = [i["fingerprint"] for i in issues]
    assert len(set(fps)) == 3 and all(re.fullmatch(r"[0-9a-f]{32}", f) for f in fps)
    # Stable: the same findings moved down two lines keep their fingerprints.
    moved = parse("<!-- x -->\n\n" + TEXT, path="jobs/lead.md")
    shift = len("<!-- x -->\n\n")
    diags = [d.model_copy(update={"start": d.start + shift, "end": d.end + shift, "line": d.line + 2}) for d in sample_report().results[0].diagnostics]
    again = json.loads(render("gitlab", Report(results=[FileResult("jobs/lead.md", diags, posting=moved)]), RULES))
    assert [i["fingerprint"] for i in again] == fps


def test_junit_one_testcase_per_posting():
    root = ET.fromstring(render("junit", sample_report(), RULES))
    suite = root.find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("2", "1", "1")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == ["jobs/lead.md", "jobs/broken.md"]
    failure = cases[0].find("failure")
    assert failure.get("message") == "2 findings (and 1 info)"  # the list below holds all 3
    assert failure.text.splitlines()[1] == "jobs/lead.md:3:11: INC042 [warning] Avoid 'rockstar'."
    assert cases[1].find("error").get("message") == "jobs/broken.md: invalid UTF-8 at byte 3"


def test_junit_info_only_passes_and_control_chars_are_replaced():
    report = sample_report()
    result = report.results[0]
    info = result.diagnostics[2].model_copy(update={"message": "bad \x0c byte"})
    root = ET.fromstring(render("junit", Report(results=[FileResult(result.path, [info], posting=result.posting)]), RULES))
    case = root.find("testsuite/testcase")
    assert case.find("failure") is None
    assert case.find("system-out").text == "jobs/lead.md:5:3: READ001 [info] bad \ufffd byte"


def test_empty_report_in_every_format():
    empty = Report(results=[FileResult("ok.md", [], posting=parse("# Lead\n\nFine.\n", path="ok.md"))])
    assert render("github", empty, RULES) == ""
    assert json.loads(render("gitlab", empty, RULES)) == []
    assert ET.fromstring(render("junit", empty, RULES)).find("testsuite").get("failures") == "0"
    assert json.loads(render("sarif", empty, RULES))["runs"][0]["results"] == []
    assert "No findings." in render("html", empty, RULES)


@pytest.fixture(scope="module")
def cto_report():
    from postlint.run.paths import lint_paths

    return lint_paths([ROOT / "examples" / "cto.md"])


@pytest.mark.parametrize("name", ["github", "gitlab", "junit", "sarif", "html"])
def test_formats_on_cto_example(cto_report, name):
    from postlint.engine.plugins import all_rules

    out = render(name, cto_report, all_rules())
    n = len(cto_report.diagnostics)
    assert not cto_report.errors
    if name == "github":
        lines = out.splitlines()
        assert len(lines) == n
        assert all(re.fullmatch(r"::(error|warning|notice) file=[^,]+cto\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[A-Z]+\d{3} [a-z0-9-]+::.*", x) for x in lines)
    elif name == "gitlab":
        assert len({i["fingerprint"] for i in json.loads(out)}) == n
    elif name == "junit":
        case = ET.fromstring(out).find("testsuite/testcase")
        assert case.get("name").endswith("cto.md")
    elif name == "sarif":
        assert len(json.loads(out)["runs"][0]["results"]) == n
    else:
        assert out.count('<tr class="finding"') == n


def test_github_action_runs_postlint_with_github_format():
    import yaml

    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    assert set(action["inputs"]) == {"args", "sarif-file", "upload-sarif", "python-version"}
    scripts = [s.get("run", "") for s in action["runs"]["steps"]]
    assert any("--format github" in s for s in scripts)
    assert any("--format sarif --output-file" in s for s in scripts)
    # Inputs reach scripts through env only (no ${{ }} inside run: blocks: script injection).
    assert not any("${{" in s for s in scripts)


def test_output_file_in_any_format(tmp_path, monkeypatch):
    from postlint.cli.main import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "job.md").write_text("## About the role\n\nYou will build pipelines.\n", encoding="utf-8")
    assert main(["check", "job.md", "--select", "STR001", "--format", "junit", "--output-file", "report.xml"]) == 1
    case = ET.fromstring((tmp_path / "report.xml").read_text(encoding="utf-8")).find("testsuite/testcase")
    assert case.get("name") == "job.md" and case.find("failure").get("message") == "1 finding"



def test_full_format_shows_a_window_of_a_long_line_and_no_control_characters():
    # A one-line posting of 100,000 characters with an ESC sequence before the finding.
    text = "# Lead\n\n" + "word " * 10000 + "\x1b[2J a rockstar " + "word " * 10000 + "\n"
    posting = parse(text, path="long.md")
    i = text.index("rockstar")
    rule = Fake(code="INC042", name="bro-culture", severity="warning")
    report = Report(results=[FileResult("long.md", [rule.diagnostic(posting, i, i + 8, "Avoid 'rockstar'.")], posting=posting)])
    lines = render("full", report, RULES).splitlines()
    source, caret = lines[2], lines[3]
    assert "\x1b" not in source and "\ufffd[2J a rockstar" in source
    assert source.startswith("3 | …") and source.endswith("…") and len(source) < 200
    assert caret.index("^") == source.index("rockstar") and caret.count("^") == len("rockstar")


def test_terminal_cells_fast_path_agrees_with_the_unicode_tables():
    import unicodedata

    from postlint.formats.terminal import _NARROW, _cells

    narrow = [chr(c) for c in [*range(0x300), *range(0x2000, 0x2065), *range(0x20A0, 0x20C1)] if c != 0x200D]
    assert _NARROW.fullmatch("".join(narrow))
    # The fast path counts each as one cell: the tables agree.
    assert all(not unicodedata.combining(ch) and unicodedata.east_asian_width(ch) not in ("W", "F") for ch in narrow)
    assert _cells("Lead – “ours” café €") == 20
    assert _cells("x\u200dy") == 2 and _cells("日本") == 4 and _cells("e\u0301") == 1


def test_diagnostic_json_schema_keeps_bounds_and_descriptions():
    from postlint.model.diagnostic import Diagnostic

    schema = Diagnostic.model_json_schema()
    props = schema["properties"]
    assert props["line"]["minimum"] == 1 and props["start"]["minimum"] == 0
    assert props["severity"]["enum"] == ["error", "warning", "info"]
    assert props["code"]["description"] == "rule code, e.g. INC002"
    assert set(schema["required"]) == {"code", "name", "severity", "message", "line", "column", "end_line", "end_column", "start", "end"}
    fix = schema["$defs"]["Fix"]["properties"]
    assert fix["end"]["minimum"] == 0 and fix["start"]["description"] == "source offset where the replaced text starts"


def test_diagnostic_keeps_the_model_methods_callers_used():
    import json

    from postlint.model.diagnostic import Diagnostic, Fix

    d = Diagnostic(code="A1", name="a", severity="info", message="é “x”", line=2, column=3, end_line=2, end_column=5, start=7, end=9)
    fixed = d.model_copy(update={"fix": Fix(start=7, end=9, replacement="x")})
    assert json.loads(fixed.model_dump_json()) == fixed.model_dump() and "é “x”" in d.model_dump_json()
    assert fixed.model_dump()["fix"] == {"start": 7, "end": 9, "replacement": "x"}
    assert "section" not in d.model_dump(exclude_none=True)
    assert Diagnostic.model_validate(fixed.model_dump()) == fixed
    assert hash(fixed) == hash(Diagnostic.model_validate(fixed.model_dump()))
    with pytest.raises(ValueError, match="greater than or equal to 1"):  # pydantic's ValidationError, as before
        d.model_copy(update={"line": 0})
    # Loosely typed values are coerced as the pydantic model did: a rule or plugin passing a
    # numeric string, a whole float or a dict for the fix still gets a Diagnostic.
    loose = Diagnostic(code="A1", name="a", severity="info", message="m", line="3", column=2.0, end_line=3, end_column=4, start=0, end=1, fix={"start": 0, "end": 1, "replacement": "y"})
    assert (loose.line, loose.column, type(loose.column), loose.fix) == (3, 2, int, Fix(start=0, end=1, replacement="y"))
    assert Diagnostic.model_validate({**d.model_dump(), "extra": 1}) == d  # unknown keys ignored, as pydantic did
    with_fix = Diagnostic(code="A1", name="a", severity="info", message="m", line="3", column=2, end_line=3, end_column=4, start=0, end=1, fix=Fix(start=0, end=1, replacement="y"))
    assert with_fix.line == 3 and with_fix.fix == Fix(start=0, end=1, replacement="y")  # a real Fix through the twin
    assert Diagnostic.model_validate({**d.model_dump(), "fix": Fix(start=1, end=2, replacement="z")}).fix == Fix(start=1, end=2, replacement="z")

    class Code(str):
        pass

    assert type(Diagnostic(**{**d.model_dump(), "code": Code("A1")}).code) is str  # a str subclass becomes a str, as before
    with pytest.raises(AttributeError):
        d.line = 3  # frozen, as the model was


def test_a_rule_message_is_kept_on_one_line():
    posting = parse(TEXT, path="jobs/lead.md")
    d = Fake(code="READ001", name="reading-ease").diagnostic(posting, 0, 1, "'prior\nto' is wordy:\r\n use 'before'.")
    assert d.message == "'prior to' is wordy: use 'before'."

"""`packs = [...]`: a repository's own TOML data rules, without Python or packaging (like Vale's StylesPath)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from postlint.cli.main import main

pytest_plugins = ["pytester"]

BUZZ = """\
kind = "substitution"
code = "ACME001"
name = "acme-buzzwords"
summary = "Buzzwords our style guide replaces."
example = "It is in your wheelhouse."
passing = "It is one of your strengths."
severity = "warning"
[[terms]]
match = ["wheelhouse"]
suggest = ["strength"]
fix = true
"""
NAMES = """\
kind = "vocabulary"
code = "ACME002"
name = "acme-names"
summary = "Our product names, spelt our way."
[[terms]]
accept = "AcmeCloud"
variants = ["Acme Cloud"]
"""
POSTING = "# Data Engineer\n\nThis is in your wheelhouse: you will run Acme Cloud.\n"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "styles" / "acme").mkdir(parents=True)
    (tmp_path / "styles" / "acme" / "buzz.toml").write_text(BUZZ, encoding="utf-8")
    (tmp_path / "styles" / "acme" / "names.toml").write_text(NAMES, encoding="utf-8")
    (tmp_path / "jobs").mkdir()
    (tmp_path / "jobs" / "job.md").write_text(POSTING, encoding="utf-8")
    (tmp_path / ".postlint.toml").write_text('packs = ["styles/acme"]\n', encoding="utf-8")
    return tmp_path


def run(args: list[str], capsys) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def acme(out: str) -> list[str]:
    """'line:col CODE' of each pack finding in concise output."""
    return [f"{m.group(1)} {m.group(2)}" for m in re.finditer(r":(\d+:\d+): (ACME\d+) ", out)]


def test_pack_rules_run_with_the_installed_ones_from_any_folder(repo, capsys, monkeypatch):
    # Resolved against the config file's folder, not the current one.
    monkeypatch.chdir(repo / "jobs")
    code, out, _ = run(["check", "--no-cache", "--format", "concise", "job.md"], capsys)
    assert code == 1
    assert acme(out) == ["3:17 ACME001", "3:42 ACME002"]
    assert " STR" in out or " INC" in out  # the installed rules still run beside them


def test_pack_rules_can_be_selected_ignored_and_fixed(repo, capsys, monkeypatch):
    monkeypatch.chdir(repo)
    code, out, _ = run(["check", "--no-cache", "--format", "concise", "--select", "ACME", "jobs/job.md"], capsys)
    assert (code, acme(out)) == (1, ["3:17 ACME001", "3:42 ACME002"])
    code, out, _ = run(
        ["check", "--no-cache", "--format", "concise", "--select", "ACME", "--ignore", "ACME002", "jobs/job.md"], capsys
    )
    assert acme(out) == ["3:17 ACME001"]
    code, _, _ = run(["check", "--no-cache", "--select", "ACME", "--fix", "jobs/job.md"], capsys)
    assert (repo / "jobs" / "job.md").read_text(encoding="utf-8") == POSTING.replace("wheelhouse", "strength").replace(
        "Acme Cloud", "AcmeCloud"
    )


def test_rule_docs_include_pack_rules(repo, capsys, monkeypatch):
    monkeypatch.chdir(repo)
    code, out, _ = run(["rule", "ACME002"], capsys)
    assert code == 0 and out.startswith("ACME002 acme-names")
    code, out, _ = run(["rules"], capsys)
    assert "ACME001" in out and "TECH001" in out


def test_a_broken_rule_file_is_an_error_with_its_line(repo, capsys, monkeypatch):
    (repo / "styles" / "acme" / "names.toml").write_text(
        NAMES.replace('name = "acme-names"', 'name = "Acme Names"'), encoding="utf-8"
    )
    monkeypatch.chdir(repo)
    code, _, err = run(["check", "--no-cache", "jobs/job.md"], capsys)
    assert code == 2
    assert f"{Path('styles/acme/names.toml')}:3: invalid rule field 'name'" in err


def test_invalid_toml_and_unknown_kind_are_errors(repo, capsys, monkeypatch):
    monkeypatch.chdir(repo)
    (repo / "styles" / "acme" / "names.toml").write_text("kind = \n", encoding="utf-8")
    code, _, err = run(["check", "--no-cache", "jobs/job.md"], capsys)
    assert code == 2 and "names.toml: invalid TOML" in err
    (repo / "styles" / "acme" / "names.toml").write_text(NAMES.replace('"vocabulary"', '"vocab"'), encoding="utf-8")
    code, _, err = run(["check", "--no-cache", "jobs/job.md"], capsys)
    assert code == 2 and "names.toml:1: unknown rule kind 'vocab'" in err


def test_a_missing_folder_and_a_taken_code_are_errors(repo, capsys, monkeypatch):
    monkeypatch.chdir(repo)
    (repo / ".postlint.toml").write_text('packs = ["styles/missing"]\n', encoding="utf-8")
    code, _, err = run(["check", "--no-cache", "jobs/job.md"], capsys)
    assert code == 2 and ".postlint.toml: packs: rule pack folder not found" in err
    (repo / ".postlint.toml").write_text('packs = ["styles/acme"]\n', encoding="utf-8")
    (repo / "styles" / "acme" / "names.toml").write_text(NAMES.replace("ACME002", "INC002"), encoding="utf-8")
    code, _, err = run(["check", "--no-cache", "jobs/job.md"], capsys)
    assert code == 2 and "duplicate rule 'INC002'" in err
    # The same code in two files of the packs: both files are named.
    (repo / "styles" / "acme" / "names.toml").write_text(NAMES, encoding="utf-8")
    (repo / "styles" / "acme" / "copy.toml").write_text(NAMES, encoding="utf-8")
    code, _, err = run(["check", "--no-cache", "jobs/job.md"], capsys)
    assert code == 2 and "duplicate rule 'ACME002': in " in err and "names.toml" in err and "copy.toml" in err
    # A file where a folder belongs.
    (repo / ".postlint.toml").write_text('packs = ["jobs/job.md"]\n', encoding="utf-8")
    code, _, err = run(["check", "--no-cache", "jobs/job.md"], capsys)
    assert code == 2 and "job.md is a file; name a folder of TOML rules" in err


def test_editing_a_pack_invalidates_the_cache(repo, capsys, monkeypatch):
    monkeypatch.chdir(repo)
    args = ["check", "--cache-dir", str(repo / ".cache"), "--format", "concise", "--select", "ACME", "jobs/job.md"]
    assert acme(run(args, capsys)[1]) == ["3:17 ACME001", "3:42 ACME002"]
    (repo / "styles" / "acme" / "buzz.toml").write_text(
        BUZZ.replace('["wheelhouse"]', '["wheelhouses"]'), encoding="utf-8"
    )
    assert acme(run(args, capsys)[1]) == ["3:42 ACME002"]


def test_the_pre_commit_entry_uses_the_packs(repo, capsys, monkeypatch):
    # pre-commit runs `postlint check --force-exclude FILE...` from the repository root.
    monkeypatch.chdir(repo)
    code, out, _ = run(["check", "--force-exclude", "--no-cache", "--format", "concise", "jobs/job.md"], capsys)
    assert code == 1 and acme(out) == ["3:17 ACME001", "3:42 ACME002"]


def test_the_pytest_plugin_uses_the_packs(pytester: pytest.Pytester):
    pytester.mkdir("styles")
    pytester.mkdir("styles/acme")
    (pytester.path / "styles" / "acme" / "buzz.toml").write_text(BUZZ, encoding="utf-8")
    pytester.makefile(".toml", pyproject='[tool.postlint]\nselect = ["ACME001"]\npacks = ["styles/acme"]\n')
    pytester.makefile(".md", job=POSTING)
    result = pytester.runpytest_inprocess(
        "--postlint", "-p", "no:cacheprovider", "-p", "no:hypothesispytest", "-p", "no:benchmark", "-p", "no:asyncio"
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*job.md:3:17: ACME001 [[]warning[]]*"])


def test_the_python_api_sees_the_packs(repo):
    import postlint
    from postlint.engine.config import load_config

    codes = [r.code for r in postlint.rules(load_config(repo / ".postlint.toml"))]
    assert "ACME001" in codes and "ACME002" in codes and "INC002" in codes


def test_an_error_inside_a_terms_table_points_at_its_line(repo, capsys, monkeypatch):
    broken = NAMES + '\n[[terms]]\naccept = ""\n'
    (repo / "styles" / "acme" / "names.toml").write_text(broken, encoding="utf-8")
    monkeypatch.chdir(repo)
    code, _, err = run(["check", "--no-cache", "jobs/job.md"], capsys)
    assert code == 2
    assert f"{Path('styles/acme/names.toml')}:10: invalid rule field 'terms.1.accept'" in err

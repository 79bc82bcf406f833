"""--jobs: a process pool gives the same report, in the same order, as one process."""

from __future__ import annotations

from pathlib import Path

import pytest

from postlint.engine.plugins import all_rules
from postlint.formats import render
from postlint.run.paths import lint_paths

ROOT = Path(__file__).resolve().parents[1]

VARIANTS = [
    "# Rockstar Ninja Developer\n\n## About the role\n\nYou will build pipelines. He will report to the CTO.\n",
    "## Responsibilities\n\n- Build things\n- Ship things\n",
    "# Data Engineer\n\n## Compensation\n\n$90,000 - $120,000 per year.\n\n- Young and energetic team\n",
]


def make_tree(tmp_path: Path) -> Path:
    """Ten postings in two folders; ``strict/`` has its own config that ignores the title rule."""
    cto = (ROOT / "examples" / "cto.md").read_text(encoding="utf-8")
    for i in range(4):
        (tmp_path / f"a{i}.md").write_text(VARIANTS[i % 3], encoding="utf-8")
    (tmp_path / "cto.md").write_text(cto, encoding="utf-8")
    (tmp_path / "empty.md").write_text("", encoding="utf-8")  # an input error keeps its place
    strict = tmp_path / "strict"
    strict.mkdir()
    (strict / ".postlint.toml").write_text('ignore = ["STR001"]\n', encoding="utf-8")
    for i in range(4):
        (strict / f"b{i}.md").write_text(VARIANTS[i % 3], encoding="utf-8")
    return tmp_path


@pytest.fixture()
def always_pool(monkeypatch):
    """The tree is too small for a pool to pay off: use one anyway, to compare it with one process."""
    from postlint.run import pool

    monkeypatch.setattr(pool, "pool_pays_off", lambda sizes, jobs: jobs > 1)


def test_two_jobs_match_one_job_in_order(tmp_path, always_pool):
    root = make_tree(tmp_path)
    one = lint_paths([root], jobs=1)
    two = lint_paths([root], jobs=2)
    assert two.workers == 2
    assert [r.path for r in two.results] == [r.path for r in one.results]
    assert two.results == one.results  # same diagnostics and errors, file by file
    assert two.errors == [f"{root / 'empty.md'}: empty file"]
    rules = all_rules()
    for fmt in ("full", "json", "sarif"):
        assert render(fmt, two, rules) == render(fmt, one, rules)
    # Per-file config resolution survives the pool: strict/ ignores STR001, the top folder does not.
    codes = {r.path: {d.code for d in r.diagnostics} for r in two.results}
    assert "STR001" in codes[str(root / "a1.md")]
    assert "STR001" not in codes[str(root / "strict" / "b1.md")]
    assert two.timings["rules"] > 0 and two.timings["parse"] > 0


def test_cli_jobs_flag_output_identical(tmp_path, capsys, always_pool):
    from postlint.cli.main import main

    root = make_tree(tmp_path)
    outs = []
    for jobs in ("1", "2"):
        code = main(["check", str(root), "--format", "concise", "--no-cache", "--jobs", jobs])
        outs.append((code, capsys.readouterr().out))
    assert outs[0] == outs[1]
    assert outs[0][0] == 2  # the empty file is an input error


def test_jobs_must_be_positive(capsys):
    from postlint.cli.main import main

    with pytest.raises(SystemExit) as exc:
        main(["check", "--jobs", "0", "x.md"])
    assert exc.value.code == 2
    assert "--jobs must be at least 1" in capsys.readouterr().err


def test_a_pool_only_when_it_pays_off(tmp_path):
    from postlint.run.pool import pool_pays_off

    typical = 5_800  # characters: about the shared corpus's median Markdown posting
    assert not pool_pays_off([typical] * 4, 2)  # the pool's start costs more than half of 4 postings
    assert pool_pays_off([typical] * 16, 2)
    assert not pool_pays_off([3_000_000], 2)  # one file: nothing to share
    assert not pool_pays_off([typical] * 64, 1)
    root = make_tree(tmp_path)  # ten small postings: one process, whatever --jobs says
    assert lint_paths([root], jobs=2).workers == 1


def test_warming_builds_what_rules_build_on_first_use_so_workers_fork_with_it():
    from postlint.engine.kinds import TermRule
    from postlint.engine.linter import Linter

    linter = Linter()
    term_rules = [r for r in linter.rules if isinstance(r, TermRule)]
    assert len(term_rules) > 10
    built = ("_regexes", "_groups", "_unless", "_exception_regex")
    for rule in term_rules:  # shared with other tests' linters, which may have built them
        for name in built:
            vars(rule).pop(name, None)
    linter.warm()
    assert [r.code for r in term_rules if not all(name in vars(r) for name in built)] == []

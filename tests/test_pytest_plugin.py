"""``pytest --postlint``: postings become test items that fail with postlint's findings."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

CLEAN = "# Data Engineer\n\nYou will build our data platform.\n"
FLAGGED = "## About the role\n\nYou will build our data platform.\n"
# Inner runs re-import what they load (pytester restores sys.modules): keep heavy plugins out.
# Inner runs without the plugins they do not need (pytest-asyncio warns about its unset loop scope there).
FAST = ("-p", "no:hypothesispytest", "-p", "no:benchmark", "-p", "no:cacheprovider", "-p", "no:asyncio")
CONFIG = '[tool.postlint]\nselect = ["STR001"]\n'


@pytest.fixture(scope="module", autouse=True)
def _preload():
    # Modules imported before pytester's snapshot are kept between inner runs instead of re-imported.
    from postlint.formats import _ci_writers

    _ci_writers()
    from postlint.engine.config import parse_config
    from postlint.engine.linter import Linter

    Linter(parse_config({"select": ["STR001"]})).lint_text("# Lead\n\nText.\n")


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makefile(".toml", pyproject=CONFIG)
    return pytester


def test_flagged_posting_fails_and_clean_one_passes(project):
    project.makefile(".md", good=CLEAN, bad=FLAGGED)
    result = project.runpytest_inprocess("--postlint", *FAST)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*bad.md:1:4: STR001 [[]error[]] No job title*", "*FAILED bad.md::postlint*"])


def test_without_the_flag_nothing_is_collected(project):
    project.makefile(".md", bad=FLAGGED)
    result = project.runpytest_inprocess(*FAST)
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_globs_are_configurable(project):
    project.makefile(".ini", pytest="[pytest]\npostlint_globs =\n    postings/*.md\n")
    project.mkdir("postings")
    (project.path / "postings" / "lead.md").write_text(FLAGGED, encoding="utf-8")
    (project.path / "README.md").write_text(FLAGGED, encoding="utf-8")
    result = project.runpytest_inprocess("--postlint", *FAST)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*FAILED postings/lead.md::postlint*"])


def test_unreadable_posting_fails_with_its_error(project):
    (project.path / "empty.md").write_text("  \n", encoding="utf-8")
    result = project.runpytest_inprocess("--postlint", *FAST)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*empty.md: empty file*"])

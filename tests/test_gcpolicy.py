"""The command line defers garbage collection until the linter is warm; the library never touches it."""

from __future__ import annotations

import gc
import subprocess
import sys

from postlint import gcpolicy
from postlint.linter import Linter

POSTING = "# Data Engineer\n\nYou will build our data platform with the team.\n"


def test_library_use_leaves_the_collector_alone():
    frozen = gc.get_freeze_count()
    Linter().lint_text(POSTING, path="job.md")
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen


def test_deferred_collection_resumes_after_the_first_posting(tmp_path):
    job = tmp_path / "job.md"
    job.write_text(POSTING, encoding="utf-8")
    try:
        gcpolicy.defer_until_warm()
        assert not gc.isenabled()
        result = Linter().lint_file(job)
        assert result.error is None
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
    finally:
        gc.enable()
        gc.unfreeze()


def test_the_command_runs_with_the_collector_back_on_after_warm_up(tmp_path):
    job = tmp_path / "job.md"
    job.write_text(POSTING, encoding="utf-8")
    code = (
        "import gc, sys\n"
        "from postlint import cli\n"
        "sys.argv = ['postlint', 'check', '--no-cache', '--exit-zero', '--format', 'concise', sys.argv[1]]\n"
        "status = cli.entry()\n"
        "print(status, gc.isenabled(), gc.get_freeze_count() > 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(job)], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "0 True True"

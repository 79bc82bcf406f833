"""The command line defers garbage collection until the linter is warm; the library never touches it."""

from __future__ import annotations

import gc
import os
import subprocess
import sys

from postlint.engine import gcpolicy
from postlint.engine.linter import Linter

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


def _after_the_command(tmp_path, report: str, env: dict[str, str] | None = None) -> str:
    """Run the ``postlint`` command's entry point on one posting in a fresh process,
    then the statements ``report`` there; the last line they print."""
    job = tmp_path / "job.md"
    job.write_text(POSTING, encoding="utf-8")
    code = (
        "import gc, os, sys\n"
        "from postlint.cli import main as cli\n"
        "sys.argv = ['postlint', 'check', '--no-cache', '--exit-zero', '--format', 'concise', sys.argv[1]]\n"
        "status = cli.entry()\n" + report
    )
    done = subprocess.run([sys.executable, "-c", code, str(job)], capture_output=True, text=True, check=True, env=env)
    return done.stdout.splitlines()[-1]


def test_the_command_runs_with_the_collector_back_on_after_warm_up(tmp_path):
    assert _after_the_command(tmp_path, "print(status, gc.isenabled(), gc.get_freeze_count() > 0)") == "0 True True"


def test_the_command_runs_numpy_on_one_thread_unless_the_user_chose(tmp_path):
    # spaCy has imported numpy by now; the OS threads show whether OpenBLAS started a pool.
    report = (
        "threads = len(os.listdir('/proc/self/task')) if os.path.isdir('/proc/self/task') else 1\n"
        "print(status, os.environ['OPENBLAS_NUM_THREADS'], threads)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    assert _after_the_command(tmp_path, report, env) == "0 1 1"
    env["OPENBLAS_NUM_THREADS"] = "3"
    assert _after_the_command(tmp_path, report, env).split()[:2] == ["0", "3"]

"""The pre-commit hook, run by the real pre-commit against a temporary repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_try_repo_flags_a_posting(tmp_path):
    pytest.importorskip("pre_commit")
    repo = tmp_path / "postings"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "job.md").write_text("## About the role\n\nYou will build our data platform.\n", encoding="utf-8")
    (repo / "notes.py").write_text("print('not a posting')\n", encoding="utf-8")
    _git(repo, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "postlint", "--files", "job.md", "notes.py"],
        cwd=repo, capture_output=True, text=True, env=env, timeout=900,
    )
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "job.md:1:4: STR001" in out
    assert "notes.py" not in out.split("postlint", 1)[-1].replace("--files job.md notes.py", "")

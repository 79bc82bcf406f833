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
def test_pre_commit_try_repo_flags_a_posting_and_skips_what_is_not_one(tmp_path):
    pytest.importorskip("pre_commit")
    repo = tmp_path / "postings"
    repo.mkdir()
    _git(repo, "init", "-q")
    posting = "## About the role\n\nYou will build our data platform.\n"
    (repo / "job.md").write_text(posting, encoding="utf-8")
    (repo / "notes.py").write_text("print('not a posting')\n", encoding="utf-8")
    # Never postings: skipped by the hook's own exclude pattern.
    (repo / "README.md").write_text("# Postings\n\nOur open roles.\n", encoding="utf-8")
    (repo / "LICENSE").write_text("MIT License\n\nPermission is hereby granted.\n", encoding="utf-8")
    # Excluded by the project's config: pre-commit names the file, --force-exclude keeps it out.
    (repo / "drafts").mkdir()
    (repo / "drafts" / "old.md").write_text(posting, encoding="utf-8")
    (repo / "pyproject.toml").write_text('[tool.postlint]\nselect = ["STR001"]\noutput-format = "concise"\nextend-exclude = ["drafts"]\n')
    _git(repo, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("PYTHONPATH", None)  # the hook runs the postlint pre-commit installs, not this checkout's
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "postlint", "--all-files"],
        cwd=repo, capture_output=True, text=True, env=env, timeout=900,
    )
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    hook_output = out.split("- exit code: 1", 1)[1].strip().splitlines()
    assert hook_output == [
        "job.md:1:4: STR001 [error] No job title: start the posting with a `# Title` heading or set `title` in front matter."
    ], out

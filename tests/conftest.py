from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _shared(name: str, env: str) -> Path | None:
    value = os.environ.get(env)
    path = Path(value) if value else ROOT.parent / "shared" / name
    return path if path.exists() else None


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    path = _shared("corpus", "POSTLINT_CORPUS")
    if path is None:
        pytest.skip("corpus not available (set POSTLINT_CORPUS)")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    path = _shared("seed/cto-posting.txt", "POSTLINT_SEED")
    if path is None:
        pytest.skip("seed posting not available (set POSTLINT_SEED)")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def cto_md() -> str:
    return (ROOT / "examples" / "cto.md").read_text(encoding="utf-8")


@pytest.fixture(autouse=True, scope="session")
def _user_cache_folder(tmp_path_factory):
    """Commands the tests start keep their compiled patterns (postlint.engine.regex_cache)
    in a folder of the test session's, not the user's ~/.cache."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("user-cache")))
        yield


@pytest.fixture(autouse=True)
def _no_result_cache(monkeypatch):
    """CLI tests run in the checkout; keep them from writing .postlint_cache/ there.
    Cache tests that need it unset this themselves."""
    monkeypatch.setenv("POSTLINT_NO_CACHE", "1")

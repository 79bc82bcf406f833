"""The command keeps start-up's compiled patterns between runs; served patterns behave exactly
like freshly compiled ones, and a missing, foreign or damaged file only costs the compile."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from postlint.engine import regex_cache

ROOT = Path(__file__).resolve().parents[1]

# Patterns with what the compiler keeps besides opcodes: named and numbered groups,
# inline and passed flags, look-arounds, classes, Unicode, repeats and back-references.
PATTERNS = [
    (r"(?P<low>\d[\d,]*)\s*[-–]\s*(?P<high>\d[\d,]*)", 0),
    (r"(?i)\bhe/him\b|\bshe/her\b", 0),
    (r"(?<![\w.])(?:rock ?star|ninja|guru)s?(?!\w)", re.IGNORECASE),
    (r"^(#{1,6})[ \t]+(.*?)$", re.MULTILINE),
    (r"[À-ÖØ-Þ][^\W\d_]+(?:[ -][A-Z][a-z]+){0,2}", 0),
    (r"(['\"])(.*?)\1", re.DOTALL),
    (r"\b(?:salary|pay)\s*:\s*(\$|€|£)?(\d+(?:\.\d+)?)(k)?", re.IGNORECASE | re.VERBOSE),
    (r"(?x) \d+ \s* (?: years? | yrs? ) # a duration", 0),
    (r"(a)?b(?(1)c|d)", 0),
    (r"[\u2010-\u2015]{2,}|…", 0),
]
TEXTS = [
    "Salary: $120k, 90,000 – 110,000 a year; ask He/Him or she/her.",
    "We want a Rockstar or NINJA (not a ninja.js user); 5 years, 3 yrs.",
    "# Heading one\n## Two\nnot #three\n'quoted' and \"double\"\n",
    "São Paulo, Zürich-Nord and Île-de France; abd, bc, ac, b——, …",
]


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    """The cache in a folder of this test's, installed; Python's compiler back afterwards."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("POSTLINT_NO_REGEX_CACHE", raising=False)
    original = re._compiler.compile
    yield tmp_path
    regex_cache.end_of_start_up()
    if re._compiler.compile is not original:
        regex_cache.uninstall()
    assert re._compiler.compile is original
    re.purge()


def _behaviour(pattern: re.Pattern[str]) -> tuple:
    found = [[(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)] for text in TEXTS]
    return pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex, found


def _compile_all() -> list[tuple]:
    re.purge()  # re's own memo would answer before the compiler is asked
    return [_behaviour(re.compile(source, flags)) for source, flags in PATTERNS]


def test_a_second_start_serves_every_pattern_from_the_file_and_they_behave_alike(cache_home):
    fresh = _compile_all()
    assert regex_cache.install()
    assert _compile_all() == fresh
    regex_cache.uninstall()
    path = cache_home / "postlint" / f"regex-cache.{sys.implementation.cache_tag}.bin"
    assert path == regex_cache.cache_path()
    assert set(regex_cache.read(path)) == {(source, int(flags)) for source, flags in PATTERNS}

    assert regex_cache.install()
    assert _compile_all() == fresh
    assert regex_cache._state.used == {(source, int(flags)) for source, flags in PATTERNS}
    assert regex_cache._state.new == {}


def test_a_foreign_or_damaged_file_is_ignored_and_replaced(cache_home, monkeypatch):
    fresh = _compile_all()
    regex_cache.install()
    _compile_all()
    regex_cache.uninstall()
    path = regex_cache.cache_path()
    good = path.read_bytes()
    flipped = bytearray(good)
    flipped[-10] ^= 0xFF
    for damaged in (b"", good[:40], good[:-1], bytes(flipped), good.replace(sys.version.encode(), b"3.0.0", 1)):
        path.write_bytes(damaged)
        assert regex_cache.read(path) == {}
        assert regex_cache.install()
        assert _compile_all() == fresh
        regex_cache.uninstall()  # ten new patterns: the file is written again, whole
        assert path.read_bytes() == good


def test_an_entry_the_engine_rejects_is_dropped_and_compiled_as_usual(cache_home):
    fresh = _compile_all()
    regex_cache.install()
    _compile_all()
    regex_cache.uninstall()
    path = regex_cache.cache_path()
    table = regex_cache.read(path)
    source, flags = PATTERNS[0]
    entry = table[(source, flags)]
    table[(source, flags)] = (entry[0], b"\xff\xff\xff\x7f" * 4, *entry[2:])  # not SRE code
    regex_cache.write(path, table)

    regex_cache.install()
    assert _compile_all() == fresh
    assert (source, flags) not in regex_cache._state.table


def test_a_few_patterns_built_from_postings_do_not_rewrite_the_file(cache_home):
    regex_cache.install()
    _compile_all()
    regex_cache.uninstall()
    path = regex_cache.cache_path()
    before = path.read_bytes()
    regex_cache.install()
    _compile_all()
    for word in ("Kansai Lumina", "Acme Rockets", "Data Engineer"):  # a title, a firm: under the threshold
        re.compile(re.escape(word))
    regex_cache.uninstall()
    assert path.read_bytes() == before


def test_nothing_is_recorded_after_start_up(cache_home):
    regex_cache.install()
    regex_cache.end_of_start_up()
    _compile_all()
    regex_cache.uninstall()
    assert not regex_cache.cache_path().exists()


def test_the_environment_turns_it_off(cache_home, monkeypatch):
    monkeypatch.setenv("POSTLINT_NO_REGEX_CACHE", "1")
    original = re._compiler.compile
    assert not regex_cache.install()
    assert re._compiler.compile is original


def test_an_unwritable_cache_folder_is_no_error(cache_home):
    (cache_home / "postlint").write_text("a file where the folder would be", encoding="utf-8")
    fresh = _compile_all()
    regex_cache.install()
    assert _compile_all() == fresh
    regex_cache.uninstall()
    assert (cache_home / "postlint").read_text(encoding="utf-8") == "a file where the folder would be"


def test_the_library_leaves_re_alone():
    done = subprocess.run(
        [sys.executable, "-c", "import re; c = re._compiler.compile\n"
         "from postlint.engine.linter import Linter\n"
         "Linter().lint_text('# Data Engineer\\n\\nYou will build things.\\n', path='job.md')\n"
         "print(re._compiler.compile is c)"],
        capture_output=True, text=True, check=True,
    )
    assert done.stdout.strip() == "True"


def _check(env: dict[str, str]) -> list[dict]:
    done = subprocess.run(
        [sys.executable, "-m", "postlint", "check", "--no-cache", "--exit-zero", "--format", "json", "examples/cto.md"],
        capture_output=True, text=True, check=True, cwd=ROOT, env=env,
    )
    return json.loads(done.stdout)


def test_the_command_writes_the_file_once_and_finds_the_same_with_it(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("POSTLINT_NO_REGEX_CACHE", None)
    path = tmp_path / "postlint" / f"regex-cache.{sys.implementation.cache_tag}.bin"
    without = _check({**env, "POSTLINT_NO_REGEX_CACHE": "1"})
    assert not path.exists()
    assert _check(env) == without
    written = path.read_bytes()
    assert len(regex_cache.read(path)) > 300  # start-up's patterns: rules, readers, spaCy's tokenizer
    assert _check(env) == without
    assert path.read_bytes() == written


def test_the_vocabulary_pattern_is_the_same_text_in_every_process():
    # A pattern built from a set changes with the hash seed, so the cache missed it every run
    # (TECH001's vocabulary did): compare its text under two seeds.
    code = (
        "import hashlib\n"
        "from postlint.engine.linter import Linter\n"
        "rule = next(r for r in Linter().rules if r.code == 'TECH001')\n"
        "print(hashlib.md5(rule._regex.pattern.encode()).hexdigest())\n"
    )
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2", "3")
    ]
    assert runs[0] == runs[1] == runs[2]


def test_a_rewrite_keeps_what_start_up_used_and_added_not_what_older_versions_left(cache_home):
    regex_cache.install()
    _compile_all()
    regex_cache.uninstall()
    path = regex_cache.cache_path()
    old = regex_cache.read(path)
    stale = {(f"old-version-{i}", 0): next(iter(old.values())) for i in range(5)}
    regex_cache.write(path, {**old, **stale})
    regex_cache.install()
    _compile_all()  # served from the file: used
    new = [(rf"new-version-{i}\d+", 0) for i in range(regex_cache._WORTH_WRITING)]
    for source, flags in new:
        re.compile(source, flags)
    regex_cache.uninstall()
    assert set(regex_cache.read(path)) == set(old) | set(new)

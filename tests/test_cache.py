"""The result cache: a rerun gives the identical report; a corrupt or foreign cache is never trusted."""

from __future__ import annotations

import json
from pathlib import Path

from postlint.cli.main import main
from postlint.engine.cache import Cache
from postlint.engine.config import Config
from postlint.engine.plugins import all_rules
from postlint.formats import render
from postlint.run.paths import lint_paths

POSTINGS = {
    "lead.md": "# Rockstar Developer\n\n## About the role\n\nHe will own the platform.\n",
    "data.md": "# Data Engineer\n\n## Compensation\n\n$90,000 - $120,000 per year.\n\n- Young and energetic team\n",
    "plain.txt": "Senior Analyst\n\nResponsibilities:\n• Build reports\n• Ninja-level Excel\n",
}


def tree(tmp_path: Path) -> Path:
    root = tmp_path / "jobs"
    root.mkdir()
    for name, text in POSTINGS.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def entries(cache_dir: Path) -> list[Path]:
    """The result entries (not the validated configs kept beside them)."""
    return sorted(p for p in cache_dir.rglob("*.json") if not p.name.startswith(".tmp") and p.parent.name != "config")


def test_cached_rerun_is_identical(tmp_path):
    root, cache_dir = tree(tmp_path), tmp_path / "cache"
    plain = lint_paths([root])
    cache = Cache(cache_dir)
    first = lint_paths([root], cache=cache)
    assert (cache.hits, cache.misses) == (0, 3)
    assert len(entries(cache_dir)) == 3
    again = Cache(cache_dir)
    second = lint_paths([root], cache=again)
    assert (again.hits, again.misses) == (3, 0)
    assert second.results == first.results == plain.results
    rules = all_rules()
    # The full format needs each finding's source line: a cache hit re-reads it from the text.
    for fmt in ("full", "json", "html"):
        assert render(fmt, second, rules) == render(fmt, plain, rules)
    assert "STR" in render("full", second, rules)


def test_changed_text_or_config_misses(tmp_path):
    root, cache_dir = tree(tmp_path), tmp_path / "cache"
    lint_paths([root], cache=Cache(cache_dir))
    (root / "lead.md").write_text(POSTINGS["lead.md"] + "\nShe will too.\n", encoding="utf-8")
    cache = Cache(cache_dir)
    lint_paths([root], cache=cache)
    assert (cache.hits, cache.misses) == (2, 1)
    cache = Cache(cache_dir)
    narrowed = lint_paths([root], Config(select=["STR001"]), cache=cache)
    assert cache.hits == 0
    assert {d.code for d in narrowed.diagnostics} <= {"STR001"}
    # Rule options are part of the key too.
    cache = Cache(cache_dir)
    lint_paths([root], Config(select=["STR001"], rules={"STR001": {"severity": "info"}}), cache=cache)
    assert cache.hits == 0


def test_corrupt_and_foreign_entries_are_ignored(tmp_path):
    root, cache_dir = tree(tmp_path), tmp_path / "cache"
    plain = lint_paths([root])
    lint_paths([root], cache=Cache(cache_dir))
    files = entries(cache_dir)
    files[0].write_text("{not json", encoding="utf-8")
    data = json.loads(files[1].read_text(encoding="utf-8"))
    data["key"] = "0" * 64  # an entry written for something else
    files[1].write_text(json.dumps(data), encoding="utf-8")
    bad = json.loads(files[2].read_text(encoding="utf-8"))
    bad["diagnostics"] = [{"code": "X"}]  # not a Diagnostic
    files[2].write_text(json.dumps(bad), encoding="utf-8")
    cache = Cache(cache_dir)
    report = lint_paths([root], cache=cache)
    assert (cache.hits, cache.misses) == (0, 3)
    assert report.results == plain.results
    # ... and the rerun repaired them.
    cache = Cache(cache_dir)
    lint_paths([root], cache=cache)
    assert cache.hits == 3


def test_entries_whose_findings_have_wrong_fields_are_misses(tmp_path):
    """Each cached finding (a row of field values) is checked as it is read, without pydantic:
    a wrong type, a bound broken, a field missing or extra, a bad fix or severity makes the
    whole entry a miss."""
    from postlint.model.diagnostic import Diagnostic

    root, cache_dir = tree(tmp_path), tmp_path / "cache"
    lint_paths([root], cache=Cache(cache_dir))
    path = next(p for p in entries(cache_dir) if json.loads(p.read_text(encoding="utf-8"))["diagnostics"])
    good = json.loads(path.read_text(encoding="utf-8"))
    names = list(Diagnostic.__slots__)
    finding = dict(zip(names, good["diagnostics"][0], strict=True))
    breakages = [
        {"line": "3"},
        {"line": 0},
        {"column": 2.0},
        {"start": -1},
        {"line": True},
        {"severity": "fatal"},
        {"code": None},
        {"section": 7},
        {"fix": [0, 1]},
        {"fix": [0, -2, "x"]},
        {"fix": {"start": 0, "end": 1, "replacement": "x"}},
        {"fix": "x"},
    ]
    for change in breakages:
        row = list({**finding, **change}.values())
        path.write_text(json.dumps({**good, "diagnostics": [row, *good["diagnostics"][1:]]}), encoding="utf-8")
        cache = Cache(cache_dir)
        assert cache.get(good["key"]) is None and cache.misses == 1, change
    for diagnostics in ([good["diagnostics"][0][:-1]], [[*good["diagnostics"][0], "extra"]], "not a list", [{"code": "X"}], 5):
        path.write_text(json.dumps({**good, "diagnostics": diagnostics}), encoding="utf-8")
        assert Cache(cache_dir).get(good["key"]) is None, diagnostics
    path.write_text(json.dumps(good), encoding="utf-8")
    restored = Cache(cache_dir).get(good["key"])
    assert restored is not None and list(restored[0].model_dump().values()) == list(finding.values())


def test_a_diagnostic_survives_its_row():
    from postlint.model.diagnostic import Diagnostic, Fix

    plain = Diagnostic(code="A1", name="a", severity="info", message="m", line=2, column=3, end_line=2, end_column=5, start=7, end=9)
    fixed = plain.model_copy(update={"fix": Fix(start=7, end=9, replacement="x"), "section": "about", "path": "p.md"})
    for d in (plain, fixed):
        assert Diagnostic.from_row(json.loads(json.dumps(d.as_row()))) == d
    assert fixed.as_row()[-1] == [7, 9, "x"] and fixed.as_row()[:3] == ["A1", "a", "info"]


def test_cli_cache_flags(tmp_path, capsys, monkeypatch):
    root = tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("POSTLINT_NO_CACHE", raising=False)
    args = ["check", str(root), "--format", "concise", "--jobs", "1"]
    main(args)
    cold = capsys.readouterr().out
    default_dir = tmp_path / ".postlint_cache"
    assert len(entries(default_dir)) == 3
    assert (default_dir / ".gitignore").read_text(encoding="utf-8").endswith("*\n")
    main(args)
    assert capsys.readouterr().out == cold
    main([*args, "--cache-dir", "elsewhere"])
    assert capsys.readouterr().out == cold
    assert len(entries(tmp_path / "elsewhere")) == 3
    main([*args, "--no-cache", "--cache-dir", "never"])
    monkeypatch.setenv("POSTLINT_NO_CACHE", "1")
    main([*args, "--cache-dir", "never"])
    assert capsys.readouterr().out == cold + cold
    assert not (tmp_path / "never").exists()


def _metadata_folder(site: Path, name: str, version: str, entry_points: str = "") -> None:
    """A real installed distribution's metadata (what pip writes), replacing other versions of it."""
    import importlib

    for old in site.glob(f"{name.replace('-', '_')}-*.dist-info"):
        for file in old.iterdir():
            file.unlink()
        old.rmdir()
    folder = site / f"{name.replace('-', '_')}-{version}.dist-info"
    folder.mkdir(parents=True)
    (folder / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", encoding="utf-8")
    if entry_points:
        (folder / "entry_points.txt").write_text(entry_points, encoding="utf-8")
    importlib.invalidate_caches()


def _with_plugin(monkeypatch, tmp_path: Path, version: str) -> Path:
    """An installed plugin 'acme_rules' (one TOML-free Python rule) at ``version``; returns its module file."""
    import sys

    from postlint.engine import cache as cache_module
    from postlint.engine import plugins

    site = tmp_path / "site"
    package = site / "acme_rules"
    package.mkdir(parents=True, exist_ok=True)
    module = package / "__init__.py"
    if not module.exists():
        module.write_text(
            "import postlint\nfrom postlint.engine.kinds import ExistenceRule\n"
            "@postlint.hookimpl\ndef postlint_rules():\n"
            "    return [ExistenceRule(code='ACME001', name='acme-words', summary='s', patterns=['platform'])]\n",
            encoding="utf-8",
        )
    _metadata_folder(site, "acme-rules", version, "[console_scripts]\nacme = acme_rules:main\n\n[postlint]\nacme = acme_rules\n")
    if str(site) not in sys.path:
        monkeypatch.syspath_prepend(str(site))
    monkeypatch.delitem(sys.modules, "acme_rules", raising=False)
    plugins.all_rules.cache_clear()
    cache_module.plugin_fingerprint.cache_clear()
    return module


def test_a_plugin_upgrade_or_code_change_misses(tmp_path, monkeypatch):
    from postlint.engine import cache as cache_module
    from postlint.engine import plugins

    root, cache_dir = tree(tmp_path), tmp_path / "cache"
    try:
        _with_plugin(monkeypatch, tmp_path, "1.0")
        lint_paths([root], cache=Cache(cache_dir))
        again = Cache(cache_dir)
        lint_paths([root], cache=again)
        assert (again.hits, again.misses) == (3, 0)
        # pip install -U acme-rules: a new version, the same files.
        _with_plugin(monkeypatch, tmp_path, "1.1")
        upgraded = Cache(cache_dir)
        lint_paths([root], cache=upgraded)
        assert (upgraded.hits, upgraded.misses) == (0, 3)
        # An editable install whose code changed under the same version.
        module = _with_plugin(monkeypatch, tmp_path, "1.1")
        module.write_text(module.read_text(encoding="utf-8").replace("'platform'", "'the platform'"), encoding="utf-8")
        cache_module.plugin_fingerprint.cache_clear()
        edited = Cache(cache_dir)
        report = lint_paths([root], cache=edited)
        assert (edited.hits, edited.misses) == (0, 3)
        assert [d.code for d in report.diagnostics if d.code == "ACME001"] == ["ACME001"]
    finally:
        plugins.all_rules.cache_clear()
        cache_module.plugin_fingerprint.cache_clear()


def test_a_fully_cached_run_loads_no_rules_no_spacy_and_no_pydantic(tmp_path, monkeypatch):
    import subprocess
    import sys

    monkeypatch.delenv("POSTLINT_NO_CACHE")

    root = tree(tmp_path)
    script = (
        "import sys\n"
        "from postlint.cli.main import main\n"
        f"code = main(['check', '--cache-dir', {str(tmp_path / 'cache')!r}, {str(root)!r}])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'textstat', 'pyphen', 'markdown_it', 'pydantic')"
        " or m.startswith('postlint.builtin'))\n"
        "print('HEAVY', heavy, code)\n"
    )
    first = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert "HEAVY [" in first.stdout and "'spacy'" in first.stdout and "'pydantic'" in first.stdout, first.stdout + first.stderr  # the cold run loads them
    second = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert "HEAVY [] 1" in second.stdout, second.stdout + second.stderr
    # The full format still shows each finding's source line, read from the text alone.
    assert first.stdout.split("HEAVY")[0] == second.stdout.split("HEAVY")[0]


def test_a_library_upgrade_misses(tmp_path, monkeypatch):
    from postlint.engine import cache as cache_module

    root, cache_dir = tree(tmp_path), tmp_path / "cache"
    try:
        cache_module.library_fingerprint.cache_clear()
        lint_paths([root], cache=Cache(cache_dir))
        # pip install -U spacy-lookups-data: new lemmas, so old results are not reused.
        _metadata_folder(tmp_path / "site", "spacy-lookups-data", "9.9.9")
        monkeypatch.syspath_prepend(str(tmp_path / "site"))  # first on sys.path: the version in use
        cache_module.library_fingerprint.cache_clear()
        upgraded = Cache(cache_dir)
        lint_paths([root], cache=upgraded)
        assert (upgraded.hits, upgraded.misses) == (0, 3)
    finally:
        cache_module.library_fingerprint.cache_clear()


def test_a_cached_run_with_a_config_file_needs_no_pydantic(tmp_path, monkeypatch):
    """The result cache remembers a validated config: the rerun reads it back instead of
    validating again; an edited config is validated (and its errors reported) afresh."""
    import subprocess
    import sys

    monkeypatch.delenv("POSTLINT_NO_CACHE")
    root = tree(tmp_path)
    config = tmp_path / "pyproject.toml"
    config.write_text('[tool.postlint]\nextend-select = ["INC015"]\njurisdictions = ["US-CO"]\n', encoding="utf-8")
    script = (
        "import sys\n"
        "from postlint.cli.main import main\n"
        f"code = main(['check', '--format', 'concise', '--cache-dir', {str(tmp_path / 'cache')!r}, {str(root)!r}])\n"
        "print('PYDANTIC', 'pydantic' in sys.modules, code)\n"
    )

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path)

    first, second = run(), run()
    assert first.stdout.endswith("PYDANTIC True 1\n") and second.stdout.endswith("PYDANTIC False 1\n"), first.stdout + second.stderr
    assert first.stdout.split("PYDANTIC")[0] == second.stdout.split("PYDANTIC")[0]
    # Two settings validated: the file with --format (the run's config), and the file alone (each posting's).
    assert len(list((tmp_path / "cache").rglob("config/*.json"))) == 2
    config.write_text('[tool.postlint]\njurisdictions = ["US-XX"]\n', encoding="utf-8")
    edited = run()
    assert "unknown jurisdiction 'US-XX'" in edited.stderr and edited.stdout == "PYDANTIC True 2\n"


def test_remembered_configs_are_keyed_checked_and_only_kept_when_json_keeps_them(tmp_path):
    import datetime

    from postlint.engine.config import parse_config

    cache = Cache(tmp_path / "cache")
    settings = {"select": ["STR"], "fail-level": "error"}
    fresh = parse_config(settings, origin="a.toml", root="/r", memo=cache)
    files = list((tmp_path / "cache").rglob("config/*.json"))
    assert len(files) == 1
    assert parse_config(settings, origin="a.toml", root="/r", memo=cache) == fresh
    assert cache.recall_config({**settings, "root": "/r", "origin": "b.toml", "cli-keys": frozenset()}) is None  # another file
    stored = json.loads(files[0].read_text(encoding="utf-8"))
    files[0].write_text(json.dumps({**stored, "key": "0" * 64}), encoding="utf-8")  # written for other settings
    assert cache.recall_config({**settings, "root": "/r", "origin": "a.toml", "cli-keys": frozenset()}) is None
    files[0].write_text("{not json", encoding="utf-8")
    assert parse_config(settings, origin="a.toml", root="/r", memo=cache) == fresh  # validated again, and repaired
    assert cache.recall_config({**settings, "root": "/r", "origin": "a.toml", "cli-keys": frozenset()})["select"] == ["STR"]
    # A TOML date among a rule's options would come back from JSON as a string: not kept.
    dated = {"rules": {"STR001": {"severity": "info", "since": datetime.date(2026, 1, 1)}}}
    with_date = {**dated, "root": ".", "origin": "c.toml", "cli-keys": frozenset()}
    cache.remember_config(with_date, {"rules": dated["rules"], "cli_keys": frozenset()})
    assert cache.recall_config(with_date) is None


def test_the_remembered_config_key_does_not_depend_on_hashing(tmp_path):
    """Several command-line keys make a set, whose order follows Python's per-process string
    hashing: the key sorts it, so every process finds the config the first one kept."""
    import subprocess
    import sys

    script = (
        "from postlint.engine.cache import Cache\n"
        "settings = {'select': ['STR'], 'fail-level': 'error', 'output-format': 'json', 'root': '.', 'origin': 'x',"
        " 'cli-keys': frozenset({'select', 'fail-level', 'output-format'})}\n"
        f"print(Cache({str(tmp_path)!r})._config_file(settings)[0])\n"
    )
    keys = {
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)}).stdout
        for seed in range(6)
    }
    assert len(keys) == 1


def test_a_remembered_config_missing_a_field_is_validated_again(tmp_path):
    from postlint.engine.config import parse_config

    cache = Cache(tmp_path / "cache")
    settings = {"select": ["STR"]}
    fresh = parse_config(settings, origin="a.toml", root="/r", memo=cache)
    (stored,) = (tmp_path / "cache").rglob("config/*.json")
    entry = json.loads(stored.read_text(encoding="utf-8"))
    del entry["fields"]["select"]
    stored.write_text(json.dumps(entry), encoding="utf-8")
    assert parse_config(settings, origin="a.toml", root="/r", memo=cache) == fresh


def test_standard_input_writes_no_cache(tmp_path, monkeypatch):
    import io
    import sys

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("POSTLINT_NO_CACHE", raising=False)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(POSTINGS["lead.md"].encode())))
    assert main(["check", "-", "--select", "STR", "--format", "concise"]) in (0, 1)
    assert not (tmp_path / ".postlint_cache").exists()


def test_a_file_name_the_file_system_cannot_decode_is_cached(tmp_path):
    import os

    root = tmp_path / "jobs"
    root.mkdir()
    odd = os.fsdecode(b"caf\xe9.md")  # Latin-1 bytes in a UTF-8 file system: a surrogate in the name
    try:
        (root / odd).write_text(POSTINGS["lead.md"], encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        import pytest

        pytest.skip("this file system does not take undecodable names")
    cache_dir = tmp_path / "cache"
    first = lint_paths([root], cache=Cache(cache_dir))
    again = Cache(cache_dir)
    second = lint_paths([root], cache=again)
    assert (again.hits, again.misses) == (1, 0)
    assert second.results == first.results and first.results[0].path.endswith("caf\udce9.md")


def test_an_edit_anywhere_in_postlint_changes_the_code_fingerprint(monkeypatch):
    """An editable install: a rule module's size or mtime is in the key, not only engine/'s."""
    from postlint.engine import cache as cache_module

    stats = list(cache_module._file_stats(Path(cache_module.__file__).parents[1], relative=True))
    assert any(line.startswith("builtin/") for line in stats) and any(line.startswith("language/") for line in stats)


def test_a_folder_name_the_file_system_cannot_decode_keys_a_cached_run(tmp_path, monkeypatch):
    """The config's folder, its packs and the posting may all have undecodable names: each is
    hashed and written as it is (the entry stays valid UTF-8), and the rerun hits."""
    import os

    try:
        folder = tmp_path / os.fsdecode(b"d\xe9p")
        folder.mkdir()
    except (OSError, UnicodeEncodeError):
        import pytest

        pytest.skip("this file system does not take undecodable names")
    (folder / ".postlint.toml").write_text('extend-select = ["INC015"]\n', encoding="utf-8")
    (folder / os.fsdecode(b"caf\xe9.md")).write_text(POSTINGS["lead.md"], encoding="utf-8")
    cache_dir = tmp_path / "cache"
    first = lint_paths([folder], cache=Cache(cache_dir))
    again = Cache(cache_dir)
    assert lint_paths([folder], cache=again).results == first.results and (again.hits, again.misses) == (1, 0)
    for entry in entries(cache_dir):
        entry.read_bytes().decode("utf-8")  # valid UTF-8: the undecodable byte is a JSON escape


def test_a_plugin_inside_a_zipped_egg_keys_the_cache_by_its_archive(tmp_path, monkeypatch):
    import sys
    import zipfile

    from postlint.engine import cache as cache_module

    egg = tmp_path / "zplug-1.0-py3.11.egg"

    def build(body: str) -> None:
        with zipfile.ZipFile(egg, "w") as archive:
            archive.writestr("EGG-INFO/PKG-INFO", "Metadata-Version: 1.1\nName: zplug\nVersion: 1.0\n")
            archive.writestr("EGG-INFO/entry_points.txt", "[postlint]\nzplug = zplugmod\n")
            archive.writestr("zplugmod.py", body)

    build("RULES = []\n")
    monkeypatch.setattr(sys, "path", [str(egg), *sys.path])
    try:
        cache_module.plugin_fingerprint.cache_clear()
        before = cache_module.plugin_fingerprint()
        build("RULES = []  # edited, same version\n")
        os_time = egg.stat().st_mtime_ns + 10**9
        __import__("os").utime(egg, ns=(os_time, os_time))
        cache_module.plugin_fingerprint.cache_clear()
        assert cache_module.plugin_fingerprint() != before
    finally:
        cache_module.plugin_fingerprint.cache_clear()

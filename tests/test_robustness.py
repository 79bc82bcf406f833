"""Odd inputs give a clear result: a finding, or one line naming the file with exit 2.

Every case also checks that no traceback escapes and that the other files of the
run are still checked. Sizes are kept small enough for the suite; the 50 MB
and scaling measurements live in ``benchmarks/robustness.py``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from postlint.cli.main import main
from postlint.engine.linter import Linter
from postlint.readers.source import MAX_BYTES
from postlint.run.paths import lint_paths

BODY = "# Data Engineer café\n\nWe want a rockstar engineer.\n"
FLAG = "3:11: INC010"  # "rockstar" (culture-cliches) sits at line 3, column 11 in every encoding
ROCKSTAR = (
    "Use 'expert' or 'specialist' or 'skilled professional' instead of 'rockstar'. "
    "Name the skill you need; hype titles read as a narrow culture."
)


def run(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


# -- bytes on disk: encodings, line endings, binary, empty ---------------------

DECODABLE = {
    "utf8.md": BODY.encode(),
    "utf8-bom.md": b"\xef\xbb\xbf" + BODY.encode(),
    "utf16-le-bom.md": BODY.encode("utf-16"),  # Python writes a BOM in native (little-endian) order
    "utf16-be-bom.md": b"\xfe\xff" + BODY.encode("utf-16-be"),
    "latin1.md": BODY.encode("latin-1"),
    "crlf.md": BODY.replace("\n", "\r\n").encode(),
    "lone-cr.md": BODY.replace("\n", "\r").encode(),
    "mixed-eol.md": b"# Data Engineer\r\n\rWe want a rockstar engineer.\n",
}
UNREADABLE = {
    "binary.md": (bytes(range(256)) * 4, "binary file, not a posting"),
    "png.md": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not a posting"),
    "invalid-utf8.md": ("café ".encode() + b"\xff ok", "invalid UTF-8 at byte 6; save the file as UTF-8"),
    "empty.md": (b"", "empty file"),
    "whitespace.md": (b" \n\t\r\n  \n", "empty file"),
    "utf16-odd-length.md": (b"\xff\xfe" + "# T\n".encode("utf-16-le") + b"\x00", "not valid UTF-16 (byte 10)"),
}


@pytest.mark.parametrize("name", sorted(DECODABLE))
def test_decodable_inputs_are_linted_at_exact_positions(tmp_path, capsys, name):
    path = tmp_path / name
    path.write_bytes(DECODABLE[name])
    code, out, err = run(["check", str(path), "--select", "INC010", "--format", "concise"], capsys)
    assert (code, err) == (0, "")  # INC010 is an info finding, below the default fail level
    assert out.splitlines() == [f"{path}:{FLAG} [info] {ROCKSTAR}"]


@pytest.mark.parametrize("name", sorted(UNREADABLE))
def test_unreadable_inputs_are_one_line_errors(tmp_path, capsys, name):
    data, message = UNREADABLE[name]
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = run(["check", str(path), "--select", "INC010"], capsys)
    assert (code, err) == (2, f"postlint: error: {path}: {message}\n")
    assert "INC010" not in out


def test_one_folder_of_every_bad_input_still_checks_the_good_ones(tmp_path, capsys):
    for name, data in DECODABLE.items():
        (tmp_path / name).write_bytes(data)
    for name, (data, _) in UNREADABLE.items():
        (tmp_path / name).write_bytes(data)
    code, out, err = run(["check", str(tmp_path), "--select", "INC010", "--format", "concise"], capsys)
    assert code == 2
    flagged = sorted(line.split(":", 1)[0] for line in out.splitlines() if FLAG in line)
    assert flagged == sorted(str(tmp_path / n) for n in DECODABLE)
    assert sorted(err.splitlines()) == sorted(f"postlint: error: {tmp_path / n}: {m}" for n, (_, m) in UNREADABLE.items())
    assert "Traceback" not in err


def test_line_endings_map_to_the_same_line_and_column():
    for eol in ("\n", "\r\n", "\r"):
        found = [d for d in Linter().lint_text(BODY.replace("\n", eol)) if d.code == "INC010"]
        assert [(d.line, d.column, d.end_column) for d in found] == [(3, 11, 19)], repr(eol)


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path, capsys):
    big = tmp_path / "huge.md"
    with big.open("wb") as fh:  # sparse: no 50 MB written to disk
        fh.truncate(50 * 1024 * 1024)
    good = tmp_path / "ok.md"
    good.write_text(BODY)
    code, out, err = run(["check", str(tmp_path), "--select", "INC010", "--format", "concise"], capsys)
    assert code == 2
    assert out.startswith(f"{good}:{FLAG}")
    assert err == f"postlint: error: {big}: 50.0 MB is over the {MAX_BYTES // 2**20} MB limit for a posting\n"


def test_posting_over_the_posting_limit_is_refused_and_the_others_are_checked(tmp_path, capsys):
    big = tmp_path / "big.md"
    big.write_text("# Data Engineer\n\n" + "We build data pipelines. " * 50_000, encoding="utf-8")  # 1.25 MB
    good = tmp_path / "ok.md"
    good.write_text(BODY)
    code, out, err = run(["check", str(tmp_path), "--select", "INC010", "--format", "concise", "--no-cache"], capsys)
    assert code == 2
    assert out == f"{good}:{FLAG} [info] {ROCKSTAR}\n"
    assert err == f"postlint: error: {big}: 1.2 MB is over the 1 MB limit for a posting (max-posting-size)\n"


def test_the_posting_limit_is_set_on_the_command_line_or_in_config(tmp_path, capsys):
    big = tmp_path / "big.md"
    big.write_text("# Data Engineer\n\n" + "We want a rockstar. " * 60_000, encoding="utf-8")  # 1.2 MB
    code, out, err = run(["check", str(big), "--select", "INC010", "--format", "concise", "--no-cache", "--max-posting-size", "2 MB"], capsys)
    assert (code, err) == (0, "") and out.count(" INC010 ") == 60_000
    (tmp_path / ".postlint.toml").write_text('select = ["INC010"]\nmax-posting-size = "512KB"\n')
    small = tmp_path / "small.md"
    small.write_text("# Data Engineer\n\n" + "We build data pipelines. " * 24_000, encoding="utf-8")  # 600,017 bytes
    code, out, err = run(["check", str(small), "--format", "concise", "--no-cache"], capsys)
    assert (code, out) == (2, "")
    assert err == f"postlint: error: {small}: 586 KB is over the 512 KB limit for a posting (max-posting-size)\n"


def test_a_posting_just_over_the_limit_is_told_in_bytes(tmp_path, capsys):
    post = tmp_path / "post.md"
    post.write_text("# Data Engineer\n\n" + "x" * (2**20 - 17 + 1), encoding="utf-8")
    code, _, err = run(["check", str(post), "--no-cache"], capsys)
    assert code == 2
    assert err == f"postlint: error: {post}: 1,048,577 bytes is over the 1,048,576-byte limit for a posting (max-posting-size)\n"
    post.write_text("# Data Engineer\n\n" + "x" * (2**20 - 17), encoding="utf-8")  # exactly the limit: linted
    code, _, err = run(["check", str(post), "--no-cache", "--exit-zero"], capsys)
    assert (code, err) == (0, "")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("20MB", "20 MB is outside 1 KB to 10 MB, the most postlint reads"),
        ("100", "100 bytes is outside 1 KB to 10 MB, the most postlint reads"),
        ("lots", "'lots' is not a size: give bytes or a number with KB or MB, such as '2 MB'"),
    ],
)
def test_a_bad_posting_limit_is_a_usage_error(tmp_path, capsys, value, message):
    (tmp_path / "ok.md").write_text(BODY)
    code, out, err = run(["check", str(tmp_path / "ok.md"), "--max-posting-size", value], capsys)
    assert (code, out) == (2, "")
    assert err == f"postlint: error: command line: invalid value for --max-posting-size: {message}\n"
    (tmp_path / ".postlint.toml").write_text(f"max-posting-size = {value!r}\n".replace("'", '"'))
    code, out, err = run(["check", str(tmp_path / "ok.md")], capsys)
    assert err == f"postlint: error: {tmp_path / '.postlint.toml'}: invalid value for 'max-posting-size': {message}\n"


@pytest.mark.parametrize("command", ["parse", "jsonld", "stats", "keywords"])
def test_every_command_refuses_a_posting_over_the_limit(tmp_path, capsys, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".postlint.toml").write_text('max-posting-size = "1KB"\n')
    post = tmp_path / "post.md"
    post.write_text("# Data Engineer\n\n" + "We build data pipelines. " * 80, encoding="utf-8")  # 2,017 bytes
    code, out, err = run([command, str(post)], capsys)
    assert (code, out) == (2, "")
    assert err == f"postlint: error: {post}: 2 KB is over the 1 KB limit for a posting (max-posting-size)\n"


def test_the_api_refuses_a_posting_over_its_configs_limit():
    import postlint
    from postlint.errors import InputError

    text = "# Data Engineer\n\n" + "We want a rockstar. " * 60_000
    with pytest.raises(InputError, match=r"^-: 1\.1 MB is over the 1 MB limit for a posting \(max-posting-size\)$"):
        postlint.lint(text)
    found = postlint.lint(text, config=postlint.Config(select=["INC010"], max_posting_size=2 * 2**20))
    assert len(found) == 60_000


# -- paths: loops, unreadable, spaces, non-ASCII --------------------------------


def test_symlink_loops_terminate_and_each_file_is_checked_once(tmp_path, capsys):
    jobs = tmp_path / "jobs"
    jobs.mkdir()
    (jobs / "a.md").write_text(BODY)
    (jobs / "up").symlink_to("..")
    (jobs / "self").symlink_to("self")
    (jobs / "dangling.md").symlink_to("nowhere.md")
    code, out, err = run(["check", str(tmp_path), "--select", "INC010", "--format", "concise"], capsys)
    assert (code, err) == (0, "")
    assert [line.split(":", 1)[0] for line in out.splitlines() if FLAG in line] == [str(jobs / "a.md")]


def test_self_referencing_symlink_named_directly_is_an_error(tmp_path, capsys):
    loop = tmp_path / "loop.md"
    loop.symlink_to("loop.md")
    code, out, err = run(["check", str(loop), "--select", "INC010"], capsys)
    assert code == 2 and "INC010" not in out
    assert err == f"postlint: error: {loop}: cannot read: Too many levels of symbolic links\n"


def test_unreadable_file_is_an_error_and_the_next_is_checked(tmp_path, capsys, monkeypatch):
    locked, good = tmp_path / "a_locked.md", tmp_path / "b_good.md"
    locked.write_text(BODY)
    good.write_text(BODY)
    # Tests run as root, where chmod 000 does not stop reads: simulate the kernel's refusal
    # where the reader opens the file.
    import builtins

    from postlint.readers import source

    def refusing_open(file, *args, **kwargs):  # noqa: ANN001, ANN202
        if Path(file).name == "a_locked.md":
            raise PermissionError(13, "Permission denied", str(file))
        return builtins.open(file, *args, **kwargs)

    monkeypatch.setattr(source, "open", refusing_open, raising=False)
    code, out, err = run(["check", str(tmp_path), "--select", "INC010", "--format", "concise"], capsys)
    assert code == 2
    assert out.startswith(f"{good}:{FLAG}")
    assert err == f"postlint: error: {locked}: permission denied\n"


def test_unreadable_folder_is_an_error_and_the_rest_is_checked(tmp_path, capsys, monkeypatch):
    (tmp_path / "a_jobs").mkdir()
    (tmp_path / "a_jobs" / "a.md").write_text(BODY)
    locked = tmp_path / "a_jobs" / "locked"
    locked.mkdir()
    (locked / "hidden.md").write_text(BODY)
    (tmp_path / "b.md").write_text(BODY)
    # os.walk lists folders with os.scandir; as root, simulate the kernel's refusal.
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, out, err = run(["check", str(tmp_path), "--select", "INC010", "--format", "concise"], capsys)
    assert code == 2
    assert [line.split(":", 1)[0] for line in out.splitlines()] == [str(tmp_path / "a_jobs" / "a.md"), str(tmp_path / "b.md")]
    assert err == f"postlint: error: {locked}: permission denied\n"


def _as_unprivileged(cmd: list[str]) -> list[str]:
    """``cmd`` without root's permission override (CAP_DAC_*), so chmod 000 means what it says."""
    if os.geteuid() != 0:
        return cmd
    drop = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search", "--"]
    if shutil.which("setpriv") is None or subprocess.run([*drop, "true"], capture_output=True, check=False).returncode != 0:
        pytest.skip("root, and setpriv cannot drop the permission override here")
    return [*drop, *cmd]


def _check_with_mode(tmp_path: Path, target: Path, mode: int, args: list[str]) -> subprocess.CompletedProcess[str]:
    """``postlint check ARGS`` in a fresh unprivileged process while ``target`` has ``mode``."""
    import postlint

    cmd = _as_unprivileged([sys.executable, "-m", "postlint", "check", "--no-cache", *args])
    env = {**os.environ, "PYTHONPATH": os.path.dirname(os.path.dirname(postlint.__file__)), "NO_COLOR": "1"}
    restore = target.stat().st_mode
    target.chmod(mode)
    try:
        return subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120, check=False)
    finally:
        target.chmod(restore)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_chmod_000_folder_is_permission_denied(tmp_path):
    locked, good = tmp_path / "locked", tmp_path / "good.md"
    locked.mkdir()
    (locked / "c.md").write_text(BODY)
    good.write_text(BODY)
    proc = _check_with_mode(tmp_path, locked, 0, ["locked", "good.md", "--select", "INC010", "--format", "concise"])
    assert (proc.returncode, proc.stderr) == (2, "postlint: error: locked: permission denied\n")
    assert proc.stdout == f"good.md:{FLAG} [info] {ROCKSTAR}\n"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_chmod_000_file_is_permission_denied(tmp_path):
    locked, good = tmp_path / "locked.md", tmp_path / "good.md"
    locked.write_text(BODY)
    good.write_text(BODY)
    proc = _check_with_mode(tmp_path, locked, 0, ["locked.md", "good.md", "--select", "INC010", "--format", "concise"])
    assert (proc.returncode, proc.stderr) == (2, "postlint: error: locked.md: permission denied\n")
    assert proc.stdout == f"good.md:{FLAG} [info] {ROCKSTAR}\n"


@pytest.mark.parametrize("name", ["with space.md", "naïve résumé.md", "求人 票.md", "emoji 🚀.md"])
def test_paths_with_spaces_and_non_ascii_names(tmp_path, capsys, name):
    folder = tmp_path / "my jobs ü"
    folder.mkdir()
    path = folder / name
    path.write_text(BODY, encoding="utf-8")
    report = lint_paths([folder], None)
    assert [(r.path, r.error) for r in report.results] == [(str(path), None)]
    code, out, err = run(["check", str(path), "--select", "INC010", "--format", "concise"], capsys)
    assert (code, out.splitlines(), err) == (0, [f"{path}:{FLAG} [info] {ROCKSTAR}"], "")


# -- pathological content: bounded, a finding or nothing, never a crash --------


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def codes(found) -> set[str]:
    return {d.code for d in found}


def test_3000_level_nested_list(linter):
    text = "# Data Engineer\n\n" + "- " * 3000 + "rockstar\n\n" + "> " * 3000 + "quoted\n"
    found = linter.lint_text(text)
    assert "STR001" not in codes(found)  # the title is still read
    assert all(d.line in (1, 3, 5) for d in found)


def test_3000_level_nested_html_list_and_divs(linter):
    text = "<h1>Data Engineer</h1>" + "<ul><li>" * 3000 + "We want a rockstar." + "<div>" * 20000
    found = linter.lint_text(text, path="deep.html")
    assert [(d.line, d.column) for d in found if d.code == "INC010"] == [(1, 24033)]


def test_thousands_of_headings(linter):
    text = "# Data Engineer\n\n" + "".join(f"## Heading {i}\n\nWe want a rockstar.\n\n" for i in range(1000))
    found = [d for d in linter.lint_text(text) if d.code == "INC010"]
    assert len(found) == 1000
    assert (found[0].line, found[0].column, found[-1].line) == (5, 11, 3 + 4 * 999 + 2)


def test_unclosed_html(linter):
    text = "<html><body><h1>Data Engineer" + "<div><p><b>We want a rockstar. " * 2000
    found = [d for d in linter.lint_text(text, path="open.html") if d.code == "INC010"]
    assert len(found) == 2000 and (found[0].line, found[0].column) == (1, 51)


@pytest.fixture(scope="module")
def big_linter() -> Linter:
    """A linter that takes postings up to the 10 MB read limit (the default refuses them over 1 MB)."""
    from postlint.engine.config import Config

    return Linter(Config(max_posting_size="10 MB"))


def test_megabytes_of_minified_inline_script(big_linter):
    minified = "var a='<p>rockstar</p>';" * 100_000  # 2.4 MB on one line, as minifiers write it
    text = f"<h1>Data Engineer</h1><script>{minified}</script>\n<p>We want a rockstar.</p>"
    found = big_linter.lint_text(text, path="script.html")
    assert [(d.line, d.column) for d in found if d.code == "INC010"] == [(2, 14)]


def test_megabytes_of_multiline_inline_script(big_linter):
    lines = "var a = '<p>rockstar</p>';\n" * 80_000  # 2 MB over many lines
    text = f"<h1>Data Engineer</h1><script>\n{lines}</script><p>We want a rockstar.</p>"
    found = big_linter.lint_text(text, path="script.html")
    assert [(d.line, d.column) for d in found if d.code == "INC010"] == [(80_002, 23)]


def test_unclosed_inline_script_runs_to_the_end(linter):
    text = "<h1>Data Engineer</h1><p>We want a rockstar.</p><script>" + "rockstar();" * 50_000
    found = linter.lint_text(text, path="script.html")
    assert [(d.line, d.column) for d in found if d.code == "INC010"] == [(1, 36)]


@pytest.mark.parametrize(
    ("jsonld", "code"),
    [
        ('{"@type": "JobPosting", "title": ', "SD000"),
        ("[" * 100_000, "SD000"),
        ('{"a":' * 100_000, "SD000"),
        ('{"@type": "JobPosting", "title": "\\ud800"}', None),
        ("\x00\x01 not json", "SD000"),
    ],
)
def test_malformed_json_ld_is_a_finding(linter, jsonld, code):
    text = f'<script type="application/ld+json">{jsonld}</script><h1>Data Engineer</h1><p>We want a rockstar.</p>'
    found = linter.lint_text(text, path="page.html")
    assert "INC010" in codes(found)
    if code:
        assert code in codes(found)
    found = linter.lint_text(jsonld, path="posting.jsonld")
    if code:
        assert code in codes(found)


def test_huge_json_ld_description(linter):
    desc = "<p>We want a rockstar.</p>" * 2000
    text = '{"@context": "https://schema.org", "@type": "JobPosting", "title": "Data Engineer", "description": "' + desc + '"}'
    found = [d for d in linter.lint_text(text, path="posting.jsonld") if d.code == "INC010"]
    assert len(found) == 2000 and (found[0].line, found[0].column) == (1, text.index("rockstar") + 1)


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ("---\ntitle: [unclosed\n---\n", "front matter is not valid YAML"),
        ("---\n- a list\n---\n", "front matter is not a YAML mapping"),
        ("---\na: !!python/object/apply:os.system ['echo pwned']\n---\n", "front matter is not valid YAML"),
        ("+++\ntitle = \n+++\n", "front matter is not valid TOML"),
        ("+++\nx = 1\nx = 2\n+++\n", "front matter is not valid TOML"),
    ],
)
def test_invalid_front_matter_is_a_finding_and_the_body_is_linted(linter, front, message):
    found = linter.lint_text(front + "\nWe want a rockstar.\n")
    problems = [d for d in found if message in d.message]
    assert [(d.line, d.column) for d in problems] == [(1, 1)]
    assert "INC010" in codes(found)


def test_yaml_alias_bomb_does_not_explode(linter):
    levels = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        levels.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    text = "---\n" + "\n".join(levels) + "\n---\n# Data Engineer\n\nWe want a rockstar.\n"
    assert "INC010" in codes(linter.lint_text(text))


def test_long_capital_run_does_not_backtrack(linter):
    # Found by fuzz/fuzz_readers.py: the tag-line pattern once took exponential time here.
    text = "\n" + "J" * 48 + "\xff\xffJJJJJJ\n\n\n\xc1\n\nWe want a rockstar.\n"
    assert [(d.line, d.column) for d in linter.lint_text(text, format="text") if d.code == "INC010"] == [(7, 11)]
    assert linter.parse("PythonSQLDataAWS\n\nWe build.\n", format="text").meta["tags"] == ["Python", "SQL", "Data", "AWS"]


def test_odd_characters_and_entities_never_crash(linter):
    text = "<h1>T&amp;x &#xD800; &#0; &#99999999999; &#x110000; &bogus; & &#</h1><p>\u202e\ufeff\x0c rockstar</p>"
    assert "INC010" in codes(linter.lint_text(text, path="ents.html"))
    assert linter.lint_text("# \ud800 lone surrogate\n\n\x00\x0b\x1f text\n") is not None


# -- user rule packs are untrusted (test_kinds.py covers bad TOML, bad fields, (a+)+) --


@pytest.mark.parametrize("pattern", ["(a|aa)+$", "(?:x|x)*y", "(?:Rock|rock)+!"])
def test_overlapping_alternatives_under_a_repeat_are_rejected_at_load(tmp_path, pattern):
    from postlint.engine.packs import load_rules
    from postlint.errors import RuleError

    rule = 'kind = "existence"\ncode = "XYZ001"\nname = "r"\nsummary = "s"\npatterns = ["' + pattern + '"]\n'
    (tmp_path / "r.toml").write_text(rule)
    with pytest.raises(RuleError, match=r"r\.toml:5: .*can match the same text"):
        load_rules(tmp_path)


def test_config_never_executes_code(tmp_path, capsys):
    marker = tmp_path / "pwned"
    (tmp_path / "pyproject.toml").write_text(
        "[tool.postlint]\n"
        f'schema = "__import__(\'pathlib\').Path(\'{marker.name}\').touch()"\n'
    )
    (tmp_path / "job.md").write_text(BODY)
    code, _, err = run(["check", str(tmp_path / "job.md"), "--config", str(tmp_path / "pyproject.toml")], capsys)
    assert code == 2 and err.startswith("postlint: error:") and "Traceback" not in err
    assert not marker.exists() and not Path(marker.name).exists()


def test_a_block_over_a_million_characters_is_tokenized(tmp_path, capsys):
    # spaCy refuses texts over 1,000,000 characters by default; a plain-text dump
    # of that size is linted when the posting limit allows it (up to 10 MB).
    words = "We want a rockstar engineer and more words here. " * 24_000  # 1.2 M characters, one paragraph
    big = tmp_path / "big.txt"
    big.write_text("Data Engineer\n\n" + words + "\n", encoding="utf-8")
    (tmp_path / "ok.md").write_text(BODY, encoding="utf-8")
    args = ["check", str(tmp_path), "--select", "READ004,INC010", "--no-cache", "--format", "concise", "--max-posting-size", "2MB"]
    code, out, err = run(args, capsys)
    assert err == ""
    assert out.count("big.txt:3:") == 24_000 and f"ok.md:{FLAG}" in out
    assert code == 0  # INC010 is an info finding: below the default fail level


def test_an_unexpected_failure_on_one_file_is_an_error_naming_it_and_the_others_are_checked(tmp_path, capsys, monkeypatch):
    from postlint.language import nlp

    real_docs = nlp.docs

    def failing_docs(posting):
        if posting.path.endswith("boom.md"):
            raise ValueError("simulated bug")
        return real_docs(posting)

    monkeypatch.setattr(nlp, "docs", failing_docs)
    monkeypatch.delenv("POSTLINT_DEBUG", raising=False)
    (tmp_path / "boom.md").write_text(BODY, encoding="utf-8")
    (tmp_path / "ok.md").write_text(BODY, encoding="utf-8")
    code, out, err = run(["check", str(tmp_path), "--no-cache", "--format", "concise", "--jobs", "1"], capsys)
    assert err.splitlines() == [
        f"postlint: error: {tmp_path / 'boom.md'}: internal error: ValueError: simulated bug (set POSTLINT_DEBUG=1 for a traceback)"
    ]
    assert f"ok.md:{FLAG}" in out and "boom.md:" not in out
    assert code == 2


def test_one_file_under_several_names_is_linted_once(tmp_path, capsys, monkeypatch):
    # A relative and an absolute path, a symlink and a hard link: one file, one result, one fix.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "job.md").write_text(BODY)
    (tmp_path / "link.md").symlink_to("job.md")
    os.link(tmp_path / "job.md", tmp_path / "hard.md")
    code, out, err = run(["check", "job.md", str(tmp_path / "job.md"), "link.md", "hard.md", "--select", "INC010", "--format", "concise"], capsys)
    assert (code, err) == (0, "")  # an info finding
    assert out == f"job.md:{FLAG} [info] {ROCKSTAR}\n"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_fix_in_a_read_only_folder_writes_the_writable_file_in_place(tmp_path):
    folder = tmp_path / "jobs"
    folder.mkdir()
    job = folder / "job.md"
    job.write_text("# Lead\n\nThe chairman leads.\n")
    proc = _check_with_mode(tmp_path, folder, 0o555, ["--fix", "--select", "INC002", "jobs/job.md"])
    assert (proc.returncode, proc.stderr) == (0, "Fixed 1 finding (0 remaining).\n")
    assert job.read_text() == "# Lead\n\nThe chair leads.\n"
    assert sorted(p.name for p in folder.iterdir()) == ["job.md"]


def test_a_file_name_the_file_system_cannot_decode_is_reported_in_every_format(tmp_path):
    """A name with bytes the file system's encoding cannot decode (Latin-1 on UTF-8) reaches
    every format, the baseline and --output-file with its bytes kept, never an internal error
    (in a strict locale too, where Python would not escape them itself)."""
    import json

    odd = os.fsdecode(b"caf\xe9.md")
    try:
        (tmp_path / odd).write_text(BODY, encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system does not take undecodable names")
    env = {**os.environ, "LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8:strict", "POSTLINT_NO_CACHE": "1"}

    def check(*args: str) -> tuple[int, bytes, bytes]:
        done = subprocess.run([sys.executable, "-m", "postlint", "check", str(tmp_path), "--select", "INC010", *args], capture_output=True, env=env, timeout=120, check=False)
        return done.returncode, done.stdout, done.stderr

    for fmt in ("full", "concise", "json", "github", "sarif", "gitlab", "junit", "html"):
        code, out, err = check("--format", fmt)
        assert (code, err) == (0, b"") and b"rockstar" in out, (fmt, err)  # INC010 is info: exit 0
    assert check("--format", "concise")[1] == os.fsencode(tmp_path / odd) + f":{FLAG} [info] ".encode() + ROCKSTAR.encode() + b"\n"
    report = tmp_path.parent / f"{tmp_path.name}.sarif"
    assert check("--format", "sarif", "-o", str(report)) == (0, b"", b"")
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in json.loads(report.read_bytes())["runs"][0]["results"]}
    assert uris == {(tmp_path / odd).as_uri()} and uris.pop().endswith("caf%E9.md")
    baseline = tmp_path.parent / f"{tmp_path.name}-baseline.json"
    assert check("--write-baseline", str(baseline))[0] == 0
    assert check("--baseline", str(baseline)) == (0, b"All checks passed.\n", b"")


def test_a_baseline_naming_an_undecodable_file_is_valid_utf8(tmp_path, capsys):
    import json

    odd = os.fsdecode(b"caf\xe9.md")
    try:
        (tmp_path / odd).write_text(BODY, encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system does not take undecodable names")
    baseline = tmp_path.parent / f"{tmp_path.name}-b.json"
    report = tmp_path.parent / f"{tmp_path.name}-report.txt"  # the report to a file: capsys cannot hold the raw byte
    assert main(["check", str(tmp_path), "--select", "INC010", "--no-cache", "--write-baseline", str(baseline), "-o", str(report)]) == 0
    assert capsys.readouterr() == ("", "")
    text = baseline.read_bytes().decode("utf-8")  # strict: jq and GitLab read it
    assert "\\udce9" in text and json.loads(text)["findings"][0]["path"].endswith(odd)


# -- long runs of one character (each took seconds to hours before its fix; no timing here:
# a return to the old patterns hangs the suite) --------------------------------------------


def test_runs_of_blanks_are_read_like_single_blanks(linter):
    blanks = " " * 20000
    md = linter.lint_text(f"# Data Engineer\n\nWe pay{blanks}well and want a rockstar.\n")
    assert [(d.line, d.column) for d in md if d.code == "INC010"] == [(3, 20023)]
    heading = linter.parse(f"Data Engineer\n\n#### Duties{blanks}####\n\n- Build pipelines\n", format="text")
    assert [s.title for s in heading.walk()] == ["Duties"]
    header = linter.parse(f"Data Engineer\nAcme Payments{blanks}·{blanks}London, UK{blanks}·{blanks}Full-time\n\nSalary:{blanks}$50,000 a year\n\nWe build.\n", format="text")
    assert (header.meta["company"], header.meta["location"], header.meta["employment-type"]) == ("Acme Payments", "London, UK", "Full-time")
    assert (header.salary.min, header.salary.period) == (50000, "YEAR")
    front = linter.parse(f"---\ntitle: Data Engineer\nsalary: $50,000{blanks}\n---\n\nWe build.\n")
    assert front.source[slice(*front.meta_spans.get("salary", (0, 0)))] in ("", "$50,000")
    assert front.salary.min == 50000


@pytest.mark.parametrize("mark", ["'", "`", "$", "(", "=", "_"])
def test_a_run_of_one_symbol_is_one_word(linter, mark):
    text = f"# Data Engineer\n\nWe want a rockstar {mark * 3000} today.\n"
    assert [(d.line, d.column) for d in linter.lint_text(text) if d.code == "INC010"] == [(3, 11)]
    title = f"# Data Engineer {mark * 3000}\n\nWe want a rockstar.\n"
    assert "INC010" in codes(linter.lint_text(title))

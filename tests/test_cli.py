from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys

import pytest

from postlint.cli.main import main

NO_TITLE = "## About the role\n\nYou will build our data platform.\n"


def run(args, capsys, stdin=None, monkeypatch=None):
    if stdin is not None:
        # Bytes come through a real binary buffer, as a pipe's do.
        stream = io.TextIOWrapper(io.BytesIO(stdin)) if isinstance(stdin, bytes) else io.StringIO(stdin)
        monkeypatch.setattr(sys, "stdin", stream)
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_concise_output_and_exit_1(tmp_path, capsys):
    f = tmp_path / "job.md"
    f.write_text(NO_TITLE)
    code, out, err = run(["check", str(f), "--select", "STR001", "--format", "concise"], capsys)
    assert code == 1
    assert out == f"{f}:1:4: STR001 [error] No job title: start the posting with a `# Title` heading or set `title` in front matter.\n"
    assert err == ""


def test_full_output_has_source_line_and_caret(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    f = tmp_path / "job.md"
    f.write_text(NO_TITLE)
    code, out, _ = run(["check", str(f), "--select", "STR001"], capsys)
    assert code == 1
    assert out.splitlines()[1:4] == ["  |", "1 | ## About the role", "  |    ^^^^^^^^^^^^^^"]
    assert "\033[" not in out
    assert out.rstrip().endswith("Found 1 finding: 1 error.")


def test_json_output_is_the_diagnostic_model(tmp_path, capsys):
    f = tmp_path / "job.md"
    f.write_text(NO_TITLE)
    code, out, _ = run(["check", str(f), "--select", "STR001", "--format", "json"], capsys)
    data = json.loads(out)
    assert code == 1
    assert data[0]["code"] == "STR001" and data[0]["line"] == 1 and data[0]["column"] == 4
    assert data[0]["end_column"] == 18 and data[0]["start"] == 3 and data[0]["end"] == 17


def test_exit_zero_and_fail_level(tmp_path, capsys):
    f = tmp_path / "job.md"
    f.write_text(NO_TITLE)
    assert run(["check", str(f), "--select", "STR001", "--exit-zero"], capsys)[0] == 0
    f.write_text("# Data Engineer\n\nText.\n")
    assert run(["check", str(f), "--select", "STR001"], capsys)[0] == 0


def test_stdin_with_filename(capsys, monkeypatch):
    code, out, _ = run(
        ["check", "-", "--stdin-filename", "job.md", "--select", "STR001", "--format", "concise"], capsys, NO_TITLE, monkeypatch
    )
    assert code == 1 and out.startswith("job.md:1:4: STR001")


def test_bad_inputs_are_one_line_errors_and_others_still_checked(tmp_path, capsys):
    good = tmp_path / "a_good.md"
    good.write_text(NO_TITLE)
    binary = tmp_path / "b_binary.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    empty = tmp_path / "c_empty.md"
    empty.write_text("  \n\n")
    broken = tmp_path / "d_broken.md"
    broken.write_bytes("caf\u00e9 ".encode() + b"\xff\xfe bad")
    missing = tmp_path / "e_missing.md"
    code, out, err = run(
        ["check", str(good), str(binary), str(empty), str(broken), str(missing), "--select", "STR001", "--format", "concise"],
        capsys,
    )
    assert code == 2
    assert out.startswith(f"{good}:1:4: STR001")
    assert err.splitlines() == [
        f"postlint: error: {binary}: binary file, not a posting",
        f"postlint: error: {empty}: empty file",
        f"postlint: error: {broken}: invalid UTF-8 at byte 6; save the file as UTF-8",
        f"postlint: error: {missing}: no such file or directory",
    ]
    assert "Traceback" not in err


def test_folder_walk_respects_include_and_gitignore(tmp_path, capsys):
    (tmp_path / "jobs").mkdir()
    (tmp_path / "jobs" / "a.md").write_text(NO_TITLE)
    (tmp_path / "jobs" / "b.txt").write_text("Data Engineer\n\nWe build things.\n")
    (tmp_path / "jobs" / "c.py").write_text("print('not a posting')\n")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "d.md").write_text(NO_TITLE)
    (tmp_path / ".gitignore").write_text("drafts/\n")
    code, out, _ = run(["check", str(tmp_path), "--select", "STR001", "--format", "concise"], capsys)
    assert code == 1
    assert [line.split(":")[0] for line in out.splitlines()] == [str(tmp_path / "jobs" / "a.md")]


def test_config_error_exit_2(tmp_path, capsys):
    (tmp_path / ".postlint.toml").write_text("nonsense = 1\n")
    f = tmp_path / "job.md"
    f.write_text(NO_TITLE)
    code, out, err = run(["check", str(f), "--config", str(tmp_path / ".postlint.toml")], capsys)
    assert code == 2
    assert err == f"postlint: error: {tmp_path / '.postlint.toml'}: unknown key 'nonsense'\n"


def test_unknown_select_is_usage_error(tmp_path, capsys):
    f = tmp_path / "job.md"
    f.write_text(NO_TITLE)
    code, _, err = run(["check", str(f), "--select", "NOPE999"], capsys)
    assert code == 2 and "unknown rule selector 'NOPE999'" in err


def test_rules_and_rule_commands(capsys):
    code, out, _ = run(["rules"], capsys)
    assert code == 0 and out.splitlines()[0].split() == ["CODE", "NAME", "SEVERITY", "SUMMARY"]
    assert any(line.startswith("STR001   title-present") for line in out.splitlines())
    code, out, _ = run(["rule", "title-present"], capsys)
    assert code == 0 and out.startswith("STR001 title-present (structure, error)")
    code, _, err = run(["rule", "NOPE"], capsys)
    assert code == 2 and "no rule has code or name 'NOPE'" in err


def test_schema_command(capsys):
    code, out, _ = run(["schema", "cto"], capsys)
    assert code == 0
    assert "  responsibilities           required  items 3..12" in out
    assert "    primary-functions" in out


def test_usage_error_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check", "--format"])
    assert exc.value.code == 2


def test_python_dash_m_entry_point(tmp_path):
    f = tmp_path / "job.md"
    f.write_text(NO_TITLE)
    proc = subprocess.run(
        [sys.executable, "-m", "postlint", "check", str(f), "--select", "STR001", "--format", "concise"],
        capture_output=True,
        text=True,
        env={"NO_COLOR": "1", "PATH": ""},
    )
    assert proc.returncode == 1 and "STR001" in proc.stdout


def test_full_output_caret_counts_terminal_cells_for_emoji(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    f = tmp_path / "job.md"
    f.write_text("# Data Engineer\n\n💰 $160,000 - $350,000\n", encoding="utf-8")
    code, out, _ = run(["check", str(f), "--select", "PAY003"], capsys)
    assert out.splitlines()[2:4] == ["3 | 💰 $160,000 - $350,000", "  |    ^^^^^^^^^^^^^^^^^^^"]


def test_fix_on_stdin_keeps_stdout_for_the_fixed_text(capsys, monkeypatch):
    code, out, err = run(["check", "-", "--fix", "--select", "INC002", "--format", "concise"], capsys, "# Chair\n\nThe chairman leads guys.\n", monkeypatch)
    assert out == "# Chair\n\nThe chair leads guys.\n"
    assert err.startswith("-:3:17: INC002") and code == 1
    assert err.endswith("\nFixed 1 finding (1 remaining).\n")  # after the report, as ruff says it


def test_fix_refuses_a_read_only_file_and_still_prints_its_findings(tmp_path, capsys):
    f = tmp_path / "job.md"
    f.write_text("# Chair\n\nThe chairman leads.\n")
    f.chmod(0o444)
    code, out, err = run(["check", str(f), "--fix", "--no-cache", "--select", "INC002", "--format", "concise"], capsys)
    assert f.read_text() == "# Chair\n\nThe chairman leads.\n"
    assert out == f"{f}:3:5: INC002 [warning] Use 'chair' instead of 'chairman'.\n"
    assert err == f"postlint: error: {f}: not fixed: the file is read-only\n"
    assert code == 2


def test_statistics_as_json_and_unwritable_output(tmp_path, capsys):
    f = tmp_path / "job.md"
    f.write_text(NO_TITLE)
    code, out, _ = run(["check", str(f), "--select", "STR001", "--statistics", "--format", "json"], capsys)
    assert json.loads(out) == [{"code": "STR001", "name": "title-present", "count": 1}]
    code, out, err = run(["check", str(f), "--select", "STR001", "-o", str(tmp_path / "no" / "dir" / "out.json")], capsys)
    assert code == 2 and err.startswith(f"postlint: error: {tmp_path / 'no' / 'dir' / 'out.json'}: cannot write the report")


# -- standard input gets the checks a file gets --------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" * 4, "binary file, not a posting"),
        ("caf\u00e9 ".encode() + b"\xff\xfe bad\n", "invalid UTF-8 at byte 6; save the file as UTF-8"),
        (b" \n\n", "empty input"),
    ],
)
def test_stdin_is_checked_like_a_file(capsys, monkeypatch, data, message):
    code, out, err = run(["check", "-", "--select", "STR001,READ016", "--format", "concise"], capsys, data, monkeypatch)
    assert (code, out, err) == (2, "", f"postlint: error: -: {message}\n")
    code, out, err = run(["check", "-", "--stdin-filename", "job.md", "--select", "STR001"], capsys, data, monkeypatch)
    assert (code, err) == (2, f"postlint: error: job.md: {message}\n")


def test_stdin_bytes_are_decoded_like_a_file(capsys, monkeypatch):
    data = b"\xef\xbb\xbf" + NO_TITLE.replace("\n", "\r\n").encode()  # BOM and CRLF, as Windows editors save
    code, out, err = run(["check", "-", "--select", "STR001", "--format", "concise"], capsys, data, monkeypatch)
    assert (code, err) == (1, "")
    assert out == "-:1:4: STR001 [error] No job title: start the posting with a `# Title` heading or set `title` in front matter.\n"


# -- --diff: stdout is the patch, the report goes to stderr ---------------------

FIXABLE = "# Chair\n\nThe chairman leads.\n"
PATCH_BODY = "@@ -1,3 +1,3 @@\n # Chair\n \n-The chairman leads.\n+The chair leads.\n"
FIXABLE_FINDING = "3:5: INC002 [warning] Use 'chair' instead of 'chairman'.\n"


def test_diff_on_files_prints_only_the_patch_on_stdout(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(FIXABLE)
    (tmp_path / "b.md").write_text(NO_TITLE)
    code, out, err = run(["check", "a.md", "b.md", "--diff", "--select", "INC002,STR001", "--format", "concise"], capsys)
    assert code == 1
    assert out == "--- a/a.md\n+++ b/a.md\n" + PATCH_BODY
    assert err == (
        "a.md:" + FIXABLE_FINDING
        + "b.md:1:4: STR001 [error] No job title: start the posting with a `# Title` heading or set `title` in front matter.\n"
        + "Would fix 1 finding.\n"
    )
    assert (tmp_path / "a.md").read_text() == FIXABLE  # --diff writes nothing


def test_diff_on_stdin_splits_the_streams_the_same_way(capsys, monkeypatch):
    code, out, err = run(["check", "-", "--diff", "--select", "INC002", "--format", "concise"], capsys, FIXABLE, monkeypatch)
    assert (code, out, err) == (1, "--- a/-\n+++ b/-\n" + PATCH_BODY, "-:" + FIXABLE_FINDING + "Would fix 1 finding.\n")


def test_diff_patch_applies_with_git_apply(tmp_path, capsys, monkeypatch):
    git = shutil.which("git")
    if git is None:
        pytest.skip("git is not installed")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(FIXABLE)
    _, out, _ = run(["check", ".", "--diff", "--select", "INC002"], capsys)
    (tmp_path / "fix.patch").write_text(out)
    subprocess.run([git, "apply", "fix.patch"], cwd=tmp_path, check=True, capture_output=True)
    assert (tmp_path / "a.md").read_text() == "# Chair\n\nThe chair leads.\n"


def test_diff_patch_applies_for_an_absolute_path_and_a_bom(tmp_path, capsys, monkeypatch):
    git = shutil.which("git")
    if git is None:
        pytest.skip("git is not installed")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_bytes(b"\xef\xbb\xbf" + FIXABLE.encode())
    _, out, _ = run(["check", str(tmp_path / "a.md"), "--diff", "--select", "INC002"], capsys)
    assert out.startswith("--- a/a.md\n+++ b/a.md\n")
    (tmp_path / "fix.patch").write_text(out, encoding="utf-8")
    subprocess.run([git, "apply", "fix.patch"], cwd=tmp_path, check=True, capture_output=True)
    assert (tmp_path / "a.md").read_bytes() == b"\xef\xbb\xbf# Chair\n\nThe chair leads.\n"


def test_diff_help_says_it_works_alone(capsys):
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--diff print the patch of the safe fixes on stdout instead of writing them (the report goes to stderr)" in help_text


# -- colour: only for the stream the report goes to, never a file ----------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_colour_in_an_output_file_when_stdout_is_a_terminal(tmp_path, capsys, monkeypatch):
    for name in ("NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    f = tmp_path / "job.md"
    f.write_text(NO_TITLE)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    for fmt in ("full", "concise"):
        report = tmp_path / f"out-{fmt}.txt"
        assert main(["check", str(f), "--select", "STR001", "--format", fmt, "-o", str(report)]) == 1
        assert "\033[" not in report.read_text()
        assert report.read_text().startswith(f"{f}:1:4: STR001 [error]")
    main(["check", str(f), "--select", "STR001", "--format", "concise"])
    assert terminal.getvalue().startswith(f"\033[1m{f}:1:4:\033[0m \033[31mSTR001\033[0m")


def test_colour_follows_the_stream_the_report_goes_to(capsys, monkeypatch):
    for name in ("NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)  # stdout is a terminal, stderr is not
    monkeypatch.setattr(sys, "stdin", io.StringIO(FIXABLE))
    assert main(["check", "-", "--diff", "--select", "INC002", "--format", "concise"]) == 1
    assert "\033[" not in terminal.getvalue()  # the patch
    assert capsys.readouterr().err == "-:" + FIXABLE_FINDING + "Would fix 1 finding.\n"  # the report, on a pipe: plain


def test_force_color_colours_a_pipe_but_never_a_file(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    f = tmp_path / "job.md"
    f.write_text(NO_TITLE)
    run(["check", str(f), "--select", "STR001", "--format", "concise", "-o", str(tmp_path / "out.txt")], capsys)
    assert "\033[" not in (tmp_path / "out.txt").read_text()
    _, out, _ = run(["check", str(f), "--select", "STR001", "--format", "concise"], capsys)
    assert out.startswith(f"\033[1m{f}:1:4:")
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, _ = run(["check", str(f), "--select", "STR001", "--format", "concise"], capsys)
    assert out.startswith(f"{f}:1:4:")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_no_colour_in_an_output_file_from_a_real_terminal(tmp_path):
    import postlint

    f = tmp_path / "job.md"
    f.write_text(NO_TITLE)
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env["PYTHONPATH"] = os.path.dirname(os.path.dirname(postlint.__file__))
    leader, follower = os.openpty()
    try:
        for fmt in ("full", "concise"):
            report = tmp_path / f"{fmt}.txt"
            args = [sys.executable, "-m", "postlint", "check", str(f), "--no-cache", "--select", "STR001", "--format", fmt, "-o", str(report)]
            proc = subprocess.run(args, stdout=follower, stderr=subprocess.PIPE, env=env, timeout=120, check=False)
            assert proc.returncode == 1, proc.stderr
            assert report.read_text().startswith(f"{f}:1:4: STR001 [error] No job title")
    finally:
        os.close(leader)
        os.close(follower)


# -- an empty folder is not a clean run -------------------------------------------


def test_empty_folder_warns_that_no_postings_were_found(tmp_path, capsys):
    (tmp_path / "notes.py").write_text("print('not a posting')\n")
    code, out, err = run(["check", str(tmp_path)], capsys)
    assert (code, out, err) == (0, "All checks passed.\n", "postlint: warning: no postings found under the given path(s)\n")
    code, out, err = run(["check", str(tmp_path), "--format", "json"], capsys)
    assert (code, out, err) == (0, "[]\n", "postlint: warning: no postings found under the given path(s)\n")


# -- --force-exclude: excludes apply to files named on the command line ----------


def _project(tmp_path, config: str):
    (tmp_path / "pyproject.toml").write_text(config)
    for name in ("jobs/a.md", "drafts/b.md", "README.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(NO_TITLE)


def _linted(out: str) -> list[str]:
    return [line.split(":", 1)[0] for line in out.splitlines()]


def test_files_named_explicitly_are_linted_unless_force_exclude(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _project(tmp_path, '[tool.postlint]\nselect = ["STR001"]\noutput-format = "concise"\nextend-exclude = ["drafts", "README.md"]\n')
    files = ["jobs/a.md", "drafts/b.md", "README.md"]
    code, out, err = run(["check", *files], capsys)
    assert (code, _linted(out), err) == (1, files, "")
    code, out, err = run(["check", *files, "--force-exclude"], capsys)
    assert (code, _linted(out), err) == (1, ["jobs/a.md"], "")
    code, out, err = run(["check", ".", "--force-exclude"], capsys)  # a folder walk excludes them either way
    assert (code, _linted(out), err) == (1, ["jobs/a.md"], "")


def test_force_exclude_from_config_and_no_force_exclude_flag(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _project(tmp_path, '[tool.postlint]\nselect = ["STR001"]\noutput-format = "concise"\nextend-exclude = ["drafts/"]\nforce-exclude = true\n')
    code, out, _ = run(["check", "jobs/a.md", "drafts/b.md"], capsys)
    assert (code, _linted(out)) == (1, ["jobs/a.md"])
    code, out, _ = run(["check", "jobs/a.md", "drafts/b.md", "--no-force-exclude"], capsys)
    assert (code, _linted(out)) == (1, ["jobs/a.md", "drafts/b.md"])
    code, out, err = run(["check", "drafts/b.md"], capsys)  # everything excluded: nothing was checked
    assert (code, out, err) == (0, "", "postlint: warning: no postings found under the given path(s)\n")


def test_force_exclude_patterns_are_read_from_the_config_folder(tmp_path, capsys, monkeypatch):
    _project(tmp_path, '[tool.postlint]\nselect = ["STR001"]\noutput-format = "concise"\nextend-exclude = ["/drafts"]\nforce-exclude = true\n')
    monkeypatch.chdir(tmp_path / "jobs")
    code, out, _ = run(["check", "a.md", "../drafts/b.md", str(tmp_path / "drafts" / "b.md")], capsys)
    assert (code, _linted(out)) == (1, ["a.md"])


def test_exclude_patterns_are_read_from_the_config_folder_in_a_walk(tmp_path, capsys, monkeypatch):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.postlint]\nselect = ["STR001"]\noutput-format = "concise"\nextend-exclude = ["/drafts", "jobs/old.md"]\n'
    )
    for name in ("jobs/new.md", "jobs/old.md", "drafts/a.md", "build/b.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(NO_TITLE)
    monkeypatch.chdir(tmp_path)
    assert _linted(run(["check", "."], capsys)[1]) == ["jobs/new.md"]
    assert _linted(run(["check", "jobs"], capsys)[1]) == ["jobs/new.md"]  # not only when walking from the top
    # A folder named on the command line is walked even when excluded (as ruff does): build is a default exclude.
    assert _linted(run(["check", "build", "drafts"], capsys)[1]) == ["build/b.md", "drafts/a.md"]
    monkeypatch.chdir(tmp_path / "jobs")
    assert _linted(run(["check", "."], capsys)[1]) == ["new.md"]


# -- a missing nlp-model is one config error, not an internal error per file ------


@pytest.fixture
def _blank_pipeline_after():
    from postlint.language import nlp

    yield
    nlp.configure(None)  # the pipeline is per process: leave the blank one for the next test


@pytest.mark.usefixtures("_blank_pipeline_after")
def test_missing_nlp_model_stops_the_run_with_one_config_error(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[tool.postlint]\nnlp-model = "postlint_no_such_pipeline"\n')
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(NO_TITLE)
    code, out, err = run(["check", "a.md", "b.md", "--no-cache", "--select", "READ001,STR001"], capsys)
    assert (code, out) == (2, "")
    assert err.startswith(
        f"postlint: error: {tmp_path.resolve() / 'pyproject.toml'} [tool.postlint]: invalid value for 'nlp-model': "
        "cannot load the spaCy pipeline 'postlint_no_such_pipeline': [E050] Can't find model 'postlint_no_such_pipeline'."
    )
    assert err.count("\n") == 1 and "internal error" not in err
    # Rules that never use spaCy do not need it: nothing to load, nothing to report.
    code, out, err = run(["check", "a.md", "--no-cache", "--select", "STR001", "--format", "concise"], capsys)
    assert (code, err) == (1, "") and out.startswith("a.md:1:4: STR001")


def test_standard_input_cannot_be_mixed_with_paths(tmp_path, capsys, monkeypatch):
    f = tmp_path / "job.md"
    f.write_text(NO_TITLE)
    code, out, err = run(["check", "-", str(f)], capsys, "# Lead\n\nText.\n", monkeypatch)
    assert (code, out) == (2, "")
    assert err == "postlint: error: '-' (standard input) cannot be mixed with paths: check standard input on its own\n"


def test_fix_on_stdin_never_writes_the_file_stdin_filename_names(tmp_path, capsys, monkeypatch):
    # An editor pipes its buffer in and replaces it with stdout: the file on disk is not touched,
    # even when it holds the same text.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(FIXABLE)
    code, out, _ = run(["check", "-", "--stdin-filename", "a.md", "--fix", "--select", "INC002"], capsys, FIXABLE, monkeypatch)
    assert out == "# Chair\n\nThe chair leads.\n"
    assert (tmp_path / "a.md").read_text() == FIXABLE


def test_only_unreadable_files_leave_stdout_empty(tmp_path, capsys):
    f = tmp_path / "binary.md"
    f.write_bytes(b"\x00\x01binary")
    code, out, err = run(["check", str(f), "--format", "full"], capsys)
    assert (code, out, err) == (2, "", f"postlint: error: {f}: binary file, not a posting\n")


def test_force_exclude_skips_an_excluded_stdin_filename(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".postlint.toml").write_text('extend-exclude = ["README.md"]\n')
    args = ["check", "-", "--force-exclude", "--select", "INC002", "--format", "concise", "--stdin-filename"]
    assert run([*args, "README.md"], capsys, FIXABLE, monkeypatch) == (0, "", "")
    assert run([*args, "job.md"], capsys, FIXABLE, monkeypatch) == (1, "job.md:" + FIXABLE_FINDING, "")


def test_diff_of_a_symlink_names_its_target(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "real.md").write_text(FIXABLE)
    (tmp_path / "link.md").symlink_to("real.md")
    _, out, _ = run(["check", "link.md", "--diff", "--select", "INC002"], capsys)
    assert out == "--- a/real.md\n+++ b/real.md\n" + PATCH_BODY


CTO = os.path.join(os.path.dirname(__file__), "..", "examples", "cto.md")


def _command_on_copies(tmp_path, fmt: str, count: int = 30) -> subprocess.Popen:
    """``python -m postlint check`` (the executable's hard exit) on ``count`` copies of the example posting."""
    for i in range(count):
        shutil.copyfile(CTO, tmp_path / f"{i:02d}.md")
    args = [sys.executable, "-m", "postlint", "check", "--no-cache", "--format", fmt, str(tmp_path)]
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_the_command_writes_all_of_a_large_report_before_its_hard_exit(tmp_path):
    # The executable skips the interpreter's tear-down (os._exit): its output must
    # still be flushed whole. 30 postings give a JSON report far over a pipe's buffer.
    from postlint.engine.config import Config
    from postlint.engine.linter import Linter

    proc = _command_on_copies(tmp_path, "json")
    out, err = proc.communicate(timeout=300)
    expected = len(Linter(Config()).lint_file(CTO).diagnostics) * 30
    assert len(out) > 65536 and err == b""
    assert len(json.loads(out)) == expected and proc.returncode == 1


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    proc = _command_on_copies(tmp_path, "concise")
    first = proc.stdout.readline()  # like `postlint check … | head -1`
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=300) in (0, 1) and first.startswith(str(tmp_path).encode())
    assert "Traceback" not in err and "Exception ignored" not in err

"""The language server's parts without the protocol: positions, coalescing, settings, edits."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from lsprotocol import types

import postlint
from postlint.integrations.lsp.actions import _ignore_edit, fix_all_action, wanted
from postlint.integrations.lsp.documents import Documents
from postlint.integrations.lsp.positions import LineIndex
from postlint.integrations.lsp.project import Outcome, format_of, parse_overrides

UTF8, UTF16, UTF32 = types.PositionEncodingKind.Utf8, types.PositionEncodingKind.Utf16, types.PositionEncodingKind.Utf32


def pos(line: int, character: int) -> types.Position:
    return types.Position(line=line, character=character)


@pytest.mark.parametrize(("encoding", "expected"), [(UTF16, 4), (UTF8, 6), (UTF32, 3)])
def test_columns_count_the_negotiated_code_units(encoding, expected):
    text = "a\nx💰y!\n"  # "💰": 1 code point, 2 UTF-16 units, 4 UTF-8 bytes
    index = LineIndex(text, encoding)
    offset = text.index("!")
    assert index.position(offset) == pos(1, expected)
    assert index.offset(pos(1, expected)) == offset


@pytest.mark.parametrize("encoding", [UTF16, UTF8, UTF32])
def test_every_offset_of_a_mixed_line_maps_as_its_prefix_counts(encoding):
    # Positions are read from a per-line table: each must equal the units of the text before it,
    # the line break's offsets included.
    text = "ab\nx💰é y💰\r\nplain\n"
    index = LineIndex(text, encoding)
    for offset in range(len(text) + 1):
        line = max(n for n, start in enumerate(index.starts) if start <= offset)
        prefix = text[index.starts[line] : offset]
        units = {UTF16: len(prefix.encode("utf-16-le")) // 2, UTF8: len(prefix.encode()), UTF32: len(prefix)}[encoding]
        assert index.position(offset) == pos(line, units), offset


def test_combining_characters_count_one_unit_each():
    text = "cafe\u0301 x"
    index = LineIndex(text)
    assert index.position(text.index("x")) == pos(0, 6)


def test_only_lsp_line_breaks_start_lines():
    # CRLF, CR and LF end lines; a form feed and U+2028 do not (str.splitlines would split there).
    text = "a\r\nb\rc\nd\x0ce\u2028f"
    index = LineIndex(text)
    assert index.position(text.index("f")) == pos(3, 4)
    assert index.position(text.index("c")) == pos(2, 0)
    assert index.offset(pos(0, 99)) == 1  # past the end of a line: its end, before the CRLF
    assert index.offset(pos(9, 0)) == len(text)


def test_overrides_from_editor_settings():
    assert parse_overrides({"select": ["INC002"], "ignore": "PAY, STR004", "other": 1}) == {
        "select": ["INC002"],
        "ignore": ["PAY", "STR004"],
    }
    assert parse_overrides({"postlint": {"ignore": []}}) == {"ignore": []}
    assert parse_overrides(None) == {} and parse_overrides(["x"]) == {}
    assert parse_overrides({"select": 5}) == {"select": 5}  # validation names it later


def test_format_by_language_id_then_extension():
    assert format_of("markdown", "a.txt") == "markdown"
    assert format_of("plaintext", None) == "text"
    assert format_of("html", "a") == "html"
    assert format_of("unknown", "job.HTM") == "html"
    assert format_of("python", "a.py") is None


def test_code_action_kind_filter():
    assert wanted(None, "source.fixAll.postlint") and wanted(["source"], "source.fixAll.postlint")
    assert wanted(["source.fixAll"], "source.fixAll.postlint") and not wanted(["quickfix"], "source.fixAll.postlint")
    assert not wanted(["source.fixAllX"], "source.fixAll.postlint")


def test_ignore_comment_goes_before_a_markdown_hard_break_and_merges_into_text_directives():
    index = LineIndex("Chairman here  \nnext\n")
    assert _ignore_edit(index, 0, "INC002", "markdown") == types.TextEdit(
        range=types.Range(start=pos(0, 13), end=pos(0, 13)), new_text=" <!-- postlint: ignore[INC002] -->"
    )
    index = LineIndex("Chairman postlint: ignore[INC010]\n")
    assert _ignore_edit(index, 0, "INC002", "text").new_text == ", INC002"


def test_fix_all_edits_only_the_changed_lines():
    text = "# Data Engineer\n\nKeep this.\n\nYou will report to the Chairman.\n\nKeep that.\n"
    fixed = postlint.fix(text, path="x.md")
    action = fix_all_action("file:///x.md", 3, LineIndex(text), fixed)
    (change,) = action.edit.document_changes
    assert list(change.edits) == [
        types.TextEdit(range=types.Range(start=pos(4, 0), end=pos(5, 0)), new_text="You will report to the Chair.\n")
    ]
    assert fix_all_action("file:///x.md", 3, LineIndex(fixed), fixed) is None


@pytest.mark.asyncio
async def test_changes_during_a_run_merge_into_one_more_run_and_stale_results_are_dropped():
    gate = threading.Event()
    calls: list[str] = []

    def lint(text, path, language_id):
        calls.append(text)
        if len(calls) == 1:
            gate.wait(30)  # the first run is slow: edits pile up meanwhile
        return Outcome(text)

    published: list[tuple[str, int]] = []
    with ThreadPoolExecutor(2) as pool:
        docs = Documents(lint, pool, lambda d: published.append((d.outcome.text, d.outcome_version)))
        doc = docs.open("file:///a.md", None, "markdown", 1, "v1")
        while not calls:
            await asyncio.sleep(0.01)
        for version in (2, 3, 4):
            docs.change(doc.uri, version, f"v{version}")
        assert docs.runs == 1  # no second run while the first is in flight
        gate.set()
        outcome = await docs.fresh(doc)
        assert outcome.text == "v4"
        assert calls == ["v1", "v4"]  # v2 and v3 were merged into the v4 run
        assert published == [("v4", 4)]  # v1's result was stale: never shown
        # Idle again: the next edit starts a run at once (no debounce).
        docs.change(doc.uri, 5, "v5")
        assert doc.task is not None and not doc.task.done()
        assert (await docs.fresh(doc)).text == "v5"
        # A config reload makes every result stale and lints again.
        docs.relint_all()
        assert not docs.is_fresh(doc)
        await docs.fresh(doc)
        assert calls == ["v1", "v4", "v5", "v5"] and published[-1] == ("v5", 5)
        docs.close(doc.uri)
        assert await docs.fresh(doc) is outcome or doc.closed


@pytest.mark.asyncio
async def test_a_huge_document_lints_in_its_own_lane_and_holds_up_no_other():
    from postlint.integrations.lsp.documents import BIG

    gate = threading.Event()

    def lint(text, path, language_id):
        if len(text) > BIG:
            gate.wait(30)  # the huge document is still being linted...
        return Outcome(text)

    with ThreadPoolExecutor(1) as normal, ThreadPoolExecutor(1) as big:
        docs = Documents(lint, normal, lambda d: None, big=big)
        huge = docs.open("file:///huge.md", None, "markdown", 1, "x" * (BIG + 1))
        small = docs.open("file:///small.md", None, "markdown", 1, "small")
        assert (await docs.fresh(small)).text == "small"  # ...while this one is answered
        assert not docs.is_fresh(huge)
        gate.set()
        assert len((await docs.fresh(huge)).text) == BIG + 1


def test_a_failing_plugin_becomes_a_config_error_not_a_crash(monkeypatch, tmp_path):
    from pathlib import Path

    from postlint.engine import plugins
    from postlint.errors import RuleError
    from postlint.integrations.lsp.project import Project

    def broken() -> None:
        raise RuleError("plugin 'acme' (acme.rules) failed to load: ImportError: no module named acme")

    monkeypatch.setattr(plugins, "all_rules", broken)
    project = Project()
    project.roots = [tmp_path.resolve()]
    project.settings_ready.set()
    project.warm()  # skipped, not raised
    outcome = project.lint("# Data Engineer\n", Path(tmp_path / "a.md"), "markdown")
    assert outcome.config_error == "plugin 'acme' (acme.rules) failed to load: ImportError: no module named acme"
    assert outcome.diagnostics == [] and outcome.error is None


@pytest.mark.asyncio
async def test_notification_futures_are_dropped_once_done():
    # Every keystroke is a notification: a future kept per notification is a leak (pygls 2.1 keeps them).
    from postlint.integrations.lsp.server import build_server

    server = build_server()
    seen = []

    @server.feature(types.TEXT_DOCUMENT_WILL_SAVE)
    async def will_save(params):
        seen.append(params)

    for _ in range(3):
        server.protocol._handle_notification(types.TEXT_DOCUMENT_WILL_SAVE, None)
    while len(seen) < 3:
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.01)  # let the done callbacks run
    assert server.protocol._request_futures == {}


def test_incremental_changes_apply_in_utf16_units_on_lsp_lines():
    text = "a\x0cb 💰 Chairman\u2028x\nnext\n"  # a form feed and U+2028 do not end the line
    at = text.index("Chairman")
    index = LineIndex(text)
    change = types.TextDocumentContentChangePartial(
        range=types.Range(start=index.position(at), end=index.position(at + 8)), text="Chair"
    )
    assert index.position(at) == pos(0, 7)  # "💰" counts two
    assert index.apply(change) == text.replace("Chairman", "Chair")
    insert = types.TextDocumentContentChangePartial(range=types.Range(start=pos(1, 99), end=pos(1, 99)), text="!")
    assert index.apply(insert) == text.replace("next", "next!")  # past a line's end: its end
    assert index.apply(types.TextDocumentContentChangeWholeDocument(text="new")) == "new"

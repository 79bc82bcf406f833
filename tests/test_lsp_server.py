"""End to end: a real LSP client (pytest-lsp, over stdio) drives `postlint server`.

One server serves this module's tests (each uses its own document); tests
that need a fresh server (settings, failures, lifecycle) are in
test_lsp_workspace.py and test_lsp_lifecycle.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_lsp
from lsp_helpers import CONFIG, apply_edits, at, change_doc, initialize, open_doc, published, span
from lsprotocol import types
from pytest_lsp import LanguageClient

import postlint

pytestmark = pytest.mark.asyncio(loop_scope="module")

ROOT = Path(__file__).resolve().parents[1]
CHAIRMAN = "# Data Engineer\n\nYou will report to the Chairman and plan our manpower.\n"


@pytest_lsp.fixture(config=CONFIG, scope="module")
async def client(lsp_client: LanguageClient, tmp_path_factory):
    folder = tmp_path_factory.mktemp("workspace")
    lsp_client.folder = folder
    await initialize(lsp_client, [folder])
    yield
    await lsp_client.shutdown_session()


def uri_of(client: LanguageClient, name: str) -> str:
    return (client.folder / name).as_uri()


def by_code(diagnostics: list[types.Diagnostic], code: str) -> list[types.Diagnostic]:
    return [d for d in diagnostics if d.code == code]


async def test_open_publishes_diagnostics_with_range_severity_code_link_and_fix(client: LanguageClient):
    uri = uri_of(client, "open.md")
    open_doc(client, uri, CHAIRMAN)
    found = await published(client, uri, 1)
    chairman, manpower = by_code(found, "INC002")
    assert chairman.range == span(2, 23, 31)
    assert manpower.range == span(2, 45, 53)
    assert chairman.severity == types.DiagnosticSeverity.Warning
    assert chairman.source == "postlint"
    assert chairman.code_description is not None and chairman.code_description.href.startswith("https://")
    assert chairman.data == {
        "fix": {
            "range": {"start": {"line": 2, "character": 23}, "end": {"line": 2, "character": 31}},
            "newText": "Chair",
        }
    }
    # Every finding of the library is there, in the same order.
    assert [d.code for d in found] == [d.code for d in postlint.lint(CHAIRMAN, path=str(client.folder / "open.md"))]


async def test_rapid_changes_end_with_the_newest_text_and_never_go_back(client: LanguageClient):
    uri = uri_of(client, "typing.md")
    open_doc(client, uri, CHAIRMAN)
    await published(client, uri, 1)
    start = len(client.published)
    # A fast typist: five versions sent without waiting; the last drops "manpower".
    for version in range(2, 7):
        text = CHAIRMAN.replace("manpower", "manpower" if version < 6 else "team") + "\n" * version
        change_doc(client, uri, text, version)
    found = await published(client, uri, 6, after=start)
    assert [d.range for d in by_code(found, "INC002")] == [span(2, 23, 31)]
    versions = [p.version for p in client.published[start:] if p.uri == uri]
    # Stale results are dropped: versions only go up, and the newest is the last word.
    assert versions == sorted(versions) and versions[-1] == 6 and len(set(versions)) == len(versions)


async def test_save_publishes_again(client: LanguageClient):
    uri = uri_of(client, "saved.md")
    open_doc(client, uri, CHAIRMAN)
    first = await published(client, uri, 1)
    start = len(client.published)
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    assert await published(client, uri, 1, after=start) == first


async def test_close_clears_the_diagnostics(client: LanguageClient):
    uri = uri_of(client, "closed.md")
    open_doc(client, uri, CHAIRMAN)
    assert await published(client, uri, 1)
    start = len(client.published)
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    assert await published(client, uri, after=start) == []


async def test_positions_are_utf16_code_units_with_emoji_and_combining_characters(client: LanguageClient):
    uri = uri_of(client, "emoji.md")
    # "💰" is one code point but two UTF-16 units; "é" written e + U+0301 is two code points, two units.
    text = "# Data Engineer\n\n💰 Pay. A cafe\u0301 Chairman and 💰💰 manpower.\n"
    open_doc(client, uri, text)
    found = by_code(await published(client, uri, 1), "INC002")
    line = text.splitlines()[2]
    chairman = line.index("Chairman")  # in code points: 14
    manpower = line.index("manpower")
    assert [d.range for d in found] == [
        span(2, chairman + 1, chairman + 9),  # + 1 for the emoji's second unit
        span(2, manpower + 3, manpower + 11),  # + 3: three emoji before it
    ]
    assert found[0].data["fix"]["range"]["start"] == {"line": 2, "character": chairman + 1}


async def test_quick_fix_is_the_edit_check_fix_makes(client: LanguageClient):
    uri = uri_of(client, "quickfix.md")
    open_doc(client, uri, CHAIRMAN)
    found = await published(client, uri, 1)
    diag = by_code(found, "INC002")[0]
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diag.range,
            context=types.CodeActionContext(diagnostics=[diag], only=[types.CodeActionKind.QuickFix]),
        )
    )
    fixes = [a for a in actions if a.is_preferred]
    assert [a.title for a in fixes] == ["INC002: replace 'Chairman' with 'Chair'"]
    (change,) = fixes[0].edit.document_changes
    assert change.text_document.uri == uri and change.text_document.version == 1
    assert list(change.edits) == [types.TextEdit(range=span(2, 23, 31), new_text="Chair")]
    (lib,) = [d for d in postlint.lint(CHAIRMAN, path="q.md") if d.fix and d.start == 40]
    assert (lib.fix.start, lib.fix.end, lib.fix.replacement) == (40, 48, "Chair")


async def _ignore_action(client: LanguageClient, uri: str, diag: types.Diagnostic) -> types.CodeAction:
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diag.range,
            context=types.CodeActionContext(diagnostics=[diag]),
        )
    )
    (action,) = [a for a in actions if a.title == f"Ignore {diag.code} on this line"]
    assert action.kind == types.CodeActionKind.QuickFix
    return action


@pytest.mark.parametrize(
    ("name", "language", "text", "line", "inserted"),
    [
        ("ignore.md", "markdown", CHAIRMAN, 2, " <!-- postlint: ignore[INC002] -->"),
        (
            "ignore.txt",
            "plaintext",
            "Data Engineer\n\nYou will report to the Chairman.\n",
            2,
            " postlint: ignore[INC002]",
        ),
        (
            "ignore.html",
            "html",
            "<h1>Data Engineer</h1>\n<p>You will report to the Chairman.</p>\n",
            1,
            " <!-- postlint: ignore[INC002] -->",
        ),
    ],
)
async def test_ignore_on_this_line_inserts_the_comment_and_silences_it(client, name, language, text, line, inserted):
    uri = uri_of(client, name)
    open_doc(client, uri, text, language_id=language)
    diag = by_code(await published(client, uri, 1), "INC002")[0]
    action = await _ignore_action(client, uri, diag)
    (change,) = action.edit.document_changes
    end = len(text.splitlines()[line])
    assert list(change.edits) == [types.TextEdit(range=span(line, end, end), new_text=inserted)]
    fixed = apply_edits(text, change.edits)
    start = len(client.published)
    change_doc(client, uri, fixed, 2)
    after = await published(client, uri, 2, after=start)
    assert not [d for d in after if d.code == "INC002" and d.range.start.line == line]
    assert not by_code(after, "META001")  # the suppression is used


async def test_ignore_adds_to_an_existing_directive_on_the_line(client: LanguageClient):
    uri = uri_of(client, "ignore-merge.md")
    text = CHAIRMAN.replace("manpower.", "manpower. <!-- postlint: ignore[INC010] -->")
    open_doc(client, uri, text)
    diag = by_code(await published(client, uri, 1), "INC002")[0]
    (change,) = (await _ignore_action(client, uri, diag)).edit.document_changes
    at_sel = text.splitlines()[2].index("INC010]") + len("INC010")
    assert list(change.edits) == [types.TextEdit(range=span(2, at_sel, at_sel), new_text=", INC002")]


async def test_fix_all_applies_every_safe_fix_like_check_fix(client: LanguageClient):
    uri = uri_of(client, "fixall.md")
    text = CHAIRMAN + "\nThe chairmen and our salesmen.\n"
    open_doc(client, uri, text)
    await published(client, uri, 1)
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=span(0, 0, 0),
            context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.SourceFixAll]),
        )
    )
    (action,) = actions
    assert action.kind == "source.fixAll.postlint"
    (change,) = action.edit.document_changes
    assert apply_edits(text, change.edits) == postlint.fix(text, path=str(client.folder / "fixall.md"))
    assert all(e.range.start.line >= 2 for e in change.edits)  # lines without a fix are not touched


async def test_hover_shows_the_rule_documentation(client: LanguageClient):
    uri = uri_of(client, "hover.md")
    open_doc(client, uri, CHAIRMAN)
    await published(client, uri, 1)
    result = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=at(2, 25))
    )
    assert result.contents.kind == types.MarkupKind.Markdown
    rule = next(r for r in postlint.rules() if r.code == "INC002")
    value = result.contents.value
    assert value.startswith(f"**INC002 {rule.name}**")
    assert rule.why in value and rule.example.rstrip() in value and "Safe fix: replace with 'Chair'" in value
    # The paragraph's own finding (the keyphrase is not in the intro) follows, after a rule.
    assert "\n\n---\n\n**SEO003 " in value
    assert result.range == span(2, 23, 31)
    nothing = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=at(1, 0))
    )
    assert nothing is None  # the blank line under the title: nothing flagged


@pytest.mark.parametrize(
    ("name", "language", "linted"),
    [
        ("a.md", "markdown", True),
        ("b.txt", "plaintext", True),
        ("c.html", "html", True),
        ("d.markdown", "unknown", True),
        ("e.py", "python", False),
    ],
)
async def test_documents_are_linted_by_language_id_and_by_extension(client, name, language, linted):
    uri = uri_of(client, name)
    open_doc(
        client,
        uri,
        "<p>You will report to the Chairman.</p>\n" if name.endswith("html") else CHAIRMAN,
        language_id=language,
    )
    found = await published(client, uri, 1)
    assert bool(by_code(found, "INC002")) is linted
    if not linted:
        assert found == []


async def test_binary_and_huge_documents_get_one_problem_and_others_still_lint(client: LanguageClient):
    binary, huge, normal = uri_of(client, "binary.md"), uri_of(client, "huge.md"), uri_of(client, "normal.md")
    over = uri_of(client, "over.md")
    open_doc(client, binary, "\x00\x01\x02PNG\x00" * 100)
    open_doc(client, huge, "word " * (2 * 2**20 + 1))  # 10 MB and a bit: refused as check refuses the file
    open_doc(client, over, "word " * 300_000)  # 1.4 MB: over the default max-posting-size
    open_doc(client, normal, CHAIRMAN)
    assert by_code(await published(client, normal, 1), "INC002")
    (problem,) = await published(client, binary, 1)
    assert problem.message.endswith("binary file, not a posting") and problem.range == span(0, 0, 0)
    (problem,) = await published(client, huge, 1)
    assert "over the 10 MB limit for a posting" in problem.message
    (problem,) = await published(client, over, 1)
    assert problem.message.endswith("over.md: 1.4 MB is over the 1 MB limit for a posting (max-posting-size)")
    assert problem.range == span(0, 0, 0)


async def test_pathological_documents_do_not_hold_up_an_ordinary_one(client: LanguageClient):
    nested, line, big = uri_of(client, "nested.md"), uri_of(client, "one-line.md"), uri_of(client, "big.md")
    open_doc(client, nested, "".join("  " * i + "- item\n" for i in range(300)) + ">" * 5000 + " quote\n")
    open_doc(client, line, "word " * 200_000)  # 1 MB on one line: the lane for huge documents
    open_doc(client, big, CHAIRMAN * 5000)  # 280 kB of valid posting: queued in that lane too
    normal = uri_of(client, "ordinary.md")
    open_doc(client, normal, CHAIRMAN)
    # The ordinary document is answered; the others are answered too, each with findings or one problem.
    assert [d.range for d in by_code(await published(client, normal, 1), "INC002")] == [
        span(2, 23, 31),
        span(2, 45, 53),
    ]
    for uri in (nested, line, big):
        assert isinstance(await published(client, uri, 1), list)
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=normal), position=at(2, 25))
    )
    assert hover is not None  # still serving


async def test_incremental_edits_keep_the_servers_text_in_step(client: LanguageClient):
    uri = uri_of(client, "incremental.md")
    # U+2028 does not end an LSP line: "Chairman" is on line 2, after 35 code points (36 UTF-16 units).
    text = "# Data Engineer\n\nPay 💰 well.\u2028You will report to the Chairman.\n"
    open_doc(client, uri, text)
    assert [d.range for d in by_code(await published(client, uri, 1), "INC002")] == [span(2, 36, 44)]
    start = len(client.published)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(range=span(2, 36, 44), text="chair"),
                types.TextDocumentContentChangePartial(range=span(0, 2, 6), text="Big Data"),
            ],
        )
    )
    found = await published(client, uri, 2, after=start)
    assert by_code(found, "INC002") == []  # the word was replaced where the client meant
    (title,) = [d for d in found if d.code == "STR004"]
    assert title.range.end == at(0, 19)  # "# Big Data Engineer": the second edit, in order

"""End to end, one fresh server per test: config discovery and reload, settings, multi-root, pull diagnostics."""

from __future__ import annotations

import pytest
from lsp_helpers import change_doc, open_doc, published, serve
from lsprotocol import types

pytestmark = pytest.mark.asyncio

CHAIRMAN = "# Data Engineer\n\nYou will report to the Chairman and plan our manpower.\n"


def codes(found: list[types.Diagnostic]) -> set[str]:
    return {str(d.code) for d in found}


def watched(client, *paths) -> None:
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=p.as_uri(), type=types.FileChangeType.Changed) for p in paths]
        )
    )


async def test_nearest_config_applies_and_reloads_when_it_changes(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.postlint]\nignore = ["INC"]\n')
    nested = tmp_path / "jobs"
    nested.mkdir()
    (nested / ".postlint.toml").write_text('select = ["INC002"]\n')
    async with serve([tmp_path]) as client:
        top, inner = (tmp_path / "a.md").as_uri(), (nested / "b.md").as_uri()
        open_doc(client, top, CHAIRMAN)
        open_doc(client, inner, CHAIRMAN)
        assert "INC002" not in codes(await published(client, top, 1)) and "STR004" in codes(
            await published(client, top, 1)
        )
        assert codes(await published(client, inner, 1)) == {"INC002"}  # the nearer file wins, as in check
        start = len(client.published)
        (nested / ".postlint.toml").write_text('select = ["STR004"]\n')
        watched(client, nested / ".postlint.toml")
        assert codes(await published(client, inner, 1, after=start)) == {"STR004"}


async def test_a_new_config_file_is_found_after_reload(tmp_path):
    async with serve([tmp_path]) as client:
        uri = (tmp_path / "a.md").as_uri()
        open_doc(client, uri, CHAIRMAN)
        assert "INC002" in codes(await published(client, uri, 1))
        start = len(client.published)
        (tmp_path / ".postlint.toml").write_text('ignore = ["INC002"]\n')
        watched(client, tmp_path / ".postlint.toml")
        after = await published(client, uri, 1, after=start)
        assert "INC002" not in codes(after) and "STR004" in codes(after)


async def test_bad_config_gives_one_message_naming_file_and_key_and_recovers(tmp_path):
    config = tmp_path / ".postlint.toml"
    config.write_text('select = ["INC002"]\ncolour = "red"\n')
    async with serve([tmp_path]) as client:
        a, b = (tmp_path / "a.md").as_uri(), (tmp_path / "b.md").as_uri()
        open_doc(client, a, CHAIRMAN)
        open_doc(client, b, CHAIRMAN)
        assert await published(client, a, 1) == [] and await published(client, b, 1) == []
        change_doc(client, a, CHAIRMAN + "\n", 2)  # more edits: still one message
        await published(client, a, 2)
        (message,) = client.messages
        assert message.type == types.MessageType.Error
        assert message.message == f"postlint: {config}: unknown key 'colour'"
        # Still serving: fix the file and the findings come back.
        start = len(client.published)
        config.write_text('select = ["INC002"]\n')
        watched(client, config)
        assert codes(await published(client, a, 2, after=start)) == {"INC002"}
        assert len(client.messages) == 1


async def test_broken_toml_and_bad_rule_option_name_the_file(tmp_path):
    config = tmp_path / "pyproject.toml"
    config.write_text("[tool.postlint\nselect = 1\n")
    async with serve([tmp_path]) as client:
        uri = (tmp_path / "a.md").as_uri()
        open_doc(client, uri, CHAIRMAN)
        assert await published(client, uri, 1) == []
        assert client.messages[0].message.startswith(f"postlint: {config}: invalid TOML")
        start = len(client.published)
        config.write_text("[tool.postlint.rules.INC002]\nnope = 1\n")
        watched(client, config)
        await published(client, uri, 1, after=start)
        assert client.messages[1].message.startswith(
            f"postlint: {config} [tool.postlint]: [rules.INC002]: unknown option 'nope' for INC002"
        )


async def test_excluded_documents_get_no_diagnostics(tmp_path):
    (tmp_path / ".postlint.toml").write_text('extend-exclude = ["drafts/"]\n')
    (tmp_path / "drafts").mkdir()
    async with serve([tmp_path]) as client:
        draft, kept = (tmp_path / "drafts" / "a.md").as_uri(), (tmp_path / "b.md").as_uri()
        open_doc(client, draft, CHAIRMAN)
        open_doc(client, kept, CHAIRMAN)
        assert await published(client, draft, 1) == []
        assert "INC002" in codes(await published(client, kept, 1))


async def test_multi_root_folders_keep_their_own_configs(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    for folder, selected in ((one, "INC002"), (two, "STR004")):
        folder.mkdir()
        (folder / ".postlint.toml").write_text(f'select = ["{selected}"]\n')
    async with serve([one, two]) as client:
        open_doc(client, (one / "a.md").as_uri(), CHAIRMAN)
        open_doc(client, (two / "a.md").as_uri(), CHAIRMAN)
        assert codes(await published(client, (one / "a.md").as_uri(), 1)) == {"INC002"}
        assert codes(await published(client, (two / "a.md").as_uri(), 1)) == {"STR004"}


async def test_initialization_options_override_select_and_ignore(tmp_path):
    (tmp_path / ".postlint.toml").write_text('select = ["INC002", "STR004"]\n')
    async with serve([tmp_path], options={"ignore": ["STR004"]}) as client:
        uri = (tmp_path / "a.md").as_uri()
        open_doc(client, uri, CHAIRMAN)
        assert codes(await published(client, uri, 1)) == {"INC002"}


async def test_workspace_configuration_overrides_per_folder_and_bad_selectors_are_named(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    settings = {one.as_uri(): {"postlint": {"select": "STR004"}}, two.as_uri(): {"postlint": {"select": ["NOPE123"]}}}
    async with serve([one, two], options={"select": ["INC002"]}, settings=settings) as client:
        open_doc(client, (one / "a.md").as_uri(), CHAIRMAN)
        open_doc(client, (two / "a.md").as_uri(), CHAIRMAN)
        assert codes(await published(client, (one / "a.md").as_uri(), 1)) == {"STR004"}
        assert await published(client, (two / "a.md").as_uri(), 1) == []
        (message,) = client.messages
        assert message.message.startswith("postlint: editor settings: select: unknown rule selector 'NOPE123'")


async def test_pull_diagnostics_and_no_push_when_the_client_pulls(tmp_path):
    async with serve([tmp_path], pull=True) as client:
        uri = (tmp_path / "a.md").as_uri()
        open_doc(client, uri, CHAIRMAN)
        report = await client.text_document_diagnostic_async(
            types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri))
        )
        assert report.kind == "full"
        inc = [d for d in report.items if d.code == "INC002"]
        assert [(d.range.start.line, d.range.start.character) for d in inc] == [(2, 23), (2, 45)]
        again = await client.text_document_diagnostic_async(
            types.DocumentDiagnosticParams(
                text_document=types.TextDocumentIdentifier(uri=uri), previous_result_id=report.result_id
            )
        )
        assert again.kind == "unchanged" and again.result_id == report.result_id
        change_doc(client, uri, CHAIRMAN.replace("manpower", "team"), 2)
        changed = await client.text_document_diagnostic_async(
            types.DocumentDiagnosticParams(
                text_document=types.TextDocumentIdentifier(uri=uri), previous_result_id=report.result_id
            )
        )
        assert changed.kind == "full" and len([d for d in changed.items if d.code == "INC002"]) == 1
        assert client.published == []  # pulled, never pushed: no duplicates in the editor


async def test_untitled_documents_use_the_workspace_config(tmp_path):
    (tmp_path / ".postlint.toml").write_text('select = ["INC002"]\n')
    async with serve([tmp_path]) as client:
        open_doc(client, "untitled:Untitled-1", CHAIRMAN)
        found = await published(client, "untitled:Untitled-1", 1)
        assert codes(found) == {"INC002"} and found[0].range.start == types.Position(line=2, character=23)


async def test_did_change_configuration_settings_apply_without_workspace_configuration(tmp_path):
    (tmp_path / ".postlint.toml").write_text('select = ["INC002", "STR004"]\n')
    async with serve([tmp_path]) as client:
        uri = (tmp_path / "a.md").as_uri()
        open_doc(client, uri, CHAIRMAN)
        assert codes(await published(client, uri, 1)) == {"INC002", "STR004"}
        start = len(client.published)
        client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(settings={"postlint": {"ignore": "INC002"}})
        )
        assert codes(await published(client, uri, 1, after=start)) == {"STR004"}


async def test_a_workspace_folder_added_later_gets_its_own_settings(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    settings = {two.as_uri(): {"postlint": {"select": ["STR004"]}}}
    async with serve([one], settings=settings) as client:
        uri = (two / "a.md").as_uri()
        open_doc(client, uri, CHAIRMAN)
        assert "INC002" in codes(await published(client, uri, 1))  # not a workspace folder yet: no settings
        start = len(client.published)
        client.workspace_did_change_workspace_folders(
            types.DidChangeWorkspaceFoldersParams(
                event=types.WorkspaceFoldersChangeEvent(
                    added=[types.WorkspaceFolder(uri=two.as_uri(), name="two")], removed=[]
                )
            )
        )
        assert codes(await published(client, uri, 1, after=start)) == {"STR004"}


async def test_a_broken_schema_file_is_named_in_the_message(tmp_path):
    (tmp_path / ".postlint.toml").write_text('schema = "my-schema.toml"\n')
    (tmp_path / "my-schema.toml").write_text("[[sections]]\nkind = 5\n")
    async with serve([tmp_path]) as client:
        uri = (tmp_path / "a.md").as_uri()
        open_doc(client, uri, CHAIRMAN)
        assert await published(client, uri, 1) == []
        (message,) = client.messages
        assert message.message == f"postlint: {tmp_path / 'my-schema.toml'}: invalid schema at 'name': Field required"


async def test_a_client_that_prefers_utf8_gets_byte_columns(tmp_path):
    async with serve([tmp_path], utf8=True) as client:
        uri = (tmp_path / "a.md").as_uri()
        text = "# Data Engineer\n\nPay 💰 é. You will report to the Chairman.\n"
        open_doc(client, uri, text)
        (inc,) = [d for d in await published(client, uri, 1) if d.code == "INC002"]
        before = text.split("\n")[2].split("Chairman")[0]
        assert inc.range.start == types.Position(line=2, character=len(before.encode("utf-8")))

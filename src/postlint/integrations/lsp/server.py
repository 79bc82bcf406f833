"""The protocol wiring: pygls handlers over the project, the documents and the actions.

Diagnostics are pushed (``textDocument/publishDiagnostics``) unless the client
says it pulls them (``textDocument/diagnostic``, LSP 3.17): a client doing
both would show every finding twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method
from pygls.uris import to_fs_path

from postlint._version import __version__
from postlint.integrations.lsp import actions
from postlint.integrations.lsp.convert import problem, to_lsp
from postlint.integrations.lsp.documents import Document, Documents
from postlint.integrations.lsp.hover import hover
from postlint.integrations.lsp.positions import LineIndex
from postlint.integrations.lsp.project import CONFIG_NAMES, Outcome, Project, parse_overrides

log = logging.getLogger(__name__)
WATCHERS = [types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_NAMES]


def _path(uri: str) -> Path | None:
    path = to_fs_path(uri) if uri.startswith("file:") else None
    return Path(path) if path else None


class _Protocol(LanguageServerProtocol):
    """pygls 2.1 keeps the future of every notification it hands to a handler and never drops it
    (only request futures are popped): ~2 kB per keystroke, forever. Drop them once done."""

    def _handle_notification(self, method_name: str, params: Any) -> None:
        before = set(self._request_futures)
        super()._handle_notification(method_name, params)
        for key in set(self._request_futures) - before:
            self._request_futures[key].add_done_callback(lambda _, key=key: self._request_futures.pop(key, None))

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams) -> Iterator[Any]:
        # pygls' copy of the text splits lines at U+2028 and form feeds, and "corrects" (mutates)
        # positions past its idea of a line's end before our handler sees them: the server keeps
        # its own text (postlint.integrations.lsp.documents) and pygls' is left alone.
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)) is not None:
            yield handler, (params,), None


class PostlintServer(LanguageServer):
    def __init__(self, workers: int = 2) -> None:
        # Incremental sync, applied by postlint.integrations.lsp.positions (see _Protocol for why not by pygls).
        super().__init__(
            "postlint",
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            protocol_cls=_Protocol,
        )
        self.project = Project()
        # Two lint threads for ordinary documents, one more for huge ones (see documents.BIG).
        self.lint_pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="postlint-lint")
        self.big_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="postlint-big")
        self.documents = Documents(self.project.lint, self.lint_pool, self.on_result, big=self.big_pool)
        self.pull = False
        self.shown: set[str] = set()
        self.shutdown_requested = False
        self.exit_received = False

    # -- results ----------------------------------------------------------
    def encoding(self) -> str:
        return self.workspace.position_encoding or types.PositionEncodingKind.Utf16

    def lsp_diagnostics(self, doc: Document) -> list[types.Diagnostic]:
        outcome = doc.outcome
        if outcome is None:
            return []
        index = LineIndex(outcome.text, self.encoding())
        found = [to_lsp(d, index) for d in outcome.diagnostics]
        if outcome.error:
            found.append(problem(outcome.error))
        return found

    def on_result(self, doc: Document) -> None:
        outcome = doc.outcome
        if outcome is not None and outcome.config_error and outcome.config_error not in self.shown:
            # Once per error, not per document or keystroke; cleared when configs reload.
            self.shown.add(outcome.config_error)
            self.window_show_message(
                types.ShowMessageParams(type=types.MessageType.Error, message=f"postlint: {outcome.config_error}")
            )
        if not self.pull:
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(
                    uri=doc.uri, diagnostics=self.lsp_diagnostics(doc), version=doc.outcome_version
                )
            )

    def reload(self) -> None:
        """Configs or settings changed: forget them and lint every open document again."""
        self.project.reload()
        self.shown.clear()
        self.documents.relint_all()
        refresh = self.client_capabilities.workspace and self.client_capabilities.workspace.diagnostics
        if self.pull and refresh and refresh.refresh_support:
            self.workspace_diagnostic_refresh(None)

    def set_roots(self) -> None:
        roots = [_path(f.uri) for f in self.workspace.folders.values()]
        if not roots and self.workspace.root_uri:
            roots = [_path(self.workspace.root_uri)]
        self.project.roots = [r.resolve() for r in roots if r is not None]

    async def fetch_settings(self) -> None:
        """``workspace/configuration`` section ``postlint`` for each workspace folder, when the client has it."""
        workspace = self.client_capabilities.workspace
        if not (workspace and workspace.configuration) or not self.project.roots:
            return
        items = [types.ConfigurationItem(scope_uri=r.as_uri(), section="postlint") for r in self.project.roots]
        try:
            values = await self.workspace_configuration_async(types.ConfigurationParams(items=items))
        except Exception as exc:  # noqa: BLE001 - a client that fails here just gives no settings
            log.warning("workspace/configuration failed: %s", exc)
            return
        self.project.folder_overrides = {
            r: parse_overrides(v) for r, v in zip(self.project.roots, values or [], strict=False)
        }

    async def doc_and_outcome(self, uri: str) -> tuple[Document, Outcome] | tuple[None, None]:
        doc = self.documents.open_docs.get(uri)
        if doc is None:
            return None, None
        outcome = await self.documents.fresh(doc)
        return (doc, outcome) if outcome is not None else (None, None)


def build_server() -> PostlintServer:
    server = PostlintServer()

    @server.feature(types.INITIALIZE)
    def initialize(params: types.InitializeParams) -> None:
        server.project.init_overrides = parse_overrides(params.initialization_options)
        server.pull = bool(params.capabilities.text_document and params.capabilities.text_document.diagnostic)
        server.set_roots()
        workspace = params.capabilities.workspace
        if not (workspace and workspace.configuration):
            server.project.settings_ready.set()
        server.lint_pool.submit(server.project.warm)  # pay spaCy's start-up before the first document

    @server.feature(types.INITIALIZED)
    async def initialized(params: types.InitializedParams) -> None:
        watched = server.client_capabilities.workspace and server.client_capabilities.workspace.did_change_watched_files
        if watched and watched.dynamic_registration:
            options = types.DidChangeWatchedFilesRegistrationOptions(watchers=WATCHERS)
            registration = types.Registration(
                id="postlint-config-files", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options
            )
            try:
                await server.client_register_capability_async(types.RegistrationParams(registrations=[registration]))
            except Exception as exc:  # noqa: BLE001
                log.warning("could not watch config files: %s", exc)
        try:
            await server.fetch_settings()
        finally:
            server.project.settings_ready.set()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(params: types.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        server.documents.open(item.uri, _path(item.uri), item.language_id, item.version, item.text)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(params: types.DidChangeTextDocumentParams) -> None:
        doc = server.documents.open_docs.get(params.text_document.uri)
        if doc is None:
            return
        text = doc.text
        for change in params.content_changes:
            text = LineIndex(text, server.encoding()).apply(change)
        server.documents.change(doc.uri, params.text_document.version, text)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(params: types.DidSaveTextDocumentParams) -> None:
        if server.project.is_config_file(_path(params.text_document.uri)):
            server.reload()  # a config edited in the editor, for clients that do not watch files
        server.documents.touch(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(params: types.DidCloseTextDocumentParams) -> None:
        server.documents.close(params.text_document.uri)
        if not server.pull:
            server.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[])
            )

    @server.feature(
        types.TEXT_DOCUMENT_DIAGNOSTIC,
        types.DiagnosticOptions(identifier="postlint", inter_file_dependencies=False, workspace_diagnostics=False),
    )
    async def diagnostic(params: types.DocumentDiagnosticParams) -> types.DocumentDiagnosticReport:
        doc, _ = await server.doc_and_outcome(params.text_document.uri)
        if doc is None:
            return types.RelatedFullDocumentDiagnosticReport(items=[])
        result_id = f"{server.documents.generation}.{doc.outcome_stamp[0]}"
        if params.previous_result_id == result_id:
            return types.RelatedUnchangedDocumentDiagnosticReport(result_id=result_id)
        return types.RelatedFullDocumentDiagnosticReport(items=server.lsp_diagnostics(doc), result_id=result_id)

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(code_action_kinds=actions.KINDS))
    async def code_action(params: types.CodeActionParams) -> list[types.CodeAction] | None:
        doc, outcome = await server.doc_and_outcome(params.text_document.uri)
        if doc is None:
            return None
        index = LineIndex(outcome.text, server.encoding())
        only = params.context.only
        found: list[types.CodeAction] = []
        if actions.wanted(only, types.CodeActionKind.QuickFix):
            found += actions.quick_fixes(doc.uri, doc.outcome_version, outcome.diagnostics, index, params.range)
            found += actions.ignore_actions(
                doc.uri, doc.outcome_version, outcome.diagnostics, index, params.range, outcome.format
            )
        if actions.wanted(only, actions.FIX_ALL) and any(d.fix for d in outcome.diagnostics):
            loop = asyncio.get_running_loop()
            fixed = await loop.run_in_executor(
                server.lint_pool, server.project.fix_text, outcome.text, doc.path, doc.language_id
            )
            action = actions.fix_all_action(doc.uri, doc.outcome_version, index, fixed)
            if action is not None:
                found.append(action)
        return found or None

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def on_hover(params: types.HoverParams) -> types.Hover | None:
        doc, outcome = await server.doc_and_outcome(params.text_document.uri)
        if doc is None:
            return None
        from postlint.engine.plugins import all_rules

        return hover(outcome.diagnostics, LineIndex(outcome.text, server.encoding()), params.position, all_rules())

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_files(params: types.DidChangeWatchedFilesParams) -> None:
        if any(server.project.is_config_file(_path(change.uri)) for change in params.changes):
            server.reload()

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def configuration_changed(params: types.DidChangeConfigurationParams) -> None:
        workspace = server.client_capabilities.workspace
        if workspace and workspace.configuration:
            await server.fetch_settings()
        else:
            server.project.init_overrides = parse_overrides(params.settings)
        server.reload()

    @server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
    async def folders_changed(params: types.DidChangeWorkspaceFoldersParams) -> None:
        server.set_roots()
        await server.fetch_settings()
        server.reload()

    @server.feature(types.SHUTDOWN)
    def shutdown(params: Any) -> None:
        server.shutdown_requested = True

    @server.feature(types.EXIT)
    def on_exit(params: Any) -> None:
        server.exit_received = True

    return server

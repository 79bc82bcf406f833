"""A real LSP client (pytest-lsp over stdio) driving `python -m postlint server`, for tests/test_lsp_*.py."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

SERVER = [sys.executable, "-m", "postlint", "server"]
TIMEOUT = 60  # generous: other test processes share the machine


def make_client() -> LanguageClient:
    """pytest-lsp's client, also keeping every publishDiagnostics with its version (in order)."""
    client = LanguageClient(converter_factory=default_converter)
    client.published = []  # type: ignore[attr-defined]

    def publish(c: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
        c.diagnostics[params.uri] = params.diagnostics
        c.published.append(params)  # type: ignore[attr-defined]

    register_lsp_features(client, {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish})
    return client


CONFIG = ClientServerConfig(server_command=SERVER, client_factory=make_client)


def capabilities(
    *, pull: bool = False, configuration: bool = False, watch: bool = False, utf8: bool = False
) -> types.ClientCapabilities:
    return types.ClientCapabilities(
        general=types.GeneralClientCapabilities(
            position_encodings=[types.PositionEncodingKind.Utf8 if utf8 else types.PositionEncodingKind.Utf16]
        ),
        text_document=types.TextDocumentClientCapabilities(
            diagnostic=types.DiagnosticClientCapabilities() if pull else None,
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(version_support=True),
        ),
        workspace=types.WorkspaceClientCapabilities(
            configuration=configuration,
            workspace_folders=True,
            did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=watch),
        ),
    )


async def initialize(
    client: LanguageClient, roots: list[Path], *, options: Any = None, **caps: bool
) -> types.InitializeResult:
    folders = [types.WorkspaceFolder(uri=r.as_uri(), name=r.name) for r in roots]
    params = types.InitializeParams(
        capabilities=capabilities(**caps),
        root_uri=roots[0].as_uri() if roots else None,
        workspace_folders=folders or None,
        initialization_options=options,
    )
    return await asyncio.wait_for(client.initialize_session(params), TIMEOUT)


@contextlib.asynccontextmanager
async def serve(
    roots: list[Path], *, options: Any = None, settings: dict[str, Any] | None = None, **caps: bool
) -> AsyncIterator[LanguageClient]:
    """A fresh server for one test, shut down properly at the end."""
    client = await CONFIG.start()
    if settings is not None:
        for scope, value in settings.items():
            client.set_configuration(value, scope_uri=scope)
    try:
        await initialize(
            client,
            roots,
            options=options,
            configuration=settings is not None or caps.pop("configuration", False),
            **caps,
        )
        yield client
        await asyncio.wait_for(client.shutdown_session(), TIMEOUT)
    finally:
        # After a failure no exit was sent, and pygls' stop() waits for the process: end its input.
        server = client._server
        if server is not None and server.returncode is None:
            server.stdin.close()
            try:
                await asyncio.wait_for(server.wait(), TIMEOUT)
            except TimeoutError:
                server.kill()
        await client.stop()


def open_doc(client: LanguageClient, uri: str, text: str, language_id: str = "markdown", version: int = 1) -> None:
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id=language_id, version=version, text=text)
        )
    )


def change_doc(client: LanguageClient, uri: str, text: str, version: int) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


async def published(
    client: LanguageClient, uri: str, version: int | None = None, *, after: int = 0
) -> list[types.Diagnostic]:
    """The diagnostics published for ``uri`` (at ``version``), waiting for them; ``after`` skips earlier publishes."""

    def find() -> types.PublishDiagnosticsParams | None:
        for p in reversed(client.published[after:]):  # type: ignore[attr-defined]
            if p.uri == uri and (version is None or p.version == version):
                return p
        return None

    async def wait() -> list[types.Diagnostic]:
        while (found := find()) is None:
            await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        return list(found.diagnostics)

    return await asyncio.wait_for(wait(), TIMEOUT)


def apply_edits(text: str, edits: list[types.TextEdit]) -> str:
    """Apply LSP edits to a text without astral characters (one UTF-16 unit per character), last first."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(p: types.Position) -> int:
        return starts[p.line] + p.character if p.line < len(lines) else len(text)

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[: offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end) :]
    return text


def at(line: int, character: int) -> types.Position:
    return types.Position(line=line, character=character)


def span(line: int, start: int, end: int) -> types.Range:
    return types.Range(start=at(line, start), end=at(line, end))

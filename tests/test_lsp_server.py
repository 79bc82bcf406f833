"""End to end: a real LSP client (pytest-lsp, over stdio) drives `postlint server`.

One server serves this module's tests (each uses its own document); tests
that need a fresh server (settings, failures, lifecycle) are in
test_lsp_workspace.py and test_lsp_lifecycle.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from lsp_helpers import CONFIG, apply_edits, at, change_doc, initialize, open_doc, published, span
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
    assert chairman.data == {"fix": {"range": {"start": {"line": 2, "character": 23}, "end": {"line": 2, "character": 31}}, "newText": "Chair"}}
    # Every finding of the library is there, in the same order.
    assert [d.code for d in found] == [d.code for d in postlint.lint(CHAIRMAN, path=str(client.folder / "open.md"))]

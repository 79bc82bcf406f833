"""The server's life: shutdown/exit, a client that goes away, and `postlint server --help`."""

from __future__ import annotations

import asyncio
import subprocess
import sys

import pytest
from lsp_helpers import CONFIG, SERVER, TIMEOUT, initialize, open_doc, published

from postlint.cli.main import main

CHAIRMAN = "# Data Engineer\n\nYou will report to the Chairman.\n"


@pytest.mark.asyncio
async def test_shutdown_then_exit_ends_with_code_0(tmp_path):
    client = await CONFIG.start()
    try:
        await initialize(client, [tmp_path])
        open_doc(client, (tmp_path / "a.md").as_uri(), CHAIRMAN)
        assert await published(client, (tmp_path / "a.md").as_uri(), 1)
        await asyncio.wait_for(client.shutdown_async(None), TIMEOUT)
        client.exit(None)
        assert await asyncio.wait_for(client._server.wait(), TIMEOUT) == 0
    finally:
        await client.stop()


@pytest.mark.asyncio
async def test_exit_without_shutdown_ends_with_code_1(tmp_path):
    client = await CONFIG.start()
    try:
        await initialize(client, [tmp_path])
        client.exit(None)
        assert await asyncio.wait_for(client._server.wait(), TIMEOUT) == 1  # as the LSP specification says
    finally:
        await client.stop()


@pytest.mark.asyncio
async def test_closed_stdin_ends_the_process_cleanly_even_while_linting(tmp_path):
    client = await CONFIG.start()
    try:
        await initialize(client, [tmp_path])
        open_doc(client, (tmp_path / "a.md").as_uri(), CHAIRMAN)
        open_doc(client, (tmp_path / "big.md").as_uri(), CHAIRMAN * 20000)  # still linting when the client goes
        client._server.stdin.close()
        assert await asyncio.wait_for(client._server.wait(), TIMEOUT) == 0
    finally:
        await client.stop()


def test_closed_stdin_before_initialize_exits_0():
    done = subprocess.run(SERVER, input=b"", capture_output=True, timeout=TIMEOUT, check=False)
    assert done.returncode == 0
    assert done.stdout == b""  # nothing but protocol messages ever goes to stdout


def test_server_help_explains_the_transport(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["server", "--help"])
    assert exited.value.code == 0
    text = capsys.readouterr().out
    assert "usage: postlint server" in text
    assert "JSON-RPC over stdio" in text and "pip install 'postlint[lsp]'" in text


def test_server_is_listed_in_the_commands():
    out = subprocess.run(
        [sys.executable, "-m", "postlint", "--help"], capture_output=True, text=True, timeout=TIMEOUT, check=True
    ).stdout
    assert "server" in out and "language server" in out


def test_without_pygls_the_command_says_which_extra_to_install(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "pygls", None)  # import pygls now raises ImportError
    assert main(["server"]) == 2
    assert capsys.readouterr().err == (
        "postlint: error: the language server needs pygls and lsprotocol: pip install 'postlint[lsp]'\n"
    )

"""The README's editor setups: their settings, read from the README, run the real server through a real client."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
from lsp_helpers import open_doc, published, serve

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
EDITORS = README[README.index("\n## Editors\n") : README.index("\n## Python API\n")]
CTO = (ROOT / "examples" / "cto.md").read_text(encoding="utf-8")


def block(language: str, containing: str) -> str:
    for body in re.findall(rf"```{language}\n(.*?)```", EDITORS, re.DOTALL):
        if containing in body:
            return body
    raise AssertionError(f"no {language} block with {containing!r} in the README's Editors section")


async def lint_with(tmp_path: Path, options: dict, language_id: str) -> set[str]:
    async with serve([tmp_path], options=options) as client:
        uri = (tmp_path / "cto.md").as_uri()
        open_doc(client, uri, CTO, language_id=language_id)
        return {str(d.code) for d in await published(client, uri, 1)}


@pytest.mark.asyncio
async def test_vscode_settings(tmp_path):
    settings = json.loads(block("json", "glspc.server.command"))
    assert [settings["glspc.server.command"], *settings["glspc.server.commandArguments"]] == ["postlint", "server"]
    assert "markdown" in settings["glspc.server.languageId"]
    codes = await lint_with(tmp_path, settings["glspc.server.initializationOptions"], "markdown")
    assert "READ011" not in codes and "READ001" in codes


@pytest.mark.asyncio
async def test_helix_languages_toml(tmp_path):
    config = tomllib.loads(block("toml", "[language-server.postlint]"))
    server = config["language-server"]["postlint"]
    assert [server["command"], *server["args"]] == ["postlint", "server"]
    assert all("postlint" in lang["language-servers"] for lang in config["language"])
    codes = await lint_with(tmp_path, server["config"], "markdown")
    assert "READ011" not in codes and "READ001" in codes


def test_neovim_and_emacs_snippets_start_the_same_server_with_the_same_settings():
    for lua in (block("lua", "vim.lsp.config"), block("lua", "vim.lsp.start")):
        assert "cmd = { 'postlint', 'server' }" in lua and "init_options = { ignore = { 'READ011' } }" in lua
    elisp = block("elisp", "eglot-server-programs")
    assert '("postlint" "server" :initializationOptions (:ignore ["READ011"]))' in elisp

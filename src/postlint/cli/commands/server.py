"""``postlint server``: the language server, for editors (see the README's "Editors")."""

from __future__ import annotations

import argparse

NAME = "server"

DESCRIPTION = """\
Run postlint as a Language Server Protocol (LSP) server for editors.

Transport: JSON-RPC over stdio. The editor starts `postlint server` as a child
process and talks to it on its standard input and output (stdout carries only
protocol messages; logs go to stderr). There is no TCP or socket mode.

The server lints Markdown, plain-text and HTML documents as you type (pushed
diagnostics, or pulled with textDocument/diagnostic), offers quick fixes, an
"Ignore CODE on this line" action and source.fixAll.postlint, and shows a
rule's documentation on hover. Each document uses the nearest .postlint.toml
or pyproject.toml [tool.postlint], exactly as `postlint check` does; editor
settings {"select": [...], "ignore": [...]} (initializationOptions, or the
"postlint" section of workspace/configuration) override select and ignore.

It exits when the editor sends shutdown/exit or closes stdin.
Needs the lsp extra: pip install 'postlint[lsp]'."""


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    subparsers.add_parser(
        NAME,
        help="run the language server for editors (LSP over stdio)",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def run(args: argparse.Namespace) -> int:
    try:
        import lsprotocol  # noqa: F401
        import pygls  # noqa: F401
    except ImportError:
        from postlint.errors import PostlintError

        raise PostlintError("the language server needs pygls and lsprotocol: pip install 'postlint[lsp]'") from None
    from postlint.integrations.lsp import run as serve

    return serve()

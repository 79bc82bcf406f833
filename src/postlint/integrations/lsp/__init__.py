"""``postlint server``: a Language Server Protocol server on stdio (needs ``postlint[lsp]``).

Modules, one concept each: :mod:`~postlint.integrations.lsp.server` (protocol wiring),
:mod:`~postlint.integrations.lsp.documents` (open documents, coalesced lint runs),
:mod:`~postlint.integrations.lsp.project` (config discovery, settings, the lint call),
:mod:`~postlint.integrations.lsp.positions` and :mod:`~postlint.integrations.lsp.convert` (LSP positions
and diagnostics), :mod:`~postlint.integrations.lsp.actions` (code actions),
:mod:`~postlint.integrations.lsp.hover` (rule documentation).
"""

from __future__ import annotations

import os
import sys
from typing import BinaryIO


def run(stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> int:
    """Serve on stdin/stdout until ``exit`` or until the client closes stdin; return the exit code."""
    from postlint.integrations.lsp.server import build_server

    stdin = stdin or sys.stdin.buffer
    stdout = stdout or sys.stdout.buffer
    # stdout carries the protocol: a stray print() anywhere must not corrupt it.
    sys.stdout = sys.stderr
    server = build_server()
    server.start_io(stdin, stdout)  # returns on exit or end of input
    busy = server.project.running > 0
    for pool in (server.lint_pool, server.big_pool):
        pool.shutdown(wait=False, cancel_futures=True)
    # LSP: exit code 0 after shutdown, 1 on an exit without it; a client that simply
    # went away (stdin closed) is a clean end too.
    code = 1 if server.exit_received and not server.shutdown_requested else 0
    if busy:
        # A lint thread cannot be interrupted; do not keep a gone client's process alive for it.
        sys.stderr.flush()
        os._exit(code)
    return code

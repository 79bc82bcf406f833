"""Sub-commands of the CLI beyond check/rules/rule/schema.

Each module named in ``EXTRA_NAMES`` has ``NAME``, ``add_parser(subparsers)``
and ``run(args) -> int``.
"""

from __future__ import annotations

import importlib
from types import ModuleType

EXTRA_NAMES = ("stats", "keywords", "jsonld", "server", "parse")


def extra_commands() -> list[ModuleType]:
    modules = []
    for name in EXTRA_NAMES:
        try:
            modules.append(importlib.import_module(f"postlint.cli.commands.{name}"))
        except ModuleNotFoundError as exc:
            if exc.name != f"postlint.cli.commands.{name}":
                raise
    return modules

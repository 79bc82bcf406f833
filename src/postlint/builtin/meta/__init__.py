"""META: findings about postlint's own comments (unused suppressions)."""

from __future__ import annotations

from postlint.builtin.meta import unused_suppression
from postlint.engine.rule import Rule

RULES: list[Rule] = [*unused_suppression.RULES]

"""Where the data rule packs and built-in schemas live: inside the wheel, or in the checkout."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

# The schemas under rules/schema/ a config names without a path (a cached run checks
# this without loading the schema model).
BUILTIN_SCHEMAS = ("cto",)


@lru_cache(maxsize=1)
def rules_dir() -> Path:
    """``postlint/rules`` in an installed wheel; the repository's ``rules/`` in a checkout."""
    packaged = Path(__file__).parent / "rules"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "rules"
    return checkout

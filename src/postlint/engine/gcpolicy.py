"""Garbage collection in the short-lived command-line process.

Start-up (spaCy, pydantic models, rule packs, dictionaries) allocates a few
hundred thousand objects that live until the process exits; Python's cyclic
collector would otherwise walk them again and again, during start-up and in
every full collection while postings are linted. The ``postlint`` command
therefore defers collection until the first posting is linted, then freezes
what exists (``gc.freeze``: later collections skip it) and collects normally
from there on. This is the pattern CPython's documentation gives for a parent
that forks workers, which ``--jobs`` does. Library callers keep Python's
defaults: only the command-line entry point calls :func:`defer_until_warm`.
"""

from __future__ import annotations

import gc

from postlint.engine import regex_cache

_deferred = False


def defer_until_warm() -> None:
    """Turn the collector off until :func:`settle` (called once the linter is warm)."""
    global _deferred
    if gc.isenabled():
        gc.disable()
        _deferred = True


def settle() -> None:
    """Freeze the long-lived start-up objects and turn the collector back on; a no-op unless deferred.

    Start-up ends here for the regex cache too: later patterns are built from postings' words.
    """
    global _deferred
    regex_cache.end_of_start_up()
    if _deferred:
        _deferred = False
        gc.freeze()
        gc.enable()

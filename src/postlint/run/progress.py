"""A one-line progress bar on stderr for long runs; silent in CI, in pipes and for quick runs."""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

# Runs shorter than this never draw: a pre-commit hook on one file stays quiet.
DELAY = 0.5
WIDTH = 28


def wanted(stream: TextIO | None = None, *, stdout: TextIO | None = None) -> bool:
    """Draw only on an interactive terminal: stderr and stdout both TTYs, not under CI, not TERM=dumb."""
    stream = stream or sys.stderr
    stdout = stdout or sys.stdout
    if os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    return all(hasattr(s, "isatty") and s.isatty() for s in (stream, stdout))


class Progress:
    """``[#####-----]  45/89 postings  12.3/s  ETA 3s``, redrawn at most ten times a second."""

    def __init__(self, stream: TextIO | None = None, *, delay: float = DELAY) -> None:
        self.stream = stream or sys.stderr
        self.delay = delay
        self.total = 0
        self.done = 0
        self.started = 0.0
        self._drawn = 0.0
        self._visible = False

    def start(self, total: int) -> None:
        self.total, self.done, self.started = total, 0, time.monotonic()

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if now - self.started >= self.delay and (now - self._drawn >= 0.1 or self.done >= self.total):
            self._drawn = now
            self.stream.write("\r" + self.line(now) + "\033[K")
            self.stream.flush()
            self._visible = True

    def line(self, now: float) -> str:
        total = max(self.total, 1)
        filled = int(WIDTH * min(self.done, total) / total)
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        eta = (self.total - self.done) / rate if rate > 0 else 0.0
        return f"[{'#' * filled}{'-' * (WIDTH - filled)}] {self.done:>{len(str(total))}}/{self.total} postings  {rate:.1f}/s  ETA {eta:.0f}s"

    def finish(self) -> None:
        if self._visible:
            self.stream.write("\r\033[K")  # leave the terminal as it was
            self.stream.flush()
            self._visible = False

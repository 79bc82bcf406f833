"""Open documents and their lint runs: coalesced, never delayed.

When a document changes and no lint of it is running, one starts at once (no
debounce timer). Changes that arrive while it runs only mark the document
dirty: when the run ends its result is dropped as stale and one more run lints
the newest text, so a fast typist gets one run per lint's duration and never
sees diagnostics for text that is gone. Each document has at most one run in
flight; runs happen in worker threads so a slow document never holds up the
protocol, and huge documents have a lane of their own so they never hold up
the others.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path

from postlint.integrations.lsp.project import Outcome

Lint = Callable[[str, "Path | None", "str | None"], Outcome]
# Postings are kilobytes; a document this large lints in its own lane (seconds), so
# it can never take the threads every ordinary document uses.
BIG = 200_000


@dataclass(eq=False)
class Document:
    uri: str
    path: Path | None
    language_id: str | None
    version: int | None
    text: str
    # Bumped by every edit and save; a result computed for an older stamp is stale.
    edits: int = 0
    outcome: Outcome | None = None
    outcome_version: int | None = None
    outcome_stamp: tuple[int, int] = (-1, -1)
    task: asyncio.Task[None] | None = None
    waiters: list[asyncio.Future[None]] = field(default_factory=list)
    closed: bool = False


class Documents:
    """The open documents; ``on_result`` is called on the event loop with each fresh outcome."""

    def __init__(
        self, lint: Lint, executor: Executor, on_result: Callable[[Document], None], big: Executor | None = None
    ) -> None:
        self.lint = lint
        self.executor = executor
        self.big = big or executor
        self.on_result = on_result
        self.open_docs: dict[str, Document] = {}
        # Bumped when configs reload or settings change: every result becomes stale.
        self.generation = 0
        self.runs = 0  # lint runs started (the coalescing tests read it)

    def stamp(self, doc: Document) -> tuple[int, int]:
        return (doc.edits, self.generation)

    def is_fresh(self, doc: Document) -> bool:
        return doc.outcome is not None and doc.outcome_stamp == self.stamp(doc)

    def open(self, uri: str, path: Path | None, language_id: str | None, version: int | None, text: str) -> Document:
        old = self.open_docs.get(uri)
        doc = Document(uri, path, language_id, version, text, edits=old.edits + 1 if old else 0)
        if old is not None:
            old.closed = True
        self.open_docs[uri] = doc
        self.schedule(doc)
        return doc

    def change(self, uri: str, version: int | None, text: str) -> Document | None:
        doc = self.open_docs.get(uri)
        if doc is None:
            return None
        doc.version, doc.text = version, text
        doc.edits += 1
        self.schedule(doc)
        return doc

    def touch(self, uri: str) -> Document | None:
        """Lint again without a change (on save): the result is published again."""
        doc = self.open_docs.get(uri)
        if doc is not None:
            doc.edits += 1
            self.schedule(doc)
        return doc

    def close(self, uri: str) -> None:
        doc = self.open_docs.pop(uri, None)
        if doc is not None:
            doc.closed = True
            self._wake(doc)

    def relint_all(self) -> None:
        self.generation += 1
        for doc in self.open_docs.values():
            self.schedule(doc)

    def schedule(self, doc: Document) -> None:
        if doc.task is None or doc.task.done():
            doc.task = asyncio.get_running_loop().create_task(self._run(doc))
        # else: the running task sees the new stamp when its lint ends and runs once more.

    async def fresh(self, doc: Document) -> Outcome | None:
        """The outcome for the document's current text, waiting for the run that computes it."""
        while not doc.closed and not self.is_fresh(doc):
            waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            doc.waiters.append(waiter)
            self.schedule(doc)
            await waiter
        return doc.outcome

    async def _run(self, doc: Document) -> None:
        loop = asyncio.get_running_loop()
        while not doc.closed:
            stamp, text, version = self.stamp(doc), doc.text, doc.version
            self.runs += 1
            try:
                lane = self.big if len(text) > BIG else self.executor
                outcome = await loop.run_in_executor(lane, self.lint, text, doc.path, doc.language_id)
            except RuntimeError:  # the executor is shut down: the server is exiting
                return
            if doc.closed:
                return
            if self.stamp(doc) != stamp:
                continue  # stale: the text or the config changed meanwhile
            doc.outcome, doc.outcome_version, doc.outcome_stamp = outcome, version, stamp
            try:
                self.on_result(doc)
            finally:
                self._wake(doc)  # a failed publish must not leave a pull or code action waiting
            return

    @staticmethod
    def _wake(doc: Document) -> None:
        waiters, doc.waiters = doc.waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

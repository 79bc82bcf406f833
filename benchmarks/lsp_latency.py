"""Latency and memory of `postlint server`, against `postlint check`'s one-shot time, in one run.

    pip install -e '.[lsp]'
    python benchmarks/lsp_latency.py                # examples/cto.md, 20 timed edits, 1,000 for memory
    python benchmarks/lsp_latency.py --edits 20 --memory-edits 1000 --posting examples/cto.md

A real client (pygls) starts the server on stdio, as an editor does, and measures:

- first diagnostics: from sending `initialize` to the first `publishDiagnostics`
  of the posting (opened as soon as the server answers), start-up included;
- edit latency: from sending `didChange` to receiving the `publishDiagnostics`
  for that version, after a warm-up, one edit at a time (median, p90, max);
- memory: the server's RSS (Linux /proc) before and after N more edits over the
  same words (a leak would show), then after N edits that each add new words
  (spaCy's vocabulary grows with every new word, as in any spaCy process);
- `postlint check POSTING --no-cache`: wall time of the one-shot command (median of 3).

Timings on a shared machine are noisy: run it twice and read the medians.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

ROOT = Path(__file__).resolve().parents[1]
SERVER = [sys.executable, "-m", "postlint", "server"]


class Client(LanguageClient):
    def __init__(self) -> None:
        super().__init__("postlint-benchmark", "1")
        self.arrived: dict[int | None, float] = {}
        self.waiting: dict[int | None, asyncio.Event] = {}

        @self.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams) -> None:
            self.arrived[params.version] = time.perf_counter()
            event = self.waiting.get(params.version)
            if event is not None:
                event.set()

        @self.feature(types.WINDOW_LOG_MESSAGE)
        def logged(params: types.LogMessageParams) -> None:
            pass

    async def diagnostics_for(self, version: int) -> float:
        event = self.waiting.setdefault(version, asyncio.Event())
        if version not in self.arrived:
            await asyncio.wait_for(event.wait(), 120)
        self.waiting.pop(version, None)
        return self.arrived.pop(version)


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def edited(text: str, i: int) -> str:
    # A new sentence each time: new words reach the tokenizer, as typing does.
    return text.replace("\n## ", f"\nEdit {i}: we want a rockstar to lead team {i} of {i * 7} people.\n\n## ", 1)


async def measure(posting: Path, edits: int, memory_edits: int) -> dict[str, object]:
    text = posting.read_text(encoding="utf-8")
    uri = posting.resolve().as_uri()
    client = Client()
    started = time.perf_counter()
    await client.start_io(*SERVER)
    pid = client._server.pid  # type: ignore[union-attr]
    await client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(),
            root_uri=ROOT.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=ROOT.as_uri(), name=ROOT.name)],
        )
    )
    client.initialized(types.InitializedParams())
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)
        )
    )
    first = await client.diagnostics_for(1) - started

    version = 1

    async def edit(i: int) -> float:
        nonlocal version
        version += 1
        sent = time.perf_counter()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=edited(text, i))],
            )
        )
        return await client.diagnostics_for(version) - sent

    for i in range(5):  # warm-up
        await edit(i)
    latencies = [await edit(i) for i in range(5, 5 + edits)]
    # Typing mostly reuses words: N edits over the same words show whether anything leaks per edit.
    rss_before = rss_mb(pid)
    for i in range(memory_edits):
        await edit(i % 2)
    rss_after = rss_mb(pid)
    # Edits that each add new words (numbers here) grow spaCy's vocabulary a little: shown apart.
    for i in range(memory_edits):
        await edit(10_000 + i)
    rss_new_words = rss_mb(pid)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return {
        "first": first,
        "latencies": latencies,
        "rss_before": rss_before,
        "rss_after": rss_after,
        "rss_new_words": rss_new_words,
    }


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def check_once(posting: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "postlint", "check", str(posting), "--no-cache"], capture_output=True, check=False
    )
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posting", type=Path, default=ROOT / "examples" / "cto.md")
    parser.add_argument("--edits", type=int, default=20, help="timed edits after the warm-up (default 20)")
    parser.add_argument("--memory-edits", type=int, default=1000, help="edits between RSS readings (default 1000)")
    args = parser.parse_args()

    result = asyncio.run(measure(args.posting, args.edits, args.memory_edits))
    checks = [check_once(args.posting) for _ in range(3)]
    lat = sorted(result["latencies"])  # type: ignore[arg-type]
    print(f"posting: {args.posting.name} ({len(args.posting.read_text(encoding='utf-8').split())} words)")
    print(f"first diagnostics after initialize:  {ms(result['first'])}  (target <= 1500 ms)")  # type: ignore[arg-type]
    print(
        f"didChange -> publishDiagnostics:     median {ms(statistics.median(lat))}  p90 {ms(lat[int(len(lat) * 0.9) - 1])}"
        f"  max {ms(lat[-1])}  over {len(lat)} edits  (target median <= 50 ms)"
    )
    before, after, grown = result["rss_before"], result["rss_after"], result["rss_new_words"]
    print(
        f"server RSS:                          {before:.1f} MB before, {after:.1f} MB after {args.memory_edits} more edits"
        f" ({after - before:+.1f} MB); {grown:.1f} MB after {args.memory_edits} more that each add new words"
        f" ({grown - after:+.1f} MB: spaCy's vocabulary)"
    )
    print(
        f"postlint check (one shot, no cache): median {ms(statistics.median(checks))}  (runs: {', '.join(ms(c) for c in checks)})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

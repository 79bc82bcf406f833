"""The Dask engine (postlint[dask]) gives the same findings as a plain run; skipped without dask."""

from __future__ import annotations

from pathlib import Path

import pytest

distributed = pytest.importorskip("dask.distributed")

from postlint.run.paths import lint_paths  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
POSTINGS = {
    "lead.md": "# Rockstar Developer\n\n## About the role\n\nHe will own the platform.\n",
    "data.md": "# Data Engineer\n\n## Compensation\n\n$90,000 - $120,000 per year.\n\n- Young and energetic team\n",
    "plain.txt": "Senior Analyst\n\nResponsibilities:\n• Build reports\n• Ninja-level Excel\n",
    "empty.md": "",
}


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(processes=False, n_workers=1, threads_per_worker=2, dashboard_address=None) as c:
        yield c


def test_engine_dask_matches_plain_run(tmp_path, cluster):
    for name, text in POSTINGS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    plain = lint_paths([tmp_path])
    on_dask = lint_paths([tmp_path], engine="dask", scheduler=cluster.scheduler_address)
    assert on_dask.results == plain.results
    assert on_dask.errors == [f"{tmp_path / 'empty.md'}: empty file"]
    from postlint.engine.plugins import all_rules
    from postlint.formats import render

    assert render("full", on_dask, all_rules()) == render("full", plain, all_rules())


def test_lint_bag_matches_lint(cluster):
    import dask.bag as db

    from postlint import lint
    from postlint.integrations.dask import lint_bag

    items = [(name, text) for name, text in POSTINGS.items() if text]
    with distributed.Client(cluster.scheduler_address):
        records = lint_bag(db.from_sequence(items, npartitions=2)).compute()
    assert [r["path"] for r in records] == [name for name, _ in items]
    for (name, text), record in zip(items, records, strict=True):
        assert record["error"] is None
        assert record["diagnostics"] == [d.model_dump(mode="json") for d in lint(text, path=name)]


def test_lint_column_one_row_per_finding(cluster):
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")

    from postlint import lint
    from postlint.integrations.dask import lint_column

    texts = [POSTINGS["lead.md"], POSTINGS["data.md"]]
    frame = dd.from_pandas(pd.DataFrame({"body": texts}), npartitions=2)
    with distributed.Client(cluster.scheduler_address):
        found = lint_column(frame, "body").compute()
    expected = [(row, d.code, d.line, d.column) for row, text in enumerate(texts) for d in lint(text, path=f"row-{row}")]
    assert list(zip(found["row"], found["code"], found["line"], found["column"], strict=True)) == expected

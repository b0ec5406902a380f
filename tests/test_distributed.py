"""The Dask engine: the same job on a distributed cluster (started here, on this machine) gives
the same events as the local run."""

from __future__ import annotations

import gzip
import itertools
import json
from pathlib import Path

import pytest

from turnover import batch
from turnover.evaluate import shared_dir

distributed = pytest.importorskip("distributed")

SAMPLES = Path(__file__).resolve().parents[1] / "turnover" / "samples"
ORANGESUM = shared_dir() / "data" / "orangesum-fr" / "corpus.jsonl.gz"
ORANGESUM_ARTICLES = 8  # read at run time from the shared corpus, never copied here


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The bundled samples (13 articles, 4 files) and, when the shared folder is there, a few
    OrangeSum articles about personnel changes: about 20 articles in 5 shards."""
    paths = [SAMPLES]
    if ORANGESUM.is_file():
        candidates = ORANGESUM.parent / "candidates.txt"
        wanted = set(candidates.read_text().split()[:200:25])
        folder = tmp_path_factory.mktemp("orangesum")
        with gzip.open(ORANGESUM, "rt", encoding="utf-8") as file:
            lines = (line for line in file if json.loads(line)["id"] in wanted)
            picked = list(itertools.islice(lines, ORANGESUM_ARTICLES))
        (folder / "orangesum.jsonl").write_text("".join(picked), encoding="utf-8")
        paths.append(folder / "orangesum.jsonl")
    return paths


def test_dask_cluster_gives_the_same_events_as_the_local_run(inputs: list[Path],
                                                             tmp_path: Path) -> None:
    local = batch.run(inputs, tmp_path / "local", chunk_size=4)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        remote = batch.run(inputs, tmp_path / "dask", fmt="parquet", engine="dask",
                           scheduler=cluster.scheduler_address, chunk_size=4)
    assert remote.workers == 2
    assert (remote.articles, remote.events) == (local.articles, local.events)
    assert local.articles == 13 + (ORANGESUM_ARTICLES if len(inputs) > 1 else 0)
    assert local.events > 0
    assert list(batch.read_events(tmp_path / "dask")) == list(batch.read_events(tmp_path / "local"))


def test_dask_resumes_like_the_local_engine(tmp_path: Path) -> None:
    """Without --scheduler, batch starts (and stops) its own LocalCluster, and it skips the
    shards a local run completed."""
    out = tmp_path / "out"
    batch.run([SAMPLES], out)
    extra = tmp_path / "extra.jsonl"
    lines = (SAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    extra.write_text("".join(lines[:3]), encoding="utf-8")
    both = batch.run([SAMPLES, extra], out, engine="dask", workers=1)
    assert (both.shards_done_before, both.shards_done, both.articles) == (4, 1, 3)
    assert both.events > 0

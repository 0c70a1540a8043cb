"""Benchmark plumbing on tiny hand-made fixtures: metrics, sampling, data lookup, loaders, runner, CLI."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import numpy as np
import pytest

from factdiff import compare
from factdiff.benchmarks import BENCHMARKS, Item, get, locate, runner
from factdiff.benchmarks._text import detok, sentence_case, split_of, unglue
from factdiff.benchmarks.metrics import (
    bagged_threshold,
    balanced_accuracy,
    best_threshold,
    f1,
    roc_auc,
    spearman,
)
from factdiff.cli import main
from factdiff.errors import InputError, OptionError
from factdiff.scoring import consistency_score, counted, support, threshold

# -- metrics ------------------------------------------------------------------------------------


def _auc_brute(y: list[int], s: list[float]) -> float:
    pos = [b for a, b in zip(y, s, strict=True) if a == 1]
    neg = [b for a, b in zip(y, s, strict=True) if a == 0]
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p, n in itertools.product(pos, neg))
    return wins / (len(pos) * len(neg))


@pytest.mark.parametrize("seed", range(5))
def test_roc_auc_matches_pairwise_count(seed: int) -> None:
    rng = random.Random(seed)
    y = [rng.randint(0, 1) for _ in range(40)] + [0, 1]
    s = [round(rng.random(), 1) for _ in range(42)]  # many ties
    assert roc_auc(y, s) == pytest.approx(_auc_brute(y, s))


@pytest.mark.parametrize(
    ("y", "p", "bacc"),
    [([1, 1, 0, 0], [1, 1, 0, 0], 1.0), ([1, 1, 0, 0], [1, 1, 1, 1], 0.5), ([1, 0, 0, 0], [0, 0, 0, 1], (0 + 2 / 3) / 2)],
)
def test_balanced_accuracy(y: list[int], p: list[int], bacc: float) -> None:
    assert balanced_accuracy(y, p) == pytest.approx(bacc)


def test_metric_edge_cases() -> None:
    assert balanced_accuracy([1, 1], [1, 0]) != balanced_accuracy([1, 1], [1, 0])  # NaN: one class only
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    assert f1([1, 1, 0], [1, 0, 0]) == pytest.approx(2 / 3)


def test_best_threshold_separates_and_is_stable() -> None:
    t, acc = best_threshold([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9])
    assert acc == 1.0 and 0.2 < t < 0.8
    assert best_threshold([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]) == (t, acc)


def test_bagged_threshold_moves_less_than_the_argmax_between_samples() -> None:
    """Overlapping scores (a flat accuracy curve): over 40 dev samples of 80 rows from the same
    population, the bagged threshold varies less than the plain argmax and scores at least as
    well on a large held-out sample."""
    rng = np.random.default_rng(0)

    def sample(n: int) -> tuple[np.ndarray, np.ndarray]:
        y = rng.integers(0, 2, n)
        return y, np.where(y == 1, rng.beta(4, 3, n), rng.beta(3, 4, n))

    held_y, held_s = sample(50_000)
    plain, bagged = [], []
    for _ in range(40):
        y, s = sample(80)
        for out, t in ((plain, best_threshold(y, s)[0]), (bagged, bagged_threshold(y, s, rounds=100)[0])):
            out.append((t, balanced_accuracy(held_y, (held_s >= t).astype(int))))
    p, b = np.array(plain), np.array(bagged)
    assert b[:, 0].std() < 0.9 * p[:, 0].std()
    assert b[:, 1].mean() >= p[:, 1].mean()
    assert bagged_threshold(y, s, rounds=50) == bagged_threshold(y, s, rounds=50)  # seeded


# -- text repairs and splits --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("growth slowed , he said .", "growth slowed, he said."),
        ("it is n't over -lrb- yet -rrb- .", "it isn't over (yet)."),
        ("the firm 's profit rose 5 % .", "the firm's profit rose 5%."),
    ],
)
def test_detok(raw: str, clean: str) -> None:
    assert detok(raw) == clean


def test_unglue_and_sentence_case() -> None:
    assert unglue("the plan failed.Officials said so.") == "the plan failed. Officials said so."
    assert unglue("a 3.5 rise in U.S. output") == "a 3.5 rise in U.S. output"
    assert sentence_case("the plan failed. i said so.") == "The plan failed. I said so."
    assert {split_of(str(k)) for k in range(50)} == {"dev", "test"}
    assert split_of("abc") == split_of("abc")


# -- sampling and data lookup ---------------------------------------------------------------------


def _items(n_sources: int = 6, per: int = 4) -> list[Item]:
    return [Item(id=f"{s}-{k}", source=f"source {s}", copy=f"copy {k}", label=k % 2, split="test") for s in range(n_sources) for k in range(per)]


def test_select_samples_whole_sources_deterministically() -> None:
    items = _items()
    a, note = runner.select(items, "test", 10, seed=3)
    b, _ = runner.select(items, "test", 10, seed=3)
    assert a == b and len(a) == 10 and "seed 3" in note
    assert len({it.source for it in a}) == 3  # two whole sources and part of a third
    assert [items.index(it) for it in a] == sorted(items.index(it) for it in a)  # file order kept
    assert runner.select(items, "test", None, 0)[0] == items
    rows, _ = runner.select(items, "test", 10, seed=3, by_source=False)
    assert len(rows) == 10 and rows == runner.select(items, "test", 10, seed=3, by_source=False)[0]
    assert runner.select(items, "dev", None, 0)[0] == []


def test_locate_order_and_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bench = get("mrpc")
    root = tmp_path / "shared" / "benchmarks" / bench.dirname
    root.mkdir(parents=True)
    work = tmp_path / "repo"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.delenv("FACTDIFF_SHARED", raising=False)
    assert locate(bench) == root
    assert locate(bench, tmp_path / "shared") == root
    assert locate(bench, tmp_path / "shared" / "benchmarks") == root
    with pytest.raises(InputError):
        locate(bench, tmp_path / "nowhere")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError):
        locate(bench)
    monkeypatch.setenv("FACTDIFF_SHARED", str(tmp_path / "shared"))
    assert locate(bench) == root
    with pytest.raises(OptionError):
        get("no-such-set")


# -- the score --------------------------------------------------------------------------------------

SOURCE = (
    "The council approved the budget on Monday. It sets aside 40 million euros for schools. "
    "The mayor said the vote was close. Work on the new library starts in May."
)


def test_consistency_score_orders_copies() -> None:
    same = compare(SOURCE, SOURCE)
    added = compare(SOURCE, SOURCE + " The president of France flew to the moon in 1969 with 12 astronauts.")
    unrelated = compare(SOURCE, "Penguins live in large colonies on Antarctic ice. They eat krill and fish.")
    s_same, s_added, s_unrel = (consistency_score(r) for r in (same, added, unrelated))
    assert 0.0 <= s_unrel < s_added < s_same <= 1.0
    assert s_same > 0.9 and support(same) == pytest.approx(1.0)
    assert counted(added.findings) and not counted(same.findings)


def test_summary_mode_ignores_omissions() -> None:
    short = "The council approved the budget on Monday."
    full = compare(SOURCE, short)
    summ = compare(SOURCE, short, summary=True)
    assert any(f.type == "omission" for f in counted(full.findings))
    assert consistency_score(summ, summary=True) > consistency_score(full)


def test_threshold_lookup_falls_back() -> None:
    from factdiff import scoring

    assert threshold("not-a-set") == scoring.DEFAULT_THRESHOLD
    for name, value in scoring.THRESHOLDS.items():
        assert name in BENCHMARKS and 0.0 <= value <= 1.0
        assert name in scoring.THRESHOLD_SOURCES and "dev" in scoring.THRESHOLD_SOURCES[name]


# -- loaders and the runner on written fixtures -----------------------------------------------------


def _write_mrpc(folder: Path) -> None:
    folder.mkdir(parents=True)
    head = "\ufeffQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\r\n"
    rows = [
        (1, "The council approved the budget on Monday.", "On Monday the council approved the budget."),
        (0, "The council approved the budget on Monday.", "Penguins eat krill and small fish every day."),
        (1, "Shares rose 5 percent after the report.", "After the report, shares rose 5 percent."),
        (0, "Shares rose 5 percent after the report.", "The orchestra played three symphonies in Vienna."),
    ]
    body = "".join(f"{q}\t{k}\t{k + 100}\t{a}\t{b}\r\n" for k, (q, a, b) in enumerate(rows))
    for name in ("msr_paraphrase_train.txt", "msr_paraphrase_test.txt"):
        (folder / name).write_text(head + body, encoding="utf-8")


def test_runner_end_to_end_on_a_fixture(tmp_path: Path) -> None:
    folder = tmp_path / "mrpc-msr-paraphrase"
    _write_mrpc(folder)
    res = runner.run("mrpc", data=folder, threshold=0.5)
    got = {r.metric: r.value for r in res.rows}
    assert res.pairs == 4
    assert got["ROC AUC"] == 1.0
    assert got["accuracy (paraphrase iff score ≥ t)"] == 1.0
    table = runner.markdown([res])
    assert table.startswith("| Benchmark |") and "| mrpc |" in table and "pairs/s" in table
    tuned = runner.run("mrpc", data=tmp_path, tune=True)
    assert "chosen on 4 dev rows" in tuned.note


def test_summedits_loader_and_type_recall(tmp_path: Path) -> None:
    folder = tmp_path / "summedits"
    folder.mkdir()
    doc = SOURCE
    rows = [
        {"id": "a_og", "doc": doc, "summary": "The council approved the budget on Monday.", "label": 1, "edit_types": [], "split": "test"},
        {
            "id": "a_1",
            "doc": doc,
            "summary": "The council approved the budget on Monday. A meteor destroyed the old harbour in 1850.",
            "label": 0,
            "edit_types": ["hallucinated_fact_insertion"],
            "split": "test",
        },
        {"id": "a_2", "doc": doc, "summary": "The council rejected the budget on Monday.", "label": 0, "edit_types": "['antonym_swap']", "split": "evaluation"},
    ]
    (folder / "summedits_news.json").write_text(json.dumps(rows), encoding="utf-8")
    res = runner.run("summedits", data=folder, split="all", threshold=0.5)
    got = {r.metric: (r.value, r.n) for r in res.rows}
    assert got["recall hallucinated_fact_insertion (as addition/entity/number/date/meaning)"] == (1.0, 1)
    assert "recall antonym_swap (as polarity/meaning)" in got
    assert got["false alarms: consistent rows with a non-omission finding ≥ minor"] == (0.0, 1)
    assert [it.split for it in runner.load_items(get("summedits"), folder)] == ["test", "test", "dev"]


def test_unavailable_set_is_reported_not_raised(tmp_path: Path) -> None:
    folder = tmp_path / "cogensumm"
    folder.mkdir()
    for name in ("test_chen18_org.json", "test_gehrmann18_org.json", "test_see17_org.json"):
        (folder / name).write_text(json.dumps({"h1": {"label": "Correct", "sents": {"0": {"label": "Correct", "text": "x."}}}}), encoding="utf-8")
    res = runner.run("cogensumm", data=folder)
    assert res.pairs == 0 and res.rows[0].metric == "not scored" and "0 of 3" in str(res.rows[0].value)


def test_cli_bench_prints_a_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_mrpc(tmp_path / "mrpc-msr-paraphrase")
    assert main(["bench", "mrpc", "--data", str(tmp_path), "--markdown", "--threshold", "0.5"]) == 0
    out = capsys.readouterr().out
    assert "| mrpc | accuracy (paraphrase iff score ≥ t) | 100.0 | 4 |" in out
    assert main(["bench", "list"]) == 0
    assert "summedits-podcast" in capsys.readouterr().out


def test_run_all_script_writes_the_table(tmp_path: Path) -> None:
    import runpy

    _write_mrpc(tmp_path / "mrpc-msr-paraphrase")
    out = tmp_path / "table.md"
    script = Path(__file__).resolve().parents[1] / "bench" / "run_all.py"
    mod = runpy.run_path(str(script))
    assert mod["main"](["--only", "mrpc,cogensumm", "--data-root", str(tmp_path), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "| mrpc | accuracy (paraphrase iff score ≥ t) |" in text
    assert "| cogensumm | not scored |" in text  # its files are absent here: reported, not raised
    assert "`factdiff bench mrpc --limit 400 --seed 0 --data " in text

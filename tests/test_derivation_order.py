"""The derivation verdict's order witness: heavily reworded copies that keep the source's order are
derived; independent articles on the same story are not. All texts are written for these tests."""

from __future__ import annotations

import random
import re

import pytest

from factdiff import compare
from factdiff.derivation import order_chain, ordered_runs

SOURCE = """Millbrook Council Approves Reservoir Expansion

Millbrook council voted on Tuesday to expand the Harlow reservoir after two dry summers left the town short of water.
The project will raise the dam by four metres and add a second treatment plant on the eastern shore.
Council leader Helen Brandt said the work would cost 48 million pounds and take three years to finish.
Engineers expect the larger reservoir to hold enough water for 60,000 households during a drought.
Farmers near the eastern shore had opposed the plan because part of their grazing land will be flooded.
The council agreed to pay them compensation and to build a new access road to the remaining fields.
Construction is due to start in March, once the regional water authority has signed off the design.
Brandt told reporters that the town could not afford another summer of emergency restrictions.
Opposition councillor Tomas Reyes voted against the plan, arguing that repairing leaking pipes would save more water.
He said nearly a fifth of the town's supply was lost through old mains every year.
The council has promised to publish a separate plan for the pipe network before the end of the year.
Residents will be able to see the final designs at an exhibition in the town library next month."""

# the same story told independently: same event, names and figures, other sentences in another order
SAME_STORY = """Reservoir Plan Splits Millbrook

Residents of Millbrook are divided over a decision to make the Harlow reservoir bigger.
Some farmers fear losing pasture, and one of them said the compensation offered was far too low.
A spokesperson for the regional water authority said it had not yet received the final design.
Supporters point to the hosepipe bans of the past two summers, which hit local gardeners and businesses.
Tomas Reyes, who sits in opposition, wants the money spent on fixing the town's ageing water mains instead.
According to Reyes, leaks waste almost twenty per cent of the water that is treated.
Helen Brandt has defended the scheme, which is expected to cost 48 million pounds.
An exhibition of the plans opens at the library in the coming weeks.
Several residents said they would attend to ask about the new road and the building works."""

_VOCAB = ["orange", "window", "silver", "planet", "garden", "marble", "engine", "forest", "candle", "rocket", "pillow", "ladder",
          "violin", "carpet", "basket", "island", "helmet", "pepper", "saddle", "tunnel", "button", "meadow", "anchor", "jacket"]


def heavy(text: str, seed: int, p: float = 0.45) -> str:
    """Replace a share ``p`` of the lowercase words of four letters or more with unrelated words
    (harsher than synonym spinning: it destroys meaning, not only wording), and drop one sentence
    in five."""
    rng = random.Random(seed)
    lines = text.split("\n")
    kept = [ln for n, ln in enumerate(lines) if n < 2 or rng.random() >= 0.2]
    return re.sub(r"\b[a-z]{4,}\b", lambda m: rng.choice(_VOCAB) if rng.random() < p else m.group(), "\n".join(kept))


def shuffled(text: str, seed: int) -> str:
    head, _, body = text.partition("\n\n")
    lines = body.split("\n")
    random.Random(seed).shuffle(lines)
    return head + "\n\n" + "\n".join(lines)


@pytest.mark.parametrize(
    ("pairs", "strict", "expected"),
    [
        ([], True, set()),
        ([(0, 0), (1, 1), (2, 2)], True, {0, 1, 2}),
        ([(0, 3), (1, 0), (2, 1), (3, 2)], True, {1, 2, 3}),
        ([(0, 2), (1, 2), (2, 3)], True, {1, 2}),  # two copy sentences on one source sentence: one of them
        ([(0, 2), (1, 2), (2, 3)], False, {0, 1, 2}),  # ... unless the chain may stay put
        ([(0, 5), (1, 4), (2, 3)], True, {2}),
    ],
)
def test_order_chain(pairs: list[tuple[int, int]], strict: bool, expected: set[int]) -> None:
    assert order_chain(pairs, strict=strict) == expected


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([(0, 0), (1, 1), (3, 3), (4, 9)], {0, 1, 3}),  # steps 1 and 2 are in order; a jump of 6 is not
        ([(0, 4), (1, 4), (2, 4)], set()),  # several sentences on one source sentence: no walk through it
        ([(0, 0), (1, 8), (2, 16)], set()),  # in order, but far apart: topical, not a copy
        ([(0, 6), (1, 0), (2, 1), (3, 2)], {1, 2, 3}),
    ],
)
def test_ordered_runs(pairs: list[tuple[int, int]], expected: set[int]) -> None:
    assert ordered_runs(pairs, step=2) == expected


@pytest.fixture(scope="module")
def reports() -> dict[str, object]:
    copies = {f"heavy{s}": heavy(SOURCE, s) for s in range(3)}
    copies.update({"same_story": SAME_STORY, "shuffled": shuffled(heavy(SOURCE, 0), 1)})
    return {name: compare(SOURCE, text) for name, text in copies.items()}


@pytest.mark.parametrize("name", ["heavy0", "heavy1", "heavy2"])
def test_heavily_reworded_copy_in_order_is_derived(reports: dict[str, object], name: str) -> None:
    assert reports[name].derivation.derived, reports[name].derivation  # type: ignore[attr-defined]


def test_same_story_written_independently_is_not_derived(reports: dict[str, object]) -> None:
    assert not reports["same_story"].derivation.derived, reports["same_story"].derivation  # type: ignore[attr-defined]


def test_order_is_evidence(reports: dict[str, object]) -> None:
    # the same reworded sentences score lower once their order is shuffled
    assert reports["shuffled"].derivation.score < reports["heavy0"].derivation.score  # type: ignore[attr-defined]

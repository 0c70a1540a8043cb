"""The meaning lexicon: WordNet antonyms and synonyms shipped in the package, news classes."""

from __future__ import annotations

import pytest

from factdiff import lexicon as lx


@pytest.mark.parametrize(
    ("a", "b", "rel"),
    [
        ("approve", "reject", -1),
        ("increase", "decrease", -1),
        ("cut", "increase", -1),
        ("rise", "fall", -1),
        ("support", "oppose", -1),
        ("win", "lose", -1),
        ("accept", "decline", -1),
        ("allow", "ban", -1),
        ("legal", "illegal", -1),
        ("ease", "escalate", -1),
        ("help", "hurt", -1),
        ("voluntary", "mandatory", -1),
        ("loosen", "tighten", -1),
        ("cut", "reduce", 1),
        ("rise", "increase", 1),
        ("materialize", "in place", 1),
        ("reject", "decline", 1),
        ("assist", "help", 1),
        ("approve", "approve", 1),
        ("approve", "table", 0),
        ("rise", "say", 0),
        ("tick up", "tick down", -1),
        ("opt in", "opt out", -1),
        ("switch on", "switch off", -1),
        ("ramp up", "scale back", -1),
        ("tick up", "edge up", 1),
        ("step down", "resign", 1),
        ("give up", "give in", 0),
        ("tick up", "edge down", -1),
        ("up", "down", -1),
    ],
)
def test_relation(a: str, b: str, rel: int) -> None:
    assert lx.relation(a, b) == rel
    assert lx.relation(b, a) == rel


def test_wordnet_file_is_real_and_symmetric() -> None:
    table = lx.antonyms()
    assert len(table) > 10_000  # a real lexical resource, not a hand list
    assert "disapprove" in table["approve"]
    for word, opposites in list(table.items())[:2000]:
        for other in opposites:
            assert word in table[other]


def test_prefixed_opposites() -> None:
    assert lx.prefixed_opposites("stressful", "unstressful")
    assert lx.prefixed_opposites("correctly", "incorrectly")
    assert not lx.prefixed_opposites("form", "inform")  # too short to trust
    assert not lx.prefixed_opposites("stressful", "stress")


def test_notice_ships_with_data() -> None:
    from importlib import resources

    notice = resources.files("factdiff").joinpath("data/NOTICE-wordnet").read_text(encoding="utf-8")
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in notice


def test_opposites_holds_every_word_relation_calls_opposite() -> None:
    class_words = sorted({w for ws in lx.CLASSES.values() for w in ws})
    sample = sorted(lx.antonyms())[::50] + class_words
    for a in sample:
        got = lx.opposites(a)
        for b in set(lx.antonyms().get(a, ())) | set(class_words):
            assert (lx.relation(a, b) < 0) <= (b in got), (a, b)
    assert "fall" in lx.opposites("rise") and "rise" not in lx.opposites("rise")
    assert "illegal" in lx.opposites("legal") and "legal" in lx.opposites("illegal")


def test_valence_reads_the_vader_lexicon() -> None:
    assert lx.valence("success") > 1 and lx.valence("disaster") < -1
    assert lx.valence("zzzunknown", "success") == lx.valence("success")  # falls back to the lemma
    assert lx.valence("zzzunknown") == 0.0
    assert lx.opposite_valence(lx.valence("highlight"), lx.valence("ignore"))
    assert not lx.opposite_valence(lx.valence("attack"), lx.valence("assault"))
    assert not lx.opposite_valence(0.4, -2.0)  # a faint tone is no tone


def test_opposites_turn_a_phrasal_verb_around() -> None:
    assert {"tick down", "opt out"} <= lx.opposites("tick up") | lx.opposites("opt in")
    assert "phase in" in lx.opposites("phase out")

"""Unit and property tests for names.py, quotes.py, roles.py and claims.py."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdiff.claims import claimants, same_claimant
from factdiff.document import Document
from factdiff.names import demonym_of, is_word, key, mentions, relate, same_name, skeleton
from factdiff.quotes import _raw_quotes, changed_facts, quotes, small_edit, verbatim_in
from factdiff.roles import roles


@pytest.mark.parametrize(
    ("source", "copy", "kind"),
    [
        ("Rubio", "Rubin", "swap"),
        ("Leeds", "Leicester", "swap"),
        ("Hegseth", "Hegses", "corruption"),
        ("Volodymyr", "Voldymir", "corruption"),
        ("NATO", "nat", "corruption"),
        ("Okafor", "Okafur", "corruption"),
        ("Zelenskyy", "Zelensky", "variant"),
        ("Kyiv", "Kiev", "variant"),
        ("U.S.", "US", "variant"),
        ("United States", "US", "variant"),
        ("NATO", "Nato", "variant"),
        ("Munich Security Conference", "MSC", "variant"),
        ("Okafor", "Ruiz", "swap"),
    ],
)
def test_relate(source: str, copy: str, kind: str) -> None:
    assert relate(source, copy).kind == kind


def test_relate_uses_evidence_not_score() -> None:
    # the fuzzy score alone would order these the other way round
    assert relate("Rubio", "Rubin").score > relate("Hegseth", "Hegses").score
    assert relate("Rubio", "Rubin").kind == "swap" and relate("Hegseth", "Hegses").kind == "corruption"
    assert relate("Hegseth", "Hegses", in_source=True).kind == "swap"
    assert "consistently" in relate("Hegseth", "Hegses", copy_uses=3).reason


def test_keys() -> None:
    assert key("U.S.") == "us" and key("Zelenskyy’s") == "zelenskyy" and key("José") == "jose"
    assert skeleton("Zelenskyy") == skeleton("Zelensky") == skeleton("Zelenskiy")
    assert skeleton("Massachusetts") != skeleton("Massachusets")
    assert same_name("the United Kingdom", "Britain") and not same_name("Austria", "Australia")
    assert demonym_of("Ukraine", "Ukrainian") and demonym_of("China", "Chinese") and not demonym_of("Natarajan", "Natarajen")
    assert is_word("Leicester") and not is_word("Hegses")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Poland", "Polish", True), ("Polish", "Poland", True), ("Germany", "German", True),
        ("the Netherlands", "Dutch", True), ("New Zealand", "New Zealanders", True), ("Greece", "Greek", True),
        ("Poland", "French", False), ("Germany", "Dutch", False), ("Sweden", "Swiss", False),
    ],
)
def test_irregular_demonyms(a: str, b: str, same: bool) -> None:
    assert demonym_of(a, b) is same


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_key_and_skeleton_are_idempotent(text: str) -> None:
    assert key(key(text)) == key(text)
    assert skeleton(skeleton(text)) == skeleton(text)
    assert same_name(text, text) == bool(key(text))


def test_mentions_fallback_and_parts() -> None:
    doc = Document.from_text("Zelenskyy arrived in Kyiv. Treasury Secretary Scott Bessent met Mr Hegses there.")
    found = {p.text for m in mentions(doc) for p in m.parts}
    assert {"Zelenskyy", "Kyiv", "Scott", "Bessent", "Hegses"} <= found
    assert not {"Secretary", "Mr", "Treasury"} & found
    for m in mentions(doc):
        assert doc.text[m.span.start : m.span.end] == m.span.text
        for p in m.parts:
            assert doc.text[p.start : p.end] == p.text


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("He said “we are talking” today.", ["we are talking"]),
        ('He said "we are talking" today.', ["we are talking"]),
        ("She said: “He told me ‘never again’ and left.”", ["He told me ‘never again’ and left."]),
        ("“One. Two. Three,” he said.", ["One. Two. Three,"]),
        ("Le ministre a dit « non » hier.", [" non "]),
        ("It’s Zelenskyy’s plan, isn’t it?", []),
        ("“First paragraph goes on.\n\n“Second paragraph,” he said.", ["First paragraph goes on.", "Second paragraph,"]),
        ("‘We will win,’ she said.", ["We will win,"]),
    ],
)
def test_raw_quotes(text: str, inner: list[str]) -> None:
    assert [text[s:e] for s, e in _raw_quotes(text)] == inner


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        ("“We are still talking,” Zelenskyy replied.", "Zelenskyy", "Zelenskyy"),
        ("“We are still talking,” replied Zelensky.", "Zelensky", "Zelensky"),
        ("Hegseth told NATO allies: “Europe must do more.”", "Hegseth", "Hegseth"),
        ("According to Smith, “the numbers do not add up.”", "Smith", "Smith"),
        ("Mayor Elena Ruiz spoke first. “This line will help,” she told reporters.", "she", "Elena Ruiz"),
        ("“It’s not ours,” Zelenskyy said. “Not at all.”", "Zelenskyy", "Zelenskyy"),
        # a "he" read through a name the tagger calls an organisation, when a role word stands
        # before it or beside it; a common noun opening a sentence is no one
        ("Imogen Ashdown sued the board. Board chair Victor Pellham said the pause was lawful. "
         "“No pension has been cut,” he said.", "he", "Victor Pellham"),
        ("Tribunals have seldom cut a fee, according to Anita Desrosiers, a sports law lecturer. "
         "“That is a high bar,” she said.", "she", "Anita Desrosiers"),
        ("The Bransford school district spent the money. Marcus Feld is the deputy auditor. He spoke to reporters. "
         "“These were not clerical slips,” he said.", "he", "Marcus Feld"),
    ],
)
def test_quote_speakers(text: str, speaker: str, name: str) -> None:
    doc = Document.from_text(text)
    qs = quotes(doc)
    assert qs and all(q.speaker is not None and q.speaker.text == speaker for q in qs)
    assert qs[-1].speaker_name == name
    for q in qs:
        assert doc.text[q.span.start : q.span.end] == q.span.text


def test_it_as_a_speaker_names_no_one() -> None:
    doc = Document.from_text("Keswick denied the allegation. It said it had “never retaliated against anyone.”")
    (q,) = quotes(doc)
    assert q.speaker is not None and q.speaker.text == "It" and q.speaker_name is None


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,\n“”\"‘’«»'")), max_size=60))
def test_raw_quotes_are_ordered_slices(text: str) -> None:
    last = -1
    for s, e in _raw_quotes(text):
        assert 0 < s < e <= len(text) and s > last
        last = e


def test_verbatim_in() -> None:
    assert verbatim_in("We’re  still talking", "We're still talking,")
    assert verbatim_in("must be set up", "A shared coastal fund must be set up.")
    assert verbatim_in("We cannot ask … costs rose", "We cannot ask taxpayers whose costs rose fast")
    assert not verbatim_in("I truly think that the moment is here", "I truly think the moment is here")


@pytest.mark.parametrize(
    ("source", "copy", "said"),
    [
        ("I really believe that time has come,", "I really believe that the time has come,", "'the' added"),
        ("This, for us, is a big step,", "This is a big step for us,", "'for us' moved"),
        ("I truly think the moment is here", "I really think the moment is here", "'truly' → 'really'"),
        ("We will not back down.", "We will back down.", "'not' dropped"),
        ("It’s not in our interest today,", "Today is not our interest,", None),  # a rewording, not an edit
        ("We will win.", "We will win", None),  # nothing changed but punctuation
    ],
)
def test_small_edit(source: str, copy: str, said: str | None) -> None:
    assert small_edit(source, copy) == said


@pytest.mark.parametrize(
    ("source", "copy", "notes"),
    [
        # only the figure that changed is named; "one year" / "a single year" is no figure change
        ("costs rose 18% in a single year,", "costs rose 8% in one year,", ["figures 18% → 8%"]),
        ("Two people died.", "Three people died.", ["figures 2 → 3"]),
        ("It cost 5 million.", "It cost five million.", []),
        ("We will not back down.", "We will back down.", ["negation removed"]),
        ("We spoke to the mayor.", "We spoke to Mayor Ruiz.", ["name(s) Ruiz not in the source quote"]),
        ("intriguing but far from conclusive.", "intriguing and conclusive.", ["negation removed"]),
        ("We failed to reach a deal.", "We reached a deal.", ["negation removed"]),
        ("We have been unable to reach them.", "We could not reach them.", []),
    ],
)
def test_changed_facts(source: str, copy: str, notes: list[str]) -> None:
    assert changed_facts(source, copy) == notes


def test_roles_and_claimants() -> None:
    doc = Document.from_text("The authority's chief financial officer, Priya Natarajan, said grants would help, according to analysts.")
    rs = roles(doc, doc.tokens)
    assert [r.name for r in rs] == ["chief financial officer", "analyst"] and rs[0].titled
    cs = claimants(doc, doc.tokens)
    assert {c.verb for c in cs} == {"say", "according to"}
    other = Document.from_text("The company said profits would rise.")
    [company] = claimants(other, other.tokens)
    assert same_claimant(company, company) is True
    assert all(same_claimant(company, c) is False for c in cs if not c.named)

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factdiff.document import Document


def test_units_and_kinds() -> None:
    text = (
        "# Council delays vote\n\nBy Dana Whitfield\n\nThe council met on Monday. It did not vote.\n"
        "Harbor City, a wrapped\nline continues here.\n\nPhoto of the hall. Jane Roe/Reuters\n\nUpdated:\n"
    )
    doc = Document.from_text(text)
    got = [(s.kind, s.text) for s in doc.sentences]
    assert got == [
        ("heading", "Council delays vote"),
        ("line", "By Dana Whitfield"),
        ("sentence", "The council met on Monday."),
        ("sentence", "It did not vote."),
        ("sentence", "Harbor City, a wrapped\nline continues here."),
        ("caption", "Photo of the hall."),
        ("caption", "Jane Roe/Reuters"),
        ("line", "Updated:"),
    ]
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text


def test_markdown_list_markers_are_not_part_of_sentences() -> None:
    doc = Document.from_text("- First point here.\n* Second point here.\n1. Third point here.\n> Quoted block.\n")
    assert [s.text for s in doc.sentences] == [
        "First point here.",
        "Second point here.",
        "Third point here.",
        "Quoted block.",
    ]


def test_a_dateline_stays_with_its_sentence() -> None:
    for text in ("LANGFORD (Wire) -- According to a study, children may face a higher risk. It was published today.",
                 "NEW YORK, Feb 12 (AP) — According to a study, children may face a higher risk. It was published today.",
                 "WASHINGTON (Reuters) - The Senate passed the bill. It was published today."):
        doc = Document.from_text(text)
        assert [s.text for s in doc.sentences] == [text[: text.index(" It was")], "It was published today."]
    # a capitalised word before a dash inside a sentence is no dateline
    doc = Document.from_text("Results came in on Monday. SHARES OF IBM ROSE -- Apple fell. The end.")
    assert [s.text for s in doc.sentences][0] == "Results came in on Monday."


def test_tokens_entities_and_heads_are_absolute() -> None:
    text = "Intro line\n\nMayor Elena Ruiz said the plan costs $2.4 billion."
    doc = Document.from_text(text)
    for t in doc.tokens:
        assert text[t.start : t.end] == t.text
        assert 0 <= t.head < len(doc.tokens)
        assert doc.tokens[t.head].sentence == t.sentence
    names = [(e.text, e.label) for e in doc.entities]
    assert ("Elena Ruiz", "PERSON") in names
    for e in doc.entities:
        assert text[e.start : e.end] == e.text


def test_span_trims_whitespace_and_checks_bounds() -> None:
    doc = Document.from_text("Alpha beta.  Gamma.")
    s = doc.span(5, 13)
    assert s.text == "beta." and doc.text[s.start : s.end] == s.text
    import pytest

    with pytest.raises(ValueError):
        doc.span(3, 999)


_alphabet = st.sampled_from(
    list("abcdefghij KLMNOP.,;:!?'\"“”‘’-—$%0123456789\n\t") + ["\n\n", " the ", "Mr. ", "U.S. ", "é", "日本", "\u200b", "🙂", "# "]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_alphabet, min_size=1, max_size=80).map("".join))
def test_offsets_hold_for_any_text(text: str) -> None:
    doc = Document.from_text(text)
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text
        assert s.text.strip() == s.text and s.text
    for t in doc.tokens:
        assert text[t.start : t.end] == t.text
    for e in doc.entities:
        assert text[e.start : e.end] == e.text

"""Golden reports on pairs we wrote, the seed pair, and the offset property over compare()."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factdiff
from conftest import DATA, assert_spans_valid, read
from factdiff.errors import EmptyInput, OptionError
from factdiff.findings import FINDING_TYPES, Severity


def test_schema_is_exactly_the_contract(demo_report) -> None:
    d = demo_report.to_dict()
    assert list(d) == ["schema", "source", "copy", "alignment", "derivation", "findings"]
    assert d["schema"] == "factdiff.report/1"
    assert list(d["source"]) == ["sentences"]
    assert list(d["source"]["sentences"][0]) == ["index", "start", "end", "text"]
    assert list(d["alignment"][0]) == ["source", "copy", "similarity"]
    assert list(d["derivation"]) == ["derived", "score", "coverage"]
    for f in d["findings"]:
        assert list(f) == ["type", "severity", "message", "confidence", "source", "copy"]
        assert f["type"] in FINDING_TYPES
        assert f["severity"] in {"info", "minor", "major", "critical"}
        assert 0 <= f["confidence"] <= 1
    json.loads(demo_report.to_json())  # serialisable
    assert_spans_valid(demo_report)


def test_faithful_paraphrase_has_no_major_finding(demo_pair) -> None:
    source, _ = demo_pair
    report = factdiff.compare(source, read(DATA / "paraphrase_copy.txt"))
    assert report.derivation.derived
    assert report.derivation.coverage >= 0.9
    assert report.at_least("major") == [], [f.to_dict() for f in report.at_least("major")]
    assert_spans_valid(report)


def test_same_topic_article_is_not_derived(demo_pair) -> None:
    source, _ = demo_pair
    report = factdiff.compare(source, read(DATA / "sametopic_other.txt"))
    assert not report.derivation.derived
    assert report.derivation.score < 0.3
    assert report.at_least("minor") == []


def test_demo_drops_and_adds(demo_report) -> None:
    assert demo_report.derivation.derived
    omitted = [f for f in demo_report.findings if f.type == "omission"]
    added = [f for f in demo_report.findings if f.type == "addition"]
    assert any("previous transit expansion" in f.source.text and f.severity == Severity.MAJOR for f in omitted)
    assert any(f.source.text.startswith("By Dana Whitfield") and f.severity == Severity.INFO for f in omitted)
    assert any("double property taxes" in f.copy.text and f.severity >= Severity.MAJOR for f in added)


def test_seed_pair_is_derived_with_dropped_paragraphs(seed_report) -> None:
    r = seed_report
    assert r.derivation.derived and r.derivation.score > 0.6
    assert 0.4 < r.derivation.coverage < 0.85
    omitted = [f for f in r.findings if f.type == "omission" and f.severity >= Severity.MAJOR]
    dropped = " ".join(f.source.text for f in omitted)
    for phrase in ("Christiane Amanpour", "about $174 billion", "more than $300 billion", "Pete Hegseth advised",
                   "formation of a new multinational"):
        assert phrase in dropped, phrase
    assert 5 <= len(omitted) <= 9
    # every copy sentence with content is aligned; the quote split across two copy sentences is one link
    linked = {j for link in r.alignment.links for j in link.copy}
    for s in r.copy.sentences:
        if len(s.text.split()) > 4:
            assert s.index in linked, s.text
    assert_spans_valid(r)


def test_alignment_handles_reordering_merge_and_split() -> None:
    source = (
        "The mayor announced a new budget on Monday. It includes money for twelve new schools. "
        "Police funding stays flat. Critics called the plan timid. The council will vote in June."
    )
    copy = (
        "The council will vote on it in June. "
        "On Monday the mayor unveiled a new budget, which funds twelve new schools. "
        "Critics said the plan was timid. "
        "Funding for the police does not change."
    )
    r = factdiff.compare(source, copy)
    links = {(link.source, link.copy) for link in r.alignment.links}
    assert ((4,), (0,)) in links  # reordered
    assert ((0, 1), (1,)) in links  # merge: two source sentences in one copy sentence
    assert ((3,), (2,)) in links and ((2,), (3,)) in links
    split = factdiff.compare(
        "The minister resigned on Friday after a week of pressure over the leaked contracts.",
        "The minister resigned on Friday. That came after a week of pressure over the leaked contracts.",
    )
    assert [(lk.source, lk.copy) for lk in split.alignment.links] == [((0,), (0, 1))]
    # a merge whose first sentence alone already matches very well: the second is carried by its own words
    merged = factdiff.compare(
        "Gordon Pike, 61, was found guilty last month of three counts of bribery and one count of misconduct in "
        "public office. He was cleared of a fourth bribery charge. The judge said the sentence had to deter others.",
        "Last month Gordon Pike, 61, was convicted of three counts of bribery and one of misconduct in public office, "
        "and acquitted of a fourth bribery charge. The sentence had to deter others, the judge said.",
    )
    assert ((0, 1), (0,)) in {(lk.source, lk.copy) for lk in merged.alignment.links}
    assert not [f for f in merged.findings if f.type == "omission"]


def test_a_source_sentence_split_in_two_leaves_room_for_the_next() -> None:
    # the copy splits the second sentence in two and puts the quote after it in its second half
    source = (
        "Independent experts urged caution. Professor Helena Varga of the Northgate Institute of Medicine, who was "
        'not involved in the research, said the results were "encouraging but preliminary" and noted that earlier '
        "drugs for related conditions had performed worse in larger trials than in small ones. "
        '"Many promising compounds fall at the final hurdle," she said. '
        "The company plans a larger study of about 400 patients next year."
    )
    copy = (
        'Outside specialists were cautious. "Encouraging but preliminary" was how Professor Helena Varga of the '
        "Northgate Institute of Medicine, who played no part in the study, described the results. She pointed out "
        "that earlier treatments for related conditions had done better in small trials than in larger ones, "
        'saying: "Many promising compounds fall at the final hurdle." '
        "The company plans a larger study of about 400 patients next year."
    )
    r = factdiff.compare(source, copy)
    assert ((1, 2), (1, 2)) in {(lk.source, lk.copy) for lk in r.alignment.links}
    assert not [f.message for f in r.findings if f.type == "omission" and f.severity >= Severity.MINOR]


def test_a_short_sentence_split_off_is_linked_by_its_words() -> None:
    # "sending its shares down 11%" told as a sentence of its own: too short for its embedding to
    # match, but its words are the source sentence's that its neighbour left out
    source = ("Halvorsen Pharmaceuticals said on Monday it was recalling about 3.6 million bottles of its blood "
              "pressure drug after tests at its Ohio plant found traces of a possible carcinogen, sending its "
              "shares down 11% in early trading. The company said no patients had been harmed.")
    copy = ("Halvorsen Pharmaceuticals said on Monday that it was recalling roughly 3.6 million bottles of its blood "
            "pressure drug after tests at its Ohio plant found traces of a possible carcinogen. The news sent its "
            "shares 11 percent lower in early trading. The company said no patients had been harmed.")
    r = factdiff.compare(source, copy)
    assert ((0,), (0, 1)) in {(lk.source, lk.copy) for lk in r.alignment.links}
    assert not [f.message for f in r.findings if f.type == "addition" and f.severity >= Severity.MINOR]


def test_plain_language_pieces_of_a_long_sentence_are_linked() -> None:
    # a plain-language rewrite cuts a long lead into short sentences in other paragraphs: each
    # piece's words are the lead's, and the lead is linked to a copy sentence close by
    source = ("VELDEN, Austria (Alpine Wire) — The launch of the Brenna weather satellite has been pushed back by "
              "at least nine months, the national space office said on Tuesday, after engineers found small cracks "
              "in its fuel valves during tests in March.\n\n"
              "The office said the repair would cost about 18 million euros.")
    copy = ("VELDEN, Austria (Alpine Wire) — The launch of the Brenna weather satellite has been delayed by at "
            "least nine months, the national space office said on Tuesday.\n\n"
            "The reason is small cracks in the satellite's fuel valves.\n\n"
            "Engineers found them during tests in March.\n\n"
            "The office said fixing them would cost about 18 million euros.")
    r = factdiff.compare(source, copy)
    assert {(lk.source, lk.copy) for lk in r.alignment.links} == {((0,), (0, 1, 2)), ((1,), (3,))}
    assert not [f.message for f in r.findings if f.type == "addition" and f.severity >= Severity.MINOR]


def test_a_piece_between_two_pieces_of_one_sentence_is_linked() -> None:
    # "filed the case" rewords "sued"; standing between two pieces of the lead and naming only its
    # day, the piece is the lead's; one naming another day is not
    source = ("LEDBURY, England (Vale Wire) -- Players of the Ledbury Symphony sued the orchestra's trustees on "
              "Wednesday, accusing them of quietly cutting their pension payments to cover a £2.1 million gap.\n\n"
              "The trustees have not commented.")
    copy = ("LEDBURY, England (Vale Wire) -- Players of the Ledbury Symphony are suing the orchestra's trustees. "
            "They filed the case on Wednesday. They accuse the trustees of quietly cutting their pension payments "
            "to cover a £2.1 million gap.\n\nThe trustees have not commented.")
    r = factdiff.compare(source, copy)
    assert ((0,), (0, 1, 2)) in {(lk.source, lk.copy) for lk in r.alignment.links}
    assert not [f.message for f in r.findings if f.type == "addition" and f.severity >= Severity.MINOR]
    other = factdiff.compare(source, copy.replace("on Wednesday", "on Friday"))
    assert 1 not in other.alignment.aligned_copy


def test_a_short_piece_beside_a_piece_of_one_sentence_is_linked_by_its_day_and_figures() -> None:
    # "It did so on Wednesday." and "He is 34." carry nothing but the lead's day and the lead's
    # figure; one naming another day stays an addition
    source = ("GLENROY, Scotland (Firth Wire) -- A consumer watchdog on Wednesday accused Cairnline Ferries of raising "
              "fares unfairly, and the ferry firm's chief executive, Ian Moray, 34, rejected the charge.\n\n"
              "The company carries 2.6 million passengers a year.")
    copy = ("GLENROY, Scotland (Firth Wire) -- A consumer watchdog has accused Cairnline Ferries of raising fares "
            "unfairly. It did so on Wednesday. The firm's chief executive, Ian Moray, rejected the charge. He is 34.\n\n"
            "The company carries 2.6 million passengers a year.")
    r = factdiff.compare(source, copy)
    assert {1, 3} <= r.alignment.aligned_copy
    assert not [f.message for f in r.findings if f.type == "addition" and f.severity >= Severity.MINOR]
    other = factdiff.compare(source, copy.replace("It did so on Wednesday.", "It did so on Friday."))
    assert 1 not in other.alignment.aligned_copy


def test_an_added_sentence_in_the_source_words_is_told_down() -> None:
    # a transition in the source's own words is info; one that brings a new claim stays minor
    source = ("The launch of the Brenna satellite has been delayed by nine months. Engineers found cracks in its "
              "fuel valves during tests. The office said the repair would cost 18 million euros.")
    copy = ("The launch of the Brenna satellite has been delayed by nine months. Then came the tests. Engineers "
            "found cracks in its fuel valves during tests. The office said the repair would cost 18 million euros.")
    adds = [f for f in factdiff.compare(source, copy).findings if f.type == "addition"]
    assert [str(f.severity) for f in adds] == ["info"] and "words and figures are all in the source" in adds[0].message
    new = copy.replace("Then came the tests.", "Critics say the office hid the fault.")
    adds = [f for f in factdiff.compare(source, new).findings if f.type == "addition"]
    assert [str(f.severity) for f in adds] == ["minor"]


def test_a_sentence_left_between_two_links_is_linked() -> None:
    # a quote told as reported speech scores below every floor, but it is the only sentence left
    # between its neighbours' links on both sides
    source = (
        "The study followed 8,750 children aged 4 to 12 in three farming regions between 2016 and 2023. "
        '"We could not fully rule out other factors, such as dust or income," said the lead author. '
        "The study was funded by the Wellmere Foundation and did not receive money from industry."
    )
    copy = (
        "Between 2016 and 2023, researchers tracked 8,750 children aged 4-12 across 3 farming regions. "
        "The team was unable to completely exclude other factors, she added. "
        "The research received no money from industry; its funding came from the Wellmere Foundation."
    )
    r = factdiff.compare(source, copy)
    assert sorted((lk.source, lk.copy) for lk in r.alignment.links) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    assert not [f for f in r.findings if f.type in ("omission", "addition") and f.severity >= Severity.MINOR]
    # with the middle sentence about something else, nothing is forced onto it
    other = copy.replace("The team was unable to completely exclude other factors, she added.",
                         "The weather in the farming regions was unusually dry last spring.")
    assert ((1,), (1,)) not in {(lk.source, lk.copy) for lk in factdiff.compare(source, other).alignment.links}


def test_empty_and_bad_options() -> None:
    with pytest.raises(EmptyInput):
        factdiff.compare("  ", "text")
    with pytest.raises(OptionError):
        factdiff.compare("a b c.", "a b c.", no_such_option=True)
    with pytest.raises(OptionError):
        factdiff.compare("a b c.", "a b c.", detectors=["nope"])


def test_summary_option_caps_omissions(demo_pair) -> None:
    source, copy = demo_pair
    r = factdiff.compare(source, copy, summary=True, detectors=["omission"])
    assert r.findings and all(f.severity <= Severity.MINOR for f in r.findings)


_words = st.sampled_from(
    ["The", "council", "approved", "did not approve", "$2.4 billion", "$24bn", "Feb. 12", "February 12", "Ruiz",
     "Rios", "said", "“We will", "not", "rise", "fall", "18%", "eight", "in 2026", ".", ",", "\n", "\n\n", "Okafor",
     "told reporters", "é", "🙂", "U.S.", "the", "plan", "half-trillion dollar", "Article Five", "Article 5"]
)
_texts = st.lists(_words, min_size=3, max_size=40).map(" ".join).filter(lambda t: any(c.isalnum() for c in t))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts, _texts)
def test_every_span_in_any_report_satisfies_the_offset_rule(source: str, copy: str) -> None:
    assert_spans_valid(factdiff.compare(source, copy))


@pytest.mark.parametrize(
    ("source", "copy", "added"),
    [
        ("The city council approved the transit plan on Tuesday after a long debate.",
         "The city council, which is under investigation for fraud, approved the transit plan on Tuesday after a long debate.",
         "which is under investigation for fraud"),
        ("Police arrested a man on Friday. He was charged with theft.",
         "Police arrested a man, a known gang member, on Friday. He was charged with theft.", "a known gang member"),
        ("The minister resigned on Monday after six years in office.",
         "The minister resigned on Monday amid allegations of bribery after six years in office.",
         "amid allegations of bribery"),
        # reworded modifiers are no addition: synonyms, the same stem, one new word
        ("The city council approved the transit plan on Tuesday after a long debate.",
         "The city council approved the transit plan on Tuesday after a lengthy debate.", None),
        ("The mayor, who took office in 2019, welcomed the decision of the council.",
         "The mayor, who assumed office in 2019, welcomed the council's decision.", None),
        ("Investigators are examining the cause of the crash, the agency said.",
         "An investigation into the cause of the crash is under way, the agency said.", None),
        # a comparison told with "compared with", and a compound of a source word ("daytime" / "day")
        ("Those who worked nights had a 12% higher risk than people who only worked during the day.",
         "Working nights was associated with a 12% higher risk compared with working only in the daytime.", None),
        # lexicon synonyms ("tied to the closure" / "connected with shutting"), an age told another way
        ("The company blamed fuel costs and a one-time charge of $38 million tied to the closure of its depot.",
         "The company put this down to fuel costs and a one-off $38m charge connected with shutting its depot.", None),
        ("The Rovers Supporters' Trust, which has more than 11,000 members, said Harcastle had refused to meet with "
         "it and had not explained how the deal would be financed.",
         "According to the Rovers Supporters' Trust, which counts over 11,000 members, Harcastle had refused to meet "
         "the trust and had failed to explain how the deal would be paid for.", None),
        ("Turnout was higher among voters aged 18 to 29, rising to 57 percent from 44 percent.",
         "Turnout among 18- to 29-year-olds went up, climbing from 44% to 57%.", None),
        # a demonym for the source's place, and a verb for the source's gerund, are supported
        ("Producers in Norway and Scotland have lobbied for an increase to 18%, arguing that Chilean fish is sold "
         "below cost.", "Norwegian and Scottish producers, who argue that fish from Chile is sold below cost, have "
         "lobbied for the rate to be increased to 18 percent.", None),
        ("The club beat the Dayton Foxes 3-1 on Saturday to open its season, with striker Jonah Whitcombe scoring "
         "twice.", "They opened their season on Saturday with a 3-1 win over the Dayton Foxes, and striker Jonah "
         "Whitcombe scored two of the goals.", None),
    ],
)
def test_added_phrase_inside_an_aligned_sentence(source: str, copy: str, added: str | None) -> None:
    report = factdiff.compare(source, copy, detectors=["addition"])
    got = [f.copy.text for f in report.findings if f.message.startswith("added phrase")]
    assert got == ([added] if added else [])
    for f in report.findings:
        if f.message.startswith("added phrase"):
            assert f.severity == Severity.MINOR and f.source is None
    assert_spans_valid(report)


@pytest.mark.parametrize(
    ("source", "copy", "dropped"),
    [
        ("The findings, published in the journal Diabetologia, are observational and do not prove that coffee "
         "prevents diabetes, the authors said.", "The findings were published in the journal Diabetologia.",
         "do not prove"),
        ("It is not clear whether the drug works in older patients, but it cut deaths by a fifth in the trial.",
         "The drug cut deaths by a fifth in the trial.", "is not clear"),
        ("The deal has yet to be confirmed by regulators, who are reviewing it, the company said.",
         "Regulators are reviewing the deal, the company said.", "has yet to be confirmed"),
        # the caveat kept in other words, or moved
        ("The findings are observational and do not prove that coffee prevents diabetes, the authors said.",
         "The findings, the authors said, do not show that coffee prevents diabetes.", None),
        ("He said police were questioning a suspect but would not confirm his name.",
         "He said police were questioning a suspect but would not say who he was.", None),
        ("The deal has yet to be confirmed by regulators, who are reviewing it.",
         "Regulators, who have not yet confirmed the deal, are reviewing it.", None),
    ],
)
def test_a_dropped_caveat_is_a_minor_omission(source: str, copy: str, dropped: str | None) -> None:
    r = factdiff.compare(source, copy, detectors=["omission"])
    caveats = [f for f in r.findings if f.message.startswith("caveat dropped")]
    if dropped is None:
        assert caveats == []
    else:
        [f] = caveats
        assert (f.severity, f.source.text, f.copy) == (Severity.MINOR, dropped, None)


def test_meaning_finding_against_an_unpaired_sentence_is_info() -> None:
    """In a copy, a flip read against a source sentence the aligner did not pair with the copy
    sentence (which it pairs with another) is told as info; against its own pair it stays."""
    from factdiff.compare import _as_unpaired, _unpaired
    from factdiff.findings import Finding

    src = ("The harbour board approved the dredging contract on Monday. "
           "The ferry operator did not renew its lease at the terminal.")
    cop = "On Monday the harbour board approved the contract for dredging."
    report = factdiff.compare(src, cop)
    assert [(link.source, link.copy) for link in report.alignment.links] == [((0,), (0,))]
    s, c = report.source, report.copy

    def finding(source_word: str) -> Finding:
        at, to = src.index(source_word), cop.index("approved")
        return Finding(type="polarity", severity=Severity.MAJOR, message="negation removed", confidence=0.6,
                       source=s.span(at, at + len(source_word)), copy=c.span(to, to + len("approved")))

    assert _unpaired(finding("did not renew"), s, c, report.alignment)
    assert not _unpaired(finding("approved"), s, c, report.alignment)
    told = _as_unpaired(finding("did not renew"))
    assert told.severity == Severity.INFO and "does not restate" in told.message

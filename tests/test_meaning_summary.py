"""Meaning flips in summaries: unsupported negations, opposite-word swaps, novel antonyms (issue 5).

Each row puts its source sentence in a short paragraph of our own (so the copy is a one-sentence
summary of a longer source, as in SummEdits) and audits the copy with ``summary=True``. Expected:
``(type, severity, source text, copy text)`` of a finding, or ``None`` when the copy keeps the
source's meaning (no polarity/meaning finding at all).
"""

from __future__ import annotations

import pytest

import factdiff
from factdiff import Severity

DETECTORS = ["polarity", "meaning"]
PARA = (
    "Regional transport officials met on Tuesday to review the winter timetable. {} "
    "A spokesperson said more details would follow next week."
)
P, M = "polarity", "meaning"

# -- a negation the source sentences do not support (predicates reworded past a match) -----------
UNSUPPORTED_NEGATION = [
    ("The ferry operator announced new routes to the northern islands.",
     "The operator is not adding routes to the islands in the north.", (P, "major", None, "is not adding")),
    ("The city library reopened its reading room after the flood repairs.",
     "The library's reading room has never welcomed readers again after the flood repairs.",
     (P, "major", None, "has never welcomed")),
    ("Engineers finished the bridge inspection ahead of schedule.",
     "Engineers did not complete the inspection of the bridge.", (P, "major", None, "did not complete")),
    # an implicit negator of the copy ("fails to", "lack of") counts like "not"
    ("The inspector walked the driver through a short safety questionnaire.",
     "The inspector fails to conduct a safety questionnaire with the driver.", (P, "major", None, "fails to conduct")),
    # a negation in the same source sentence about another clause does not excuse it
    ("Riders won't have to queue at the kiosk, and the new card is a real time and money saver for commuters.",
     "The new card cannot save commuters time and money.", (P, "major", None, "cannot save")),
    # "X is not possible": the clause is the copula's, its subject included
    ("Passengers who missed a connection can rebook it at the desk, the operator said.",
     "Rebooking of missed connections is not possible at the desk for passengers.",
     (P, "major", None, "is not possible")),
]

# -- negations the source does support, in other words -------------------------------------------
SUPPORTED_NEGATION = [
    ("The council rejected the proposal for a new depot.",
     "The council did not approve the proposal for a new depot.", None),
    ("The ferry ran without a licence for two months.",
     "The ferry operated without permission for two months.", None),
    ("It was the busiest holiday weekend at the station since 2019.",
     "The station had not seen such a busy holiday weekend since 2019.", None),
    ("The operator failed to meet its punctuality target.",
     "The operator did not reach its punctuality target.", None),
    ("The board declined to comment on the merger.", "The board did not comment on the merger.", None),
    ("Nobody was hurt when the train stopped suddenly.", "No one was injured when the train braked suddenly.", None),
    ("The mayor denied that the depot would close.", "The mayor said the depot would not close.", None),
    ("The union was unable to reach a deal with the operator.",
     "The union could not agree a deal with the operator.", None),
    ("There were no delays on the coastal line.", "The coastal line had no delays.", None),
    # "free of charge" negates the charge
    ("Passengers who missed a connection can rebook it free of charge, the operator said.",
     "Passengers who missed a connection can rebook it without a charge.", None),
    # the source negates the same claim with another verb: the copy's negation is supported
    ("If the buses run at night, they should not be counted under the Article Five budget.",
     "The night buses should not be charged to the Article 5 budget.", None),
    # a negated clause that shares no word with the source is unsupported, not contradicted
    ("Pat said the office printer broke again this morning.", "Her machine is not functioning.", None),
]

# -- opposites outside the predicates: prepositions, determiners, adverbs, small clauses ----------
SWAPS = [
    ("The new tram line opened two weeks before the deadline.",
     "The new tram line opened two weeks after the deadline.", (M, "major", "before", "after")),
    ("The agency said the repairs finished early.", "The agency said the repairs finished late.",
     (M, "major", "early", "late")),
    ("Officials said the new timetable made commuting easier for shift workers.",
     "The timetable made commuting harder for shift workers, officials said.", (M, "major", "easier", "harder")),
    ("More passengers used the night buses this winter.", "Fewer passengers used the night buses this winter.",
     (M, "major", "More", "Fewer")),
    ("The depot sits above the old river tunnel.", "The depot sits below the old river tunnel.",
     (M, "major", "above", "below")),
]

# -- the same words in other places, or a swap cancelled by a negation ---------------------------
NO_SWAP = [
    ("Ticket sales rose in the spring while costs fell.", "Costs fell in the spring while ticket sales rose.", None),
    ("The council rejected the plan before the vote.", "Before the vote, the council rejected the plan.", None),
    ("The service started early and finished late.", "The service finished late after starting early.", None),
    ("Fewer buses ran on Sunday than on Saturday.", "Fewer buses ran on Sunday than the day before.", None),
    ("The bridge stayed closed during the storm.", "The bridge was not open during the storm.", None),
    ("The firm cut jobs and raised prices.", "The firm raised jobs and cut prices.", (M, "major", None, "raised")),
]

# -- a copy word the source never uses, opposite to the source word in its place -----------------
NOVEL_ANTONYM = [
    ("The chief of the troubled online retailer was arrested on Monday.",
     "The chief of the triumphant online retailer was arrested on Monday.",
     (M, "major", "troubled", "triumphant")),
    ("The head of the weak local currency board resigned.", "The head of the strong local currency board resigned.",
     (M, "major", "weak", "strong")),
    ("Tensions between the two unions eased in May.", "Tensions between the two unions escalated in May.",
     (M, "major", "eased", "escalated")),
    ("The head of the struggling local currency board resigned.",
     "The head of the ailing local currency board resigned.", None),
    # one copy word twice: the first restates the source's "increase", the second turns "fall" around
    ("The operator will begin with an increase in the weekly service to forty trains. As it expects its debt "
     "to fall below $2 million by March, it will also expand the fleet.",
     "The operator is increasing its weekly service to forty trains and increasing its debt below $2 million.",
     (M, "major", "to fall", "increasing")),
    ("The operator will begin with an increase in the weekly service to forty trains. As it expects its debt "
     "to fall below $2 million by March, it will also expand the fleet.",
     "The operator is increasing its weekly service to forty trains and expects to cut its debt below $2 million.",
     None),
    # two synonyms of one source word in one copy sentence both restate it
    ("Like-for-like sales rose 2% in the eight weeks to February, after a fall of 1% in the previous quarter.",
     "The chain reported a big jump in sales for the period, boosted by a surge in sales.", None),
    # the copy names both directions: a listing, not a flip
    ("Fares have gone up at most stations this year.",
     "The report covers the growth and decline of fares at stations this year.", None),
]

CASES = UNSUPPORTED_NEGATION + SUPPORTED_NEGATION + SWAPS + NO_SWAP + NOVEL_ANTONYM


def _id(case: tuple[str, str, object]) -> str:
    return f"{'none' if case[2] is None else case[2][0]}:{case[1][:40]}"


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_summary_pair(case: tuple[str, str, tuple[str, str, str | None, str] | None]) -> None:
    src, cop, expected = case
    report = factdiff.compare(PARA.format(src), cop, detectors=DETECTORS, summary=True)
    got = [(f.type, str(f.severity), f.source.text if f.source else None, f.copy.text if f.copy else None)
           for f in report.findings]
    if expected is None:
        assert got == [], f"expected no finding, got {[f.message for f in report.findings]}"
        return
    kind, severity, src_text, cop_text = expected
    hits = [g for g in got if g[0] == kind and g[1] == severity and g[3] == cop_text
            and (src_text is None or g[2] == src_text)]
    assert hits, got
    for f in report.findings:
        assert f.source is not None and f.copy is not None
        assert report.source.text[f.source.start : f.source.end] == f.source.text
        assert report.copy.text[f.copy.start : f.copy.end] == f.copy.text
        assert f.source.text in f.message and f.copy.text in f.message


def test_unsupported_negation_message_states_both_sides() -> None:
    report = factdiff.compare(
        PARA.format("The ferry operator announced new routes to the northern islands."),
        "The operator is not adding routes to the islands in the north.",
        detectors=["polarity"],
        summary=True,
    )
    (f,) = report.findings
    assert f.message.startswith("negation added: '")
    assert "→ 'is not adding'" in f.message and "nothing in its source sentences negates it" in f.message
    assert f.source.text != report.source.sentences[1].text  # a part of the sentence, not all of it


def test_unsupported_negation_without_shared_words_is_minor() -> None:
    report = factdiff.compare(
        PARA.format("The ferry operator announced new routes to the northern islands."),
        "Ferry travellers do not expect cheaper tickets to the northern islands this season.",
        detectors=["polarity"],
        summary=True,
    )
    assert all(f.severity <= Severity.MINOR for f in report.findings), [f.message for f in report.findings]


def test_swap_is_one_finding_per_change() -> None:
    report = factdiff.compare(
        "The store opened before noon.", "The store opened after noon.", detectors=DETECTORS
    )
    assert [(f.source.text, f.copy.text) for f in report.findings] == [("before", "after")]

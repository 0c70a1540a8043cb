"""Sentence pairs through ``compare(..., detectors=["number", "date"])``: same fact in another form
gives nothing above info; a changed fact gives the expected finding type and severity."""

from __future__ import annotations

import pytest

import factdiff
from factdiff import Severity

N, D = "number", "date"
INFO, MINOR, MAJOR, CRIT = Severity.INFO, Severity.MINOR, Severity.MAJOR, Severity.CRITICAL

# (source, copy, expected): expected None = no number/date finding above info,
# else (type, severity) of the most severe number/date finding.
PAIRS: list[tuple[str, str, tuple[str, Severity] | None]] = [
    # --- same fact, another form ---------------------------------------------------------------
    ("Revenue reached $3.1bn last year.", "Revenue reached $3.1 billion last year.", None),
    ("The deal is worth $3.1 billion.", "The deal is worth 3.1 billion dollars.", None),
    ("He met the minister on Feb. 12.", "He met the minister on February 12.", None),
    ("He met the minister on February 12.", "He met the minister on 12 February.", None),
    ("Article 5 of the treaty applies.", "Article Five of the treaty applies.", None),
    ("The car was doing 70 mph.", "The car was doing 70 miles per hour.", None),
    ("The army sent 80,000 troops.", "The army sent about 80,000 troops.", None),
    ("The project took 2.5 years to finish.", "The project took two and a half years to finish.", None),
    ("The project took 2.5 years to finish.", "The project took 30 months to finish.", None),
    ("Prices rose 12 percent in March.", "Prices rose 12% in March.", None),
    ("Prices rose 12 per cent in March.", "Prices rose 12 percent in March.", None),
    ("Seven people were injured in the blast.", "7 people were injured in the blast.", None),
    ("The fund holds €40 bn in assets.", "The fund holds 40 billion euros in assets.", None),
    ("The bill passed on a 7-2 vote.", "The bill passed by a vote of 7-2.", None),
    ("Debt hit $1.2tn in 2024.", "Debt hit $1.2 trillion in 2024.", None),
    ("The city has 1,200,000 residents.", "The city has 1.2 million residents.", None),
    ("Sales were 1,234,567 units.", "Sales were about 1.2 million units.", None),
    ("Consumer prices rose 3.1 percent in the year to February.", "Consumer prices climbed 3.1% in the 12 months to February.", None),
    ("Consumer prices rose 3.1 percent in the year to February.", "Consumer prices climbed 3.1% in the 13 months to February.",
     ("number", Severity.MINOR)),
    # both "about": a rounding is the same figure, another figure is a change
    ("He defrauded investors of about $212 million.", "He defrauded investors of about $210 million.", ("number", Severity.MINOR)),
    ("He defrauded investors of about $212 million.", "He defrauded investors of about $221 million.", ("number", Severity.MAJOR)),
    ("The storm was about 320 miles offshore.", "The storm was about 300 miles offshore.", ("number", Severity.MINOR)),
    ("The storm was about 90 miles offshore.", "The storm was about 150 km offshore.", ("number", Severity.MINOR)),
    ("He was born on Tuesday, Sept. 3, 1991.", "He was born on September 3, 1991.", None),
    ("The report came out in the third quarter.", "The report came out in Q3.", None),
    ("The firm expects growth in fiscal 2025.", "The firm expects growth in FY2025.", None),
    ("Shares fell 2% on Friday.", "Shares dropped 2% on Friday.", None),
    ("The meeting is at 3 p.m. on Monday.", "The meeting is at 15:00 on Monday.", None),
    ("A quarter of a million people marched.", "250,000 people marched.", None),
    # a share told as a fraction, a rate or a percentage is one figure
    ("The inspectorate overturns about a quarter of the decisions it reviews.",
     "The inspectorate overturns about one in four of the decisions it reviews.", None),
    ("A third of the 400 flats will be affordable.", "One in three of the 400 flats will be affordable.", None),
    ("Half of the residents objected.", "50% of the residents objected.", None),
    ("A third of the 400 flats will be affordable.", "A quarter of the 400 flats will be affordable.",
     ("number", MAJOR)),
    ("Two-thirds of the staff voted to strike.", "A third of the staff voted to strike.", ("number", MAJOR)),
    ("Tablets are used in 68% of schools.", "Tablets are used in more than half of schools.", None),
    ("Night workers had a 12% higher risk than day workers.", "Night workers had a 12 times higher risk than day workers.",
     ("number", MAJOR)),
    ("The risk was three times higher among night workers.", "The risk was threefold higher among night workers.", None),
    ("The firm will hire up to 40 staff.", "The firm will hire no more than 40 staff.", None),
    ("About one in eight patients on the pill stopped taking it, compared with one in twenty on the placebo.",
     "About one in eight patients on the placebo stopped taking it, compared with one in twenty on the pill.",
     ("number", MAJOR)),
    ("About one in eight patients on the pill stopped taking it, compared with one in twenty on the placebo.",
     "Around one in eight patients taking the pill stopped, against one in twenty on placebo.", None),
    ("The firm cut 500 jobs in 2023.", "In 2023 the firm cut 500 jobs.", None),
    ("It happened on 2/12/2026 in Ohio.", "It happened on Feb. 12, 2026 in Ohio.", None),
    ("Exports grew by between 3 and 5 percent.", "Exports grew by 3-5%.", None),
    ("The storm left 12 dead and 40 injured.", "The storm left 40 injured and 12 dead.", None),
    ("The company is worth $2 billion.", "The company is worth two billion dollars.", None),
    ("He served a 10-year sentence.", "He served a ten-year sentence.", None),
    ("The vote was unanimous.", "The vote passed unanimously.", None),
    ("The law took effect in February 2022.", "The law took effect in Feb 2022.", None),
    ("Flight 370 vanished in 2014.", "Flight 370 disappeared in 2014.", None),
    ("Turnout in 2022 rose to 27% from 22% four years earlier.", "Turnout in 2022 climbed to 27 percent from 22 percent four years before.", None),
    ("Turnout rose to 27% in 2022 from 22% in 2018.", "Turnout rose to 27% in 2022 from 22% four years before.", None),
    # --- changed facts -------------------------------------------------------------------------
    ("Turnout in 2022 rose to 27% from 22% four years earlier.", "Turnout in 2022 climbed to 27 percent from 22 percent three years before.", (D, MAJOR)),
    ("Trump raised a half-trillion dollar figure.", "Trump raised a $50 trillion figure.", (N, CRIT)),
    ("The deal is worth $3.1 billion.", "The deal is worth $3.1 million.", (N, CRIT)),
    ("The army sent 80,000 troops.", "The army sent 8,000 troops.", (N, CRIT)),
    ("The deal is worth $3.1 billion.", "The deal is worth $4.5 billion.", (N, MAJOR)),
    ("Prices rose 12% in March.", "Prices rose 21% in March.", (N, MAJOR)),
    ("Seven people were injured in the blast.", "Nine people were injured in the blast.", (N, MAJOR)),
    ("The project took 2.5 years.", "The project took 5 years.", (N, MAJOR)),
    ("The car was doing 70 mph.", "The car was doing 90 mph.", (N, MAJOR)),
    ("The fund holds €40 bn.", "The fund holds $40 bn.", (N, MAJOR)),
    ("Shares fell 2% on Friday.", "Shares rose 2% on Friday.", (N, MAJOR)),
    ("Profit increased by 5% this year.", "Profit decreased by 5% this year.", (N, MAJOR)),
    ("Side effects hit 4% on the drug and 2% on placebo.", "Side effects hit 2% on the drug and 4% on placebo.", (N, MAJOR)),
    ("He pledged up to $500 billion.", "He pledged more than $500 billion.", (N, MAJOR)),
    ("The bill passed on a 7-2 vote.", "The bill passed on a 5-4 vote.", (N, MAJOR)),
    ("He met the minister on Feb. 12.", "He met the minister on Feb. 14.", (D, MAJOR)),
    ("The law took effect in 2022.", "The law took effect in 2023.", (D, MAJOR)),
    ("The report came out in the third quarter.", "The report came out in the fourth quarter.", (D, MAJOR)),
    ("They met on Tuesday.", "They met on Thursday.", (D, MAJOR)),
    ("The meeting is at 3 p.m.", "The meeting is at 5 p.m.", (D, MAJOR)),
    ("It happened last week.", "It happened last month.", (D, MAJOR)),
    ("It happened on 2/12/2026 in Ohio.", "It happened on Feb. 13, 2026 in Ohio.", (D, MAJOR)),
    ("The army sent 80,000 troops.", "The army sent more than 80,000 troops.", (N, MINOR)),
    ("He pledged up to $500 billion.", "He pledged $500 billion.", (N, MINOR)),
    ("Unemployment rose 2 percentage points.", "Unemployment rose 2%.", (N, MINOR)),
    ("The firm has 1,000 staff.", "The firm has 1,010 staff.", (N, MINOR)),
    ("Net debt will fall below $25 billion.", "Net debt will fall below $26 billion.", (N, MAJOR)),
    ("Article 5 of the treaty applies.", "Article 6 of the treaty applies.", (N, MAJOR)),
    ("It was their 61st meeting.", "It was their 16th meeting.", (N, MAJOR)),
    ("The city has 1.2 million residents.", "The city has 12 million residents.", (N, CRIT)),
    ("The storm killed 12 people.", "The storm killed 12 people and cost $3bn.", (N, MAJOR)),
    ("They met in early March 2020.", "They met in late March 2020.", (D, MINOR)),
    ("The firm posted a 5% rise in sales.", "The firm posted a 5% drop in sales.", (N, MAJOR)),
    ("Revenue was $5.1bn in the quarter.", "Revenue was $51bn in the quarter.", (N, CRIT)),
    ("The plant produces 500 MW.", "The plant produces 500 GW.", (N, CRIT)),
    # --- a share told in words --------------------------------------------------------------------
    ("A poll found that 48 percent of voters supported the extension, while 41 percent opposed it.",
     "A poll found that most voters supported the extension.", (N, MAJOR)),
    ("A poll found that 62% of residents back the plan.", "A poll found that a minority of residents back the plan.",
     (N, MAJOR)),
    ("A poll found that 62% of residents back the plan.", "A poll found that most residents back the plan.", None),
    ("A poll found that 48 percent of voters supported it.", "A poll found that nearly half of voters supported it.",
     None),
    ("Turnout was 45 percent, the highest in a decade.", "Turnout was the highest in a decade.", None),
    ("Only 30 percent of the budget was spent, most of it on salaries.", "Most of the budget went on salaries.", None),
    ("Tablets are used in 68% of schools. Of the rest, 45% plan to buy them.",
     "Tablets are used in more than half of schools. Of the rest, more than half plan to buy them.", None),
    ("The council voted 9-4 on Tuesday to delay the project.",
     "On Tuesday the council voted by nine votes to four to delay the project.", None),
    ("Only three of the 40 schools met the target.", "Most of the 40 schools met the target.", ("number", MAJOR)),
    ("32 of the 40 schools met the target.", "Few schools met the target.", ("number", MAJOR)),
    ("32 of the 40 schools met the target.", "Most of the 40 schools met the target.", None),
    ("Three in 10 adults smoke.", "A minority of adults smoke.", None),
    ("The council voted 9-4 on Tuesday to delay the project.",
     "On Tuesday the council voted by nine votes to five to delay the project.", ("number", MINOR)),
    ("Only about one in ten participants drank no coffee at all.", "Most participants drank no coffee at all.",
     ("number", MAJOR)),
    ("Three in 10 adults smoke.", "Thirty percent of adults smoke.", None),
    # a period that ended told as ongoing, or as its first date alone
    ("It discharged sewage into three rivers between 2019 and 2022.", "It discharged sewage into three rivers since 2019.",
     ("date", MAJOR)),
    ("It discharged sewage into three rivers between 2019 and 2022.", "It discharged sewage into three rivers in 2019.",
     ("date", MINOR)),
    ("It discharged sewage into three rivers between 2019 and 2022.",
     "It discharged sewage into three rivers from 2019 to 2022.", None),
    ("The plant was shut from March to June.", "The plant has been shut since March.", ("date", MAJOR)),
    # a multiple against the change the source gives (factdiff.multiples)
    ("Fish numbers fell by about a third over the period.", "Fish numbers halved over the period.", ("number", MAJOR)),
    ("Fish numbers fell by about half over the period.", "Fish numbers halved over the period.", None),
    ("Profits rose 10% to £310m.", "Profits doubled to £310m.", ("number", MAJOR)),
    ("Profits rose 95% to £310m.", "Profits doubled to £310m.", None),
    ("The company's profits were £310m last year, compared with £280m in 2021.",
     "The company's profits doubled last year.", ("number", MAJOR)),
    ("The company's profits were £560m last year, compared with £280m in 2021.",
     "The company's profits doubled last year.", None),
    ("Sales rose from £2m to £6m.", "Sales doubled to £6m.", ("number", MAJOR)),
    ("Sales rose from £2m to £6m.", "Sales tripled to £6m.", None),
    ("Sales rose 10% while costs doubled.", "Sales rose 10% while costs doubled.", None),
    # a tally or a change turned around (factdiff.reversals)
    ("The council approved the plan by 51 votes to 48.", "The council approved the plan by 48 votes to 51.",
     ("number", MAJOR)),
    ("The Supreme Court ruled 5-4 in favour of the company.", "The Supreme Court ruled 4-5 in favour of the company.",
     ("number", MAJOR)),
    ("The bill passed the Senate 2,345 to 1,200 in the vote.", "The bill passed the Senate 1,200 to 2,345 in the vote.",
     ("number", MAJOR)),
    ("The jobless rate went from 5.2% to 4.8% last year.", "The jobless rate went from 4.8% to 5.2% last year.",
     ("number", MAJOR)),
    ("The council approved the plan by 51 votes to 48.", "Councillors backed the plan, 51 votes to 48.", None),
    ("The council approved the plan by 51 votes to 48.", "The council approved the plan 51-48.", None),
    ("The amendment failed on a 237-186 vote.", "The amendment failed by a vote of 186 to 237.", None),
    # told differently, compared where both say which side is for: a dashed tally beside a vote the
    # side for won puts the majority first
    ("The Senate passed the bill 61-38 on Tuesday.", "The Senate passed the bill by 38 votes to 61 on Tuesday.",
     ("number", MAJOR)),
    ("The Senate passed the bill 61-38 on Tuesday.", "The Senate passed the bill by 61 votes to 38 on Tuesday.", None),
    ("The Senate confirmed her 52-47 on Thursday.", "The Senate confirmed her by a vote of 47 to 52 on Thursday.",
     ("number", MAJOR)),
    ("The amendment was rejected 55-45.", "The amendment was rejected by 45 votes to 55.", None),
    # a tally told by its sides, in either order
    ("Lawmakers approved the measure with 240 votes in favour and 180 against.",
     "Lawmakers approved the measure with 180 votes in favour and 240 against.", ("number", MAJOR)),
    ("Lawmakers approved the measure with 240 votes in favour and 180 against.",
     "Lawmakers approved the measure with 180 votes against and 240 in favour.", None),
    ("Lawmakers approved the measure with 240 votes in favour and 180 against.",
     "Lawmakers approved the measure by 180 votes to 240.", ("number", MAJOR)),
    ("Lawmakers approved the measure with 240 votes in favour and 180 against.",
     "Lawmakers approved the measure 240-180.", None),
    # a tally in words
    ("The Supreme Court ruled five to four in favour of the company.",
     "The Supreme Court ruled four to five in favour of the company.", ("number", MAJOR)),
    ("The board voted seven to two to approve the merger.", "The board voted 7-2 to approve the merger.", None),
    ("The children aged five to nine voted for the best game.", "The children aged 5 to 9 voted for the best game.", None),
    ("The poll's margin of error was 3 to 4 percentage points.",
     "The poll had a margin of error of three to four percentage points.", None),
    ("United won 3-1 at home on Saturday.", "United lost 1-3 at home on Saturday.", None),
    ("The jobless rate fell from 5.2% to 4.8% last year.", "The jobless rate rose from 4.8% to 5.2% last year.",
     ("number", MAJOR)),  # the direction word's finding, one of them
    ("Prices ranged from $10 to $15.", "Prices ranged from $15 to $10.", None),
    ("The trial could take up to six years.", "The trial could take as long as six years.", None),
    # a change from one level to another states its two levels, not every value between them
    ("The Alliance won 36.4 percent of the vote. The Covenant's share fell from 41.7 percent to 30.2 percent.",
     "The Alliance's share of the vote was 38.4%. The Covenant's share fell from 41.7% to 30.2%.", ("number", MAJOR)),
    ("Turnout among young voters rose to 57 percent from 44 percent.",
     "Turnout among young voters went up, climbing from 44% to 57%.", None),
    ("Turnout among young voters rose to 57 percent.", "Turnout among young voters climbed from 30% to 57%.",
     ("number", MINOR)),
    ("Turnout among voters over 65 was 81 percent.", "Turnout was 81% among voters older than 65.", None),
    ("It limits farms of more than 500 acres.", "It limits farms larger than 500 acres.", None),
    ("Boat traffic rose from 1,900 visits in 2019 to 2,600 in 2023.",
     "Boat visits went from 2,600 in 2019 to 1,900 in 2023.", ("number", MAJOR)),
    ("Boat traffic rose from 1,900 visits in 2019 to 2,600 in 2023.",
     "Boat visits went from 1,900 in 2019 to 2,600 in 2023.", None),
    ("The survey covered people aged 18 to 24.", "The survey covered people aged 24 to 18.", None),
    ("Prices rose from 10 to 15 dollars after the vote.", "Prices rose from 10 to 15 dollars after the vote.", None),
    # roles told by synonyms that trade places: the figures keep their roles
    ("In an advisory vote, 14 countries backed keeping the duties unchanged, nine supported an increase.",
     "At an advisory vote, fourteen countries supported leaving the duties as they are, nine backed an increase.",
     None),
    # "14 out of 212 batches" counts batches, as "14 of 212 batches" does; "3 in 10" is a rate
    ("The impurity was detected in 14 of 212 batches made between March and August.",
     "The impurity turned up in 14 out of 212 batches produced between March and August.", None),
    ("3 in 10 voters backed the plan.", "30% of voters backed the plan.", None),
    # a change told "from A to B" with a word before A: a move between two levels, each compared
    ("Carvalho raised its offer to €42.50 per share last Thursday, up from €38 in April.",
     "Last Thursday Carvalho lifted its offer from April's €38 to €42.50 a share.", None),
    ("Carvalho raised its offer to €42.50 per share last Thursday, up from €38 in April.",
     "Last Thursday Carvalho lifted its offer from April's €38 to €45.50 a share.", ("number", MAJOR)),
]


@pytest.mark.parametrize(("source", "copy", "expected"), PAIRS, ids=[f"{i:02d}" for i in range(len(PAIRS))])
def test_pair(source: str, copy: str, expected: tuple[str, Severity] | None) -> None:
    report = factdiff.compare(source, copy, detectors=["number", "date"])
    got = [f for f in report.findings if f.severity > Severity.INFO]
    if expected is None:
        assert got == [], [f.message for f in got]
        return
    assert got, f"no finding; info-level: {[f.message for f in report.findings]}"
    top = max(got, key=lambda f: f.severity)
    assert (top.type, top.severity) == expected, [(f.type, str(f.severity), f.message) for f in got]
    for f in got:
        for span, doc in ((f.source, report.source), (f.copy, report.copy)):
            if span is not None:
                assert doc.text[span.start : span.end] == span.text
                assert len(span.text) < len(doc.text) or len(doc.text) < 40


def test_enough_pairs() -> None:
    assert len(PAIRS) >= 60


def test_messages_state_both_values() -> None:
    report = factdiff.compare("The deal is worth $500 billion.", "The deal is worth $50 trillion.", detectors=["number"])
    (f,) = report.findings
    assert f.message == "$500 billion vs $50 trillion: 100× larger"
    assert f.source.text == "$500 billion" and f.copy.text == "$50 trillion"


def test_direction_flip_message() -> None:
    report = factdiff.compare("Shares fell 2% on Friday.", "Shares rose 2% on Friday.", detectors=["number"])
    (f,) = report.findings
    assert "direction flipped" in f.message and "fell" in f.message and "rose" in f.message
    assert f.copy.text == "rose 2%"


def test_figure_moved_from_another_sentence_is_fine() -> None:
    src = "The fund holds $40 billion. It plans to add $5 billion next year."
    cop = "The fund holds $40 billion and $5 billion more is planned."
    got = [f for f in factdiff.compare(src, cop, detectors=["number"]).findings if f.severity > INFO]
    assert got == []


def test_locale_option_reads_numeric_dates() -> None:
    src, cop = "It happened on 2/12/2026.", "It happened on 12 February 2026."
    us = factdiff.compare(src, cop, detectors=["date"], locale="us")
    eu = factdiff.compare(src, cop, detectors=["date"], locale="eu")
    assert [f for f in us.findings if f.severity > INFO] == []
    assert [f.type for f in eu.findings] == ["date"]


def test_swap_is_reported_once_per_role_without_a_spurious_flip() -> None:
    report = factdiff.compare(
        "Revenue rose 5% to $3bn while costs fell 2%.", "Revenue rose 2% to $3bn while costs fell 5%.", detectors=["number"]
    )
    msgs = [f.message for f in report.findings]
    assert len(msgs) == 2 and all(m.startswith("values swapped between roles") for m in msgs), msgs
    assert {(f.source.text, f.copy.text) for f in report.findings} == {("5%", "2%"), ("2%", "5%")}


def test_share_message_names_the_share_and_the_words() -> None:
    report = factdiff.compare("A poll found that 48 percent of voters supported the plan.",
                              "A poll found that most voters supported the plan.", detectors=["number"])
    assert [(f.source.text, f.copy.text, f.message) for f in report.findings] == [
        ("48 percent", "most", "share told in words: '48 percent' → 'most' (the source's share is not over half)")
    ]


def test_figures_pair_a_fused_sentence_with_the_source_sentence_that_holds_them() -> None:
    # the copy sentence aligns with the opening line; its figures come from the last sentence
    src = ("Snap-on reported strong first-quarter results on Thursday as demand for its tools recovered from the "
           "pandemic slump across all of its markets. The company's shares rose 4% in early trading. Chief executive "
           "Nick Pinchuk said the tools group was strong. Sales in Europe were flat. Earnings per share were $3.50, "
           "up 40.6% from last year's $2.40.")
    fused = ("Snap-on reported strong first-quarter results on Thursday as demand for its tools recovered from the "
             "pandemic slump across its markets, with earnings per share at $3.50, {} 40.6% from the year before.")
    flipped = [f for f in factdiff.compare(src, fused.format("down"), detectors=["number"]).findings if f.severity > INFO]
    assert [(f.message, f.source.text) for f in flipped] == [
        ("direction flipped: 'up 40.6%' → 'down 40.6%' (rise became a fall)", "up 40.6%")]
    kept = [f for f in factdiff.compare(src, fused.format("up"), detectors=["number"]).findings if f.severity > INFO]
    assert kept == []


def test_a_small_count_in_an_unrestated_copy_sentence_lists_what_follows() -> None:
    # "makes two claims" counts the claims the next sentences give; paired only by likeness with
    # the sentence holding "a 140-page study", it is no changed figure
    source = ("The mine would employ 450 people. The council alleges that ministry officials met its elected leaders "
              "only twice before issuing the permit and did not respond to a 140-page study, commissioned by the "
              "council, which warned that the mine's tailings dam could leak into the river.")
    copy = ("The mine would employ 450 people. The council also makes two claims about the ministry. It says ministry "
            "officials met its elected leaders only twice before they gave out the permit. It also says the ministry "
            "did not respond to a 140-page study that the council paid for, which warned that the tailings dam could "
            "leak.")
    report = factdiff.compare(source, copy, detectors=["number"])
    assert 1 not in report.alignment.aligned_copy
    assert [f.message for f in report.findings] == []

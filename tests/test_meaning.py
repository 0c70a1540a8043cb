"""Meaning flips: negation, antonyms, modality, hedges, role reversal (issue 5).

Table-driven: each row is a source sentence, a copy sentence and the expected finding
``(type, severity)`` of ``compare(src, cop, detectors=["polarity", "meaning"])``, or ``None``
when the copy keeps the meaning (no polarity/meaning finding at all).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factdiff
from factdiff import Severity

DETECTORS = ["polarity", "meaning"]
P, M = "polarity", "meaning"
MAJOR, MINOR = "major", "minor"

# -- negation removed or added ------------------------------------------------------------------
NEGATION = [
    ("The council has not approved the plan.", "The council has approved the plan.", (P, MAJOR)),
    ("The council approved the plan.", "The council did not approve the plan.", (P, MAJOR)),
    ("The senator will not run for re-election.", "The senator will run for re-election.", (P, MAJOR)),
    ("Police never charged the driver.", "Police charged the driver.", (P, MAJOR)),
    ("The company didn't pay the fine.", "The company paid the fine.", (P, MAJOR)),
    ("The minister cannot attend the summit.", "The minister can attend the summit.", (P, MAJOR)),
    ("No agreement was reached on Friday.", "An agreement was reached on Friday.", (P, MAJOR)),
    ("Nobody was injured in the blast.", "Several people were injured in the blast.", (P, MAJOR)),
    ("The deal is no longer in place.", "The deal is still in place.", (P, MAJOR)),
    ("The results were promising but not definitive.", "The results were promising and definitive.", (P, MAJOR)),
    ("He pleaded not guilty to fraud.", "He pleaded guilty to fraud.", (P, MAJOR)),
    ("The bank did not raise interest rates.", "The bank raised interest rates.", (P, MAJOR)),
    ("The court has not ruled on the appeal.", "The court has ruled on the appeal.", (P, MAJOR)),
    ("The mayor said the city would not close the library.",
     "The mayor said the city would close the library.", (P, MAJOR)),
    ("The strike was not called off.", "The strike was called off.", (P, MAJOR)),
    ("The vaccine is not safe for children.", "The vaccine is safe for children.", (P, MAJOR)),
    ("Officials have confirmed the report.", "Officials have not confirmed the report.", (P, MAJOR)),
    ("The team qualified for the final.", "The team did not qualify for the final.", (P, MAJOR)),
    ("The suspect was arrested on Thursday.", "The suspect was not arrested on Thursday.", (P, MAJOR)),
    ("The government will extend the program.", "The government will not extend the program.", (P, MAJOR)),
    ("Investors were not told about the losses.", "Investors were told about the losses.", (P, MAJOR)),
    ("The factory is not operating at full capacity.", "The factory is operating at full capacity.", (P, MAJOR)),
    ("The ceasefire has not held.", "The ceasefire has held.", (P, MAJOR)),
    ("The airline has resumed flights to the city.", "The airline has not resumed flights to the city.", (P, MAJOR)),
    ("The board did not sign the contract.", "The board signed the contract.", (P, MAJOR)),
    ("Neither candidate conceded the race.", "Both candidates conceded the race.", (P, MAJOR)),
    # a negated conjunct carries an elided clause: "but not the Senate" = "but did not pass the Senate"
    ("The bill passed the House but not the Senate.", "The bill passed the House and the Senate.", (P, MAJOR)),
    ("Police arrested the driver and the passenger.", "Police arrested the driver but not the passenger.",
     (P, MAJOR)),
    ("The bill passed the House but not the Senate.", "The bill passed the House, but the Senate did not pass it.",
     None),
    ("The bill passed the House but not the Senate.", "The bill cleared the House but the Senate did not.", None),
]

# -- implicit negation ("has yet to", "failed to", "refused to", "lack of", "without") ------------
IMPLICIT = [
    ("A final vote has yet to be scheduled.", "A final vote has been scheduled.", (P, MAJOR)),
    ("A lasting ceasefire has yet to materialize.", "The lasting ceasefire is still in place.", (P, MAJOR)),
    ("The deal has yet to materialize.", "The deal has materialized.", (P, MAJOR)),
    ("The party failed to win the seat.", "The party won the seat.", (P, MAJOR)),
    ("The council refused to approve the budget.", "The council approved the budget.", (P, MAJOR)),
    ("The company declined to comment on the lawsuit.", "The company commented on the lawsuit.", (P, MAJOR)),
    ("The witness was unable to identify the attacker.", "The witness identified the attacker.", (P, MAJOR)),
    ("The minister denied meeting the lobbyist.", "The minister admitted meeting the lobbyist.", (P, MAJOR)),
    ("The agency acted without approval.", "The agency acted with approval.", (P, MAJOR)),
    ("The reform stalled amid a lack of support in parliament.", "The reform stalled amid support in parliament.",
     (P, MAJOR)),
    ("The ship is yet to reach the port.", "The ship has reached the port.", (P, MAJOR)),
    ("He did not fail to pay the tax.", "He did not pay the tax.", (P, MAJOR)),
    ("The talks are not yet under way.", "The talks are under way.", (P, MAJOR)),
    ("The offer covers every store except the flagship in London.",
     "The offer covers every store, including the flagship in London.", (P, MAJOR)),
    ("Revenue, including the one-off gain, rose 5%.", "Revenue, excluding the one-off gain, rose 5%.", (M, MAJOR)),
    ("The offer covers every store except the flagship in London.",
     "The offer covers every store other than the flagship in London.", None),
    ("The museum is open every day except Monday.", "The museum is open every day except for Monday.", None),
]

# -- paraphrases that keep polarity ----------------------------------------------------------------
SAME_POLARITY = [
    ("The party failed to win the seat.", "The party did not win the seat.", None),
    ("The council rejected the plan.", "The council did not accept the plan.", None),
    ("The council did not approve the plan.", "The council rejected the plan.", None),
    ("The deal is still in place.", "The deal remains in place.", None),
    ("The council was not opposed to new homes.", "The council did not oppose new homes.", None),
    ("She said more research was needed.", "She said no more research was needed.", (P, MAJOR)),
    ("More trains will run tonight.", "No more trains will run tonight.", (P, MAJOR)),
    ("She said more research was needed before firm advice could be given.",
     "More research is needed before firm advice can be given, she said.", None),
    ("People who work night shifts may be more likely to develop heart disease.",
     "People who work night shifts will develop heart disease.", (M, MAJOR)),
    ("People who work night shifts may be more likely to develop heart disease.",
     "People who work night shifts could be more likely to develop heart disease.", None),
    # one copy sentence restating two: each copy word has its own counterpart
    ("Gordon Pike was found guilty of three counts of bribery. He was cleared of a fourth bribery charge.",
     "Gordon Pike was convicted of three counts of bribery, and acquitted of a fourth bribery charge.", None),
    ("Gordon Pike was found guilty of three counts of bribery. He was cleared of a fourth bribery charge.",
     "Gordon Pike was acquitted of three counts of bribery, and convicted of a fourth bribery charge.", (M, MAJOR)),
    ("The council approved the plan and rejected the budget.", "The council rejected the plan and approved the budget.",
     (M, MAJOR)),
    ("Chief executive Lars Moen said the company would not seek approval for the pill in its current form, but had not "
     "given up on the programme.", "The company will not apply for approval of the pill in its present form, chief "
     "executive Lars Moen said, though it has not abandoned the programme.", None),
    ("The council was not opposed to new homes.", "The council was opposed to new homes.", (P, MAJOR)),
    ("The design is not unlike the old one.", "The design is similar to the old one.", None),
    ("No fewer than 20 people were killed.", "At least 20 people were killed.", None),
    ("No more than 20 people attended.", "At most 20 people attended.", None),
    ("She has yet to see clear enough funding plans.",
     "She had not yet seen enough clear funding plans.", None),
    ("I don't think the plan will work.", "I think the plan won't work.", None),
    ("Officials do not believe the dam will fail.", "Officials believe the dam will not fail.", None),
    ("The company refused to pay the fine.", "The company did not pay the fine.", None),
    ("The witness was unable to identify the attacker.", "The witness could not identify the attacker.", None),
    ("The vote has yet to be scheduled.", "The vote has not been scheduled yet.", None),
    ("The agency acted without approval.", "The agency acted without permission.", None),
    ("He hardly slept before the match.", "He barely slept before the match.", None),
    ("The court has not ruled on the appeal.", "The appeal has not been decided by the court.", None),
    ("The minister never visited the region.", "The minister did not ever visit the region.", None),
    ("Sales did not fall last year.", "Sales did not drop last year.", None),
    ("The government has not lifted the ban.", "The ban has not been lifted by the government.", None),
    ("The ceasefire did not hold.", "The ceasefire failed to hold.", None),
    ("A final deal has not materialized.", "A final deal has yet to emerge.", None),
    ("The board declined to approve the merger.", "The board did not approve the merger.", None),
    ("The mayor did not say that the plan had been approved.",
     "The mayor did not say the plan was approved.", None),
    ("Nothing was stolen from the house.", "Nothing was taken from the house.", None),
]

# -- antonyms and direction -------------------------------------------------------------------------
ANTONYMS = [
    ("Council member Okafor opposed the plan.", "Council member Okafor supported the plan.", (M, MAJOR)),
    ("Fares will rise by 25 cents.", "Fares will fall by 25 cents.", (M, MAJOR)),
    ("The senate approved the bill.", "The senate rejected the bill.", (M, MAJOR)),
    ("The company cut its workforce.", "The company increased its workforce.", (M, MAJOR)),
    ("The government will increase taxes.", "The government will decrease taxes.", (M, MAJOR)),
    ("The incumbent won the election.", "The incumbent lost the election.", (M, MAJOR)),
    ("The union accepted the offer.", "The union declined the offer.", (M, MAJOR)),
    ("The city allowed the protest.", "The city banned the protest.", (M, MAJOR)),
    ("Exports rose in March.", "Exports fell in March.", (M, MAJOR)),
    ("Oil prices climbed on Monday.", "Oil prices dropped on Monday.", (M, MAJOR)),
    ("The jury acquitted the officer.", "The jury convicted the officer.", (M, MAJOR)),
    ("The firm posted a profit in 2023.", "The firm posted a loss in 2023.", (M, MAJOR)),
    ("The economy strengthened in the second quarter.", "The economy weakened in the second quarter.", (M, MAJOR)),
    ("The regulator lifted the ban on imports.", "The regulator imposed the ban on imports.", (M, MAJOR)),
    ("The ministry confirmed the report.", "The ministry denied the report.", (M, MAJOR)),
    ("The company hired 200 workers.", "The company fired 200 workers.", (M, MAJOR)),
    ("The fund bought shares of the bank.", "The fund sold shares of the bank.", (M, MAJOR)),
    ("The struggling carmaker cut jobs.", "The thriving carmaker cut jobs.", (M, MAJOR)),
    ("Analysts were optimistic about the merger.", "Analysts were pessimistic about the merger.", (M, MAJOR)),
    ("Unemployment increased last year.", "Unemployment decreased last year.", (M, MAJOR)),
    ("The country joined the alliance.", "The country left the alliance.", (M, MAJOR)),
    ("The store opened on Sunday.", "The store closed on Sunday.", (M, MAJOR)),
    ("Police arrested the protesters.", "Police released the protesters.", (M, MAJOR)),
    ("The bank will raise interest rates.", "The bank will lower interest rates.", (M, MAJOR)),
    ("The treaty was ratified by parliament.", "The treaty was rejected by parliament.", (M, MAJOR)),
    # the source says "higher" twice; the copy keeps one and turns the other around
    ("Operating margins were higher than last year and higher than analysts had forecast.",
     "Operating margins were higher than analysts had forecast but lower than last year.", (M, MAJOR)),
]

# -- antonym paraphrases that keep meaning ----------------------------------------------------------
SAME_DIRECTION = [
    ("Sales fell by 5%.", "Sales dropped by 5%.", None),
    ("The company cut its workforce.", "The company reduced its workforce.", None),
    ("Prices rose sharply.", "Prices increased sharply.", None),
    ("The senate approved the bill.", "The senate passed the bill.", None),
    ("The union rejected the offer.", "The union turned down the offer.", None),
    ("The city banned the protest.", "The city prohibited the protest.", None),
    ("The senator opposed the plan.", "The senator did not support the plan.", None),
    ("The team lost the final.", "The team did not win the final.", None),
    ("Exports did not fall in March.", "Exports did not drop in March.", None),
    ("The governor backed the proposal.", "The governor supported the proposal.", None),
    ("The minister criticized the decision.", "The minister condemned the decision.", None),
    ("The firm did not lose money.", "The firm did not lose money last year.", None),
    ("Orders increased sharply last quarter.", "Orders increased steeply last quarter.", None),
    ("The company offered no discount.", "The company did not offer a discount.", None),
    ("The company offered a 15% discount.", "The company offered no discount.", (P, MAJOR)),
]

# -- opposite tone in the same place: VADER valence, where WordNet has no antonym pair -------------
TONE = [
    ("The festival was a success for the town.", "The festival was a disaster for the town.", (M, MAJOR)),
    ("The new manager improved morale at the plant.", "The new manager damaged morale at the plant.", (M, MAJOR)),
    ("The report will highlight the risks of the project.", "The report will ignore the risks of the project.",
     (M, MAJOR)),
    ("The talks ended in agreement.", "The talks ended in failure.", (M, MAJOR)),
    ("The bank reported earnings of $2 billion.", "The bank reported losses of $2 billion.", (M, MAJOR)),
    ("The attack killed four soldiers.", "The assault killed four soldiers.", None),
    ("The team celebrated a victory.", "The team celebrated a win.", None),
    ("The protest was peaceful.", "The protest was calm.", None),
    ("The crisis hurt exporters.", "The downturn hurt exporters.", None),
    ("The move was welcomed by investors.", "The move was cheered by investors.", None),
]

# -- verb + preposition: "fight for" supports, "fight against" opposes -------------------------------
PREPOSITIONAL = [
    ("The senator voted for the bill.", "The senator voted against the bill.", (M, MAJOR)),
    ("Residents campaigned against the new road.", "Residents campaigned for the new road.", (M, MAJOR)),
    ("He fought against the reforms for years.", "He fought for the reforms for years.", (M, MAJOR)),
    ("He fought for the reforms for years.", "He supported the reforms for years.", None),
    ("He fought against the reforms for years.", "He opposed the reforms for years.", None),
    ("The union voted for the deal.", "The union backed the deal.", None),
    ("The strike was called off.", "The strike went ahead.", (M, MAJOR)),
    ("The plan was shelved.", "The plan went ahead.", (M, MAJOR)),
    ("The council went ahead with the vote.", "The council pressed ahead with the vote.", None),
    ("The court upheld the ruling.", "The court overturned the ruling.", (M, MAJOR)),
    ("Most residents opposed the plan.", "Few residents opposed the plan.", (M, MAJOR)),
    ("The storm weakened overnight.", "The storm intensified overnight.", (M, MAJOR)),
    ("Most analysts expect a cut.", "Many analysts expect a cut.", None),
    ("Inflation eased in March.", "Inflation accelerated in March.", (M, MAJOR)),
    ("The talks collapsed on Friday.", "The talks succeeded on Friday.", (M, MAJOR)),
    ("Residents signed a petition against the plan.", "Residents signed a petition in support of the plan.",
     (M, MAJOR)),
    ("Residents signed a petition against the plan.", "Residents signed a petition opposing the plan.", None),
    ("Councillors overruled the planning officers.", "Councillors backed the planning officers.", (M, MAJOR)),
    ("Councillors overruled the planning officers.", "Councillors overrode the planning officers.", None),
    ("The site has been empty since 2009.", "The site has been occupied since 2009.", (M, MAJOR)),
    ("The site has been empty since 2009.", "The site has stood vacant since 2009.", None),
    ("The pound rose against the dollar.", "The pound rose for the third day.", None),
    ("Hale was given a suspended sentence after he testified against Pike.",
     "Hale was given a suspended sentence after he testified for Pike.", (M, MAJOR)),
    ("The court ruled against the council.", "The court ruled in favour of the council.", (M, MAJOR)),
    ("The judge said she had reduced the sentence because of his poor health.",
     "The judge said she had reduced the sentence despite his poor health.", (M, MAJOR)),
    ("The judge said she had reduced the sentence because of his poor health.",
     "Because of his poor health, the judge said, she had cut the sentence.", None),
    ("The match went ahead despite the rain.", "Although it rained, the match went ahead.", None),
    ("Economists had expected the decision.", "Economists were surprised by the decision.", (M, MAJOR)),
    ("The decision surprised economists.", "Economists had not expected the decision.", None),
    ("Councillors said the offer was too small.", "Councillors said the offer was generous.", (M, MAJOR)),
    ("Councillors said the offer was too small.", "Councillors said the offer was not big enough.", None),
    ("Councillors said the offer was generous.", "Councillors said the offer was too small.", (M, MAJOR)),
    ("The company sells an automated system.", "The company sells a manual system.", (M, MAJOR)),
    ("The discount is for new customers.", "The discount is for existing customers.", (M, MAJOR)),
    ("The new rules apply to domestic flights.", "The new rules apply to international flights.", (M, MAJOR)),
    ("The new rules apply to domestic flights.", "The new rules cover flights within the country.", None),
    ("Shares dropped 11%, wiping about $9 billion off the company's market value.",
     "Shares dropped 11%, adding about $9 billion to the company's market value.", (M, MAJOR)),
    ("Shares dropped 11%, wiping about $9 billion off the company's market value.",
     "Shares dropped 11%, erasing roughly $9bn of the company's market value.", None),
]

# -- modality and certainty ---------------------------------------------------------------------------
MODALITY = [
    ("Northern Lines said on Monday it would cut up to 300 jobs.", "Northern Lines said on Monday it had cut up to 300 jobs.",
     (M, MAJOR)),
    ("Northern Lines said on Monday it would cut up to 300 jobs.", "Northern Lines said on Monday it will cut up to 300 jobs.",
     None),
    ("The airline said it has the option to buy 380 more planes, orders that would be split between two makers.",
     "The airline has the option to buy 380 more planes, split between two makers.", None),
    ("The bill would have expanded detention capacity by about 10%.",
     "The bill expanded detention capacity by about 10%.", (M, MAJOR)),
    ("The bill would have expanded detention capacity by about 10%.",
     "The bill would expand detention capacity by about 10%.", None),
    ("He said the firm would invest a further £200m by 2030, subject to approval by the regulator.",
     "He said the firm would invest a further £200m by 2030.", (M, MINOR)),
    ("He said the firm would invest a further £200m by 2030, subject to approval by the regulator.",
     "He said the firm would invest another £200m by 2030 if the regulator approves.", None),
    ("The deal will close in June, pending approval by shareholders.", "The deal will close in June.", (M, MINOR)),
    ("The new scheme would cut energy bills for most households.",
     "The new scheme cuts energy bills for most households.", ("meaning", "minor")),
    ("The bill would ban smoking in cars carrying children.", "The bill bans smoking in cars carrying children.",
     ("meaning", "minor")),
    ("The minister outlined the plan on Monday. It would cut bills by £100.",
     "The minister outlined the plan on Monday. It will cut bills by £100.", None),
    ("The new scheme would cut energy bills.", "The new scheme would reduce energy bills.", None),
    ("Officials said the bridge would reopen in May and would carry buses.",
     "Officials said the bridge will reopen in May and will carry buses.", None),
    ("The minister said taxes would not rise, and that spending would be cut.",
     "The minister said taxes will not rise and spending will be cut.", None),
    ("His plan would cost $200 billion a year, which he would pay for by repealing the tax cuts.",
     "His plan would cost $200 billion a year and be paid for by repealing the tax cuts.", None),
    ("Brabazon said his son would get upset but then turn around.",
     "Her son would get upset, his mother said, but then turn around.", None),
    ("Construction is expected to begin in 2026 if the council approves the plan.",
     "Construction will begin in 2026.", (M, MAJOR)),
    ("The strike may spread to other plants.", "The strike will spread to other plants.", (M, MAJOR)),
    ("The company could cut 500 jobs.", "The company will cut 500 jobs.", (M, MAJOR)),
    ("The ministry plans to build a new airport.", "The ministry will build a new airport.", (M, MINOR)),
    ("The bank is expected to raise rates.", "The bank will raise rates.", (M, MINOR)),
    ("The plant will close in May.", "The plant might close in May.", (M, MINOR)),
    ("Rebels seized the town.", "Rebels possibly seized the town.", (M, MINOR)),
    ("The bridge will reopen in June.", "The bridge will reopen in June.", None),
    ("The grants would cover 40% of the cost.", "The grants will cover 40% of the cost.", None),
    ("The minister might resign.", "The minister may resign.", None),
    ("The plant will close in May if the talks fail.", "The plant will close in May.", (M, MINOR)),
    ("The plant will close in May if the talks fail.", "If the talks fail, the plant will close in May.", None),
    ("The strike hit schools, if not hospitals.", "The strike hit schools.", None),
    ("The plant will close in May if not sold.", "The plant will close in May.", (M, MINOR)),
    # certainty of a negative claim: "may not" is a possibility, "will not" a certainty
    ("The rules may not cover bad weather.", "The rules will not cover bad weather.", (M, MAJOR)),
    ("The casino will not open in practice.", "The casino may not open in practice.", (M, MINOR)),
    ("The plan might not work.", "The plan may not work.", None),
    # "could not" is inability ("could not afford it" = did not), as certain as "was unable to"
    ("Many families could not afford the fees.", "Many families were unable to afford the fees.", None),
    # a plan or an expectation reported as done
    ("The company plans to open 50 stores next year.", "The company has opened 50 stores.", (M, MAJOR)),
    ("The minister is expected to resign.", "The minister has resigned.", (M, MAJOR)),
    ("The firm hopes to double sales.", "The firm will double sales.", (M, MINOR)),
    ("The drug appears to slow the disease.", "The drug slows the disease.", (M, MINOR)),
    # a that-clause someone believes, suspects or asks about, stated as fact
    ("Scientists believe the comet will pass safely.", "The comet will pass safely.", (M, MINOR)),
    ("Officials are investigating whether the bridge was unsafe.", "Officials found that the bridge was unsafe.",
     (M, MAJOR)),
    ("Scientists believe the comet will pass safely.", "Scientists say the comet will pass safely.", None),
    ("Police believe the fire was started deliberately.", "Police think the fire was started deliberately.", None),
    ("Officials are investigating whether the bridge was unsafe.",
     "Officials are examining whether the bridge was unsafe.", None),
    # "should" expects or advises; a subjunctive after "proposed" / "demanded" asks
    ("Work on the site is expected to take two years.", "Work on the site should take two years.", None),
    ("Work on the site should take two years.", "Work on the site took two years.", (M, MAJOR)),
    ("The report said the council should build more homes.", "The report said the council has built more homes.",
     (M, MAJOR)),
    ("The software can wipe the device should a user lose it.", "The software can wipe the device if a user loses it.",
     None),
    ("The union demanded that the manager be sacked.", "The manager was sacked.", (M, MAJOR)),
    ("The union demanded that the manager be sacked.", "The union said the manager should be sacked.", None),
    ("WinFS will require that applications be rewritten.", "Applications will have to be rewritten.", None),
    # the second infinitive of "weighing whether to seek X or to take Y" is weighed too
    ("The group was weighing whether to seek a rehearing or to take its case to federal court.",
     "The group is considering whether to ask for a rehearing or to take the case to federal court.", None),
    ("The group was weighing whether to seek a rehearing or to take its case to federal court.",
     "The group took its case to federal court.", (M, MAJOR)),
    ("The company plans to cut jobs and close two plants.", "The company closed two plants.", (M, MAJOR)),
    # a misspelt name makes spaCy read "delete" as an adjective: one word parsed two ways has no
    # modality of its own to compare
    ("The virus attempts to disable or delete Microsoft's security tool and hide warning messages.",
     "The virus attempts to disable or delete Mircosoft's security tool and hide warning messages.", None),
    # "can" and "may" both say what is allowed
    ("The law caps how much groundwater large farms can pump each year.",
     "The law limits how much groundwater large farms may pump each year.", None),
]

# -- hedges ---------------------------------------------------------------------------------------------
HEDGES = [
    ("The senator allegedly accepted bribes.", "The senator accepted bribes.", (M, MAJOR)),
    ("The alleged gunman was arrested on Sunday.", "The gunman was arrested on Sunday.", (M, MAJOR)),
    ("Rebels are said to have seized the airport.", "Rebels have seized the airport.", (M, MAJOR)),
    ("The army reportedly shelled the village.", "The army shelled the village.", (M, MAJOR)),
    ("The army shelled the village.", "The army reportedly shelled the village.", (M, MINOR)),
    ("The senator allegedly accepted bribes.", "The senator reportedly accepted bribes.", None),
    ("Police suspect the fire was arson.", "The fire was arson.", (M, MAJOR)),
    ("Police suspect the fire was arson.", "Police believe the fire was arson.", None),
]

# -- who did what to whom ---------------------------------------------------------------------------------
ROLES = [
    ("Smith accused Jones of fraud.", "Jones accused Smith of fraud.", (M, MAJOR)),
    ("Germany defeated France in the final.", "France defeated Germany in the final.", (M, MAJOR)),
    ("Apple sued Samsung over the patents.", "Samsung sued Apple over the patents.", (M, MAJOR)),
    ("Smith was attacked by Jones.", "Smith attacked Jones.", (M, MAJOR)),
    ("Microsoft acquired LinkedIn in 2016.", "LinkedIn acquired Microsoft in 2016.", (M, MAJOR)),
    ("Smith accused Jones of fraud.", "Jones was accused of fraud by Smith.", None),
    ("Germany defeated France in the final.", "France was defeated by Germany in the final.", None),
    # a plural name spaCy reads as a common noun when it is the object ("the Lakers" → "laker")
    ("The Lakers defeated the Celtics in overtime.", "The Celtics defeated the Lakers in overtime.", (M, MAJOR)),
    ("The Lakers defeated the Celtics in overtime.", "The Celtics were defeated by the Lakers in overtime.", None),
    ("Apple sued Samsung over the patents.", "Apple filed a lawsuit against Samsung over the patents.", None),
    # the agent and the other party of "to" / "from" / "against"
    ("The company sold its stake to the bank.", "The bank sold its stake to the company.", (M, MAJOR)),
    ("Germany won against France.", "France won against Germany.", (M, MAJOR)),
    ("Apple signed a deal with Samsung.", "Samsung signed a deal with Apple.", None),
    # converse verbs: one event seen from its other side
    ("The company sold its stake to the bank.", "The bank bought the stake from the company.", None),
    ("The bank lent the city $2 million.", "The city borrowed $2 million from the bank.", None),
    ("The bank lent the city $2 million.", "The bank borrowed $2 million from the city.", (M, MAJOR)),
    # one named party changed sides, a pronoun on the other side both times
    ("He accused the mayor of breaking a promise.", "The mayor accused him of breaking a promise.", (M, MAJOR)),
    ("They sued the council over the decision.", "The council sued them over the decision.", (M, MAJOR)),
    ("He accused the mayor of breaking a promise.", "He said the mayor had broken a promise.", None),
    ("She thanked the coach for his support.", "She expressed gratitude to the coach for his support.", None),
    ("He accused the mayor of lying.", "The mayor was accused by him of lying.", None),
    # a verb and its object that say one act: the preposition's object is the act's patient
    ("The alliance sued the department in federal court.",
     "The department filed suit against the alliance in federal court.", (M, MAJOR)),
    ("The alliance sued the department in federal court.",
     "The alliance filed suit against the department in federal court.", None),
    ("The ministry investigated the company over the leak.",
     "The company opened an investigation into the ministry over the leak.", (M, MAJOR)),
    ("The ministry investigated the company over the leak.",
     "The ministry opened an investigation into the company over the leak.", None),
    ("The union filed a lawsuit against the airline over pay.", "The airline sued the union over pay.", (M, MAJOR)),
    # the doers of two verbs changed places, a name in apposition included
    ("Ashcroft relied on figures supplied by Voss.", "Voss relied on figures supplied by Ashcroft.", (M, MAJOR)),
    ("Pratt argued that Ashcroft had relied on figures supplied by his former chief operating officer, Lena Voss.",
     "Pratt argued that Lena Voss, the former chief operating officer, had relied on figures supplied by Ashcroft.",
     (M, MAJOR)),
    ("Ashcroft relied on figures supplied by Voss.", "Figures supplied by Voss were relied on by Ashcroft.", None),
    # "meet with X" meets X
    ("The fans' trust said Harcastle had refused to meet with the trust.",
     "The fans' trust said the trust had refused to meet Harcastle.", (M, MAJOR)),
    ("The fans' trust said Harcastle had refused to meet with the trust.",
     "The fans' trust said Harcastle had refused to meet the trust.", None),
]

# -- other rewordings that keep meaning ---------------------------------------------------------------------
REWORDED = [
    ("The council delayed the vote until March.", "The council postponed the vote until March.", None),
    ("The protesters gathered outside parliament.", "Demonstrators assembled outside parliament.", None),
    ("The storm killed 12 people.", "Twelve people were killed by the storm.", None),
    ("The company reported higher profits.", "The company reported increased profits.", None),
    ("Officials said the road would remain closed.", "The road will stay closed, officials said.", None),
    ("The president signed the bill into law.", "The bill was signed into law by the president.", None),
    ("The minister resigned on Tuesday.", "The minister stepped down on Tuesday.", None),
    ("The fire was brought under control.", "Firefighters brought the fire under control.", None),
]

#: quantifiers and scope ("all" / "some", "comprehensive" / "limited"), "not all" read as a negation
SCOPE = [
    ("Most residents opposed the plan.", "All residents opposed the plan.", ("meaning", "major")),
    ("About £400,000 of the stolen money has been recovered.", "All of the stolen money has been recovered.",
     ("meaning", "major")),
    ("More than half of the money has been recovered.", "All of the money has been recovered.", ("meaning", "major")),
    ("Many shops closed early on Friday.", "Most shops closed early on Friday.", ("meaning", "minor")),
    ("Nearly all of the money has been recovered.", "All of the money has been recovered.", ("meaning", "minor")),
    ("Most residents opposed the plan.", "Many residents opposed the plan.", None),
    ("All residents opposed the plan.", "Every resident opposed the plan.", None),
    ("The whole village turned out for the vote.", "The entire village turned out for the vote.", None),
    ("The podcast gives support to all simmers in the community.",
     "The podcast gives support to some simmers in the community.", ("meaning", "major")),
    ("Each of the five victims was taken to hospital.", "Some of the five victims were taken to hospital.",
     ("meaning", "major")),
    ("The company always pays its suppliers on time, the report said.",
     "The company sometimes pays its suppliers on time, the report said.", ("meaning", "major")),
    ("The government announced a comprehensive reform of the pension system.",
     "The government announced a limited reform of the pension system.", ("meaning", "major")),
    ("The shop sells a wide range of products.", "The shop sells a limited range of products.", ("meaning", "major")),
    ("The minister said the deal was crucial for the region's economy.",
     "The minister said the deal was irrelevant for the region's economy.", ("meaning", "major")),
    ("Not all members voted for the plan.", "All members voted for the plan.", ("polarity", "major")),
    ("Not all of the members voted for the plan on Tuesday.",
     "Some of the members did not vote for the plan on Tuesday.", None),
    ("Some 300 people attended the rally in the capital on Sunday.",
     "All 300 people attended the rally in the capital on Sunday.", None),
    ("All of the 12 miners were rescued on Friday, officials said.",
     "The 12 miners were all rescued on Friday, officials said.", None),
    ("Some analysts expect the central bank to cut rates in March.",
     "Several analysts expect the central bank to cut rates in March.", None),
    ("Every year, the festival draws large crowds to the town.",
     "Each year, the festival draws large crowds to the town.", None),
    ("The board ordered a comprehensive review of its safety rules.",
     "The board ordered a full review of its safety rules.", None),
    ("The strike affected some flights but not all of them.", "The strike affected some flights, though not all.", None),
    ("He played a crucial role in the talks.", "He played a key role in the talks.", None),
    ("The company reported a significant rise in earnings.", "The company reported a moderate rise in earnings.",
     ("meaning", "minor")),
    ("The quake caused moderate damage.", "The quake caused minor damage.", None),
    # a quantifier in another sentence, on the same noun, is no swap
    ("The exchange kept ledgers of all funds owed to customers. In August it moved $1 billion to hedge funds.",
     "In August the exchange moved $1 billion to several hedge funds.", None),
]

# -- a process moved along, a future told as done ---------------------------------------------
STAGES = [
    ("The council has put the tram project on hold.", "The council has scrapped the tram project.", (M, MAJOR)),
    ("The tram project is on hold.", "The tram project has been cancelled.", (M, MAJOR)),
    ("The union put its strike plans on hold while talks continue.",
     "The union called off its strike while talks continue.", (M, MAJOR)),
    ("The council has put the tram project on hold.", "The council has delayed the tram project.", None),
    ("The tram project is on hold.", "The tram project has been postponed.", None),
    ("He was accused of fraud.", "He was convicted of fraud.", (M, MAJOR)),
    ("She was arrested on suspicion of murder.", "She was charged with murder.", (M, MAJOR)),
    ("Two men were arrested after the attack on the mosque.", "Two men were jailed after the attack on the mosque.",
     (M, MAJOR)),
    ("Prosecutors are investigating the mayor over the land deal.",
     "Prosecutors have charged the mayor over the land deal.", (M, MAJOR)),
    ("The council voted to delay the tram extension by two years.", "The council voted to scrap the tram extension.",
     (M, MAJOR)),
    ("The festival was postponed because of the storm.", "The festival was cancelled because of the storm.",
     (M, MAJOR)),
    ("The council voted to delay the tram extension by two years.",
     "The council voted to postpone the tram extension by two years.", None),
    ("The festival was cancelled because of the storm.", "The festival was postponed because of the storm.",
     (M, MINOR)),
    ("The senator proposed a bill to ban the sale of guns.", "The senator passed a bill to ban the sale of guns.",
     (M, MAJOR)),
    ("The study found a link between coffee and heart disease.",
     "The study found that coffee causes heart disease.", (M, MAJOR)),
    ("The former minister was convicted of bribery in 2019.", "The former minister was accused of bribery in 2019.",
     (M, MINOR)),
    ("The government will raise taxes on fuel.", "The government raised taxes on fuel.", (M, MAJOR)),
    ("The company will open two stores in Leeds.", "The company has opened two stores in Leeds.", (M, MAJOR)),
    ("The company opened two stores in Leeds.", "The company will open two stores in Leeds.", (M, MINOR)),
    # the same step in other words, a step dropped, steps said of different things
    ("Police arrested two suspects after the raid.", "Two suspects were detained by police after the raid.", None),
    ("He was arrested and charged with fraud.", "He was charged with fraud.", None),
    ("Parliament passed the law on Tuesday.", "Parliament approved the law on Tuesday.", None),
    ("He was found guilty of fraud in May.", "He was convicted of fraud in May.", None),
    ("Police arrested six suspects who fled the raid.", "Six suspects who fled the raid were arrested.", None),
    ("Drinking coffee is associated with a lower risk of heart disease.",
     "Coffee drinking is linked to a lower risk of heart disease.", None),
    ("The minister proposed new rules for banks; the committee approved the budget.",
     "The minister proposed new rules for banks.", None),
    ("The council will vote on the plan on Monday.", "The council is to vote on the plan on Monday.", None),
    ("The company said it will cut 500 jobs.", "The company says it will cut 500 jobs.", None),
    # the copy's step said about the same thing elsewhere in the source; each side at its furthest step
    ("Police are investigating the death. Later on Sunday a 32-year-old man was arrested at his home in Leeds.",
     "Police have arrested a man over the death.", None),
    ("Police arrested a man on Sunday.", "A man was arrested on suspicion of murder on Sunday.", None),
    ("He was accused of fraud. His brother was convicted of theft in 2019.", "He was convicted of fraud.", (M, MAJOR)),
    ("The former mayor was charged with fraud last year.", "The former mayor faces jail for fraud.", None),
    # participles before a noun: no predicate of their own, compared in the same place
    ("The proposed merger was blocked by regulators.", "The approved merger was blocked by regulators.", (M, MAJOR)),
    ("The suspected killer later died in hospital.", "The convicted killer later died in hospital.", (M, MAJOR)),
    ("The convicted fraudster was freed on Monday.", "The accused fraudster was freed on Monday.", (M, MINOR)),
    ("The proposed law had a troubled passage through parliament.",
     "The planned law had a troubled passage through parliament.", None),
    ("The convicted fraudster was freed on Monday.", "The fraudster, who was convicted in 2019, was freed on Monday.",
     None),
    ("A compound found in coffee slowed the growth of liver tumours.",
     "A compound found in coffee stops the growth of liver tumours.", (M, MAJOR)),
    ("The drug eased symptoms in some patients during the trial.", "The drug cured patients during the trial.",
     (M, MAJOR)),
    ("The new barrier curbed flooding in the old town.", "The new barrier prevented flooding in the old town.",
     (M, MAJOR)),
    ("The vaccine prevented severe illness in most adults.", "The vaccine reduced severe illness in most adults.",
     (M, MINOR)),
    ("The measures eased congestion in the city centre.", "The measures reduced congestion in the city centre.", None),
    ("The new rules slowed the spread of the disease.", "The new rules curbed the spread of the disease.", None),
    # a participle in a copy sentence that fuses two source sentences, read against its part
    ("Thousands of campaigners marched through the city centre on Saturday. They were protesting against the proposed "
     "law on public gatherings.", "Thousands of campaigners marched through the city centre on Saturday, protesting "
     "against the approved law on public gatherings.", (M, MAJOR)),
    ("Thousands of campaigners marched through the city centre on Saturday. They were protesting against the proposed "
     "law on public gatherings.", "Thousands of campaigners marched through the city centre on Saturday, protesting "
     "against the proposed law on public gatherings.", None),
]

# -- a limit dropped ------------------------------------------------------------------------------
LIMITS = [
    ("It is one of the largest banks in Europe.", "It is the largest bank in Europe.", (M, MAJOR)),
    ("The company is among the biggest employers in the region.",
     "The company is the biggest employer in the region.", (M, MAJOR)),
    ("Some experts say the vaccine is unsafe.", "Experts say the vaccine is unsafe.", (M, MINOR)),
    ("Most of the funds were spent on salaries.", "The funds were spent on salaries.", (M, MINOR)),
    ("The fall was partly caused by higher interest rates.", "The fall was caused by higher interest rates.",
     (M, MINOR)),
    ("Analysts credited the surge among young voters partly to the campaign on housing costs.",
     "Analysts attributed part of the jump among young voters to the campaign on housing costs.", None),
    ("Apple is one of the most valuable firms in the world.", "Apple is the most valuable firm in the world.",
     (M, MAJOR)),
    ("He is one of the richest men in Britain.", "He is among the richest men in Britain.", None),
    ("She bought some butter at the market.", "She bought butter at the market.", None),
    ("Some experts say the vaccine is unsafe.", "Some scientists say the vaccine is unsafe.", None),
    ("It is one of the largest banks in Europe.", "It ranks among Europe's largest banks.", None),
    ("Mice given the compound developed tumours that were 30 percent smaller than those in untreated mice.",
     "Patients given the compound developed tumours that were 30 percent smaller.", (M, MAJOR)),
    ("A compound found in coffee slowed the growth of liver tumours in mice.",
     "A compound found in coffee slowed the growth of liver tumours.", (M, MAJOR)),
    ("The drug shrank tumours in laboratory rats.", "The drug shrank tumours.", (M, MAJOR)),
    ("A preliminary study published on Thursday found a link between coffee and liver health.",
     "A study published on Thursday found a link between coffee and liver health.", (M, MINOR)),
    ("Early results suggest the vaccine is safe.", "Results suggest the vaccine is safe.", (M, MINOR)),
    ("The drug shrank tumours in rats, the study found.", "The study found the drug shrank tumours in rats.", None),
    ("The early years of the war were the hardest.", "The years of the war were the hardest.", None),
    ("Tumours were 30 percent smaller than those in untreated mice.", "Tumours were 30 percent smaller.", None),
]

# -- phrasal verbs turned around, news opposites, "unlikely to" -------------------------------------
PHRASAL = [
    ("The index ticked up on Monday.", "The index ticked down on Monday.", (M, MAJOR)),
    ("The government plans to phase in the new rules.", "The government plans to phase out the new rules.",
     (M, MAJOR)),
    ("Most employees opted in to the pension scheme.", "Most employees opted out of the pension scheme.", (M, MAJOR)),
    ("The minister stepped down on Monday.", "The minister stepped up on Monday.", (M, MAJOR)),
    ("The company scaled back its expansion plans.", "The company ramped up its expansion plans.", (M, MAJOR)),
    ("The president vetoed the spending bill on Friday.", "The president signed the spending bill on Friday.",
     (M, MAJOR)),
    ("The plan was shelved after the election.", "The plan was adopted after the election.", (M, MAJOR)),
    ("The ceasefire collapsed within hours.", "The ceasefire held for hours.", (M, MAJOR)),
    ("The regulator cleared the merger on Wednesday.", "The regulator blocked the merger on Wednesday.", (M, MAJOR)),
    ("Officials said the bridge was unlikely to reopen before spring.",
     "Officials said the bridge would reopen before spring.", (P, MAJOR)),
    ("The bridge is unlikely to reopen before spring.", "The bridge will not reopen before spring.", (M, MINOR)),
    ("The court acquitted the former mayor of corruption charges.",
     "The court convicted the former mayor of corruption charges.", (M, MAJOR)),
    ("The bridge is unlikely to reopen before spring.", "The bridge probably won't reopen before spring.", None),
    ("The bridge is unlikely to reopen before spring.", "The bridge is not expected to reopen before spring.", None),
    ("The index ticked up on Monday.", "The index edged up on Monday.", None),
    ("The minister stepped down on Monday.", "The minister resigned on Monday.", None),
    ("The company scaled back its expansion plans.", "The company cut back its expansion plans.", None),
    ("Prices went up in March.", "Prices rose in March.", None),
    ("The singer called off the tour.", "The singer cancelled the tour.", None),
    ("The talks were held in Geneva.", "The talks took place in Geneva.", None),
    ("The ceasefire held despite sporadic shelling.", "The ceasefire survived despite sporadic shelling.", None),
    ("The council voted 7-4 against extending the tram.", "The council voted 7-4 in favour of extending the tram.",
     (M, MAJOR)),
    ("The council voted for the plan.", "The council voted in favour of the plan.", None),
    ("Sales were flat in the third quarter.", "Sales rose in the third quarter.", (M, MAJOR)),
    ("Unemployment held steady at 5 percent.", "Unemployment fell to 5 percent.", (M, MAJOR)),
    ("Sales were flat in the third quarter.", "Sales were unchanged in the third quarter.", None),
    ("Prices rose in March but were flat in April.", "Prices increased in March and stayed flat in April.", None),
]

# -- a clause left unsaid: "no evidence that", "no plans to", "did nothing to" -----------------------
UNSAID = [
    ("Health officials said there was no evidence the outbreak had spread beyond the county.",
     "According to health authorities, the outbreak has spread beyond the county.", (P, MAJOR)),
    ("There is no evidence that vaccines cause autism.", "Vaccines cause autism.", (P, MAJOR)),
    ("The company said it had no plans to cut jobs at its Leeds factory.",
     "The firm announced plans to cut jobs at its factory in Leeds.", (P, MAJOR)),
    ("The firm has no intention of selling the unit.", "The firm intends to sell the unit.", (P, MAJOR)),
    ("Investigators found nothing to suggest the fire was started deliberately.",
     "Investigators said the fire was started deliberately.", (P, MAJOR)),
    ("The government did nothing to stop the violence.", "The government stopped the violence.", (P, MAJOR)),
    ("Officials saw no reason to close the school.", "Officials decided to close the school.", (P, MAJOR)),
    ("Police said there were no signs that the men had been robbed.", "Police said the men had been robbed.",
     (P, MAJOR)),
    ("Police did not find any evidence that the men had been robbed.", "Police said the men had been robbed.",
     (P, MAJOR)),
    ("Critics say the reform will do little to reduce waiting times.",
     "Critics say the reform will sharply reduce waiting times.", (P, MINOR)),
    ("There is no evidence that vaccines cause autism.", "Vaccines do not cause autism.", (M, MINOR)),
    ("There is no doubt that the plant will close.", "The plant will close.", None),
    ("There is no evidence that vaccines cause autism.", "There is little evidence that vaccines cause autism.", None),
    ("The firm has no intention of selling the unit.", "The firm does not intend to sell the unit.", None),
    ("Investigators found nothing to suggest the fire was started deliberately.",
     "Investigators found no evidence the fire was started deliberately.", None),
    ("There is no risk that the dam will fail.", "The dam will not fail.", None),
    ("The government did nothing to stop the violence.", "The government failed to stop the violence.", None),
    ("The company has plans to open a store in Lima.", "The company will open a store in Lima.", None),
    ("The researchers said it is far too early to recommend coffee as a treatment.",
     "The researchers said coffee can be recommended as a treatment.", (P, MAJOR)),
    ("The results were intriguing but far from conclusive.", "The results were intriguing and conclusive.", (P, MAJOR)),
    ("The survey was too small to show an effect.", "The survey showed an effect.", (P, MAJOR)),
    ("The firm was too big to fail.", "The firm could not fail.", None),
    ("It is too early to say whether the plan will work.",
     "It is not yet possible to say whether the plan will work.", None),
    ("He said it was too early to discuss further rate cuts.", "He said it was too soon to discuss further rate cuts.",
     None),
    ("The results were far from conclusive.", "The results were inconclusive.", None),
    ("The results were far from conclusive.", "The results were not conclusive.", None),
    ("The deal will create jobs over the next few years.", "The deal will create jobs over the next years.", None),
    ("Removing the waiver means nothing when the rival still has a lawsuit pending.",
     "Removing the waiver means nothing while the rival still has a lawsuit pending.", None),
]

# -- one claim in other words: light verbs, "nor", "refusal to", "less severe", "not ruled out" ---------
RESTATED = [
    ("Vermont is one of the states that does not have a bottle tax.", "Vermont is one of the states without a bottle tax.",
     None),
    ("The airline confirmed the delay but gave no details.", "The airline confirmed the delay but declined to give details.",
     None),
    ("None of the judges picked her, nor was she asked to perform.",
     "None of the judges picked her and she was not asked to perform.", None),
    ("The row began with the mayor's refusal to attend the hearing.",
     "The row began when the mayor refused to attend the hearing.", None),
    ("The flaw comes from the browser's failure to check the file type.",
     "The flaw occurs because the browser does not check the file type.", None),
    ("The ruling prevents the firm from using the brand.", "The ruling orders the firm to stop using the brand.", None),
    ("The fund keeps taxed and non-taxed income apart.", "The fund keeps taxed and nontaxed income apart.", None),
    ("The drug did not prevent mild memory loss.", "The drug did not prevent less-severe memory loss.", None),
    ("Police think a second attacker may have been involved.",
     "Police have not ruled out that a second attacker may have been involved.", None),
    ("He did not call the office, nor did he write to the board.",
     "He did not call the office and did not write to the board.", None),
    ("The driver could face ten years in prison if convicted.", "The driver faces ten years in prison if convicted.",
     (M, MINOR)),
    ("The minister neither confirmed nor denied the report.", "The minister denied the report.", (P, MAJOR)),
    ("The court barred the company from selling the drug.", "The court allowed the company to sell the drug.",
     (P, MAJOR)),
    ("The row began with the mayor's refusal to attend the hearing.",
     "The row began when the mayor agreed to attend the hearing.", (P, MAJOR)),
    ("The firm offered no discount to new customers.", "The firm declined to offer a discount to new customers.",
     None),
    ("Neither tariffs nor subsidies can save the mill, he said.",
     "He admitted that neither tariffs nor subsidies would save the mill.", None),
    ("Inspectors took pictures without being challenged.", "Inspectors took pictures without anyone challenging them.",
     None),
    ("The singer said neither she nor her band is for sale.", "The singer said she and her band are not for sale.", None),
    ("Analysts said the results were disappointing but not alarming.", "Analysts said the results were alarming.",
     (P, MAJOR)),
    ("The hotel was cheap and clean.", "The hotel was clean and cheap.", None),
]

NOT_SAID = [
    ("The ministry neither confirmed nor denied the report.", "The ministry confirmed the report.", (P, MAJOR)),
    ("The ministry neither confirmed nor denied the report.", "The ministry would not confirm or deny the report.",
     None),
    ("The council did not approve or reject the plan.", "The council neither approved nor rejected the plan.", None),
    ("The council did not approve or reject the plan.", "The council rejected the plan.", (P, MAJOR)),
    ("The agreement is non-binding, officials said.", "The agreement is binding, officials said.", (P, MAJOR)),
    ("The protest was non-violent, police said.", "The protest was violent, police said.", (P, MAJOR)),
    ("The protest was non-violent, police said.", "Police said the protest was peaceful and non-violent.", None),
    ("The crisis is far from over, the minister warned.", "The crisis is over, the minister warned.", (P, MAJOR)),
    ("The crisis is far from over, the minister warned.", "The minister warned that the crisis is not over.", None),
    ("The strike is over, the union said.", "The union said the strike is not over.", (P, MAJOR)),
    ("The talks were over by noon.", "By noon the talks were over.", None),
    ("The bank ramped up lending to small firms last year.", "The bank scaled back lending to small firms last year.",
     (M, MAJOR)),
    ("The bank ramped up lending to small firms last year.", "Last year the bank stepped up lending to small firms.",
     None),
]

STUDIES = [
    ("Only a minority of patients responded to the treatment.", "Most patients responded to the treatment.",
     (M, MAJOR)),
    ("Only a minority of patients responded to the treatment.", "Few patients responded to the treatment.", None),
    ("The effect disappeared after six months.", "The effect persisted after six months.", (M, MAJOR)),
    ("The effect disappeared after six months.", "The effect faded after six months.", None),
    ("The risk was slightly higher in women.", "The risk was much higher in women.", (M, MINOR)),
    ("The risk was much higher in women.", "The risk was far higher in women.", None),
    ("Researchers found the diet had little effect on weight.", "Researchers found the diet had an effect on weight.",
     (P, MINOR)),
    ("Researchers found the diet had little effect on weight.", "The diet had hardly any effect on weight.", None),
    ("The vaccine protected against severe disease but not against infection.",
     "The vaccine protected against infection.", (P, MAJOR)),
    ("The vaccine protected against severe disease but not against infection.",
     "The vaccine protected against severe disease and infection.", (P, MAJOR)),
    ("The vaccine protected against severe disease but not against infection.",
     "The vaccine prevented severe disease but did not stop infection.", None),
    ("The effect was seen in men but not in women.", "The effect was seen in both men and women.", (P, MAJOR)),
    ("The effect was seen in men but not in women.", "The effect was seen in women.", (P, MAJOR)),
    ("The effect was seen in men but not in women.", "The effect appeared in men, but not in women.", None),
    ("The relief bill passed the House on Wednesday but has not yet been taken up by the Senate.",
     "The relief bill passed the House and the Senate on Wednesday.", (P, MAJOR)),
    ("Exports rose in France and Germany, but Italy did not report figures.",
     "Exports rose in France, Germany and Italy.", (P, MAJOR)),
    ("Exports rose in France and Germany, but Italy did not report figures.",
     "Exports rose in Germany and France; Italy gave no figures.", None),
    ("The relief bill passed the House on Wednesday but has not yet been taken up by the Senate.",
     "The relief bill passed the House on Wednesday; the Senate has yet to take it up.", None),
]

IDIOMS = [
    ("The plan was anything but popular.", "The plan was unpopular.", None),
    ("The plan was anything but popular.", "The plan was popular.", (P, MAJOR)),
    ("The airport remained closed on Sunday.", "The airport did not reopen on Sunday.", None),
    ("The airport remained closed on Sunday.", "The airport reopened on Sunday.", (M, MAJOR)),
    ("The strike has ended.", "The strike is over.", None),
    ("The strike has ended.", "The strike is not over.", (P, MAJOR)),
    ("The company avoided a loss.", "The company did not make a loss.", None),
    ("The driver escaped injury.", "The driver was not injured.", None),
    ("The company avoided a loss.", "The company made a loss.", (P, MAJOR)),
    ("The plan lacks support.", "The plan has support.", (P, MAJOR)),
    ("No talks with investors have taken place, she said. Works will take place next spring.",
     "She said no talks with investors had been held. Preliminary works take place next spring.", None),
    ("No talks with investors have taken place.", "Talks with investors have taken place.", (P, MAJOR)),
    ("The plan lacks support.", "The plan has little support.", None),
    ("The bank offers a 30-day risk-free trial.", "The bank offers a 30-day trial with no risk.", None),
    ("The bank offers a 30-day risk-free trial.", "The bank does not offer a risk-free trial.", (P, MAJOR)),
    ("Sales rose 20%, indicating that the company has emerged stronger from the downturn.",
     "Sales rose 20%, showing that the company has emerged stronger from the downturn.", None),
    ("The group considered removing some features to cut costs.",
     "The group contemplated removing some features to cut costs.", None),
    ("The firm plans to cut its debt.", "The firm unveiled a framework focused on cutting its debt.", None),
    ("The firm hopes to reduce its debt.", "The firm's strategy includes reducing its debt.", None),
    ("The firm plans to sell the unit.", "After selling the unit, the firm paid its debts.", (M, MINOR)),
    ("A sales agent spoke to a client.", "A sales agent called a potential client.", None),
    ("Officers were still trying to trace the money.", "Officers were working to trace the money.", None),
    ("Officers were working to trace the money.", "Officers traced the money.", (M, MAJOR)),
    ("He sold the house to pay his debts.", "He paid his debts by selling the house.", None),
    ("His lawyer said he had not spent the money on luxuries but on gambling debts.",
     "His lawyer said he had spent the money on gambling debts rather than luxuries.", None),
    ("He did not buy a car.", "He bought a car.", (P, MAJOR)),
    ("He had not spent the money on luxuries but on gambling debts.", "He had spent the money on luxuries.",
     (P, MAJOR)),
    ("He did not buy a car but a bike.", "He bought a car.", (P, MAJOR)),
    ("He did not buy a car but a bike.", "He bought a bike instead of a car.", None),
    ("The man pleaded guilty to manslaughter.", "The man pleaded guilty to murder instead of manslaughter.",
     (P, MAJOR)),
    ("Michel denied that US pressure had provoked the move.",
     "Michel denied that it was US pressure which had provoked the move.", None),
    ("The report stopped short of recommending a ban.", "The report recommended a ban.", (P, MAJOR)),
    ("The scientists said the results were preliminary.", "The scientists said the results were final.",
     (M, MAJOR)),
    ("The scientists said the results were preliminary.", "The scientists said the results were provisional.",
     None),
    ("The report stopped short of recommending a ban.", "The report did not recommend a ban.", None),
    ("The team fell short of winning the title.", "The team won the title.", (P, MAJOR)),
    ("Not a single vote was cast against the bill.", "Several votes were cast against the bill.", (P, MAJOR)),
    ("Not a single vote was cast against the bill.", "No votes were cast against the bill.", None),
    ("Michel denied that US pressure had provoked the move.",
     "Michel said that it was US pressure which had provoked the move.", (P, MAJOR)),
    ("While the first pair had one operation, doctors plan three for the second pair.",
     "Instead of one long operation for the second pair, doctors plan three.", None),
    ("The former manager was jailed for fraud.", "The former manager was cleared of fraud.", (M, MAJOR)),
    ("Unemployment rose slightly to 4.2%.", "Unemployment soared to 4.2%.", (M, MINOR)),
    ("Shares plunged after the report.", "Shares fell slightly after the report.", (M, MINOR)),
    ("Shares plunged after the report.", "Shares tumbled after the report.", None),
    ("Unemployment rose slightly to 4.2%.", "Unemployment edged up to 4.2%.", None),
    ("Residents were advised to stay indoors.", "Residents were ordered to stay indoors.", (M, MAJOR)),
    ("Residents were advised to stay indoors.", "Residents were urged to stay indoors.", None),
    ("The vote was postponed until next month.", "The vote took place as planned.", (M, MAJOR)),
    ("The government has so far resisted calls for an inquiry.", "The government has agreed to an inquiry.",
     (M, MAJOR)),
    ("Talks broke down without agreement.", "Talks ended in agreement.", (P, MAJOR)),
    ("Talks broke down without agreement.", "Talks collapsed with no agreement.", None),
    ("The rebels denied responsibility for the attack.", "The rebels claimed responsibility for the attack.",
     (M, MAJOR)),
    ("The company said it expects profits to fall.", "The company said profits fell.", (M, MAJOR)),
    ("The company said it expects profits to fall.", "The company said it predicts a fall in profits.", None),
    ("Police believe the fire was started deliberately.", "Police said the fire was started deliberately.", None),
    ("The firm said the outage was caused by a software update, not a cyber attack.",
     "The firm said the outage was caused by a cyber attack.", (P, MAJOR)),
    ("The firm said the outage was caused by a software update, not a cyber attack.",
     "The firm said a software update, rather than a cyber attack, caused the outage.", None),
    ("People who walked daily were less likely to develop dementia.",
     "People who walked daily did not develop dementia.", (M, MAJOR)),
    ("People who walked daily were less likely to develop dementia.",
     "People who walked daily were more likely to develop dementia.", (P, MAJOR)),
    ("The second wave was less severe.", "The second wave was severe.", (P, MINOR)),
    ("The study cannot prove that walking prevents dementia, the authors said. Walking lowers the risk.",
     "The authors said the study cannot show that walking prevents dementia. Walking lowers the risk.", None),
    ("Police arrested a man.", "Police arrested a possible suspect.", (M, MINOR)),
]

PLANS = [
    ("Officials said the fire was probably caused by a faulty cable.",
     "Officials said the fire was caused by a faulty cable.", (M, MINOR)),
    ("Police believe the fire was started deliberately.", "Police say the fire was started deliberately.", None),
    ("The company is in talks to buy the startup.", "The company has bought the startup.", (M, MAJOR)),
    ("The company is in talks to buy the startup.", "The company is negotiating to buy the startup.", None),
    ("The company is in talks to buy the startup.", "The company is in discussions about buying the startup.", None),
    ("The government unveiled a plan to raise taxes.", "The government raised taxes.", (M, MAJOR)),
    ("The government unveiled a plan to raise taxes.", "The government announced plans to raise taxes.", None),
    ("The group made a failed bid to take over the club.", "The group took over the club.", (M, MAJOR)),
    ("The rescue team made an attempt to reach the climbers.", "The rescue team reached the climbers.", (M, MAJOR)),
    ("Staff said the report would help the agency in its efforts to address the issue.",
     "Staff said the report would help the agency address the issue.", None),
    ("The central bank kept interest rates unchanged.", "The central bank raised interest rates.", (M, MAJOR)),
    ("The central bank kept interest rates unchanged.", "The central bank held interest rates steady.", None),
    ("The Bank of England kept interest rates at 4.5% on Thursday.",
     "The Bank of England cut interest rates to 4.5% on Thursday.", (M, MAJOR)),
    ("The Bank of England kept interest rates at 4.5% on Thursday.",
     "The Bank of England left interest rates unchanged at 4.5% on Thursday.", None),
    ("Bank of England holds rates as inflation eases", "Bank of England cuts rates as inflation surges", (M, MAJOR)),
    ("The company held talks with the union.", "The company cut ties with the union.", None),
    ("The bank kept rates unchanged but said it could cut them next month.", "The bank left rates unchanged.", None),
    ("Prices will remain unchanged next year.", "Prices will rise next year.", (M, MAJOR)),
    ("The government has ruled out a second referendum.", "The government is considering a second referendum.",
     (M, MAJOR)),
    ("The rebels lost control of the town.", "The rebels seized control of the town.", (M, MAJOR)),
]

#: two figures that imply a direction, and a copy that states one (a pair of sentences, so that the
#: copy derives from the source and its findings keep their severity)
_TALLY = "The figures were published on Tuesday."
FIGURES = [
    (f"Net income was $94.8 million, compared with $106.6 million a year earlier. {_TALLY}",
     f"Net income increased to $94.8 million. {_TALLY}", (M, MAJOR)),
    (f"Net income was $94.8 million, compared with $106.6 million a year earlier. {_TALLY}",
     f"Net income fell to $94.8 million. {_TALLY}", None),
    (f"Net income was $94.8 million, compared with $106.6 million a year earlier. {_TALLY}",
     f"Net income decreased to $94.8 million from $106.6 million. {_TALLY}", None),
    (f"Revenue was $5.2 billion, compared with $4.9 billion a year earlier. {_TALLY}",
     f"Revenue declined to $5.2 billion. {_TALLY}", (M, MAJOR)),
    (f"Revenue was $5.2 billion, compared with $4.9 billion a year earlier. {_TALLY}",
     f"Revenue grew to $5.2 billion. {_TALLY}", None),
    (f"Revenue was $5.2 billion, compared with $4.9 billion a year earlier. {_TALLY}",
     f"Revenue is expected to decline next year. {_TALLY}", None),
    (f"Revenue was $5.2 billion, compared with $4.9 billion a year earlier. {_TALLY}",
     f"Revenue was $5.2 billion, but costs fell. {_TALLY}", None),
    (f"Unemployment stood at 4.1% in April, against 3.9% in March. {_TALLY}",
     f"Unemployment fell to 4.1% in April. {_TALLY}", (M, MAJOR)),
    (f"Unemployment stood at 4.1% in April, against 3.9% in March. {_TALLY}",
     f"Unemployment rose to 4.1% in April. {_TALLY}", None),
    (f"Sales reached 1.2 million units versus 1.5 million in 2022. {_TALLY}",
     f"Sales climbed to 1.2 million units. {_TALLY}", (M, MAJOR)),
    (f"Sales reached 1.2 million units versus 1.5 million in 2022. {_TALLY}",
     f"Sales did not rise: 1.2 million units were sold. {_TALLY}", None),
    (f"Officers now put the bill at £402 million, compared with £355 million last year. {_TALLY}",
     f"Officers now put the bill at £402 million, a fall from last year. {_TALLY}", (M, MAJOR)),
    (f"Officers now put the bill at £402 million, compared with £355 million last year. {_TALLY}",
     f"Officers now put the bill at £402 million, a rise from last year. {_TALLY}", None),
    # the figures are about the pill's patients, the copy's fall about profit
    ("Drugmaker's profit falls as weight-loss pill trial disappoints\n\nPatients who took the pill lost an average of "
     "6% of their body weight over a year, compared with 4% for those given a placebo.",
     "Halvorsen Pharma profit drops after disappointing weight-loss pill trial\n\nOver a year, patients taking the "
     "pill lost 6% of their body weight on average, against 4% for patients on a placebo.", None),
]

#: the two sides of a comparison (:mod:`factdiff.comparisons`): swapped under the same comparative
#: is a distortion, swapped with the comparative turned around is the same fact
COMPARISONS = [
    # the comparative of the clause, not one describing a side ("larger trials"); "better" / "worse"
    ("Earlier drugs performed worse in larger trials than in small ones.",
     "Earlier drugs did better in small trials than in larger ones.", None),
    ("Earlier drugs performed worse in larger trials than in small ones.",
     "Earlier drugs did better in larger trials than in small ones.", (M, MAJOR)),
    # said of what the source compares with: the other side
    ("The bank now expects growth of just 0.6 percent this year, lower than the 1.1 percent it forecast in November.",
     "The bank expects growth this year of only 0.6% - its November forecast of 1.1% was higher.", None),
    ("Growth was 0.6 percent this year, lower than the 1.1 percent the bank forecast.",
     "Growth was 0.6% this year, higher than the 1.1% the bank forecast.", (M, MAJOR)),
    ("The risk was higher in women than in men.", "The risk was higher in men than in women.", (M, MAJOR)),
    ("The risk was higher in women than in men.", "The risk was lower in men than in women.", None),
    ("Women had a higher risk than men.", "Men had a higher risk than women.", (M, MAJOR)),
    ("Women had a higher risk than men.", "Men had a lower risk than women.", None),
    ("Sales in Europe grew faster than sales in Asia.", "Sales in Asia grew faster than sales in Europe.", (M, MAJOR)),
    ("The firm made more money in Europe than in Asia.", "The firm made less money in Asia than in Europe.", None),
    ("Sales rose faster in 2023 than in 2022.", "Sales rose faster in 2022 than in 2023.", (M, MAJOR)),
    ("He is taller than his brother.", "His brother is shorter than him.", None),
    ("Turnout was higher than expected.", "Turnout was lower than expected.", (M, MAJOR)),
    # "compared with", before or after the comparative
    ("Turnout was higher among women, compared with men.", "Turnout was higher among men, compared with women.",
     (M, MAJOR)),
    ("Turnout was higher among women, compared with men.", "Turnout was lower among men, compared with women.", None),
    ("Turnout was higher among women compared to men.", "Turnout was lower among men than among women.", None),
    ("Night-shift workers had a higher risk of heart disease compared with day workers.",
     "Day workers had a higher risk of heart disease compared with night-shift workers.", (M, MAJOR)),
    ("Night-shift workers had a higher risk of heart disease compared with day workers.",
     "Compared with day workers, night-shift workers had a higher risk of heart disease.", None),
    ("Compared with day workers, night-shift workers had a higher risk.",
     "Compared with night-shift workers, day workers had a higher risk.", (M, MAJOR)),
    ("Sales grew faster in Asia compared with Europe.", "Sales grew faster in Europe compared with Asia.", (M, MAJOR)),
    ("The risk was higher in women versus men.", "The risk was higher in men versus women.", (M, MAJOR)),
    # "more / less X" compares X; the sides kept with the comparative turned around is a distortion
    ("Sales grew faster in Asia than in Europe.", "Sales grew more slowly in Asia than in Europe.", (M, MAJOR)),
    ("Sales grew faster in Asia than in Europe.", "Sales grew more slowly in Europe than in Asia.", None),
    ("The new drug was more effective than the old one.", "The new drug was less effective than the old one.",
     (M, MAJOR)),
    ("The new drug was more effective than the old one.", "The old drug was less effective than the new one.", None),
    ("The new drug was more effective than the old one.", "The old drug was more effective than the new one.",
     (M, MAJOR)),
    ("Men were more likely to smoke than women.", "Women were less likely to smoke than men.", None),
    ("Older patients recovered more slowly than younger ones.", "Younger patients recovered faster than older ones.",
     None),
]

#: two things that went opposite ways in the source, swapped by the copy (:mod:`factdiff.contrasts`)
_CARS = "Sales of electric cars rose by 20% last year, while sales of petrol cars fell."
CONTRASTS = [
    (_CARS, "Sales of petrol cars rose by 20% last year, while sales of electric cars fell.", (M, MAJOR)),
    (_CARS, "Petrol car sales rose last year.", (M, MAJOR)),
    (_CARS, "Petrol car sales fell last year as electric car sales rose by a fifth.", None),
    (_CARS, "Sales of electric cars climbed last year.", None),
    ("Exports rose in March but imports fell.", "Imports fell in March, while exports rose.", None),
    ("Republicans supported the measure while most Democrats opposed it.",
     "Democrats supported the measure while most Republicans opposed it.", (M, MAJOR)),
    ("Republicans supported the measure while most Democrats opposed it.",
     "Most Democrats opposed the measure, which Republicans backed.", None),
    ("The council raised parking fees and cut bus fares.", "The council raised parking fees and reduced bus fares.", None),
    ("Shares in Barclays rose 3% while the wider market fell.", "Shares in Barclays rose 3% as the wider market slipped.", None),
]

#: a verb that denies the act another verb reports done to the same object (:func:`predicates.denies`)
DENIALS = [
    ("The mayor was accused of taking bribes from a developer.",
     "The mayor was accused of refusing bribes from a developer.", (M, MAJOR)),
    ("The mayor refused bribes from a developer.", "The mayor took bribes from a developer.", (M, MAJOR)),
    ("We present the first verification of the network's output.",
     "We deny the first verification of the network's output.", (M, MAJOR)),
    ("The company reported the breach on Monday.", "The company denied the breach on Monday.", (M, MAJOR)),
    ("The city held the parade despite the rain.", "The city cancelled the parade despite the rain.", (M, MAJOR)),
    ("The government introduced the tax in 2019.", "The government scrapped the tax in 2019.", (M, MAJOR)),
    ("The bank blocked the payment.", "The bank made the payment.", (M, MAJOR)),
    ("The mayor did not take the bribes.", "The mayor refused the bribes.", None),
    ("The senator denied the allegations.", "The senator dismissed the allegations.", None),
    ("He denied the charges.", "He faced the charges.", None),
    ("She declined the invitation to speak.", "She received the invitation to speak.", None),
    ("Regulators banned the pesticide in 2018.", "Regulators studied the pesticide in 2018.", None),
    ("The committee gave Smith the award.", "Jones refused the award.", None),
    ("A judge barred Viacom from using the name.", "A judge ordered Viacom to stop using the name.", None),
    ("The firm abandoned the project it launched last year.",
     "The firm launched the project last year but has now abandoned it.", None),
    ("Police prevented the protest from reaching parliament.", "Police stopped the protest reaching parliament.", None),
    ("In January, council officers had recommended approval of the plan.",
     "In January, council officers had rejected the plan.", (M, MAJOR)),
    ("In January, council officers had recommended approval of the plan.",
     "In January, council officers had backed the plan.", None),
]

#: "protected from", "saved from", "exempt from", "guards against": what they keep away is denied
SHIELDED = [
    ("The meadow is protected from development under the plan.",
     "The meadow is earmarked for development under the plan.", (P, MAJOR)),
    ("The meadow is protected from development under the plan.",
     "The meadow is shielded from development under the plan.", None),
    ("The meadow is protected from development under the plan.", "Under the plan, the meadow cannot be developed.",
     None),
    ("Small firms are exempt from the new tax.", "Small firms do not have to pay the new tax.", None),
    ("The vaccine protects children from measles.", "The vaccine protects children against measles.", None),
    ("The library was saved from closure by a late donation.", "A late donation saved the library from closure.",
     None),
    # a sentence parsed as one noun phrase ("required" an adjective): its "No" still negates it
    ("No patient in either group needed dialysis during the trial.",
     "No patient in either group required dialysis during the trial.", None),
    ("No patient in either group required dialysis during the trial.",
     "Every patient in either group needed dialysis during the trial.", (P, MAJOR)),
    # a partial quote's "not" is the clause's; "No injuries reported" negates "reported"
    ("The minister said the government would raise taxes next year.",
     'The minister said the government "would not" raise taxes next year.', (P, MAJOR)),
    ("Injuries were reported after the blast.", "No injuries reported after the blast.", (P, MAJOR)),
    # a "Not" inside quotation marks is the quoted text's, not the banners'
    ('About 3,000 fans marched to the stadium carrying banners that read "Not For Sale."',
     'Roughly 3,000 fans marched to the stadium carrying "Not For Sale" banners.', None),
]

#: found on invented articles: a modal adverb is no claim; an adjective's noun is its neighbour
ARTICLES = [
    ("Analysts said the strike was likely to cost the company $15 million in lost sales.",
     "Analysts said the strike would likely cost the company $15m in lost sales.", None),
    ("Profit fell 8%, as higher grain costs and a three-week strike at its largest bakery weighed on results.",
     "Profit dropped 8%, as a three-week strike at its biggest bakery and lower grain costs weighed on its results.",
     (M, MAJOR)),
    ("The risk was higher among women than among men, and was strongest in people with high blood pressure.",
     "Women faced a lower risk than men, and the risk was weakest among people with high blood pressure.", (M, MAJOR)),
    ("The risk was higher among women than among men, and was strongest in people with high blood pressure.",
     "Men faced a lower risk than women, and the risk was strongest among people with high blood pressure.", None),
    ("The regulator announced a ban on spraying the chemical near schools.",
     "The regulator announced it was banning spraying of the chemical near schools.", None),
    ("The agency did not ban the chemical outright.", "The agency stopped short of an outright ban on the chemical.",
     None),
    ("The study relied on residential distance rather than measured exposure.",
     "The study relied on how far children lived from the fields rather than on measured exposure.", None),
    ("The Alliance fell three short of an outright majority.",
     "The Alliance ended three seats short of an outright majority.", None),
    ("Regulator bans spraying near schools. The team plans a study measuring pesticide levels in homes.",
     "Regulator bars spraying near schools as study ties pesticide to raised childhood asthma risk", None),
    ("Working nights for ten years led to a 12% higher risk than working during the day.",
     "Working nights for a decade was associated with a 12% higher risk compared with working only in the daytime.",
     None),
]

#: a deed someone was made to do told as one they chose, or the other way round
WILL = [
    ("The company was ordered to pay $2m in damages.", "The company agreed to pay $2m in damages.", (M, MAJOR)),
    ("The court ordered the company to pay $2m in damages.", "The company agreed to pay $2m in damages.", (M, MAJOR)),
    ("The company agreed to pay $2m in damages.", "The company was forced to pay $2m in damages.", (M, MAJOR)),
    ("The minister was forced to resign.", "The minister chose to resign.", (M, MAJOR)),
    ("The minister decided to resign.", "The minister was made to resign.", (M, MAJOR)),
    ("The company was ordered to pay $2m in damages.", "The company was told to pay $2m in damages.", None),
    ("The company offered to pay $2m in damages.", "The company agreed to pay $2m in damages.", None),
    ("The company was required to pay $2m in damages.", "The company was ordered to pay $2m in damages.", None),
    ("The council closed the road to repair it.", "The council shut the road to repair it.", None),
    # "take down" is "remove": the same act, so the governors are compared
    ("The station was ordered to remove a banner from its front wall.",
     "The station agreed to take the banner down from its front wall.", (M, MAJOR)),
]

#: a limit kept or overstepped, rulings undone or upheld, war and peace
BOUNDS = [
    ("Activists marked the anniversary of Russia's invasion of Ukraine with a protest in London.",
     "Activists marked the anniversary of Russia's peaceful resolution with Ukraine with a protest in London.", (M, MAJOR)),
    ("After the shelling stopped, peace talks between the two sides resumed on Monday.",
     "Peace talks between the two sides resumed on Monday after the shelling stopped.", None),
    ("The court found the agency exceeded its authority.", "The court found the agency acted within its authority.",
     (M, MAJOR)),
    ("The court found the agency acted within its authority.", "The court found the agency acted beyond its authority.",
     (M, MAJOR)),
    ("The court found the agency acted within its authority.", "The court found the agency exceeded its authority.",
     (M, MAJOR)),
    ("The court found the agency acted within its authority.",
     "The court found the agency did not exceed its authority.", None),
    ("The court found the agency did not exceed its authority.",
     "The court found the agency acted within its authority.", None),
    ("Sales exceeded forecasts within two weeks of the launch.",
     "Within two weeks of the launch, sales beat forecasts.", None),
    ("The appeals court reverses a lower-court ruling that had blocked the project.",
     "The appeals court affirms a lower-court ruling that had blocked the project.", (M, MAJOR)),
    ("The appeals court quashed the conviction.", "The appeals court upheld the conviction.", (M, MAJOR)),
    ("The appeals court reversed the lower-court ruling.", "The appeals court overturned the lower-court ruling.",
     None),
]

# a light verb ("have") negated in the source about something else does not cover a negation of
# the copy's "have" with another object
LIGHT = [
    ("With the robot, you won't have to spend hours cleaning your pool. Smart navigation lets the robot cover the "
     "whole pool on its own.", "The robot doesn't have smart navigation.", (P, MAJOR)),
    ("With the robot, you won't have to spend hours cleaning your pool. Smart navigation lets the robot cover the "
     "whole pool on its own.", "The robot has smart navigation.", None),
    ("With the robot, you won't have to spend hours cleaning your pool.", "With the robot, you don't have to spend "
     "hours cleaning your pool.", None),
    ("The robot does not have a remote control.", "The robot doesn't have a remote control.", None),
    # in the sentence the copy restates, the same light verb negated is the same claim in other words
    ("The attorney told the court that the airline would submit a fresh business plan, but gave no indication of when.",
     "The attorney said the airline will submit an updated business plan, but gave no timeframe.", None),
]

# an event the source says is still to come, reported as having taken place (factdiff.events)
EVENTS = [
    ("A ruling on the appeal is due in March.", "A ruling on the appeal was made in March.", (M, MAJOR)),
    ("A ruling on the appeal is due in March.", "The court ruled on the appeal in March.", (M, MAJOR)),
    ("The vote is scheduled for Tuesday.", "The vote took place on Tuesday.", (M, MAJOR)),
    ("A verdict is expected on Friday.", "The jury returned a verdict on Friday.", (M, MAJOR)),
    ("Results of the review are expected on Friday.", "The results of the review were announced on Friday.", (M, MAJOR)),
    ("The upcoming hearing will focus on the contract.", "The hearing was held to examine the contract.", (M, MAJOR)),
    ("A ruling on the appeal is due in March.", "A ruling on the appeal is expected in March.", None),
    ("The vote is scheduled for Tuesday.", "The vote will take place on Tuesday.", None),
    ("The vote is scheduled for Tuesday.", "The vote was set for Tuesday.", None),
    ("The first vote took place on Monday. A second vote is scheduled for Friday.", "The vote took place on Monday.", None),
    ("The vote was postponed until Tuesday.", "The vote was delayed until Tuesday.", None),
    ("The court issued its ruling on Monday.", "The court ruled on Monday.", None),
    ("The company plans to close the plant next year.", "The company held a meeting with staff about the plant.", None),
    # a verb of the event's outcome reports it done too
    ("A ruling on the appeal is due in March, the court said.", "The appeal was decided in March, the court said.",
     (M, MAJOR)),
    ("A ruling on the appeal is due in March.", "The court rejected the appeal in March.", (M, MAJOR)),
    ("A vote on the budget bill is scheduled for Tuesday.", "Lawmakers passed the budget bill on Tuesday.", (M, MAJOR)),
    ("A verdict in the trial of Mr Lowe is expected on Friday.", "The jury convicted Mr Lowe on Friday.", (M, MAJOR)),
    ("A vote on the budget bill is scheduled for Tuesday.", "Lawmakers will vote on the budget bill on Tuesday.", None),
    ("The Senate vote on the bill is expected next week, after the House passed the bill on Monday.",
     "The House passed the bill on Monday, and the Senate vote is expected next week.", None),
    ("A verdict in the trial of Mr Lowe is expected on Friday.", "A verdict in Mr Lowe's trial could come on Friday.",
     None),
    # still to come, so not done yet: "has not yet" restates it; a forecast the source lacks does not
    ("A ruling on the merger is pending before the regulator.", "The regulator has not yet ruled on the merger.", None),
    ("The board will meet on Friday to review the merger.", "The board has not yet reviewed the merger.", None),
    ("The regulator is expected to approve the merger next month.", "The regulator has yet to approve the merger.",
     None),
    ("The board will meet on Friday to review the merger.", "The board did not review the merger.", (P, MAJOR)),
    ("The regulator has not yet approved the merger.", "The regulator will approve the merger.", (P, MAJOR)),
    # an event a verb sets up (scheduled, threatened, considered; "set ... for"), reported done
    ("The judge set sentencing for Sept. 9.", "The judge sentenced Mancuso on Sept. 9.", (M, MAJOR)),
    ("The union has scheduled a strike authorization vote for June 26.",
     "On June 26 the union voted to authorize a strike.", (M, MAJOR)),
    ("The union has threatened a one-day strike on March 18.", "The union staged a one-day strike on March 18.",
     (M, MAJOR)),
    ("The company said it was considering an appeal to the planning board.",
     "The company said it has lodged an appeal with the planning board.", (M, MAJOR)),
    ("The union has scheduled a strike vote for June 26.", "The union will hold a strike vote on June 26.", None),
    ("The union held a strike vote on June 1 and has scheduled a second vote for June 26.",
     "The union held a strike vote on June 1.", None),
    ("The team set a record for the season.", "The team set a new record.", None),
    ("The vote is expected on Tuesday, after the committee approved the bill.",
     "The committee has not yet approved the bill, and the vote is expected on Tuesday.", (P, MAJOR)),
]

# faithful rewrites of news prose (bench/articles): plans, bounds, denials, framing, conditions,
# superlatives and proposals said another way, each beside the flip it must still catch
REWRITES = [
    ("The utility said it had no plans to raise household water charges.",
     "The utility said it did not plan to raise household water charges.", None),
    ("The utility has no plans to raise charges.", "The utility plans to raise charges.", (P, MAJOR)),
    ("Any appeal must be lodged within four weeks of the decision.",
     "An appeal must be lodged no later than four weeks after the decision.", None),
    ("The firm still sells the drug.", "The firm no longer sells the drug.", (P, MAJOR)),
    ("He denied that Chilean firms had received state subsidies.",
     "He rejected the claim that Chilean firms had received state subsidies.", None),
    ("He denied that Chilean firms had received state subsidies.",
     "He rejected claims that Chilean firms had received state subsidies.", None),
    ("He said that Chilean firms had received state subsidies.",
     "He rejected the claim that Chilean firms had received state subsidies.", (P, MAJOR)),
    ("Producers have lobbied for an increase to 18%. Retailers oppose any increase.",
     "Producers have lobbied for an increase to 18%. Retailers are against any increase.", None),
    ("Producers have lobbied for an increase to 18%. Retailers support any increase.",
     "Producers have lobbied for an increase to 18%. Retailers are against any increase.", (M, MAJOR)),
    ("The alliance estimates that a higher duty would lift shelf prices by 6 to 8 percent.",
     "According to the alliance, a higher duty would raise shelf prices by between 6% and 8%.", None),
    ("They expect the Commission to renew the duties at the current rate.",
     "Their expectation is that the Commission will renew the duties at the current rate.", None),
    ("Shares rose 2.4% on Monday, suggesting that investors expect a higher bid.",
     "Shares climbed 2.4 percent on Monday, a sign that investors expect a higher bid.", None),
    ("The alliance estimates that a higher duty could lift prices.",
     "According to the alliance, a higher duty will lift prices.", (M, MAJOR)),
    ("The penalty is the largest the authority has imposed since it was set up in 2011.",
     "No penalty imposed by the authority since its creation in 2011 has been larger.", None),
    ("The penalty is the largest the authority has imposed since 2011.",
     "The penalty is not the largest the authority has imposed since 2011.", (P, MAJOR)),
    ("The group has threatened to sue the city if the council approves the bonds without a public referendum.",
     "The group has threatened legal action against the city should the council approve the bonds without "
     "holding a public referendum.", None),
    ("The firm will close the plant if sales fall further.", "The firm will close the plant.", (M, MINOR)),
    ("Van Aalst board rejects raised Carvalho bid", "Van Aalst board turns down improved Carvalho bid", None),
    ("Last year she opposed a bill that would have required batch testing; the bill failed in her committee.",
     "She opposed a bill last year that would have required batch testing.", None),
    ("The council rejected a motion to approve the project immediately.",
     "The council voted down a motion that would have approved the project right away.", None),
    ("The council rejected a motion to approve the project immediately.",
     "The council approved the project immediately.", (P, MAJOR)),
    ("The council rejected a motion to approve the project immediately.",
     "The council did not approve the project immediately.", None),
    ("The duties expire at the end of this month unless they are renewed. "
     "They expect the Commission to renew the duties at the current rate.",
     "Unless they are renewed, the duties will expire at the end of this month. "
     "Their expectation is that the Commission will renew the duties at the current rate.", None),
    ("The panel postponed a decision on whether to extend duties on farmed salmon.",
     "The panel put off deciding whether duties on farmed salmon should be extended.", None),
    ("The panel had been expected to rule by Feb. 28.", "The panel was supposed to rule by February 28.", None),
    ("Halvorsen plans to hire an outside laboratory to audit its production lines.",
     "An outside laboratory is to be hired by Halvorsen to audit its production lines.", (M, MINOR)),
    ("The council will vote on the plan on Monday.", "The council is to vote on the plan on Monday.", None),
    ("The minister is to visit Paris next week.", "The minister visited Paris last week.", (M, MAJOR)),
    ("The utility said it had no plans to raise household water charges.",
     "The utility said it had no intention of increasing household water charges.", None),
    # (bench/articles d-f) purposes, denied reports, allegations, sides, conditions, order, "any"
    ("Veltrazine is designed to slow the loss of kidney function.",
     "Veltrazine is intended to slow the decline of kidney function.", None),
    ("Lindqvist also denied a report in the newsletter PharmaLedger that Brenford had known about the signal.",
     "Lindqvist also rejected as \"simply wrong\" a report in the newsletter PharmaLedger claiming that Brenford "
     "had known about the signal.", None),
    ("Brenford sued rival Corvane, alleging that Corvane had copied parts of its design.",
     "Brenford filed a lawsuit against rival Corvane, accusing it of copying parts of its design.", None),
    ("Brenford sued rival Corvane, alleging that Corvane had copied parts of its design.",
     "Brenford sued rival Corvane, which had copied parts of its design.", (M, MAJOR)),
    ("She said the company could still file for approval next year. Brenford sued rival Corvane in March.",
     "She said the company could still file for approval next year. Brenford filed a lawsuit against rival "
     "Corvane in March.", None),
    ("The union has scheduled a strike vote for June 26.",
     "The union has scheduled a strike vote for June 26, and four trustees voted against the increase.", None),
    ("The board is considering closing the campus.", "The board is weighing whether to close the campus.", None),
    ("The institute had suspended the grant pending the outcome.",
     "Until that is concluded, the institute has suspended the grant.", None),
    ("The panel will include two outside experts and no one who has worked with Brennecke, she said.",
     "She said the panel will include two external experts and will exclude anyone who has worked with "
     "Brennecke.", None),
    ("The panel will include two outside experts and anyone who has worked with Brennecke, she said.",
     "She said the panel will include two external experts and will exclude anyone who has worked with "
     "Brennecke.", (M, MAJOR)),
    ("Other scientists warned against reading the retraction as proof that microplastics are harmless.",
     "Other scientists cautioned that the retraction should not be taken as proof that microplastics are "
     "harmless.", None),
    ("Salish sued Tidewater on Oct. 2, alleging that the barge's crew failed to sound a fog signal.",
     "On October 2, Salish filed a lawsuit against Tidewater, claiming the barge's crew did not sound a fog "
     "signal.", None),
    ("He told councillors that his force lacks the staff to process the extra fines.",
     "He told councillors that his force does not have enough staff to process the additional fines.", None),
    ("The plan has support.", "The plan lacks support.", (P, MAJOR)),
    ("Patagonia Azul Aquaculture sued the Commission last year over the duties.",
     "Last year the European Commission took Patagonia Azul Aquaculture to court over the duties.", (M, MAJOR)),
    ("Patagonia Azul Aquaculture sued the Commission last year over the duties.",
     "Last year Patagonia Azul Aquaculture took the Commission to court over the duties.", None),
    ("The board voted 6-3 in March to cancel the remaining contract.",
     "The board voted 6-3 to extend the remaining contract.", (M, MAJOR)),
    ("The FDA has not placed the trial on a formal clinical hold.",
     "The FDA has placed the study on a formal clinical hold.", (P, MAJOR)),
    ("The operator said it may delay commissioning until 2027 if no contract is signed by June 30.",
     "The operator said commissioning may be postponed until 2027 unless a contract is signed by June 30.", None),
    ("The deal must still be ratified by Congress before it can take effect.",
     "The deal cannot take effect until Congress has ratified it.", None),
    ("Northshore has offered 11 percent over the same period, up from 9 percent.",
     "Northshore's offer is 11% over the same four years, up from 9%.", None),
    ("Chile would keep a stake in a new processing plant to be built near the port.",
     "Chile would retain a stake in a new processing plant that is to be built near the port.", None),
    ("The board of trustees voted on Wednesday to raise tuition, rejecting a student proposal to freeze fees.",
     "The trustees voted on Wednesday to raise tuition, voting down a proposal from students that would have "
     "frozen fees.", None),
    ("Hungary's delegation rejected a Croatian proposal to raise the transit tariff by 12 percent.",
     "A Croatian proposal to increase the transit tariff by 12 percent was turned down by Hungary's delegation.",
     None),
    # a condition told from either side, or opened by an auxiliary put first
    ("The board said it would not reprint the packets unless a court ordered it to.",
     "The board said it would reprint the packets only if a court ordered it to.", None),
    ("The board said it would not reprint the packets unless a court ordered it to.",
     "The board said it would reprint the packets if a court ordered it to.", (P, MAJOR)),
    ("If the judge rules against the map, the coalition has asked that the commission adopt its plan.",
     "Should the judge rule against the map, the coalition has asked that the commission adopt its plan.", None),
    ("If all 61 ballots are counted and break heavily for Kincaid, she could overtake Albrecht.",
     "Should all 61 ballots be counted and break heavily for Kincaid, she could pull ahead of Albrecht.", None),
    ("The ballots were counted and broke heavily for Kincaid.",
     "The ballots should be counted and break heavily for Kincaid.", (M, MINOR)),
    # a word with a negative prefix, a light verb's object behind a clause it does not govern
    ("Senate passes tax on rentals; governor undecided", "Senate passes rental tax; governor has not decided", None),
    ("Senate passes tax on rentals; governor decided", "Senate passes rental tax; governor has not decided", (P, MAJOR)),
    ("The office, which has not taken a position on the lawsuit, declined to comment on Tuesday.",
     "The office declined to comment on Tuesday; it has not taken a position on the lawsuit.", None),
    # a course not ruled out stays open
    ("The group said it had not ruled out a ballot initiative to repeal the tax.",
     "The group said it had not excluded the possibility of a ballot initiative to repeal the tax.", None),
    ("The group said it had ruled out a ballot initiative to repeal the tax.",
     "The group said it was planning a ballot initiative to repeal the tax.", (P, MAJOR)),
    ("The council voted on Tuesday to delay the stadium, rejecting a motion to approve the design.",
     "On Tuesday the council voted to delay the stadium and voted down a motion to approve the design.", None),
    # one open question, whichever way it is put
    ("A spokesman declined to say whether the governor would veto the bill.",
     "A spokesman would not say whether the governor will sign the bill.", None),
    ("A spokesman said the governor would veto the bill.", "A spokesman said the governor will sign the bill.", (M, MAJOR)),
    # a denied verb of meaning leaves its clause open
    ("The vote does not mean a walkout is imminent.", "A walkout is not imminent because of the vote, however.", None),
    ("The vote means a walkout is imminent.", "The vote means a walkout is not imminent.", (P, MAJOR)),
    # a denial in other words; an estimate either way
    ("The collision injured 23 passengers. No one was killed.", "The collision injured 23 passengers. Nobody died.", None),
    ("The proposal would cost an estimated £3.6 million over five years.",
     "The proposal is estimated to cost £3.6 million over five years.", None),
    ("The proposal would cost £3.6 million over five years.", "The proposal costs £3.6 million over five years.",
     (M, MINOR)),
    # news senses the WordNet classes miss
    ("The agency could widen the recall to other products.", "The agency will extend the recall to other products.", (M, MAJOR)),
    ("The agency could widen the recall to other products.", "The agency might extend the recall to other products.", None),
    ("Patients already taking the drug may continue.", "Patients already on the drug may carry on taking it.", None),
    ("Patients already taking the drug may continue.", "Patients already on the drug may not carry on taking it.", (P, MAJOR)),
    ("The crew may have silenced a radar collision alarm.", "The crew may have switched off a radar collision alarm.", None),
    ("Van Aalst beat Carvalho in a bidding war for the brewer.", "Carvalho outbid Van Aalst for the brewer.", (M, MAJOR)),
    ("Van Aalst beat Carvalho in a bidding war for the brewer.", "Van Aalst outbid Carvalho for the brewer.", None),
    ("Prosecutors have not said what sentence they will seek.", "Prosecutors have not disclosed what sentence they will ask for.", None),
    ("One Republican senator was absent.", "One Republican senator did not attend.", None),
    # a synonym of the copy word, said of other words, leaves the opposite to another copy word
    ("The institute said it had opened an investigation into misconduct and had suspended the grant.",
     "Pending an inquiry into misconduct that it has launched, the institute has suspended the grant.", None),
    ("The institute said it had suspended the programme.", "The institute said it had launched the programme.", (M, MAJOR)),
    # an open question, a condition kept in other words, a season, a charge still framed as a claim
    ("The judge has yet to rule on whether the map itself is lawful.",
     "The judge has yet to decide whether the map itself is lawful.", None),
    ("A strike could begin in the first week of the semester if talks fail.",
     "A strike could start in the semester's first week should talks break down.", None),
    ("Baric said the company could cut more jobs if the deadlock continued.",
     "Baric said the company might cut further jobs should the stalemate continue.", None),
    ("Applications for the coming fall are up 8%, the office said.", "The office says applications for the coming fall have risen 8%.", None),
    ("Applications fell 8% last year, the office said.", "The office says applications rose 8% last year.", (M, MAJOR)),
    ("Brixton Labs had accused it of copying the coating process.",
     "Brixton Labs lost a case over claims that the coating process had been copied.", None),
    ("Brixton Labs had accused it of copying the coating process.", "The coating process had been copied.", (M, MAJOR)),
    # found through second faithful rewrites by other writers
    ("If the court does not act before March, Marsh said she may introduce a motion to hire a demographer.",
     "Marsh said she may introduce a motion to hire a demographer if the court does not act before March.", None),
    ("If Okafor rules against the map, the coalition has asked that the commission be ordered to adopt its plan.",
     "The coalition has asked that, should Okafor rule against the map, the commission be ordered to adopt its plan.", None),
    ("Recount narrows mayor's race to 9 votes", "Election workers needed six days to complete the recount.", None),
    ("The offer was narrow in scope.", "The offer was complete in scope.", (M, MAJOR)),
    ("Patagonia Azul sued the Commission, alleging that the duty was calculated using outdated exchange rates.",
     "Patagonia Azul filed suit against the Commission, alleging that outdated exchange rates were used to calculate the duty.",
     None),
    ("Hungary rejected a Croatian proposal to raise the transit tariff by 12 percent.",
     "Hungary rejected a Croatian proposal for a 12 percent increase in the transit tariff.", None),
    ("Hungary rejected a Croatian proposal to raise the transit tariff by 12 percent.",
     "Hungary agreed to a 12 percent increase in the transit tariff.", (P, MAJOR)),
    ("Councillors overturned a recommendation from officials that the scheme be approved with conditions.",
     "Councillors overturned advice from officials, who had recommended that the scheme be approved with conditions.", None),
    ("Officials recommended that the scheme be approved.", "Officials advised that the scheme be approved.", None),
    ("The council rejected the proposal for a new depot.", "The council turned down the proposal for a new depot.", None),
    # an order told from the other side
    ("The recall comes two months after Halvorsen lost a patent case to Brixton.",
     "Two months before the recall, Halvorsen lost a patent case to Brixton.", None),
    ("The union left the talks before the vote.", "The union quit the talks after the vote.", (M, MAJOR)),
    # a pronoun subject read through the one who tells it
    ("The company said it had not refused but had asked for more time.",
     "The company acknowledged that it had refused, saying it needed more time.", (P, MAJOR)),
    ("The company said it had not refused but had asked for more time.",
     "The company insisted that it had not refused, saying it needed more time.", None),
    # two directions kept, told in another order
    ("Short-term listings rose 14% last year, while the number of long-term rentals fell.",
     "Short-term listings climbed 14 percent last year, while long-term rentals declined in number.", None),
    ("Short-term listings rose 14% last year, while the number of long-term rentals fell.",
     "Short-term listings declined 14 percent last year, while long-term rentals rose in number.", (M, MAJOR)),
]

# session 17: one party moved to the other side while the other is named otherwise; a hedge kept
# in another form; readings that negate nothing
SESSION17 = [
    ("The trust's lawyer said his client filed a complaint against Norvik in the county court.",
     "Norvik filed a complaint against the trust in the county court, the trust's lawyer said.", (M, MAJOR)),
    ("The port authority has sued the contractor to recover $3.1 million.",
     "Dunmore Marine has sued the port authority to recover $3.1 million.", (M, MAJOR)),
    ("The port authority has sued the contractor to recover $3.1 million.",
     "The contractor has been sued by the port authority, which wants $3.1 million back.", None),
    ("The two ministers met the union leaders in Leeds on Monday.",
     "The union leaders met the two ministers in Leeds on Monday.", None),
    ("Councillors narrowed the gap to 40 votes.", "The gap narrowed to 40 votes.", None),
    ("The depot's tanks were missing a safety valve.", "A safety valve was missing from the depot's tanks.", None),
    ("The agency does not expect a launch before March.",
     "The agency does not expect the rocket to launch before March.", None),
    ("The ice has barely changed since the lake formed.", "The ice is little changed since the lake formed.", None),
    ("A wreck remains the property of the state that sent it, no matter how long it has lain there.",
     "A wreck remains the property of the state that sent it, however long it has lain there.", None),
    ("Its decision cannot be appealed except on a point of law.",
     "Its decision can be appealed only on a point of law.", None),
    ("Its decision cannot be appealed except on a point of law.",
     "Its decision can be appealed on any point.", (P, MAJOR)),
    ("The miller denied that its bid was incomplete.",
     "The miller rejected the allegation that its bid was incomplete.", None),
    ("Farmers accused the insurer of deliberately slowing payouts.",
     "The insurer was accused by farmers on Friday of deliberately slowing payouts.", None),
    ("The club alleged that the agent had concealed an injury.",
     "The club alleged in a statement that the agent had hidden an injury.", None),
    ("He alleged that the council had not finished the roadworks.",
     "The council, he alleged, had not finished the roadworks.", None),
    ("He alleged that the council had not finished the roadworks.",
     "The council had not finished the roadworks.", (M, MAJOR)),
    ("The port has challenged state awards before.", "This is not the port's first challenge to a state award.", None),
    ("The board rejected the bid without explanation.", "The board turned down the bid without saying why.", None),
    ("The office may order a review, she said, but it has not reached any conclusions.",
     "She said the office could order a review, but that it has yet to reach any conclusions.", None),
    ("Ending the contract early may cost the festival money.",
     "The festival could lose money if it ends the contract early.", None),
    ("The minister, who has resisted calls for a windfall tax, spoke on Monday.",
     "The minister, who has pushed back against calls for a windfall tax, spoke on Monday.", None),
    ("The club said the buyer had failed to pay the second installment.",
     "The club said the buyer won the player last summer and had not paid the second installment.", None),
    ("The club said the buyer had failed to pay the second installment.",
     "The club said the buyer had paid the second installment.", (P, MAJOR)),
    ("Voters narrowed the gap to nine votes.", "The gap narrowed to nine votes.", None),
    # a misparsed participle: its "subject" is a guess, and a conjunct of a non-party no party
    ("The podcast discusses the games between the Patriots and the Chiefs, and the Rams and the Saints.",
     "The podcast delves into the games between the Patriots and the Chiefs, and the Rams and the Saints, "
     "discussing the overtime rules.", None),
]

SESSION18 = [
    # "X, not Y": the "not" opens the contrasted phrase; it does not deny X
    ("The inspector said a faulty valve, not sabotage, caused the leak.",
     "The inspector said the leak was caused by a faulty valve and not by sabotage.", None),
    ("The farmers blamed the losses on hail, not frost.", "The farmers blamed hail for the losses, not frost.", None),
    ("The inspector said a faulty valve, not sabotage, caused the leak.",
     "The inspector said sabotage, not a faulty valve, caused the leak.", (P, MAJOR)),
    # "denied delaying claims", parsed as "[delaying claims]"
    ("The insurer denied that it was delaying claims.", "The insurer denied delaying claims.", None),
    ("The insurer denied that it was delaying claims.", "The insurer admitted delaying claims.", (P, MAJOR)),
    # a shortage is a lack
    ("Repairs were slowed by a shortage of trained welders.",
     "Repairs were slowed because there were not enough trained welders.", None),
    ("The rest of the delays were blamed on staff shortages.",
     "The rest of the delays were blamed on a lack of staff.", None),
    # a disclosure refused is not a claim denied
    ("The fund may recover the losses within two years, he said. He declined to say how much the audit had cost.",
     "He said the fund might recover the losses within two years, but he would not say what the audit had cost.",
     None),
    # a pseudo-cleft carries its negation to the deed
    ('"What we will not do is sell the park," the mayor said.',
     "The mayor said the park will not be sold.", None),
    ('"What we will not do is sell the park," the mayor said.',
     "The mayor said the city will sell the park.", (P, MAJOR)),
    # "want" takes no clause of its own: a quote mark's misparse does not raise its negative subject
    ('"Nobody wants to sail a ship we do not fully trust," the captain said.',
     'The captain said nobody wants to sail a ship "we do not fully trust."', None),
    # a hedge kept as "according to" on the sentence, or as "in its view"
    ("The union alleged that the mill had cut wages under a rule few workers knew was in their contracts.",
     "According to the union, the mill cut wages under a rule few workers were aware was in their contracts.", None),
    ("The supplier alleged that the leak was caused by a pump that staff had fitted badly.",
     "In its view, staff fitted a pump badly, and that caused the leak.", None),
    ("The supplier alleged that the leak was caused by a pump that staff had fitted badly.",
     "Staff fitted a pump badly, and that caused the leak.", (M, MAJOR)),
    # a bare "would" in a piece of a cut sentence goes on with the frame before it
    ("The trust said it would keep both clinics open during the strike by hiring agency nurses.",
     "The trust says it would keep both clinics open during the strike. It would hire agency nurses.", None),
    # asked both times, and "said if" is asked
    ("The regulator said it would examine whether the banks used their 60% share to keep fees high.",
     "According to the regulator, the inquiry will look at whether the banks used the 60% they hold to keep fees high.",
     None),
    ("The panel has yet to say whether it would accept a shorter ban.",
     "The panel has not yet said if it would accept a shorter ban.", None),
    ("The panel has yet to say whether it would accept a shorter ban.",
     "The panel would accept a shorter ban.", (M, MAJOR)),
    # a condition turned into a restriction keeps it
    ('"If you are in the red zone, you need to leave now," the sheriff said.',
     "The sheriff said people in the red zone needed to leave now.", None),
    # permission: "free to" is "may"
    ("The board may accept or reject the inspector's advice.",
     "The board is free to accept or reject the inspector's advice.", None),
    ("The board may accept or reject the inspector's advice.", "The board will reject the inspector's advice.",
     (M, MAJOR)),
    # hesitating to do it is being reluctant to
    ("Some residents said they would be reluctant to back another levy.",
     "Some residents said they would hesitate to support another levy.", None),
    ("Some residents said they would be reluctant to back another levy.",
     "Some residents said they would support another levy.", (P, MAJOR)),
    # "X, not because Y" and "not because Y" deny a reason, not a deed
    ('"The mills lost orders because they are slower, not because anyone cheated," she said.',
     'In her view, the mills lost orders "because they are slower, not because anyone cheated."', None),
    # "without notice" is "unless notice is given"
    ("The treaty bars new tariffs without 90 days' notice.",
     "The treaty prohibits new tariffs unless 90 days' notice is given.", None),
    ("The treaty bars new tariffs without 90 days' notice.", "The treaty bars new tariffs with 90 days' notice.",
     (P, MAJOR)),
    # a noun under a denied verb is denied with it
    ("The agency has not ordered an evacuation or a change in the river's flood rating.",
     "The agency has ordered neither an evacuation nor a change to the river's flood rating.", None),
    ("The agency has not ordered an evacuation or a change in the river's flood rating.",
     "The agency has not ordered an evacuation. It has not changed the river's flood rating either.", None),
    ("The agency has not ordered an evacuation or a change in the river's flood rating.",
     "The agency has ordered an evacuation and a change in the river's flood rating.", (P, MAJOR)),
    # withholding from is keeping from
    ("The residents allege that the utility withheld test results from the public.",
     "According to the residents, the utility kept test results from the public.", None),
    # a sayer who alleges, told aside on a clause above
    ("The rival alleged that the hospital group had threatened to drop insurers unless they steered patients away.",
     "The rival alleged that the group had threatened to drop insurers. The threat, it alleged, was to drop them "
     "unless they steered patients away.", None),
    # another deed: the other side's, or one with other figures
    ("Norvex sued Kestrel in court last week.", "Kestrel said it would sue Norvex in return.", None),
    ("The publisher said it would cut 140 jobs.", "The publisher said it would cut 140 jobs. Last year it cut 60 jobs.",
     None),
    ("The publisher said it would cut 140 jobs.", "The publisher cut 140 jobs.", (M, MAJOR)),
    # a compound's tail, and the "find" of a judgment, have no opposites
    ("The row sharpened a long-running argument over old ferries.",
     "The row sharpened a long-standing argument over old ferries.", None),
    ("A player found to have cheated could be banned and stripped of titles.",
     "A player found to have cheated could be banned. The player could also lose titles.", None),
    # a dateline parsed as the subject: the apposition is the doer
    ("LEDBURY, England (Vale Wire) -- Players of the Ledbury Symphony sued the orchestra's trustees on Monday.",
     "LEDBURY, England (Vale Wire) -- The trustees of the Ledbury Symphony sued the orchestra's own players on Monday.",
     (M, MAJOR)),
    ("GLASGOW, Scotland (Harbour Wire) -- A consumer group on Monday accused Westmarch Ferries of overcharging.",
     "GLASGOW, Scotland (Harbour Wire) -- Westmarch Ferries was accused by a consumer group on Monday of overcharging.",
     None),
    # the contrast's "not" goes to the contrasted noun, and only there
    ('"A 96 is a great day, not a smoking gun," the analyst said.',
     '"A 96 is a great day, not a smoking gun," he said, adding that a pattern was needed.', None),
    ("The cause was a faulty valve, not sabotage.", "The cause was sabotage.", (P, MAJOR)),
    ("It was a great day, not a smoking gun.", "It was a smoking gun.", (P, MAJOR)),
    # one compound's tail only against the same compound's: "year-old" is still read against "young"
    ("The fire was started by a young man from the village.", "The fire was started by a 64-year-old man from the village.",
     (M, MAJOR)),
    ("The firm sells energy-efficient lighting for offices.", "The firm sells energy-inefficient lighting for offices.",
     (M, MAJOR)),
    # a sale and a purchase with no doer named on either side are opposites, not one deal seen twice
    ("The first attempt to sell the stadium failed because of a string of errors.",
     "The first attempt to buy the stadium failed because of a string of errors.", (M, MAJOR)),
    # "said if X, Y" is a condition the parse hung on "said", not a question
    ("He said the patient would have lived if the drug had been given sooner.",
     "He said if the drug had been given sooner, the patient would have lived.", None),
    # a noun coordinated under a denied verb is denied with it
    ("The ban is set to start on June 1. The ruling does not cover emergency, medical or military flights, "
     "and it allows five night departures a week.",
     "The ban is set to start on June 1. Some flights are not affected. The ruling does not cover emergency, "
     "medical or military flights.", None),
]

CASES = (NEGATION + IMPLICIT + SAME_POLARITY + ANTONYMS + SAME_DIRECTION + TONE + PREPOSITIONAL + MODALITY + HEDGES
         + ROLES + REWORDED + SCOPE + STAGES + LIMITS + PHRASAL + UNSAID + RESTATED + NOT_SAID + STUDIES + IDIOMS + PLANS + FIGURES
         + COMPARISONS + CONTRASTS + DENIALS + WILL + BOUNDS + SHIELDED + ARTICLES + EVENTS + LIGHT + REWRITES
         + SESSION17 + SESSION18)


def _id(case: tuple[str, str, object]) -> str:
    src, cop, exp = case
    return f"{'none' if exp is None else '-'.join(exp)}:{cop[:40]}"


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 100
    assert sum(1 for c in CASES if c[2] is None) >= 40


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_pair(case: tuple[str, str, tuple[str, str] | None]) -> None:
    src, cop, expected = case
    report = factdiff.compare(src, cop, detectors=DETECTORS)
    got = [(f.type, str(f.severity), f.message) for f in report.findings]
    if expected is None:
        assert got == [], f"expected no finding, got {got}"
        return
    kind, severity = expected
    assert report.findings, "expected a finding, got none"
    assert any((f.type, str(f.severity)) == (kind, severity) for f in report.findings), got
    assert max(f.severity for f in report.findings) == Severity.parse(severity), got
    for f in report.findings:  # spans show the flipped phrase, not the sentence
        assert f.source is not None and f.copy is not None
        assert report.source.text[f.source.start : f.source.end] == f.source.text
        assert report.copy.text[f.copy.start : f.copy.end] == f.copy.text
        assert f.source.text in f.message and f.copy.text in f.message


def test_stage_change_names_both_steps() -> None:
    report = factdiff.compare("She was arrested on suspicion of murder.", "She was charged with murder.",
                              detectors=DETECTORS)
    (f,) = report.findings
    assert f.message.startswith("legal stage changed: 'was arrested' → 'was charged'")
    assert "arrested → charged: further along" in f.message  # the furthest step the source states
    assert (f.source.text, f.copy.text) == ("was arrested", "was charged")


def test_exaggeration_message_shows_what_was_dropped() -> None:
    report = factdiff.compare("It is one of the largest banks in Europe.", "It is the largest bank in Europe.",
                              detectors=DETECTORS)
    (f,) = report.findings
    assert f.message == "exaggerated: 'one of the largest' → 'the largest' ('one of' dropped)"


def test_a_hedge_moved_along_is_one_stage_finding() -> None:
    report = factdiff.compare("The suspected killer later died in hospital.",
                              "The convicted killer later died in hospital.", detectors=DETECTORS)
    assert [f.message.split(":")[0] for f in report.findings] == ["legal stage changed"]


def test_a_summary_takes_the_step_from_anywhere_in_the_source() -> None:
    src = ("John Reed was arrested in Bath on Friday after a complaint from a woman. He was later released on "
           "bail. Police are investigating an allegation of online harassment, a spokesman said.")
    cop = "Police have arrested a blogger over an allegation of online harassment."
    copy_mode = factdiff.compare(src, cop, detectors=DETECTORS)
    assert [f.message.split(":")[0] for f in copy_mode.findings] == ["legal stage changed"]
    assert factdiff.compare(src, cop, detectors=DETECTORS, summary=True).findings == []


def test_future_told_as_done_keeps_the_dropped_condition() -> None:
    report = factdiff.compare("The firm said it will raise prices if costs keep rising.",
                              "The firm said it raised prices because costs kept rising.", detectors=DETECTORS)
    (f,) = report.findings
    assert f.severity == Severity.MAJOR
    assert f.message.startswith("future reported as done: 'will raise' → 'raised'")
    assert "condition dropped: 'if costs keep rising' is gone" in f.message


def test_an_overstated_effect_names_both_words() -> None:
    report = factdiff.compare("The new rules slowed the spread of the disease.",
                              "The new rules stopped the spread of the disease.", detectors=DETECTORS)
    assert [f.message for f in report.findings] == [
        "effect overstated: 'slowed' → 'stopped' (lessened → stopped: stronger than the source says)"
    ]


def test_a_laboratory_result_told_of_people_names_both() -> None:
    report = factdiff.compare("Mice given the compound developed smaller tumours.",
                              "Patients given the compound developed smaller tumours.", detectors=DETECTORS)
    assert [f.message for f in report.findings] == [
        "study subjects changed (a laboratory result told of people): 'Mice' → 'Patients'"
    ]


def test_a_light_verb_and_its_noun_are_one_negation() -> None:
    report = factdiff.compare("The company made a profit last year.", "The company did not make a profit last year.",
                              detectors=DETECTORS)
    assert [f.message for f in report.findings] == ["negation added: 'made' → 'did not make'"]


def test_a_word_read_twice_is_one_finding() -> None:
    # "convicted" is the opposite of "acquitted" and a legal step past "charges": one change
    report = factdiff.compare("The court acquitted the former mayor of corruption charges.",
                              "The court convicted the former mayor of corruption charges.", detectors=DETECTORS)
    assert [f.message for f in report.findings] == ["opposite meaning: 'acquitted' → 'convicted' (acquit / convict)"]


def test_negation_message_and_spans() -> None:
    src = "The Harbor City council has not approved the plan."
    cop = "The Harbor City council has approved the plan."
    (f,) = factdiff.compare(src, cop, detectors=DETECTORS).findings
    assert f.message == "negation removed: 'has not approved' → 'has approved'"
    assert (f.source.text, f.copy.text) == ("has not approved", "has approved")


def test_negation_added_message() -> None:
    (f,) = factdiff.compare("Exports rose.", "Exports did not rise.", detectors=DETECTORS).findings
    assert f.message.startswith("negation added:")
    assert f.copy.text == "did not rise"


def test_antonym_span_is_the_word() -> None:
    (f,) = factdiff.compare(
        "Okafor opposed the plan at a hearing.", "Okafor supported the plan at a hearing.", detectors=DETECTORS
    ).findings
    assert (f.source.text, f.copy.text) == ("opposed", "supported")
    assert "opposite meaning" in f.message


def test_negation_moved_to_other_clause_is_reported() -> None:
    # the negation moved from the report to the fact: a different claim
    report = factdiff.compare(
        "The mayor said the council did not approve the plan.",
        "The mayor did not say the council approved the plan.",
        detectors=DETECTORS,
    )
    assert any(f.type == "polarity" for f in report.findings)


#: a source whose sentences a one-sentence summary draws on without restating them all
COUNCIL = """The city council approved the new transport plan on Tuesday after a long debate.

Council members debated the transport plan for six hours before the vote on Tuesday.

The transport plan was approved by the council with nine votes to four.

Officials said the plan adds three bus lines and a tram route to the eastern districts.

The money comes from a regional grant, including a fund for cycle lanes.

The mayor said the tram route will not open before 2028."""


def test_opposite_in_a_sentence_the_summary_does_not_restate() -> None:
    cop = "The council approved the transport plan on Tuesday, excluding a fund for cycle lanes."
    found = [f for f in factdiff.compare(COUNCIL, cop, detectors=DETECTORS, summary=True).findings if f.severity >= Severity.MINOR]
    assert [(f.type, f.source.text, f.copy.text) for f in found] == [(P, "including a fund", "excluding a fund")]


def test_negation_removed_in_a_sentence_the_summary_does_not_restate() -> None:
    cop = ("The council approved the transport plan on Tuesday with nine votes to four after debating it for six "
           "hours, and the tram route will open before 2028.")
    found = [f for f in factdiff.compare(COUNCIL, cop, detectors=DETECTORS, summary=True).findings if f.severity >= Severity.MINOR]
    assert [(f.type, f.message) for f in found] == [(P, "negation removed: 'will not open' → 'will open'")]


def test_faithful_summary_of_far_apart_sentences_has_no_flip() -> None:
    cop = ("The council approved the transport plan on Tuesday with nine votes to four, including a fund for cycle "
           "lanes, and the tram route will not open before 2028.")
    found = [f for f in factdiff.compare(COUNCIL, cop, detectors=DETECTORS, summary=True).findings if f.severity >= Severity.MINOR]
    assert found == []


def test_rewording_of_the_other_polarity_does_not_hide_a_flip() -> None:
    # the diff puts "save" where "benefit" was; "can benefit" cannot be what "cannot save" rewords,
    # so the copy is compared with "can save" two sentences on
    src = ("I believe that our BrightWave Pool Cleaning System can truly benefit Lakeside Water Park in numerous ways.\n\n"
           "First and foremost, the BrightWave can save you valuable time.\n\n"
           "With BrightWave, you will not have to spend countless hours cleaning your pools.")
    cop = "The BrightWave Pool Cleaning System cannot save Lakeside Water Park time and money in numerous ways."
    (f,) = factdiff.compare(src, cop, detectors=DETECTORS, summary=True).findings
    assert f.message == "negation added: 'can save' → 'cannot save'"


def test_a_word_said_of_other_things_does_not_cover_the_copy() -> None:
    from factdiff import Document
    from factdiff.swaps import _neighbours, _said_alike

    cop = Document.from_text("The company reported an increase in trial participants.")
    (w,) = [t for t in cop.tokens if t.lemma == "increase"]
    near = _neighbours(cop, w)
    other = Document.from_text("Full-year revenue represented a 4 percent increase over 2021.")
    same = Document.from_text("Last week the company reported an increase in trial participants.")
    assert not _said_alike(other, [0], w, near)
    assert _said_alike(same, [0], w, near)


def test_each_detector_runs_alone() -> None:
    src, cop = "The council has not approved the plan.", "The council has approved the plan."
    assert [f.type for f in factdiff.compare(src, cop, detectors=["polarity"]).findings] == ["polarity"]
    assert factdiff.compare(src, cop, detectors=["meaning"]).findings == []


# -- the shipped demo pair and the seed pair ----------------------------------------------------------


def test_demo_pair_flips() -> None:
    from importlib import resources

    data = resources.files("factdiff").joinpath("data")
    src = data.joinpath("demo_source.txt").read_text(encoding="utf-8")
    cop = data.joinpath("demo_copy.txt").read_text(encoding="utf-8")
    report = factdiff.compare(src, cop, detectors=DETECTORS)
    seen = {(f.type, f.source.text, f.copy.text, f.severity) for f in report.findings}
    assert ("polarity", "has not approved", "has approved", Severity.MAJOR) in seen
    assert ("polarity", "has yet to be scheduled", "has been scheduled", Severity.MAJOR) in seen
    assert ("meaning", "opposed", "supported", Severity.MAJOR) in seen
    assert any(f.type == "meaning" and "rise" in f.source.text and "fall" in f.copy.text for f in report.findings)
    cert = [f for f in report.findings if f.message.startswith("certainty raised")]
    assert cert and cert[0].severity == Severity.MAJOR and cert[0].copy.text == "will begin"
    assert cert[0].source.text == "is expected to begin"
    assert "condition dropped: 'if the council approves the plan'" in cert[0].message
    assert ("meaning", "has been accused", "has been convicted", Severity.MAJOR) in seen
    assert ("polarity", "no evidence that the new line would worsen", "would worsen", Severity.MAJOR) in seen
    assert len(report.findings) == 7


SHARED = Path(os.environ.get("FACTDIFF_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))


def test_seed_pair_deal_inversion() -> None:
    src_path = SHARED / "seeds" / "000_f0695da87cd30784.txt"
    cop_path = SHARED / "seeds" / "001_91a022b9f411baa8.txt"
    if not src_path.exists():
        pytest.skip(f"seed pair not found under {SHARED}")
    report = factdiff.compare(
        src_path.read_text(encoding="utf-8"), cop_path.read_text(encoding="utf-8"), detectors=DETECTORS
    )
    inversion = [f for f in report.findings if "materialize" in f.source.text and "in place" in f.copy.text]
    assert inversion and inversion[0].severity >= Severity.MAJOR
    assert inversion[0].type in ("polarity", "meaning")
    # everything else the two detectors say about the seed is at most minor
    rest = [f for f in report.findings if f is not inversion[0]]
    assert all(f.severity <= Severity.MINOR for f in rest), [f.message for f in rest]
    # the round-trip sentence that keeps its meaning gets nothing
    assert not any("guarantees" in f.copy.text or "seen" in f.copy.text for f in report.findings)


def test_text_against_itself_has_no_flip() -> None:
    """Property: a copy identical to its source never flips meaning (every table sentence at once)."""
    text = "\n\n".join(dict.fromkeys(c[0] for c in CASES))
    assert factdiff.compare(text, text, detectors=DETECTORS).findings == []


_WORDS = sorted({w.strip(".,") for c in CASES for w in (c[0] + " " + c[1]).split()})


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(_WORDS), min_size=3, max_size=14),
    st.lists(st.sampled_from(_WORDS), min_size=3, max_size=14),
)
def test_word_salad_never_breaks_spans(a: list[str], b: list[str]) -> None:
    """Property: whatever the parse makes of it, findings are valid and their spans exact."""
    src, cop = " ".join(a) + ".", " ".join(b) + " not."
    report = factdiff.compare(src, cop, detectors=DETECTORS)
    for f in report.findings:
        assert f.type in ("polarity", "meaning")
        for doc, sp in ((report.source, f.source), (report.copy, f.copy)):
            assert sp is not None and doc.text[sp.start : sp.end] == sp.text and sp.text


def test_a_relative_clause_split_off_is_no_added_sentence() -> None:
    """A copy that tells a source's relative clause as a sentence of its own ("which sued the board
    on Jan. 14" → "The coalition filed suit against the board on January 14.") adds nothing."""
    src = ("Judge Marian Okafor denied a request for a restraining order from the Fair Districts Coalition, which "
           "sued the county Board of Elections on Jan. 14. A full hearing is scheduled for Feb. 27.")
    cop = ("A request for a restraining order from the Fair Districts Coalition was denied by Judge Marian Okafor. "
           "The coalition filed suit against the county Board of Elections on January 14. A full hearing has been set "
           "for February 27.")
    report = factdiff.compare(src, cop)
    assert not [f.message for f in report.findings if f.type == "addition"]


def test_an_act_told_by_its_noun_is_no_added_phrase() -> None:
    src = "The alliance sued the department in federal court last year over the permits."
    report = factdiff.compare(src, "The alliance filed suit against the department in federal court last year over the permits.")
    assert not [f.message for f in report.findings if f.type == "addition"]
    # "sued" → "filed suit against": one act, whose patient is the object of "against"
    swapped = factdiff.compare(src, "The department filed suit against the alliance in federal court last year over the permits.")
    assert [f.message for f in swapped.findings if f.type == "meaning"] == [
        "roles reversed: 'alliance sued the department' → 'department filed suit against the alliance' "
        "(who sued whom is swapped)"]


def test_an_apposition_names_the_thing_a_swapped_word_describes() -> None:
    # "Anchor, a paid podcast tool" / "the free Anchor app": one thing, so "paid" replaced "free"
    src = "It's everything you need to make a podcast: download the free Anchor app and start recording today."
    swapped = factdiff.compare(src, "The show opens with Anchor, a paid podcast creation tool for recording on your phone.",
                               detectors=DETECTORS)
    assert [f.message for f in swapped.findings] == ["opposite meaning: 'free' → 'paid' (free / pay)"]
    kept = factdiff.compare(src, "The show opens with Anchor, a free podcast creation tool for recording on your phone.",
                            detectors=DETECTORS)
    assert kept.findings == []


def test_a_swap_in_a_fused_sentence_is_placed_by_the_words_around_it() -> None:
    # the copy sentence fuses two source sentences; against the one it shares "Russia's ... of Ukraine"
    # with, "peaceful resolution with" stands where "invasion of" stood
    src = ("British activists poured yellow and blue paint on the road outside the Russian embassy in London. "
           "The protest comes on the eve of the one-year anniversary of Russia's invasion of Ukraine.")
    cop = ("On the eve of the one-year anniversary of Russia's {} Ukraine, British activists poured yellow and blue paint "
           "on the road outside the Russian embassy in London.")
    swapped = factdiff.compare(src, cop.format("peaceful resolution with"), detectors=DETECTORS, summary=True)
    assert [f.message for f in swapped.findings] == ["opposite meaning: 'invasion' → 'peaceful' (invasion / peaceful)"]
    assert factdiff.compare(src, cop.format("invasion of"), detectors=DETECTORS, summary=True).findings == []


def test_a_preposition_is_no_opposite_of_a_noun_in_a_sentence_the_copy_does_not_restate() -> None:
    src = ("Analysts said an improved offer might be needed to win the board's support. Rovers shares fell 3 percent "
           "on Monday. On the pitch, the team lost 2-1 at home to Kestrel Town on Saturday.")
    cop = "Rovers shares fell 3% on Monday. On the pitch, the team won 2-1 at home against Kestrel Town on Saturday."
    report = factdiff.compare(src, cop, detectors=DETECTORS)
    assert [f.message for f in report.findings] == ["opposite meaning: 'lost' → 'won' (lose / win)"]

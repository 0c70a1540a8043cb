"""Table-driven sentence pairs for the entity, quote and attribution detectors.

Each case: (id, source, copy, expected). ``expected`` is ``None`` when no finding of minor or
above may appear, or ``(type, severity, copy_text)``: a finding of that type and exact severity
whose copy span (or, without one, source span) is exactly ``copy_text``. An ``info`` expectation
also requires that nothing of minor or above is reported.
"""

from __future__ import annotations

import pytest

import factdiff
from factdiff import Severity

DETECTORS = ["entity", "quote", "attribution"]

SWAP = [
    ("swap-city", "The match was played in Leeds on Saturday afternoon.", "The match was played in Leicester on Saturday afternoon.", ("entity", "major", "Leicester")),
    ("swap-rubio", "Secretary of State Marco Rubio met the delegation on Friday.", "Secretary of State Marco Rubin met the delegation on Friday.", ("entity", "major", "Rubin")),
    ("swap-mayor", "Mayor Elena Ruiz said the plan was delayed by a month.", "Mayor Elena Rios said the plan was delayed by a month.", ("entity", "major", "Rios")),
    ("swap-company", "Shares of Microsoft fell sharply after the report was published.", "Shares of Google fell sharply after the report was published.", ("entity", "major", "Google")),
    ("swap-paris", "The summit will be held in Paris next month, officials said.", "The summit will be held in Berlin next month, officials said.", ("entity", "major", "Berlin")),
    ("swap-person", "Angela Merkel spoke to the parliament on Tuesday about energy.", "Boris Johnson spoke to the parliament on Tuesday about energy.", ("entity", "major", "Boris Johnson")),
    ("swap-full-name", "Mayor Ana Ruiz said on Monday the city will build a new bridge.", "Mayor Maria Lopez said on Monday the city will build a new bridge.", ("entity", "major", "Maria Lopez")),
    ("swap-state", "The company is based in Texas and employs 400 people.", "The company is based in Ohio and employs 400 people.", ("entity", "major", "Ohio")),
    ("swap-police", "Police in Manchester arrested two men on Sunday night.", "Police in Liverpool arrested two men on Sunday night.", ("entity", "major", "Liverpool")),
    ("swap-partner", "The deal was signed by Toyota and Honda in Tokyo.", "The deal was signed by Toyota and Nissan in Tokyo.", ("entity", "major", "Nissan")),
    ("swap-kyiv-lviv", "Zelenskyy met Scott Bessent in Kyiv on Wednesday.", "Zelenskyy met Scott Bessent in Lviv on Wednesday.", ("entity", "major", "Lviv")),
    ("swap-body", "The report was published by the World Bank on Monday.", "The report was published by the IMF on Monday.", ("entity", "major", "IMF")),
    ("swap-uk-us", "U.K. activists dumped paint in front of the Russian embassy in London.", "U.S. activists dumped paint in front of the Russian embassy in London.", ("entity", "major", "U.S.")),
    ("swap-london-moscow", "Activists dumped paint in front of the Russian embassy in London on Thursday.", "Activists dumped paint in front of the Russian embassy in Moscow on Thursday.", ("entity", "major", "Moscow")),
    ("swap-nationality", "The Ukrainian army retreated from the town overnight.", "The Russian army retreated from the town overnight.", ("entity", "major", "Russian")),
    ("swap-internal", "Council member Tom Okafor, who chairs the transport committee, opposed the light-rail plan at a hearing on Feb. 12. Mayor Elena Ruiz defended it the next day.",
     "Council member Tom Ruiz, who chairs the transport committee, opposed the light-rail plan at a hearing on Feb. 12. Mayor Elena Ruiz defended it the next day.", ("entity", "major", "Ruiz")),
]

CORRUPTION = [
    ("corrupt-hegseth", "Defense Secretary Pete Hegseth told NATO allies on Wednesday that Europe must do more.", "Defense Secretary Pete Hegses told NATO allies on Wednesday that Europe must do more.", ("entity", "minor", "Hegses")),
    ("corrupt-volodymyr", "President Volodymyr Zelenskyy arrived in Munich on Friday.", "President Voldymir Zelenskyy arrived in Munich on Friday.", ("entity", "minor", "Voldymir")),
    ("corrupt-non-nato", "The engineers would join a non-NATO relief team, Brandt said.", "The engineers would join a non-nat relief team, Brandt said.", ("entity", "minor", "nat")),
    ("corrupt-okafor", "Council member Tom Okafor opposed the plan at a hearing on Feb. 12.", "Council member Tom Okafur opposed the plan at a hearing on Feb. 12.", ("entity", "minor", "Okafur")),
    ("corrupt-schwarzenegger", "Arnold Schwarzenegger endorsed the candidate on Monday.", "Arnold Schwarzeneger endorsed the candidate on Monday.", ("entity", "minor", "Schwarzeneger")),
    ("corrupt-tchaikovsky", "The orchestra played Tchaikovsky in the second half of the concert.", "The orchestra played Tchaikovksy in the second half of the concert.", ("entity", "minor", "Tchaikovksy")),
    ("corrupt-siemens", "The German firm Siemens reported higher profits this quarter.", "The German firm Seimens reported higher profits this quarter.", ("entity", "minor", "Seimens")),
    ("corrupt-pyongyang", "Diplomats left Pyongyang after the talks collapsed.", "Diplomats left Pyongyan after the talks collapsed.", ("entity", "minor", "Pyongyan")),
    ("corrupt-massachusetts", "The company moved its headquarters to Massachusetts last year.", "The company moved its headquarters to Massachusets last year.", ("entity", "minor", "Massachusets")),
    ("corrupt-natarajan", "Priya Natarajan, the authority's finance chief, presented the budget.", "Priya Natarajen, the authority's finance chief, presented the budget.", ("entity", "minor", "Natarajen")),
]

VARIANT = [
    ("variant-zelensky", "Ukrainian President Volodymyr Zelenskyy spoke in Munich.", "Ukrainian President Volodymyr Zelensky spoke in Munich.", ("entity", "info", "Zelensky")),
    ("variant-kiev", "The delegation travelled to Kyiv on Monday for the talks.", "The delegation travelled to Kiev on Monday for the talks.", ("entity", "info", "Kiev")),
    ("variant-us-dots", "The U.S. has set aside about $12 billion for the ports.", "The US has set aside about $12 billion for the ports.", None),
    ("variant-united-states", "The United States has set aside about $12 billion for the ports.", "The US has set aside about $12 billion for the ports.", None),
    ("variant-nato-case", "NATO members must do more for their own security.", "Nato members must do more for their own security.", None),
    ("amount-not-name", "Guidance rose to a range of $9.3 billion to $9.5 billion, from $9.0 billion to $9.3 billion, chief executive Margit Halvorsen said.",
     "Guidance was lifted to a range of $9.3bn to $9.5bn, up from $9.0bn-$9.3bn previously, chief executive Margit Halvorsen said.", None),
    ("word-not-name", "The Rural Labour Party credited the surge partly to the campaign.", "Analysts attributed part of the surge to the Rural Labour campaign.", None),
    ("variant-zelenskiy", "Volodymyr Zelenskyy called for a European army.", "Volodymyr Zelenskiy called for a European army.", ("entity", "info", "Zelenskiy")),
    ("variant-britain", "The United Kingdom will send more troops next year.", "Britain will send more troops next year.", None),
    ("variant-peking", "The delegation arrived in Beijing on Monday.", "The delegation arrived in Peking on Monday.", ("entity", "info", "Peking")),
    ("variant-demonym", "Marchenko discussed selling Ukraine's grain exports to investors.", "Marchenko discussed selling Ukrainian grain exports to investors.", None),
    ("variant-surname", "Treasury Secretary Scott Bessent met Zelenskyy on Feb. 12. Bessent said the talks went well.",
     "Scott Bessent met Zelenskyy on February 12. Bessent said the talks went well.", None),
    ("variant-initialism", "He spoke at the Munich Security Conference on Friday.", "He spoke at the MSC on Friday in Munich.", None),
    ("variant-first-name", "Trump said the United States would gain up to $500 billion.", "President Donald Trump said the United States would gain up to $500 billion.", None),
    ("variant-russia", "The Russian army advanced towards the city.", "Russia's army advanced towards the city.", None),
    ("variant-accents", "José Mourinho was appointed manager of the club.", "Jose Mourinho was appointed manager of the club.", None),
    ("variant-police-rank", "Detective Sergeant Jim Cole said officers were still searching.",
     "Det Sgt Jim Cole said officers were still searching.", None),
]

ROLE = [
    ("role-title-word-elsewhere", "Judge Helen Marsh said the company had ignored warnings from inspectors.",
     "Inspector Helen Marsh said the company had ignored warnings from inspectors.", ("entity", "major", "Inspector")),
    ("role-title-kept", "Judge Helen Marsh said the company had ignored warnings from inspectors.",
     "Judge Helen Marsh said the firm had ignored the inspectors' warnings.", None),
    ("role-bystanders", "As he spoke with reporters in Munich, the leader said he wanted guarantees.", "When he spoke to bystanders in Munich, the leader said he wanted guarantees.", ("entity", "minor", "bystanders")),
    ("role-cfo-ceo", "The authority's chief financial officer, Priya Natarajan, said grants would cover costs.", "The authority's chief executive, Priya Natarajan, said grants would cover costs.", ("entity", "major", "chief executive")),
    ("role-ceo-cfo", "Chief Executive Tim Cook announced the quarterly results on Thursday.", "CFO Tim Cook announced the quarterly results on Thursday.", ("entity", "major", "CFO")),
    ("role-cfo-synonym", "The company's CFO, Jane Smith, resigned on Monday.", "The company's chief financial officer, Jane Smith, resigned on Monday.", None),
    ("role-journalists", "Journalists asked the minister about the budget.", "Reporters asked the minister about the budget.", None),
    ("role-witnesses", "Witnesses told police the car was speeding.", "Officers told police the car was speeding.", ("attribution", "major", "Officers")),
    ("role-senator", "The senator voted against the bill on Tuesday.", "The governor voted against the bill on Tuesday.", ("entity", "minor", "governor")),
    ("role-spokesman", "A spokesman for the company declined to comment.", "A spokeswoman for the company declined to comment.", None),
    ("role-protesters", "Protesters gathered outside the embassy on Sunday.", "Demonstrators gathered outside the embassy on Sunday.", None),
    ("role-doctors", "Doctors treated the injured overnight at the hospital.", "Nurses treated the injured overnight at the hospital.", ("entity", "minor", "Nurses")),
    ("role-supporters", "About 3,000 fans marched to the stadium on Saturday.", "Roughly 3,000 supporters marched to the stadium on Saturday.", None),
    ("role-employees", "The union represents about 6,400 of the group's workers.", "The union represents some 6,400 of the group's employees.", None),
]

OWNER = [
    ("owner-his-country", "Chilean President Elena Varga wants a deal to give the United States access to her country's lithium mines.",
     "Chilean President Elena Varga wants a deal to give the United States access to US lithium mines.", ("entity", "major", "US")),
    ("owner-invasion", "Russia's invasion of Ukraine began in February 2022.", "Ukraine's invasion of Russia began in February 2022.", ("entity", "major", "Ukraine")),
    ("owner-company", "Apple's profits rose sharply in the last quarter.", "Samsung's profits rose sharply in the last quarter.", ("entity", "major", "Samsung")),
    ("owner-kept", "Zelenskyy wants access to Ukraine's natural resources to stay in Ukrainian hands.", "Zelenskyy wants Ukraine's natural resources to stay in Ukrainian hands.", None),
    ("owner-his-same", "Ukrainian President Volodymyr Zelenskyy defended his country's minerals deal.", "Ukrainian President Volodymyr Zelenskyy defended Ukraine's minerals deal.", None),
    ("owner-generic", "The company said its profits rose in the last quarter.", "The company said the firm's profits rose in the last quarter.", None),
    ("owner-subject", "Drugmaker's profit falls\n\nHalvorsen Pharma said on Thursday its quarterly profit fell 18% to $1.2 billion.",
     "Halvorsen Pharma's profit for the quarter fell by 18% to $1.2bn, the company said on Thursday.", None),
]

QUOTE = [
    ("quote-straight-curly", "“We are still talking,” Zelenskyy said on Friday.", '"We are still talking," Zelenskyy said on Friday.', None),
    ("quote-whitespace", "“We are still  talking,” he said after the meeting.", "“We are still talking,” he said after the meeting.", None),
    ("quote-reworded-minor", "“This, for us, is a big step,” Varga said on Friday.", "“This is a big step for us,” Varga said on Friday.", ("quote", "minor", "This is a big step for us,")),
    ("quote-figure", "“Costs rose 18% in a single year,” Okafor said at the hearing.", "“Costs rose 8% in a single year,” Okafor said at the hearing.", ("quote", "major", "Costs rose 8% in a single year,")),
    ("quote-negation", "“We will not accept this deal,” she said on Monday.", "“We will accept this deal,” she said on Monday.", ("quote", "major", "We will accept this deal,")),
    ("quote-opposites", "Doyle said the bill “spends too much and fixes too little” on Thursday.",
     "Doyle said the bill “spends too little and fixes too much” on Thursday.", ("quote", "major", "spends too little and fixes too much")),
    ("quote-opposite-verb", "“Prices rose again in March,” the minister said.", "“Prices fell again in March,” the minister said.",
     ("quote", "major", "Prices fell again in March,")),
    ("quote-cut-qualifier", "Professor Varga said the results were “encouraging but preliminary” and urged caution.",
     "Professor Varga said the results were “encouraging” and urged caution.", ("quote", "major", "encouraging")),
    ("quote-joins-speakers", '"Only 64 patients is not enough to tell us how safe it is," said Dr. Miriam Okafor. Professor Helena Varga urged caution. "Many promising compounds fall at the final hurdle," she said.',
     '"Only 64 patients is not enough to tell us how safe it is. Many promising compounds fall at the final hurdle," said Dr. Miriam Okafor. Professor Helena Varga urged caution.',
     ("quote", "major", "Only 64 patients is not enough to tell us how safe it is. Many promising compounds fall at the final hurdle,")),
    ("quote-two-pieces-joined", "“We are disappointed, but this is not the end of the case,” Lindqvist said. “The judge did not find that the map is fair.”",
     "“We are disappointed, but this is not the end of the case. The judge did not find that the map is fair,” Lindqvist said.", None),
    ("quote-cut-before-clause", '"It is probably not the easiest time to take over the programme, but I look forward to the challenge," Parsons said.',
     '"It is probably not the easiest time to take over the programme," Parsons said.', None),
    ("quote-part-kept", "“We will appeal this ruling. We think the jury got it wrong,” Pratt said.",
     "“We will appeal this ruling,” Pratt said.", None),
    ("quote-synonym", "“Prices rose again in March,” the minister said.", "“Prices climbed again in March,” the minister said.",
     ("quote", "minor", "Prices climbed again in March,")),
    ("quote-paraphrase-to-quote", "Varga said she has yet to see firm funding pledges for her region.",
     "Varga said: “I have yet to see firm funding pledges for my region.”", ("quote", "major", "I have yet to see firm funding pledges for my region.")),
    ("quote-to-paraphrase", "“We’re still counting,” Varga replied on Friday.", "Varga replied on Friday that they were still counting.", ("quote", "info", "Varga replied on Friday that they were still counting.")),
    ("quote-spanning", "“I truly think the moment is here,” he said. “A shared coastal fund must be set up.”",
     '"I truly think the moment is here," he said. "A shared coastal fund must be set up."', None),
    ("quote-spanning-reworded", "“I truly think the moment is here,” he said. “A shared coastal fund must be set up.”",
     "“I truly think that the moment is here,” he said. “A shared coastal fund must be set up.”", ("quote", "minor", "I truly think that the moment is here,")),
    ("quote-nested-same", "She said: “He told me ‘never again’ and then he left.”", "She said: “He told me ‘never again’ and then he left.”", None),
    ("quote-nested-reworded", "She said: “He told me ‘never again’ and then he left.”", "She said: “He told me ‘not again’ and then he walked out.”", ("quote", "minor", "He told me ‘not again’ and then he walked out.")),
    ("quote-fragment", "“A shared coastal fund must be set up,” he said at the summit.", "At the summit he said a shared coastal fund “must be set up”.", None),
    ("quote-fabricated", "The minister visited the factory on Monday morning.", "The minister visited the factory on Monday morning, saying “this is a proud day for all our workers”.",
     ("quote", "major", "this is a proud day for all our workers")),
    ("quote-ellipsis", "“We cannot ask taxpayers to carry a project whose costs rose so fast,” Okafor said.", "“We cannot ask taxpayers … whose costs rose so fast,” Okafor said.", None),
    ("quote-multi-sentence-copy", "“Every loan must be backed by solid collateral,” Brandt told lenders. “They should not be covered under Clause Four.”",
     "“Every loan must be supported by sound collateral. They should not be covered by Clause 4,” Brandt told lenders.", ("quote", "minor", "Every loan must be supported by sound collateral. They should not be covered by Clause 4,")),
    ("quote-number-word", "“Only five of them came back,” she said.", "“Only 5 of them returned,” she said.", ("quote", "minor", "Only 5 of them returned,")),
    ("quote-name-changed", "“Kyiv will never accept this,” Zelenskyy said.", "“Moscow will never accept this,” Zelenskyy said.", ("quote", "major", "Moscow will never accept this,")),
]

ATTRIBUTION = [
    ("attr-quote-named", "“We cannot ask taxpayers to pay more,” Okafor said. Ruiz disagreed with him.", "“We cannot ask taxpayers to pay more,” Ruiz said. Ruiz disagreed with him.", ("attribution", "major", "Ruiz")),
    ("attr-said-x", "“It is not in our interest,” replied Zelenskyy at the conference.", "“It is not in our interest,” replied Trump at the conference.", ("attribution", "major", "Trump")),
    ("attr-told", "“Any guarantee must be backed by troops,” Hegseth told NATO allies.", "“Any guarantee must be backed by troops,” Rubio told NATO allies.", ("attribution", "major", "Rubio")),
    ("attr-according", "According to Smith, “the numbers do not add up at all.”", "According to Jones, “the numbers do not add up at all.”", ("attribution", "major", "Jones")),
    ("attr-pronoun-same", "Ruiz defended the plan. “This line will help the poorest,” she said.", "Ruiz defended the plan. “This line will help the poorest,” Ruiz said.", None),
    ("attr-pronoun-other", "Okafor spoke first. Ruiz defended the plan. “This line will help the poorest,” she said.",
     "Okafor spoke first. Ruiz defended the plan. “This line will help the poorest,” Okafor said.", ("attribution", "major", "Okafor")),
    ("attr-variant-speaker", "“We’re still counting,” Zelenskyy replied on Friday.", "“We’re still counting,” Zelensky replied on Friday.", ("entity", "info", "Zelensky")),
    ("attr-misspelt-speaker", "“Any guarantee must be backed by troops,” Hegseth told NATO allies.", "“Any guarantee must be backed by troops,” Hegses told NATO allies.", ("entity", "minor", "Hegses")),
    ("attr-claim-company", "The company said profits would rise again next year.", "Analysts said profits would rise again next year.", ("attribution", "major", "Analysts")),
    ("attr-claim-according", "Profits will rise again next year, according to the company.", "Profits will rise again next year, according to analysts.", ("attribution", "major", "analysts")),
    ("attr-claim-authority", "The Metropolitan Transit Authority said fares would rise in 2026.", "The authority said fares would rise in 2026.", None),
    ("attr-claim-surname", "Mayor Elena Ruiz said the vote was delayed until March.", "Ruiz said the vote was delayed until March.", None),
    ("attr-claim-synonym", "Officials said the talks would resume next week.", "Authorities said the talks would resume next week.", None),
    ("attr-speaker-body", '"Appellate courts rarely overturn fraud convictions," said Professor Alan Mercer of Wrenfield Law School.',
     'Professor Alan Mercer of Wrenfield Law School said: "Appellate courts rarely overturn fraud convictions."', None),
    ("attr-count-not-sayer", "Eleven of the 32 patients taking the drug reported nausea.", "Of the 32 people given the drug, 11 reported nausea.", None),
    ("attr-pointed-out", "She noted that earlier drugs had performed worse in larger trials.", "She pointed out that earlier drugs had done worse in larger trials.", None),
    ("attr-outer-sayer-dropped", "Prosecutors said Ashcroft told investors between 2019 and 2022 that Tessaly had signed agreements with 140 retailers.",
     "Between 2019 and 2022, Ashcroft told investors that Tessaly had signed agreements with 140 retailers.",
     ("attribution", "minor", "Between 2019 and 2022, Ashcroft told investors that Tessaly had signed agreements with 140 retailers.")),
    ("attr-outer-sayer-dropped-long-term", "Prosecutors said Ashcroft told investors that Tessaly had signed long-term deals with 140 retailers.",
     "Ashcroft told investors that Tessaly had signed long-term deals with 140 retailers.",
     ("attribution", "minor", "Ashcroft told investors that Tessaly had signed long-term deals with 140 retailers.")),
    ("attr-belief-dropped", "The trust chair said supporters feared Rovers would be loaded with debt.",
     "The trust chair said Rovers would be loaded with debt.", ("attribution", "minor", "The trust chair said Rovers would be loaded with debt.")),
    # beside a quote, and under a participle that inherits its sayer ("said Ashby, adding that ...")
    ("attr-belief-dropped-by-quote", "“We have seen what happens to clubs like ours,” said trust chair Colin Ashby, adding that supporters feared Rovers would be loaded with debt.",
     "“We have seen what happens to clubs like ours,” said trust chair Colin Ashby, adding that Rovers would be loaded with debt.",
     ("attribution", "minor", "“We have seen what happens to clubs like ours,” said trust chair Colin Ashby, adding that Rovers would be loaded with debt.")),
    ("attr-belief-kept-by-quote", "“We have seen what happens to clubs like ours,” said trust chair Colin Ashby, adding that supporters feared Rovers would be loaded with debt.",
     "“We have seen what happens to clubs like ours,” said trust chair Colin Ashby, who added that fans feared Rovers would be loaded with debt.", None),
    ("attr-pronoun-sayer-merged", "The study cannot show that night work causes heart disease, the authors said. They said other factors could explain part of the link.",
     "The study cannot prove that night work causes heart disease, the authors said, adding that other factors could explain part of the link.", None),
    # a quote told without its speaker, and a quote whose opening mark is lost, are the quote check's
    ("attr-quote-kept-unsaid", 'This weakness grows when nearly all computers rely on a single operating system," Geer added.',
     '"This weakness grows when nearly all computers rely on a single operating system."', None),
    ("attr-partial-quote-sayer", "Neither military action nor bribery can solve the problem, Wolfowitz said.",
     'Wolfowitz admitted on Saturday that neither military action nor "bribery" would solve the problem.', None),
    ("attr-characterised", "The attorney said the wholesalers were not to blame and were victims of the scheme.",
     "The attorney declined to name the wholesalers, whom he called victims of the scheme.", None),
    ("attr-copy-quotes-part", "Even when the exchange detected violations, it often failed to take disciplinary action, the SEC said.",
     'Even when the exchange detected violations, it "often failed to take disciplinary action" against firms.', None),
    ("attr-inner-finding-kept", "A study of 2,400 adults found that coffee drinkers were 15% less likely to develop diabetes, researchers reported on Monday.",
     "Researchers reported on Monday that in a study of 2,400 adults, coffee drinkers were 15% less likely to develop diabetes.", None),
    ("attr-said-expected", "The Bank said it expected inflation to rise again later this year, to about 3.5%.",
     "The Bank expects inflation to climb again later in the year, to around 3.5%.", None),
    ("attr-claim-police", "The protest outside the town hall was peaceful, police said.", "The protest outside the town hall was peaceful, officers said.", None),
    ("attr-claim-ministry", "The ministry said the border was closed on Sunday.", "The army said the border was closed on Sunday.", ("attribution", "major", "army")),
    ("attr-claim-pronoun", "He said the border was closed on Sunday.", "She said the border was closed on Sunday.", None),
    ("attr-claim-attorney", "His attorney said he had no link to the company.", "His lawyer said he had no link to the company.", None),
    ("attr-claim-misspelt-org", "Microsoft said the update would ship in May.", "Micosoft said the update would ship in May.",
     ("entity", "minor", "Micosoft")),
    ("attr-claim-misspelt-initials", "The Equal Opportunities Commission (EOC) organised the seminar.",
     "The EOC, or Equal Opportuniies Commission, organised the seminar.", ("entity", "minor", "Opportuniies")),
    ("attr-claim-time-clause", "Hale was given a suspended sentence after he testified against Pike.",
     "Hale was given a suspended sentence after he gave evidence against Pike.", None),
    ("attr-claim-two-names", "It is the first time since 1995 that a mayor has been jailed, according to the Local Government Association.",
     "It is the first time since 1995 that a mayor has been jailed, according to Martin Hale.", ("attribution", "major", "Martin Hale")),
    ("attr-claim-initialism", "The SEC said on Thursday its staff was preparing rules to combat trading abuses.",
     "Last week the Securities and Exchange Commission said its staff was preparing rules to combat trading abuses.", None),
    ("attr-claim-long-name", "In Vienna, the IAEA said the inspectors would return in May.",
     "In Vienna, the International Atomic Energy Agency said the inspectors would return in May.", None),
    ("attr-claim-found", "The drug cut the risk of a stroke by 20%, the manufacturer said.",
     "The drug cut the risk of a stroke by 20%, researchers found.", ("attribution", "major", "researchers")),
    ("attr-found-object", "Police found a knife in the car on Monday.", "Officers found a knife in the car on Monday.", None),
    ("attr-dropped-said", "Police said the man had been armed with a knife.", "The man had been armed with a knife.",
     ("attribution", "minor", "The man had been armed with a knife.")),
    ("attr-dropped-according", "The firm overstated its sales by a third, according to the regulator.",
     "The firm overstated its sales by a third.", ("attribution", "minor", "The firm overstated its sales by a third.")),
    ("attr-dropped-pronoun", "He said he had never met the banker before the trial.", "He had never met the banker before the trial.",
     ("attribution", "minor", "He had never met the banker before the trial.")),
    ("attr-moved", "Police said the man had been armed with a knife.", "The man had been armed with a knife, police said.", None),
    ("attr-hedged", "Police said the man had been armed with a knife.", "The man had reportedly been armed with a knife.", None),
    ("attr-relative", "He stole £2m from the charity, which he said he had spent on debts.", "He stole £2m from the charity.", None),
    # a denial told as fact settles what was disputed
    ("attr-denial-dropped", "The minister denied that Chilean firms had received state subsidies.",
     "Chilean firms have received no state subsidies.", ("attribution", "major", "Chilean firms have received no state subsidies.")),
    ("attr-denial-of-claims-dropped", "He denied claims that the plan would cut 300 jobs.",
     "The plan will not cut 300 jobs.", ("attribution", "major", "The plan will not cut 300 jobs.")),
    ("attr-denial-kept", "The minister denied that Chilean firms had received state subsidies.",
     "The minister rejected claims that Chilean firms had received state subsidies.", None),
    # one sentence split in two, its sayer kept with one part only
    ("attr-split-sayer", "Ferrer said the deal would create 2,600 jobs and that Chile would keep a 51 percent stake in the plant.",
     "The deal will create 2,600 jobs. According to Ferrer, Chile would keep a 51 percent stake in the plant.",
     ("attribution", "minor", "The deal will create 2,600 jobs.")),
    ("attr-split-sayer-kept", "Ferrer said the deal would create 2,600 jobs and that Chile would keep a 51 percent stake in the plant.",
     "The deal will create 2,600 jobs, Ferrer said. According to her, Chile would keep a 51 percent stake in the plant.", None),
    # a sayer in the sentence before credits the next only when it introduces it
    ("attr-previous-sayer-own-claim", "Ambrose said locals were worried about the river. She said the council would not oppose the expansion.",
     "Ambrose said locals were worried about the river. The council will not oppose the expansion.",
     ("attribution", "minor", "The council will not oppose the expansion.")),
    ("attr-previous-sayer-introduces", "Ambrose said the council would not oppose the expansion.",
     "Ambrose explained on Monday. The council would not oppose the expansion.", None),
    # a body reporting its own act; a clause joined after the sayer is the writer's
    ("attr-own-deed", "The institute said it had suspended the researcher's grant.",
     "The institute has suspended the researcher's grant.", None),
    ("attr-writers-clause", "The agency has not put the trial on hold, a spokesperson said, but it has asked for the safety data by April 15.",
     "The agency has not put the trial on hold, a spokesperson said. It has, however, asked for the safety data by April 15.", None),
    ("attr-adding-cameras", "Kelmsworth expanded its camera network in 2017, adding nine cameras near schools.",
     "Kelmsworth's camera network was expanded in 2017, when nine cameras were put up near schools.", None),
    # "add" with an object says nothing; a word of the claim itself credits nothing
    ("attr-add-object", "Reyes said the city had failed to account for upgrades that could add another $22 million.",
     "The city did not account for upgrades that could add another $22 million.",
     ("attribution", "minor", "The city did not account for upgrades that could add another $22 million.")),
    # "he" / "she" read as the person last named as a subject nearby
    ("attr-pronoun-resolved", "Labour Minister Patrick Dunmore named Sylvie Marchetti as mediator. He said the government had no plans to legislate.",
     "Labour Minister Patrick Dunmore named Sylvie Marchetti as mediator. According to Marchetti, the government has no plans to legislate.",
     ("attribution", "major", "Marchetti")),
    ("attr-pronoun-resolved-same", "Labour Minister Patrick Dunmore named Sylvie Marchetti as mediator. He said the government had no plans to legislate.",
     "Labour Minister Patrick Dunmore named Sylvie Marchetti as mediator. According to Dunmore, the government has no plans to legislate.", None),
    ("attr-pronoun-appos", "The institute's director, Prof. Heather Lam, said the inquiry would take six months. "
     "The panel will include no one who has worked with Brennecke, she said.",
     "The institute's director, Prof. Heather Lam, said the inquiry would take six months. "
     "According to Lam, the panel will include nobody who has worked with Brennecke.", None),
    # a title in lower case before the speaker's name
    ("attr-quote-titled", "“We are not against foreign investment, but we are not naive,” Economy Minister Willem Brandsma said.",
     "“We are not against foreign investment, but we are not naive,” board chairwoman Dekkers said.",
     ("attribution", "major", "board chairwoman Dekkers")),
    ("attr-quote-titled-same", "“We are not against foreign investment, but we are not naive,” Economy Minister Willem Brandsma said.",
     "“We are not against foreign investment, but we are not naive,” economy minister Brandsma said.", None),
    ("attr-quote-titled-company", "“It is a huge black eye for the paper,” said New York Times Company chairman Arthur Sulzberger.",
     "“It is a huge black eye for the paper,” said company chairman Arthur Sulzberger.", None),
    # a quote's "he" is the subject of a main clause nearby, not a name inside another clause
    ("attr-quote-pronoun-main-subject",
     "Mancuso's lawyer, Howard Lisle, said his client would appeal. Lisle said no document showed that Mancuso knew. "
     "“The jury did not hear the whole story,” he said.",
     "Mancuso's lawyer, Howard Lisle, said his client would appeal. Lisle said no document showed that Mancuso knew. "
     "“The jury did not hear the whole story,” Lisle said.", None),
    ("attr-quote-pronoun-main-subject-swapped",
     "Mancuso's lawyer, Howard Lisle, said his client would appeal. Lisle said no document showed that Mancuso knew. "
     "“The jury did not hear the whole story,” he said.",
     "Mancuso's lawyer, Howard Lisle, said his client would appeal. Lisle said no document showed that Mancuso knew. "
     "“The jury did not hear the whole story,” Mancuso said.", ("attribution", "major", "Mancuso")),
    ("attr-quote-pronoun-according", "Marsh said she may introduce a motion. “We should not draw it behind closed doors,” Marsh said. "
     "Courts rarely throw out maps, according to Nathan Elwood, a law professor. “Judges are wary of changing the rules,” he said.",
     "Marsh said she may introduce a motion. “We should not draw it behind closed doors,” Marsh said. "
     "Courts rarely throw out maps, according to Nathan Elwood, a law professor. “Judges are wary of changing the rules,” Elwood said.",
     None),
    ("attr-according-writers-clause", "A recount has cut the mayor's lead to 9 votes, according to preliminary figures, but the result is not yet final.",
     "A recount has cut the mayor's lead to 9 votes, according to preliminary figures. The result is not yet final, however.", None),
    ("owner-his-government", "Chile's trade minister, Rodrigo Ancalao, said his government would challenge any increase.",
     "Chile's government would challenge any increase, the country's trade minister, Rodrigo Ancalao, said.", None),
    ("attr-claim-word-echoed", "Lisle told reporters that the government had failed to produce a document showing that Mancuso knew.",
     "The government did not produce a document showing that Mancuso knew.",
     ("attribution", "minor", "The government did not produce a document showing that Mancuso knew.")),
    # session 17: an allegation restated in other words, a denial with a participle clause, a
    # split sentence under a looser pair, and a description restated on its own
    ("attr-allegation-reworded", "The firm alleged that the cracks were caused by a test rig that staff had assembled badly.",
     "The cracks came from a test rig that staff had put together badly.",
     ("attribution", "major", "The cracks came from a test rig that staff had put together badly.")),
    ("attr-allegation-same-verb", "The firm alleged that the cracks were caused by a faulty test rig.",
     "The cracks were caused by a faulty test rig.", None),  # the meaning detector's "hedge removed"
    ("attr-denial-saying", "The chief executive denied that the chain had raised prices beyond its costs, saying its profit was small.",
     "The chain has not raised prices beyond its costs. Its chief executive said its profit was small.",
     ("attribution", "major", "The chain has not raised prices beyond its costs.")),
    ("attr-sayer-changed-looser-pair",  # someone the source names elsewhere
     "Finance Minister Colm Adair spoke on Monday. Food prices rose 4% last year. Shoppers have cut back on meat. "
     "Priya Vandermeer, chief economist at Lakeshore Bank, said the investigation was unlikely to bring prices down in the short term.",
     "Finance Minister Colm Adair spoke on Monday. Food prices rose 4% last year. Shoppers have cut back on meat. "
     "According to Finance Minister Colm Adair, the investigation is unlikely to bring prices down in the short term.",
     ("attribution", "major", "Finance Minister Colm Adair")),
    ("attr-description-restated", "The coalition alleges that the map, approved by the commission in a 3-2 vote last November, splits the east side.",
     "The map was approved by the commission in a 3-2 vote last November.", None),
    # session 18: a sentence cut in two with its sayer kept in the first part goes on reporting it;
    # a sayer named only after the claim leaves the claim stated as fact; the one warned is no sayer
    ("attr-cut-sayer-first", "No injuries have been reported, but two guards were treated for smoke, the prison service said.",
     "The prison service said no injuries have been reported. But two guards were treated for smoke.", None),
    ("attr-cut-sayer-after", "The mayor said the bridge would reopen in May and that tolls would rise by 10%.",
     "The bridge will reopen in May. The mayor said tolls would rise by 10%.",
     ("attribution", "minor", "The bridge will reopen in May.")),
    ("attr-warned-is-no-sayer", '"They were warned in writing," said Ada Brill, a lawyer for the tenants.',
     'Ada Brill is a lawyer for the tenants. "They were warned in writing," she said.', None),
    ("attr-warned-by", "Residents were warned by the council that the bridge would close.", "The bridge will close.",
     ("attribution", "minor", "The bridge will close.")),
    # a dateline parsed as the sayer; a refusal to comment is the sayer's own act; one pronoun both
    # times; a quote's sayer is the one whose report holds the inner "X says"
    ("attr-dateline-sayer",  # the company tells its own deed; the dateline says nothing
     "KESSLER FALLS, Ohio (Lakes Wire) — Norvane Biologics said on Wednesday it would close its vaccine plant by June.",
     "KESSLER FALLS, Ohio (Lakes Wire) — Norvane Biologics will close its vaccine plant by June.", None),
    ("attr-declined-to-comment", "Ministry spokeswoman Lena Ruiz said the ministry would not comment on a case before the courts.",
     "Lena Ruiz, a ministry spokeswoman, declined to comment on a case that is before the courts.", None),
    ("quote-same-pronoun", 'Ada Brill runs the tenants\' group. Omar Said chairs the board. "We pay either way," she said.',
     'Omar Said chairs the board. Ada Brill runs the tenants\' group. "We pay either way," she said.', None),
    ("quote-inner-sayer", '"If the money is where Norvex says it is, this could be over quickly," said Aaron Whitfield, a lawyer.',
     'Aaron Whitfield, a lawyer, said that if the money is where Norvex says it is, "this could be over quickly."', None),
]

CONTROL = [
    ("ctrl-seed-like", "Varga met with Finance Minister Paul Okonkwo on Feb. 12 to push the talks forward.", "Varga met Finance Minister Paul Okonkwo on February 12 to push talks forward.", None),
    ("ctrl-rubio", "She then met Vice President Anna Ruiz and Foreign Minister Marco Rubio on Feb. 14.", "She then met with Vice President Anna Ruiz and Foreign Minister Marco Rubio on February 14.", None),
    ("ctrl-msc", "He spoke on the margins of the yearly Lisbon Ocean Forum in Portugal.", "He spoke at the yearly Lisbon Ocean Forum in Portugal.", None),
    ("ctrl-sentence-initial", "Yesterday the council met to discuss the budget.", "Today the council met to discuss the budget.", None),
    ("ctrl-reporters", "Reporters asked the Chilean leader to explain the offer.", "Reporters asked Chilean leaders to explain the offers.", None),
    ("ctrl-white-house", "The White House did not respond to a request for comment.", "The White House did not reply to a request for comment.", None),
    ("ctrl-kyiv", "Air raid sirens sounded across Kyiv on Tuesday night.", "Air raid sirens sounded across Kyiv on Tuesday evening.", None),
    ("ctrl-reorder", "Ruiz and Okafor met on Monday to discuss the plan.", "Okafor and Ruiz met on Monday to discuss the plan.", None),
    ("ctrl-title-added", "Bessent said the talks were productive.", "Treasury Secretary Bessent said the talks were productive.", None),
    ("ctrl-quote-same", "“This line will cut commute times,” she told reporters.", "“This line will cut commute times,” she told reporters.", None),
    ("ctrl-heading", "Varga Holds Out for Better Japan Mining Terms\n\nVarga wants firmer terms from Japan.",
     "Varga Holds Out For Better Japan Mining Terms\n\nVarga wants firmer terms from Japan.", None),
    ("ctrl-scare-quotes", "The so-called peace plan was rejected by both sides.", "The so-called “peace plan” was rejected by both sides.", None),
]

CASES = SWAP + CORRUPTION + VARIANT + ROLE + OWNER + QUOTE + ATTRIBUTION + CONTROL


def test_enough_cases() -> None:
    assert len(CASES) >= 80
    assert len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize(("case_id", "source", "copy", "expected"), CASES, ids=[c[0] for c in CASES])
def test_case(case_id: str, source: str, copy: str, expected: tuple[str, str, str] | None) -> None:
    report = factdiff.compare(source, copy, detectors=DETECTORS)
    got = [(f.type, str(f.severity), (f.copy or f.source).text if (f.copy or f.source) else "", f.message) for f in report.findings]
    serious = [g for g in got if Severity.parse(g[1]) >= Severity.MINOR]
    if expected is None or expected[1] == "info":
        assert not serious, f"{case_id}: unexpected findings {serious}"
    if expected is not None:
        ftype, sev, text = expected
        assert any(g[0] == ftype and g[1] == sev and g[2] == text for g in got), f"{case_id}: wanted {expected}, got {got}"
    for f in report.findings:  # every span is a true slice of its document
        if f.copy is not None:
            assert report.copy.text[f.copy.start : f.copy.end] == f.copy.text
        if f.source is not None:
            assert report.source.text[f.source.start : f.source.end] == f.source.text


def test_a_looser_pair_compares_only_a_sayer_the_source_names() -> None:
    # in a pair below 0.75, a copy sayer the source never names may be another name of the same
    # one ("Sir John" for "Mr. Stevens"): the name itself is the entity detector's
    r = factdiff.compare(
        "Priya Vandermeer, chief economist at Lakeshore Bank, said the investigation was unlikely to bring prices down in the short term.",
        "According to Finance Minister Colm Adair, the investigation is unlikely to bring prices down in the short term.",
        detectors=DETECTORS)
    assert r.alignment.links and r.alignment.links[0].similarity < 0.75
    assert not [f for f in r.findings if f.type == "attribution"]
    assert [f for f in r.findings if f.type == "entity"]


def test_demonym_outside_the_alias_table_is_a_variant() -> None:
    r = factdiff.compare(
        "Kowalski discussed selling Poland's coal reserves to investors.",
        "Kowalski discussed selling Polish coal reserves to investors.",
        detectors=["entity", "quote", "attribution"],
    )
    assert not [f for f in r.findings if f.severity >= Severity.MINOR]


def test_owner_changed_to_a_demonym() -> None:
    r = factdiff.compare(
        "Chilean President Elena Varga wants a deal to give Japan access to her country's lithium mines.",
        "Chilean President Elena Varga wants a deal to give Japan access to Japanese lithium mines.",
        detectors=["entity", "quote", "attribution"],
    )
    assert any(f.type == "entity" and f.severity >= Severity.MAJOR for f in r.findings)


def test_a_name_before_the_noun_is_its_owner_even_where_the_tagger_missed_it() -> None:
    src = "Sampaio said that all three Van Aalst breweries in the Netherlands would stay open."
    kept = factdiff.compare(src, "Sampaio said that all three of Van Aalst's Dutch breweries would stay open.",
                            detectors=["entity"])
    assert not [f.message for f in kept.findings if f.severity >= Severity.MINOR]
    moved = factdiff.compare(src, "Sampaio said that all three of Carvalho's Dutch breweries would stay open.",
                             detectors=["entity"])
    assert any("owner changed" in f.message for f in moved.findings)


def test_a_swapped_name_is_reported_once_per_place() -> None:
    """The whole name in one finding; a later mention with no source name beside it to replace adds
    no "not in the source" finding, while a later mention that replaces the name again is its own
    finding (it is another place where the copy says it)."""
    src = ("The mayor of Springfield, Ana Ruiz, announced on Monday that the city will build a new bridge over the river. "
           "The project will cost 40 million dollars and is expected to be finished in 2028. "
           "Ruiz said the bridge would cut traffic in the city centre.")
    cop = ("Springfield mayor Maria Lopez said on Monday the city will build a new bridge over the river, costing 40 "
           "million dollars. It should be finished in 2028, and Lopez said it would reduce traffic downtown.")
    found = [f for f in factdiff.compare(src, cop, detectors=DETECTORS).findings if f.severity >= Severity.MINOR]
    assert [(f.type, f.source.text if f.source else None, f.copy.text if f.copy else None) for f in found] == [
        ("entity", "Ana Ruiz", "Maria Lopez")
    ]
    again = cop.replace("downtown.", "downtown. Lopez said the bridge would cut traffic in the city centre.")
    found = [f for f in factdiff.compare(src, again, detectors=DETECTORS).findings if f.severity >= Severity.MINOR]
    assert [(f.source.text if f.source else None, f.copy.text if f.copy else None) for f in found] == [
        ("Ana Ruiz", "Maria Lopez"), ("Ruiz", "Lopez")
    ]

"""Word tables behind the distortion generator (:mod:`factdiff.synth`).

Small, hand-written and general English: nothing here is keyed to a particular text.
"""

from __future__ import annotations

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
#: news-style abbreviations (AP style) of the months that have one
MONTH_ABBR = {
    "January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept.",
    "October": "Oct.", "November": "Nov.", "December": "Dec.",
}
ABBR_MONTH = {**{v: k for k, v in MONTH_ABBR.items()}, **{v.rstrip("."): k for k, v in MONTH_ABBR.items()}, "Sep.": "September"}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: scale words and the wrong scale a careless writer puts instead
SCALE_SWAP = {
    "thousand": "million", "million": "billion", "billion": "million", "trillion": "billion",
    "bn": "m", "m": "bn", "mn": "bn",
}
#: short forms of scale words after a currency figure ("$3.1 billion" ↔ "$3.1bn")
SCALE_SHORT = {"billion": "bn", "million": "m", "trillion": "tn"}
SCALE_LONG = {v: k for k, v in SCALE_SHORT.items()} | {"mn": "million"}

NUMBER_WORDS = {
    "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}

#: contracted negations and their affirmative form
NEG_CONTRACTIONS = {
    "didn't": "did", "doesn't": "does", "don't": "do", "isn't": "is", "wasn't": "was", "aren't": "are",
    "weren't": "were", "hasn't": "has", "haven't": "have", "hadn't": "had", "won't": "will", "can't": "can",
    "couldn't": "could", "wouldn't": "would", "shouldn't": "should", "mustn't": "must",
}
#: auxiliaries that take a following "not"
NEGATABLE_AUX = {
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "must",
    "does", "do", "did", "may", "might",
}
#: main verbs not worth negating with do-support (speech verbs: negating them is odd prose)
NO_DO_SUPPORT = {"say", "tell", "be", "have", "do", "add", "write", "note", "ask", "reply"}

#: antonym pairs, inflected forms spelled out (both directions are used)
_ANTONYM_PAIRS = [
    ("rise", "fall"), ("rises", "falls"), ("rose", "fell"), ("rising", "falling"), ("risen", "fallen"),
    ("increase", "decrease"), ("increases", "decreases"), ("increased", "decreased"), ("increasing", "decreasing"),
    ("higher", "lower"), ("highest", "lowest"), ("more", "less"), ("most", "least"), ("above", "below"),
    ("win", "lose"), ("wins", "loses"), ("won", "lost"), ("winning", "losing"), ("winner", "loser"),
    ("approve", "reject"), ("approves", "rejects"), ("approved", "rejected"),
    ("accept", "refuse"), ("accepted", "refused"), ("accepts", "refuses"),
    ("support", "oppose"), ("supports", "opposes"), ("supported", "opposed"),
    ("strong", "weak"), ("stronger", "weaker"), ("large", "small"), ("larger", "smaller"),
    ("before", "after"), ("early", "late"), ("earlier", "later"), ("first", "last"),
    ("open", "closed"), ("opened", "closed"), ("positive", "negative"), ("profit", "loss"), ("profits", "losses"),
    ("guilty", "innocent"), ("legal", "illegal"), ("likely", "unlikely"), ("possible", "impossible"),
    ("agree", "disagree"), ("agreed", "disagreed"), ("success", "failure"), ("successful", "unsuccessful"),
    ("expand", "shrink"), ("expanded", "shrank"), ("gain", "loss"), ("gained", "lost"),
    ("maximum", "minimum"), ("majority", "minority"), ("best", "worst"), ("better", "worse"),
    ("allow", "forbid"), ("allowed", "banned"), ("boost", "cut"), ("boosted", "cut"),
    ("increase", "reduction"), ("up", "down"), ("inside", "outside"), ("full", "empty"),
    ("always", "never"), ("everyone", "no one"), ("all", "none"), ("start", "end"), ("started", "ended"),
    ("cheap", "expensive"), ("cheaper", "costlier"), ("safe", "dangerous"), ("true", "false"),
    ("survived", "died"), ("arrived", "left"), ("hired", "fired"), ("bought", "sold"), ("buy", "sell"),
    ("buys", "sells"), ("import", "export"), ("imports", "exports"), ("public", "private"),
]
ANTONYMS: dict[str, str] = {}
for _a, _b in _ANTONYM_PAIRS:
    ANTONYMS.setdefault(_a, _b)
    ANTONYMS.setdefault(_b, _a)

#: words an ``up``/``down`` antonym swap is allowed after (a movement, not a phrasal verb)
UPDOWN_OK_AFTER = {"is", "was", "are", "were", "went", "go", "goes", "going", "gone", "been", "be"}

#: near-synonyms that keep the facts, by the part of speech the word must have (spaCy ``pos``):
#: light paraphrase noise and quote rewording
SYNONYMS_BY_POS: dict[str, dict[str, str]] = {
    "VERB": {
        "said": "stated", "says": "states", "told": "informed", "added": "continued",
        "bought": "purchased", "buy": "purchase", "buying": "purchasing",
        "help": "assist", "helped": "assisted", "helping": "assisting",
        "began": "started", "begin": "start", "begins": "starts", "beginning": "starting",
        "show": "indicate", "showed": "indicated", "shows": "indicates", "shown": "indicated",
        "get": "obtain", "got": "obtained", "need": "require", "needed": "required", "needs": "requires",
        "try": "attempt", "tried": "attempted", "tries": "attempts",
        "use": "utilise", "used": "utilised", "uses": "utilises", "using": "utilising",
        "keep": "maintain", "kept": "maintained", "build": "construct", "built": "constructed",
        "building": "constructing", "start": "begin", "started": "began", "ended": "finished",
        "receive": "get", "received": "got", "think": "believe", "thinks": "believes", "thought": "believed",
    },
    "NOUN": {
        "talks": "discussions", "job": "post", "jobs": "posts", "meeting": "gathering", "answer": "response",
        "idea": "notion", "chance": "opportunity", "aim": "goal", "people": "individuals", "children": "kids",
        "firm": "company", "company": "firm", "plan": "proposal", "plans": "proposals", "issue": "matter",
        "issues": "matters", "problem": "difficulty", "problems": "difficulties", "area": "region", "areas": "regions",
    },
    "ADJ": {
        "big": "large", "huge": "enormous", "important": "significant", "enough": "sufficient", "hard": "difficult",
        "main": "principal", "key": "crucial", "whole": "entire", "recent": "latest",
    },
    "ADV": {
        "quickly": "rapidly", "nearly": "almost", "almost": "nearly", "also": "additionally", "however": "nevertheless",
        "often": "frequently", "very": "extremely", "really": "truly", "currently": "presently",
    },
    "ADP": {"about": "regarding"},
}


def synonym(word: str, pos: str) -> str | None:
    """A near-synonym of ``word`` used as part of speech ``pos``, if the tables have one."""
    return SYNONYMS_BY_POS.get(pos, {}).get(word.lower())


#: "about" is only a synonym of "regarding" when it is not an approximation ("about 300")
APPROXIMATORS = {"about", "around", "nearly", "almost"}

#: hedges and the certainty a spinner swaps in (and back); "would" → "will" is left out: in reported
#: speech ("said it would cost jobs") the two say the same
MODALITY = {"may": "will", "might": "will", "could": "will", "will": "may"}

#: a step along a legal or legislative process (:mod:`factdiff.stages`), as the participle or past
#: form the text has: "was accused of fraud" → "was convicted of fraud"
STAGE_FORWARD = {
    "investigated": "charged", "suspected": "convicted", "accused": "convicted", "arrested": "charged",
    "detained": "charged", "charged": "convicted", "convicted": "sentenced", "proposed": "approved",
    # an effect overstated
    "slowed": "stopped", "curbed": "stopped", "reduced": "eliminated",
    # a delay reported as a cancellation
    "delayed": "cancelled", "postponed": "cancelled", "suspended": "scrapped",
    # advice reported as an order
    "advised": "ordered", "urged": "ordered",
}

#: fallback names when a document has no second entity of the same kind to swap in
FALLBACK_ENTITIES = {
    "PERSON": ("Maria Keller", "David Okafor", "Laura Chen", "James Whitfield", "Ana Moreno", "Peter Novak"),
    "ORG": ("the World Bank", "Siemens", "the Red Cross", "Reuters", "Oxford University", "the IMF"),
    "GPE": ("Canada", "Brazil", "Kenya", "Poland", "Japan", "Texas", "Madrid", "Ohio"),
    "NORP": ("Canadian", "Brazilian", "Polish", "Japanese", "Kenyan"),
    "LOC": ("the Alps", "the Pacific", "Siberia", "the Sahara"),
    "FAC": ("Heathrow Airport", "the Golden Gate Bridge", "Wembley Stadium"),
}
ENTITY_LABELS = tuple(FALLBACK_ENTITIES)

#: fabricated sentences for insertions: fact-bearing, filled with random names and figures
INSERT_TEMPLATES = (
    "{person}, a spokesperson, said the figures would be revised in {month}.",
    "The measure is expected to cost about ${n} million over {k} years.",
    "Officials said {n} people had been questioned by {weekday}.",
    "{person} said the decision was reached after {k} weeks of negotiations.",
    "Shares of the group fell {k} percent in early trading on {weekday}.",
    "A survey published in {month} found that {k}0 percent of residents backed the plan.",
    "The agreement, signed in {place}, covers {n} sites across the region.",
    "According to {person}, the project will create {n} jobs by {year}.",
    "Police said {k} arrests were made in {place} on {weekday}.",
    "The report was first published by {org} on {weekday}.",
    "{org} said it would contribute ${k}.{d} billion to the fund.",
    "The vote passed by {n} to {k} late on {weekday}.",
)
INSERT_PEOPLE = ("Maria Keller", "David Okafor", "Laura Chen", "James Whitfield", "Ana Moreno", "Peter Novak")
INSERT_PLACES = ("Geneva", "Nairobi", "Lisbon", "Ottawa", "Osaka", "Denver")
INSERT_ORGS = ("the Financial Times", "Bloomberg", "the BBC", "the Associated Press")

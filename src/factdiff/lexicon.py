"""Word lists for meaning checks: negators, antonyms, direction classes, modality and hedges.

Antonyms come from WordNet 3.0 (``data/antonyms.tsv``, built by ``tools/build_lexicon.py``; see
``data/NOTICE-wordnet``) plus the news-specific pairs and synonym classes below, which WordNet
lacks or files under rare senses (``approve``/``reject``, ``rise``/``cut``, ``back``/``oppose``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from importlib import resources

# -- negation ---------------------------------------------------------------------------------

#: words that negate the clause they attach to
NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without", "cannot"})
#: pronouns that negate a clause when they are its subject or object
NEGATIVE_PRONOUNS = frozenset({"nobody", "nothing", "none", "neither", "nowhere", "noone"})
#: adverbs that make a clause nearly negative ("hardly", "barely")
WEAK_NEGATORS = frozenset({"hardly", "barely", "scarcely", "seldom", "rarely"})
#: "no" before these is a quantity idiom, not a negation ("no fewer than", "no more than")
NO_IDIOM_NEXT = frozenset({"fewer", "less", "more", "later", "sooner", "earlier", "greater", "smaller", "doubt"})
#: verbs whose complement they negate: "failed to win" = did not win
IMPLICIT_NEGATOR_VERBS = frozenset(
    {"fail", "refuse", "decline", "deny", "neglect", "omit", "avoid", "cease", "stop", "abandon", "forgo", "hesitate",
     "refrain", "prevent", "bar", "ban", "prohibit", "forbid"}
)
#: verbs that deny the very act done to their object: "refused bribes" says no bribe was taken,
#: "denied the verification" that none was presented, "banned imports" that none may come in
DENYING_VERBS = frozenset(
    {"refuse", "decline", "deny", "reject", "prevent", "ban", "bar", "prohibit", "forbid", "forgo", "block", "veto",
     "scrap", "cancel", "abandon"}
)
#: nouns that hold someone's claim in a "that" clause, and the verbs that deny it through them:
#: "rejected the claim that the firm had received subsidies" = "denied that it had received them"
CLAIM_NOUNS = frozenset({"claim", "allegation", "accusation", "suggestion", "assertion", "report", "idea", "notion",
                         "charge", "contention", "speculation", "rumour", "rumor"})
CLAIM_DENYING = frozenset({"deny", "reject", "dismiss", "refute", "rebut"})
#: verbs that report that very act done, which a denying verb on the same object turns around
#: ("took bribes" / "refused bribes"); verbs that only meet the object ("faced the charges",
#: "received the invitation", "studied the pesticide") are left out: they and a denial agree
AFFIRMING_VERBS = frozenset(
    {"take", "accept", "present", "hold", "introduce", "make", "grant", "sign", "approve", "pass", "adopt", "confirm",
     "report", "admit", "acknowledge", "publish", "pay", "allow", "permit", "give", "deliver", "complete", "launch",
     "release", "issue", "announce", "use", "stage", "build", "open", "implement", "enact", "impose", "award",
     "provide", "submit", "perform", "conduct", "carry out", "go ahead", "proceed", "authorize",
     "authorise", "endorse", "ratify", "uphold", "honour", "honor", "keep", "fulfil", "fulfill"}
)
#: prepositions that negate their object: "without approval", "excluding the buyback"
EXCLUDING = frozenset({"without", "excluding", "except", "barring", "sans"})
#: two-word ones: "except for the buyback", "other than the buyback"
EXCLUDING_PAIRS = frozenset({("except", "for"), ("other", "than")})
#: words whose "from" keeps its object away: "protected from development" says no development,
#: "saved from closure" no closure, "exempt from the tax" no tax paid
SHIELDING = frozenset({"protect", "shield", "spare", "save", "exempt", "safe", "immune", "insulate", "guard", "rescue",
                       "free", "bar", "ban", "prevent", "stop", "keep", "prohibit", "block", "exclude", "absolve",
                       "withhold", "hide", "conceal"})  # "withheld the data from the public" = "kept it from"
#: nouns that forbid what follows "on" / "against": "a ban on spraying", "a moratorium on drilling"
BAN_NOUNS = frozenset({"ban", "prohibition", "moratorium", "embargo", "veto", "curb", "crackdown"})
#: verbs that stop their object doing what follows, with or without "from": "stopped the protest
#: reaching parliament"
HINDERING = frozenset({"stop", "prevent", "bar", "ban", "block", "prohibit", "forbid"})
#: adjectives that negate their complement: "unable to agree"
#: "unlikely to reopen" says it probably will not; it is also read as a probable governor
IMPLICIT_NEGATOR_ADJS = frozenset({"unable", "reluctant", "unwilling", "unlikely"})
#: nouns that negate what follows "of": "lack of funding", "absence of evidence"
IMPLICIT_NEGATOR_NOUNS = frozenset({"lack", "absence", "failure", "refusal", "shortage", "scarcity", "dearth"})
#: of those, the ones that also deny a noun set before them: "crew shortages" = a lack of crew
#: ("engine failure" is no lack of engines)
SHORTAGE_NOUNS = frozenset({"shortage", "scarcity", "dearth"})
#: verbs that negate their object: "the plan lacks support"
LACK_VERBS = frozenset({"lack", "avoid", "escape", "evade", "dodge"})
#: nouns whose clause is claimed only while they are: "there is no evidence (that) the virus spread",
#: "has no plans to cut jobs", "no intention of selling" leave the clause unsaid ("no doubt that" is
#: left out: it asserts its clause)
EVIDENCE_NOUNS = frozenset({"evidence", "sign", "indication", "proof", "suggestion", "plan", "intention", "intent",
                            "hint", "trace"})
#: nouns that leave their clause unsaid only when denied: "no risk that the dam will fail"
CHANCE_NOUNS = frozenset({"chance", "prospect", "likelihood", "danger", "risk", "basis", "reason"})
#: verbs through which "nothing" leaves a clause unsaid: "nothing to suggest the fire was deliberate"
EVIDENCE_VERBS = frozenset({"suggest", "indicate", "show", "prove", "support", "imply", "confirm"})
#: verbs whose negation is read on their complement ("I don't think it works" = "I think it doesn't")
NEG_RAISING = frozenset(
    {"think", "believe", "expect", "suppose", "seem", "appear", "want", "anticipate", "imagine", "reckon",
     "likely", "plan", "intend"}
)

# -- modality and hedges ----------------------------------------------------------------------

CERTAIN, PROBABLE, POSSIBLE = 3, 2, 1
MODALITY_NAMES = {CERTAIN: "certain", PROBABLE: "probable", POSSIBLE: "possible"}
#: auxiliaries that weaken a statement to a possibility
POSSIBLE_AUX = frozenset({"may", "might", "could"})
#: auxiliaries of obligation or firm future
CERTAIN_AUX = frozenset({"will", "must", "shall", "would"})
#: auxiliaries of expectation or advice: "work should take two years" is expected, not done
PROBABLE_AUX = frozenset({"should"})
#: governors that make their complement expected, planned or likely, not done
PROBABLE_GOVERNORS = frozenset(
    {"expect", "likely", "unlikely", "plan", "intend", "aim", "seek", "hope", "propose", "poise", "due", "set", "forecast",
     "predict", "project", "schedule", "slate", "anticipate", "try", "attempt", "want", "threaten", "vow",
     "promise", "pledge", "consider", "mull", "weigh", "appear", "seem", "negotiate", "contemplate",
     "ponder", "explore", "work", "strive", "struggle", "scramble", "race"}
)
POSSIBLE_GOVERNORS = frozenset({"possible", "may", "might", "could", "able", "free", "entitled"})  # "is free to reject"
#: verbs whose that-clause is someone's belief or forecast, not a fact ("scientists believe the comet
#: will pass"); conversational "think" / "guess" are left out
BELIEF_GOVERNORS = frozenset({"believe", "fear", "suggest", "indicate", "estimate", "expect", "hope", "predict",
                              "forecast", "anticipate", "speculate", "project", "appear", "seem", "calculate",
                              "assume"})
#: verbs whose subjunctive that-clause is a demand or a proposal, not a deed ("proposed that he be
#: excluded", "urged that the plant close"); "require" and "order" oblige, as "must" does
MANDATIVE_GOVERNORS = frozenset({"propose", "recommend", "suggest", "demand", "urge", "insist", "ask", "request",
                                 "move", "advise"})
#: verbs whose infinitive someone was made to do ("was ordered to pay", "forced to resign") and verbs
#: whose infinitive they chose to do ("agreed to pay", "chose to resign"): one told as the other
#: moves the blame or the credit
COMPELLING_GOVERNORS = frozenset({"order", "force", "require", "compel", "oblige", "obligate", "direct", "sentence",
                                  "make", "pressure", "pressurise", "pressurize", "coerce"})
CONSENTING_GOVERNORS = frozenset({"agree", "offer", "volunteer", "promise", "pledge", "consent", "choose", "opt",
                                  "decide", "elect", "undertake", "vow"})
#: verbs that report a claim without weighing it: "scientists believe X" → "scientists say X" keeps
#: X someone's claim
NEUTRAL_REPORTING = frozenset({"say", "tell", "report", "announce", "state", "add", "note", "write", "explain",
                               "reply", "declare", "reveal", "disclose", "testify", "argue", "insist", "warn",
                               "observe", "remark", "mention", "stress", "emphasise", "emphasize"})
#: verbs whose that-clause is an accusation: dropping them turns a charge into a fact
ALLEGATION_GOVERNORS = frozenset({"suspect", "allege", "claim", "rumour", "rumor"})
#: a clause under "whether" is an open question ("investigating whether the bridge was unsafe")
QUESTION_MARKS = frozenset({"whether"})
#: governors of a plan or an expectation, not a forecast: "plans to open" → "has opened" reports a
#: plan as done
PLAN_GOVERNORS = PROBABLE_GOVERNORS - {"likely", "unlikely", "poise", "forecast", "predict", "project", "anticipate", "appear",
                                       "seem"}
#: nouns whose infinitive is an intention, not a deed: "in talks to buy", "a bid to take over"
PLAN_NOUNS = frozenset({"talk", "plan", "bid", "attempt", "effort", "proposal", "intention", "push", "drive",
                        "campaign", "negotiation", "offer", "scheme", "pledge", "promise", "threat", "discussion"})
#: nouns whose clause tells what they would do, not what was done ("a bill that would have required
#: testing", "a motion to approve the project")
PROPOSAL_NOUNS = PLAN_NOUNS | {"motion", "bill", "measure", "amendment", "resolution", "ordinance", "legislation",
                               "law", "rule", "policy", "deal", "agreement", "referendum", "vote", "initiative"}
#: nouns of a course left open, which a rejecting verb closes ("ruled out the possibility")
OPTION_NOUNS = frozenset({"possibility", "option", "prospect"})
POSSIBLE_ADVERBS = frozenset({"possibly", "perhaps", "maybe", "conceivably", "potentially"})
PROBABLE_ADVERBS = frozenset({"probably", "likely", "presumably"})
#: adverbs and adjectives that mark a claim as someone's, not a fact
HEDGE_ADVERBS = frozenset({"reportedly", "allegedly", "apparently", "purportedly", "supposedly", "seemingly",
                           "ostensibly", "unconfirmed"})
HEDGE_ADJECTIVES = frozenset({"alleged", "suspected", "purported", "apparent", "possible", "potential",
                              "so-called", "presumed", "reported", "unconfirmed", "accused", "would-be"})
#: nouns that "potential" / "possible" / "would-be" qualify without hedging a claim: "a potential client"
#: is someone a seller calls, not an unconfirmed client
PROSPECT_NOUNS = frozenset({"client", "customer", "buyer", "investor", "candidate", "partner", "bidder", "employer",
                            "recruit", "user", "donor", "tenant", "applicant", "supplier", "acquirer", "suitor"})
#: passive governors that report hearsay: "is said to", "is believed to"
HEDGE_GOVERNORS = frozenset({"say", "believe", "think", "report", "allege", "rumor", "rumour", "suspect",
                             "understand", "claim"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "provided", "assuming"})

# -- predicate classes ------------------------------------------------------------------------

#: synonym classes: two predicates of one class say the same thing
CLASSES: dict[str, frozenset[str]] = {
    "up": frozenset({"increase", "rise", "grow", "climb", "jump", "soar", "surge", "gain", "raise", "boost",
                     "hike", "go up", "expand", "swell", "rally", "spike", "rocket", "mount", "escalate",
                     "accelerate", "double", "triple", "higher", "up", "growth", "upturn", "uptick",
                     "ramp up", "scale up", "step up", "speed up", "ratchet up", "edge up", "tick up", "inch up",
                     "creep up", "shoot up"}),
    "down": frozenset({"decrease", "fall", "drop", "decline", "cut", "reduce", "lower", "slash", "shrink",
                       "plunge", "slump", "sink", "dip", "tumble", "go down", "plummet", "slide", "contract",
                       "diminish", "dwindle", "halve", "trim", "reduction", "downturn", "down",
                       "slow", "slowdown", "ease", "ramp down", "scale down", "scale back", "cut back", "pare back",
                       "wind down", "rein in", "slow down", "ratchet down", "edge down", "tick down", "inch down"}),
    "approve": frozenset({"approve", "pass", "endorse", "ratify", "authorize", "authorise", "adopt", "accept",
                          "greenlight", "okay", "sign off", "approval", "acceptance", "agree", "consent"}),
    "reject": frozenset({"reject", "veto", "vote down", "turn down", "rule out", "refuse", "rebuff", "dismiss",
                         "rejection", "refusal", "disapprove", "spurn", "strike down", "overturn"}),
    "support": frozenset({"support", "back", "favor", "favour", "champion", "advocate", "defend", "welcome",
                          "embrace", "praise", "backing", "endorsement", "fight for", "stand up for",
                          "argue for", "campaign for", "push for", "lobby for", "vote for", "speak for",
                          "testify for", "rule for", "side with"}),
    "oppose": frozenset({"oppose", "resist", "object", "fight", "criticize", "criticise", "condemn",
                         "denounce", "opposition", "criticism", "protest", "slam", "vilify", "disparage",
                         "demonize", "demonise", "decry", "deplore", "lambast", "fight against",
                         "argue against", "campaign against", "lobby against", "vote against",
                         "speak against", "protest against", "rail against", "testify against",
                         "rule against", "side against"}),
    "encourage": frozenset({"encourage", "promote", "foster", "urge", "spur", "stimulate", "incentivize"}),
    "discourage": frozenset({"discourage", "deter", "dissuade", "hinder", "hamper", "inhibit"}),
    "acknowledge": frozenset({"acknowledge", "recognize", "recognise", "heed", "address", "note"}),
    "ignore": frozenset({"ignore", "disregard", "overlook", "dismiss", "neglect"}),
    "win": frozenset({"win", "prevail", "triumph", "victory", "succeed"}),
    "lose": frozenset({"lose", "defeat", "loss", "fail", "failure"}),
    "allow": frozenset({"allow", "permit", "let", "authorize", "legalize", "legalise", "enable", "lift"}),
    "ban": frozenset({"ban", "forbid", "prohibit", "outlaw", "bar", "block", "prevent", "impose", "criminalize"}),
    "cancel": frozenset({"cancel", "call off", "scrap", "shelve", "axe", "ditch", "cancellation"}),
    "delay": frozenset({"delay", "postpone", "put off", "push back", "defer", "postponement", "put on hold", "on hold"}),
    "proceed": frozenset({"proceed", "go ahead", "press ahead", "push ahead", "forge ahead", "go forward"}),
    "uphold": frozenset({"uphold", "affirm", "sustain"}),
    "exist": frozenset({"exist", "materialize", "materialise", "emerge", "happen", "occur", "take place",
                        "in place", "in effect", "in force", "in operation", "under way", "underway",
                        "come about", "arrive", "eventuate"}),
    "confirm": frozenset({"confirm", "admit", "acknowledge", "concede", "verify", "corroborate"}),
    "deny": frozenset({"deny", "dispute", "refute", "reject", "rebut", "contest"}),
    "guilty": frozenset({"guilty", "convict", "conviction", "culpable"}),
    "innocent": frozenset({"innocent", "acquit", "acquittal", "exonerate", "clear"}),
    "strong": frozenset({"strong", "strengthen", "intensify", "robust", "solid", "firm", "healthy", "improve", "recover",
                         "rebound", "better", "improvement", "recovery", "thrive", "thriving", "flourish",
                         "flourishing", "booming", "prosperous", "successful", "triumphant", "buoyant"}),
    "weak": frozenset({"weak", "weaken", "fragile", "feeble", "worsen", "deteriorate", "worse", "weakness",
                       "deterioration", "struggle", "troubled", "ailing", "struggling", "beleaguered",
                       "failing", "embattled", "distressed", "stricken", "crisis-hit"}),
    "large_degree": frozenset({"substantially", "significantly", "sharply", "dramatically", "considerably",
                               "strongly", "greatly", "substantial", "significant", "sharp", "dramatic",
                               "considerable", "steep", "steeply", "massive", "massively", "huge", "hugely", "much", "far"}),
    "small_degree": frozenset({"slightly", "minimally", "marginally", "modestly", "somewhat", "slight",
                               "minimal", "marginal", "modest", "negligible", "small", "minor", "moderate",
                               "moderately", "mild", "mildly"}),
    "changed": frozenset({"changed", "different", "altered", "revised"}),
    "unchanged": frozenset({"unchanged", "same", "unaltered", "steady", "flat", "hold steady"}),
    "forward": frozenset({"ahead", "forward", "forwards", "onward"}),
    "backward": frozenset({"back", "backward", "backwards", "behind"}),
    "profit": frozenset({"profit", "surplus", "earnings", "gain", "profitable"}),
    "deficit": frozenset({"deficit", "loss", "shortfall", "unprofitable"}),
    "open": frozenset({"open", "reopen", "launch", "start", "begin", "resume"}),
    "close": frozenset({"close", "shut", "shutter", "halt", "suspend", "end", "stop", "cease", "finish", "closed",
                        "over", "closure", "shutdown"}),
    "hire": frozenset({"hire", "recruit", "employ", "appoint", "add"}),
    "fire": frozenset({"fire", "dismiss", "sack", "lay off", "axe", "layoff", "oust"}),
    "buy": frozenset({"buy", "purchase", "acquire", "acquisition"}),
    "sell": frozenset({"sell", "divest", "dump", "sale", "offload", "unload"}),
    "arrest": frozenset({"arrest", "detain", "jail", "imprison", "capture", "apprehend", "custody"}),
    "release": frozenset({"release", "free", "acquit", "discharge", "freed", "parole"}),
    "optimistic": frozenset({"optimistic", "hopeful", "upbeat", "confident", "bullish", "positive"}),
    "pessimistic": frozenset({"pessimistic", "gloomy", "downbeat", "doubtful", "bearish", "negative"}),
    "include": frozenset({"include", "contain", "add", "feature", "comprise"}),
    "exclude": frozenset({"exclude", "omit", "drop", "remove", "leave out", "take down", "pull down", "take away"}),
    "join": frozenset({"join", "enter", "rejoin", "sign"}),
    "leave": frozenset({"leave", "quit", "exit", "withdraw", "resign", "depart", "step down", "step aside"}),
    "safe": frozenset({"safe", "secure", "harmless", "stable"}),
    "dangerous": frozenset({"dangerous", "unsafe", "risky", "harmful", "hazardous", "unstable", "deadly"}),
    "prop": frozenset({"prop up", "bail out", "rescue", "save", "shore up"}),
    # news usage the WordNet senses miss: "widen the recall to other products" = "extend it"
    "widen": frozenset({"widen", "broaden", "extend", "expand"}),
    "continue": frozenset({"continue", "carry on", "keep on", "go on", "persist"}),
    "beat": frozenset({"beat", "outbid", "outplay", "outvote", "edge out", "overcome"}),
    # "has not said what sentence it will seek" = "has not disclosed it"
    "disclose": frozenset({"disclose", "reveal", "say", "specify", "divulge", "make public"}),
    "switch off": frozenset({"switch off", "turn off", "shut off", "silence", "disable", "deactivate", "mute"}),
    # quantifiers: "to all members" / "to some members"; the swap detector compares them only in
    # the same place of an aligned pair and in clauses that are not negated (``swaps._QUANTIFIERS``)
    "universal": frozenset({"all", "every", "each", "entire", "everyone", "everybody", "everything",
                            "always"}),
    "partial": frozenset({"some", "few", "several", "partial", "partly", "partially", "sometimes",
                          "occasionally"}),
    "full_scope": frozenset({"comprehensive", "extensive", "broad", "wide", "wide-ranging", "sweeping",
                             "full", "complete", "whole", "total", "widespread"}),
    "limited_scope": frozenset({"limited", "partial", "narrow", "basic", "incomplete", "restricted",
                                "piecemeal"}),
    "important": frozenset({"crucial", "vital", "essential", "important", "pivotal", "critical",
                            "decisive", "key", "significant"}),
    "unimportant": frozenset({"irrelevant", "unimportant", "insignificant", "negligible", "trivial",
                              "inconsequential", "marginal", "peripheral", "minor"}),
    "undermine": frozenset({"undermine", "sink", "abandon", "sabotage"}),
    "war": frozenset({"war", "invasion", "invade", "hostilities", "warfare", "wage war", "aggression", "bombardment",
                      "bombing", "shelling", "occupation"}),
    "peace": frozenset({"peace", "peaceful", "ceasefire", "cease-fire", "truce", "armistice", "reconciliation",
                        "peace deal", "peace treaty", "peacefully"}),
    # one thing said to go with another: "a charge tied to the closure" / "connected with shutting"
    "linked": frozenset({"link", "tie", "connect", "relate", "associate", "linked", "tied", "connected", "related",
                         "associated"}),
}
#: classes that say the opposite of each other
OPPOSITE_CLASSES = (
    ("up", "down"), ("approve", "reject"), ("support", "oppose"), ("win", "lose"), ("allow", "ban"),
    ("confirm", "deny"), ("guilty", "innocent"), ("strong", "weak"), ("profit", "deficit"), ("open", "close"),
    ("hire", "fire"), ("buy", "sell"), ("arrest", "release"), ("optimistic", "pessimistic"),
    ("include", "exclude"), ("join", "leave"), ("safe", "dangerous"), ("prop", "undermine"),
    ("forward", "backward"), ("encourage", "discourage"), ("large_degree", "small_degree"),
    ("changed", "unchanged"), ("unchanged", "up"), ("unchanged", "down"), ("acknowledge", "ignore"), ("cancel", "proceed"), ("cancel", "approve"), ("delay", "proceed"), ("uphold", "reject"),
    ("universal", "partial"), ("full_scope", "limited_scope"), ("important", "unimportant"),
    ("cancel", "exist"), ("delay", "exist"), ("war", "peace"),
)
#: words that say nothing changed; against a rise or fall they clash only at the same certainty
UNCHANGED = CLASSES["unchanged"]
#: words of degree: swapping them ("sharply" → "slightly") distorts, but less than a reversal
DEGREE = CLASSES["large_degree"] | CLASSES["small_degree"]
#: verbs of change that carry a large degree themselves: "rose slightly" is no "soared"
INTENSE_VERBS = frozenset({"soar", "surge", "skyrocket", "rocket", "jump", "spike", "balloon", "plunge", "plummet",
                           "crash", "collapse", "tumble", "slump", "nosedive", "tank", "crater"})
#: direction adverbs compared as predicates of the verb they modify ("looking ahead" / "looking back")
DIRECTION_ADVERBS = frozenset({"ahead", "forward", "forwards", "onward", "back", "backward", "backwards",
                               "behind"})
#: news pairs WordNet does not file as antonyms (or only under rare senses)
NEWS_ANTONYMS = (
    ("approve", "reject"), ("approve", "veto"), ("approve", "block"), ("pass", "reject"), ("support", "oppose"),
    ("back", "oppose"), ("endorse", "oppose"), ("favor", "oppose"), ("rise", "fall"), ("rise", "drop"),
    ("rise", "decline"), ("increase", "cut"), ("increase", "reduce"), ("raise", "cut"), ("boost", "cut"),
    ("grow", "shrink"), ("gain", "lose"), ("climb", "fall"), ("soar", "plunge"), ("surge", "slump"),
    ("expand", "shrink"), ("win", "lose"), ("accept", "decline"), ("accept", "reject"), ("allow", "ban"),
    ("allow", "block"), ("permit", "ban"), ("legalize", "ban"), ("lift", "impose"), ("ease", "tighten"),
    ("strengthen", "weaken"), ("acquit", "convict"), ("guilty", "innocent"), ("arrest", "release"),
    ("confirm", "deny"), ("admit", "deny"), ("praise", "criticize"), ("agree", "disagree"), ("succeed", "fail"),
    ("hire", "fire"), ("open", "close"), ("join", "leave"), ("include", "exclude"), ("victory", "defeat"),
    ("profit", "loss"), ("surplus", "deficit"), ("gain", "loss"), ("upturn", "downturn"), ("boom", "bust"),
    ("accelerate", "slow"), ("hike", "cut"), ("improve", "worsen"), ("improve", "deteriorate"),
    ("recover", "decline"), ("buy", "sell"), ("import", "export"), ("lend", "borrow"), ("attack", "defend"),
    ("ally", "enemy"), ("friend", "foe"), ("optimistic", "pessimistic"), ("positive", "negative"),
    ("success", "failure"), ("strong", "weak"), ("higher", "lower"), ("above", "below"), ("ahead", "behind"),
    ("before", "after"), ("earlier", "later"), ("increase", "decrease"), ("maximum", "minimum"),
    ("majority", "minority"), ("legal", "illegal"), ("likely", "unlikely"), ("peaceful", "violent"),
    ("prop up", "undermine"), ("stable", "unstable"), ("safe", "dangerous"), ("full", "empty"),
    ("wealthy", "poor"), ("rich", "poor"), ("winner", "loser"), ("launch", "scrap"), ("start", "stop"),
    ("resume", "suspend"), ("continue", "stop"), ("continue", "halt"), ("impose", "remove"),
    ("embrace", "avoid"), ("embrace", "shun"), ("welcome", "shun"), ("introduction", "conclusion"),
    ("top", "bottom"), ("frustration", "contentment"), ("frustration", "satisfaction"),
    ("connect", "disconnect"), ("reconnect", "disconnect"), ("favorite", "least favorite"),
    ("open-minded", "narrow-minded"), ("pest", "friend"), ("praise", "vilify"),
    ("ease", "escalate"), ("ease", "intensify"), ("calm", "escalate"), ("loosen", "tighten"), ("relax", "tighten"),
    ("grant", "deny"), ("help", "hurt"), ("help", "harm"), ("benefit", "harm"), ("benefit", "hurt"),
    ("boost", "hurt"), ("voluntary", "mandatory"), ("voluntary", "compulsory"), ("rare", "common"),
    ("survive", "die"), ("lead", "trail"), ("outperform", "underperform"), ("surplus", "shortage"),
    ("save", "waste"), ("reward", "punish"), ("gain", "shed"), ("arrive", "depart"),
    ("input", "output"), ("friend", "enemy"), ("earn", "lose"), ("lack", "presence"), ("lack", "abundance"),
    ("cancel", "extend"), ("cancel", "renew"), ("terminate", "extend"), ("terminate", "renew"), ("scrap", "renew"),
    ("free", "paid"), ("shortage", "abundance"), ("scarce", "plentiful"),
    ("earnings", "losses"), ("earning", "loss"), ("ease", "accelerate"), ("collapse", "succeed"),
    ("miss", "beat"), ("miss", "exceed"), ("miss", "meet"), ("miss", "hit"), ("most", "few"),
    ("veto", "sign"), ("collapse", "hold"), ("clear", "block"),
    ("for", "against"), ("against", "support"), ("against", "favour"), ("against", "favor"),
    ("overrule", "back"), ("overrule", "support"), ("overrule", "follow"), ("overrule", "uphold"),
    ("vacant", "occupied"), ("empty", "occupied"), ("needed", "unwanted"), ("wanted", "unneeded"),
    ("automated", "manual"), ("automatic", "manual"), ("domestic", "international"), ("deliberate", "accidental"),
    ("intentional", "accidental"), ("new", "existing"), ("quick", "time-consuming"), ("easy", "time-consuming"),
    ("online", "offline"), ("short-term", "long-term"), ("profitable", "loss-making"),
    ("add", "wipe"), ("add", "erase"), ("add", "shed"), ("add", "strip"),
    ("because", "despite"), ("because", "although"), ("thanks", "despite"), ("expect", "surprise"),
    ("rule out", "consider"), ("rule out", "rule in"), ("lose", "seize"), ("lose", "capture"), ("lose", "retake"),
    ("preliminary", "final"), ("provisional", "final"), ("interim", "final"), ("unbeaten", "lose"),
    ("undefeated", "lose"), ("resist", "agree"), ("deny", "claim"), ("jail", "clear"), ("jail", "acquit"), ("imprison", "clear"), ("sentence", "acquit"), ("minority", "most"),
    ("within", "beyond"), ("within", "outside"), ("within", "exceed"), ("within", "overstep"),
    ("reverse", "uphold"), ("reverse", "affirm"), ("quash", "uphold"), ("quash", "affirm"), ("overrule", "affirm"),
    ("disappear", "persist"), ("disappear", "last"), ("fade", "persist"), ("vanish", "persist"),
    ("absent", "attend"), ("absent", "present"),
)
#: particles that turn a phrasal verb around: "ticked up" / "ticked down", "opted in" / "opted out"
OPPOSITE_PARTICLES = frozenset(frozenset(p) for p in (("up", "down"), ("in", "out"), ("on", "off")))
PARTICLES = frozenset(w for pair in OPPOSITE_PARTICLES for w in pair)
#: verb + preposition or adverb predicates whose class differs from the verb's ("fight for"
#: supports, "go ahead" proceeds); a particle ("call off") is read with its verb anyway
VERB_PHRASES = frozenset(w for words in CLASSES.values() for w in words
                         if w.endswith((" for", " against", " ahead", " forward")))
#: opposite verbs that tell one event from its two sides: "A sold it to B" is "B bought it from A"
CONVERSES = frozenset(frozenset(p) for p in (
    ("buy", "sell"), ("lend", "borrow"), ("give", "receive"), ("win", "lose"), ("beat", "lose"),
    ("defeat", "lose"), ("teach", "learn"), ("hire", "join"), ("acquire", "sell"), ("purchase", "sell"),
))


def converse(a: str, b: str) -> bool:
    """Whether two verbs can say the same event with their agents swapped ("sell" / "buy")."""
    return frozenset((a, b)) in CONVERSES


#: verbs that never stand as a predicate of their own (copulas are read through their complement)
NO_PREDICATE = frozenset({"be", "do", "become"})
#: light verbs: their nouns carry the fact ("there was no agreement", "made a profit")
LIGHT = frozenset({"be", "have", "do", "get", "make", "take", "give", "go", "add", "use", "come", "become"})


@lru_cache(maxsize=1)
def antonyms() -> Mapping[str, AbstractSet[str]]:
    """word -> its antonyms (WordNet pairs plus :data:`NEWS_ANTONYMS`), all lower case (read-only)."""
    table: dict[str, set[str]] = {}
    text = resources.files("factdiff").joinpath("data/antonyms.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        a, b = line.split("\t")[:2]
        table.setdefault(a, set()).add(b)
        table.setdefault(b, set()).add(a)
    for a, b in NEWS_ANTONYMS:
        table.setdefault(a, set()).add(b)
        table.setdefault(b, set()).add(a)
    return table


@lru_cache(maxsize=1)
def _verb_pairs() -> frozenset[frozenset[str]]:
    """WordNet antonym pairs listed only as verbs ("level" / "raise")."""
    pos: dict[frozenset[str], set[str]] = {}
    text = resources.files("factdiff").joinpath("data/antonyms.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            a, b, p = line.split("\t")[:3]
            pos.setdefault(frozenset((a, b)), set()).add(p)
    news = {frozenset(pair) for pair in NEWS_ANTONYMS}
    return frozenset(k for k, v in pos.items() if v == {"verb"} and k not in news)


def verb_only(a: str, b: str) -> bool:
    """Whether ``a`` / ``b`` are opposites only as verbs, so not when one is a noun ("pesticide
    levels" / "raised risk")."""
    return frozenset((a, b)) in _verb_pairs()


def classes_of(word: str) -> frozenset[str]:
    """The names of the synonym classes (:data:`CLASSES`) a word belongs to."""
    return _class_index().get(word, frozenset())


@lru_cache(maxsize=1)
def _class_index() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for name, words in CLASSES.items():
        for w in words:
            out.setdefault(w, set()).add(name)
    return {k: frozenset(v) for k, v in out.items()}


_OPPOSITE = {(a, b) for a, b in OPPOSITE_CLASSES} | {(b, a) for a, b in OPPOSITE_CLASSES}


_NEG_PREFIXES = ("un", "in", "im", "il", "ir", "non", "non-", "dis")


def prefixed_opposites(a: str, b: str) -> bool:
    """'stressful' / 'unstressful', 'legal' / 'illegal': one is the other with a negative prefix.

    Meant for adjectives and adverbs only (for verbs "cover" / "discover" are no opposites).
    """
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 5 and any(long_ == p + short for p in _NEG_PREFIXES)


def relation(a: str, b: str) -> int:
    """How two predicate lemmas relate: ``1`` same meaning, ``-1`` opposite meaning, ``0`` unrelated.

    Same lemma or a shared synonym class is ``1``; opposite classes or a WordNet/news antonym pair
    is ``-1``; two words that share a common WordNet sense are ``1``. A shared class wins over an
    antonym pair (``decline`` and ``reject`` both refuse).
    """
    if a == b:
        return 1
    ca, cb = _class_index().get(a, frozenset()), _class_index().get(b, frozenset())
    if ca & cb:
        return 1
    if any((x, y) in _OPPOSITE for x in ca for y in cb):
        return -1
    if b in antonyms().get(a, frozenset()):
        return -1
    sa, sb = synonyms().get(a), synonyms().get(b)
    if sa is not None and sb is not None and not set(sa).isdisjoint(sb):
        return 1
    if _particles_turned(a, b):
        return -1
    return 0


def _particles_turned(a: str, b: str) -> bool:
    """One verb with opposite particles: "tick up" / "tick down", "phase in" / "phase out"."""
    va, _, pa = a.rpartition(" ")
    vb, _, pb = b.rpartition(" ")
    return bool(va) and va == vb and frozenset((pa, pb)) in OPPOSITE_PARTICLES


@lru_cache(maxsize=4096)
def opposites(word: str) -> frozenset[str]:
    """Every word ``b`` with ``relation(word, b) == -1``, and the word with or without a negative prefix.

    Lets a caller look a word's opposites up in a document's word counts instead of testing the
    relation against every token.
    """
    mine = _class_index().get(word, frozenset())
    out = {m for name, words in CLASSES.items() if any((c, name) in _OPPOSITE for c in mine) for m in words}
    out |= antonyms().get(word, frozenset())
    out -= {m for name in mine for m in CLASSES[name]}
    verb, _, particle = word.rpartition(" ")
    out |= {f"{verb} {q}" for pair in OPPOSITE_PARTICLES if verb and particle in pair for q in pair - {particle}}
    out |= {p + word for p in _NEG_PREFIXES}
    out |= {word[len(p) :] for p in _NEG_PREFIXES if word.startswith(p)}
    out.discard(word)
    return frozenset(out)


@lru_cache(maxsize=1)
def synonyms() -> Mapping[str, Sequence[int]]:
    """word -> ids of the WordNet synsets (verbs, adjectives, adverbs) it commonly means (read-only).

    Plain lists, not sets: the table is read at every cold start, and building 24k sets would
    double its load time for lookups that touch a handful of words per audit.
    """
    table: dict[str, list[int]] = {}
    text = resources.files("factdiff").joinpath("data/synonyms.tsv").read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines()):
        if not line or line.startswith("#"):
            continue
        for w in line.split("\t")[1].split("|"):
            table.setdefault(w, []).append(n)
    return table


#: a word's valence must be at least this strong (VADER's scale is -4 .. 4) to count as positive or negative
VALENCE_FLOOR = 1.0


@lru_cache(maxsize=1)
def valences() -> Mapping[str, float]:
    """word -> mean human valence rating from the VADER lexicon (Hutto & Gilbert 2014; MIT), read-only.

    Read from the ``vaderSentiment`` package's data file; empty when the package is missing.
    """
    try:
        text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - install problem
        return {}
    table: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            table[parts[0]] = float(parts[1])
    return table


def valence(*forms: str) -> float:
    """The valence of the first of ``forms`` (word form, lemma) that the lexicon rates, else 0."""
    table = valences()
    for f in forms:
        v = table.get(f)
        if v is not None:
            return v
    return 0.0


def opposite_valence(a: float, b: float) -> bool:
    """Whether two valences are clearly of opposite signs ("highlight" 1.4 / "ignore" -1.5)."""
    return a * b < 0 and min(abs(a), abs(b)) >= VALENCE_FLOOR


def load() -> None:
    """Read every table now (each is read once, on first use, otherwise)."""
    antonyms()
    synonyms()
    _class_index()
    valences()


def in_lexicon(lemma: str) -> bool:
    """Whether a noun or adjective can take part in a meaning comparison at all."""
    return lemma in _class_index() or lemma in antonyms()

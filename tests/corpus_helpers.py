"""Made-up articles for the corpus tests (written for them, no third-party text)."""

from __future__ import annotations

import random

_NAMES = ["Helen Brandt", "Tomas Reyes", "Aiko Tanaka", "Ravi Malhotra", "Olga Petrova", "Samuel Okoye", "Ingrid Larsen",
          "Mateo Alvarez", "Chen Wei", "Fatima Haddad", "Lukas Novak", "Grace Mbeki", "Pierre Dubois", "Nadia Karim"]
_PLACES = ["Millbrook", "Port Elwyn", "Caldera Bay", "Norhaven", "Westfold", "Ashby", "Lindqvist", "Tarrow", "Kestrel Point",
           "Oakridge", "Marlow", "Fenwick", "Sable Creek", "Yarrowdale"]
_NOUNS = ["council", "harbor", "budget", "contract", "railway", "hospital", "school", "factory", "election", "bridge",
          "tariff", "pension", "reservoir", "museum", "airport", "festival", "vaccine", "startup", "stadium", "library"]
_VERBS = ["approved", "delayed", "rejected", "announced", "criticised", "expanded", "reviewed", "funded", "cancelled", "praised"]
_ADJ = ["controversial", "ambitious", "costly", "regional", "temporary", "disputed", "popular", "municipal", "experimental", "overdue"]


def article(seed: int, sentences: int = 10) -> str:
    """A short news-like article with names, places and figures that depend on ``seed``."""
    rng = random.Random(seed)
    who = rng.sample(_NAMES, 3)
    where = rng.choice(_PLACES)
    topic = rng.choice(_NOUNS)
    lines = [f"{where} {rng.choice(_VERBS).title()} {rng.choice(_ADJ).title()} {topic.title()} Plan", ""]
    for i in range(sentences):
        n = rng.randint(12, 9000)
        noun = rng.choice(_NOUNS)
        s = rng.choice(
            [
                f"{who[i % 3]} said the {rng.choice(_ADJ)} {noun} in {where} would cost ${n:,} million by {rng.randint(2024, 2031)}.",
                f"The {topic} committee {rng.choice(_VERBS)} the {rng.choice(_ADJ)} {noun} on {rng.choice(['Monday', 'Friday'])}, according to {who[(i + 1) % 3]}.",
                f"About {n:,} residents of {where} signed a petition about the {noun}, and {rng.randint(10, 99)} percent opposed it.",
                f"\"We have not {rng.choice(_VERBS)} any {noun} yet,\" {who[(i + 2) % 3]} told reporters in {rng.choice(_PLACES)}.",
            ]
        )
        lines.append(s)
    return "\n".join(lines) + "\n"

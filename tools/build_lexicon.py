"""Build ``src/factdiff/data/antonyms.tsv`` from the WordNet 3.0 database files.

WordNet is read from the Debian package ``wordnet-base`` (``apt-get install wordnet-base``, files in
``/usr/share/wordnet``) or from any folder holding the ``index.*`` / ``data.*`` files
(``--wordnet DIR``). factdiff ships the result, so nothing is read or downloaded at run time.

What is extracted (one ``word<TAB>word<TAB>pos<TAB>how`` line per unordered pair):

* ``direct``: WordNet's lexical antonymy (``!`` pointers between word senses), widened to the
  other lemmas of the two synsets when each synset is among the first ``--senses`` senses of
  that lemma (so ``increase``/``decrease`` also gives ``increase``/``diminish`` only where
  "diminish" is commonly used in that sense);
* ``similar``: adjectives: satellites (``&`` similar-to) of one head adjective set against the
  head antonym of the other, when the satellite sense is the lemma's first sense (indirect
  antonymy: ``soaring`` has no direct antonym, but it is similar to ``rising``...);
* ``synonyms.tsv``: WordNet verb/adjective/adverb synsets cut to the lemmas for which the synset is among their first
  ``--senses`` senses (so a paraphrase such as ``assist``/``support`` is known to keep meaning);
* ``derived``: nouns derivationally related (``+``) to an antonymous verb pair, e.g.
  ``approval``/``disapproval`` from ``approve``/``disapprove``.

Pairs whose words are too general to flip a fact on their own (``have``, ``be``, ``do``, ...)
are left out. Multi-word lemmas keep their words separated by a space.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

POS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
SKIP = {
    "have", "be", "do", "get", "go", "come", "give", "take", "make", "put", "let", "set",
    "in", "out", "on", "off", "up", "down", "over", "under", "here", "there", "this", "that",
    "one", "i", "ii", "a", "an", "all", "some", "other", "same", "self", "sir", "madam",
}


def read_index(folder: Path, pos: str) -> dict[str, list[str]]:
    """lemma -> synset offsets in sense order."""
    out: dict[str, list[str]] = {}
    for line in (folder / f"index.{POS[pos]}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        lemma, p_cnt = parts[0], int(parts[3])
        sense_cnt = int(parts[2])
        offsets = parts[4 + p_cnt + 2 :]
        out[lemma] = offsets[:sense_cnt]
    return out


def read_data(folder: Path, pos: str) -> dict[str, tuple[str, list[str], list[tuple[str, str, str, int, int]]]]:
    """offset -> (ss_type, lemmas, pointers (symbol, offset, pos, source word no, target word no))."""
    out = {}
    for line in (folder / f"data.{POS[pos]}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        body = line.split(" | ")[0].split()
        offset, ss_type, w_cnt = body[0], body[2], int(body[3], 16)
        words = [body[4 + 2 * k].lower() for k in range(w_cnt)]
        words = [w.split("(")[0] for w in words]  # adjective markers like "(a)"
        k = 4 + 2 * w_cnt
        p_cnt = int(body[k])
        ptrs = []
        for m in range(p_cnt):
            sym, off, ppos, st = body[k + 1 + 4 * m : k + 5 + 4 * m]
            ptrs.append((sym, off, "a" if ppos == "s" else ppos, int(st[:2], 16), int(st[2:], 16)))
        out[offset] = (ss_type, words, ptrs)
    return out


def _derived_nouns(data: dict, voff: str, word_no: int, verb: str) -> set[str]:
    """Nouns of the same stem that WordNet derives from word ``word_no`` of verb synset ``voff``."""
    out = set()
    for sym, noff, npos, src, tgt in data["v"][voff][2]:
        if sym == "+" and npos == "n" and src == word_no and tgt:
            noun = data["n"][noff][1][tgt - 1]
            if "_" not in noun and noun[:3] == verb[:3] and not noun.endswith(("er", "or", "ee", "ist")):
                out.add(noun)
    return out


def build(folder: Path, senses: int) -> dict[tuple[str, str, str], str]:
    pairs: dict[tuple[str, str, str], str] = {}
    index = {p: read_index(folder, p) for p in POS}
    data = {p: read_data(folder, p) for p in POS}

    def rank(pos: str, lemma: str, offset: str) -> int:
        offs = index[pos].get(lemma.replace(" ", "_"), [])
        return offs.index(offset) if offset in offs else 99

    def add(w1: str, w2: str, pos: str, how: str) -> None:
        w1, w2 = w1.replace("_", " "), w2.replace("_", " ")
        if w1 == w2 or w1 in SKIP or w2 in SKIP or not w1.replace(" ", "").replace("-", "").isalpha():
            return
        if not w2.replace(" ", "").replace("-", "").isalpha():
            return
        key = (min(w1, w2), max(w1, w2), POS[pos])
        pairs.setdefault(key, how)

    antonym_synsets: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for pos in POS:
        for off, (_, words, ptrs) in data[pos].items():
            for sym, toff, tpos, src, tgt in ptrs:
                if sym != "!" or tpos != pos:
                    continue
                w1 = words[src - 1] if src else None
                w2 = data[pos][toff][1][tgt - 1] if tgt else None
                if w1 and w2:
                    add(w1, w2, pos, "direct")
                antonym_synsets[pos].add((off, toff))
                # widen to the synonyms in both synsets, where those senses are common
                for a in data[pos][off][1]:
                    for b in data[pos][toff][1]:
                        if rank(pos, a, off) < senses and rank(pos, b, toff) < senses:
                            add(a, b, pos, "direct")
    # indirect adjective antonyms through similar-to satellites
    for off, toff in antonym_synsets["a"]:
        heads_b = data["a"][toff][1]
        for sym, soff, _spos, _s, _t in data["a"][off][2]:
            if sym != "&":
                continue
            for sat in data["a"][soff][1]:
                if rank("a", sat, soff) == 0:
                    for b in heads_b:
                        if rank("a", b, toff) == 0 and " " not in sat:
                            add(sat, b, "a", "similar")
    # nouns derived (same stem) from the very verb lemmas that WordNet marks antonymous
    for off, (_, words, ptrs) in data["v"].items():
        for sym, toff, tpos, src, tgt in ptrs:
            if sym != "!" or tpos != "v" or not src or not tgt:
                continue
            v1, v2 = words[src - 1], data["v"][toff][1][tgt - 1]
            n1, n2 = _derived_nouns(data, off, src, v1), _derived_nouns(data, toff, tgt, v2)
            for a in n1:
                for b in n2:
                    add(a, b, "n", "derived")
    return pairs


def synonym_sets(folder: Path, senses: int) -> list[tuple[str, list[str]]]:
    """WordNet synsets cut down to the lemmas for which that synset is one of their first senses."""
    out = []
    for pos in ("v", "a", "r"):  # nouns take part only through the antonym pairs and classes
        index = read_index(folder, pos)
        for off, (_, words, _ptrs) in read_data(folder, pos).items():
            keep = []
            for w in words:
                offs = index.get(w, [])
                if off in offs[:senses] and w.replace("_", "").replace("-", "").isalpha() and w not in SKIP:
                    keep.append(w.replace("_", " "))
            keep = sorted(set(keep))
            if len(keep) >= 2:
                out.append((POS[pos], keep))
    return sorted(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--senses", type=int, default=2, help="widen only through a lemma's first N senses")
    ap.add_argument("-o", "--output", type=Path,
                    default=Path(__file__).resolve().parents[1] / "src/factdiff/data/antonyms.tsv")
    args = ap.parse_args()
    pairs = build(args.wordnet, args.senses)
    lines = ["# antonym pairs extracted from WordNet 3.0 by tools/build_lexicon.py; see NOTICE-wordnet",
             "# word1\tword2\tpos\thow"]
    lines += ["\t".join(k) + "\t" + how for k, how in sorted(pairs.items())]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(pairs)} pairs to {args.output}")
    syn = synonym_sets(args.wordnet, args.senses)
    syn_path = args.output.with_name("synonyms.tsv")
    lines = ["# WordNet 3.0 synsets, each cut to the lemmas for which it is a first sense; see NOTICE-wordnet",
             "# pos\tword|word|..."]
    lines += [f"{pos}\t{'|'.join(words)}" for pos, words in syn]
    syn_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(syn)} synonym sets to {syn_path}")


if __name__ == "__main__":
    main()

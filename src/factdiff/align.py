"""Sentence alignment of a derived text to its source: 1:1, merges (n:1), splits (1:n), reordering.

Each copy sentence is linked to the source sentence it is most similar to (cosine of sentence
embeddings), when that similarity clears ``threshold``. Then two repair passes handle what a
sentence-level score misses:

* a copy sentence too short to match on its own ("That's very important to me.") joins its
  neighbour when the two together match that neighbour's source better (a **split**, 1:n);
* a copy sentence that also carries the next or previous source sentence takes it in when the
  two source sentences together match it better (a **merge**, n:1).

Links that share a sentence are grouped, so one `Link` is one aligned unit of meaning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from .dates import MONTH_NAMES, MONTHS
from .document import Document, Sentence, Token
from .embed import Embedder
from .vocabulary import Vocabulary

DEFAULT_THRESHOLD = 0.66
#: below ``threshold`` a link is still made down to this floor when the two sentences share
#: enough "immutables" (numbers, names) that spinning rarely changes.
LEXICAL_FLOOR = 0.5
#: ... and down to this floor when the two sentences are each other's best match.
MUTUAL_FLOOR = 0.58
#: ... and down to this floor when most of the copy sentence's content words are in the source
#: sentence (a flipped negation or a swapped word moves the embedding, not the words).
CONTAINMENT_FLOOR, CONTAINMENT = 0.45, 0.6
#: ... and down to this floor when the copy sentence sits alone between two links whose source
#: sentences hold exactly one unlinked sentence between them (a quote told as reported speech)
GAP_FLOOR = 0.4
_JOIN_GAIN = 0.02
#: a copy sentence joins its neighbour's link only if it is itself this similar to that source sentence
_SPLIT_FLOOR = 0.25


@dataclass(frozen=True, slots=True)
class Link:
    """One aligned unit: source sentence indices, copy sentence indices and their similarity."""

    source: tuple[int, ...]
    copy: tuple[int, ...]
    similarity: float

    def to_dict(self) -> dict[str, object]:
        return {"source": list(self.source), "copy": list(self.copy), "similarity": round(self.similarity, 4)}


@dataclass
class Alignment:
    """All links between two documents, plus the similarity matrix (copy × source)."""

    links: list[Link]
    matrix: np.ndarray
    source_count: int
    copy_count: int
    best_source: np.ndarray = field(repr=False)  # per copy sentence: best raw similarity

    @property
    def aligned_source(self) -> set[int]:
        return {i for link in self.links for i in link.source}

    @property
    def aligned_copy(self) -> set[int]:
        return {j for link in self.links for j in link.copy}

    def together(self, j: int, k: int) -> bool:
        """Whether copy sentences ``j`` and ``k`` render one source unit (pieces of a cut sentence)."""
        return any(j in link.copy and k in link.copy for link in self.links)

    @property
    def unaligned_source(self) -> list[int]:
        got = self.aligned_source
        return [i for i in range(self.source_count) if i not in got]

    @property
    def unaligned_copy(self) -> list[int]:
        got = self.aligned_copy
        return [j for j in range(self.copy_count) if j not in got]

    def to_list(self) -> list[dict[str, object]]:
        return [link.to_dict() for link in self.links]


_IMMUTABLE = re.compile(r"\b(?:\d[\d,.]*|[A-Z][a-z]+(?:[A-Z][a-z]+)*)\b")


def immutables(text: str) -> set[str]:
    """Numbers and capitalised words past the first: what spinners and translators leave alone."""
    words = _IMMUTABLE.findall(text)
    first = re.match(r"\W*(\w+)", text)
    head = first.group(1) if first else ""
    return {w.lower().replace(",", "") for w in words if w != head}


def align(
    source: Document,
    copy: Document,
    embedder: Embedder,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    source_vectors: np.ndarray | None = None,
    copy_vectors: np.ndarray | None = None,
    pieces: bool = True,
) -> Alignment:
    """Align ``copy`` to ``source``; ``source_vectors`` / ``copy_vectors`` may hold the sentences'
    embeddings (one row per sentence, as the embedder returns them). ``pieces`` links the short
    pieces a rewrite cuts a long sentence into by their words (:func:`_pieces`); a summary's short
    sentence built from a source sentence's words is its own claim, not a piece of it."""
    n, m = len(source.sentences), len(copy.sentences)
    if n == 0 or m == 0:
        return Alignment([], np.zeros((m, n), dtype=np.float32), n, m, np.zeros(m, dtype=np.float32))
    S = source_vectors if source_vectors is not None else embedder.encode([s.text for s in source.sentences])
    C = copy_vectors if copy_vectors is not None else embedder.encode([s.text for s in copy.sentences])
    M = C @ S.T
    best = M.argmax(axis=1)
    best_sim = M.max(axis=1)
    src_imm = [immutables(s.text) for s in source.sentences]

    best_copy = M.argmax(axis=0)
    edges: dict[tuple[int, int], float] = {}
    for j in range(m):
        i = int(best[j])
        sim = float(best_sim[j])
        mutual = int(best_copy[i]) == j and sim >= MUTUAL_FLOOR
        if (
            sim >= threshold
            or mutual
            or (sim >= LEXICAL_FLOOR and _shares_immutables(copy.sentences[j], src_imm[i]))
            or (sim >= CONTAINMENT_FLOOR and containment(copy, [j], source, [i]) >= CONTAINMENT)
        ):
            edges[(j, i)] = sim

    _in_context(edges, copy, best, best_sim)
    _gaps(edges, M)
    for _ in range(2):  # a sentence split in three: the second pass links the part beside the newly linked one
        before = len(edges)
        _splits(edges, source, copy, embedder, M, threshold)
        if len(edges) == before:
            break
    if pieces:
        _pieces(edges, source, copy, M)
    _merges(edges, source, copy, embedder, M)
    return Alignment(_group(edges), M, n, m, best_sim)


#: a piece of a split sentence: this share of its content words is in the source sentence ...
_PIECE_SHARE = 0.6
#: ... which is linked to a copy sentence at most this many sentences away
_PIECE_REACH = 3
#: ... and the piece is at least this similar to it
_PIECE_FLOOR = 0.1


def _pieces(edges: dict[tuple[int, int], float], source: Document, copy: Document, M: np.ndarray) -> None:
    """Link the short pieces a plain-language rewrite cuts a long sentence into ("The reason is
    small cracks in the probe's fuel valves.", "That was 14% more than a year earlier."): an
    unlinked copy sentence whose content words a source sentence holds, or their synonyms or
    stems (most of two or more, or its one), when that source sentence is linked to a copy
    sentence close by; or one word and all its names and figures when it stands between two pieces
    of that sentence; or, a short piece next to one, when its every name, figure and day is that
    sentence's. The embedding of so short a piece is far from its long source sentence's; its
    words and its place are not."""
    vocab: dict[int, Vocabulary] = {}
    for _ in range(2):
        near: dict[int, list[int]] = {}
        for (j, i) in edges:
            near.setdefault(i, []).append(j)
        linked = {j for (j, _) in edges}
        added = False
        for j in range(len(copy.sentences)):
            if j in linked:
                continue
            mine = list({t.lemma: t for t in copy.sentence_tokens(j) if _content(t)}.values())
            anchors = [t for t in copy.sentence_tokens(j) if t.like_num or t.pos == "PROPN" or _month(t.text)
                       or t.lower in _WEEKDAYS]
            if not mine and not anchors:
                continue
            best: tuple[float, float, int] | None = None
            for i, js in near.items():
                if min(abs(j - k) for k in js) > _PIECE_REACH:
                    continue
                between = j - 1 in js and j + 1 in js  # a piece between two pieces of one sentence
                beside = j - 1 in js or j + 1 in js
                if float(M[j, i]) < _PIECE_FLOOR and not beside:
                    continue
                if i not in vocab:
                    vocab[i] = Vocabulary(source, [i])
                # a short piece next to a piece of one sentence, whose every name, figure and day is
                # that sentence's ("It announced the probe on Thursday.", "He is 34.")
                anchored = beside and bool(anchors) and all(vocab[i](t) for t in anchors) and len(mine) <= 4
                if float(M[j, i]) < _PIECE_FLOOR and not between and not anchored:
                    continue
                held = sum(1 for t in mine if vocab[i](t))
                share = held / len(mine) if mine else 0.0
                # a piece between two pieces of one sentence ("Musicians are suing the board. They
                # filed the case on Wednesday. They accuse it of ..."), sharing a word and all its
                # names and figures with it, is one of them
                inside = between and held >= 1 and all(
                    vocab[i](t) for t in copy.sentence_tokens(j) if t.like_num or t.pos == "PROPN")
                if (share >= _PIECE_SHARE and held >= 2) or share == 1.0 or inside or anchored:
                    cand = (share, float(M[j, i]), i)
                    best = cand if best is None or cand > best else best
            if best is not None:
                edges[(j, best[2])] = best[1]
                added = True
        if not added:
            break


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def content_words(doc: Document, indices: Sequence[int]) -> set[str]:
    """Lower-cased lemmas of the content words (no stop words, punctuation or bare numbers); a
    month is its full name ("Jan." = "January")."""
    return {_month(t.text) or t.lemma for i in indices for t in doc.sentence_tokens(i) if _content(t)}


def _content(t: Token) -> bool:
    return not (t.is_stop or t.is_punct) and any(ch.isalpha() for ch in t.text)


def _month(word: str) -> str | None:
    n = MONTHS.get(word.lower().rstrip(".")) if word[:1].isupper() else None
    return MONTH_NAMES[n].lower() if n else None


def containment(copy: Document, copy_idx: Sequence[int], source: Document, source_idx: Sequence[int]) -> float:
    """Share of the copy sentences' content words that occur in the source sentences."""
    mine = content_words(copy, copy_idx)
    if not mine:
        return 0.0
    return len(mine & content_words(source, source_idx)) / len(mine)


def _shares_immutables(sent: Sentence, src: set[str]) -> bool:
    mine = immutables(sent.text)
    return len(mine & src) >= 2 and len(mine & src) >= 0.5 * len(mine)


def _in_context(
    edges: dict[tuple[int, int], float], copy: Document, best: np.ndarray, best_sim: np.ndarray
) -> None:
    """Accept a weaker best match when a neighbour's link sits right beside it in the source.

    Translators and spinners keep sentence order locally, so a 0.6 match between two sentences
    whose neighbours are linked next to each other is far likelier than chance.
    """
    for _ in range(2):
        linked = {j: i for (j, i) in edges}
        for j in range(len(copy.sentences)):
            if j in linked or best_sim[j] < LEXICAL_FLOOR:
                continue
            i = int(best[j])
            prev_ok = j - 1 in linked and 0 <= i - linked[j - 1] <= 2
            next_ok = j + 1 in linked and 0 <= linked[j + 1] - i <= 2
            if prev_ok or next_ok:
                edges[(j, i)] = float(best_sim[j])


def _gaps(edges: dict[tuple[int, int], float], M: np.ndarray) -> None:
    """Link a copy sentence to the one source sentence left between its neighbours' links.

    "We could not fully rule out other factors" told as "The team was unable to completely
    exclude other factors, she added" scores 0.47; with the sentences before and after linked to
    the source sentences before and after, nothing else is left for either to restate.
    """
    linked = {j: i for (j, i) in edges}
    taken = set(linked.values())
    for j in range(1, M.shape[0] - 1):
        if j in linked or j - 1 not in linked or j + 1 not in linked:
            continue
        i = linked[j - 1] + 1
        if linked[j + 1] == i + 1 and i not in taken and float(M[j, i]) >= GAP_FLOOR:
            edges[(j, i)] = float(M[j, i])
            taken.add(i)


def _joined(doc: Document, a: int, b: int) -> str:
    return doc.text[doc.sentences[a].start : doc.sentences[b].end]


def _splits(
    edges: dict[tuple[int, int], float],
    source: Document,
    copy: Document,
    embedder: Embedder,
    M: np.ndarray,
    threshold: float,
) -> None:
    """Attach unlinked copy sentences to a linked neighbour when together they match better."""
    linked = {j: i for (j, i) in edges}
    m = len(copy.sentences)
    trials: list[tuple[int, int, int, int, int]] = []  # (j, i, lo, hi, neighbour)
    carried: set[int] = set()
    for j in range(m):
        if j in linked:
            continue
        # the neighbours, then the sentences beyond them (a source sentence split in three whose
        # middle part the embedding placed elsewhere)
        for nb in (j - 1, j + 1, j - 2, j + 2):
            if not (0 <= nb < m and nb in linked and copy.sentences[nb].paragraph == copy.sentences[j].paragraph):
                continue
            if abs(nb - j) == 2 and not _carries(source, linked[nb], copy, nb, j, share=_FAR_SHARE):
                continue
            if float(M[j, linked[nb]]) >= _SPLIT_FLOOR:  # else no join can pass: skip its encode
                lo, hi = min(j, nb), max(j, nb)
                trials.append((j, linked[nb], lo, hi, nb))
            elif _carries(source, linked[nb], copy, nb, j):
                # "..., sending its shares down 11%" → "... . The news sent its shares 11 percent
                # lower": the words say what the embedding of so short a sentence does not
                edges[(j, linked[nb])] = float(M[j, linked[nb]])
                carried.add(j)
                break
    if not trials:
        return
    vecs = embedder.encode([_joined(copy, lo, hi) for (_, _, lo, hi, _) in trials])
    src = embedder.encode([source.sentences[i].text for (_, i, _, _, _) in trials])
    done = carried
    for (j, i, _lo, _hi, nb), v, s in zip(trials, vecs, src, strict=True):
        if j in done:
            continue
        joined = float(v @ s)
        if joined >= max(float(M[nb, i]) + _JOIN_GAIN, threshold * 0.9) or _carries(source, i, copy, nb, j):
            edges[(j, i)] = float(M[j, i])
            done.add(j)


def _merges(
    edges: dict[tuple[int, int], float],
    source: Document,
    copy: Document,
    embedder: Embedder,
    M: np.ndarray,
) -> None:
    """Attach unlinked source sentences to a copy sentence that carries them alongside a neighbour."""
    linked_src = {i for (_, i) in edges}
    n = len(source.sentences)
    # a source sentence split over copy sentences of one paragraph has the room of all of them
    room_of: dict[tuple[int, int], int] = {}
    for (j, i) in edges:
        k = (i, copy.sentences[j].paragraph)
        room_of[k] = room_of.get(k, 0) + len(copy.sentence_tokens(j))
    trials: list[tuple[int, int, int, int, int]] = []  # (j, i, new_i, lo, hi)
    for (j, i) in list(edges):
        room = room_of[(i, copy.sentences[j].paragraph)]
        for nb in (i - 1, i + 1):
            if not (0 <= nb < n) or nb in linked_src or float(M[j, nb]) < 0.35:
                continue
            # a copy sentence that carries two source sentences is about as long as both
            if room >= 0.7 * (len(source.sentence_tokens(i)) + len(source.sentence_tokens(nb))):
                trials.append((j, i, nb, min(i, nb), max(i, nb)))
    if not trials:
        return
    vecs = embedder.encode([_joined(source, lo, hi) for (*_, lo, hi) in trials])
    cop = embedder.encode([copy.sentences[j].text for (j, *_rest) in trials])
    for (j, i, nb, _lo, _hi), v, c in zip(trials, vecs, cop, strict=True):
        if nb in linked_src:
            continue
        if float(v @ c) >= float(M[j, i]) + _JOIN_GAIN or _carries(copy, j, source, i, nb):
            edges[(j, nb)] = float(M[j, nb])
            linked_src.add(nb)


#: a sentence two places off must carry this share of its own words (a garbled summary sentence
#: pieced from the source's words carries fewer)
_FAR_SHARE = 0.75


def _carries(whole: Document, j: int, parts: Document, i: int, nb: int, *, share: float = 0.5) -> bool:
    """Whether sentence ``j`` of one text holds what sentence ``nb`` of the other adds to its
    neighbour ``i``: most of ``nb``'s own content words, at least two, that ``i`` lacks.

    A copy sentence that merges two source sentences ("..., and acquitted of a fourth bribery
    charge" carries "He was cleared of a fourth bribery charge." beside the sentence before it,
    which alone already matches so well that the joined pair scores no better); and a source
    sentence that a copy splits in two ("voting 7 to 4 against the proposal after a five-hour
    meeting" carries "After a meeting lasting five hours, councillors voted 7 to 4 against it.").
    """
    own = content_words(parts, [nb]) - content_words(parts, [i])
    carried = own & content_words(whole, [j])
    return len(carried) >= 2 and len(carried) >= share * len(own)


def _group(edges: dict[tuple[int, int], float]) -> list[Link]:
    """Connected components of the copy–source link graph, ordered by first copy sentence."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (j, i) in edges:
        a, b = find(("c", j)), find(("s", i))
        if a != b:
            parent[a] = b
    groups: dict[tuple[str, int], tuple[set[int], set[int], list[float]]] = {}
    for (j, i), sim in edges.items():
        root = find(("c", j))
        src, cop, sims = groups.setdefault(root, (set(), set(), []))
        src.add(i)
        cop.add(j)
        sims.append(sim)
    links = [Link(tuple(sorted(s)), tuple(sorted(c)), max(sims)) for s, c, sims in groups.values()]
    return sorted(links, key=lambda link: (link.copy[0], link.source[0]))


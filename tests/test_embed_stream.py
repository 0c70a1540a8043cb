"""The encoder pipeline compare() uses: sentences go to an encoder thread paragraph by paragraph."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np

import factdiff
from factdiff.document import Document
from factdiff.embed import EncodeStream, get_embedder

TEXT = (
    "The council approved the budget on Monday. It adds 40 new buses.\n\n"
    "Critics said the plan came too late.\n\n"
    "The mayor disagreed. She called it a start. Work begins in May."
)


class CountingEmbedder:
    """A deterministic embedder that records each call and the thread it ran on."""

    name = "counting"
    dim = 4

    def __init__(self) -> None:
        self.calls: list[tuple[list[str], str]] = []

    def encode(self, texts):
        self.calls.append((list(texts), threading.current_thread().name))
        out = np.array([[len(t), t.count(" "), t.count("e"), 1.0] for t in texts], dtype=np.float32)
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def test_stream_keeps_order_and_batches_in_chunks() -> None:
    emb = CountingEmbedder()
    texts = [f"sentence number {i} here." for i in range(19)]
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="enc") as pool:
        stream = EncodeStream(emb.encode, pool, chunk=8)
        for i in range(0, 19, 3):
            stream.add(texts[i : i + 3])
        got = stream.vectors()
    assert np.allclose(got, emb.encode(texts))
    sizes = [len(batch) for batch, thread in emb.calls[:-1]]
    assert sizes == [9, 9, 1]  # flushed once 8 were waiting, the rest at the end
    assert all(thread.startswith("enc") for _, thread in emb.calls[:-1])


def test_empty_stream() -> None:
    with ThreadPoolExecutor(max_workers=1) as pool:
        assert EncodeStream(CountingEmbedder().encode, pool).vectors().shape[0] == 0


def test_on_sentences_reports_each_paragraph_once_in_order() -> None:
    seen: list[list[int]] = []
    doc = Document.from_text(TEXT, on_sentences=lambda ss: seen.append([s.index for s in ss]))
    assert [i for batch in seen for i in batch] == [s.index for s in doc.sentences]
    assert len(seen) == 3  # one call per paragraph
    plain = Document.from_text(TEXT)
    assert plain.sentences == doc.sentences and plain.tokens == doc.tokens


def test_compare_embeds_on_the_encoder_thread_with_the_same_result() -> None:
    emb = CountingEmbedder()
    copy = TEXT.replace("approved", "rejected").replace("40", "14")
    streamed = factdiff.compare(TEXT, copy, embedder=emb)
    assert any(thread.startswith("factdiff-encode") for _, thread in emb.calls)
    # the same audit from prepared Documents (their sentences are streamed in one piece)
    prepared = factdiff.compare(Document.from_text(TEXT), Document.from_text(copy), embedder=emb)
    assert streamed.to_dict()["alignment"] == prepared.to_dict()["alignment"]
    assert [f.to_dict() for f in streamed.findings] == [f.to_dict() for f in prepared.findings]


def test_minilm_cache_is_shared_across_threads() -> None:
    emb = get_embedder()
    emb.clear_cache()  # type: ignore[attr-defined]
    sents = [f"The plant made {i} cars in March." for i in range(12)]
    with ThreadPoolExecutor(max_workers=3) as pool:
        parts = list(pool.map(emb.encode, [sents] * 6))
    for p in parts[1:]:
        assert np.allclose(p, parts[0], atol=1e-6)

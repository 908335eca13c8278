"""WordLlama sentence vectors with no Chroma attached: what the planner needs to compare a
request with media names, loadable without importing chromadb (about a second of start-up on the
first turn that resolves media by meaning). The Chroma embedding function in index/semantic.py
is this class with chromadb's protocol added, so both share one loaded model.

Why WordLlama: its 16 MB weights (MIT) are inside the installed package, so it works with no
network and no download at first use (chromadb's default and model2vec's potion models both
download). It loads in about 0.3 s and embeds thousands of sentences per second on one core,
and unlike the hashed bag of words it knows that "seaside" is near "beach".

Loading quirk: WordLlama's loader looks for ``tokenizer/`` beside its code while the wheel ships
``tokenizers/``; passing the package folder as ``cache_dir`` (downloads disabled) finds both
the weights and the tokenizer there.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)
MODEL = "l2_supercat"
DIM = 256
# Words that carry no topic: a mean of token vectors is steered by them, so they are dropped
# before embedding ("the part where I talk about the toppings" -> "toppings"). Measured on
# paraphrase queries: 17/22 first hits with this list, 11/22 without.
STOPWORDS = frozenset(
    "a an the and or but of to in on at for with from by as into onto over under about it its is are was were be "
    "been being i me my mine you your we our us they them their he him his she her this that these those so um uh "
    "er hmm which who whom what where when how why do does did doing done have has had just really very then there "
    "here all some any each way part bit section moment segment talk talks talking say says said saying mention "
    "mentions mentioned speak speaks speaking going gonna am show showing today let lets can could would will "
    "shall should also too not no yes okay ok oh well like".split()
)
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)


MAX_WORDS = 96  # a mean of token vectors gains nothing from more, and long windows cost seconds


def topic_text(text: str) -> str:
    """``text`` without words that carry no topic (at most MAX_WORDS of them); the text itself
    when nothing would be left."""
    words = [w for w in _WORD.findall(text[:3000].lower()) if w not in STOPWORDS]
    return " ".join(words[:MAX_WORDS]) if words else text[:2000]


class SemanticUnavailable(RuntimeError):
    """WordLlama is not installed or its packaged weights cannot be read."""


@functools.lru_cache(maxsize=4)
def _load(config: str, dim: int) -> Any:
    try:
        import wordllama
        from wordllama import WordLlama
    except ImportError as exc:
        raise SemanticUnavailable(f"wordllama is not installed ({exc})") from exc
    package = Path(wordllama.__file__).resolve().parent
    try:
        return WordLlama.load(config=config, dim=dim, cache_dir=package, disable_download=True)
    except Exception as exc:  # noqa: BLE001 - any loader failure means: use the fallback
        raise SemanticUnavailable(f"wordllama weights could not be loaded from {package}: {exc}") from exc


class WordLlamaVectors:
    """Sentence vectors from WordLlama (mean of token embeddings), L2-normalised."""

    def __init__(self, config: str = MODEL, dim: int = DIM) -> None:
        self.config = config
        self.dim = int(dim)
        self._model = _load(config, self.dim)  # raises SemanticUnavailable: callers fall back
        self.calls = 0
        self.texts_embedded = 0
        self._lock = threading.Lock()

    def vectors(self, texts: list[str]) -> np.ndarray:
        """Unit vectors, one row per text (an empty text gets a zero row)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        clean = [topic_text(t) if t and t.strip() else " " for t in texts]
        out = np.asarray(self._model.embed(clean, norm=True), dtype=np.float32)
        out = np.nan_to_num(out, copy=False)
        with self._lock:
            self.calls += 1
            self.texts_embedded += len(texts)
        return out


def semantic_vectors(kind: type[WordLlamaVectors] = WordLlamaVectors) -> WordLlamaVectors | None:
    """The packaged WordLlama vectors (as ``kind``, e.g. Chroma's embedding function), or None (with
    a logged reason) when they cannot load."""
    try:
        return kind()
    except SemanticUnavailable as exc:
        log.warning("semantic embedding unavailable, using the hashed fallback: %s", exc)
        return None

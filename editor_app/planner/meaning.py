"""What words mean, for resolving references: file-name words and semantic similarity.

Why here and not word lists: a person's media are called "IMG_2041_whisking.MOV" or
"BatterBowlCloseup.mp4" and described in their own words, so names are split into words
(camelCase, underscores, digits) and phrases are compared by meaning with the packaged
WordLlama embedding (the index's default). Without WordLlama a stem-overlap score stands in.
"""

from __future__ import annotations

import functools
import re
from typing import Sequence

import numpy as np

# Words cameras and editors put in file names that say nothing about the content.
FILE_NOISE = frozenset(
    "img vid mvi dsc dscn dji gopr gp gx pxl mov mp4 mkv avi mp3 wav m4a aac flac jpg jpeg png heic final "
    "edit edited export exported copy take new old clip video audio file version v raw untitled render".split()
)
STOP = frozenset(
    "a an the and or of to in on at for with from by as into onto over under about it its is are was were be my "
    "our your me i we you this that these those some any all one ones please".split()
)
# Words that say nothing about a topic ("how to cook them" shares only "cook" with a sentence).
TOPIC_STOP = STOP | frozenset(
    "them they their he him his she her how what where when why which who do does did so just really very then "
    "there here each also too not no yes can could would will should shall have has had get got make made put "
    "going gonna want like show showing today let lets part bit".split()
)
_SPLIT = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


@functools.lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """A crude stem so plurals and verb forms meet: pancakes/pancake, whisking/whisk."""
    word = word.lower()
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            return base[:-1] if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "ls" else base
    if re.search(r"(s|x|z|ch|sh)es$", word) and len(word) > 4:
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    if len(word) > 3 and word[-2:] in ("ff", "rr", "zz"):
        return word[:-1]  # round 16: "purr" meets "purring" ("purr" -> "pur", as "purring" is), "buzz" "buzzing"
    if len(word) > 4 and re.search(r"[bcdfgkpstz]le$", word):
        return word[:-1]  # round 20: "wobble" meets "wobbling", "settle" "settling", "bottle" "bottling"
    return word


def name_words(name: str) -> list[str]:
    """'IMG_2041_whiskingEggs-v2.MOV' -> ['2041', 'whisking', 'eggs']: the words a file name holds."""
    base = re.sub(r"\.[A-Za-z0-9]{2,4}$", "", name)
    words = [w.lower() for w in _SPLIT.findall(base)]
    return [w for w in words if w not in FILE_NOISE and w not in STOP and (not w.isdigit() or len(w) >= 3)]


def words(text: str) -> list[str]:
    """Lower-case content words of a text (stop words dropped)."""
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP]


def stems(text: str) -> set[str]:
    """Stems of the words that carry a topic."""
    return {stem(w) for w in words(text) if w not in TOPIC_STOP}


@functools.lru_cache(maxsize=1)
def _embedder():
    from editor_app.index.wordllama_vectors import semantic_vectors

    return semantic_vectors()


@functools.lru_cache(maxsize=20_000)
def _vector(text: str) -> np.ndarray | None:
    embedder = _embedder()
    if embedder is None:
        return None
    return embedder.vectors([text])[0]


def similarity(query: str, texts: Sequence[str]) -> list[float]:
    """Cosine similarity of ``query`` to each text (WordLlama), or stem overlap without it.

    Vectors are cached per text, so profiles of a 1,000-clip project cost nothing after the first turn.
    """
    q = _vector(query)
    if q is None:
        wanted = stems(query)
        return [len(wanted & stems(t)) / (len(wanted) or 1) for t in texts]
    out = []
    for text in texts:
        v = _vector(text)
        out.append(float(np.dot(q, v)) if v is not None else 0.0)
    return out


def semantic_available() -> bool:
    return _embedder() is not None


@functools.lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Whole words of the embedding's tokenizer (a 32k vocabulary of common words), or empty."""
    embedder = _embedder()
    try:
        vocab = embedder._model.tokenizer.get_vocab() if embedder is not None else {}
    except Exception:  # noqa: BLE001 - no vocabulary only means no protection against miscorrection
        return frozenset()
    return frozenset(k[1:].lower() for k in vocab if k.startswith("\u2581") and k[1:].isalpha() and len(k) > 4)


def known_word(word: str) -> bool:
    """An ordinary English word ("levels"), not a typo: it must not be "corrected" to a media
    name one letter away ("levers")."""
    return word.lower() in _vocabulary()

"""General word knowledge for retrieval: WordNet senses, hypernyms and definitions.

Why: a static embedding does not know that salt is a seasoning or that syrup is a sweet liquid,
and people search with such words ("the seasoning step", "the sweet sauce"). Each word of a
text is mapped to *concepts*: itself, its first WordNet senses, their hypernyms one and two
levels up, and the words of their definitions, each with a weight that falls with distance.
Two texts that share concepts are related even when they share no word. The data is a file
derived from WordNet 3.0 (data/wordnet.tsv.gz, built by lexicon_build.py) that ships in the
package: nothing is downloaded. Without the file, a text's concepts are just its words.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import logging
import math
from pathlib import Path
from typing import Iterable

from editor_app.index.text import IRREGULAR, content_words, stem

log = logging.getLogger(__name__)
DATA = Path(__file__).resolve().parent / "data" / "wordnet.tsv.gz"
SENSE_WEIGHTS = (1.0, 0.6, 0.4)  # first, second, third sense of a word (WordNet orders by use)
LEVEL_WEIGHTS = (1.0, 0.7, 0.45)  # the sense itself, its hypernym, the hypernym's hypernym
GLOSS_WEIGHT = 0.35  # a word of a sense's definition
WORD_WEIGHT = 1.0  # the word itself (its stem)
# Suffix rules of WordNet's morphy: inflected form -> base form candidates, per part of speech.
_RULES = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
          ("men", "man"), ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
          ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
}


class Lexicon:
    """The lexicon file's lines, looked up in place (bisect over sorted lemma lines, synsets by
    their dense base-36 number), so loading is one decompress and one split."""

    def __init__(self, text: str) -> None:
        lines = [line for line in text.split("\n") if line and not line.startswith("#")]
        kinds: dict[str, list[str]] = {"S": [], "L": [], "X": [], "G": [], "N": []}
        for line in lines:
            kinds[line[0]].append(line)
        self._synsets = kinds["S"]
        self._lemma_lines = kinds["L"]  # sorted by lemma, then part of speech
        self._exceptions = {tuple(f.split("\t")[1:3]): f.split("\t")[3] for f in kinds["X"]}
        self._gloss_count = {f.split("\t")[1]: int(f.split("\t")[2]) for f in kinds["G"]}
        counts = kinds["N"][0].split("\t") if kinds["N"] else ["N", "1", "1"]
        self.n_lemmas, self.n_synsets = int(counts[1]), int(counts[2])

    def __len__(self) -> int:
        return len(self._lemma_lines)

    def senses(self, lemma: str, pos: str) -> tuple[str, ...]:
        key = f"L\t{lemma}\t{pos}\t"
        at = bisect.bisect_left(self._lemma_lines, key)
        if at < len(self._lemma_lines) and self._lemma_lines[at].startswith(key):
            return tuple(self._lemma_lines[at][len(key):].split(","))
        return ()

    def lemmas(self, word: str) -> list[tuple[str, str]]:
        """(lemma, part of speech) pairs the word can be a form of ("frying" -> fry/v)."""
        out: list[tuple[str, str]] = []
        for pos in ("n", "v", "a"):
            candidates = [word]
            if (pos, word) in self._exceptions:
                candidates.insert(0, self._exceptions[(pos, word)])
            candidates += [word[: -len(suffix)] + repl for suffix, repl in _RULES[pos]
                           if word.endswith(suffix) and len(word) > len(suffix) + 1]
            for lemma in candidates:
                if self.senses(lemma, pos):
                    out.append((lemma, pos))
                    break
        return out

    def _synset(self, synset: str) -> list[str]:
        try:
            return self._synsets[int(synset, 36)].split("\t")
        except (ValueError, IndexError):
            return ["S", synset, "", "", "1"]

    def parents(self, synset: str) -> tuple[str, ...]:
        return tuple(p for p in self._synset(synset)[2].split(",") if p)

    def gloss(self, synset: str) -> tuple[str, ...]:
        return tuple(self._synset(synset)[3].split())

    def specificity(self, synset: str) -> float:
        """log(lemmas / lemmas that reach this sense): near 0 for "entity", high for "flavorer"."""
        return math.log(1.0 + self.n_lemmas / max(1, int(self._synset(synset)[4])))

    def gloss_specificity(self, word: str) -> float:
        return math.log(1.0 + self.n_synsets / self._gloss_count.get(word, 1))


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon | None:
    """The packaged lexicon, parsed once; None (logged) when the file is missing or broken."""
    try:
        lexicon = Lexicon(gzip.decompress(DATA.read_bytes()).decode("utf-8"))
    except (OSError, EOFError, ValueError, IndexError, UnicodeDecodeError, gzip.BadGzipFile) as exc:
        log.warning("word knowledge unavailable (%s): retrieval uses words only", exc)
        return None
    return lexicon if len(lexicon) else None


def _spec(value: float) -> float:
    """Specificity as a factor: 1.0 for the most specific concepts, falling for general ones
    ("entity" is reached from nearly every noun and weighs about a tenth of "flavorer")."""
    return min(1.0, value / 10.0)


@functools.lru_cache(maxsize=100_000)
def word_concepts(word: str) -> tuple[tuple[str, float], ...]:
    """A word's weighted concepts: its stem, its senses and their hypernyms (``s:<id>``), and the
    stems of their definitions' words (``w:<stem>``)."""
    lexicon = load_lexicon()
    if lexicon is None:
        return (("w:" + stem(word), WORD_WEIGHT),)
    weights: dict[str, float] = {"w:" + stem(word): WORD_WEIGHT}

    def add(key: str, weight: float) -> None:
        if weight > weights.get(key, 0.0):
            weights[key] = weight

    base = IRREGULAR.get(word, word)
    for lemma, pos in lexicon.lemmas(base):
        for rank, synset in enumerate(lexicon.senses(lemma, pos)[: len(SENSE_WEIGHTS)]):
            w = SENSE_WEIGHTS[rank]
            level = [synset]
            for depth, level_weight in enumerate(LEVEL_WEIGHTS):
                for node in level:
                    add("s:" + node, w * level_weight * _spec(lexicon.specificity(node)))
                    if depth == 0:
                        for gloss_word in lexicon.gloss(node):
                            add("g:" + stem(gloss_word),
                                w * GLOSS_WEIGHT * _spec(lexicon.gloss_specificity(gloss_word)))
                level = [p for node in level for p in lexicon.parents(node)]
    return tuple(weights.items())


@functools.lru_cache(maxsize=20_000)
def concepts(text: str) -> dict[str, float]:
    """A text's concepts with summed weights (a word said twice counts once more, sublinearly).
    Cached: the same windows are scored query after query. Do not mutate the result."""
    out: dict[str, float] = {}
    counts: dict[str, int] = {}
    for word in content_words(text):
        counts[word] = counts.get(word, 0) + 1
    for word, count in counts.items():
        tf = 1.0 + math.log(count)
        for key, weight in word_concepts(word):
            out[key] = out.get(key, 0.0) + weight * tf
    return out


@functools.lru_cache(maxsize=20_000)
def _bag_norm(text: str) -> float:
    return math.sqrt(sum(w * w for w in concepts(text).values())) or 1.0


def _targets(key: str) -> tuple[str, ...]:
    """The document concepts a query concept meets: a word meets the same word and the words of
    definitions; a word of a definition meets only a word (two definitions that both say "food"
    is noise, not meaning); a sense meets the same sense."""
    if key.startswith("w:"):
        return (key, "g:" + key[2:])
    if key.startswith("g:"):
        return ("w:" + key[2:],)
    return (key,)


def concept_scores(query: str, texts: dict[str, str]) -> dict[str, float]:
    """Cosine-like similarity (0..1) between the query's concepts and each text's, for the texts
    that share one.

    Concepts are weighted by how specific they are in WordNet as a whole and, on the query's
    side, by an idf over the texts given (a search's candidates, or all of a small collection):
    nothing is built at indexing time, so a 2-hour transcript indexes as fast as before, and a
    text's own weights and norm are cached across queries. (Measured: no idf at all scored 31/46
    instead of 37/46 on index_bench's needles, where filler words recur; an idf on both sides
    cost four times the time per query for the same scores.)"""
    q = concepts(query)
    if not q or not texts:
        return {}
    bags = {doc_id: concepts(text) for doc_id, text in texts.items()}
    wanted = {target for key in q for target in _targets(key)}
    df = dict.fromkeys(wanted, 0)
    for bag in bags.values():
        for key in wanted.intersection(bag):
            df[key] += 1
    n = len(bags) + 1
    idf = {key: math.log(1.0 + n / (count + 0.5)) for key, count in df.items()}
    pairs = [(qv, target, idf[target] * idf.get(key, idf[target])) for key, qv in q.items()
             for target in _targets(key)]
    q_norm = math.sqrt(sum((v * idf.get(k, 1.0)) ** 2 for k, v in q.items())) or 1.0
    out: dict[str, float] = {}
    for doc_id, bag in bags.items():
        dot = 0.0
        for qv, target, factor in pairs:
            weight = bag.get(target)
            if weight:
                dot += qv * weight * factor
        if dot > 0:
            out[doc_id] = dot / (q_norm * _bag_norm(texts[doc_id]))
    return out

"""A media named by a word related to its description: "the lube clip" for "brushing grease onto ...".

Why: people name B-roll by a synonym ("polish" for "buff"), a related verb or noun form ("sander"
for "sanding", "lubing" for "lube") or a short form of a word its description says in other
words. Exact description words are tried first (media_ties.best_described); only when no media
holds a word of the phrase are the words' relations read from the packaged WordNet lexicon:

* the same word after inflection or a derivational ending ("sander" / "sanding", "shiny" / "shine");
* a shared sense (synonyms: "lube" / "lubricate");
* a sense directly under the other's sense ("buff" is a way to "polish");
* a sense whose definition says the other word ("grease" v.: "lubricate with grease").

Each media is scored by how many of the phrase's words it holds exactly (1) or by relation (0.5);
exactly one best media is the one meant, a tie returns all (the caller asks), and a phrase whose
words relate to nothing returns [] (the caller says it is not found, never another media). Round 11: a
media must hold every word of the phrase, exactly or by relation ("RGB lighting" is not a clip whose
description says "flush" only because "lighting" relates to it), and a word held only after "then" in a
description ("snipping the feet, then greasing the wire") counts less than one the media is all about.
"""

from __future__ import annotations

import functools
import re
from typing import Callable, Sequence

from editor_app.planner.meaning import STOP, TOPIC_STOP, stem
from editor_app.planner.unsaid import word_lexicon

RELATED = 0.5  # a related word counts half an exact one
_SENSES = 3  # the first senses of each lemma (WordNet orders them by use)
# Endings that make a related form of the same word: sander/sanding, shiny/shine, lubricant/lubricate.
_ENDINGS = ("ations", "ation", "ating", "ated", "ates", "ate", "ants", "ant", "ings", "ing", "ers", "er", "ed",
            "es", "s", "y", "e")
# Words that say what kind of media or which piece, not what it shows; and gloss words too general to relate.
_NOT_CONTENT = frozenset("shot shots clip clips footage video videos vid vids broll photo photos pic pics picture pictures "
                         "image images still stills recording recordings scene cutaway view angle file bit part take "
                         "one thing things make made apply use used cause become get put give something someone "
                         # round 16: particles and prepositions relate by odd senses ("dog": go after; "cat" ~ "round"):
                         # "the dog video" was a photo named "Gus AFTER", "the cat video" a shot of roots circling round a pot
                         "after before round around about over under up down off out back through across along away "
                         "behind below above between again".split())


# Gloss words after which a definition names what the act takes away ("clean": removing dirt; "unblock":
# free from obstruction; "rinse": wash off dirt): those things are the act's opposite, never another name for it (round 13).
_TAKEN_AWAY = frozenset("remove removes removing removal rid free freeing without lacking strip stripping clear clearing off away "
                        "eliminate eliminating".split())


@functools.lru_cache(maxsize=50_000)
def root(word: str) -> str:
    """The word less one derivational or inflectional ending, kept at 3 letters or more."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    return word[:-1] if len(word) >= 4 and word[-1] == word[-2] else word  # "rubbing" -> "rub"


@functools.lru_cache(maxsize=50_000)
def _lemmas(word: str) -> frozenset[str]:
    lexicon = word_lexicon()
    found = {word}
    if lexicon is not None:
        found |= {lemma for lemma, _ in lexicon.lemmas(word)}
    return frozenset(found)


@functools.lru_cache(maxsize=50_000)
def _senses(word: str) -> frozenset[str]:
    lexicon = word_lexicon()
    if lexicon is None:
        return frozenset()
    return frozenset(s for lemma, pos in lexicon.lemmas(word) for s in lexicon.senses(lemma, pos)[:_SENSES])


@functools.lru_cache(maxsize=50_000)
def _verb_senses(word: str) -> frozenset[str]:
    lexicon = word_lexicon()
    if lexicon is None:
        return frozenset()
    return frozenset(s for lemma, pos in lexicon.lemmas(word) if pos == "v" for s in lexicon.senses(lemma, pos)[:_SENSES])


@functools.lru_cache(maxsize=50_000)
def _same_word(a: str, b: str) -> bool:
    if a == b or stem(a) == stem(b):
        return True
    la, lb = _lemmas(a), _lemmas(b)
    # roots of three letters meet by chance ("tape" / "tapping"); four or more are one word ("sander" / "sanding")
    return bool(la & lb) or bool({root(x) for x in la if len(root(x)) >= 4} & {root(x) for x in lb})


def _gloss_says(senses: frozenset[str], word: str) -> bool:
    """A definition of one of ``senses`` says ``word`` (or its form, or a synonym of it)."""
    lexicon = word_lexicon()
    mine = _senses(word)
    for sense in senses:
        for said in lexicon.gloss(sense):
            if said in _TAKEN_AWAY:
                break  # round 13: "clean": "make clean by removing dirt": what a verb takes away is its opposite
            if said in _NOT_CONTENT or said in TOPIC_STOP or len(said) < 3:
                continue
            if _same_word(said, word) or (mine and mine & _senses(said) and not _describes(said)):
                return True
    return False


@functools.lru_cache(maxsize=50_000)
def _describes(word: str) -> bool:
    """Round 16 (lead): a word that can be an adjective ("crisp" in toast's "make brown and crisp") is read in a
    definition by its own form only, never through its other senses: "the toast clip" had found "wrinkle test
    saucer.jpg" (crisp v. is wrinkle)."""
    lexicon = word_lexicon()
    return lexicon is not None and any(pos in ("a", "s") for _, pos in lexicon.lemmas(word))


@functools.lru_cache(maxsize=100_000)
def kin(a: str, b: str) -> bool:
    """Whether two content words name the same kind of thing or act in other words (not equal stems)."""
    if a in _NOT_CONTENT or b in _NOT_CONTENT:
        return False
    if _same_word(a, b):
        return True
    lexicon = word_lexicon()
    if lexicon is None:
        return False
    sa, sb = _senses(a), _senses(b)
    if sa & sb:
        return True
    if any(set(lexicon.parents(s)) & sb for s in sa) or any(set(lexicon.parents(s)) & sa for s in sb):
        return True
    # a verb defined by the other word ("grease": lubricate with grease); a noun's definition names its
    # parts and uses ("bonnet": covers the engine), which are other things, so only verbs are read so
    return _gloss_says(_verb_senses(b), a) or _gloss_says(_verb_senses(a), b)


FARTHER = 0.8  # round 12b: a relation through a definition or a broader sense counts less than a synonym


@functools.lru_cache(maxsize=100_000)
def synonym(a: str, b: str) -> bool:
    """Whether two content words are one word in another form or share a sense ("fall" / "autumn"): closer kin
    than a word whose definition merely says the other ("snow" v.: "fall as snow")."""
    if a in _NOT_CONTENT or b in _NOT_CONTENT:
        return False
    return _same_word(a, b) or bool(_senses(a) & _senses(b))


@functools.lru_cache(maxsize=50_000)
def _ancestors(word: str, depth: int = 5) -> frozenset[str]:
    lexicon = word_lexicon()
    if lexicon is None:
        return frozenset()
    found: set[str] = set()
    layer = set(_senses(word))
    for _ in range(depth):
        layer = {p for s in layer for p in lexicon.parents(s)} - found
        found |= layer
    return frozenset(found)


def kind_of(specific: str, general: str) -> bool:
    """Round 12b: ``specific`` names a kind of ``general`` ("maple" is a kind of "tree"), a few steps up."""
    if specific in _NOT_CONTENT or general in _NOT_CONTENT:
        return False
    return bool(_senses(general) & _ancestors(specific))


def held_in(word: str, words: Sequence[str]) -> bool:
    """``word`` is one of ``words`` in its own form (stem) or by relation (kin)."""
    return stem(word) in {stem(w) for w in words} or any(kin(word, w) for w in words)


def content_words(text: str) -> list[str]:
    """The lower-case words of ``text`` that can say what a media shows."""
    said = re.findall(r"[a-z]+", re.sub(r"[_\-.]+", " ", text.lower()))
    return [w for w in said if len(w) >= 3 and w not in STOP and w not in TOPIC_STOP and w not in _NOT_CONTENT]


def related_described(phrase: str, pool: Sequence, profile: Callable[[object], str]) -> list:
    """The media whose own words (``profile``) hold the phrase's words exactly or by relation, best
    score only (all of them when tied); [] when no word of the phrase relates to any media."""
    wanted = list(dict.fromkeys(content_words(phrase)))
    if not wanted or not pool:
        return []
    from editor_app.planner.media_shows import SECONDARY, later_only

    # round 11: a short name ("UV", "LED") is no word to relate, but it still says what the media is: held or not
    initials = {w for w in re.findall(r"[a-z]+", phrase.lower()) if len(w) == 2 and w not in STOP}
    scores = []
    for asset in pool:
        text = profile(asset)
        if initials - set(re.findall(r"[a-z]+", text.lower())):
            scores.append(0.0)
            continue
        own = content_words(text)
        own_stems = {stem(w) for w in own}
        later = later_only(text)  # round 11: "X, then greasing the wire": greasing is what it shows second
        score = 0.0
        for word in wanted:
            if stem(word) in own_stems:
                score += SECONDARY if stem(word) in later else 1.0
            elif kins := [other for other in own if kin(word, other)]:
                near = 1.0 if any(synonym(word, k) for k in kins) else FARTHER
                score += RELATED * near * (SECONDARY if all(stem(k) in later for k in kins) else 1.0)
            else:  # round 11: "the RGB lighting clip": a word no media holds in any form is a thing it does not show
                score = 0.0
                break
        scores.append(score)
    best = max(scores)
    return [a for a, s in zip(pool, scores) if s == best] if best > 0 else []

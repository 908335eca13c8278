"""Telling apart media that the same words name ("the park clip" when two park clips exist).

Why: people name a clip by a shared word and then say which one in their own words ("the park
clip where she comes running back", "the recall clip from the first try"). The words of the
request that did not name the media are compared with what each media is (its description,
tags, name words and the start of its transcript); exactly one media sharing the most of them
is the one meant. Nothing shared, or a tie, leaves the choice to the user (the caller asks).
"""

from __future__ import annotations

import functools
import re
from typing import Sequence

from editor_app.model.project import MediaAsset
from editor_app.planner.meaning import stems

# Nouns for "a piece of media": they say nothing about which one.
_GENERIC = frozenset(stems("shot clip footage video broll photo picture image still recording scene cutaway view "
                           "angle file one bit part"))


@functools.lru_cache(maxsize=20_000)
def profile_stems(profile: str) -> frozenset[str]:
    """The content stems of a media's text, cached (profiles are compared on every turn): with joined
    neighbours ("close up" -> "closeup") and -y roots ("mouldy" -> "mould")."""
    from editor_app.planner.media_shows import joined, rooted

    return frozenset(rooted(stems(profile)) | joined(profile))


def shared_counts(words: set[str], assets: Sequence[MediaAsset], profile) -> list[int]:
    """How many of ``words`` (stems) each media's profile holds."""
    return [len(words & profile_stems(profile(a))) for a in assets]


def pick_by_words(text: str, assets: Sequence[MediaAsset], profile, naming: set[str] = frozenset()) -> MediaAsset | None:
    """The one media in ``assets`` whose profile shares strictly the most content words of ``text``
    (leaving out ``naming``, the words that named them all, and generic media nouns); None when
    none shares a word or two share the most."""
    words = stems(text) - set(naming) - _GENERIC
    if not words or len(assets) < 2:
        return None
    counts = shared_counts(words, assets, profile)
    best = max(counts)
    if best == 0 or counts.count(best) > 1:
        return None
    return assets[counts.index(best)]


def best_described(words: set[str], assets: Sequence[MediaAsset], profile) -> list[MediaAsset]:
    """The media whose profile holds the most of ``words`` (all of them when tied), [] when none holds
    any: "the recall clip" is every media described as recall practice, to be asked about."""
    from editor_app.planner.media_shows import NEGATION, SECONDARY, later_only, negated, rooted

    words = rooted(words) - _GENERIC
    if not words or not assets:
        return []
    counts = []
    for asset in assets:
        text = profile(asset)
        # a word the media's own text negates ("no mould") describes it only when the request negates too
        held = words & (profile_stems(text) - (set() if words & NEGATION else negated(text)))
        later = held & later_only(text)  # round 11: said only after "then": the clip shows it second
        counts.append(len(held) - len(later) + SECONDARY * len(later))
    best = max(counts)
    return [a for a, n in zip(assets, counts) if n == best] if best else []


# A media named without a noun for media ("make the rainy ride look colder", "show the canal ride"):
# a short noun phrase that is the object of the sentence (not after a preposition: "at the end").
_BARE = re.compile(r"(?:^|\b(?!(?:at|to|from|over|during|in|on|after|before|until|till|by|of|about|for|into|onto|under|"
                   r"with|near|towards?|around|through|across|between|than|while|where|when)\b)[a-z']+ )"
                   r"(?:the|my|that|this|our) ((?:[a-z'-]+ ){0,2}[a-z'-]+)")
# Round 16: nouns for a place in the video. "trim the opening" is the video's start, not the drone clip "pulling back
# out of the open garage door" (a shared stem, "open"); such a noun names a media only when its own words say that word.
PLACES_IN_VIDEO = frozenset("opening openings closing beginning ending endings intro outro start end middle finish".split())


def _says_word(text: str, word: str) -> bool:
    return re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text.lower()) is not None


TIE = 0.04  # two media closer than this in meaning are equally good
# Nouns that say what kind of media a phrase names, not what it shows or sounds like.
KIND_NOUNS = frozenset("sound sounds noise noises sfx fx effect effects clip clips shot shots footage video videos vid "
                       "photo photos pic pics picture pictures image images still stills recording recordings".split())
_KIND_STEMS = frozenset(stems(" ".join(KIND_NOUNS)))


def bare_named(text: str, pool: Sequence[MediaAsset], profile) -> tuple[list[MediaAsset], int]:
    """(media, position) named by a bare noun phrase whose head word is in their own words; never
    asks (a phrase like "the colours" is just not a name); two equally good ones are both returned."""
    from editor_app.planner.meaning import STOP, stem
    from editor_app.planner.vocab import KEYWORDS

    for match in _BARE.finditer(text):
        words = []
        for word in match.group(1).split():
            if word in STOP or word in KEYWORDS or not word.isalpha():
                break
            words.append(word)
        # round 10: "the hammer sound" names a hammer: a kind noun ("sound", "noise") alone does not name
        # the one sound effect there is, when the phrase says what it is of (a phrase of kind nouns only may)
        kinds_at = [i for i, w in enumerate(words) if w in KIND_NOUNS]
        content = [w for w in words[: kinds_at[-1]] if w not in KIND_NOUNS] if kinds_at else []
        if content:  # the naming phrase ends at its last kind noun: "the hammer sound" -> "hammer"
            words = words[: kinds_at[-1]]
        for size in range(len(words), 0, -1):  # "the rainy ride look ...": the head is the last word that names
            phrase, head = " ".join(words[:size]), stem(words[size - 1])
            if content and words[size - 1] in KIND_NOUNS:
                continue
            found = [a for a in best_described(stems(phrase) - _KIND_STEMS if content else stems(phrase), pool, profile)
                     if head in profile_stems(profile(a))
                     and (words[size - 1] not in PLACES_IN_VIDEO or _says_word(profile(a), words[size - 1]))]
            if found:  # round 10: media the phrase describes equally are all returned (the caller asks)
                return found, match.start(1)
    return [], -1


def unspelled(phrase: str, profile: str, score: float) -> float:
    """``score`` again without the profile's near-spellings of the phrase's words: a sub-word
    embedding also rates spelling ("chain lube" ~ "inner tube"), and typos were fixed before this."""
    from editor_app.planner.meaning import similarity

    said = {w for w in re.findall(r"[a-z]+", phrase.lower()) if len(w) >= 3}
    words = re.findall(r"[A-Za-z0-9']+", profile)
    kept = [w for w in words if not any(_one_letter(w.lower(), s) for s in said)]
    if len(kept) == len(words):
        return score
    return similarity(phrase, [" ".join(kept)])[0] if kept else 0.0


def _one_letter(a: str, b: str) -> bool:
    """Different words one substitution, insertion or deletion apart ("lube" / "tube")."""
    if a == b or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 3:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))

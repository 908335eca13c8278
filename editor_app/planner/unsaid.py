"""A described part of the talk must be about things the talk says: never cut the nearest sentence
to a thing that is never mentioned.

Why: "cut the part where I talk about the engine air filter", on a talk about a car's cabin air
filter that never says "engine", cut the sentence that shares "air filter" with the request: a
wrong destructive edit. People paraphrase verbs and adjectives freely ("the little door" for "a
narrow door", "where I explain" for what is shown), but a *thing* they name (a noun for something
physical: an engine, olive oil, a wok) that the talk never says, nor a word for the same thing or
a kind of it, means they are thinking of a different part, or a different video. Such a request
asks, saying what the talk does talk about, and changes nothing.

Knowledge comes from the packaged WordNet lexicon (editor_app/index/lexicon.py): a word is a
physical thing when its first noun sense descends from "physical entity"; it is meant by a word
the talk says when they share a sense or the request's word is a more general kind of it ("the
cookware" for "a skillet"). Without the lexicon nothing is flagged (the other checks still apply).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from editor_app.planner.meaning import TOPIC_STOP, stem
from editor_app.planner.types import Unclear

# Nouns for things that every talk is near without saying them, or that point at the video itself.
_GENERIC = frozenset(
    "thing things stuff item items piece pieces object objects bit bits part parts one ones someone something "
    "everything anything place spot side end start top bottom front back middle way person people guy lady man woman "
    "video clip shot camera footage recording film screen frame picture photo image music sound audio voice mic "
    "microphone talk line sentence section moment bloke folks viewer viewers audience".split())
_ANCESTRY = 3  # how many levels up a said word's sense the request's more general word may sit


@functools.lru_cache(maxsize=1)
def word_lexicon():
    """The packaged WordNet lexicon, or None when it cannot be loaded (the planner then goes by words only)."""
    try:
        from editor_app.index.lexicon import load_lexicon

        return load_lexicon()
    except Exception:  # noqa: BLE001 - word knowledge is a help, not a requirement
        return None


@functools.lru_cache(maxsize=1)
def _physical_entity() -> str | None:
    lexicon = word_lexicon()
    senses = lexicon.senses("object", "n") if lexicon is not None else ()
    parents = lexicon.parents(senses[0]) if senses else ()
    return parents[0] if parents else None


@functools.lru_cache(maxsize=20_000)
def _noun_senses(word: str) -> tuple[str, ...]:
    lexicon = word_lexicon()
    if lexicon is None:
        return ()
    return next((lexicon.senses(lemma, "n")[:3] for lemma, pos in lexicon.lemmas(word) if pos == "n"), ())


@functools.lru_cache(maxsize=50_000)
def _ancestors(sense: str, depth: int) -> frozenset[str]:
    lexicon = word_lexicon()
    seen, level = set(), [sense]
    for _ in range(depth + 1):
        seen.update(level)
        level = [p for s in level for p in lexicon.parents(s) if p not in seen]
        if not level:
            break
    return frozenset(seen)


@functools.lru_cache(maxsize=20_000)
def is_thing(word: str) -> bool:
    """Whether ``word`` names something physical (its first noun sense descends from physical entity)."""
    senses = _noun_senses(word)
    top = _physical_entity()
    return bool(senses) and top is not None and top in _ancestors(senses[0], 20)


def _meets(a: str, b: str) -> bool:
    return a == b or a + "e" == b or b + "e" == a or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))


def _meant_by(word: str, said: set[str]) -> bool:
    """A word the talk says is the same thing as ``word``, or ``word`` is a more general kind of it."""
    wanted = set(_noun_senses(word))
    if not wanted:
        return False
    for other in said:
        for sense in _noun_senses(other):
            if sense in wanted or wanted & _ancestors(sense, _ANCESTRY):
                return True
    return False


_OPENERS = frozenset("the a an my your our his her their this that these those some any each every about of with for on in "
                     "from to into at like".split())


def _noun_phrases(description: str) -> list[str]:
    """The words of ``description`` that sit in a noun phrase (after a determiner or a preposition,
    up to the first word that reads as a verb: "the rust comes off" -> rust): only these can name a
    thing. A word ending in -s right after a singular word, that can be a verb, is the verb."""
    return [word for _, word in _placed_noun_words(description)]


def _placed_noun_words(description: str) -> list[tuple[int, str]]:
    """_noun_phrases() with each word's token index, so words said side by side can be told apart."""
    tokens = re.findall(r"[a-z]+(?:-[a-z]+)*(?:'s)?", description.lower())
    out: list[tuple[int, str]] = []
    inside = True  # "engine air filter" (from "the engine air filter sentence") is a noun phrase already
    for i, raw in enumerate(tokens):
        word = raw.removesuffix("'s")
        if word in _OPENERS:
            inside = True
            continue
        follows = tokens[i + 1] if i + 1 < len(tokens) else ""
        named = i == 0 and follows and follows not in _OPENERS and follows not in TOPIC_STOP and is_thing(word) \
            and is_thing(follows.removesuffix("'s"))  # "candy boards": a noun before a noun; "slag off the caps" is a verb
        if not inside or (i == 0 and _can_be_verb(word) and not named):  # "explain how ...", "scrub the rust"
            continue  # round 12b: but "candy boards" is a candy board, a noun naming a noun
        previous = tokens[i - 1].removesuffix("'s") if i else ""
        last = i == len(tokens) - 1  # round 12b: "about candy boards" ends on a plural noun, not on a verb
        if (word.endswith("s") and not word.endswith("ss") and previous not in _OPENERS and not previous.endswith("s")
                and _can_be_verb(word) and not (last and is_thing(word))) or word in TOPIC_STOP and word not in ("like",):
            inside = False
            continue
        out.append((i, word))
    return out


@functools.lru_cache(maxsize=20_000)
def _can_be_verb(word: str) -> bool:
    lexicon = word_lexicon()
    return lexicon is not None and any(pos == "v" for _, pos in lexicon.lemmas(word))


def unsaid_things(description: str, heard_texts: Iterable[str]) -> list[str]:
    """The words of ``description`` that name a physical thing the talk never says (nor a word for
    the same thing, nor a kind of it), in the order written."""
    if word_lexicon() is None:
        return []
    heard_texts = list(heard_texts)
    heard = {w for t in heard_texts for w in re.findall(r"[a-z]+", t.lower())}
    said_stems = {stem(w) for w in heard}
    out: list[str] = []
    out += _numbers_never_said(description, heard_texts)
    for word in _noun_phrases(description):
        parts = word.split("-")
        if len(parts) > 1:  # "non-stick", "re-season": said when every part is, side by side (round 18: "pull-through
            # sharpeners" is not a talk that says "pull the edge gently through")
            together = re.compile(r"\b" + r"\w*[\s-]?".join(re.escape(p) for p in parts))  # "dissolve" said "dissolved"
            if all(any(_meets(stem(p), s) for s in said_stems) for p in parts) \
                    and (len(parts) > 2 or any(together.search(t.lower()) for t in heard_texts)):
                continue  # (three parts or more describe a line loosely: "the stir-until-dissolved line")
            if all(any(_meets(stem(p), s) for s in said_stems) for p in parts):
                out.append(word)
                continue
            word = parts[-1]
        if len(word) < 3 or word in TOPIC_STOP or word in _GENERIC or word in out or word.endswith(("ing", "ed")):
            continue
        if any(_meets(stem(word), s) for s in said_stems):
            continue
        if is_thing(word) and not _meant_by(word, heard):
            out.append(word)
    return out or _compounds_never_said(description, heard_texts)


def _numbers_never_said(description: str, texts: list[str]) -> list[str]:
    """Round 18 (lead): numbers of the description ("the 400 grit stone") that the talk never says, in digits or in
    words: a sentence about the 1000 grit stone is not the part about a 400 grit one."""
    from editor_app.planner.text import words_to_numbers

    wanted = re.findall(r"(?<![\d:.])(\d{2,})(?![\d:.])", description)
    if not wanted:
        return []
    said = " ".join(words_to_numbers(t.lower()) for t in texts)
    said = re.sub(r"\b(\d+) (thousand|hundred)\b", lambda m: str(int(m.group(1)) * (1000 if m.group(2) == "thousand" else 100)), said)
    return [n for n in dict.fromkeys(wanted) if not re.search(rf"(?<![\d.]){n}(?![\d])", said)]


def _compounds_never_said(description: str, texts: list[str]) -> list[str]:
    """Round 12b: things named by two nouns side by side ("candy boards") that no stretch of talk (a
    sentence and its neighbours) says together. Why: each word may be said somewhere ("foam board" in one sentence, "fondant", a kind of
    candy, in another), but the thing the person names is a candy board, and a sentence that only
    shares its head noun is about something else: cutting it would be a wrong destructive edit."""
    placed = [(i, w) for i, w in _placed_noun_words(description)
              if len(w) >= 3 and w not in TOPIC_STOP and w not in _GENERIC and "-" not in w and is_thing(w)]
    out: list[str] = []
    for (i, a), (j, b) in zip(placed, placed[1:]):
        if j != i + 1:
            continue
        near = [" ".join(texts[max(0, k - 1): k + 2]) for k in range(len(texts))]  # a sentence and its neighbours
        if not any(_says(a, t) and _says(b, t) for t in near):
            out.append(f"{a} {b}")
    return out


def _says(word: str, text: str) -> bool:
    """Whether ``text`` says ``word``, a form of it, a word for the same thing or a kind of it."""
    heard = set(re.findall(r"[a-z]+", text.lower()))
    return any(_meets(stem(word), stem(w)) for w in heard) or _meant_by(word, heard)


def require_said(description: str, heard_texts: Iterable[str], nearest: str = "") -> None:
    """Unclear when ``description`` names a thing the talk never mentions; ``nearest`` (e.g. '0:17
    "Some people call it..."') says what the talk is nearest to instead."""
    missing = unsaid_things(description, heard_texts)
    if not missing:
        return
    words = " or ".join(f"\"{w}\"" for w in missing[:2])
    description = re.sub(r"^(?:i |we )?(?:talk(?:s|ing|ed)?|speak(?:s|ing)?|go(?:es|ing)? on|chat(?:s|ting)?|mention(?:s|ing)?)"
                         r" (?:about |on )?", "", description.strip())
    near = f" The nearest thing you talk about: {nearest}." if nearest else ""
    raise Unclear(f"I can't find where you talk about {description.strip()}: {words} is never said in the talk, so I "
                  f"haven't cut anything.{near} Quote a few of the words you mean, or say the time.")

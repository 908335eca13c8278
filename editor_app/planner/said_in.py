"""Sentences named by what is said in them, in the speaker's own words, on any project.

Why: people point at a sentence by describing it ("the line comparing the sour shot to lemon
juice", "the golden rule sentence", "where I'm describing the flavour"), not by quoting it. A
description is resolved against the sentences heard on the timeline now: the content words it
shares with each (a shared prefix counts: "adjusts" meets "adjustment", "weekly" meets "week"),
how near in meaning it is (the packaged embedding), and the project's own search when the
orchestrator gives one. A winner must share a word or mean the same clearly and beat the
runner-up clearly; otherwise the caller gets Unclear listing the candidates with their times.
These picks drive deletions, so a weak or tied match never decides.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from editor_app.model.word_cuts import PlacedWord, timeline_words
from editor_app.model.words import find_phrase, norm, sentences, spelled_number
from editor_app.planner.intents import clock
from editor_app.planner.meaning import similarity, stem, stems
from editor_app.planner.types import Ambiguous, Ctx, Unclear
from editor_app.planner.unsaid import require_said, word_lexicon

# Words that say how a sentence is pointed at, not what it is about.
_POINTING = frozenset(stem(w) for w in (
    "describe describing describes explain explaining explains explanation compare comparing compares mention "
    "mentioning mentions talk talking talks say saying says said tell telling tells sentence line bit part section "
    "moment remark comment story tip demo demonstration where when while about whole thing stuff "
    # light verbs and particles carry no topic ("the baby gets woken up by it")
    "get gets got getting up do does did doing have has had make makes made really "
    # round 9: how a remark is made, not what it is about ("where I admit it's more like ten minutes")
    "admit admits admitting confess confessing claim claiming joke joking complain complaining moan moaning reckon "
    "note noting suggest suggesting recommend recommending").split())
_CLEAR = 0.28  # cosine at or above which a sentence means the description on its own
_MARGIN = 0.05  # by how much the winner's score must beat the runner-up's
_WIDE_MARGIN = 0.2  # round 20: by how much, when three or more sentences say as many of the description's words


@dataclass(frozen=True)
class Sentence:
    first: int  # placed word indices
    last: int
    start: float  # timeline seconds
    end: float
    text: str


def spoken_sentences(ctx: Ctx) -> tuple[list[PlacedWord], list[Sentence]]:
    """The words heard on the timeline and their sentences; ([], []) with no word transcript."""
    placed = timeline_words(ctx.project)
    if not placed:
        return [], []
    out = [Sentence(a, b, placed[a].start, placed[b].end, " ".join(p.text for p in placed[a: b + 1]))
           for a, b in sentences(placed)]
    return placed, out


def topic_stems(description: str) -> set[str]:
    """The stems of a description that carry its topic (pointing words dropped)."""
    return {s for s in base_stems(description) if s not in _POINTING and len(s) > 1}  # not the "s" of "it's"


def base_stems(text: str) -> set[str]:
    """stems() with irregular forms read as their base word first (WordNet's exception lists:
    "woken" -> wake, "took" -> take, "knives" -> knife), so a paraphrase meets the sentence."""
    from editor_app.planner.meaning import TOPIC_STOP, words

    return {stem(_irregular(_CLIPPED.get(w, w))) for w in words(text) if w not in TOPIC_STOP}


# round 11b: words people say clipped ("my little bro"): the full word is what the talk says
_CLIPPED = {"bro": "brother", "sis": "sister", "bros": "brothers", "vid": "video", "vids": "videos", "pic": "picture",
            "pics": "pictures", "mic": "microphone", "info": "information", "convo": "conversation", "fave": "favourite",
            "rec": "recommendation", "recs": "recommendations", "temp": "temperature", "temps": "temperatures"}


@functools.lru_cache(maxsize=20_000)
def _irregular(word: str) -> str:
    lexicon = word_lexicon()
    if lexicon is None:
        return word
    for pos in ("v", "n"):
        base = lexicon._exceptions.get((pos, word))
        if base and " " not in base and "_" not in base:
            return base
    return word


def _meets(a: str, b: str) -> bool:
    # "tuning" stems to "tun": its "e" is back in "tune"
    return a == b or a + "e" == b or b + "e" == a or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))


def _said_as_is(wanted: set[str], text: str) -> bool:
    """Some word of ``wanted`` is said as that word (its stem, or with its "e"), not only as a longer or
    shorter word sharing a prefix ("safe" for "safety"), nor a number."""
    said = base_stems(text)
    return any(w == s or w + "e" == s or s + "e" == w for w in wanted for s in said) \
        or any(w.isdigit() for w in wanted)


def shared(wanted: set[str], text: str) -> int:
    """How many of ``wanted`` the text says (a shared prefix of 4+ letters counts; a number in digits
    meets the same number said in words: the message is normalised to digits, talks are not)."""
    said = base_stems(text)
    return sum(1 for w in wanted if any(_meets(w, s) for s in said)
               or (w.isdigit() and all(stem(p) in said for p in spelled_number(w)) and spelled_number(w) != [w]))


def _searched(ctx: Ctx, description: str, spans: list[Sentence]) -> int | None:
    """Index of the sentence the project's search ranks first for ``description``, or None."""
    if ctx.search is None:
        return None
    from editor_app.planner.topics import _here

    try:
        hits = [h for h in _here(ctx, ctx.search(description, 3)) if h.get("timeline_start") is not None]
    except Exception:  # noqa: BLE001 - the search is a help, not a requirement
        return None
    if not hits:
        return None
    mid = (float(hits[0]["timeline_start"]) + float(hits[0]["timeline_end"])) / 2
    return next((i for i, s in enumerate(spans) if s.start - 0.05 <= mid <= s.end + 0.05), None)


# round 10: "the sentence about how much the kit cost" is the one that says a price ("four pounds fifty"),
# which need not say "cost": asking about a price meets a sentence stating an amount of money
_PRICE_ASKED = re.compile(r"\b(?:cost|costs|costing|price|prices|priced|pricey|paid|spent|cheap|cheaper|expensive|"
                          r"money|set me back)\b|\bhow much\b.*\b(?:was|were|is|are)$")
_PRICE_STEMS = frozenset(stem(w) for w in "cost costs costing price prices priced pricey paid pay spent spend cheap cheaper "
                         "expensive money much set back".split())
_STATES_PRICE = re.compile(r"[£$€¥]\s?\d|\b(?:pounds?|quid|dollars?|bucks|euros?|pence|cents?|p)\b(?<!\bp)"
                           r"|\b\d+(?:\.\d+)?p\b|\bpounds?\b", re.I)


def asks_price(description: str) -> bool:
    return bool(_PRICE_ASKED.search(description.lower()))


def states_price(text: str) -> bool:
    return bool(_STATES_PRICE.search(text))


# Round 13 (cuts5): "the bit where I moan about the paste": a complaint is the sentence that complains, not
# any sentence saying "paste" (the one with the most "paste" in it was cut instead).
_COMPLAINS = re.compile(r"\b(?:moan(?:s|ing|ed)?|complain(?:s|ing|ed|t)?|rant(?:s|ing|ed)?|whing(?:e|es|ing|ed)|"
                        r"gripe(?:s|d)?|griping|grumbl(?:e|es|ing|ed)|whin(?:e|es|ing|ed)|vent(?:s|ing)?|"
                        r"grouch(?:es|ing)?|bitch(?:es|ing)?)\b")
_SOUNDS_NEGATIVE = re.compile(r"\b(?:worst|hate[sd]?|hating|annoy(?:ing|ed|s)?|nightmare|pain|hurt|hurts|awful|terrible|"
                              r"horrible|rubbish|nasty|mess|messy|frustrat(?:ing|ed|es)|fiddly|everywhere|ugh|sick of|"
                              r"fed up|can't stand|cannot stand|useless|ruin(?:s|ed)?|disaster|faff|hassle|tedious|"
                              r"grim|gross|sticky|stupid|ridiculous|drives? me (?:mad|crazy|nuts)|the bane)\b", re.I)


def complains(description: str) -> bool:
    """The description names a complaint ("where I moan about X", "my rant on X")."""
    return bool(_COMPLAINS.search(description.lower()))


def sounds_negative(text: str) -> bool:
    return bool(_SOUNDS_NEGATIVE.search(text))


def ranked(ctx: Ctx, description: str, spans: list[Sentence]) -> list[tuple[float, int, float, int]]:
    """(score, shared words, cosine, index) per sentence, best first."""
    wanted = topic_stems(description)
    price = asks_price(description)
    if price:
        wanted = wanted - _PRICE_STEMS
    cos = similarity(description, [s.text for s in spans])
    top = _searched(ctx, description, spans)
    out = []
    for i, s in enumerate(spans):
        words = shared(wanted, s.text) + (1 if price and states_price(s.text) else 0)
        out.append((cos[i] + 0.15 * words + (0.05 if i == top else 0.0), words, cos[i], i))
    return sorted(out, key=lambda r: -r[0])


def candidates_text(spans: list[Sentence], indices: list[int]) -> str:
    parts = []
    for i in indices[:4]:
        quote = spans[i].text if len(spans[i].text) <= 50 else spans[i].text[:47] + "..."
        parts.append(f"{clock(spans[i].start)} \"{quote}\"")
    return "; ".join(parts)


def said_about(ctx: Ctx, description: str) -> None:
    """Unclear when ``description`` names a thing the talk on the timeline never mentions (the reply
    quotes the nearest sentence): for pickers that do not go through described()."""
    _, spans = spoken_sentences(ctx)
    if spans:
        rows = ranked(ctx, description, spans)
        require_said(description, [s.text for s in spans], candidates_text(spans, [rows[0][3]]))


_SURE = 0.45  # a deletion on half the description's words or fewer needs this much meaning as well


def described(ctx: Ctx, description: str, spans: list[Sentence], *, pick: str | None = None,
              strict: bool = True) -> Sentence:
    """The one sentence ``description`` points at. ``pick`` ("first", "second", "last") chooses among
    sentences that fit equally well (a retake: "the first attempt at the X line"). Unclear when none
    fits, or two fit about as well. ``strict`` (whole-sentence deletions): a winner saying half the
    description's words or fewer must also be near in meaning ("the section on water temperature"
    is not the sentence that only says "water")."""
    if not spans:
        raise Unclear("There is no word transcript for the talk on the timeline yet. Transcribe it first.")
    description = description.strip(" .,!?")
    from editor_app.planner.need_list import kit_sentence

    kit = kit_sentence(description, [s.text for s in spans])
    if kit is not None:  # round 17: "the ingredients", "what you need": the one sentence listing what is needed
        return spans[kit]
    if asks_price(description) and any(states_price(s.text) for s in spans):
        spans = [s for s in spans if states_price(s.text)]  # round 10: a price asked about is a price said
    spans = _naming(ctx, description, spans)  # round 23: "the sentence where Dot puts her shelf up" says Dot
    wanted = topic_stems(description)
    moaned = [s for s in spans if sounds_negative(s.text) and wanted & stems(s.text)] if complains(description) else []
    if moaned:  # round 13: a complaint asked about is a complaint said (when one complaint says its topic at all)
        spans = moaned
    rows = ranked(ctx, description, spans)
    best = rows[0]
    talk = spoken_sentences(ctx)[1] or spans  # round 9: a thing never said is never cut (planner/unsaid.py)
    require_said(description, [s.text for s in talk], candidates_text(spans, [best[3]]))
    if best[1] == 0 and best[2] < _CLEAR:
        raise Unclear(f"No sentence on the timeline clearly says \"{description}\". The nearest: "
                      f"{candidates_text(spans, [r[3] for r in rows[:2]])}. Quote a few of its words.")
    if pick is not None:
        equal = sorted(r[3] for r in rows if r[1] == best[1] and best[0] - r[0] < 0.2 and r[1] > 0)
        if len(equal) > 1:
            order = {"first": 0, "earlier": 0, "second": 1, "last": -1, "later": -1, "final": -1}
            index = order.get(pick, 0)
            if index < len(equal):
                return spans[equal[index]]
    if len(rows) > 1:
        second = rows[1]
        clearly = best[1] > second[1] and best[2] >= second[2] - _MARGIN  # says more of it, not much further in meaning
        sharing = [r for r in rows if r[1] == best[1]]
        if strict and best[1] > 0 and len(sharing) >= 3 and best[0] - second[0] < _WIDE_MARGIN \
                and topic_stems(description) - set().union(*(stems(s.text) for s in talk)):
            # round 20: "delete the heat mad line" with "heat mat" in three sentences: the words said in so many lines
            # do not say which, and nearness in meaning alone ("heat" said twice in one) is too little to delete on
            raise Ambiguous(f"More than one sentence fits \"{description}\": "
                          f"{candidates_text(spans, [r[3] for r in sharing[:3]])}. Which one? Quote a few of its words.")
        as_is = sum(_said_as_is(topic_stems(description), spans[r[3]].text) for r in sharing) \
            if strict and len(topic_stems(description)) == 1 and best[1] >= 1 and not re.search(r"\d", description) else 0
        if as_is >= 3:  # (two: "the slack" said as a noun in one and "goes slack" in the other, meaning decides)
            # round 21: "from the femi bit to the end" with Femi named in three sentences: one word said in several does
            # not say which (the shortest, nearest in meaning, had been cut from to the end)
            raise Ambiguous(f"More than one sentence fits \"{description}\": "
                          f"{candidates_text(spans, [r[3] for r in sharing[:3]])}. Which one? Quote a few of its words.")
        if not clearly and best[0] - second[0] < _MARGIN:
            raise Ambiguous(f"More than one sentence fits \"{description}\": "
                          f"{candidates_text(spans, [best[3], second[3]])}. Which one? Quote a few of its words.")
    wanted = topic_stems(description)
    if strict and len(wanted) == 1 and best[1] == 1 and best[2] < _SURE and not asks_price(description) \
            and not _said_as_is(wanted, spans[best[3]].text):
        # round 16: "take out the safety warning" met "ride safe" (a shared prefix) in the sign-off and cut it: one
        # word said only in another form is too little to delete a sentence on, unless it is near in meaning too
        raise Unclear(f"The nearest sentence to \"{description}\" is {candidates_text(spans, [best[3]])}, which says a "
                      "word like it but not it. Is that the one? Quote a few of its words to be sure.")
    if strict and 2 * best[1] <= len(wanted) and best[2] < _SURE:
        raise Unclear(f"The nearest sentence to \"{description}\" is {candidates_text(spans, [best[3]])}, but it says "
                      "little of that. Is that the one? Quote a few of its words to be sure.")
    return spans[best[3]]


def _naming(ctx: Ctx, description: str, spans: list[Sentence]) -> list[Sentence]:
    """The sentences that say the person the description names (by name, a misspelling or the role the talk gives
    them), when any does; else ``spans``. A described sentence about Dot is one that says Dot (round 23: "the sentence
    where Dot puts her shelf up" had been the intro, which says "putting up a shelf")."""
    from editor_app.planner.intents.person_story import named

    people = {n for w in re.findall(r"[a-z][a-z']{2,}", description.lower()) if (n := named(ctx, w.removesuffix("'s")))}
    if not people:
        return spans
    naming = [s for s in spans if people & {norm(w).removesuffix("'s") for w in s.text.split()}]
    return naming or spans


def said_at(placed: list[PlacedWord], phrase: str) -> list[tuple[int, int]]:
    """Every (first, last) placed word that reads ``phrase``, with digits also read as words (find_phrase reads them)."""
    return find_phrase([norm(p.text) for p in placed], phrase)


def sentence_of(spans: list[Sentence], word: int) -> Sentence | None:
    return next((s for s in spans if s.first <= word <= s.last), None)


# Words planner.text.strip_filler drops from a request as politeness or filler ("so", "just", "now"),
# though a speaker may say them in the very words the request repeats.
_DROPPED = frozenset({"so", "just", "now", "also", "then", "maybe", "okay", "ok", "alright", "hey", "hi", "please",
                      "thanks", "next", "finally", "quickly", "um", "uh", "hmm"})


def said_in_order(placed: list[PlacedWord], phrase: str, slack: int = 3) -> list[tuple[int, int]]:
    """Round 23: runs that say every word of ``phrase`` in order with at most ``slack`` other words among them ("giving
    out for a month" for "giving out about it for a month"): a paraphrase that drops a few words of the line."""
    wanted = [norm(w) for w in phrase.split() if norm(w)]
    texts = [norm(p.text) for p in placed]
    if len(wanted) < 3:
        return []
    hits = []
    for i, text in enumerate(texts):
        if text != wanted[0]:
            continue
        j, extra = i, 0
        for w in wanted[1:]:
            k = j + 1
            while k < len(texts) and texts[k] != w and extra < slack:
                k, extra = k + 1, extra + 1
            if k >= len(texts) or texts[k] != w:
                break
            j = k
        else:
            hits.append((i, j))
    return hits


def said_loosely(placed: list[PlacedWord], phrase: str) -> list[tuple[int, int]]:
    """round 11: said_at for words repeated without quotes, where the request lost a word the planner
    reads as filler ("the gap right before and now the sound test" arrives as "... before and the sound
    test"): every run that reads ``phrase`` with at most one such word between two of its words."""
    wanted = [norm(w) for w in phrase.split() if norm(w)]
    texts = [norm(p.text) for p in placed]
    if len(wanted) < 2:
        return []
    hits = []
    for i, text in enumerate(texts):
        if text != wanted[0]:
            continue
        j, ok = i, True
        for w in wanted[1:]:
            if j + 1 < len(texts) and texts[j + 1] == w:
                j += 1
            elif j + 2 < len(texts) and texts[j + 1] in _DROPPED and texts[j + 2] == w:
                j += 2
            else:
                ok = False
                break
        if ok:
            hits.append((i, j))
    return hits


def says_all(description: str, text: str) -> bool:
    """round 11: does ``text`` say every topic word of ``description`` (a price asked about: any amount
    of money said), and at least one? For a sentence described twice ("the price line, the seven dollar
    one"): the second description picks it, the first must fit it whole."""
    wanted = topic_stems(description)
    price = asks_price(description)
    if price:
        wanted = wanted - _PRICE_STEMS
        if not states_price(text):
            return False
    return (bool(wanted) or price) and shared(wanted, text) == len(wanted)


# round 11b: a gap shorter than this between a question and its answer is no pause: one breath, one line
_BREATH_S = 0.25


def with_its_answer(text: str, spans: list[Sentence], sentence: Sentence) -> Sentence:
    """``sentence`` joined with the question it answers, or the answer it asks for, when the two are said
    in one breath ("Would I do it again? Definitely, my old boots are next."): a line described by what it
    says ("the football boots line") is that whole line to the speaker, and cutting half of it leaves a
    question hanging (or an answer to nothing). Not when the request names "the question" or "the answer"
    (then it is that part alone), nor across a pause or onto another question."""
    if re.search(r"\b(?:question|answer|reply)\b", text) or sentence not in spans:
        return sentence
    i = spans.index(sentence)
    before = spans[i - 1] if i else None
    after = spans[i + 1] if i + 1 < len(spans) else None
    asks = sentence.text.rstrip().endswith("?")
    if asks and after is not None and after.start - sentence.end < _BREATH_S and not after.text.rstrip().endswith("?"):
        return Sentence(sentence.first, after.last, sentence.start, after.end, f"{sentence.text} {after.text}")
    if not asks and before is not None and before.text.rstrip().endswith("?") and sentence.start - before.end < _BREATH_S:
        return Sentence(before.first, sentence.last, before.start, sentence.end, f"{before.text} {sentence.text}")
    return sentence

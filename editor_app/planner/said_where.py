""""Where I say X": the whole sentence, or just the words X.

Why: "delete where I say to hold the tap body steady" cut the five words "Hold the tap body
steady" and left the rest of the sentence ("with one hand so you don't ..."), a destructive
under-cut. People use "where I say X" two ways: to quote a short piece ("cut the bit where I say
'nice and slowly'") or to point at a sentence by reporting it ("where I say to close the door",
"where I tell you to skip the oil") or paraphrasing it ("where I say the baby gets woken up").
The rule, on any project:

- quoted X, or "the words X": the words (words.cut_said, unchanged);
- X reported ("to ...", "that ...", "not to ...", after "tell you"/"warn"/"remind") and found in
  one sentence: that whole sentence;
- X found word for word and most of its sentence (60% of its words or more): the whole sentence
  (the few words left would be a fragment);
- X found word for word and a small part of its sentence: the words (words.cut_said);
- X not said word for word: a paraphrase of a sentence, picked strictly by planner.said_in; a
  sentence said twice (a retake and its good take) or two sentences that fit about as well ask.

Only the words of that one sentence are cut, never a word of a neighbour.
"""

from __future__ import annotations

import re

from editor_app.model.words import norm
from editor_app.planner.intents import clock, step
from editor_app.planner.said_in import Sentence, described, ranked, said_at, sentence_of, spoken_sentences
from editor_app.planner.types import Ctx, Match, Unclear

_REPORTED = re.compile(r"^(?:to|that|not to|never to|how to|you should|you need to|you have to|we should|you must) ")
_TOLD = re.compile(r"\b(?:tell|told|remind|warn|ask|mention|mentions|mentioned)"  # round 9: "where I mention X" is its sentence
                   r"(?: you| people| everyone| them| viewers| the viewer)?\s+$")
_MOST = 0.6  # share of a sentence's words above which quoting them means the sentence
_TIE = 0.12  # a runner-up sharing as many words and this near in score is a tie


def reported_sentence(ctx: Ctx, phrase: str) -> Match | None:
    """The sentence "where I say ``phrase``" points at, cut whole; None when the words are meant."""
    if re.search(r"\b(?:every time|each time|everywhere|all of them|all times)\b", phrase):
        return None
    placed, spans = spoken_sentences(ctx)
    if not spans:
        return None
    told = bool(_TOLD.search(ctx.text[: max(0, ctx.text.rfind(phrase))]))
    reported = told or bool(_REPORTED.match(phrase))
    bare = _REPORTED.sub("", phrase) if _REPORTED.match(phrase) and not phrase.startswith("how to ") else phrase
    hits = said_at(placed, bare) or said_at(placed, phrase)
    if not hits:
        from editor_app.planner.intents.words import _closest

        texts = [norm(p.text) for p in placed]
        near = _closest(texts, bare)
        hits = [near] if near is not None else []
        reported = reported or near is not None  # round 9: said nearly, not word for word, reports the sentence
        if near is not None:  # said nearly so twice (a false start and its retake): ask, never pick one
            held = sentence_of(spans, near[0])
            masked = [t if held is None or not held.first <= i <= held.last else "" for i, t in enumerate(texts)]
            again = _closest(masked, bare)
            if again is not None:
                other = sentence_of(spans, again[0])
                raise Unclear(f"\"{bare}\" is said nearly so twice: at {clock(placed[near[0]].start)} and at "
                              f"{clock(placed[again[0]].start)}"
                              f"{' (' + _short(other.text) + ')' if other else ''}. Which one? Quote a few more words.")
    if hits:
        holding = {sentence_of(spans, a) for a, _ in hits}
        if len(hits) > 1 or None in holding:
            return None  # said several times: the words intent asks which
        a, b = hits[0]
        sentence = sentence_of(spans, a)
        if b > sentence.last:
            return None  # runs into the next sentence: those words, as quoted
        if _mentioned(ctx.text[: max(0, ctx.text.rfind(phrase))]):
            _one_mention(spans, sentence, phrase)
        if not reported and (b - a + 1) < _MOST * (sentence.last - sentence.first + 1):
            return None  # a short piece of a longer sentence: just those words
        return _cut(placed, sentence, phrase)
    sentence = described(ctx, bare, spans)
    _no_tie(ctx, bare, spans, sentence)
    return _cut(placed, sentence, phrase)


_MENTION = re.compile(r"\b(?:mention|mentions|mentioned|mentioning)\s+$")


def _mentioned(before: str) -> bool:
    return bool(_MENTION.search(before))


def _one_mention(spans: list[Sentence], sentence: Sentence, phrase: str) -> None:
    """Round 12b: "where I mention the lid" names a thing, not a quote: every sentence that says it, in
    any form ("the lids", "a lid"), is a place it is mentioned. Why: with three sentences mentioning
    lids, the one saying "the lid" word for word was cut; which one is meant is for the person to say."""
    from editor_app.planner.said_in import shared, topic_stems
    from editor_app.planner.unsaid import _noun_phrases

    words = [w for w in re.findall(r"[a-z]+(?:-[a-z]+)*", phrase.lower()) if w not in _DETERMINERS]
    if not words or len(words) > 3 or _noun_phrases(phrase) != words:
        return  # a reported clause ("mention that it rained"), not a thing named
    wanted = topic_stems(" ".join(words))
    if not wanted:
        return
    others = [s for s in spans if s != sentence and shared(wanted, s.text) == len(wanted)]
    if others:
        where = "; ".join(f"{clock(s.start)} \"{_short(s.text)}\"" for s in [sentence, *others][:4])
        raise Unclear(f"You mention {' '.join(words)} in more than one sentence: {where}. Which one should I cut? "
                      "Quote a few of its words.")


_DETERMINERS = frozenset("the a an my our your his her their this that these those".split())


def verbatim_sentence(ctx: Ctx, phrase: str) -> Sentence | None:
    """Round 11: the one sentence that says ``phrase`` word for word ("when I say the spacebar rattles"),
    or None when it is said nowhere, more than once, or is a single word (then the topic search decides:
    a sentence that says the same thing in other words may be meant)."""
    phrase = phrase.strip(" .,!?\"'")
    if len(phrase.split()) < 2:
        return None
    placed, spans = spoken_sentences(ctx)
    hits = said_at(placed, phrase) if spans else []
    if len(hits) != 1:
        return None
    sentence = sentence_of(spans, hits[0][0])
    return sentence if sentence is not None and hits[0][1] <= sentence.last else None


def _no_tie(ctx: Ctx, description: str, spans: list[Sentence], chosen: Sentence) -> None:
    rows = ranked(ctx, description, spans)
    best = next(r for r in rows if spans[r[3]] == chosen)
    rivals = [r for r in rows if r[3] != best[3] and r[1] >= best[1] > 0 and best[0] - r[0] < _TIE]
    if rivals:
        where = "; ".join(f"{clock(spans[r[3]].start)} \"{_short(spans[r[3]].text)}\"" for r in [best, *rivals][:3])
        raise Unclear(f"More than one sentence says that: {where}. Which one? Quote a few of its words.")


def _cut(placed, sentence: Sentence, phrase: str) -> Match:
    from editor_app.planner.intents.words import AGENT, _ranges

    return Match([step("cut_words", {"ranges": _ranges(placed, sentence.first, sentence.last)}, AGENT)],
                 f"delete the sentence \"{_short(sentence.text, 80)}\" (at {clock(sentence.start)}), where you say "
                 f"\"{_short(phrase, 40)}\"")


# "honestly I say um way too much, can you clean those out": the word said too often is what "those" is; round 19:
# "he keeps saying 'yes?' at the end of sentences, take all of those out", "tomasz says 'exactly' a lot, remove them"
_OFTEN = (r"(?:too (?:much|often|many times)|a lot|all the time|constantly|loads|so much|so often|everywhere|over and over|"
          r"non ?stop|(?:like |about )?(?:two|three|four|five|\d+|a few|several|many|so many) times|"
          r"(?:at the end of|after|before|in) (?:(?:every|each|all|most|the|my|his|her|their)(?: of (?:the|my|his|her))? )?sentences?)")
_TOO_OFTEN = re.compile(r"^(?:honestly |god |man |wow |ugh |yeah |also |and )?(?:i|you can hear i|he|she|they|[a-z]+) "
                        r"(?P<verb>say|says|said|keep saying|keeps saying|kept saying|use|uses|do|does|overuses?|"
                        # round 23: "she ends like every sentence with 'right?'"
                        r"(?:ends?|finish(?:es)?|starts?|begins?) (?:like |basically |literally )?(?:every|each|all|most|half)"
                        r"(?: of)?(?: (?:her|his|my|the|their))? (?:sentences?|lines?) with)"
                        rf" (?P<w>\"[^\"]+\"|um+|uh+|erm|er|ah)s?(?P<often>(?: (?:way |far |so |much |really )?{_OFTEN})*)$")
_PRONOUN = re.compile(r"\b(?:those|them|these|it|that|every one|each one|the lot)\b")
_REMOVAL = re.compile(r"\b(?:cut|remove|delete|take|get rid|lose|bin|kill|drop|strip|clean|ditch|chop|trim)\b")
# round 23: "he says 'yeah no' constantly, can all of them go": asked to go
_ASKED_GONE = re.compile(r"^(?:(?:so|and|pls|please) )*(?:can|could|should|shall|do) (?:all of |both of |all )?(?:them|those|these|it|that)"
                         r"(?: all)? (?:go|come out|be (?:cut|removed|taken out|deleted))\b")


def lend_said_word(instruction: str, following: str) -> str | None:
    """The next clause with its pronoun replaced by the word ``instruction`` says is said too often; a quoted
    phrase said too often, with a removal of "them/those", is cut everywhere it is said."""
    m = _TOO_OFTEN.match(instruction)
    if m is not None and not m.group("often") and not m.group("verb").startswith(("k", "end", "finish", "start", "begin")):
        m = None  # "he says 'yes'" alone is no complaint about how often
    if m is None or not _PRONOUN.search(following):
        from editor_app.planner.intents.fillers_loose import lend_fillers  # round 9: "so many ums, sort them out"
        from editor_app.planner.intents.retakes import lend_flub  # round 12b: "I trip up on X ..., remove the bad try"

        from editor_app.planner.intents.said import lend_end  # round 12b: "end it after X, drop the goodbye"

        return lend_fillers(instruction, following) or lend_flub(instruction, following) or lend_end(instruction, following)
    word = m.group("w").strip('"')
    if m.group("w").startswith('"') and (_REMOVAL.search(following) or _ASKED_GONE.match(following)):
        from editor_app.planner.spoken_word import as_spoken

        spoken = as_spoken(word)
        return f'cut the phrase "{spoken}" everywhere' if spoken else None
    return _PRONOUN.sub(f"the {word}s", following, count=1)


def quoted_too_often(text: str) -> str | None:
    """'she says "basically" way too often, bin them' -> "cut the phrase basically everywhere" (whole message, before it
    is split, so the complaint is not dropped as the reason for an edit that then has no object); None otherwise."""
    m = re.match(r"^(?P<said>.+?\"[^\"]+\"[^,;]*?)(?:,|;| - | so | and | but )\s*(?P<then>.+)$", text.strip())
    # round 22: "I say 'right so' about 100 times lol, ...": a laugh after the complaint is no part of it
    said_alone = re.sub(r" (?:lol|haha|tbh|ngl|honestly|apparently|i know|ffs)$", "", m.group("said").strip()) if m else ""
    if m is None or not _TOO_OFTEN.match(said_alone) or '"' not in m.group("said"):
        return None
    lent = lend_said_word(said_alone, m.group("then").strip(" .!?"))
    if lent and lent.startswith("cut the phrase "):
        return lent
    then = m.group("then").strip(" .!?")
    said = _TOO_OFTEN.match(said_alone)
    if said.group("often") and not _PRONOUN.search(then) and _REMOVAL.match(then):
        return then  # round 22: "he says 'so yeah' three times, cut every so yeah": the request names its own object
    return None


def _short(text: str, n: int = 50) -> str:
    return text if len(text) <= n else text[: n - 3] + "…"

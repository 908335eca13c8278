"""Edits whose place is what is said there, described in the speaker's own words.

- A sentence by description: "remove the sentence describing how the grinder adjusts", "get rid of
  the golden rule sentence", "cut the line comparing the tone to a tin can", "delete the first
  attempt at the winding line" (a sentence said twice: first/second/last picks one).
- A stretch from quoted words to quoted words or a described sentence: "cut from 'That first wrap'
  through the nut slot bit".
- The end of the video at words: "end the video right after I say happy strumming", "finish it
  after the every three months line".

Why: these named no clip, so the clip intents asked "which clip?" or read a topic as a B-roll.
Sentences are resolved by planner.said_in (a tie or a weak match asks, listing the candidates with
their times); a sentence is cut word for word (cut_words), never a clip.
"""

from __future__ import annotations

import re

from editor_app.planner.intents import clock, num, step
from editor_app.planner.said_in import Sentence, described, said_at, spoken_sentences, with_its_answer
from editor_app.planner.types import Ambiguous, Ctx, Match, Unclear

_VERB = (r"(?:please )?(?:cut|trim|remove|delete|drop|lose|skip|kill|strip|ditch|erase|get rid of|take out|scrap|chop|nix|"
         r"bin|axe|snip|edit out|cut out)")
_NOUN = (r"(?:sentence|line|bit|part|explanation|section|remark|comment|story|tip|moment|rant|anecdote|spiel|description|"
         r"warning|advice|joke|reminder|aside|caveat|instruction|complaint|"
         r"chat|natter|ramble|rambling|waffle|tangent|digression|musing|banter|chatter)")  # round 8: "the warning about X"; r16: "the chat about my mate"
_ATTEMPT = r"(?:(?P<ord>first|second|last|earlier|later|final|1st|2nd) (?:attempt|take|version|go|try|time) (?:at|of) (?:the |that |my )?)"
_RELATION = (r"(?:describing|explaining|comparing|about|on|mentioning|saying|listing|covering|where|when|that|which|in which|"
             r"with|telling|talking about|going over|detailing|on how|i say about)")
# round 13: "my little rant about paste", "that long bit on the corners": a word on how it was said before the noun
_HOW = r"(?:(?:whole|little|long|short|quick|silly|random|big|boring|bit of a|massive|tiny|annoying) )*"
_BY_RELATION = re.compile(rf"^{_VERB} (?:out )?(?:the |that |my |this )?{_ATTEMPT}?{_HOW}{_NOUN} {_RELATION} (?P<desc>.+)$")
_BY_NAME = re.compile(rf"^{_VERB} (?:out )?(?:the |that |my |this )?{_ATTEMPT}?(?P<desc>[a-z0-9' -]+?) {_NOUN}$")
_NOT_A_TOPIC = re.compile(r"^(?:first|last|opening|closing|final|next|other|same|whole|middle|boring|bad|weird|"
                          r"(?:very )?(?:first|last)|that|this|intro|outro|ending|end|start|beginning)$")


def _cut_sentence(placed, sentence: Sentence, what: str) -> Match:
    from editor_app.planner.intents.words import AGENT, _ranges

    quote = sentence.text if len(sentence.text) <= 80 else sentence.text[:77] + "…"
    return Match([step("cut_words", {"ranges": _ranges(placed, sentence.first, sentence.last)}, AGENT)],
                 f"delete {what} \"{quote}\" (at {clock(sentence.start)})")


# round 11b: a reason after the request ("..., nobody needs that", "..., it's boring"): not part of the description
_WHY = re.compile(r",? (?:(?:nobody|no one|no-one) (?:really )?(?:needs|cares|wants|asked)|(?:it's|its|that's|thats|it is|that is) "
                  r"(?:so |a bit |kind of |kinda |just |pretty )?(?:boring|pointless|irrelevant|not needed|unnecessary|too long|waffle|"
                  r"rambling|filler|dull|off topic|off-topic))\b.*$")


_WORDS_AT_EDGE = re.compile(r"^(?:(?:pls|please|kindly|just|can you|could you)\s+)*(?:cut|remove|delete|drop|lose|take out|get rid of|snip|trim)"
                            r"(?: out)? (?:the words? )?(?P<w>[a-z'][a-z' ]*?) (?:right |just )?at the (?:very )?(?P<edge>start|beginning|end|"
                            r"head|top|tail|front|back) of (?:the|that|this|my|her|his) ")


def cut_described(ctx: Ctx) -> Match | None:
    """A sentence named by what it says, cut word for word."""
    t = _WHY.sub("", ctx.text)  # round 11b: "lose the X story, nobody needs that": why, not a second edit
    if re.search(r"\b(?:over|cut (?:away )?to|put|show)\b", t) or '"' in t:
        return None  # B-roll placement, or a quote (the quote intents read those)
    m = _BY_RELATION.match(t) or _BY_NAME.match(t)
    if m is None:
        return None
    if m.re is _BY_RELATION and not re.search(r"\b(?:sentence|line|remark|comment|explanation)\b", t[: m.start("desc")]) \
            and re.search(r"\b(?:where|when|that|which) $", t[: m.start("desc")]):
        return None  # "delete the part where the cat walks through the shot": maybe the picture, not the talk
    description = m.group("desc").strip(" .!?")
    part = _WORDS_AT_EDGE.match(t)
    if part is not None and not re.search(r"\b(?:sentence|line|bit|part|section)$", part.group("w")):
        # round 20: "cut low key scared at the end of the moment of truth line" had deleted that whole line: words named
        # at a line's edge are those words (the quote and word readings cut them); never the line they are in
        raise Unclear(f"I can't hear \"{part.group('w')}\" at the {part.group('edge')} of that line, so I haven't cut anything. "
                      "Quote the words as they are said.")
    if m.re is _BY_RELATION and re.search(r"\b(?:rant|complaint|moan|whinge|gripe)\b", t[: m.start("desc")]):
        description = f"moan about {description}"  # round 13: "my rant about paste" is the line that complains (said_in)
    if _NOT_A_TOPIC.match(description) or re.match(r"(?:i|he|she|they|we)\b", description) and m.re is _BY_NAME:
        return None
    if m.re is _BY_NAME and re.search(r"(?:^|\s)(?:a|a little|a wee|a tiny)$|^(?:it|them|that|this)(?:\s|$)", description):
        return None  # round 16: "cut it down a bit", "trim it a bit": "a bit" is how much, not a part named by "it down"
    from editor_app.planner.media_refs import ranked_mentions

    spoken_noun = re.search(r"\b(?:sentence|line|remark|comment|explanation)$", t)
    if m.re is _BY_NAME and not spoken_noun and ranked_mentions(ctx, "the " + description, strict=True):
        return None  # "drop the music bit": a clip named by its media
    placed, spans = spoken_sentences(ctx)
    if not spans:
        return None
    pick = m.group("ord")
    if pick is not None:
        return _one_take(ctx, placed, spans, description, {"1st": "first", "2nd": "second"}.get(pick, pick))
    nth = _NTH_OF.match(description)
    if nth is not None and _said_together(placed, nth.group(1), nth.group(2)):
        nth = None  # round 18: "the first wheel sentence" where "first wheel" is said: what the line says, not which line
    if nth is not None:  # round 12: "the second squeeze the wire clip line": which of the lines saying it
        return _nth_holding(placed, spans, nth.group(1), nth.group(2))
    _said_in_several(spans, description)
    sentence = described(ctx, description, spans)
    whole = with_its_answer(t, spans, sentence)  # round 11b: a question and its answer said in one breath
    return _cut_sentence(placed, whole, "the sentence" if whole is sentence else "the whole line (the question and its answer)")


def _said_together(placed, ordinal: str, description: str) -> bool:
    """The ordinal and the description's first word are said together in the talk ("first wheel")."""
    from editor_app.model.words import find_phrase, norm

    first = description.split()[0] if description.split() else ""
    texts = [norm(p.text) for p in placed]
    return bool(first) and any(find_phrase(texts, f"{ordinal} {w}") for w in (first, first + "s"))


def _said_in_several(spans: list[Sentence], description: str) -> None:
    """Ask when every topic word of ``description`` is said in two or more sentences ("the sentence that
    mentions the cam locks" where three sentences say "cam locks"): nothing in the request tells them
    apart, and cutting the one that scores a little higher is a guess that destroys the wrong line."""
    from editor_app.planner.meaning import STOP, stems
    from editor_app.planner.said_in import _POINTING
    from editor_app.planner.text import words_to_numbers

    words = stems(description) - _POINTING - set(STOP)
    if not words:
        return
    from editor_app.model.words import find_phrase, norm

    phrase = re.sub(r"^(?:the|my|that|this) ", "", description.strip())
    if len(phrase.split()) >= 2 and sum(bool(find_phrase([norm(w) for w in s.text.split()], phrase)) for s in spans) == 1:
        return  # round 21: "the our kid reckons line": said word for word in one sentence (its stems are in two)
    # the request's numbers are digits by now ("two hours" -> "2 hours"); the talk's are words
    holding = [s for s in spans if words <= stems(s.text) | stems(words_to_numbers(s.text.lower()))]
    from editor_app.planner.said_in import complains, sounds_negative

    if complains(description) and any(sounds_negative(s.text) for s in holding):  # (holding all say its topic)
        holding = [s for s in holding if sounds_negative(s.text)]  # round 13: a complaint is said where it complains
    if len(holding) >= 2:
        shown = re.sub(r"^(?:mentions?|mentioning|says?|saying|talks? about|talking about|is about)\s+", "", description)
        where = ", ".join(f"{clock(s.start)} \"{s.text if len(s.text) <= 40 else s.text[:37] + '…'}\""
                          for s in holding[:4])
        raise Ambiguous(f"\"{shown}\" is said in {len(holding)} sentences ({where}). Which one? "
                      "Quote a few words from it.")


_NTH_OF = re.compile(r"^(first|second|third|fourth|last|final|1st|2nd|3rd|4th|other) (.+)$")
_NTH_INDEX = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3, "last": -1, "final": -1}


def _nth_holding(placed, spans: list[Sentence], ordinal: str, description: str) -> Match:
    """The ``ordinal`` one of the sentences that say every topic word of ``description``, in talk order;
    asks when there are fewer such sentences than the ordinal needs (or "the other" among more than two):
    picking one that scores a little higher would cut a line nobody named."""
    from editor_app.planner.meaning import STOP, stems
    from editor_app.planner.said_in import _POINTING
    from editor_app.planner.text import words_to_numbers

    words = stems(description) - _POINTING - set(STOP)
    holding = [s for s in spans if words and words <= stems(s.text) | stems(words_to_numbers(s.text.lower()))]
    index = _NTH_INDEX.get(ordinal)
    if not holding or index is None or (index >= 0 and index >= len(holding)) or (ordinal in ("last", "final") and len(holding) < 2):
        found = ", ".join(f"{clock(s.start)} \"{s.text[:37] + '…' if len(s.text) > 40 else s.text}\"" for s in holding[:4])
        raise Unclear(f"I hear {len(holding)} line{'s' * (len(holding) != 1)} saying \"{description}\""
                      f"{': ' + found if found else ''}, so I can't tell which is the {ordinal}. Quote a few words from it.")
    return _cut_sentence(placed, holding[index], f"the {ordinal} line saying \"{description}\",")


def _one_take(ctx: Ctx, placed, spans: list[Sentence], description: str, pick: str) -> Match:
    """"the first attempt at the winding line": among the sentences said twice in a row (a retake, or a
    false start abandoned out loud), the pair the description fits; "first" is the earlier take."""
    from editor_app.model.words import retakes

    pairs = retakes(placed)
    takes = {span for r in pairs for span in (r.dropped, r.kept)}
    pool = [s for s in spans if (s.first, s.last) in takes]
    if not pool:
        raise Unclear(f"I can't find a line said more than once that fits \"{description}\". Quote a few words of the take to cut.")
    chosen = described(ctx, description, pool, pick=pick)
    pair = next(r for r in pairs if (chosen.first, chosen.last) in (r.dropped, r.kept))
    span = pair.dropped if pick in ("first", "earlier") else pair.kept
    sentence = next(s for s in spans if (s.first, s.last) == span)
    return _cut_sentence(placed, sentence, f"the {pick} take")


_FROM_TO = re.compile(rf"^{_VERB} (?:everything |the part |the bit |it )?(?:from|starting (?:at|from)) \"(?P<a>[^\"]+)\" "
                      r"(?:through|thru|to|until|till|up to|into|and) (?:the end of )?(?:\"(?P<b>[^\"]+)\"|(?:the |my )?(?P<desc>.+?))"
                      r"(?: (?:inclusive|included))?$")


def cut_from_to(ctx: Ctx) -> Match | None:
    """From quoted words to quoted words, or to the end of a described sentence."""
    m = _FROM_TO.match(ctx.text)
    if m is None:
        return None
    placed, spans = spoken_sentences(ctx)
    if not spans:
        return None
    starts = said_at(placed, m.group("a"))
    if len(starts) != 1:
        raise Unclear(_count_reply(placed, m.group("a"), starts))
    first = starts[0][0]
    if m.group("b"):
        ends = [h for h in said_at(placed, m.group("b")) if h[1] >= first]
        if len(ends) != 1:
            raise Unclear(_count_reply(placed, m.group("b"), ends))
        last = ends[0][1]
    else:
        description = re.sub(rf"\s+{_NOUN}$", "", m.group("desc").strip(" .!?"))
        last = described(ctx, description, [s for s in spans if s.last >= first]).last
    from editor_app.planner.intents.words import AGENT, _ranges

    quote = " ".join(p.text for p in placed[first: last + 1])
    quote = quote if len(quote) <= 80 else quote[:77] + "…"
    return Match([step("cut_words", {"ranges": _ranges(placed, first, last)}, AGENT)],
                 f"cut from {clock(placed[first].start)} to {clock(placed[last].end)} (\"{quote}\")")


def _count_reply(placed, phrase: str, hits) -> str:
    if not hits:
        return f"I can't find \"{phrase}\" in what is said on the timeline. Quote the words as they are spoken."
    where = ", ".join(clock(placed[a].start) for a, _ in hits[:5])
    return f"\"{phrase}\" is said {len(hits)} times (at {where}). Which one do you mean?"


_VIDEO = r"(?:(?:the|my|this) (?:video|edit|film|vlog|talk|movie|whole thing|recording)|it|things|everything)"
_END_AFTER = re.compile(
    rf"^(?:end|stop|finish|wrap up|close|cut off|conclude)(?: {_VIDEO})? (?:right |just |straight |immediately )?"
    r"(?:after|when|once|as soon as|the moment)\b (?:(?:i|she|he|they|we)(?:'ve| have| has)? (?:says|said|say|finishes saying|finish saying|"
    r"am done saying|is done saying|tell(?:s)? (?:you|people|everyone|viewers)|told (?:you|people|everyone|viewers))|"
    r"i'm done saying|she's done saying|he's done saying|saying|the words?)? ?(?P<x>.+)$"
    rf"|^{_VERB} (?:off )?(?:everything|anything|all|the rest|whatever comes)(?: that comes)? (?:right |just )?after "
    r"(?:i(?:'ve)? (?:say|said)|the words?|saying)? ?(?P<y>[^\"]+)$")


def end_after(ctx: Ctx) -> Match | None:
    """The video ends right after some words, or after a described sentence."""
    m = _END_AFTER.match(ctx.text)
    on = re.match(rf"^(?:end|finish|close|wrap up)(?: {_VIDEO})? on (?P<x>[a-z][a-z' ]{{2,60}}?)(?:,? (?:chop|cut|lose|drop|bin|delete)"
                  r" (?:off )?(?:everything|all|the rest|whatever)(?: (?:after|that comes after))?(?: (?:it|that))?)?$", ctx.text)
    if m is None and on is not None:  # round 23: "end it on grand job, chop everything after": words the talk says
        placed, spans = spoken_sentences(ctx)
        hits = said_at(placed, on.group("x")) if spans else []
        if len(hits) == 1:
            end = placed[sentence_remnant(ctx, placed, spans, hits[0][1])].end
            if ctx.duration_s - end > 0.05:
                return Match([step("cut_range", {"start": num(round(end, 3)), "end": num(ctx.duration_s)})],
                             f"cut everything after {clock(end)} ({clock(end)}-{clock(ctx.duration_s)}), so the video "
                             f"ends on \"{on.group('x')}\"")
        return None
    if m is None:
        return None
    phrase = (m.group("x") or m.group("y") or "").strip(" .!?")
    if not phrase or re.search(r"\d+ ?(?:s|sec|secs|seconds?|minutes?|mins?)\b|\d:\d", phrase):
        return None  # a time: the video-length intent
    placed, spans = spoken_sentences(ctx)
    if not spans:
        return None
    quoted = phrase.strip('"')
    named = re.match(rf"^(?:the |my |that )?(.+?) {_NOUN}$", quoted)
    about = re.match(r"^i(?:'m| am)? (?:finish |am done )?(?:talk|talking|explain|explaining|describe|describing|mention|"
                     r"mentioning)(?: about)? (.+)$", quoted)
    reported = re.match(r"^(?:to|that|not to) (.+)$", quoted)  # round 12b: "after she says to leave questions below"
    if named is not None or about is not None:
        end = described(ctx, (named or about).group(1), spans).end
    elif reported is not None and not said_at(placed, quoted):
        from editor_app.planner.said_where import verbatim_sentence

        sentence = verbatim_sentence(ctx, reported.group(1)) or described(ctx, reported.group(1), spans)
        end = sentence.end  # a remark reported ends with its sentence
    else:
        hits = said_at(placed, quoted)
        if len(hits) > 1:
            raise Unclear(_count_reply(placed, quoted, hits) + " Say more of the words around it.")
        if not hits:
            raise Unclear(f"I can't find \"{quoted}\" in what is said on the timeline. Quote the words the video "
                          "should end on, or name the line (\"end it after the line about ...\").")
        end = placed[sentence_remnant(ctx, placed, spans, hits[0][1])].end
    total = ctx.duration_s
    if total - end <= 0.05:
        raise Unclear(f"That is the end of the video already ({clock(total)}).")
    return Match([step("cut_range", {"start": num(round(end, 3)), "end": num(total)})],
                 f"cut everything after {clock(end)} ({clock(end)}-{clock(total)}), so the video ends right after those words")


def sentence_remnant(ctx: Ctx, placed, spans, last: int) -> int:
    """The last word to keep when the video ends after the word at ``last``: its sentence's last word when all that is left
    of the sentence is a word or two ("..., she'd be delighted" + "with it.") or the speaker's tic ("..., dead good" + "if
    that makes sense."): a sentence is not cut off a word before its end (round 23)."""
    from editor_app.model.words import OPTIONAL_FILLERS, norm
    from editor_app.planner.tic_phrases import speaker_tics

    span = next((s for s in spans if s.first <= last <= s.last), None)
    if span is None or span.last == last:
        return last
    rest = " ".join(norm(placed[k].text).replace("'", "") for k in range(last + 1, span.last + 1))
    if rest in speaker_tics(ctx.project) or rest in OPTIONAL_FILLERS["en"]:
        return span.last
    if span.last - last <= 2 and not placed[last].text.rstrip().endswith((",", ";", "-", ":")):
        return span.last  # "she'd be delighted" + "with it.": the words go on; "shelf up," + "cheerio." is a clause of its own
    return last


# round 12b: "end it right after X, drop the goodbye": the second clause says what the end cut already drops
_DROPS_THE_END = re.compile(r"^(?:and |so |then )?(?:please |just )?(?:drop|cut|lose|remove|delete|ditch|skip|kill|get rid of|"
                            r"bin|chop) (?:off )?(?:the |my |her |his |that |all the )?(?:goodbyes?|outro|sign[ -]?off|signoff|ending|"
                            r"thank ?yous?|thanks(?: for watching)?|credits|last (?:line|sentence|bit)|everything else|"
                            r"end bit|byes?|farewell|rest|closing(?: bit| line| words)?|(?:stuff|bit|part|everything) after(?: it| that)?|"
                            # round 22: "end on 'X', drop the subscribe stuff": what follows X, named by a word of it
                            r"(?:[a-z]+ ){1,2}(?:stuff|bits?|part)(?= at the end|$))"
                            r"(?: (?:bit|part|line|section|at the end))?(?: too| as well)?$")


# round 19: "skip my name intro, start at 'today I show you'", "start from 'X' and lose the hello": the other clause
# names what starting there already drops
_STARTS_AT_QUOTE = re.compile(r"^(?:and |so |then )?(?:please |just )?(?:start|begin|open|kick off)(?: (?:it|the video|the vid|the edit|"
                              r"things|everything|the whole thing))? (?:right |straight )?(?:at|from|with|on) \"[^\"]+\"$")
_DROPS_THE_START = re.compile(r"^(?:and |so |then )?(?:please |just )?(?:skip|cut|lose|remove|delete|ditch|drop|kill|bin|chop|"
                              r"get rid of|trim)(?: off| out)? (?:the |my |her |his |that |our |all the )?(?:\w+ )?(?:intro|introduction|"
                              r"hellos?|greetings?|opening|beginning|start|preamble|waffle|welcome|(?:stuff|bit|part|everything) before"
                              r"(?: it| that)?)(?: (?:bit|part|line|section|stuff|at the start))?(?: too| as well)?$")


def lend_end(instruction: str, following: str) -> str | None:
    """The end cut alone when the next clause only names what it drops; else None. Why: planned after the
    end cut, "the goodbye" had become the last sentence left, the very line the video was to end on. The same for
    a start at quoted words and the clause that names the opening it drops (round 19), in either order."""
    first, then = instruction.strip(" ,.!?"), following.strip(" ,.!?")
    if (_END_AFTER.match(first) or re.match(r"^make the video end after |^(?:end|finish|stop)(?: it| the video)? (?:on|at|with) \"[^\"]+\"$",
                                            first)) and _DROPS_THE_END.match(then):
        return instruction
    if _STARTS_AT_QUOTE.match(first) and _DROPS_THE_START.match(then):
        return instruction
    if _DROPS_THE_START.match(first) and _STARTS_AT_QUOTE.match(then):
        return following
    return None


def start_for_dropped_opening(text: str) -> str | None:
    """"skip my name intro, start at 'X'" -> 'start at "X"' (the whole message, before it is split: "start" opens no
    new instruction there); None otherwise."""
    # round 23: the other way round: "start it at 'First thing, ...', skip the intro"
    turned = re.match(r'^(?P<a>.+?"[^"]+")\s*(?:,|;| -| and| so)+\s+(?P<b>[^,;"]+)$', text.strip(" .!?"))
    if turned is not None and _STARTS_AT_QUOTE.match(turned.group("a").strip()) and _DROPS_THE_START.match(turned.group("b").strip()):
        return turned.group("a").strip()
    m = re.match(r"^(?P<a>[^,;\"]+?)(?:,|;| -| and| so| then)+\s+(?P<b>.+)$", text.strip(" .!?"))
    if m is None:
        return None
    if _DROPS_THE_START.match(m.group("a").strip()) and _STARTS_AT_QUOTE.match(m.group("b").strip()):
        return m.group("b").strip()
    return None


INTENTS = [cut_from_to, end_after, cut_described]

"""Word intents: fillers, "the part where I say ...", "the sentence about ...", pauses, retakes.

They emit the word operations (model/operations/word_ops.py) for the speech agent; where a
request names words, they are found in what is heard on the timeline now, and an ambiguous
request is asked about, never guessed.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from editor_app.model.word_cuts import PlacedWord, timeline_words
from editor_app.model.words import find_phrase, norm, sentences
from editor_app.planner import quantities as q
from editor_app.planner.all_of import means_every
from editor_app.planner.intents import clock, num, step
from editor_app.planner.types import Ctx, Match, Unclear

AGENT = None  # each word tool's owning agent, from the tool registry (the speech agent)
_REMOVE = (r"\b(cut|trim|remove|delete|drop|lose|skip|kill|strip|eliminate|clean up|clean|ditch|erase|get rid of|take out|clear out|"
           r"cleaning up|cleaning out|tidy up|tidying up|getting rid of|scrub out|edit out)\b")  # not bare "cleaning":
# "use the cleaning footage where I say ..." places B-roll
_FILLER_NAMES = {  # what people call them -> the transcript spellings
    "um": ("um", "umm", "uhm"), "umm": ("um", "umm", "uhm"), "ums": ("um", "umm", "uhm"), "umms": ("um", "umm", "uhm"),
    "uhm": ("um", "umm", "uhm"), "uhms": ("um", "umm", "uhm"), "uh": ("uh", "uhh"), "uhs": ("uh", "uhh"), "uhh": ("uh", "uhh"), "uhhs": ("uh", "uhh"),
    "er": ("er", "erm"), "ers": ("er", "erm"), "erm": ("er", "erm"), "erms": ("er", "erm"),
    "ah": ("ah",), "ahs": ("ah",), "hmm": ("hmm", "mm"), "hmms": ("hmm", "mm"),
    "äh": ("äh", "ähm"), "ähm": ("äh", "ähm"), "euh": ("euh",), "euhs": ("euh",),
}
_HESITATION_PLURALS = frozenset({"ums", "umms", "uhms", "uhs", "uhhs", "ers", "erms"})
_OPTIONAL = {"likes": "like", "like": "like", "so's": "so", "sos": "so", "so": "so", "you knows": "you know", "you know": "you know",
             "i means": "i mean", "i mean": "i mean", "basically": "basically", "actually": "actually"}


def _words(ctx: Ctx) -> list[PlacedWord]:
    placed = timeline_words(ctx.project)
    if not placed:
        raise Unclear("There is no word transcript for the talk on the timeline yet. Transcribe it first "
                      "(editor-app transcribe, or Transcribe in the media bin).")
    return placed


_KEEP = re.compile(r",?\s*\b(?:but |and )?(?:leave|keep|except(?: for)?|not|apart from|other than|without|don't (?:touch|cut|remove))\b(?P<kept>.*)$")


def remove_fillers(ctx: Ctx) -> Match | None:
    full = ctx.text
    keep = _KEEP.search(full)  # "... but leave the likes": what is kept is not removed
    t = full[: keep.start()] if keep and re.search(_REMOVE, full[: keep.start()]) else full
    kept = keep.group("kept") if t is not full else ""
    said_quotes = _said_quotes(ctx, t) if '"' in t else []  # round 22: "the ums and all my 'right so's": that phrase
    bare = re.sub(r'"([^"]*)"', lambda m: " " if m.group(1).strip(" ,.!?").lower() in said_quotes else m.group(0), t)
    # "um's" is the plural said with an apostrophe ("all the um's": every hesitation, as "all the ums")
    named = [w for w in (re.sub(r"'s$", "s" if w[:-2] + "s" in _HESITATION_PLURALS else "", w)
                         for w in (w.lstrip("'") for w in re.findall(r"[a-zäöü']+", bare))) if w in _FILLER_NAMES]
    # round 13: "her 'um's and 'uh's": a quote mark in front of the filler is no part of it
    generic = re.search(r"\bfillers?\b|\bfiller words?\b|\bverbal (tics|fillers)\b|\bhesitations?\b", t)
    if generic and re.match(r"fillers? (?:word )?['\"]?(?:like|you know|i mean|so|basically|actually)\b", t[generic.start():]):
        generic = None  # round 12: "the filler like": "filler" says which "like", it does not ask for every um too
    if not (named or generic) and re.search(_REMOVE, t):
        only = _optional_named(t)  # "get rid of the 'you know's", "remove every you know": just those
        if only and "like" in only:  # "remove the likes": only those said as fillers (below)
            return _likes_only(ctx, [o for o in only if o != "like"])
        if only:
            _words(ctx)
            return Match([step("remove_fillers", {"words": only}, AGENT)],
                         f"remove every {', '.join(only)} said as a filler from the talk")
        if re.search(r"(^|[\s,\"'])likes?($|[\s,\"'])", t) and re.search(r"\bfiller\b|['\"]likes?['\"]|\blikes\b", t):
            return _likes_only(ctx, [])  # "cut the filler like in the connector line"
    if not (named or generic) or not re.search(_REMOVE, t):
        return None
    beside = _BESIDE_FILLER.search(t)
    if beside is not None:  # round 12: "the 2 seconds after the um at 0:12" is a stretch next to it, not the um
        raise Unclear(f"Do you mean the {beside.group(1)} {beside.group(2)} the filler, or the filler itself? Say the "
                      "times of the stretch (e.g. \"cut 0:12.5 to 0:14.5\"), or \"cut the um at ...\".")
    placed = _words(ctx)
    one = _one_filler(ctx, named, generic, placed)
    if one is not None:
        return one
    args: dict = {}
    spared = {s for w in re.findall(r"[a-zäöü']+", kept) if w in _FILLER_NAMES for s in _FILLER_NAMES[w]}
    if generic and spared and not named:  # "all the fillers except the ers"
        from editor_app.model.words import FILLERS

        named, args["words"] = [], [w for w in FILLERS["en"] if w not in spared]
    if named and not generic:
        if set(named) <= _HESITATION_PLURALS and not re.search(r"\b(?:only|just)\b", t):
            # "cut the ums", round 13: "the ums and uhs": the hesitations as a kind (um, uh, er), not those spellings
            named = ["um", "uh", "er"]
        elif "ahs" in named and set(named) - {"ahs"} <= _HESITATION_PLURALS and not re.search(r"\b(?:only|just)\b", t):
            named = ["um", "uh", "er", "ah"]  # "the ums and ahs" (umming and ahing): every hesitation
        args["words"] = [w for w in dict.fromkeys(s for w in named for s in _FILLER_NAMES[w]) if w not in spared]
    spare = _spared_by_place(kept, placed, args.get("words"))  # round 15: "... except the first one"
    if spare is not None:
        return spare
    extra = [v for k, v in _OPTIONAL.items() if re.search(rf"(^|[\s,\"']){re.escape(k)}($|[\s,\"'])", bare)] + said_quotes
    likes: list[int] = []
    if "like" in extra:  # round 12: only the "like"s said as fillers; "looks like", "I'd like" are words
        extra.remove("like")
        likes = filler_likes(placed)
        if not likes and not (named or generic or extra):
            raise Unclear("Every \"like\" in the talk is part of what is said (\"looks like\", \"I'd like\"), "
                          "none is a filler. Quote the one you mean if it should go.")
    if extra:
        args["extra"] = list(dict.fromkeys(extra))
    steps = [step("cut_words", {"ranges": [r for i in reversed(likes) for r in _ranges(placed, i, i)]}, AGENT)] if likes else []
    if named or generic or extra:
        steps.append(step("remove_fillers", args, AGENT))
    listed = ", ".join(args["words"]) if "words" in args else "the usual fillers for the language"
    if kept.strip():
        listed += f"; keeping{kept.rstrip()}"
    if extra:
        listed += ", plus " + ", ".join(args["extra"])
    if likes:
        said = ", ".join(clock(placed[i].start) for i in likes[:6])
        if not (named or generic or extra):
            return Match(steps, f"cut the \"like\" said as a filler (at {said}); the other \"like\"s are words and stay")
        listed += f", plus the \"like\" said as a filler (at {said})"
    return Match(steps, f"remove the filler words ({listed}) from the talk")


def _said_quotes(ctx: Ctx, t: str) -> list[str]:
    """Quoted phrases of two to four words (no filler name) said at least twice on the timeline: a speaker's own
    tic named beside the fillers, removed everywhere with them."""
    quotes = [q.strip(" ,.!?").lower() for q in re.findall(r'"([^"]+)"', t)]
    quotes = [q for q in quotes if 2 <= len(q.split()) <= 4 and q not in _OPTIONAL]
    if not quotes:
        return []
    said = [norm(p.text) for p in timeline_words(ctx.project)]
    return [q for q in quotes if len(find_phrase(said, q)) >= 2]


_PLACE_WORDS = {"first": 0, "1st": 0, "opening": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "last": -1, "final": -1,
                "closing": -1}
_KEPT_PLACE = re.compile(r"\b(first|1st|opening|second|2nd|third|3rd|last|final|closing)\b|\b(?:at|around|near)\s+(\d+:\d\d(?:\.\d+)?|\d+(?:\.\d+)?\s*s)\b")


def _spared_by_place(kept: str, placed: list[PlacedWord], words: list[str] | None) -> Match | None:
    """Round 15: "remove all the ums except the first one", "... but leave the one at 0:12": every filler but the one
    kept, cut one by one. Before, the kept one was named in the reply and removed with the rest."""
    from editor_app.model.words import FILLERS

    found = _KEPT_PLACE.search(kept)
    if not kept.strip() or found is None:
        return None
    wanted = set(words or FILLERS["en"])
    hits = [i for i, p in enumerate(placed) if norm(p.text) in wanted]
    if not hits:
        return None
    if found.group(1):
        index = _PLACE_WORDS[found.group(1)]
        if index >= len(hits):
            raise Unclear(f"There are only {len(hits)} of those fillers, so there is no {found.group(1)} one to keep.")
        spared = hits[index]
    else:
        near = q.time_after(kept, "at|around|near", bare=False)
        spared = min(hits, key=lambda k: abs(placed[k].start - near)) if near is not None else None
        if spared is None or abs(placed[spared].start - near) > 3:
            raise Unclear(f"I found no filler near {found.group(2)} to keep. Say which one, or \"remove all of them\".")
    cut = [i for i in hits if i != spared]
    if not cut:
        raise Unclear(f"The \"{placed[spared].text}\" at {clock(placed[spared].start)} is the only one, and you want it kept, "
                      "so there is nothing to remove.")
    said = ", ".join(f"{placed[i].text.strip(',.;:!?')} at {clock(placed[i].start)}" for i in cut[:6])
    return Match([step("cut_words", {"ranges": [r for i in reversed(cut) for r in _ranges(placed, i, i)]}, AGENT)],
                 f"cut {len(cut)} filler{'s' if len(cut) > 1 else ''} ({said}) and keep the \"{placed[spared].text.strip(',.;:!?')}\" at "
                 f"{clock(placed[spared].start)}")


def _likes_only(ctx: Ctx, others: list[str]) -> Match:
    """The filler "like"s (and ``others``, phrases such as "you know", named with them)."""
    placed = _words(ctx)
    likes = filler_likes(placed)
    if not likes and not others:
        raise Unclear("Every \"like\" in the talk is part of what is said (\"looks like\", \"I'd like\"), "
                      "none is a filler. Quote the one you mean if it should go.")
    steps = [step("cut_words", {"ranges": [r for i in reversed(likes) for r in _ranges(placed, i, i)]}, AGENT)] if likes else []
    if others:
        steps.append(step("remove_fillers", {"words": others}, AGENT))
    said = ", ".join(clock(placed[i].start) for i in likes[:6])
    also = f" and every {', '.join(others)}" if others else ""
    return Match(steps, f"cut the \"like\" said as a filler (at {said}){also}; the other \"like\"s are words and stay")


# "like" after these is a word of the sentence ("looks like", "I'd like"), not a filler
_LIKE_AS_WORD = frozenset({"look", "looks", "looked", "looking", "feel", "feels", "felt", "seem", "seems", "seemed", "sound",
                           "sounds", "sounded", "would", "i'd", "we'd", "you'd", "they'd", "he'd", "she'd", "just", "anything",
                           "something", "nothing", "more", "much", "exactly", "things", "stuff", "taste", "tastes", "smell",
                           "smells", "i", "you", "we", "they", "don't", "didn't", "do", "did"})


def filler_likes(placed: list[PlacedWord]) -> list[int]:
    """Indices of the "like"s said as fillers: set off by a comma on either side ("it's like, really
    stiff", "and, like, pull it"), never after a word it completes ("looks like", "I'd like")."""
    out = []
    for i, p in enumerate(placed):
        if norm(p.text) != "like":
            continue
        before = placed[i - 1].text.strip() if i else ""
        if norm(before) in _LIKE_AS_WORD:
            continue
        if p.text.rstrip().endswith(",") or before.endswith(","):
            out.append(i)
    return out


_OPTIONAL_OBJECT = re.compile(r"\b(?:every|each|all(?: of)? (?:the|my|those)|all|the|those|these|any|my)\s+['\"]?"
                              r"(you knows?|i means?|you know's|i mean's|likes|like's|sos|so's|(?<=['\"])so(?=['\"]))\b['\"]?(?:s\b)?")


_OPTIONAL_LISTED = re.compile(r"(?:\b(?:and|or|plus)|,|&)\s+(?:the |all the |every )?['\"]?(you knows?|i means?|you know's|i mean's|"
                              r"likes|like's)\b")


_BESIDE_FILLER = re.compile(r"\b(\d+(?:\.\d+)? ?(?:s|secs?|seconds?|minutes?|mins?)) (?:right |just |straight )?"
                            r"(after|before|following|around|either side of) (?:the |that |this |an? )?[\"']?"
                            r"(?:umm?|uhh?|uhm|erm?|ah|fillers?|hesitations?|you know|like)\b")


def _optional_named(t: str) -> list[str]:
    """Round 12 (cuts): a filler phrase that is only sometimes a filler, named as the thing to cut
    ("the 'you know's", "every you know"): that phrase alone, never the um/uh list besides. Bare
    "you know" elsewhere in a request is the person talking ("cut that, you know, the bit ...")."""
    # round 21: a filler phrase inside a longer quoted phrase ('every "you know what i mean"') is no part of that phrase
    t = re.sub(r"\"[^\"]*\"", lambda q: q.group(0) if _OPTIONAL.get(q.group(0).strip('"')) else '""', t)
    found = [_OPTIONAL[re.sub(r"'s$", "", m.group(1))] for m in _OPTIONAL_OBJECT.finditer(t)]
    if found:  # "the likes and you knows": the list goes on after the first
        found += [_OPTIONAL[re.sub(r"'s$", "", m.group(1))] for m in _OPTIONAL_LISTED.finditer(t)]
    return list(dict.fromkeys(found))


def _one_filler(ctx: Ctx, named: list[str], generic, placed: list[PlacedWord]) -> Match | None:
    """"cut just the um at 0:12" / "that uh": one filler, not all of them. Several and no time
    given: ask which (removing all of them is more than was asked)."""
    t = ctx.text
    singular = sorted({w for w in named if not w.endswith("s") or w + "s" in _FILLER_NAMES}, key=len, reverse=True)
    single = re.search(r"\b(?:the|that|this|one|just the|only the|a single) (" + "|".join(singular) + r")\b(?!'?s)",
                       t) if singular and not generic else None
    if single is None or means_every(t.lower(), single.end()):  # "check every pin" locates, it does not quantify
        return None
    wanted = set(_FILLER_NAMES[single.group(1)])
    hits = [i for i, p in enumerate(placed) if norm(p.text) in wanted]
    if len(hits) <= 1:
        return None  # one (or none): the tool removes it, or says there is none
    near = q.time_after(t, "around|at|near|about|by", bare=False)
    if near is None:
        where = ", ".join(clock(placed[i].start) for i in hits[:6])
        raise Unclear(f"There are {len(hits)} \"{single.group(1)}\"s (at {where}). Which one? Say its time, "
                      f"e.g. \"cut the {single.group(1)} at {clock(placed[hits[0]].start)}\", or \"cut all the {single.group(1)}s\".")
    i = min(hits, key=lambda k: abs(placed[k].start - near))
    if abs(placed[i].start - near) > 3:
        raise Unclear(f"I found no \"{single.group(1)}\" near {clock(near)}; the nearest is at {clock(placed[i].start)}. Cut that one?")
    return Match([step("cut_words", {"ranges": _ranges(placed, i, i)}, AGENT)],
                 f"cut the \"{placed[i].text}\" at {clock(placed[i].start)} (only that one)")


_QUOTE = re.compile(r"\"([^\"]+)\"|'([^']{2,})'")


_OVER = re.compile(r"\b(?:over|on top of|across|underneath)\b")  # "<verb> <clip> over <where>": a placement
_PLACING = re.compile(r"^(?:(?:can|could|would) you |please |just |now |and |then )*(?:put|place|add|stick|pop|insert|play|"
                      r"bring in|use|show|throw|chuck|lay|overlay|slot)\b")


def _price_reported(ctx: Ctx, phrase: str) -> Match | None:
    """Round 11b: "where I say how much a new pair would cost" reports what is said (a price), not its
    words: the sentence that states that price, found by topic (said_in.described asks when two fit).
    Matching the words instead found them "nearly" in unrelated lines and asked about a duplicate."""
    from editor_app.planner.said_in import asks_price, described, spoken_sentences, with_its_answer

    if not re.match(r"(?:how much|what|the price|the cost)\b", phrase) or not asks_price(phrase):
        return None
    heard, spans = spoken_sentences(ctx)
    if not spans:
        return None
    from editor_app.planner.said_where import verbatim_sentence

    rest = re.sub(r"^(?:how much|what|the price|the cost)\s+", "", phrase)  # "a new pair would cost": said word for word?
    chosen = with_its_answer(ctx.text, spans, verbatim_sentence(ctx, rest) or described(ctx, phrase, spans))
    quote = chosen.text[:77] + "…" if len(chosen.text) > 80 else chosen.text
    return Match([step("cut_words", {"ranges": _ranges(heard, chosen.first, chosen.last)}, AGENT)],
                 f"delete the sentence \"{quote}\" (at {clock(chosen.start)}), the one that says the price")


_EVERY_TIME = re.compile(r"\b(every time|each time|everywhere|all of them|all times)\b")


def cut_said(ctx: Ctx) -> Match | None:
    t = ctx.text
    m = re.search(r"\b(?:part|bit|where|when)\b.*?\b(?:i|he|she|they|we|you|speaker)\s+(?:say|says|said|mention|mentions|"
                  r"(?:tell|told|remind|warn|ask)(?: you| people| everyone| them| viewers| the viewer)?)\s+(.+)$", t) \
        or re.search(r"\b(?:the words?|the phrase)\s+(.+)$", t)
    words_asked = bool(re.search(r"\b(?:the words?|the phrase)\s", t[: m.start(1)])) if m else False
    if not m or not re.search(_REMOVE, t[: m.start()] or t) or re.search(r"\bcut (?:away |over |back )?to\b", t):
        return None  # "cut away to the garden shot when I say X" places B-roll
    if re.search(r"\bfrom\b.+\b(?:to|till|until|up to|through) (?:where|when|the (?:bit|part) where)\b", t[: m.start(1)]):
        return None  # round 21: "cut from X to where I say Y" is the whole stretch (only Y had been cut)
    if _OVER.search(t[: m.start()]):
        return None  # "drop the gauge clip over the part where I say 30 psi" places B-roll
    if _PLACING.match(t) or re.match(r"(?:write|type|display|flash)\b", t):
        # round 16: "put the squeaky clean sound when I say sparkle" places a sound ("clean" is in its name); "add a
        # caption never cut it when I say X": a verb of putting in opens it, "cut" is in its words
        return None
    phrase = m.group(1).strip(" .!?")
    in_quote = _word_in_quote(ctx, phrase) if words_asked else None
    if in_quote is not None:
        return in_quote
    quoted = _QUOTE.search(phrase)
    every_after_quote = bool(quoted and _EVERY_TIME.search(phrase[quoted.end():]))  # round 22: '"so yeah" everywhere'
    if quoted:
        phrase = quoted.group(1) or quoted.group(2)
        pair = False  # quoted words are those words, even a whole question
    elif not words_asked:  # round 8, cuts: "where I say to hold X" reports a sentence (planner/said_where.py)
        from editor_app.planner.said_where import reported_sentence

        priced = _price_reported(ctx, phrase)
        if priced is not None:
            return priced

        owned = _said_owned(ctx, phrase)
        if owned is not None:  # round 16: "where I say daughter" for "daughter's": that word, not its sentence
            return owned
        whole = reported_sentence(ctx, phrase)
        if whole is not None:
            return _with_its_pair(ctx, whole)
    pair = not quoted and not words_asked
    every = every_after_quote or bool(_EVERY_TIME.search(phrase))
    phrase = re.sub(r"\s*\b(every time|each time|everywhere|all of them|all times)\b", "", phrase).strip()
    placed = _words(ctx)
    texts = [norm(p.text) for p in placed]
    hits = find_phrase(texts, phrase)  # "where I say 48 hours" finds "forty eight hours" too (round 13, now find_phrase)
    bare = re.sub(r"^(?:to|that)\s+", "", phrase)  # reported speech: "where I say to hold it steady"
    if not hits and bare != phrase and find_phrase(texts, bare):
        phrase, hits = bare, find_phrase(texts, bare)
    scoped = _WORD_IN_LINE.match(phrase) if not hits and words_asked else None
    if scoped is not None:  # round 12b: "the word dear in the boil the syrup line": that word, in that sentence
        hits = _word_in_line(ctx, placed, texts, scoped.group("w"), scoped.group("d"))
        phrase = scoped.group("w")
    if not hits and words_asked:  # round 13b, cuts: "the word tiny from my intro, ..." (planner/word_in_section.py)
        from editor_app.planner.word_in_section import word_in_section

        in_section = word_in_section(placed, texts, phrase)
        if in_section is not None:
            phrase, hits = in_section
            if not hits:
                raise Unclear(f"I can't hear \"{phrase}\" in that part of the talk. Quote the words as they are spoken.")
    if not hits:
        hit = _closest(texts, phrase)
        if hit is None:
            raise Unclear(f"I can't find \"{phrase}\" in what is said on the timeline. Quote the words as they are spoken.")
        hits = [hit]
    if len(hits) > 1 and not every:
        where = ", ".join(clock(placed[a].start) for a, _ in hits[:6])
        raise Unclear(f"\"{phrase}\" is said {len(hits)} times (at {where}). Say \"every time\", or cut one by its time.")
    if re.search(r"\b(?:line|sentence)\s+(?:where|when)\b", t[: m.end(1) if m.lastindex else m.end()]):
        # "the line where I say X" is the whole sentence that holds X; "the bit where I say X" is X
        spans = sentences(placed)
        hits = [next(((sa, sb) for sa, sb in spans if sa <= a and b <= sb), (a, b)) for a, b in hits]
    steps = [step("cut_words", {"ranges": _ranges(placed, a, b)}, AGENT) for a, b in reversed(hits)]
    quote = " ".join(p.text for p in placed[hits[0][0]: hits[0][1] + 1])
    where = ", ".join(clock(placed[a].start) for a, _ in hits)
    said = Match(steps, f"cut \"{quote}\" (at {where}) out of the talk, between words")
    return _with_its_pair(ctx, said) if pair else said


def _said_owned(ctx: Ctx, phrase: str) -> Match | None:
    """round 16: words said with a possessive ("daughter" heard as "daughter's", "the kids" as "kids'"): those words,
    once, not the sentence they are in (the sentence reading is for reported speech: "where I say to X"). None when
    the words are heard as they are, or not even with the possessive off; several hits ask."""
    placed = _words(ctx)
    texts = [norm(p.text) for p in placed]
    if len(phrase.split()) > 3 or find_phrase(texts, phrase):
        return None
    bare = [re.sub(r"(?:'s|s')$", "", t) for t in texts]
    hits = find_phrase(bare, phrase)
    if not hits or bare == texts:
        return None
    if len(hits) > 1:
        where = ", ".join(clock(placed[a].start) for a, _ in hits[:6])
        raise Unclear(f"\"{phrase}\" is said {len(hits)} times (at {where}). Say \"every time\", or cut one by its time.")
    a, b = hits[0]
    quote = " ".join(p.text for p in placed[a: b + 1])
    return Match([step("cut_words", {"ranges": _ranges(placed, a, b)}, AGENT)],
                 f"cut \"{quote}\" (at {clock(placed[a].start)}) out of the talk, between words")


def _word_in_quote(ctx: Ctx, phrase: str) -> Match | None:
    """round 16: "the word literally from 'it was literally perfect'": that word inside the quoted line, never
    the whole line (planner/word_in_quote.py)."""
    from editor_app.planner.word_in_quote import word_in_quote

    placed = _words(ctx)
    found = word_in_quote(placed, phrase)
    if found is None:
        return None
    word, hits = found
    a, b = hits[0]
    return Match([step("cut_words", {"ranges": _ranges(placed, a, b)}, AGENT)],
                 f"cut \"{' '.join(p.text for p in placed[a: b + 1])}\" (at {clock(placed[a].start)}) out of the line "
                 "you quoted, the rest of it kept")


_WORD_IN_LINE = re.compile(r"^\"?(?P<w>[^\"]+?)\"? (?:in|from|inside|out of) (?:the|my|that|her|his) (?P<d>.+?) "
                           r"(?:line|sentence|bit|part|remark|bit of the talk)$")


def _word_in_line(ctx: Ctx, placed, texts: list[str], word: str, description: str) -> list[tuple[int, int]]:
    """Where ``word`` is said inside the one sentence ``description`` names (said_in.described, among the
    sentences that say the word: a tie asks); [] when no sentence says it."""
    from editor_app.planner.said_in import described, spoken_sentences

    _, spans = spoken_sentences(ctx)
    hits = find_phrase(texts, word)
    holding = [s for s in spans if any(s.first <= a and b <= s.last for a, b in hits)]
    if not holding:
        return []
    sentence = described(ctx, description, holding, strict=False)
    return [(a, b) for a, b in hits if sentence.first <= a and b <= sentence.last]


def _with_its_pair(ctx: Ctx, match: Match) -> Match:
    """Round 12: a cut of one whole sentence that is half of a question and its answer said in one breath
    takes the other half too (said_in.with_its_answer; not when the request names "the question" or "the
    answer"): cutting the answer alone leaves the question hanging."""
    from editor_app.planner.said_in import spoken_sentences, with_its_answer

    if len(match.steps) != 1 or match.steps[0].tool != "cut_words" or len(match.steps[0].args["ranges"]) != 1:
        return match
    placed, spans = spoken_sentences(ctx)
    r = match.steps[0].args["ranges"][0]
    at = [i for i, p in enumerate(placed) if p.media_id == r["media_id"] and p.clip_id == r.get("clip_id", p.clip_id)
          and r["first"] <= p.index <= r["last"]]
    sentence = next((s for s in spans if at and s.first == at[0] and s.last == at[-1]), None)
    if sentence is None:
        return match  # some words, not a whole sentence
    pair = with_its_answer(ctx.text, spans, sentence)
    if pair == sentence:
        return match
    quote = pair.text[:77] + "…" if len(pair.text) > 80 else pair.text
    return Match([step("cut_words", {"ranges": _ranges(placed, pair.first, pair.last)}, AGENT)],
                 f"delete \"{quote}\" (at {clock(pair.start)}): the question and its answer, said in one breath")


def _closest(texts: list[str], phrase: str) -> tuple[int, int] | None:
    wanted = [norm(w) for w in phrase.split() if norm(w)]
    n = len(wanted)
    if not n or n > len(texts):
        return None
    best, best_ratio = None, 0.0
    for i in range(len(texts) - n + 1):
        ratio = SequenceMatcher(None, " ".join(texts[i:i + n]), " ".join(wanted), autojunk=False).ratio()
        if ratio > best_ratio:
            best, best_ratio = (i, i + n - 1), ratio
    if best is None or best_ratio < 0.8:
        return None
    # the run is matched as one string: an edge word that does not resemble the phrase's own edge
    # word ("down" for "to") belongs to the neighbouring sentence, not to what was asked
    first, last = best
    if first < last and SequenceMatcher(None, texts[first], wanted[0], autojunk=False).ratio() < 0.5:
        first += 1
    if first < last and SequenceMatcher(None, texts[last], wanted[-1], autojunk=False).ratio() < 0.5:
        last -= 1
    return first, last


def _ranges(placed: list[PlacedWord], a: int, b: int) -> list[dict]:
    """Word ranges (media, first, last, clip) covering placed words a..b."""
    out: list[dict] = []
    for p in placed[a: b + 1]:
        last = out[-1] if out else None
        if last and last["media_id"] == p.media_id and last["clip_id"] == p.clip_id and last["last"] == p.index - 1:
            last["last"] = p.index
        else:
            out.append({"media_id": p.media_id, "first": p.index, "last": p.index, "clip_id": p.clip_id})
    return out


_STOP = {"the", "a", "an", "about", "of", "on", "in", "and", "or", "to", "i", "my", "me", "we", "you", "it", "is", "that",
         "this", "where", "when", "talk", "talks", "say", "said", "part", "sentence", "bit", "with", "for"}


def _stems(words) -> set[str]:
    """Stems through the planner's one stemmer, so 'flipping' meets 'flip' and 'eggs' meets 'egg'."""
    from editor_app.planner.meaning import stem

    out = set()
    for token in words:  # round 12: a hyphenated word ("brother-in-law") meets its parts said apart
        for w in re.split(r"[-\u2010\u2013]+", norm(token)):
            if w and w not in _STOP:
                out.add(stem(w))
    return out


_NTH_SENTENCE = re.compile(r"\b(?:my|the|our|that) (?:very )?(first|opening|last|final|closing) (?:sentence|line)\b")


def _nth_sentence(ctx: Ctx) -> Match | None:
    """"cut my opening line", "delete the last sentence": the first or last sentence heard on the timeline."""
    m = _NTH_SENTENCE.search(ctx.text)
    if not m or not re.search(_REMOVE, ctx.text[: m.start()]):
        return None
    if re.match(r"\s+(?:about|on|where|when|mentioning|that|which|with|saying|in which|explaining|describing)\b", ctx.text[m.end():]):
        return None  # round 15: "the last line about the ladder" is the last of those about the ladder, not the last line
    first = m.group(1) in ("first", "opening")
    if not timeline_words(ctx.project):  # a transcript of sentences only: cut the sentence's time span
        from editor_app.planner.topics import passage_at

        passage = passage_at(ctx, "start" if first else "end")
        if passage is None:
            return None
        return Match([step("cut_range", {"start": num(passage.start), "end": num(passage.end)})],
                     f"cut the {m.group(1)} sentence \"{passage.quote[:77]}\" ({clock(passage.start)}-{clock(passage.end)})")
    placed = _words(ctx)
    spans = sentences(placed)
    if not spans:
        return None
    a, b = spans[0] if first else spans[-1]
    quote = " ".join(p.text for p in placed[a: b + 1])
    if len(quote) > 80:
        quote = quote[:77] + "…"
    return Match([step("cut_words", {"ranges": _ranges(placed, a, b)}, AGENT)],
                 f"delete the {m.group(1)} sentence \"{quote}\" (at {clock(placed[a].start)})")


def _sentence_span(ctx: Ctx, topic: str) -> Match:
    """A transcript of sentences only: cut the one sentence about ``topic`` by its time span. It is
    destructive, so the sentence must share a word with the topic (a paraphrase match asks)."""
    from editor_app.planner.meaning import stems
    from editor_app.planner.topics import find_passage

    passage = find_passage(ctx, topic)
    if not stems(topic) & stems(passage.quote):
        raise Unclear(f"The nearest sentence to \"{topic}\" is \"{passage.quote[:80]}\" at {clock(passage.start)}. "
                      f"Cut it? Say \"cut {clock(passage.start)} to {clock(passage.end)}\".")
    return Match([step("cut_range", {"start": num(passage.start), "end": num(passage.end)})],
                 f"cut the sentence \"{passage.quote[:77]}\" ({clock(passage.start)}-{clock(passage.end)})")


def delete_sentence(ctx: Ctx) -> Match | None:
    t = ctx.text
    nth = _nth_sentence(ctx)
    if nth is not None:
        return nth
    # round 12: "drop the question about going to a garage": a question (or answer) said is a line too
    m = re.search(r"\b(?:sentence|line|bit|part|question|answer|stuff|story|section)\s+(?:about|on|where (?:i|he|she|they|we) (?:talk|talks|talked) about|"
                  r"mentioning)\s+(.+)$|\b(?P<to>answer|reply)\s+(?:to|for)\s+(?:the question\s+)?(.+)$", t)
    answer_to = bool(m and m.group("to"))  # "the answer to why not go to a garage": the answer, found by its question
    if not m or not re.search(_REMOVE, t[: m.start()]) or _OVER.search(t[: m.start()]):
        return None  # "drop the flipping clip over the sentence about X" places B-roll
    if re.search(r"\b(?:everything|anything|all|the rest) (?:after|before|from|past|following|up to|until)\b", t[: m.start()]):
        raise Unclear(f"I can't tell where the part about \"{m.group(1) or ''}\" is, so I don't know where that cut "
                      "starts. Quote a few of its words, or say the time (e.g. \"cut everything after 1:05\").")
        # round 13: "everything after the bit about X" is not the bit about X: never that sentence alone
    from editor_app.model.words import spelled_number

    # round 12: the message is normalised to digits ("forty quid" -> "40 quid"), talks say numbers in words
    said = (m.group(3) if answer_to else m.group(1)).strip(" .!?")
    topic = _stems(w for tok in said.split() for w in spelled_number(tok))
    if not topic:
        return None
    from editor_app.planner.said_in import said_about  # round 9, cuts: a thing never said asks

    said_about(ctx, said)
    if not timeline_words(ctx.project):
        return _sentence_span(ctx, said) if not answer_to else None
    from editor_app.planner.said_in import asks_price, described, spoken_sentences, with_its_answer

    if answer_to:
        return _answer_to(ctx, said, topic)
    if asks_price(m.group(1)):  # round 10: "about how much X cost": the sentence saying a price (planner/said_in.py)
        heard, spans = spoken_sentences(ctx)
        chosen = with_its_answer(t, spans, described(ctx, m.group(1).strip(" .!?"), spans))
        return Match([step("cut_words", {"ranges": _ranges(heard, chosen.first, chosen.last)}, AGENT)],
                     f"delete the sentence \"{chosen.text[:77] + '…' if len(chosen.text) > 80 else chosen.text}\" "
                     f"(at {clock(chosen.start)}), the one that says the price")
    placed = _words(ctx)
    scored = []
    spans = sentences(placed)
    for a, b in _asked_part(t[: m.end(0) - len(m.group(1))], placed, spans):
        score = len(topic & _stems(p.text for p in placed[a: b + 1]))
        if score:
            scored.append((score, a, b))
    if not scored:
        raise Unclear(f"No sentence on the timeline is about \"{m.group(1)}\". Quote words from it, e.g. "
                      "\"cut the part where I say ...\".")
    scored.sort(key=lambda s: -s[0])
    edge = re.search(r"\b(first|opening|last|final|closing)\s*$", t[: m.start()])
    if len(scored) > 1 and scored[1][0] == scored[0][0] and edge is not None:
        # round 15: "the last line about the ladder": of the lines about it equally, the last one on the timeline
        tied = sorted(s for s in scored if s[0] == scored[0][0])
        scored = [tied[0] if edge.group(1) in ("first", "opening") else tied[-1]]
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        where = ", ".join(clock(placed[a].start) for _, a, _ in scored[:4])
        raise Unclear(f"More than one sentence is about \"{m.group(1)}\" (at {where}). Quote words from the one to delete.")
    _, a, b = scored[0]
    a, b = _with_its_answer(ctx, t, a, b)  # round 11b: a question and its answer said in one breath are one line
    quote = " ".join(p.text for p in placed[a: b + 1])
    if len(quote) > 80:
        quote = quote[:77] + "…"
    return Match([step("cut_words", {"ranges": _ranges(placed, a, b)}, AGENT)],
                 f"delete the sentence \"{quote}\" (at {clock(placed[a].start)})")


def _answer_to(ctx: Ctx, question: str, topic: set[str]) -> Match:
    """Round 12: "the answer to <a question said>": the sentence right after the one question that says
    the most of it; a tie, no such question, or no answer after it asks."""
    placed = _words(ctx)
    spans = sentences(placed)
    asked = [(len(topic & _stems(p.text for p in placed[a: b + 1])), i) for i, (a, b) in enumerate(spans)
             if placed[b].text.rstrip().endswith("?")]
    asked = sorted((s for s in asked if s[0]), reverse=True)
    if not asked or (len(asked) > 1 and asked[1][0] == asked[0][0]):
        raise Unclear(f"I can't tell which question \"{question}\" is. Quote a few words of the answer to delete.")
    i = asked[0][1]
    if i + 1 >= len(spans) or placed[spans[i + 1][1]].text.rstrip().endswith("?"):
        raise Unclear(f"No answer follows the question at {clock(placed[spans[i][0]].start)}. Which words should go?")
    a, b = spans[i + 1]
    quote = " ".join(p.text for p in placed[a: b + 1])
    quote = quote[:77] + "…" if len(quote) > 80 else quote
    return Match([step("cut_words", {"ranges": _ranges(placed, a, b)}, AGENT)],
                 f"delete the answer \"{quote}\" (at {clock(placed[a].start)}); the question stays")


def _asked_part(head: str, placed: list[PlacedWord], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Round 12: "the question about X" is among the sentences asked (ending in "?"), "the answer about X"
    among those said right after one; any other noun ("line", "bit") is among all of them."""
    noun = re.search(r"\b(question|answer)\s+\S+\s*$", head)
    if noun is None:
        return _breath_lines(placed, spans)
    asked = [i for i, (a, b) in enumerate(spans) if placed[b].text.rstrip().endswith("?")]
    if noun.group(1) == "question":
        return [spans[i] for i in asked]
    return [spans[i + 1] for i in asked if i + 1 < len(spans) and not placed[spans[i + 1][1]].text.rstrip().endswith("?")]


def _breath_lines(placed: list[PlacedWord], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences, with a question and the answer said in the same breath as one line ("Why not a garage?
    Because they wanted forty pounds."): a description may name words of both halves, and each half
    alone would tie with some other sentence sharing one of its words."""
    from editor_app.planner.said_in import _BREATH_S

    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        a, b = spans[i]
        if (placed[b].text.rstrip().endswith("?") and i + 1 < len(spans)
                and not placed[spans[i + 1][1]].text.rstrip().endswith("?")
                and placed[spans[i + 1][0]].start - placed[b].end < _BREATH_S):
            out.append((a, spans[i + 1][1]))
            i += 2
            continue
        out.append((a, b))
        i += 1
    return out


def _with_its_answer(ctx: Ctx, text: str, a: int, b: int) -> tuple[int, int]:
    """Words ``a``..``b`` (one sentence) widened to the question it answers or the answer it gets in the
    same breath (said_in.with_its_answer)."""
    from editor_app.planner.said_in import spoken_sentences, with_its_answer

    _, spans = spoken_sentences(ctx)
    one = next((s for s in spans if s.first == a and s.last == b), None)
    if one is None:
        return a, b
    whole = with_its_answer(text, spans, one)
    return whole.first, whole.last


def shorten_pauses(ctx: Ctx) -> Match | None:
    t = ctx.text
    if not re.search(r"\b(pauses?|gaps?|silences?|breaks?|dead air)\b", t):
        return None
    if not re.search(r"\b(shorten|shorter|tighten|reduce|trim|cap|limit|at most|no longer than|max(imum)?|down to)\b", t):
        return None
    if not timeline_words(ctx.project):
        return None  # no transcript: "remove the silences" measures the audio instead
    found = q.times(t)
    seconds = found[-1].seconds if found else 0.5
    if not 0.05 <= seconds <= 10:
        raise Unclear(f"A pause of {seconds:g} s is an odd limit; say e.g. \"shorten the pauses to half a second\".")
    return Match([step("shorten_pauses", {"max_pause": num(seconds)}, AGENT)],
                 f"shorten every pause between words that is longer than {seconds:g} s to {seconds:g} s")


def remove_retakes(ctx: Ctx) -> Match | None:
    t = ctx.text
    if not re.search(r"\bretakes?\b|\brepeated (sentences?|lines?|takes?)\b|\bfalse starts?\b|\b(only|just) the last take\b|\bsaid twice\b", t):
        return None
    if not re.search(_REMOVE + r"|\bkeep\b", t):
        return None
    _words(ctx)
    return Match([step("remove_retakes", {}, AGENT)], "remove the retakes (a sentence said again right after: the last take stays)")


INTENTS = [cut_said, delete_sentence, remove_fillers, remove_retakes, shorten_pauses]

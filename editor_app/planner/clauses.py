"""Clauses that set up the next one instead of asking for an edit themselves.

Why: people say what is wrong first and what to do second: "there's loads of dead air, tighten
it up", "the garden shot looks washed out, can you boost the colours". Read alone, the first
clause is either nothing or a different edit ("washed out" read as "desaturate"), and the
second has no object. Here the first clause lends the second its object: the thing that
"there is" replaces the second clause's pronoun, and a clip a state clause is about becomes
the second clause's subject (its target when it names none itself).
"""

from __future__ import annotations

import re

from editor_app.planner.vocab import VERBS

# "there's loads of dead air", "there are some awkward silences", "there is a long pause at 0:12"
_THERE = re.compile(r"^(?:there(?:'s| is| are|'re)|i(?:'ve| have) got|we(?:'ve| have) got|i hear|i see|i notice) "
                    r"(?:(?:loads|lots|a lot|plenty|a bunch|tons|heaps|way too much|too much|too many|so much|so many)"
                    r"(?: of)? |some |a few |a couple of |a |an |the |still )*(.+)$")
_OBJECT_PRONOUN = re.compile(r"\b(it|them|those|these|that)\b")
# "the garden shot looks washed out", "the music sounds too loud", "my voice is a bit quiet"
_STATE = re.compile(r"^(?:the|my|this|that|our|these|those)\b[^,]*?\b(?:is|are|'s|looks?|sounds?|seems?|feels?|appears?|gets?)"
                    r"\b(?! (?:on|at|over|from|to|in)\b)")


def lend_object(instruction: str, following: str) -> str | None:
    """The next clause with its pronoun replaced by what ``instruction`` says there is
    ("there's loads of silences", "tighten it up" -> "tighten the silences up"), or None."""
    there = _THERE.match(instruction)
    if there is None or not _OBJECT_PRONOUN.search(following):
        return None
    thing = there.group(1).strip()
    if not thing or len(thing.split()) > 6:
        return None
    return _OBJECT_PRONOUN.sub(f"the {thing}", following, count=1)


def is_state(instruction: str) -> bool:
    """A clause that says how something is ("the garden shot looks washed out"), not what to do."""
    return bool(_STATE.match(instruction))


# "put the compost photo at 0:05 and the balcony shot at the end": the second placement shares the verb.
_PLACES = r"\b(?:at|over|during|from|when|while|where|near|towards?|under|for the)\b|\bopen(?:ing)? on\b|\d"
# round 12: the second thing may be a file said by its name ("put IMG_5530 at 0:03 and IMG_5544 at 0:59"),
# a word with a digit or an underscore in it
# round 13 (sequence): moves share their verb the same way ("move the X clip to 0:40 and the Y clip to 0:44")
_GAPPED = re.compile(r"^(put|place|add|show|use|drop|stick|pop|insert|overlay|lay|slot|throw|move|shift|slide|nudge|drag|bump) "
                     r"(.+?) and "
                     r"((?:the|my|that|this|our) .+|(?=[\w.-]*[a-z])(?=[\w.-]*[\d_])[\w.-]+ (?:at|over|from|during|when|while|where|near) .+)$")
# "make the balcony shot black and white and 3 seconds long": two results for one clip.
_MAKE = re.compile(r"^(make|turn|set|get) (it|them|c\d+|(?:the|my|this|that|our) (?:[a-z0-9_'-]+ ){0,3}?"
                   r"(?:shot|clip|footage|photo|video|music|track|voice|talk|image|picture|still|song|recording|broll))"
                   r" (.+)$")
_MEASURED = re.compile(r"\d|\b(?:long|longer|short|shorter|fast|faster|slow|slower|speed|loud|louder|quiet|quieter)\b")
_PAIRS = ("black and white", "rock and roll", "salt and pepper", "fish and chips")


# A second request said as what to have something do: "..., and have the music dip when I speak",
# "... and get the song to fade out at the end". The thing and what it does, without the causative verb.
_AND_HAVE = re.compile(r"^(?P<a>.+?),? and (?:then )?(?:have|get|let|make) (?P<b>(?:the|my) (?:[\w'()-]+ ){0,3}?"
                       r"(?:music|song|tune|track|soundtrack|voice|talk)s? (?:to )?[a-z].*)$")


# round 13 (sequence): a time said first is where both things go: "at 0:20 put in the stain photo and a
# caption 'oak'" -> "put the stain photo at 0:20", "add a caption 'oak' at 0:20" (read whole, the caption
# took the time and the photo was silently dropped)
_TIME = r"\d+(?::\d{1,2})*(?:\.\d+)?(?: ?(?:s|sec|secs|seconds))?"
_LEAD_TIME = re.compile(rf"^(?P<at>(?:at|around|from|about) {_TIME}),? (?:can you |could you |please )?"
                        r"(?P<verb>put|place|add|show|drop|stick|pop|insert|throw|bring|slot)(?: in| up)? "
                        r"(?P<a>(?:the|my|this|that|a|an) .+?|[\w.-]*\d[\w.-]*) and (?:also )?(?P<b>(?:the|my|a|an|this|that) .+)$")
# round 13 (sequence): a fade said as what the placed clip comes "with": "IMG_8830 at 0:30 with a fade in"
# -> "IMG_8830 at 0:30", "fade it in" (read whole, "with a fade in" made the fade the edit and the
# clip had to be on the timeline already)
_WITH_FADE = re.compile(r"^(?P<a>.+?\b(?:at|over|from|when|where|during) .+?),? (?:with|and give it|plus|and add) (?:a |an )?"
                        r"(?:(?P<len>\d+(?:\.\d+)? ?(?:s|sec|secs|seconds?)|quick|slow|short|soft|gentle|long|little|nice) )?"
                        r"(?:(?P<dir1>in|out) )?fade(?:[- ](?P<dir2>in|out|up|down))?(?: (?:on|to) it)?$")


def _shared_time(instruction: str) -> list[str] | None:
    lead = _LEAD_TIME.match(instruction)
    if lead is None or re.search(r"\b(?:at|from|over|during|when|where) \d", lead.group("a") + " " + lead.group("b")):
        return None
    second, at = lead.group("b"), lead.group("at")
    verb_b = "add" if re.match(r"(?:a|an) ", second) else lead.group("verb")
    text = re.match(r"(?P<noun>(?:a|an|the) (?:\w+ )?(?:caption|title|text|label|heading|subtitle))\b(?P<rest>.*)$", second)
    second = f"{text.group('noun')} {at}{text.group('rest')}" if text else f"{second} {at}"  # the time before the words
    return [f"{lead.group('verb')} {lead.group('a')} {at}", f"{verb_b} {second}"]


def _with_fade(instruction: str) -> list[str] | None:
    found = _WITH_FADE.match(instruction)
    if found is None:
        return None
    way = found.group("dir1") or found.group("dir2") or "in"
    way = {"up": "in", "down": "out"}.get(way, way)
    over = f" over {found.group('len')}" if found.group("len") and found.group("len")[0].isdigit() else ""
    return [found.group("a"), f"fade it {way}{over}"]


# round 13 (sequence): "cut the first sentence, swap the sanding and brushing clips": a swap said after a
# comma, after a request of its own (not after what is wrong: "the two X clips are the wrong way round, swap them")
_COMMA_SWAP = re.compile(r"^(?P<a>.+?),? (?:and )?(?:then )?(?P<b>(?:swap|switch|flip)(?: round| around| over)? "
                         r"(?:the|my|c\d+|[\w.-]*\d[\w.-]*)\b.+)$")


def _comma_swap(instruction: str) -> list[str] | None:
    found = _COMMA_SWAP.match(instruction)
    if found is None or "," not in instruction[:found.start("b")]:
        return None
    first = found.group("a").split(" ", 1)[0]
    if first not in VERBS or first in ("can", "could", "would", "i", "please", "let's", "lets", "then", "also", "now"):
        return None
    return [found.group("a"), found.group("b")]


def expand(instruction: str) -> list[str]:
    """An instruction whose verb or object is shared by two requests, as two instructions:
    "put A at 0:05 and the B shot at the end" -> "put A at 0:05", "put the B shot at the end";
    "make the X shot black and white and 3 seconds long" -> "make the X shot black and white",
    "make the X shot 3 seconds long". Anything else is returned as it is."""
    for split in (_shared_time, _with_fade, _comma_swap):  # round 13 (sequence)
        pieces = split(instruction)
        if pieces is not None:
            return [p for piece in pieces for p in expand(piece)]
    had = _AND_HAVE.match(instruction)
    if had and (had.group("a").split(" ", 1)[0] in VERBS or had.group("a").startswith("even out ")):  # round 12b: "level out my voice and have the music dip when I speak"
        return [*expand(had.group("a")), had.group("b")]
    gapped = _GAPPED.match(instruction)
    if gapped and re.search(_PLACES, gapped.group(2)) and re.search(_PLACES, gapped.group(3)):
        verb = gapped.group(1)
        return [f"{verb} {gapped.group(2)}", *expand(f"{verb} {gapped.group(3)}")]
    made = _MAKE.match(instruction)
    if made is None:
        return [instruction]
    rest = made.group(3)
    for i, pair in enumerate(_PAIRS):
        rest = rest.replace(pair, f"\x02{'abcdefgh'[i]}\x02")
    parts = [p.strip() for p in rest.split(" and ")]
    if len(parts) < 2 or any(not p or re.match(r"(?:the|my|a|an|this|that|then|also)\b", p) for p in parts):
        return [instruction]
    measured = [bool(_MEASURED.search(p)) for p in parts]
    if all(measured) or not any(measured):
        return [instruction]  # "brighter and warmer" is one colour change, read as one
    restore = lambda p: re.sub(r"\x02([a-h])\x02", lambda m: _PAIRS["abcdefgh".index(m.group(1))], p)  # noqa: E731
    return [f"{made.group(1)} {made.group(2)} {restore(p)}" for p in parts]


# What a verbless piece after "as well as" / "followed by" is: more of the same ("the last 2 seconds"),
# or an action named by its noun ("a fade out at the end").
_ACTION_NOUN = re.compile(r"^(?:a|an|the|some) (?:fade|fade-in|fade-out|dissolve|crossfade|transition|title|caption|zoom|blur)\b")


def carry_verbs(pieces: list[str]) -> list[str]:
    """Pieces split off with no verb of their own take the verb of the piece before
    ("cut the first 2 seconds as well as the last 2 seconds"); a named action gets "add"
    ("duck the music, followed by a fade out at the end")."""
    from editor_app.planner.vocab import VERBS

    out: list[str] = []
    for piece in pieces:
        first = piece.split(" ", 1)[0] if piece else ""
        if out and first in ("the", "a", "an", "some") and not re.search(r"\b(?:is|are|looks?|sounds?|seems?)\b", piece):
            verb = out[-1].split(" ", 1)[0]
            if _ACTION_NOUN.match(piece):
                piece = f"add {piece}"
            elif verb in VERBS and verb not in ("can", "could", "would", "i", "please", "let's", "lets"):
                piece = f"{verb} {piece}"
        out.append(piece)
    return out

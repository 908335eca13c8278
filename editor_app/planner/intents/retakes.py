"""Retakes and false starts, however they are said, found in what is heard on the timeline.

Why: a false start is rarely a sentence said twice word for word (what the remove_retakes tool
finds). People stop mid-sentence and say so ("no hang on, let me say that again", "sorry, start
over"), then say it properly; and they ask for it as "the retake", "my false start around 0:22",
"the bit where I mess up". A sentence holding such a self-correction is the abandoned take; it is
cut by its words. With a time, the take nearest to it is meant; "the retake" with two of them
asks which; with none found the tool's own word-for-word search is used (and says if none).
"""

from __future__ import annotations

import re

from editor_app.model.word_cuts import PlacedWord, timeline_words
from editor_app.model.words import SELF_CORRECTION, false_starts, norm, retakes
from editor_app.planner import quantities as q
from editor_app.planner.intents import clock, step
from editor_app.planner.intents.words import _ranges
from editor_app.planner.types import Ctx, Match, Unclear

_ASKED = re.compile(r"\bretakes?\b|\bfalse starts?\b|\bmess(?:ed|ing)? (?:it )?up\b|\bscrew(?:ed|ing)? (?:it )?up\b|\bflub\w*|"
                    r"\bstumbl\w*|\btrip(?:ped)? over (?:my|the) words\b|\bbotched\b|\bfluff(?:ed)?\b|\bbad takes?\b|"
                    # round 19: "where he starts the sentence over", "she begins again", "he messes it up"
                    r"\b(?:start|begin|began|begun)(?:s|ed|ning)?(?: (?:the|that|this|a|his|her|my) (?:sentence|line|bit|thing|whole thing|step))? (?:again|over|afresh|from scratch)\b|"
                    r"\bmess(?:es)? (?:it |that |this )?up\b|\bscrews (?:it |that |this )?up\b|"
                    r"\bslip(?:ped)? up\b|\brestart\w*|\bstart(?:ed)? (?:again|over)\b|\b(?:say|said) (?:that|it) again\b|"
                    r"\brepeated (?:sentences?|lines?|takes?)\b|\bsaid twice\b|\b(?:said|says|say) (?:[a-z']+ ){1,4}twice\b|\bfirst time (?:round|around)\b|"
                    r"\b(?:only|just) the last take\b"
                    # round 8: "where I muck it up", "where I fumble it", "the bit I got wrong"
                    r"|\b(?:muck|mucked|mucking|mix|mixed|mixing|balls|ballsed|cock|cocked) (?:it |that |this )?up\b"
                    r"|\b(?:fumbl|bungl|goof|botch|garbl)\w*|\b(?:get|got|getting) (?:it|that|the words?) wrong\b"
                    # round 9: "lose the blooper", "the outtake", "my cock-up"
                    r"|\bbloopers?\b|\bout-?takes?\b|\b(?:cock|screw|balls|mess|muck|slip)-ups?\b"
                    # round 16: "delete the mistake", "the bit where I get it backwards", "where I correct myself"
                    r"|\b(?:my |the |that )mistakes?\b|\bblunders?\b|\b(?:get|got|getting) (?:it|that|this) backwards\b"
                    r"|\bcorrect(?:ed|ing)? myself\b"
                    # round 10: "where I get muddled over X", "where I tie myself in knots", "where I get confused"
                    r"|\bmuddl\w*|\b(?:get|got|getting) (?:all )?(?:confused|tangled|flustered|jumbled|tongue-tied)\b"
                    r"|\btie (?:myself|me) in knots\b|\btied up in knots\b|\bin a (?:muddle|tangle|twist|pickle)\b"
                    # round 11b: "the bit I redo", "where I redid it"
                    r"|\b(?:i|i'm|where i) (?:redo|redid|re-do|re-did|redoing)\b"
                    # round 16, lead: "cut out the redo", "lose my re-do": the place the line is said again
                    r"|\b(?:the|my|that|this) (?:redo|re-do)\b"
                    r"|\blose my (?:thread|place|train of thought)\b|\blost my (?:thread|place|train of thought)\b"
                    # round 12b: "where I trip up on the quilt bit"
                    r"|\btrip(?:s|ped|ping)? up\b"
                    # round 18, lead: "the bit where i go 'no wait, I said that wrong'", "the first go at 'X' is wrong"
                    r"|\b(?:said|say|says) (?:that|it) wrong\b|\b(?:first|1st|earlier|messed up|bad) (?:go|attempt|try|version) (?:at|of)\b"
                    # round 20: "remove the first attempt", "cut that whole first go", "the botched try"
                    r"|\b(?:first|1st|earlier|messed up|bad|wrong|failed|botched|flubbed|muddled) (?:go|attempt|try)\b"
                    # round 22: "remove the wrong knot take", "the muddled tie off take": a take told by what it was of
                    r"|\b(?:wrong|bad|failed|botched|flubbed|muddled|messed up|broken|first) (?:[a-z'-]+ ){0,2}take\b")
_VERB = re.compile(r"\b(cut|trim|remove|delete|drop|lose|skip|kill|strip|eliminate|clean|ditch|erase|fix|keep|edit|bin|scrap|chuck)\b")
_NTH = re.compile(r"\b(first|second|third|fourth|last|final|1st|2nd|3rd|4th) (?:retake|false start|flub|fluff|blooper|mess-?up|"
                  r"cock-?up|screw-?up|mistake|bad take|botched (?:take|line|bit))\b")
_NTH_INDEX = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3, "last": -1, "final": -1}
_ALL = r"\b(retakes|false starts|all|every|each|takes|mistakes|flubs)\b"


def remove_false_starts(ctx: Ctx) -> Match | None:
    """"get rid of the retake", "remove the false start around 0:22", "the bit where I mess up"."""
    t = ctx.text
    if not (_ASKED.search(t) or SELF_CORRECTION.search(t)) or not _VERB.search(t):  # "... where I say let me start over"
        return None
    placed = timeline_words(ctx.project)
    if not placed:
        return None  # no word transcript: the tool's own intent says so
    takes = false_starts(placed)
    abandoned = set(takes)
    if not takes:
        return None  # the remove_retakes tool looks for sentences said twice
    if _a_line_said_elsewhere(placed, takes, t):
        return None  # round 23: "cut the line about getting it backwards": the talk says "if you get that backwards"
    near = q.time_after(t, "around|at|near|about|by", bare=False)
    quoted = re.search(r"\b(?:say|says|said) (.{6,})$", t)
    if quoted is not None and re.match(r"(?:it|that|this|the line|the sentence) (?:again|over|right|properly|correct(?:ly)?|better)\b",
                                       quoted.group(1)):
        quoted = None  # round 19: "the wrong try before he say it again correct": the redo, not words said
    # round 18: "the first go at 'X'": the false start whose words (or its redo's) say X; none: ask
    go_at = re.search(r"\b(?:go|attempt|try|version) (?:at|of) (.{6,}?)(?:,? (?:is|was) (?:wrong|bad|rubbish|a mess)\b.*)?$", t)
    if go_at is not None and near is None and quoted is None:
        takes = _about(placed, takes, re.sub(r"\b(?:sentence|line|bit|part)s?\b", "", go_at.group(1).strip(" '\"")))
    nth = _NTH.search(t)
    if nth is not None and near is None:  # round 12: "the second retake": that one in talk order, or ask
        index = _NTH_INDEX[nth.group(1)]
        if index >= len(takes):
            where = ", ".join(_quote(placed, a, b) for a, b in takes[:3])
            raise Unclear(f"I hear {len(takes)} false start{'s' * (len(takes) != 1)} ({where}), so there is no "
                          f"{nth.group(1)} one. Which do you mean?")
        takes = [takes[index]]
    if near is not None:
        takes = [min(takes, key=lambda s: abs(placed[s[0]].start - near))]
        if abs(placed[takes[0][0]].start - near) > 8 and abs(placed[takes[0][1]].end - near) > 8:
            raise Unclear(f"I found no false start near {clock(near)}; the nearest is at {clock(placed[takes[0][0]].start)}. "
                          "Cut that one?")
    elif quoted:
        words = {norm(w) for w in quoted.group(1).split()} - {""}
        scored = [(len(words & {norm(p.text) for p in placed[a: b + 1]}), (a, b)) for a, b in takes]
        best = max(s for s, _ in scored)
        takes = [span for s, span in scored if s == best]
    elif (about := _ABOUT.search(t)) is not None:  # round 10: "where I get muddled over the centimetres"
        takes = _about(placed, takes, about.group(1))
    if len(takes) > 1 and not re.search(_ALL, t):
        where = ", ".join(clock(placed[a].start) for a, _ in takes[:4])
        raise Unclear(f"There are {len(takes)} false starts (at {where}). Which one, or \"all the retakes\"?")
    ranges = [r for a, b in takes for r in _ranges(placed, a, b)]
    quotes = "; ".join(_quote(placed, a, b) for a, b in takes[:3])
    steps = [step("cut_words", {"ranges": ranges})]
    says = f"cut the false start{'s' * (len(takes) > 1)} ({quotes}); the take after it stays"
    if near is None and not quoted and re.search(_ALL, t) and any(r.dropped not in abandoned for r in retakes(placed)):
        steps.append(step("remove_retakes", {}))  # "all the retakes": the ones said twice word for word too
        says += ", then remove the sentences said twice (the last take stays)"
    return Match(steps, says)


_LINE_ABOUT = re.compile(r"\b(?:line|sentence|bit|part)s? (?:about|on|where (?:i|i'm|he|he's|she|she's) (?:says?|talks? about|"
                         r"mentions?)) (?P<x>.+?)$")
_PLAIN = frozenset("get got getting it that this the a an my your his her wrong".split())


def _a_line_said_elsewhere(placed: list[PlacedWord], takes: list[tuple[int, int]], t: str) -> bool:
    """The line named is one the talk says, outside every false start: "the line about getting it backwards" where
    the talk says "If you get that backwards, ..." names that sentence, not a flub (round 23)."""
    about = _LINE_ABOUT.search(t)
    if about is None:
        return False
    from editor_app.planner.said_in import base_stems

    wanted = base_stems(" ".join(w for w in about.group("x").split() if w not in _PLAIN))
    if not wanted:
        return False
    inside = {k for a, b in takes for k in range(a, _redo_end(placed, b) + 1)}
    if any(wanted & base_stems(" ".join(p.text for p in placed[a: _redo_end(placed, b) + 1])) for a, b in takes):
        return False  # exact words: "backwards" is no "back left"
    return wanted <= base_stems(" ".join(p.text for k, p in enumerate(placed) if k not in inside))


# what the flub was about: "muddled over the centimetres", "confused about the hook"
_ABOUT = re.compile(r"\b(?:over|about|with|on|when (?:i'm |i am )?(?:talking about|explaining|saying)) (?!it\b|that\b|this\b)"
                    r"((?:the |my |how |what |which )?[a-z0-9' -]+?)$")


def _about(placed: list[PlacedWord], takes: list[tuple[int, int]], topic: str) -> list[tuple[int, int]]:
    """The false starts whose words say ``topic`` (the sentence they abandon counts too: a flub about
    the hook may stop before it says "hook"); asks when none does: never cut another flub."""
    from editor_app.planner.said_in import shared, topic_stems

    wanted = topic_stems(topic)
    if not wanted:
        return takes
    hits = [(a, b) for a, b in takes if shared(wanted, " ".join(p.text for p in placed[a: _redo_end(placed, b) + 1]))]
    if not hits:  # round 20: "the first attempt at the spoke key direction": the topic was set up just before the flub
        hits = [(a, b) for a, b in takes if shared(wanted, " ".join(p.text for p in placed[max(0, a - 16): _redo_end(placed, b) + 1]))]
    if not hits:
        where = ", ".join(_quote(placed, a, b) for a, b in takes[:2])
        raise Unclear(f"I can't find a false start about \"{topic}\". The false starts I hear: {where}. Which do you mean?")
    return hits


def _redo_end(placed: list[PlacedWord], b: int) -> int:
    """The last word of the take said after the false start ending at ``b`` (round 11b): "the retake on
    the magic eraser bit" names the flub by what the redo says, since the flub itself often stops before
    the topic word ("You want to wet it and, um, press... let me try that again. You want to wet the
    magic eraser...")."""
    end = b
    while end + 1 < len(placed):
        end += 1
        if placed[end].text.rstrip().endswith((".", "?", "!")):
            break
    return end


def _quote(placed: list[PlacedWord], a: int, b: int) -> str:
    text = " ".join(p.text for p in placed[a: b + 1])
    return f"\"{text if len(text) <= 60 else text[:57] + '...'}\" at {clock(placed[a].start)}"


INTENTS = [remove_false_starts]


# round 12b: "i trip up on the lid instructions and start again, remove the bad attempt": the first clause says
# where the flub is, the second what to do with it
_FLUB_SAID = re.compile(
    r"^(?:so |yeah |ok |okay )?(?:i|she|he|we|they|you can hear (?:me|her|him)) (?:kind of |sort of |totally |completely )?"
    r"(?:trip(?:s|ped)? up|trip(?:s|ped)? over (?:my|her|his|the) words|stumble[sd]?|mess(?:es|ed)? (?:it )?up|fluff(?:s|ed)? it"
    r"|flub(?:s|bed)? it|fumble[sd]?(?: it)?|muddle[sd]?(?: it)?|botch(?:es|ed)? it|get(?:s)? (?:it )?wrong|lose(?:s)? (?:my|her|his) place)"
    r" (?:(?:on|over|in|with|during|at|when (?:i'm |she's |he's |i am )?(?:talking about|explaining|saying|doing)) |(?=(?:the|my|her|his) ))"
    r"(?P<x>.+?)"
    r"(?:,? (?:and|then|so) (?:then )?(?:i |she |he )?(?:start(?:s|ed)?|begin(?:s)?|began|go(?:es)?|went|have to start)"
    r" (?:it )?(?:again|over|from the top|back)|,? and (?:i |she |he )?(?:redo|redoes|redid|repeat(?:s|ed)?|say(?:s)?|said) it(?: again)?)?$")
_THE_FLUB = re.compile(r"\b(?:bad|first|wrong|failed|broken|botched|fumbled|messed up|false|abandoned|flubbed|early)"
                       r" (?:attempt|try|take|go|version|start|run)\b|^(?:\w+ )*?(?:it|that|the mistake|the flub|the first one)$"
                       r"|^(?:\w+ )*?(?:that|this) (?:attempt|try|take|go|version|one)$")


# "..., and the fumbled start before it": the abandoned take the self-correction ends, which the false start cut holds
_BEFORE_IT = re.compile(r"^(?:and |also |plus )*(?:the |that )?(?:\w+ )?(?:start|attempt|try|take|go|bit|part|sentence|line)"
                        r" (?:right |just )?(?:before|leading (?:up )?to|ahead of) (?:it|that|this)$")


def lend_flub(instruction: str, following: str) -> str | None:
    """"I trip up on X and start again" then "remove the bad attempt": one request, the false start
    about X (remove_false_starts finds it by what it and its redo say, or asks)."""
    if _BEFORE_IT.match(following.strip(" ,.!?")) and _VERB.search(instruction) \
            and (_ASKED.search(instruction) or SELF_CORRECTION.search(instruction)):
        return instruction  # "delete where I say sorry let me say that again, and the fumbled start before it": one cut
    said = _FLUB_SAID.match(instruction.strip(" ,.!?")) or _FLUB_TIME.match(instruction.strip(" ,.!?"))
    verb = _VERB.search(following)
    if verb is None or not _THE_FLUB.search(following.strip(" ,.!?")):
        return None
    if said is None:  # round 19: "he starts the sentence over at some point, cut that": the one false start, or ask
        told = instruction.strip(" ,.!?")
        return f"{verb.group(1)} the false start" if _ASKED.search(told) and not _VERB.search(told) else None
    return f"{verb.group(1)} the false start on {said.group('x')}"


# round 19: "the first time he explains taking the burr off he messes it up": the flub said by the line it spoils
_FLUB_TIME = re.compile(r"^(?:so |and |also )?(?:the )?(?:first|1st) time (?:i|he|she|they) (?:explain|talk about|describe|say|do|go through|"
                        r"show|try to (?:explain|say|describe))(?:s|es|ed)? (?P<x>.+?),? (?:i|he|she|they) (?:mess|screw|muck|stuff|cock|balls|mix)"
                        r"(?:es|s|ed)? (?:it|that|this|the words)? ?up$")


# round 18 (lead): "the first go at 'X' is wrong, delete that one and keep the second": the flub said first, by
# which take of a line it is, then its removal by a pronoun
_FIRST_GO_FRONTED = re.compile(
    r"^(?:so |ok |okay |yeah )?(?P<np>(?:the|my) (?:(?:very|messed up|bad|botched) )?(?:first|1st|earlier|messed up|bad|botched) "
    r"(?:go|attempt|try|version|take) (?:at|of) .+?),? (?:is|was) (?:wrong|bad|rubbish|a mess|no good|messed up)"
    r"\s*(?:,|\.|;|-)?\s*(?:so |just |pls |please )*(?P<verb>delete|cut|remove|lose|bin|drop|ditch|kill|get rid of)"
    r" (?:that one|that|it|that take)\b(?P<rest>.*)$")


def flub_said_first(text: str) -> str | None:
    """"the first go at X is wrong, delete that one (and keep the second)" -> "delete the first go at X"."""
    m = _FIRST_GO_FRONTED.match(text.strip())
    if m is None or not re.fullmatch(r"\s*(?:,?\s*(?:and|but)\s+keep\s+the\s+(?:second|other|last|next|2nd)(?:\s+(?:one|take|go))?)?\s*[.!]?",
                                    m.group("rest")):
        return None
    return f"{m.group('verb')} {m.group('np')}"


# round 19: "the bit where I say 'no, wait, that's not right, I've jumbled that', please take it out along with the muddled
# start", "I say 'no, wait, that is wrong, I say this again', please remove this and the wrong part": the announcement
# quoted, then its removal with the abandoned take: the whole false start
_WITH_TAKE = re.compile(r"\b(?:along with|together with|and|plus|as well as|with)(?: also)? (?:the|that|my|her|his) (?:\w+ )?"
                        r"(?:start|bit|part|attempt|go|take|version|try|sentence|line|one)(?: (?:before|before it|too))?\b")


def announced_with_take(text: str) -> str | None:
    """'<the bit where I say "Q">, take it out along with the muddled start' -> 'remove the bit where i say "Q"' when Q
    is a spoken self-correction; None otherwise."""
    quote = re.search(r"\"([^\"]+)\"", text)
    removal = re.search(r"\b(?:take (?:it |that |this |them )?out|get rid of|cut|remove|delete|drop|lose|bin|ditch|kill)\b",
                        text[quote.end():]) if quote is not None else None
    if quote is None or not SELF_CORRECTION.search(quote.group(1).lower()) or removal is None \
            or not _WITH_TAKE.search(text[quote.end():]):
        return None
    return f'remove the bit where i say "{quote.group(1)}"'

"""A place in the talk tidied into the shapes the B-roll intent reads, without changing what it means.

Why: people say where B-roll goes with contractions ("where I say the smell's gone"), name the take
they mean ("over the proper take of sliding it in") and add an aside about the one they do not mean
("(not the one where I mess it up)"). The contraction hid the verb ("smell's" is no word of the talk),
the aside was read as the place itself. Here "X's gone" becomes "X has gone" (a possessive such as "the
cat's box" stays), "the good take of X" becomes "the part about X", and the aside is dropped from the
place (the request keeps it: the kept-take rule reads it there).
"""

from __future__ import annotations

import re

# "'s" before a participle is "has"; before a state, place word or "-ing" verb it is "is".
_HAS = re.compile(r"\b([a-z]+)'s (gone|been|got|done|had|finished|stopped|started|come|become|taken|made|changed|"
                  r"disappeared|vanished|cleared|worked|improved|dropped|fixed|sorted)\b")
_IS = re.compile(r"\b(?!(?:it|that|what|there|here|who|where|let)'s)([a-z]+)'s (not|on|off|back|out|in|up|down|over|here|"
                 r"there|ready|fine|okay|ok|done|finished|broken|loose|tight|clean|dry|wet|working|[a-z]+ing)\b")
_ASIDE = re.compile(r"\s*\((?:not|but not|except|rather than|instead of)\b[^)]*\)|,?\s*(?:but |and )?not the (?:one|take|bit|part|"
                    r"version|go|attempt) (?:where|when|in which|that) [^,()]*$")
# Round 11b: "the clip of the yellow soles (the before one) over X": a parenthesis saying which media is an
# appositive, read like ", the before one," (a parenthesis ended the media's name and hid the place).
_WHICH = re.compile(r"\s*\((?:i mean |i\.e\.? |ie |so )?(the (?:[a-z0-9'-]+ ){1,4}(?:one|clip|shot|pic|photo|video|vid))\)")
# Round 11b: "when I ask myself if I'd do it again": the talk asks it as a question ("Would I do it again?"); the
# words after the subject and its modal are what is said word for word.
_ASK_IF = re.compile(r"(?:\b(?:over |during |on )?(?:when|where|while|as) (?:i |i'm )?)?\b(?:ask|asks|asked|asking|wonder|wondering)(?: myself| yourself| you| people| viewers| everyone| the viewers)? "
                     r"(?:if|whether) (?:i'd|i would|i should|i'll|i will|i could|i can|you'd|you would|you should|it's|it is|"
                     r"it was|it'd|it would)? ?(?P<x>[a-z][a-z' ]{4,}?)(?=[,.?!;]| (?:over|show|put|add|then|and|please)\b|$)")
# Round 11b: "where I describe the state they're in, grey uppers, brown laces etc": the list after the comma says
# what is said there in the talk's own terms; the phrase before it is a vaguer name for the same place.
_LISTED = re.compile(r"\b(?P<lead>(?:where|when|while) (?:i|i'm|we) (?:describe|describes|describing|talk about|explain|mention|"
                     r"go through|list|say|show|run through)) [^,\"]*?, (?:like |e\.?g\.? |such as |i\.?e\.? )?"
                     r"(?P<list>[a-z0-9' -]+(?:, [a-z0-9' -]+)+?),? (?:etc\.?|and so on|and all that|and stuff|and that)$")
_TAKE = re.compile(r"\b(?:the|my) (?:proper|good|right|correct|clean|final|second|kept|better|real|best|last|successful|"
                   r"working|fixed|redone|redo) (?:take|version|go|attempt|try|run) (?:of|at|where|when|about|on|for) ")


# Round 10: "where I say how big the hole is" reports a measure; the talk says the noun ("the size of my fist").
_SIZE = "size big small tiny large huge"  # how big a thing is, said any of these ways
_MEASURE = {"big": _SIZE, "large": _SIZE, "small": _SIZE, "tiny": _SIZE, "huge": _SIZE, "long": "length",
            "wide": "width", "deep": "depth", "thick": "thickness", "heavy": "weight", "tall": "height", "high": "height",
            "expensive": "cost", "cheap": "cost", "much": "cost", "old": "age", "far": "distance", "fast": "speed"}
_HOW = re.compile(r"\bhow (" + "|".join(_MEASURE) + r") (?:the |my |our |a |an |this |that )?((?:[a-z'-]+ ){0,3}?[a-z'-]+) (?:is|was|are|were|it is|it was)\b")


def tidy_place(text: str) -> str:
    """``text`` with contractions in the place spelled out, "the proper take of X" as "the part about X"
    and an aside about another take dropped; quoted words and the media's name are left as typed."""
    parts = re.split(r'("[^"]*")', text)
    place = re.search(r"\b(?:where|when|while|whenever|about|once|after|before)\b", parts[0])
    for i in range(0, len(parts), 2):
        cut = place.start() if i == 0 and place else 0  # the media's name ("the dog's running clip") stays
        part = parts[i][:cut] + _IS.sub(r"\1 is \2", _HAS.sub(r"\1 has \2", parts[i][cut:]))
        part = _ASIDE.sub("", part)
        part = _ASK_IF.sub(lambda m: f'over the sentence where i say "{m.group("x").strip()}"', part) if i == 0 else part
        part = _LISTED.sub(lambda m: f"{m.group('lead')} {m.group('list')}", part) if i == 0 else part
        part = _WHICH.sub(r", \1,", part).replace(",,", ",").rstrip(",")
        part = _HOW.sub(lambda m: f"the {_MEASURE[m.group(1)]} of the {m.group(2)} {m.group(1)}", part)
        parts[i] = _TAKE.sub(lambda m: "the part where " if m.group(0).rstrip().endswith(("where", "when"))
                             else "the part about ", part)
    return "".join(parts)

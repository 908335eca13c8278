"""Where an edit goes, said before or around the edit itself (round 17, lead).

"put the doormat photo on screen for the last 5 seconds" is "put it at the end for 5 seconds";
"go to 1:20 and cut 4 seconds from there" is "cut 4 seconds from 1:20". Both rewrite the sentence into
the form the intents already read, so the place is found by the same code as every other place.
"""

from __future__ import annotations

import re


# round 17 (lead): "put the doormat photo on screen for the last 5 seconds", "stick X over the first 3 secs": a picture
# placed over a span of the video said by its edge, as "at the end for 5 seconds" / "at 0:00 for 3 seconds" read
_EDGE_SPAN = re.compile(r"^(?P<head>(?:put|place|show|stick|pop|overlay|slap|throw|drop|lay|add)\s+.+?)\s+"
                        r"(?:up\s+|on\s+screen\s+|onscreen\s+|on\s+top\s+)?(?:over|for|during|across|on|in)\s+the\s+"
                        r"(?P<w>last|final|first|opening)\s+(?P<n>\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)"
                        r"(?:\s+of\s+(?:the\s+)?(?:video|it|the\s+whole\s+thing))?(?P<tail>(?:\s*,.*|\s+(?:please|pls))?)\s*[.!]?$")


def placed_over_edge(text: str) -> str | None:
    """ "put X over the last 5 seconds" -> "put X at the end for 5 seconds"; None when not so said."""
    m = _EDGE_SPAN.match(text.strip())
    if m is None or re.search(r"\b(?:music|song|soundtrack|fade|volume|louder|quieter|mute)\b", m.group("head")):
        return None
    at = "at the end" if m.group("w") in ("last", "final") else "at 0:00"
    return f"{m.group('head')} {at} for {m.group('n')} seconds{m.group('tail')}"


# round 17 (lead): "go to 1 min 20 and cut 4 seconds from there", "jump to 0:45, put the drone shot there": the place
# said as where to go first, then the edit at that place
_GO_TO = re.compile(r"^(?:(?:ok|okay|so|now|right)[, ]+)*(?:go|jump|skip|scrub|head|move the playhead|seek)\s+to\s+(?P<t>[^,]+?)"
                    r"\s*(?:,\s*(?:and\s+|then\s+)?|\s+and\s+(?:then\s+)?|\s+then\s+)"
                    r"(?P<rest>(?:cut|delete|remove|trim|chop|snip|lose|put|add|place|stick|drop|insert|split)\b.*?)"
                    r"(?:\s+(?:from\s+|at\s+|right\s+)?(?:there|that point|that spot|that mark|here))?\s*[.!]?$")


def went_to(text: str) -> str | None:
    """ "go to 1:20 and cut 4 seconds from there" -> "cut 4 seconds from 1:20"; None when not so said."""
    m = _GO_TO.match(text.strip())
    if m is None or not re.search(r"\d", m.group("t")) or re.search(r"\d:\d|\d\s*(?:s|secs?|seconds?)\b.*\b(?:at|from)\b",
                                                                     m.group("rest")):
        return None
    rest = m.group("rest")
    if re.match(r"(?:cut|delete|remove|trim|chop|snip|lose)\b", rest):
        return f"{rest} from {m.group('t')}"
    return f"{rest} at {m.group('t')}"


# round 18 (lead): "'52mm wheels' at 1:12", "'Done!' over the last 3 seconds": words in quotes and a place, no verb: text on
# screen (a title), which is all a quote with a time and nothing else can be
_BARE_TEXT = re.compile(r'^(?P<q>"[^"]+")\s*(?P<place>(?:at|from|over|for|on screen at|up at|during|in) .+)$')


def bare_text_at(text: str) -> str | None:
    """'"X" at 1:12' -> 'title "X" at 1:12'; None when not so said."""
    m = _BARE_TEXT.match(text.strip())
    if m is None or not re.search(r"\d|\b(?:start|end|beginning|intro|outro)\b", m.group("place")):
        return None
    return f'title {m.group("q")} {m.group("place")}'



# round 19: "line up the burr clip with the start of 'The burr is'", "line the pixel vid up with where i start saying
# 'heres the trick'", "sync the tomato clip to when he says 'X'": the clip moved to start where those words start
_LINE_UP = re.compile(r"^(?:(?:pls|please|can you|could you|can u|just|now)\s+)*(?:line|match|sync|snap|align)(?:\s+up)?\s+"
                      r"(?P<clip>(?:the|my|that|this|c\d)\S*(?:\s+\S+){0,6}?|[a-z0-9][\w.'-]*(?:\s+[\w.'-]+){0,5}?)(?:\s+up)?\s+(?:with|to)\s+"
                      r"(?:the\s+(?:very\s+)?(?:start|beginning)\s+of\s+|(?:where|when)\s+(?P<who>i|he|she|they)\s+"
                      r"(?:(?:start|starts|begin|begins)\s+(?:saying|to say)|say|says)\s+)(?P<words>\".+\"|[a-z].+?)\s*[.!]*$")


def lined_up(text: str) -> str | None:
    """'line up X with the start of "Y"' -> 'make X start when i say "Y"'; None when not so said."""
    m = _LINE_UP.match(text.strip())
    if m is None:
        return None
    return f"make {m.group('clip')} start when i say {m.group('words')}"

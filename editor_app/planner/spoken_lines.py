"""Phrases that name a line of the talk: their words are what was said, not the name of a media.

Why: "delete the switch price line, the fifty cents a switch one" names a sentence by what it says;
"switch" in it was read as the media "switch opener close up.mp4", and the cut became a question about
a clip that is not on the timeline. A noun phrase headed by a noun for something said (line, sentence,
quote, joke, moan, warning, aside, ...) describes a part of the talk, and so does an appositive after it
(", the fifty cents a switch one"). Those spans are blanked (positions kept) before media are looked up,
so a media is named only by the words outside them.
"""

from __future__ import annotations

import re

# Nouns for a thing said in the talk (not "bit"/"part", which also name pieces of media).
_SAID_NOUN = (r"(?:line|lines|sentence|sentences|quote|quotes|remark|comment|joke|jokes|moan|rant|warning|aside|story|"
              r"anecdote|speech|spiel|tangent|rambling|ramble|waffle|ad-?lib|outro line|intro line)")
# the words before the noun are one noun phrase: no article or place word inside ("the X clip over the Y line")
_WORD = (r"(?!(?:the|my|that|this|your|over|at|on|in|into|onto|to|from|for|with|during|under|after|before|"
         r"where|when|while|and|as|by)\b)[a-z0-9'$%.-]+ ")
# round 13 (cuts5): a noun for a media right after makes the said noun a modifier: "the plumb line clip", "the chalk line shot"
_MEDIA_HEAD = r"(?!\s+(?:clips?|shots?|footage|videos?|photos?|pics?|pictures?|stills?|images?|b-?roll|files?|recordings?|cutaways?)\b)"
_LINE = re.compile(rf"\b(?:the|my|that|this|your) ((?:{_WORD}){{1,6}}?){_SAID_NOUN}\b{_MEDIA_HEAD}")
# ", the fifty cents a switch one": the same line said again in other words
_AGAIN = re.compile(r"\s*,\s*(?:i mean |like |you know )?(?:the|that) (?:[a-z0-9'$%.-]+ ){1,8}?(?:one|1)\b")


# round 16: after "during"/"throughout" a part is a stretch of the talk ("lower the music during the purring part"):
# its words say what is said there, not the name of "cat purr loop.wav"
_DURING = re.compile(rf"\b(?:during|throughout) (?:the|my|that|this) ((?:{_WORD}){{1,6}}?)(?:part|bit|section|segment|stretch)s?\b"
                     rf"{_MEDIA_HEAD}")


# round 16 (lead): "the 'so yeah' before I say that's how I restring my uke": words said in the talk, unquoted, after
# "I say"; "uke" in them had named "uke string pluck.wav"
_SAYS = re.compile(r"\b(?:i|she|he|we|they) (?:say|says|said|go|goes) (?![\"\s])([^,;\"]{1,80}?)(?=\s*(?:,|;|$|\band then\b|\bthen\b))")


def said_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words of ``text`` that describe a line of the talk."""
    out = [(m.start(1), m.end(1)) for m in _DURING.finditer(text)]
    out += [(m.start(1), m.end(1)) for m in _SAYS.finditer(text)]
    for match in _LINE.finditer(text):
        start, end = match.start(1), match.end(1)
        again = _AGAIN.match(text, match.end())
        out.append((start, end))
        if again is not None:
            out.append((match.end(), again.end()))
    return out


def without_said_lines(text: str) -> str:
    """``text`` with the words describing lines of the talk blanked (same length, positions kept)."""
    for start, end in said_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


_ONE_AGAIN = re.compile(r"^(?:i mean |like |you know )?(?:the|that) (?:[a-z0-9'$%.-]+ ){1,8}?(?:one|1)$")
_ENDS_SAID = re.compile(rf"\b{_SAID_NOUN}$")


def says_same_line(before: str, part: str) -> bool:
    """"the switch price line" then "the fifty cents a switch one": the second names the first line again (an
    appositive with "one" for its noun), not another thing to cut."""
    return bool(_ENDS_SAID.search(before.strip()) and _ONE_AGAIN.match(part.strip()))

"""An answer that picks among the files a question offered by their order or length: "the second",
"the first one", "the last one", "the longer one", "the shortest clip".

Why: "put the android video in at 0:31" with two Android clips asks "which do you mean: A or B?".
People answer by where a name stood in the question or by what tells the files apart, not by
repeating a file name; read as a description, "the longer one" shares no word with either file and
the question was left unanswered. Order is the order the question listed them in (what the user
read); length compares the files' own durations and picks only when one is strictly the longest or
shortest (stills have none: then nothing is picked and the words are read as before).
"""

from __future__ import annotations

import re
from typing import Any

_ORDINALS = {"first": 0, "1st": 0, "1": 0, "former": 0, "second": 1, "2nd": 1, "2": 1, "third": 2, "3rd": 2, "3": 2,
             "fourth": 3, "4th": 3, "4": 3, "last": -1, "latter": -1, "final": -1}
_ORDER = re.compile(r"^(?:(?:the|number|no\.?|option|#) ?)?(?P<n>first|1st|second|2nd|third|3rd|fourth|4th|last|latter|"
                    r"former|final|[1-4])(?: (?:one|clip|shot|video|photo|picture|pic|still|image|file))?$")
_SIZE = re.compile(r"^(?:the )?(?P<way>longer|longest|shorter|shortest|long|short)(?: (?:one|clip|shot|video|file))?$")


def offered_in_order(question: str, project: Any) -> list[Any]:
    """The media a question names, in the order it names them (each once)."""
    text = question.lower()
    found = [(text.find(a.name.lower()), a) for a in project.media.values() if a.name and a.name.lower() in text]
    return [a for _, a in sorted(found, key=lambda pair: pair[0])]


_STILL_WORDS = frozenset("photo pic picture still image jpg jpeg png snap photograph".split())
_KIND = re.compile(r"^(?:the |that |a )?(?P<k>video|vid|clip|footage|movie|moving one|photo|pic|picture|still|image|jpg|jpeg|png|snap|"
                   r"photograph|mp4|mov)(?: one| file)?(?:,? (?:not|rather than|instead of) (?:the |a )?(?:video|vid|clip|footage|photo|pic|"
                   r"picture|still|image|jpg|png|snap)(?: one)?)?$")


def picked(words: str, question: str, project: Any) -> str | None:
    """The name of the offered media the answer ``words`` picks by order or by length, else None."""
    said = words.strip().lower()
    offered = offered_in_order(question, project)
    if len(offered) < 2:
        return None
    kind = _KIND.match(said)
    if kind is not None:  # round 18: "the video not the photo", "the still one": the one offered file of that kind
        want = "image" if kind.group("k") in _STILL_WORDS else "video"
        fits = [a for a in offered if a.kind == want]
        return fits[0].name if len(fits) == 1 else None
    order = _ORDER.match(said)
    if order:
        index = _ORDINALS[order.group("n")]
        return offered[index].name if -len(offered) <= index < len(offered) else None
    size = _SIZE.match(said)
    if size is None:
        return _described(said, offered)
    if any(a.duration is None for a in offered):
        return None
    lengths = sorted(offered, key=lambda a: a.duration)
    if size.group("way").startswith("long"):
        best, runner = lengths[-1], lengths[-2]
    else:
        best, runner = lengths[0], lengths[1]
    if best.duration == runner.duration or (size.group("way") in ("longer", "shorter", "long", "short") and len(offered) > 2):
        return None  # a tie, or "the longer one" of three: which of the two longer ones?
    return best.name


_FRAME = frozenset("the a an that this one clip shot video vid footage file photo pic picture still image take with of where i "
                   "me my it is on in no not yes yeah please pls".split())


def _described(said: str, offered: list[Any]) -> str | None:
    """Round 22: "the crosses one" answering "IMG_0731.MOV or IMG_0736.MOV?": the one offered file whose name or
    description has every word of the answer (two look-alike clips told apart only by what they show); None when
    none or several do."""
    from editor_app.planner.media_refs import own_words
    from editor_app.planner.said_in import base_stems

    words = [w for w in re.findall(r"[a-z0-9']+", said) if w not in _FRAME]
    if not words or len(words) > 4:
        return None
    wanted = base_stems(" ".join(words))
    if not wanted:
        return None
    fits = [a for a in offered if wanted <= base_stems(own_words(a))]
    return fits[0].name if len(fits) == 1 else None

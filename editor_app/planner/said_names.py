"""Media named by their whole file name mean that media, whatever words the name holds.

People name takes after what happens in them: "staple swap.mov", "fade check.mp4", "cut fabric.jpg",
"title card.png". Said in a request ("staple swap over where I pull the staples"), the verbs and kinds
inside such a name (swap, fade, cut, title) were read as commands or kinds, and the request was not
understood or meant something else. So before the instructions are split and parsed, a media's whole
name said in the message (with or without its extension; a name of one word only with it) becomes the
media's id, which every intent already reads as that media and nothing reads as a command. The longest
name wins ("cut fabric offcut.mp4" over "cut fabric.jpg"); quoted text (a title's words) and the words
after "saying"/"called" are left alone. "@" before a time means "at" ("staple swap.mov @ 20.5s").
"""

from __future__ import annotations

import re

from editor_app.model.project import MediaAsset, Project
from editor_app.planner.vocab import VERBS

_EXT = r"\.[a-z0-9]{2,4}"
# words the planner reads as edits or kinds of edit besides its verbs (vocab.VERBS)
EDIT_WORDS = frozenset({"swap", "zoom", "crop", "speed", "mute", "trim", "move", "flip", "reverse", "blur", "freeze",
                         "loop", "slow", "duck", "caption", "transition", "dip", "mix", "fade", "split", "title",
                         "card", "rotate", "stabilize", "stabilise", "sharpen", "volume", "louder", "quieter"})
# text a title or caption is to say: never a media reference
_TEXT_AFTER = re.compile(r"\b(?:saying|says|that says|reading|reads|called|titled|named|text|caption)\b[: ]*$")


_CLOCK = re.compile(r"\d{1,2}(?:[.:]\d{2}){1,2}")  # a time of day inside a file name: 21.04.37, 10:12

_QUOTED = re.compile(r"(\"[^\"]*\"|\u201c[^\u201d]*\u201d)")


def at_sign(text: str) -> str:
    """'@ 20.5s', '@1:51' -> 'at ...' ; an e-mail address (a@b.com) is left alone, and so is quoted text
    (a title "Golden Hour @ the Harbour" keeps its '@')."""
    parts = _QUOTED.split(text)
    return "".join(part if i % 2 else re.sub(r"(?:(?<=\s)|^)@\s*(?=\S)", "at ", part) for i, part in enumerate(parts))


def _forms(asset: MediaAsset) -> list[str]:
    """Regexes for the ways a file name is said: 'staple_swap.MOV' -> staple[ _-]+swap, extension optional."""
    name = asset.name.lower().strip()
    ext = re.search(_EXT + "$", name)
    stem = name[: ext.start()] if ext else name
    words = [w for w in re.split(r"[\s_\-]+", stem) if w]
    if not words:
        return []
    body = r"[\s_\-]+".join(re.escape(w) for w in words)
    out = []
    if ext:
        out.append(body + re.escape(ext.group(0)))
    # one word said alone ("fade") is as likely the verb: only with its extension. A longer name said without
    # its extension is rewritten only when it holds a command word ("staple swap", "fade check"): other names
    # ("paper test") are read as before, by the media matchers (lead, round 10: "the paper test looks way too
    # bright" had become "the m6 ...", which the complaint and reorder intents do not read)
    # round 16 (r2): so is a name holding a clock time ("Screen Recording 2026-11-03 at 10.12.44"), whose "at
    # 10.12" was read as a place at 0:10.12
    if len(words) > 1 and any(w in VERBS or w in EDIT_WORDS or _CLOCK.fullmatch(w) for w in words):
        out.append(body + (rf"(?:{re.escape(ext.group(0))})?" if ext else ""))
    return out


def _quoted(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r'"[^"]*"', text)]


def names_as_ids(text: str, project: Project) -> str:
    """The message with each media's whole name, said, replaced by the media's id (longest first)."""
    if not project.media:
        return text
    found: list[tuple[int, int, str]] = []
    quoted = _quoted(text)
    patterns = [(len(f), f, a.id) for a in project.media.values() for f in _forms(a)]
    for _, form, media_id in sorted(patterns, reverse=True):
        for m in re.finditer(rf"(?<![\w.]){form}(?![\w])", text):
            a, b = m.span()
            if any(a < qe and b > qs for qs, qe in quoted) or any(a < fe and b > fs for fs, fe, _ in found):
                continue
            if _TEXT_AFTER.search(text[:a]):
                continue
            found.append((a, b, media_id))
    for a, b, media_id in sorted(found, reverse=True):
        text = text[:a] + media_id + text[b:]
    return text


# what may come before the verb of an instruction: "please cut ...", "can you fade ...", "ok now speed ..."
_LEAD = re.compile(r"^(?:(?:please|pls|can you|could you|would you|will you|ok(?:ay)?|so|now|just|and|then|also|"
                   r"right|hey|let's|lets|i want to|i'd like to|go ahead and)[ ,]+)*")


def verb_not_name(text: str, matched: set[str] | frozenset[str], positions: dict[str, int], name_keys: int) -> bool:
    """True when the one word a media was matched by is the instruction's opening verb and the name has
    more words: "cut the last 3 seconds" does not name "cut fabric.jpg", "fade out m2" does not name
    "fade check.mp4", nor does "m2 fade in" (the whole name said becomes the media's id first: names_as_ids)."""
    if len(matched) != 1 or name_keys < 2:
        return False
    key = next(iter(matched))
    position = positions.get(key)
    verb = _LEAD.match(text).end()
    named = re.match(r"(?:the )?m\d+(?: (?:clip|video|shot|pic|photo|image|one|footage))?[ ,]+", text[verb:])
    # "m2 fade in": after the media said first, the verb's place is the next word
    if position is None or not (position == verb or (named is not None and position == verb + named.end())):
        return False
    word = re.match(r"[a-z']*", text[position:]).group(0)
    # round 19: "knock 3 seconds off the whatsapp clip" does not name "tile knock.wav": a word followed by an amount of time
    amount = re.match(rf"{re.escape(word)} (?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|a few|half a|a couple of) ?"
                      r"(?:s|secs?|seconds?|frames?|bit|minutes?)\b", text[position:])
    return word in VERBS or amount is not None  # "painting clip 1.5x": a word that opens a name, not a command, still names it


def ids_back(instruction: str, message: str, project: Project) -> str:
    """The instruction as the user said it, for a reply that quotes it: ids that names_as_ids put in
    ("m3 2 seconds shorter") read as the names again; ids the user typed stay."""
    typed = set(re.findall(r"\bm\d+\b", message))

    def name(m: re.Match) -> str:
        asset = project.media.get(m.group(0))
        return m.group(0) if m.group(0) in typed or asset is None else asset.name

    return re.sub(r"\bm\d+\b", name, instruction)


# What may follow a device's name when it names the device's files: "the zoom recording", "zoom file", "zoom 0007".
_DEVICE_NOUN = re.compile(r" (?:clips?|files?|recordings?|audio|tracks?|takes?|wavs?|mic|recorder|footage|videos?|vids?|"
                          r"sounds?|ones?|photos?|pics?|pictures?|images?|stills?|shots?|[_-]?\d)\b")


def device_as_verb(text: str, matched: set[str] | frozenset[str], prefix: str | None, positions: dict[str, int]) -> bool:
    """True when a media was matched only by the device word its file name starts with (ZOOM0007_Tr1.wav: "zoom")
    and that word is said as an edit ("slow zoom in on the photo", "crop in"), not as the device: a device's
    files are named with a noun or a number after it ("the zoom recording", "zoom 0007")."""
    if prefix is None or set(matched) != {prefix}:
        return False
    if prefix not in VERBS and prefix not in EDIT_WORDS:
        return False
    at = positions.get(prefix)
    if at is None:
        return False
    return _DEVICE_NOUN.match(text, at + len(prefix)) is None

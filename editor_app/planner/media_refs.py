"""Which media an instruction names: by id, by the words of its file name, tags and
description, by the role of its track ("the music", "the interview"), or by meaning.

Nothing here knows any project's media in advance. A phrase like "the drone shot" that
matches nothing raises Unclear (never another clip); two media that match equally are both
returned so the caller asks which one.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass

from editor_app.model.project import MediaAsset
from editor_app.planner.file_numbers import number_parts, said_numbers  # round 16
from editor_app.planner.said_names import device_as_verb, verb_not_name  # round 10b (names), round 11
from editor_app.planner.meaning import STOP, name_words, similarity, stem, stems
from editor_app.planner.media_kinds import (camera_files, cameras_said, clashes, fitting, kind_of, kinds_said, naming_words,
                                           photo_said, screen_capture)
from editor_app.planner.media_shows import negated, outdescribed, said_negated
from editor_app.planner.media_ties import bare_named, best_described, pick_by_words, profile_stems, unspelled
from editor_app.planner.spoken_lines import without_said_lines
from editor_app.planner.types import Ctx, Unclear
from editor_app.planner.word_kin import related_described
from editor_app.planner.vocab import SHOT_TYPES, VERBS

# How people name a track's role. Generic film vocabulary, not any project's media.
ROLE_PHRASES: dict[str, str] = {
    # round 13b (refs6): "duck the bed", "the soundtrack", "the bgm": what editors call the music under a talk
    "music": r"\b(music|song|tune|backing track|music bed|score|jingle|soundtrack|background track|bgm)\b|"
             r"\b(?:the|my|that|this) (?:audio |sound )?bed\b(?! ?(?:frame|sheets?|linen|room|side|time))",
    "main": r"\b(?:the|my|that|this) (?:whole |entire )?(interview|talking(?: head\b| (?=clip|video|footage|bit|shot|one|take|recording))|presenter|talk|vlog|a-?roll|main (?:clip|video|footage)|"
            r"speaker|host|piece to camera|recording of me)\b"
            # round 19: the speaker's talking said by whoever edits for them: "can nans talking go 10% faster"
            r"|\b(?:his|her|their|[a-z]+'s|nans|grans|mums|dads|grannys|grandads) (talking|talk)\b(?! about)",
    "voice": r"\b(voice|voiceover|narration|narrator)\b(?! (?:track|level|volume))",
    "broll": r"\bbroll\b",
}
REF_NOUN = (r"(?:shots?|clips?|footage|videos?|vids?|broll|photos?|pictures?|images?|stills?|recordings?|scenes?|cutaways?|views?|"
            r"angles?|close[- ]?ups?|closeups?|pics?|inserts?|wides?(?! (?:shots?|angles?|views?|clips?|photos?|videos?|footage|lens)\b))")  # round 20: an editor's "the desk wide", "the tiktok insert"
_REF = re.compile(rf"\b(?:the|my|that|this|those|these|our|a|an|any) ((?:[a-z0-9'&-]+ ){{1,3}}){REF_NOUN}\b")
_SHOT_NOUN = re.compile(r"\b(?:the|my|that|this|those|these|our) ((?:slow[- ]?mo(?:tion)?|close[- ]?ups?|time[- ]?lapses?|"
                        r"aerials?|drone|flyover|hyperlapse|establishing|bird'?s[- ]eye))\b")
_OF = re.compile(rf"\b(?:a|an|the|my|any|some|that|this) {REF_NOUN} of (?:the |a |an |my |our |some )?"
                 r"((?:[a-z'-]+ ){0,2}[a-z'-]+?)(?= (?:over|at|on|in|into|onto|from|to|for|during|while|when|where|and|with|"
                 r"as|under|before|after|behind)\b|[,?.!]|$)")
# Words in front of "clip"/"shot" that select by position or state, not by name.
_NOT_NAMES = frozenset(
    "first second third fourth fifth last final opening closing next previous other same selected current "
    "highlighted whole entire main new short long broll video audio music talk one two three 1st 2nd 3rd "
    "penultimate each every any".split()
)
# Tags that say what a media is for, not what it shows: "the broll" must not name every B-roll.
_ROLE_TAGS = frozenset("broll roll main voice background footage clip video audio cutaway overlay".split())
_ROLE_WORDS = frozenset("voice music audio sound song".split())
# Particles a file name may hold ("wheel_off_slowmo"): said alone they are grammar, not a name.
_PARTICLES = frozenset("off on up down out in back over away around through about".split())
# Round 16: adverbs that say when or how often, never which file, when they are all a request shares with a
# name: "again at 1:00" does not name "intro again.m4a" ("the intro again take" still does, by "intro").
_ADVERBS = frozenset("again too also then now just still even once twice".split())
# Words of a file name that say what kind of thing it is: "add a music track" does not name "bed track.mp3".
_GENERIC = frozenset("track clip shot layer part bit piece take".split())
# Generic words a camera's file-name prefix may spell; a prefix like GX, DJI, IMG, PXL names files.
_NOT_PREFIXES = frozenset("clip video audio file take shot scene track song music image photo pic picture render "
                          "export edit final untitled new old copy raw version sound voice movie film".split())
_KIND_KEYS = frozenset({*"vid vids video videos img image images mov movie".split(), *(stem(w) for w in "video image movie".split())})
SEMANTIC_MIN = 0.30  # cosine below this is "nothing here is called that" (tuned on the tune half)
SEMANTIC_TIE = 0.04  # two media closer than this are equally good: ask


@dataclass
class Mention:
    asset: MediaAsset
    score: float
    position: int
    how: str


def media_keys(asset: MediaAsset) -> set[str]:
    """Stems a user may call a media by: its file-name words, its camera prefix and its tags."""
    prefix = camera_prefix(asset.name)
    return set(_keys(asset.name, tuple(asset.tags))) | ({prefix} if prefix else set()) | _versioned_and_type(asset.name)


@functools.lru_cache(maxsize=20_000)
def _versioned(name: str) -> frozenset[str]:
    """Round 18: a name's words with a version number ("final2", "v2"): name words a user says."""
    return frozenset(k for k in _raw_name_stems(name) if re.search(r"[a-z]\d|\d[a-z]", k))


@functools.lru_cache(maxsize=20_000)
def _versioned_and_type(name: str) -> frozenset[str]:
    """_versioned and the file type ("mkv": "the mkv clip")."""
    return _versioned(name) | ({name.lower().rsplit(".", 1)[-1]} if "." in name else set())


# round 19: slow motion is written many ways in file names and requests ("slo-mo", "slowmo", "slow motion"): one key, so
# "the slowmo one" with two slow-motion files names both (and asks), not the one whose name spells it the same way
_SLOWMO = re.compile(r"\bslo(?:w)?[-_ ]?mo(?:tion)?\b|\bslow[-_ ]motion\b|(?<=[a-z])slo(?:w)?[-_]?mo\b", re.IGNORECASE)


def _slowmo_said(text: str) -> str:
    """``text`` with each way of writing slow motion as "slowmo" padded to the same length (positions kept)."""
    def one(m: re.Match) -> str:
        if len(m.group(0)) < 6 or re.search(r"\b(?:in|into|to|at|as|go|goes|be|make it|put it in|play it in|with)\s+$", text[:m.start()]):
            return m.group(0)  # "play the drone shot in slow motion": the edit, not a name
        return "slowmo".ljust(len(m.group(0)))

    return _SLOWMO.sub(one, text)


@functools.lru_cache(maxsize=20_000)
def _keys(name: str, tags: tuple[str, ...]) -> frozenset[str]:
    """Cached per name and tags: a 1,000-media project is read on every turn."""
    keys = {stem(w) for w in name_words(name)} - _ROLE_WORDS  # "my voice" is not camera_review_voice.wav
    if _SLOWMO.search(name):
        keys |= {"slowmo"}
    for tag in tags:
        keys |= {stem(w) for w in name_words(tag)} - _ROLE_TAGS
    return frozenset(k for k in keys if len(k) >= 3 or k.isdigit())


@functools.lru_cache(maxsize=20_000)
def camera_prefix(name: str) -> str | None:
    """'GX010455.MP4' -> 'gx', 'DJI_0107.MP4' -> 'dji': the letters a camera puts before its file
    number. People say "the GX clip" or "the DJI footage"; several files with one prefix tie (ask)."""
    match = re.match(r"([a-z]{2,5})[_-]?\d{3,}", name.lower())
    if match is None or match.group(1) in _NOT_PREFIXES or match.group(1) in STOP:
        return None
    return match.group(1)


@functools.lru_cache(maxsize=20_000)
def _plain_name(name: str) -> str:
    return re.sub(r"\.[a-z0-9]{2,4}$", "", name.lower())


def media_profile(asset: MediaAsset) -> str:
    """The text a media is compared with by meaning: name words, description, tags, the start of its transcript."""
    return _profile(asset.name, asset.description, tuple(asset.tags), tuple(seg.text for seg in asset.transcript[:6]))


@functools.lru_cache(maxsize=20_000)
def _profile(name: str, description: str, tags: tuple[str, ...], spoken_start: tuple[str, ...]) -> str:
    """Cached per name, description, tags and first sentences: a 1,000-media project is read on every turn."""
    spoken = " ".join(" ".join(spoken_start).split()[:40])  # "the clip about the camera"
    parts = [" ".join(name_words(name)), description, " ".join(tags), spoken]
    if _SLOWMO.search(name) or _SLOWMO.search(description):
        parts.append("slowmo")  # round 19: one word for slow motion however it is written
    return ". ".join(p for p in parts if p)


def own_words(asset: MediaAsset) -> str:
    """What a media is, in words: its name words, description and tags (not what is said in it)."""
    return _own(asset.name, asset.description, tuple(asset.tags))


@functools.lru_cache(maxsize=20_000)
def _own(name: str, description: str, tags: tuple[str, ...]) -> str:
    return ". ".join(p for p in (" ".join(name_words(name)), description, " ".join(tags)) if p)


def _stem_positions(text: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for match in re.finditer(r"[a-z0-9]+", text):
        out.setdefault(stem(match.group(0)), match.start())
    return out


_DEGREE = re.compile(r"\b(?:a|one) (?:bit|little|touch|tad|lot|smidge)\b|\bbit (?:more|less|louder|quieter|longer|shorter)\b"
                     r"|\b(?:on|off)[- ]screen\b(?! (?:recording|rec|capture|grab|record)s?\b)")  # 11b: "4 secs on screen" is visible


def _order_words_only(text: str, matched: set[str]) -> bool:
    """Every name word matched is "before"/"after" and each is said as a preposition ("come before the tube
    photo", "after it"), not as a describing word ("the before pair photo", "the after one")."""
    if not matched <= {"before", "after"}:
        return False
    return all(re.search(rf"\b{w}\b", text) and not re.search(rf"\b{w}\b(?! (?:the|my|that|this|those|these|it|them|a|an|"
                                                             rf"i|we|you|he|she|they|\d))", text) for w in matched)


def _lexical(ctx: Ctx, text: str) -> list[Mention]:
    # "a bit loud" says how much, it does not name "drill bit closeup.MOV" (blanked, positions kept)
    text = _DEGREE.sub(lambda m: " " * len(m.group(0)), text)
    text = _slowmo_said(text)
    found = _stem_positions(text)
    said = set(found)
    numbers = {m.group(1): m.start(1) for m in _NUMBER.finditer(text)}
    mentions: list[tuple[frozenset[str], Mention]] = []
    for asset in ctx.project.media.values():
        matched = _keys(asset.name, tuple(asset.tags)) & said
        # round 18: "the FINAL2 clip", "the v2 one": a name's word with its version number is a name word too
        matched |= _versioned(asset.name) & said
        matched = {k for k in matched if k not in negated(asset.name) or said_negated(text, k)}  # "no drip"
        # round 18: "the vid kwame took" does not name VID_20260412_..._012.mp4 (nor "the video" video_2026-...mp4):
        # a kind noun a camera or app writes into its names names a file only with the number after it
        matched = {k for k in matched if k not in _KIND_KEYS or re.search(rf"\b{k}(?:[_-]| ?\d)", text)}
        full = _plain_name(asset.name)
        if full in text and re.search(rf"\b{re.escape(full)}\b", text) and not _longer_name_said(ctx, full, text):
            matched |= {"\x00full"}
        # round 19: "the copy one", "the final one": a word file managers add, said to pick that twin of a name
        matched |= {f"\x00{w}" for w in _TWIN_WORDS & set(re.findall(r"[a-z]+", full))
                    if re.search(rf"\bthe {w} (?:one|clip|version|file|take)\b", text)}
        tails = _number_tails(asset, numbers) if not matched else {}
        tails |= number_parts(asset, said_numbers(text))  # round 16: "the 092741 one" is PXL_..._092741118
        if tails:  # round 10: "gx 457" is GX010457: the end of a file's number, said without its zeros
            matched |= set(tails)
            found.update(tails)
        if verb_not_name(text, matched, found, len(_keys(asset.name, ()))):
            continue  # round 10b (names): "cut the last 3 s" does not name "cut fabric.jpg"
        if matched and _order_words_only(text, matched):
            continue  # round 11b: "come before the tube photo" does not name before_pair.JPG
        if device_as_verb(text, matched, camera_prefix(asset.name), found):
            continue  # round 11: "slow zoom in on ..." does not name the Zoom recorder's ZOOM0007_Tr1.wav
        if matched and not matched <= _PARTICLES | _GENERIC | _ADVERBS:  # "2 s off the end" does not name wheel_off.mp4
            pos = min(found.get(k, text.find(full)) for k in matched)
            mentions.append((frozenset(matched), Mention(asset, len(matched), pos, "name")))
    if not mentions:  # "the GX clip": only the camera's prefix is said (a name or number said wins over it)
        for asset in ctx.project.media.values():
            prefix = camera_prefix(asset.name)
            if prefix is not None and prefix in found and not re.search(rf"\b{prefix}[_ -]?\d", text) \
                    and (prefix not in _KIND_KEYS or re.search(rf"\b{prefix}[_-]", text)):  # r18: "the vid kwame took": no VID_ file
                # "IMG_4480" names one file: when that file is not here, no other IMG_ file is it
                mentions.append((frozenset({prefix}), Mention(asset, 1, found[prefix], "name")))
    # "the pancake flip" names flip_pancake.mp4, not pancake_stack.jpg: drop strict subsets
    distinct = {keys for keys, _ in mentions}
    beaten = {keys for keys in distinct if any(keys < other for other in distinct)}
    kept = [m for keys, m in mentions if keys not in beaten]
    return kept + _compound_heads(ctx, kept, [keys for keys, _ in mentions if keys not in beaten])


def _camera_of_described(mentions: list[Mention]) -> list[Mention]:
    """Camera mentions dropped when, just before in the same phrase, a media of that camera was named by what it
    shows ("straight wheel dji clip": the DJI file running straight, not every DJI file)."""
    described = [m for m in mentions if m.how in ("description", "name")]
    if not described:
        return mentions
    kept = []
    for m in mentions:
        prefix = camera_prefix(m.asset.name) if m.how == "camera" else None
        if prefix and any(d.asset.id != m.asset.id and camera_prefix(d.asset.name) == prefix and 0 <= m.position - d.position <= 30
                          for d in described):
            continue
        kept.append(m)
    return kept


def _heads(word: str, name_word: str) -> bool:
    """``word`` is the head of the compound ``name_word`` ("screen" of "screenshot"), not the word itself."""
    return name_word != word and name_word.startswith(word) and len(name_word) - len(word) >= 3


def _compound_said(text: str, assets: list[MediaAsset]) -> set[str]:
    """Stems of said words that head a compound name word of one of ``assets`` ("screen" of "screenshot")."""
    said = {stem(w): w for w in re.findall(r"[a-z]+", text) if len(w) >= 4}
    names = [re.findall(r"[a-z]+", a.name.lower()) for a in assets]
    return {k for k, w in said.items() if any(_heads(w, n) for words in names for n in words)}


def _compound_heads(ctx: Ctx, kept: list[Mention], keys: list[frozenset[str]]) -> list[Mention]:
    """Round 20: "the screen one" with "Screen Recording ....mov" and "Screenshot ....png": one word that is the
    head of another media's compound name word names that media as much (the caller asks between them)."""
    if len(kept) != 1 or len(keys[0]) != 1:
        return []
    (key,) = keys[0]
    if len(key) < 4 or key.startswith("\x00") or key.isdigit():
        return []
    mention = kept[0]
    return [Mention(asset, mention.score, mention.position, "name") for asset in ctx.project.media.values()
            if asset.id != mention.asset.id
            and any(_heads(key, w) for w in re.findall(r"[a-z]+", asset.name.lower()))]


_TWIN_WORDS = frozenset("copy final old new original edited export raw".split())


def _longer_name_said(ctx: Ctx, full: str, text: str) -> bool:
    """Another media's whole name, said, holds this one ("sponge wipe copy" holds "sponge wipe"): that one is named."""
    return any(other != full and full in other and re.search(rf"\b{re.escape(other)}\b", text)
               for other in (_plain_name(a.name) for a in ctx.project.media.values()))


# A number of three or more digits that is not a time, a level or a count ("457", not "120 seconds").
_NUMBER = re.compile(r"(?<![\d.:])(\d{3,})(?![\d.:])(?! ?(?:s|secs?|seconds?|ms|mins?|minutes?|db|%|x|fps|frames?|px|p)\b)")


def _number_tails(asset: MediaAsset, numbers: dict[str, int]) -> dict[str, int]:
    """{file-name number: where it was said} for numbers said that end a number of the file's name."""
    out = {}
    for key in _keys(asset.name, tuple(asset.tags)):
        if key.isdigit():
            for said, position in numbers.items():
                if key != said and key.endswith(said):
                    out[key] = position
    return out


def _shown_better(ctx: Ctx, text: str, mentions: list[Mention]) -> list[Mention]:
    """The first media named by file name, replaced by one whose own words hold more of the naming
    phrase ("the dripping tap closeup": the clip described so, not "tap running no drip.mov")."""
    named = [m for m in mentions if m.how == "name"]
    if not named:
        return mentions
    first = min(m.position for m in named)
    named = [m for m in named if m.position == first]
    better = outdescribed(text, named, list(ctx.project.media.values()), own_words)
    if better is None:
        return mentions
    gone = {m.asset.id for m in named}
    return [m for m in mentions if m.asset.id not in gone] + [Mention(better, 1.0, first, "description")]


def _roles(ctx: Ctx, text: str) -> list[Mention]:
    out: list[Mention] = []
    for role, pattern in ROLE_PHRASES.items():
        match = re.search(pattern, text)
        if not match:
            continue
        seen: dict[str, MediaAsset] = {}
        tracks = ctx.project.tracks_by_role(role)
        if role == "voice" and not tracks:  # "the voice" with no voice track: the talk on the main track
            tracks = ctx.project.tracks_by_role("main")
        for track in tracks:
            for clip in sorted(track.clips, key=lambda c: c.start):
                asset = ctx.project.media.get(clip.media_id) if clip.media_id else None
                if asset is not None:
                    seen.setdefault(asset.id, asset)
        found = list(seen.values())
        if role in ("main", "voice"):  # the talk is the media people speak in, placed or still in the bin
            found = [a for a in found if a.words or a.transcript] or _speakers(ctx) or found
        out += [Mention(asset, 0.5, match.start(), "role") for asset in found]
    return out


def _speakers(ctx: Ctx) -> list[MediaAsset]:
    """Media with speech in them, pictures first: what "the talk" or "the interview" is before it is placed.
    Two takes with speech are both returned, and the caller asks which one."""
    spoken = [a for a in ctx.project.media.values() if a.words or a.transcript]
    with_pictures = [a for a in spoken if a.kind == "video"]
    return with_pictures or spoken


def _ordinal_described(words: list[str], pool) -> bool:
    """Round 10: "the first screw footage" names the clip described as "driving the first screw", when
    "first" is how its description says which (words in order, each within three words of the last),
    not a position ("the first clip": no other word)."""
    content = [w for w in words if w not in STOP]
    if not pool or not content or all(w in _NOT_NAMES for w in content):
        return False
    for asset in pool:
        said = re.findall(r"[a-z0-9']+", own_words(asset).lower())
        for start in (i for i, w in enumerate(said) if w == content[0]):
            at, ok = start, True
            for word in content[1:]:
                nxt = next((j for j in range(at + 1, min(len(said), at + 4)) if stem(said[j]) == stem(word)), None)
                if nxt is None:
                    ok = False
                    break
                at = nxt
            if ok:
                return True
    return False


def _by_ordinal(phrase: str, position: int, pool: list[MediaAsset]) -> list[Mention]:
    """Media whose description says the phrase's ordinal with its noun ("the first screw"); [] when none does."""
    words = phrase.split()
    if not any(w in _NOT_NAMES for w in words):
        return []
    return [Mention(a, 1.0, position, "description") for a in pool if _ordinal_described(words, [a])]


def reference_phrases(text: str, pool=None) -> list[tuple[str, int]]:
    """'the drone shot' -> ('drone', position): phrases that name a clip by what it shows.
    A kind of shot is a name on its own too ("the aerials", "the close-up", "the timelapse")."""
    out = []
    for match in _SHOT_NOUN.finditer(text):
        if not re.match(rf"\s+{REF_NOUN}\b", text[match.end():]):
            out.append((match.group(1), match.start()))
    for match in _OF.finditer(text):  # "a shot of the canal", "the footage of my kitchen"
        words = [w for w in match.group(1).split() if w not in STOP and w not in _NOT_NAMES]
        if words:
            out.append((" ".join(words), match.start()))
    for match in _REF.finditer(text):
        words = match.group(1).split()
        if (any(w in _NOT_NAMES for w in words) or any(w in STOP for w in words)) and not _ordinal_described(words, pool):
            continue  # "the same for the video", "the first clip": not a name
        phrase = [w for w in words if not re.fullmatch(r"c\d+|m\d+|\d+", w)]
        if phrase and all(w in _ADVERBS for w in phrase):
            continue  # round 16: "the again at 1:00" (a rewrite of "again at 1:00") names no file
        if phrase:
            out.append((" ".join(phrase), match.start()))
    return out


def _shot_words(text: str) -> set[str]:
    """The kinds of shot (SHOT_TYPES keys) a text names: "the aerial footage" -> {"aerial"}."""
    text = re.sub(r"\b(close|slow|time|top|flat|screen|bird'?s?|first|action) (up|ups|mo|motion|lapse|down|lay|recording|capture|eye|person|cam)\b",
                  r"\1-\2", text.lower())
    text = text.replace("slow-motion", "slowmo").replace("close-ups", "closeup").replace("bird-eye", "bird's-eye")
    found = set()
    for word in re.findall(r"[a-z0-9'-]+", text):
        found |= {kind for kind, words in SHOT_TYPES.items() if word in words}
    return found


def _media_shot_words(asset: MediaAsset) -> set[str]:
    raw = re.sub(r"\.[A-Za-z0-9]{2,4}$", "", asset.name)
    words = " ".join([*re.split(r"[_\W]+", raw), *name_words(asset.name), asset.description, *asset.tags])
    return _shot_words(words)


def _without_shot_words(phrase: str) -> str:
    """"overhead market" -> "market" when no media is an overhead shot: the rest still names one."""
    rest = [w for w in phrase.split() if not _shot_words(w)]
    return " ".join(rest) if rest and len(rest) < len(phrase.split()) else phrase


def _only_shot_words(phrase: str) -> bool:
    """Round 10: "the drone shot", "the timelapse": a kind of shot and nothing else. No media of that kind
    means nothing here is called that (ask), never the media nearest in meaning to the word."""
    words = phrase.split()
    return bool(words) and all(_shot_words(w) for w in words)


def _by_shot_type(phrase: str, position: int, pool: list[MediaAsset]) -> list[Mention]:
    """Media whose name, description or tags say the same kind of shot as the phrase."""
    kinds = _shot_words(phrase)
    if not kinds:
        return []
    found = [a for a in pool if _media_shot_words(a) & kinds]
    rest = _without_shot_words(phrase)
    if rest != phrase:  # round 9: "the screwdriver close up" is a close-up of a screwdriver, not any close-up
        found = best_described(stems(rest), found, own_words)
    return [Mention(asset, 1.0, position, "shot type") for asset in found]


def _by_meaning(ctx: Ctx, phrase: str, position: int, pool: list[MediaAsset]) -> list[Mention]:
    if not pool:
        return []
    scores = similarity(phrase, [media_profile(a) for a in pool])
    ranked = sorted(zip(scores, range(len(pool))), reverse=True)
    # a sub-word embedding also rates spelling ("chain lube" ~ "inner tube"): the best few are scored
    # again without profile words one letter from a word of the phrase (a typo was fixed before this)
    ranked = sorted([(unspelled(phrase, media_profile(pool[i]), s), i) for s, i in ranked[:3]] + ranked[3:], reverse=True)
    best = ranked[0][0]
    if best < SEMANTIC_MIN:
        return []
    return [Mention(pool[i], s, position, "meaning") for s, i in ranked if best - s <= SEMANTIC_TIE]


def media_mentions(ctx: Ctx, text: str | None = None, *, strict: bool = True) -> list[MediaAsset]:
    """Media named in ``text`` in order of mention. With ``strict``, a phrase such as "the drone
    shot" that names no media raises Unclear listing what there is."""
    return [m.asset for m in ranked_mentions(ctx, text, strict=strict)]


# A preposition of time before a time ("after 1:30", "before 20 seconds", "until 0:45"): never a word of a file's name
# (kept the same length so the positions of the other words stay).
@functools.lru_cache(maxsize=64)
def _unit_named(names: tuple[str, ...]) -> bool:
    """Some media's name says "second(s)"/"minute(s)" as a word and none says an amount of time ("30s intro.mp4")."""
    low = [n.lower() for n in names]
    return any(re.search(r"(?:^|[^a-z])(?:second|minute)s?(?:[^a-z]|$)", n) for n in low) \
        and not any(re.search(r"\d ?(?:s|secs?|seconds?|mins?|minutes?)\b", n) for n in low)


_AMOUNT_OF_TIME = re.compile(r"\b(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|ten|half a|a few|a couple of|a split|another|an extra) ?"
                             r"(?:seconds?|secs?|s|minutes?|mins?|frames?)\b")
_TIME_PREPOSITION = re.compile(r"\b(?:after|before|until|till|since)(?=\s+(?:about |around |roughly )?(?:\d{1,2}:\d{2}|"
                               r"\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?)\b))")


# "at the end", "off the end of", "towards the start": a place in the video, unless a media noun follows ("the end card")
_PLACE_IN_VIDEO = re.compile(r"\b(?:at|to|till|until|near|towards?|by|before|from|off|for|in|into|over) the (?:very )?"
                             r"(?:end|start|beginning|middle)\b(?!\s+(?:card|clip|shot|photo|pic|picture|video|vid|screen|slate|"
                             r"title|frame|one|bit of (?:the )?(?:clip|video|footage)|footage|image|music|song|track|credits?|sting))")


def ranked_mentions(ctx: Ctx, text: str | None = None, *, strict: bool = True) -> list[Mention]:
    """Like media_mentions, with where and how each media was named."""
    text = ctx.text if text is None else text
    text = _TIME_PREPOSITION.sub(lambda m: "x" * len(m.group(0)), text)  # round 16: "after 1:30" is a time, not "juniper after.jpg"
    # round 24: "fade the music out at the end" names no "ends dip FINAL v2.mp4": a place in the video is no media's name
    text = _PLACE_IN_VIDEO.sub(lambda m: "x" * len(m.group(0)), text)
    # round 21: an amount of time names no media ("chop the first 2 seconds", "2 secs later" had named
    # "second_ferment_ginger_v3_FINAL.mp4"); unless a media's own name says it that way
    # (only where a media's name says "second(s)"/"minute(s)" as a word: elsewhere the blank changes how names are read)
    if _unit_named(tuple(a.name for a in ctx.project.media.values())):
        text = _AMOUNT_OF_TIME.sub(lambda m: "x" * len(m.group(0)), text)
    text = without_said_lines(text)  # round 11: "the switch price line" says a line of the talk, not a media
    from editor_app.planner.title_words import without_title_text

    text = without_title_text(text)  # round 13: 'a caption that says "fire risk"': a title's words name no media
    mentions: list[Mention] = []
    for media_id in dict.fromkeys(re.findall(r"\bm\d+\b", text)):
        asset = ctx.project.media.get(media_id)
        if asset is None:
            raise Unclear(f"There is no media {media_id} in this project.")
        mentions.append(Mention(asset, 9, text.find(media_id), "id"))
    if strict:
        from editor_app.planner.file_numbers import unknown_spoken_version, unknown_version

        unknown_version(ctx, text)  # round 18: "bearings_final_FINAL3" is not bearings_final_FINAL2.mov
        from editor_app.planner.file_numbers import unknown_copy

        unknown_copy(ctx, text)  # round 19: "mixing the grout (2).mp4" is not "mixing the grout (1).mp4"
        from editor_app.planner.file_numbers import unknown_file_name

        unknown_file_name(ctx, text)  # round 20: "GX010045.MP4 over the intro": a file written out that is not here
        unknown_spoken_version(ctx, text)  # round 18: "feeling for the burr v2" is not "feeling for the burr FINAL.mov"
    mentions += _lexical(ctx, text)
    mentions += _by_extension(ctx, text, mentions)  # round 18: "the mkv", "the .png file": the one file of that type
    mentions += _cameras(ctx, text, mentions, strict)  # round 9: "the pixel video", "the gopro footage"
    mentions = _camera_described(ctx, text, mentions)  # round 11b: "gopro midsole scrub": not magicEraserMidsole
    mentions = _camera_narrowed(text, mentions)  # round 19: "the osmo wide of the bathroom": the DJI file described so
    from editor_app.planner.media_order import camera_ordinal

    from editor_app.planner.media_camera_kind import camera_kind

    mentions = camera_kind(text, mentions, strict)  # round 13: "the iphone video" is not the iPhone's one photo
    mentions = camera_ordinal(ctx, text, mentions)  # round 13: "the second pixel clip": the files in name order
    from editor_app.planner.other_unplaced import other_unplaced

    mentions = other_unplaced(ctx, text, mentions)  # round 16: "the other gopro clip": the one not placed yet
    mentions = _shown_better(ctx, text, mentions)
    mentions = _camera_of_described(mentions)  # round 20: "straight wheel dji clip": the DJI file described so
    matched_stems = set().union(*(media_keys(m.asset) for m in mentions)) if mentions else set()
    matched_stems |= {stem(w) for w, _ in cameras_said(text)}
    full_names = {_plain_name(m.asset.name) for m in mentions}
    # round 22: "the photo of the knife 5 seconds before the end": an amount of time is no word of a described media
    # (round 21 blanked it only where a media's name says "second"/"minute", and the description stopped matching)
    for phrase, position in _phrases_without_amounts(text, list(ctx.project.media.values())):
        if any(w in full_names for w in phrase.split()):
            continue  # "the gx010241 clip": named by its file name already
        inside = [m for m in mentions if m.how == "name" and position <= m.position < position + len(phrase) + 5]
        if inside and all(_named_in_part(phrase, m.asset) for m in inside):
            mentions = [m for m in mentions if m not in inside]  # round 12: "the glue gun clip" is no "staple gun.wav"
            # no other media is looked for by the rest of the words ("the coffee bag photo" is no "ground coffee" clip)
            if strict:
                have = ", ".join(sorted(a.name for a in ctx.project.media.values())) or "none"
                raise Unclear(f"I can't find anything called \"{phrase}\" in this project (media: {have}). "
                              "Which one do you mean?")
            continue
        if stems(phrase) & matched_stems or any(re.search(p, f"the {phrase}") or re.search(p, f"the {phrase} clip") for p in ROLE_PHRASES.values()):
            continue  # "the talking head footage", "the music clip": a role, read by _roles
        kinds, hard = kinds_said(text, position)  # round 9: "the unclip footage" is no sound effect
        pool = [a for a in ctx.project.media.values() if not clashes(a, kinds, hard)]
        if _unheld_modifier(phrase, list(ctx.project.media.values())) \
                or _shows_what_none_shows(_without_shot_words(phrase), list(ctx.project.media.values())):
            found: list[Mention] = []  # round 11b: "the suede brush close up": no media is of a suede brush
        else:
            found = (_by_shot_type(phrase, position, pool) or _by_ordinal(phrase, position, pool)
                     or _by_description(_without_shot_words(phrase), position, pool)
                     or _by_related(_without_shot_words(phrase), position, pool)  # "the lube clip": "grease"
                     or ([] if _only_shot_words(phrase) or _unheld_head(_without_shot_words(phrase), pool)
                         else _by_meaning(ctx, _without_shot_words(phrase), position, pool)))
        said = _what_it_shows(text, position) if not found and not _shot_words(phrase) else None
        if said:  # "the phone clip of me loading the camera": "phone" names nothing, what it shows does
            found = _by_description(said, position, pool) or _by_meaning(ctx, said, position, pool)
        if not found and strict:
            have = ", ".join(sorted(a.name for a in ctx.project.media.values())) or "none"
            raise Unclear(f"I can't find anything called \"{phrase}\" in this project (media: {have}). Which one do you mean?")
        mentions += found
    if not mentions:
        from editor_app.planner.ordinal_ties import ordinal_tie

        mentions += ordinal_tie(ctx, text, ranked_mentions)  # round 16: "the second paw clip" of two look-alikes
    if not mentions:
        mentions += _roles(ctx, text)
    if not mentions and not text.startswith("the "):
        mentions += _opening_name(ctx, text, strict)  # round 11: "lube clip twice as fast": "the lube clip"
    if not mentions:
        mentions += _bare_phrases(text, list(ctx.project.media.values()))
    out: dict[str, Mention] = {}
    for mention in sorted(mentions, key=lambda m: m.position):
        out.setdefault(mention.asset.id, mention)
    out = _inside_a_written_name(text, out)
    from editor_app.planner.loose_kind import with_described_pictures

    found = with_described_pictures(ctx, text, list(out.values()), own_words, Mention)  # round 16: "the cat clip"
    return _narrow_ties(text, _by_kind(ctx, text, found, strict))


# A request that opens on a media's name with no article: "lube clip twice as fast", "keycap shot at 2x".
_OPENING = re.compile(rf"^(?P<verb>[a-z]+ (?:up |down |out |off |back )?)?(?P<name>(?:[a-z0-9'&-]+ ){{1,3}}?{REF_NOUN})\b")


def _phrases_without_amounts(text: str, assets: list) -> list[tuple[str, int]]:
    """reference_phrases of ``text`` with each amount of time taken out ("the photo of the knife 5 seconds before the
    end" names "the photo of the knife"), at their positions in ``text``."""
    cuts = [(m.start(), m.end()) for m in _AMOUNT_OF_TIME.finditer(text)]
    if not cuts:
        return reference_phrases(text, assets)
    kept, marks, at, removed = [], [], 0, 0  # marks: (position in the shorter text, characters removed before it)
    for a, b in cuts:
        a = a - 1 if a > 0 and text[a - 1] == " " else a  # the space before the amount goes with it
        kept.append(text[at:a])
        removed += b - a
        marks.append((a - (removed - (b - a)), removed))
        at = b
    kept.append(text[at:])
    shorter = "".join(kept)

    def original(position: int) -> int:
        return position + max((r for p, r in marks if p <= position), default=0)

    return [(phrase, original(position)) for phrase, position in reference_phrases(shorter, assets)]


def _inside_a_written_name(text: str, found: dict[str, Mention]) -> dict[str, Mention]:
    """Round 21: "GOPR0345 is too long" also named "GP010345.MP4" by the "0345" inside the written name: a media
    named only by a part of a word that names another media as a whole is not named."""
    words = [(w.start(), w.end()) for w in re.finditer(r"[a-z0-9_.-]+", text)]
    whole = {}
    for mention in found.values():
        span = next(((a, b) for a, b in words if a <= mention.position < b), None)
        if span is not None and mention.how == "name" and mention.position == span[0] and \
                re.sub(r"\.[a-z0-9]{2,4}$", "", mention.asset.name.lower()) == re.sub(r"\.[a-z0-9]{2,4}$", "", text[span[0]:span[1]]):
            whole[span] = mention.asset.id
    if not whole:
        return found
    return {key: m for key, m in found.items()
            if not any(a < m.position < b and whole[(a, b)] != key for (a, b) in whole)}


def _opening_name(ctx: Ctx, text: str, strict: bool) -> list[Mention]:
    """Round 11: media named first with no article ("lube clip twice as fast"), or right after the verb ("make
    lube clip 2x speed"), read as "the lube clip ..."; [] when a word of the name is a command ("trim clip 3")
    or a word of position ("first clip")."""
    from editor_app.planner.missing_media import PLACING
    from editor_app.planner.said_names import EDIT_WORDS
    from editor_app.planner.vocab import VERBS

    match = _OPENING.match(text)
    if match is not None and match.group("verb") and match.group("verb").split()[0] not in VERBS | PLACING:
        match = re.match(rf"^(?P<verb>)(?P<name>(?:[a-z0-9'&-]+ ){{1,3}}?{REF_NOUN})\b", text)  # no verb: the name opens
    if match is None:
        return []
    words = match.group("name").split()[:-1]
    if any(w in VERBS or w in EDIT_WORDS or w in STOP or w in _NOT_NAMES or w in _PARTICLES or w.isdigit() for w in words):
        return []
    at = match.start("name")  # "make lube clip 2x speed" (a verb the planner put first) -> "make the lube clip ..."
    return [Mention(m.asset, m.score, max(at, m.position - 4), m.how)
            for m in ranked_mentions(ctx, text[:at] + "the " + text[at:], strict=strict)]


_EXTENSION = re.compile(r"\b(?:the|that|this|my|a|an) \.?(mkv|mp4|mov|m4v|avi|webm|jpe?g|png|gif|heic|tiff?|wav|mp3|m4a|aac|flac|ogg)"
                        r"(?: (?:file|clip|one|video|vid|photo|pic|image|recording|footage))?\b")


def _by_extension(ctx: Ctx, text: str, mentions: list[Mention]) -> list[Mention]:
    """Round 18 (lead): a file named by its type ("the mkv", "the .png file"): the one media with that extension; several
    tie (the caller asks); a file type the project has none of names nothing (the usual matching reads the words)."""
    found = _EXTENSION.search(text)
    if found is None or mentions:
        return []
    ext = found.group(1).replace("jpeg", "jpg").replace("tiff", "tif")
    files = [a for a in ctx.project.media.values()
             if a.name.lower().rsplit(".", 1)[-1].replace("jpeg", "jpg").replace("tiff", "tif") == ext]
    return [Mention(a, 1.0, found.start(1), "name") for a in files]


def _cameras(ctx: Ctx, text: str, mentions: list[Mention], strict: bool) -> list[Mention]:
    """Media named by the camera or phone that made them ("the pixel video": PXL_...); every file of that
    camera is returned (the caller narrows or asks). A camera the project has no file from asks, with
    what there is: "the GoPro footage" is never the DJI clip."""
    out: list[Mention] = []
    pool = list(ctx.project.media.values())
    named = {m.asset.id for m in mentions}
    for word, position in cameras_said(text):
        files = camera_files(word, pool)
        if re.match(r"[a-z0-9 ]{0,12}?\bscreen ?(?:recording|record|capture|grab|shot|cap)s?\b", text[position:]):
            from editor_app.planner.media_kinds import screen_capture

            # round 19: "the ipad screen recording" is the screen recording (ScreenRecording_...), not the iPad's camera
            files = [a for a in pool if screen_capture(a)] or files
        if files and not named & {a.id for a in files}:  # "the gopro GX010233 clip": the number says which
            out += [Mention(a, 1.0, position, "camera") for a in files]
        elif not files and strict and not any(word in own_words(a).lower() or _media_shot_words(a) & _shot_words(word)
                                              for a in pool):  # round 10: "drone" is a kind of shot too (a flyover)
            have = ", ".join(sorted(a.name for a in pool if a.kind != "audio")) or "none"
            raise Unclear(f"There is no {word} footage in this project (pictures: {have}). Which one do you mean?")
    return out


def _camera_described(ctx: Ctx, text: str, mentions: list[Mention]) -> list[Mention]:
    """A camera said, then words that one of its files' own words hold ("gopro midsole scrub"): those words say
    which file of the camera it is, so they do not also name another media whose file name holds one of them
    ("magicEraserMidsole.mp4"). Only words said within the camera's naming phrase (before "over/at/on ...")."""
    cams = [m for m in mentions if m.how == "camera"]
    if not cams:
        return mentions
    start = min(m.position for m in cams)
    said_first = re.search(r"\b(?:the|my|that|this|our)((?: [a-z0-9'&-]+){1,3}) $", text[:start])
    first = said_first.start(1) if said_first else start  # "the midsole gopro clip": what it shows, said first
    phrase = re.match(r"[^,;:.!?\"']*?(?= (?:over|at|on|onto|during|while|when|where|for|from|in|into|under|after|before)\b|[,;:.!?\"']|$)",
                      text[start:])
    end = start + (len(phrase.group(0)) if phrase else 0)
    files = {m.asset.id: m.asset for m in cams}
    out = []
    for mention in mentions:
        if mention.how == "name" and mention.asset.id not in files and first <= mention.position < end \
                and mention.position != start:
            said = stems(text[first:end]) & media_keys(mention.asset)
            if said and any(said <= profile_stems(own_words(a)) for a in files.values()):
                continue
        out.append(mention)
    return out


_LOOK_WORDS = frozenset("turn look become be grayscale greyscale mono monochrome sepia brighter darker warmer cooler faster "
                        "slower bigger smaller sharper softer".split())  # edits said right after a name ("grey" may describe)
_CAMERA_PHRASE_END = re.compile(r" (?:over|at|on|onto|during|while|when|where|for|from|in|into|under|after|before|to|and|then|"
                                r"should|goes|go|needs|please|pls)\b|[,;:.!?\"]")


def _camera_narrowed(text: str, mentions: list[Mention]) -> list[Mention]:
    """Round 19: the files of one camera said with words that describe one of them ("the osmo wide of the bathroom",
    "the gopro clip on the new bearings, the quiet one"): the ones whose own words hold the most of the naming phrase;
    the others drop (none holding any: all stay, and the caller asks)."""
    cams = [m for m in mentions if m.how == "camera"]
    by_position: dict[int, list[Mention]] = {}
    for m in cams:
        by_position.setdefault(m.position, []).append(m)
    dropped: set[tuple[int, str]] = set()
    for position, group in by_position.items():
        if len(group) < 2:
            continue
        tail = text[position:]
        end = _CAMERA_PHRASE_END.search(tail)
        phrase = tail[: end.start() if end else len(tail)]
        from editor_app.planner.said_names import EDIT_WORDS
        from editor_app.planner.vocab import VERBS

        words_said = phrase.split()
        verb_at = next((i for i, w in enumerate(words_said[1:], 1) if w in VERBS or w in EDIT_WORDS or w in _LOOK_WORDS), None)
        if verb_at is not None:  # "the gopro footage turn black and white", "the drone footage grayscale": the edit begins
            phrase = " ".join(words_said[:verb_at])
        head = re.search(r"\b(?:clips?|footage|shots?|videos?|vids?|ones?|recordings?|files?|pics?|photos?)\b", phrase)
        if head is not None and not re.match(r"\s+(?:of|showing|where|with|from|on|in|that|which|when)\b", phrase[head.end():]):
            phrase = phrase[: head.end()]  # after its noun, only a description ("of the cam locks") still names it
        after = re.search(r",\s*(?:the |that )?([a-z' ]+?) (?:one|clip|video|shot)\b", tail)  # ", the quiet one"
        words = stems(phrase) | (stems(after.group(1)) if after else set())
        words -= {stem(w) for w, _ in cameras_said(phrase)} | {stem(w) for w in "clip footage video vid shot one file".split()}
        best = best_described(words, [m.asset for m in group], own_words)
        if best and len(best) < len(group):
            keep = {a.id for a in best}
            dropped |= {(position, m.asset.id) for m in group if m.asset.id not in keep}
    return [m for m in mentions if m.how != "camera" or (m.position, m.asset.id) not in dropped]


def _by_kind(ctx: Ctx, text: str, mentions: list[Mention], strict: bool) -> list[Mention]:
    """Round 9: the kind a request says. A picture said strictly is never a sound ("the drill close up" is
    not drill_whirr.wav: it asks when nothing else fits); media named by the same words at the same place
    are narrowed to the kind said ("the side by side pic": the still, not the clip)."""
    by_position: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_position.setdefault(mention.position, []).append(mention)
    out: list[Mention] = []
    clashed: list[Mention] = []
    for position, group in by_position.items():
        kinds, hard = kinds_said(text, position)
        kept = [m for m in group if m.how in ("id", "role") or not clashes(m.asset, kinds, hard)]
        if not kept:  # "drip closeup" named drip_plink.wav by its word: a picture described so, if one is
            pictures = [a for a in ctx.project.media.values() if not clashes(a, kinds, hard)]
            kept = [Mention(a, 1.0, position, "description")
                    for a in best_described(naming_words(text, position), pictures, own_words)]
        if not kept:
            clashed += group
            continue
        if hard and all(m.how == "name" and kind_of(m.asset) not in kinds for m in kept):
            # round 11: "the pic of all the switches in the tray" named a *video* by one name word: a picture
            # of the kind said whose own words hold the naming words is meant ("switches ... parts tray")
            words = naming_words(text, position)
            said_kind = [a for a in ctx.project.media.values() if kind_of(a) in kinds]
            better = best_described(words, said_kind, own_words)
            if len(better) > 1 and photo_said(text, position):  # round 18: a photo, not a screenshot of the same thing
                better = [a for a in better if not screen_capture(a)] or better
            held = max(len(words & profile_stems(own_words(m.asset))) for m in kept)
            loose = all(m.score == 1 and len(media_keys(m.asset)) > 1 for m in kept)  # one word of a longer name
            if len(better) == 1 and len(words & profile_stems(own_words(better[0]))) >= held + (0 if loose else 1):
                kept = [Mention(better[0], 1.0, position, "description")]
        elif hard and kinds == {"image"} and all(m.how == "description" and kind_of(m.asset) != "image" for m in kept):
            # round 15: "the finished hat photo" found a *video* described "blocking the finished hat": a photo was
            # said, so the one still whose own words hold some of the naming words is meant, when there is one
            words = naming_words(text, position)
            stills = [a for a in ctx.project.media.values() if kind_of(a) == "image"]
            better = [a for a in best_described(words, stills, own_words) if words & profile_stems(own_words(a))]
            if len(better) != 1:  # round 16: the whole phrase, synonyms too ("the finished uke photo": "ukulele")
                from editor_app.planner.still_said import still_said

                one = still_said(text, position, [m.asset for m in kept], stills, own_words)
                better = [one] if one is not None else better
            if len(better) == 1:
                kept = [Mention(better[0], 1.0, position, "description")]
        if len(kept) > 1:
            chosen = fitting([m.asset for m in kept], kinds)
            kept = [m for m in kept if m.asset in chosen]
        out += kept
    if clashed and not out and strict:  # only a sound answers a phrase naming a picture: ask
        what = " or ".join(f"{m.asset.name} (a sound)" for m in clashed)
        have = ", ".join(sorted(a.name for a in ctx.project.media.values() if a.kind != "audio")) or "none"
        raise Unclear(f"I can't find a picture called that: {what} is not one (pictures: {have}). Which one do you mean?")
    return out


_SHOWS = re.compile(rf"^(?:the|my|that|this|our|a|an) (?:[a-z0-9'&-]+ ){{1,3}}{REF_NOUN} (?:of|showing|with) (?:me |us |him |her |them |the |my |our |a )?"
                    r"((?:[a-z'-]+ ){0,3}[a-z'-]+?)(?= (?:over|at|on|in|into|onto|from|to|for|during|while|when|where|and|as|"
                    r"under|before|after|behind)\b|[,?.!]|$)")


def _what_it_shows(text: str, position: int) -> str | None:
    """The words after "<name> clip of ..." at ``position``: what the clip shows, when its name matched nothing."""
    match = _SHOWS.match(text[position:])
    if match is None:
        return None
    words = [w for w in match.group(1).split() if w not in STOP]
    return " ".join(words) or None


def _by_description(phrase: str, position: int, pool: list[MediaAsset]) -> list[Mention]:
    """Media whose own words (description, tags, name words; not what is said in them) hold the phrase's words: "the
    recall clip" is every clip described as recall practice (two of them: the caller asks). Round 11: the last word
    of a phrase of several is what it names ("the string gauge chart": a chart); when no media holds it, the words
    before it only say what that thing is of, and nothing here is called that."""
    head = _head(phrase)
    if head and not any(head & (profile_stems(own_words(a)) | _raw_name_stems(a.name)) for a in pool):
        return []
    return [Mention(a, 1.0, position, "description") for a in best_described(stems(phrase), pool, own_words)]


def _shows_what_none_shows(phrase: str, pool: list[MediaAsset]) -> bool:
    """Round 17 (lead): the phrase says a thing some media holds and an act (a verb in -ing, never an adjective) that no
    media holds, exactly or by relation: it names something the project does not have. "the lemon juicing
    footage" had placed a screenshot of a grocery order listing "2 lemons" (no file shows juicing)."""
    from editor_app.planner.unsaid import word_lexicon
    from editor_app.planner.word_kin import content_words, held_in

    lexicon = word_lexicon()
    words = [w for w in dict.fromkeys(content_words(phrase)) if stem(w) not in _KIND_WORDS]
    if lexicon is None or len(words) < 2:
        return False
    mine = [content_words(own_words(a)) for a in pool]
    said = [{stem(w) for w in re.findall(r"[a-z]+", own_words(a).lower())} for a in pool]  # every word, "clip" too

    def held(word: str) -> bool:
        bare = re.sub(r"^(?:un|re|de|dis)(?=[a-z]{4})", "", word)  # "unclipping" is about the clip the media says
        return any(stem(word) in all_of or stem(bare) in all_of for all_of in said) or any(held_in(word, own) for own in mine)

    holds = [held(w) for w in words]
    if not any(holds):
        return False  # nothing held at all: the meaning search may still find a paraphrase
    from editor_app.planner.word_kin import root

    for word, is_held in zip(words, holds):
        base = root(word)  # "juicing" -> "juic": the lexicon knows "juice"
        poses = {pos for form in dict.fromkeys((word, base, base + "e")) for _, pos in lexicon.lemmas(form)}
        if not is_held and word.endswith("ing") and poses and not poses & {"a", "s", "r"}:
            return True  # an act no media shows; a thing may be named loosely ("the jam jar clip" in a marmalade project)
    return False


_KIND_WORDS = frozenset(stem(w) for w in "footage clip shot video photo picture pic still image recording broll b-roll file "
                                         "one sound sfx screenshot screen".split())


def _head(phrase: str) -> set[str]:
    """The stems of the head noun (last content word) of a naming phrase of two content words or more, else none."""
    from editor_app.planner.media_shows import rooted

    words = [w for w in re.findall(r"[a-z0-9']+", phrase) if w not in STOP and not w.isdigit()]
    while words and words[-1] in _MADE_WITH:  # "the head cam clip": a head cam is how it was filmed, not what it shows
        words.pop()
    if len(words) >= 3 and _shot_words(" ".join(words[-2:])):  # "the suede brush close up": a close up of a brush
        words = words[:-2]
    if len(words) < 2 or _shot_words(words[-1]) or not _a_known_word(words[-1]):
        return set()
    return rooted({stem(words[-1])})


def _unheld_head(phrase: str, pool: list[MediaAsset]) -> bool:
    """Round 12b: the thing a naming phrase names (its head noun) is in no media's own words, exactly or by a relation
    of words ("the honey extractor clip" where one sound is of honeybees): a meaning close to a word *before* the head
    is no media of that thing, so nothing here is called that (the caller asks, never places the bees). Only a
    physical thing counts (WordNet): "comparison" or "view" is a way of showing what the other words name."""
    from editor_app.planner.word_kin import kin, kind_of

    head = _head(phrase)
    if not head:
        return False
    words = [w for w in re.findall(r"[a-z0-9']+", phrase) if w not in STOP and not w.isdigit() and w not in _MADE_WITH]
    word = next((w for w in reversed(words) if rooted_stem(w) & head), None)
    from editor_app.planner.unsaid import is_thing

    if word is None or not is_thing(word):
        return False  # "the swatch comparison pic": a comparison is a way of showing, not a thing no media shows
    for asset in pool:
        if head & (profile_stems(own_words(asset)) | _raw_name_stems(asset.name)):
            return False
        if any(kin(word, w) or kind_of(w, word) for w in re.findall(r"[a-z]+", own_words(asset).lower()) if len(w) > 2):
            return False  # "the maple tree clip": a maple is a tree
    return True


def rooted_stem(word: str) -> set[str]:
    """The rooted stems of one word, as _head gives them."""
    from editor_app.planner.media_shows import rooted

    return set(rooted({stem(word)}))


def _a_known_word(word: str) -> bool:
    """Whether WordNet knows ``word`` (true when it cannot be loaded): a head noun it does not know is a typo
    or a made-up name, which says nothing about what the project lacks (lead, round 11)."""
    from editor_app.planner.unsaid import word_lexicon

    lexicon = word_lexicon()
    return lexicon is None or bool(lexicon.lemmas(word))


def _naming_words(phrase: str) -> list[str]:
    """The words of a naming phrase that say what a media shows: not stop words, numbers, what filmed it, how it
    looks, kinds of shot or nouns for media."""
    return [w for w in re.findall(r"[a-z0-9']+", phrase) if w not in STOP and not w.isdigit() and w not in _MADE_WITH
            and w not in _LOOSE_MODIFIERS and not _shot_words(w) and not re.fullmatch(REF_NOUN, w)]


def _unheld_words(words: list[str], asset: MediaAsset) -> list[str]:
    """``words`` that ``asset``'s own words and file name hold neither as typed nor by stem."""
    from editor_app.planner.media_shows import rooted

    held = profile_stems(own_words(asset)) | _raw_name_stems(asset.name)
    literal = set(re.findall(r"[a-z0-9']+", f"{asset.name} {own_words(asset)}".lower()))
    # "brighter" beside "brightener": one root said two ways (five letters or more in common at the start) is held;
    # so is a compound ending in the media's word ("keyboard" for "board", "footstool" for "stool")
    return [w for w in words if w not in literal and not rooted({stem(w)}) & held
            and not any(len(os.path.commonprefix([w, o])) >= 5 or (len(o) >= 4 and w.endswith(o)) for o in literal)]


def _kin_to(words: list[str], asset: MediaAsset) -> bool:
    from editor_app.planner.word_kin import kin

    mine = re.findall(r"[a-z]+", own_words(asset).lower())
    return any(kin(w, o) for w in words for o in mine)


def _named_in_part(phrase: str, asset: MediaAsset) -> bool:
    """A file name shares one word of a naming phrase, and the phrase's other words, real words, are none of the
    media's own words, even by a relation of words ("the glue gun clip" and "staple gun.wav", "the staple remover
    footage"): the phrase names another thing, as "staple remover" is no staple. Half the words or fewer held, and
    the others physical things (WordNet), not a way of showing it ("comparison")."""
    words = _naming_words(phrase)
    if len(words) < 2:
        return False
    from editor_app.planner.unsaid import is_thing

    unheld = _unheld_words(words, asset)
    if not unheld or 2 * len(unheld) < len(words) or not all(_a_known_word(w) for w in unheld):
        return False
    # only other things count ("a staple remover"); "the filter comparison picture" is a view of the filter
    return all(is_thing(w) for w in unheld) and not _kin_to(unheld, asset)


# Describing words that say how a thing looks or how good it is: media descriptions rarely say them.
_LOOSE_MODIFIERS = frozenset("old new little big small large short long good bad nice quick slow first last other same "
                             "second third main whole full proper real actual best better worse final early late wide tight "
                             "funny cool great lovely awesome random extra spare different another".split())


# Words for who is in a picture: they say whose it is, not what kind of thing it shows.
_WHO = frozenset("her him his me my mine our us them their your you its it she he we they i".split())


def _unheld_modifier(phrase: str, media: list[MediaAsset]) -> bool:
    """The word right before the head noun of a naming phrase names a thing no media holds, exactly or by a
    relation of words, though the head is held ("the suede brush close up" where one clip shows a stiff brush):
    a brush of another kind, not this one. How-it-looks words ("old", "big", ...) and edit words don't count."""
    from editor_app.planner.media_shows import rooted
    from editor_app.planner.vocab import KEYWORDS
    from editor_app.planner.word_kin import kin

    head = _head(phrase)
    words = [w for w in re.findall(r"[a-z0-9']+", phrase) if w not in STOP and not w.isdigit()]
    while words and words[-1] in _MADE_WITH:
        words.pop()
    if len(words) >= 3 and _shot_words(" ".join(words[-2:])):
        words = words[:-2]
    if not head or len(words) < 2:
        return False
    modifier = words[-2]
    if (not modifier.isalpha() or modifier in _LOOSE_MODIFIERS or modifier in KEYWORDS or _shot_words(modifier)
            or modifier in _MADE_WITH or modifier in _WHO or cameras_said(modifier)):
        return False  # lead, round 11: "the photo of her asleep" is of someone, not of a kind of thing no media holds
    held_by = [a for a in media if head & (profile_stems(own_words(a)) | _raw_name_stems(a.name))]
    if not held_by:
        return False  # the head rule (_by_description) answers that
    wanted = rooted({stem(modifier)})
    for asset in media:
        have = profile_stems(own_words(asset)) | _raw_name_stems(asset.name)
        if wanted & have or any(kin(modifier, w) for w in re.findall(r"[a-z]+", own_words(asset).lower()) if len(w) > 2):
            return False
    return True


@functools.lru_cache(maxsize=20_000)
def _raw_name_stems(name: str) -> frozenset[str]:
    """Stems of every word of a file name, the ones name_words leaves out as noise too ("old vs new filter.jpg": old, new)."""
    return frozenset(stems(re.sub(r"[^a-z0-9]+", " ", re.sub(r"\.[a-z0-9]{2,4}$", "", name.lower()))))


# Nouns for what filmed or recorded a media: they end a naming phrase without saying what it shows.
_MADE_WITH = frozenset("cam cams camera cameras phone phones mic mics recorder webcam dashcam bodycam".split())


def _by_related(phrase: str, position: int, pool: list[MediaAsset]) -> list[Mention]:
    """Media whose own words hold the phrase's words by a relation of words (word_kin): "the polishing clip" for
    one described as buffing; read only when no media holds a word of the phrase itself."""
    return [Mention(a, 0.9, position, "related") for a in related_described(phrase, pool, own_words)]


def _bare_phrases(text: str, pool: list[MediaAsset]) -> list[Mention]:
    """Media named by a bare noun phrase ("make the rainy ride look colder"): media_ties.bare_named."""
    found, position = bare_named(text, pool, own_words)
    first = re.match(r"[a-z0-9']+", text[position:]) if position >= 0 else None
    if first is not None and first.group(0) in _ADVERBS:
        return []  # round 16: "put the again at 1:00": the phrase starts with an adverb, not with "intro again.m4a"
    return [Mention(a, 0.8, position, "phrase") for a in found]


def _described_after(text: str, position: int) -> str:
    """What the request says a media shows or where it goes, around the camera word at ``position``
    ("the hip belt gopro clip", "the gopro footage of the nails", "... where I ..."): the words that may
    tell files of one camera apart. "" when none."""
    match = re.match(r"(?:the |my |that |this |our )?\S+(?: (?:phone|camera|cam))?(?: \S+)?? (?:clip|shot|footage|video|vid|photo|"
                     r"pic|picture|image|still|recording|file|one|close[- ]?up)s?\b ?(.*)$", text[position:])
    rest = match.group(1) if match else ""
    if match is None:  # round 16 (r2): "the gopro of the old strings": the camera word is the noun itself
        match = re.match(r"(?:the |my |that |this |our )?\S+ ((?:of|showing) .*)$", text[position:])
        rest = match.group(1) if match else ""
    if match is None:  # round 11b: no media noun: "gopro midsole scrub on top of ...": what it shows runs to the place
        bare = re.match(r"\S+ ((?:[a-z'-]+ ){0,2}[a-z'-]+)(?= (?:at|to|in|over|on|from|during|under)\b)", text[position:])
        rest = f"of {bare.group(1)}" if bare else ""
    before = re.search(r"\b(?:the|my|that|this|our|those|these)((?: [a-z0-9'&-]+){1,3}) $", text[:position])
    before = before.group(1).strip() if before else ""  # "the hip belt gopro clip": what it shows, said first
    before = "" if set(before.split()) & STOP else before  # round 16: "from the talk into the gopro clip": no modifier
    opening = re.fullmatch(r"((?:[a-z'-]+ ){1,2})", text[:position])  # round 12b: "snowy drone footage over ...", no article
    if not before and opening and not set(opening.group(1).split()) & (VERBS | STOP):
        before = opening.group(1).strip()
    # round 11: "over the stabiliser bit" says where it goes, not what it shows: two iPhone clips still ask
    after = rest if re.match(r"(?:of|showing|with|where|when|while|that|which)\b", rest) and not _PLACE_CLAUSE.match(rest) else ""
    return f"{before} {after}".strip()


# "where I say ...", "while I talk about ...": a place in the talk, not what a clip shows
_PLACE_CLAUSE = re.compile(r"(?:where|when|while) (?:i|i'm|im|you|we) (?:say|said|talk|mention|explain|tell|describe|go on|"
                           r"moan|warn|list|ask|introduce|start|finish|am talking|am saying|'m talking|'m saying)")


def _narrow_ties(text: str, mentions: list[Mention]) -> list[Mention]:
    """Media named by the same words at the same place: the rest of the request may say which one
    ("the park clip where she comes running back"); otherwise all stay and the caller asks."""
    by_position: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_position.setdefault(mention.position, []).append(mention)
    dropped: set[str] = set()
    from editor_app.planner.file_numbers import written_file

    for tied in by_position.values():
        if len(tied) < 2:
            continue
        assets = [m.asset for m in tied]
        exact = written_file(text, assets)  # round 20: "PXL_20260430" is the Pixel file, not 20260430_191204.mp4
        if exact is not None:
            dropped |= {a.id for a in assets if a.id != exact.id}
            continue
        naming = set.intersection(*(set(profile_stems(media_profile(a))) for a in assets))
        naming |= _compound_said(text, assets)  # round 20: "screen" names Screenshot....png as much as Screen Recording
        said = text
        if any(m.how == "camera" for m in tied):  # round 9: "the gopro footage of the nails" says which; in
            said = _described_after(text, tied[0].position)  # "make the gopro shot slow motion" the edit does not
        chosen = pick_by_words(said, assets, media_profile, naming) if said else None
        if chosen is None and said and any(m.how == "camera" for m in tied):
            kinned = related_described(said, assets, own_words)  # round 12b: "the snowy drone clip", "fall drone footage"
            chosen = kinned[0] if len(kinned) == 1 else None
        if chosen is not None:
            dropped |= {a.id for a in assets if a.id != chosen.id}
    kept = [m for m in mentions if m.asset.id not in dropped]
    said = stems(text)
    # "the watering clip where the can pours into the old pot": "pot" describes that clip; it does not
    # also name pot_knocked_off.mp4. A later name match whose words are all in an earlier media's own words goes.
    return [m for i, m in enumerate(kept)
            if not (m.how == "name" and (words := media_keys(m.asset) & said)
                    and any(k.position < m.position and k.how != "name" and words <= profile_stems(own_words(k.asset))
                            for k in kept[:i]))]


def first_mention(mentions: list[Mention], what: str = "one") -> MediaAsset | None:
    """The first media named; Unclear when two media answer the same words equally well."""
    if not mentions:
        return None
    tied = [m for m in mentions if m.position == mentions[0].position]
    if len(tied) > 1:
        names = " or ".join(m.asset.name for m in tied)
        raise Unclear(f"Which {what} do you mean: {names}?", [f"the {m.asset.name} {what}" for m in tied])
    return mentions[0].asset

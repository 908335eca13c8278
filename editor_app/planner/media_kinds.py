"""What kind of media a request names, and which camera made it, in the words people use.

Why: people say "the pixel video" for PXL_20261115_103012345.mp4, "the gopro footage" for GX010233.MP4
and "the side by side pic" for a still when a clip shares its words. A file name only holds the
camera's prefix, and a tie of names is settled by the kind the request says: "pic/photo/picture/still"
is an image, "footage/video/clip" a video, "sfx/noise/sound effect" a sound. Nothing here knows any
project's media: the brands are how cameras and phones name files, the kinds are plain English.
"""

from __future__ import annotations

import re

from editor_app.model.project import MediaAsset

# A camera or phone said as a word -> the file-name prefixes it writes (GoPro: GOPR, GX/GH/GL, GP).
CAMERAS: dict[str, tuple[str, ...]] = {
    "pixel": ("pxl",), "gopro": ("gopr", "gx", "gh", "gl", "gp", "gs"), "dji": ("dji",), "osmo": ("dji",),
    "mavic": ("dji", "mavic"), "iphone": ("img",), "ipad": ("img",), "canon": ("mvi",), "nikon": ("dsc",),
    "android": ("vid", "pxl"), "insta360": ("vid", "insta"), "fuji": ("dscf",), "fujifilm": ("dscf",),
    "drone": ("dji", "mavic"),  # round 10: a drone's files are named by its maker (DJI_0044.MP4)
    # round 10: "the phone video" is any phone's file: a Pixel's, an iPhone's, an Android's, and a
    # Samsung's, which is named by the date and time it was taken (20261120_151130.mp4)
    "phone": ("pxl", "img", "vid"), "mobile": ("pxl", "img", "vid"),
}
# A file named by the date and time alone (20261120_151130.mp4) is how Samsung phones name them.
_PHONE_STAMP = re.compile(r"(?:19|20)\d{6}_\d{6}\b")
# Round 18 (lead): cameras and recorders whose files carry no prefix of their name, by the pattern of the names they
# write: Sony C0012.MP4 (XAVC) and DSC01234.JPG, Panasonic Lumix P1030412.MP4, Samsung 20260412_161045.mp4, Tascam
# TASCAM_0007.WAV / DR0001.WAV. Apps (OBS, Insta360 Studio, Telegram, WhatsApp, Signal, Zoom) are in media_apps.py.
NAME_PATTERNS: dict[str, re.Pattern[str]] = {
    "sony": re.compile(r"c\d{4}\.|dsc\d{4,}"),
    "lumix": re.compile(r"p\d{7}\."), "panasonic": re.compile(r"p\d{7}\."),
    "samsung": _PHONE_STAMP, "galaxy": _PHONE_STAMP,
    "tascam": re.compile(r"tascam|dr\d{4}"),
}
# round 18: the brands of NAME_PATTERNS, said before a kind noun ("the samsung vid", "the sony clip")
_BRANDS = r"sony|lumix|panasonic|samsung|galaxy|tascam"
_CAMERA = re.compile(r"\b(?:the|my|that|this|those|these|our|his|her) (go ?pro|pixel|dji|osmo|mavic|iphone|ipad|"
                     r"canon|nikon|android|insta ?360|fuji(?:film)?)\b|"
                     rf"\b(go ?pro|pixel|dji|osmo|mavic|iphone|ipad|canon|nikon|android|insta ?360|fuji(?:film)?|drone|phone|mobile|{_BRANDS})"
                     r"(?= (?:phone |cam |camera |app )?(?:clip|shot|footage|video|vid|photo|pic|picture|image|still|recording|"
                     r"rec|file|one|close[- ]?up|export|screen ?grab|capture)s?\b)|"
                     # round 10: said first, on its own: "gopro at 50% speed"
                     # round 11b: or with what it shows before the place: "gopro midsole scrub on top of ..."
                     r"^(go ?pro|pixel|dji|osmo|mavic|iphone|canon|nikon|insta ?360|fuji(?:film)?)"
                     r"(?= (?:[a-z'-]+ ){0,3}(?:at|to|in|over|on|from|during|under)\b)")

# Head nouns of a naming phrase and the kinds they say. "clip" and "shot" are loose ("the music clip",
# "a photo shot"): they only break ties; the others also rule out a media of another kind.
_IMAGE = r"pics?|photos?|pictures?|stills?|images?|snapshots?|jpe?gs?|screenshots?|photographs?"
_VIDEO = r"footage|videos?|vids?|movs?|mp4s?|recordings?|timelapses?|slow[- ]?mo"
_PICTURE = r"close[- ]?ups?|closeups?"  # a close-up is a picture, still or moving
_SOUND = r"sfx|sounds?|noises?|sound effects?|fx|whoosh"
_LOOSE = r"clips?|shots?"
_HEAD = re.compile(rf"\b(?:(?P<image>{_IMAGE})|(?P<video>{_VIDEO})|(?P<picture>{_PICTURE})|(?P<sound>{_SOUND})|"
                   rf"(?P<loose>{_LOOSE}))\b")
# Where a naming phrase ends: the place or the rest of the request begins.
_END = re.compile(r"\b(?:over|at|on|in|into|onto|from|to|for|during|while|when|where|as|under|before|after|behind|until|"
                  r"till|right|just|and|with|should|goes|go|will|can|please|roughly|around|about|near|towards?|halfway|"
                  r"\d)\b|[,?.!;'\"(]")


_OF_BEFORE = re.compile(rf"\b((?:{_IMAGE}|{_VIDEO}|{_PICTURE}|{_SOUND}|{_LOOSE})) (?:of|showing) (?:all (?:of )?)?"
                        r"(?:the |my |a |an |our |some )?"  # round 11: "the pic of all the switches"
                        # round 16 (r2): "the photo of the fixed kite", "the clip of me sanding the": a few words
                        # between "of" and the word that named a media still belong to the kind said before "of"
                        r"(?:(?!(?:over|at|on|in|into|onto|under|before|after|during|when|where|while|and|then|to|"
                        r"from|for|by|until|till)\b)[a-z0-9'-]+ ){0,3}$")


def cameras_said(text: str) -> list[tuple[str, int]]:
    """(camera word, position) for each camera or phone a request names a file by: "the gopro footage"."""
    out = []
    for match in _CAMERA.finditer(text):
        group = 1 if match.group(1) else 2 if match.group(2) else 3
        word = match.group(group).replace(" ", "")
        if word in ("phone", "mobile") and out and text[out[-1][1]:match.start(2)].count(" ") <= 1:
            continue  # "the pixel phone clip": one camera, said with its kind
        out.append((word, match.start(group)))
    return out


def camera_files(word: str, pool) -> list[MediaAsset]:
    """Media whose file name starts with a prefix the camera ``word`` writes (or that say the word)."""
    prefixes = CAMERAS.get(word, ())
    out = []
    for asset in pool:
        name = asset.name.lower()
        pattern = NAME_PATTERNS.get(word)
        if any(re.match(rf"{p}[_-]?\d", name) for p in prefixes) or re.search(rf"\b{word}\b", name) \
                or (word in ("phone", "mobile") and _PHONE_STAMP.match(name)) or (pattern and pattern.match(name)):
            out.append(asset)
    return out


def naming_words(text: str, position: int) -> set[str]:
    """Content stems of the naming phrase at ``position`` (up to where the place begins), less its
    kind nouns and direction words: "drill close up at 30" -> {"drill"}."""
    from editor_app.planner.meaning import stems
    from editor_app.planner.particles import GRAMMAR

    rest = text[position:]
    words = list(re.finditer(r"\S+", rest))
    end = next((w.start() for w in words[1:8] if _END.match(w.group(0))),
               words[min(len(words), 8) - 1].end() if words else 0)
    return set(stems(_HEAD.sub(" ", rest[:end]))) - GRAMMAR


def kinds_said(text: str, position: int) -> tuple[set[str], bool]:
    """(kinds, strict) the naming phrase at ``position`` says by its head noun: ({"image"}, True) for
    "the side by side filter pic"; ({"video"}, False) for "the vent clip" (loose); (set(), False) when
    no kind is said. The last kind noun before the place begins is the head ("clip snap sfx": a sound)."""
    rest = text[position:]
    before = _OF_BEFORE.search(text[:position])
    if before is not None:  # round 10: "the shot of the board": the kind noun comes before what it shows
        rest = before.group(1) + " " + rest
    words = list(re.finditer(r"\S+", rest))
    stop = len(rest)
    for i, w in enumerate(words[1:8], 1):
        if _END.match(w.group(0)):
            stop = w.start()
            break
    else:
        stop = words[min(len(words), 8) - 1].end() if words else 0
    heads = list(_HEAD.finditer(rest[:stop]))
    if not heads:
        return set(), False
    head = heads[-1]
    if head.group("image"):
        return {"image"}, True
    if head.group("video"):
        return {"video"}, True
    if head.group("picture"):
        return {"video", "image"}, True
    if head.group("sound"):
        return {"audio"}, True
    if head.group("loose").startswith("shot"):  # round 10: a shot is a picture, never a sound
        return {"video", "image"}, True
    return {"video"}, False


def kind_of(asset: MediaAsset) -> str:
    """"image", "video" or "audio": what a media is, as a request names it."""
    return "image" if asset.kind == "image" else "audio" if asset.kind == "audio" else "video"


def clashes(asset: MediaAsset, kinds: set[str], strict: bool) -> bool:
    """A picture said strictly rules out a sound: "the drill close up" is not drill_whirr.wav. (A video
    named "noise" may still be meant, "the fan noise" of a clip with sound: that only breaks ties.)"""
    return strict and bool(kinds) and "audio" not in kinds and kind_of(asset) == "audio"


def fitting(assets: list, kinds: set[str]) -> list:
    """The media of ``assets`` of a kind said (all of them when none is or none fits): a tie broken by kind."""
    if not kinds:
        return assets
    kept = [a for a in assets if kind_of(a) in kinds]
    return kept or assets


# round 18 (lead): a photo is taken with a camera; a screenshot is a picture of a screen. "the bearings photo" of a
# phone photo of bearings and a screenshot of an order for bearings is the photo.
_PHOTO_NOUN = re.compile(r"\b(?:photos?|photographs?|pics?|pictures?|snaps?|shots?)\b")
_SCREEN = re.compile(r"\bscreen ?shots?\b|\bscreen ?grabs?\b|\bscreen ?captures?\b|\bscreen ?recordings?\b|\bsnip\b")


def photo_said(text: str, position: int) -> bool:
    """The naming phrase at ``position`` calls the media a photo (not a screenshot or an image)."""
    phrase = re.match(r"[^,;:.!?]*", text[position:]).group(0)[:60]
    return bool(_PHOTO_NOUN.search(phrase)) and not _SCREEN.search(phrase)


def screen_capture(asset: MediaAsset) -> bool:
    """A screenshot or screen recording, by its file name (Screenshot_..., "Screen Recording ...")."""
    from editor_app.planner.meaning import name_words

    return bool(_SCREEN.search(" ".join(name_words(asset.name)).lower()) or _SCREEN.search(asset.name.lower().replace("_", " ")))

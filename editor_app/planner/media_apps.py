"""Media named by the app or camera that made them, when the file name never says the app's name.

Why: people call a file by what recorded it. A Zoom meeting saved to the cloud is named
GMT20261125-230412_Recording_1920x1080.mp4 (a local one zoom_0.mp4), an OBS Studio capture is named by
its date and time ("2026-11-30 19-22-05.mkv"), an Insta360 export VID_20261128_101530_00_012.mp4. So "the
zoom call", "the OBS capture" and "the 360 clip" matched nothing by name, or worse, "zoom" matched the
Zoom *recorder's* ZOOM0012_LR.WAV (a handheld audio recorder, not the meeting app) and "zoom" was read as
a zoom effect. Before any intent reads the text, such an app phrase is rewritten as the id of the one
media whose file name is in that app's naming scheme (or whose own words say the app); none or several
ask which
(none leaves the text as it was). Quoted text (a title's words) is left alone.
Nothing here knows any project: the patterns are how these apps name their files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor_app.model.project import MediaAsset, Project
from editor_app.planner.types import Unclear

_NOUN = r"(?:clips?|shots?|footage|videos?|vids?|recordings?|captures?|grabs?|files?|ones?|wides?|inserts?)"  # r20: "the insta wide"
_IMAGE = r"(?:photos?|pics?|pictures?|images?|stills?|screenshots?)"


@dataclass(frozen=True)
class App:
    """How a request says an app (``said``: the words to replace) and how the app names its files."""

    what: str
    said: re.Pattern
    names: tuple[re.Pattern, ...]
    own_words: re.Pattern  # a media whose description or tags say the app is its file too
    # a word which, in some media's file name, makes ``said`` ambiguous: then this reading is not used
    unless_named: str | None = None


APPS: tuple[App, ...] = (
    # a Zoom *meeting* (the app): "the zoom call", "zoom meeting recording"; "zoom" alone may be the H1n recorder
    App("Zoom meeting", re.compile(r"\bzoom (?:video )?(?:call|meeting|chat|webinar|session)s?(?: recording)?\b"),
        (re.compile(r"^gmt\d{8}-\d{6}_recording"), re.compile(r"^zoom_\d+\.(?:mp4|m4a)$")),
        re.compile(r"\bzoom (?:call|meeting)|\bvideo call\b|\bmeeting recording\b")),
    # round 16: "the zoom recording", "zoom video": a Zoom meeting's file or a Zoom recorder's take (ZOOM0031_LR.WAV);
    # the one there is, never the zoom effect ("zoom recording twice as fast" was a zoom added to it); both: ask
    App("Zoom recording", re.compile(r"\bzoom (?:recordings?|videos?|footage|clips?|files?)\b"),
        (re.compile(r"^gmt\d{8}-\d{6}_recording"), re.compile(r"^zoom_\d+\.(?:mp4|m4a)$"), re.compile(r"^zoom\d{4}")),
        re.compile(r"\bzoom (?:call|meeting)|\bvideo call\b|\bmeeting recording\b")),
    # OBS Studio: "the OBS capture", "obs recording" (files named "YYYY-MM-DD HH-MM-SS.mkv")
    App("OBS capture", re.compile(rf"\bobs(?: studio)?(?= (?:screen )?{_NOUN}\b)"),
        (re.compile(r"^\d{4}-\d{2}-\d{2}[ _]\d{2}-\d{2}-\d{2}\.(?:mkv|mp4|flv|mov|ts)$"),),
        re.compile(r"\bobs\b")),
    # Insta360: "the 360 clip", "insta360 footage", round 18: "the insta clip" ("360 degrees", "rotate 360" are not a camera)
    App("360 camera clip", re.compile(rf"\b(?:insta ?360|360|insta)(?= (?:camera |cam )?{_NOUN}\b)"),
        (re.compile(r"^(?:vid|lrv|img)_\d{8}_\d{6}_\d{2}_\d{3}\b"), re.compile(r"^insta360")),
        re.compile(r"\b(?:insta ?360|360 (?:camera|cam|degree|video))\b")),
    # round 18 (lead): files saved from messaging apps. Telegram Desktop: video_2026-04-09_19-22-41.mp4,
    # photo_..., file_...; WhatsApp on Android: VID-20260409-WA0003.mp4, IMG-...-WA0001.jpg (and "WhatsApp Video
    # 2026-..." by name); Signal: signal-2026-04-12-160311.mp4. "the signal clip" may be a file named after a signal
    # (a wifi signal, a turn signal): then the words read it, as before.
    App("Telegram file", re.compile(rf"\btelegram(?= (?:app )?{_NOUN}\b|(?: {_IMAGE})\b)"),
        (re.compile(r"^(?:video|photo|file|audio)_\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d"),), re.compile(r"\btelegram\b")),
    App("WhatsApp file", re.compile(rf"\b(?:whatsapp|whats app)(?= {_NOUN}\b|(?: {_IMAGE})\b)"),
        (re.compile(r"^(?:vid|img|aud|ptt)-\d{8}-wa\d{4}"), re.compile(r"^whatsapp (?:video|image|audio)")),
        re.compile(r"\bwhatsapp\b")),
    # round 23: Facebook Messenger saves what a person was sent as received_<long number>.mp4: "the video my cousin sent on
    # messenger", "the messenger clip"
    App("Messenger save", re.compile(rf"\b(?:(?:on|from|via|through|over|in) (?:facebook |fb )?messenger\b|messenger(?= {_NOUN}\b|(?: {_IMAGE})\b))"),
        (re.compile(r"^received_\d{10,}"),), re.compile(r"\bmessenger\b")),
    App("Signal file", re.compile(rf"\bsignal(?= (?:app )?{_NOUN}\b|(?: {_IMAGE})\b)"),
        (re.compile(r"^signal-\d{4}-\d\d-\d\d-\d{6}"),), re.compile(r"\bsignal app\b"),
        unless_named=r"signal(?![-_]\d{4})"),
    # round 20: TikTok downloads are named by the video's long number ("7368412950362211589.mp4"): "the tiktok insert",
    # "tik tok clip", dictation's "tick tock clip"
    App("TikTok download", re.compile(rf"\b(?:tiktok|tik tok|tick tock|tick-tock)(?= (?:{_NOUN}|insert|inserts|download|downloads|one)\b|(?: {_IMAGE})\b)"),
        (re.compile(r"^\d{15,20}\.(?:mp4|mov|webm)$"), re.compile(r"^tiktok")), re.compile(r"\btik ?tok\b")),
    # round 21: Facebook saves videos as FB_VID_<number>.mp4 and photos as FB_IMG_<number>.jpg: "the facebook video",
    # "the fb clip", "the facebook brewers video" (a word between: whose page it came from)
    App("Facebook download", re.compile(rf"\b(?:facebook|fb)(?:(?: [a-z]+){{0,2}})?(?= (?:{_NOUN}|download|downloads|one)\b|(?: {_IMAGE})\b)"),
        (re.compile(r"^fb_(?:vid|img)_\d+"),), re.compile(r"\b(?:facebook|fb)\b")),
    # Microsoft Teams: "the teams call", "teams meeting recording", "the teams clip" (files named
    # "<meeting title>-YYYYMMDD_HHMMSS-Meeting Recording.mp4"); "teams" alone may be sports teams in the talk
    App("Teams meeting recording",
        re.compile(rf"\b(?:ms |microsoft )?teams (?:(?:video )?(?:call|meeting|chat)s?(?: {_NOUN})?|{_NOUN})\b"),
        (re.compile(r"-\d{8}_\d{6}-meeting recording\.(?:mp4|m4a)$"),),
        re.compile(r"\b(?:ms |microsoft )?teams (?:call|meeting)\b")),
    # round 24: Instagram saves and exports: "Instagram_reel_2026-04-18.mp4", "the insta reel", "our ig story" (never the
    # Insta360's "insta clip", read above)
    App("Instagram file", re.compile(r"\b(?:instagram|insta|ig)(?= (?:reels?|story|stories|posts?)\b)|\binstagram(?= (?:clips?|videos?|vids?|ones?))"),
        (re.compile(r"^(?:instagram|insta_|ig_)"),), re.compile(r"\b(?:instagram|insta reel)\b")),
    # round 24: the Windows Camera app (a laptop's webcam) saves WIN_20260418_15_02_44_Pro.mp4: "the webcam clip",
    # "the laptop camera footage"
    App("webcam recording", re.compile(rf"\b(?:web ?cam|laptop (?:camera|cam)|windows camera)(?= {_NOUN}\b|(?: {_IMAGE})\b)"),
        (re.compile(r"^win_\d{8}_\d{2}_\d{2}_\d{2}_pro\.(?:mp4|jpg)$"),), re.compile(r"\b(?:web ?cam|laptop camera)\b")),
    # round 24: dashcams (Viofo, Garmin and the like) name a file by date, time and a counter: 2026_0321_154512_004.MP4;
    # "the dashcam clip", "dash cam footage"
    App("dashcam clip", re.compile(rf"\b(?:dash ?cam|dashboard camera|dash camera)(?= {_NOUN}\b)"),
        (re.compile(r"^\d{4}_\d{4}_\d{6}_\d{3}[a-z]?\.(?:mp4|mov|ts)$"),), re.compile(r"\bdash ?cam\b")),
    # Windows Game Bar names a capture after the window it recorded: "Google Chrome 2026-01-23 20-14-51.mp4";
    # "the chrome recording" is that file, not another file whose name happens to say "recording"
    *(App(f"{browser.title()} screen capture",
          re.compile(rf"\b(?:google |mozilla |microsoft )?{browser}(?: (?:browser|screen|window))? {_NOUN}\b"),
          (re.compile(rf"^(?:google |mozilla |microsoft )?{browser}\b.*\d{{4}}-\d{{2}}-\d{{2}} \d{{2}}-\d{{2}}-\d{{2}}"),),
          re.compile(rf"\b{browser} (?:screen )?(?:capture|recording)\b"))
      for browser in ("chrome", "firefox", "edge", "safari")),
)


def _is_app_file(app: App, asset: MediaAsset) -> bool:
    name = asset.name.lower()
    if any(p.search(name) for p in app.names):
        return True
    return bool(app.own_words.search(" ".join([asset.description or "", *asset.tags]).lower()))


def app_files(app: App, project: Project) -> list[MediaAsset]:
    """The project's media made by ``app``, by file name or by their own words."""
    return [a for a in project.media.values() if _is_app_file(app, a)]


# The app phrase says what the talk is about, not a media: "the end of the zoom meeting sentence", "where I talk
# about the zoom call". ("slow-mo on the 360 footage" names the media: "on" is no "about".)
_SAID_AFTER = re.compile(r" (?:sentences?|lines?|bits?|parts?|sections?|quotes?|mentions?|story|stories|comments?|remarks?)\b")
_SAID_BEFORE = re.compile(r"\b(?:about|mention|mentions|mentioned|mentioning|discuss|discussing) (?:the |my |our |a |that |this )?$")


def _swap_said(app: App, media_id: str, part: str) -> str:
    def swap(match: re.Match) -> str:
        if _SAID_AFTER.match(part, match.end()) or _SAID_BEFORE.search(part[:match.start()]):
            return match.group(0)
        return media_id

    return app.said.sub(swap, part)


def app_names_as_media(text: str, project: Project) -> str:
    """``text`` (normalized) with each app phrase that names exactly one media written as that media's id;
    Unclear when several media are that app's files."""
    parts = re.split(r'("[^"]*")', text)
    for app in APPS:
        if not any(app.said.search(part) for part in parts[::2]):
            continue
        if app.unless_named and any(re.search(rf"(?<![a-z]){app.unless_named}", a.name.lower()) for a in project.media.values()):
            continue
        files = app_files(app, project)
        if len(files) > 1:  # round 18: "the telegram photo" of a Telegram video and photo: the kind said decides
            files = _of_kind_said(app, parts, files)
        if len(files) > 1:  # never another file that happens to hold the app's word (ZOOM0012.WAV): ask
            names = " or ".join(a.name for a in files)
            raise Unclear(f"Which {app.what} do you mean: {names}?", [f"the {a.name} clip" for a in files])
        if not files:
            continue  # nothing of that app here: the usual matching reads the words
        parts = [part if i % 2 else _swap_said(app, files[0].id, part) for i, part in enumerate(parts)]
    return "".join(parts)


def _of_kind_said(app: App, parts: list[str], files: list[MediaAsset]) -> list[MediaAsset]:
    """The app's files of the kind its phrase says ("telegram photo": the still; "telegram vid": the video)."""
    said = next((m for part in parts[::2] for m in app.said.finditer(part)), None)
    if said is None:
        return files
    after = said.string[said.end():]
    if re.match(rf"\s+(?:app\s+)?{_IMAGE}\b", after):
        kind = "image"
    elif re.match(r"\s+(?:app\s+)?(?:videos?|vids?|footage|recordings?|clips?)\b", after):
        kind = "video"
    else:
        return files
    return [a for a in files if a.kind == kind] or files


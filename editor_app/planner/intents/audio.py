"""Audio intents: ducking, loudness normalisation, muting tracks, volume changes."""

from __future__ import annotations

import dataclasses

import math
import re

from editor_app.planner import quantities as q
from editor_app.planner.intents import num, step
from editor_app.planner.refs import clip_refs, track_ref
from editor_app.planner.types import Ctx, Match, Unclear
from editor_app.planner.vocab import DUCK_VERB

_SPEECH = r"\b(speech|speak|speaks|speaking|talk|talks|talking|voice|dialogue|someone|somebody|i'm|i am|i say|narrat\w*|words|presenter)\b"


_DUCK_VERB = re.compile(DUCK_VERB)
DUCK_DEFAULT_DB = -18


def _names_music(ctx: Ctx) -> bool:
    """The instruction names a clip of a music track by its own name ("the beat", "the ukulele")."""
    try:
        clips = clip_refs(ctx, re.split(r"\b(?:when|while|whenever|under|during|below|beneath|behind)\b", ctx.text)[0],
                          pronoun_ok=False)
    except Unclear:
        return False
    return bool(clips) and all(ctx.track_of(c).role == "music" for c in clips)


# The music as the one that does the lowering, while someone talks: "(have) the fiddle music drop down whenever
# I'm speaking", "could the song dip while I talk". Read before B-roll placement, which would take the music
# file for a picture to put "over" the talk (round 12b).
_MUSIC_YIELDS = re.compile(r"\b(?:the|my|our) (?:[\w'()-]+ ){0,3}?(?:music|song|tune|track|soundtrack)s? (?:to )?"
                           r"(?:drop|dip|go|come|fade|sink|duck|back off|get quieter|lower|quieten)(?: down| under| away| back)?\b"
                           r"[^.]*?\b(?:whenever|when|while|every time|as soon as) (?:i|i'm|i am|she|she's|he|he's|we|we're) "
                           r"(?:(?:start|starts) )?(?:speak|speaks|speaking|talk|talks|talking|say|says)\b")


def music_yields(ctx: Ctx) -> Match | None:
    """Ducking said with the music as the one lowering itself under the talk."""
    return duck_music(ctx) if _MUSIC_YIELDS.search(ctx.text) else None


def duck_music(ctx: Ctx) -> Match | None:
    t = ctx.text
    ducking = _DUCK_VERB.search(t) or re.search(r"\bside-?chain|\bauto-?duck", t)
    lowered = (
        re.search(r"\b(lower|dip|reduce|turn down|drop|bring down|quieter|softer|soften|quieten|down)\b|"  # round 16: "go softer while I talk"
                  r"\b(?:get|keep|stay|move) out of (?:the|my) way|\b(?:make|give) way\b|\bback off\b|\bstep (?:back|aside)\b", t)
        and re.search(r"\b(when|while|whenever|under|during|below|beneath|behind|every time|each time|any ?time)\b", t)
        and (re.search(_SPEECH, t) or re.search(r"\b(?:under|below|beneath|behind) (?:me|it|her|him)\b", t))  # round 11b: "dip under me"; round 19: "... under it" (the voice)
        and (re.search(r"\bmusic\b", t) or _names_music(ctx))  # "lower the beat whenever I'm talking"
    )
    if not (ducking or lowered):
        return None
    if re.search(r"\b(remove|undo|stop|no|clear)\b", t):
        return None
    args: dict = {}
    value = q.db(t)
    if value is None and re.search(r"\b(?:more|further|deeper|harder|even lower)\b", t) and ctx.memory is not None \
            and (last := ctx.memory.last_edit()) is not None:
        from editor_app.planner.followups import deeper_duck

        deeper = deeper_duck(last, bool(re.search(r"\b(bit|little|touch|tad|slightly)\b", t)))
        if deeper is not None:  # round 17 (lead): "duck it more" after ducking
            return deeper
    if value is not None:
        args["duck_db"] = num(-abs(value))
    elif re.search(r"\b(a lot|heavily|much|way down|strongly)\b", t):
        args["duck_db"] = -24
    elif re.search(r"\b(slightly|a bit|a little|gently|subtly)\b", t):
        args["duck_db"] = -6
    else:  # music under a voice is usually ducked 15-20 dB (editors' auto-ducking defaults sit there)
        args["duck_db"] = DUCK_DEFAULT_DB
    how = f" by {abs(args['duck_db']):g} dB"
    return Match([step("duck_music", args)], f"duck the music{how} under the speech")


def normalize_loudness(ctx: Ctx) -> Match | None:
    t = ctx.text
    if not re.search(r"\bnormaliz|\bloudness\b|\blufs\b|\blevel (out )?the (audio|voice|sound|levels)|\b(?:even|level|smooth) out (?:the|my) (?:(?:voice|talking|speech|audio|sound) )?(volume|levels?|audio|voice|loudness)"
                     r"|\b(?:make|get|keep) the (?:audio |sound |volume |voice )?(?:levels?|volume|loudness) (?:even|consistent|steady|"
                     r"the same|match)|\bbalance the (?:audio|levels|sound)\b", t):
        return None
    if re.search(r"\b(remove|undo|drop)\b", t):
        return None
    target_lufs = q.lufs(t)
    if target_lufs is None:
        match = re.search(r"\bto (-?\d+(?:\.\d+)?)\b", t)
        target_lufs = -abs(float(match.group(1))) if match else -16.0
    if not -70 <= target_lufs <= -5:
        raise Unclear(f"{target_lufs:g} LUFS is outside the usual range; use a value such as -16 or -14.")
    ids = re.findall(r"\bc\d+\b", t)
    if ids:
        targets = [c.id for c in clip_refs(ctx)]
    elif re.search(r"\b(music|song)\b", t):
        targets = ["music"]
    elif re.search(r"\b(everything|all|both|whole mix)\b", t):
        targets = ["voice", "music"]
    else:
        targets = ["voice"]
    steps = [step("normalize_loudness", {"target_lufs": num(target_lufs), "target": target}) for target in targets]
    return Match(steps, f"normalize the {' and '.join(targets)} to {target_lufs:g} LUFS")


def mute_track(ctx: Ctx) -> Match | None:
    t = ctx.text
    t = re.sub(r"^(?:the )?(music|voice|sound|audio|track t\d+) off$", r"turn off the \1", t)
    t = re.sub(r"^(?:please |just )?(turn|switch) (?:the |that )?(music|song|soundtrack|voice|sound|audio) (off|on)$", r"\1 \3 the \2", t)  # round 16
    # "kill the music", said alone, silences it: muting loses nothing, removing the clip would
    t = re.sub(r"^(?:just )?(?:kill|stop) (?:the |that )?(?:music|song|tune|soundtrack|background (?:music|track))"
               r"(?: (?:completely|entirely|altogether|totally|for good))?$", "mute the music", t)  # round 16: "completely"
    killed = re.match(r"^(?:just )?(?:kill|stop) (?:the |that )(?P<x>[\w' -]+?)(?: (?:completely|entirely|altogether|totally|for good))?$", t)
    if killed and not re.search(r"\d|\b(?:for|from|at|in|during|until|till|after|before|over|when|while|where)\b", killed.group("x")) \
            and _names_music(dataclasses.replace(ctx, text=f"the {killed.group('x')}")):  # a part of it ("for the last 5 s") is no name
        t = f"mute the {killed.group('x')}"  # round 16: "kill the beat completely": the music named by its own name
    match = re.search(r"\b(unmute|mute|turn off|switch off|turn on|switch on|silence (?=the|track|t\d|it\b|that\b))", t)
    if not match or re.search(r"\bsilences\b", t):
        return None
    muted = match.group(1) not in ("unmute", "turn on", "switch on")
    if match.group(1) in ("turn off", "switch off", "turn on", "switch on") and not re.search(r"\b(music|track|t\d+|voice|sound|audio)\b", t):
        return None
    track = track_ref(ctx) or _last_track(ctx) or _restated(ctx, t)
    if track is None:
        clips = clip_refs(ctx)
        if not clips:
            verb = "mute" if muted else "unmute"  # round 16: "unmute" alone was asked back as "which track should I mute?"
            raise Unclear(f"Which track should I {verb}? Say e.g. \"{verb} the music\" or \"{verb} track t3\".")
        track = ctx.track_of(clips[0])
        others = [c for c in track.clips if c not in clips]
        if others:  # round 13: "mute the gopro clip" with other B-roll on its track: that clip's sound only
            db = -100.0 if muted else 0.0
            names = ", ".join(ctx.label(c) for c in clips)
            return Match([step("set_volume", {"clip_id": c.id, "db": db}) for c in clips],
                         f"{'mute' if muted else 'unmute'} {names} (the clip's own sound; the rest of the track plays)")
    verb = "mute" if muted else "unmute"
    return Match([step("update_track", {"track_id": track.id, "muted": muted})], f"{verb} the {track.name or track.role} track ({track.id})")


_BACK_ON = re.compile(r"^(?:bring|get|put|turn|switch|have|let) (?P<x>.+?) back(?: on| in| up| again)*$|^(?P<y>.+?) back on$")


def back_on(ctx: Ctx) -> str | None:
    """"bring the music back" while the music track is muted means unmute it, not move it (round 9)."""
    found = _BACK_ON.match(ctx.text.strip(" .!?"))
    if found is None:
        return None
    said = found.group("x") or found.group("y")
    if re.search(r"\d|\b(?:to|at|where|over|earlier|later)\b", said):
        return None
    track = track_ref(ctx, said) or (_last_track(ctx) if re.fullmatch(r"it|that|them", said) else None)
    if track is None or not track.muted:
        return None
    return f"unmute {said}" if not re.fullmatch(r"it|that|them", said) else f"unmute track {track.id}"


def _it_is_audio(ctx: Ctx) -> bool:
    """"turn it down" / "bring it down a little" where "it" is a sound (the music the clause before
    complained about, a selected sound clip): a volume change, not a move."""
    if not re.search(r"^(?:turn|bring|take|knock|pull|push|nudge|put) (?:it|that|them) (?:down|up)\b", ctx.text):
        return False
    ids = list(ctx.last_clips or ctx.selection)
    found = [ctx.project.find_clip(i) for i in ids]
    return bool(found) and all(f is not None and f[0].kind == "audio" for f in found)


def _restated(ctx: Ctx, text: str):
    """Round 16: "bring the music back, unmute", "kill the music completely, mute it": a bare "(un)mute (it)" after a
    clause of the same message that set a track says that setting again; it is that track (core then drops the
    repeat), never a question about which track."""
    if not re.fullmatch(r"(?:un)?mute(?: (?:it|that|them|again|too|as well|please|then))*|silence (?:it|that)", text.strip(" .!?")):
        return None
    tracks = {found[0].id for i in ctx.last_clips if (found := ctx.project.find_clip(i)) is not None}
    return ctx.project.find_track(tracks.pop()) if len(tracks) == 1 else None


def _last_track(ctx: Ctx):
    """"unmute it" after "mute the music": the track the last edit changed, when "it" is all that is said."""
    if ctx.memory is None or not re.search(r"\b(it|that|that track|this track)\b", ctx.text):
        return None
    last = ctx.memory.last_edit()
    ids = [s["args"].get("track_id") for s in (last.steps if last else []) if s.get("tool") == "update_track"]
    track = ctx.project.find_track(ids[0]) if ids and ids[0] else None
    if track is None or (ctx.last_clips and set(ctx.last_clips) != {c.id for c in track.clips}):
        return None  # round 12: "it" may be the track's clips (planner.core reads a track edit so), not other clips
    return track


def _names_audio(ctx: Ctx) -> bool:
    """The instruction names an audio-only media ("the banjo" for banjo_stroll.mp3)."""
    from editor_app.planner.media_refs import ranked_mentions

    try:
        return any(m.asset.kind == "audio" for m in ranked_mentions(ctx, strict=False) if m.how != "role")
    except Unclear:
        return False


# "bit louder", "little quieter", "touch lower": a gentle step said without "a" (round 11)
_CLIPPED_GENTLE = re.compile(r"(?:^|\b(?:it|me|that|this|them|music|voice|talk|make|go|turn|just|only|maybe|but|now|,)\s+)"
                             r"(?:bit|little|touch|tad|smidge|hair)(?:\s+bit)?\s+(?:louder|quieter|softer|lower|higher|up|down)\b")


def level_change(t: str) -> tuple[float | None, float]:
    """(absolute dB or None, signed change in dB) a volume instruction says: "down 4 dB" -> (None, -4),
    "to -20 dB" -> (-20, 0), "a bit louder" -> (None, +3). "The same for the voice" reuses it."""
    down = re.search(r"\b(lower|quieter|softer|quieten|down|reduce|decrease|less loud|drop|cut the volume|attenuate|too loud|"
                     r"half as loud|halve)\b", t)
    share = re.search(r"\b(?:to|at) (\d+(?:\.\d+)?)\s*(?:%|percent)(?: of (?:its|the|their) (?:volume|level|loudness))?", t)
    if share and 0 < float(share.group(1)) < 100 and q.db(t) is None:
        return None, round(20 * math.log10(float(share.group(1)) / 100), 1)  # round 15: "lower the music to 20 percent": -14 dB
    value = q.db(t)
    bare = re.search(r"\bby (\d+(?:\.\d+)?)(?!\s*(?:%|percent|seconds?|s\b|x\b|times))\b", t)
    if value is None and bare and float(bare.group(1)) <= 30:
        value = float(bare.group(1))  # "lower the music by 5": a level is said in dB
    absolute = re.search(r"\b(?:to|at) (-?\d+(?:\.\d+)?)\s*db\b|\b(?:to|at) (-\d+(?:\.\d+)?)(?![\d.:]|\s*(?:%|s\b|sec|min))", t)
    if absolute:  # "to -18 dB", or "to -18": a negative level is in dB
        return float(absolute.group(1) or absolute.group(2)), 0.0
    level = re.match(r"(?:make|set|have|get|put)\b(?!.*\b(?:by|up|down|louder|quieter|softer|lower|higher|more|less)\b)"
                     r".*?(?<![\w.])(-\d+(?:\.\d+)?)\s*(?:db)?$", t)
    if level:  # round 13 (convo4): "make it -20 dB", "make the music -20": a level, not 20 dB down
        return float(level.group(1)), 0.0
    pct = q.percent(t)
    if value is not None:
        delta = abs(value)
    elif pct is not None:
        delta = abs(20 * math.log10(max(0.01, 1 - pct / 100 if down else 1 + pct / 100)))
    elif re.search(r"\bhalf as loud\b|\bhalve\b", t):
        delta = 6.0
    elif re.search(r"\b(slightly|a bit|a little|a touch|a tad|a notch|nudge|nudged|a tiny bit|a wee bit|a smidge|a hair|"
                   r"a fraction|ever so slightly|just a little)\b", t) or _CLIPPED_GENTLE.search(t):
        # round 12b: "nudge it up" is a small step by its verb
        delta = 3.0
    elif re.search(r"\b(a lot|much|way)\b", t):
        delta = 12.0
    else:
        delta = 6.0
    sign = -1 if (value is not None and value < 0) or down else 1  # "turn it down" wins over "turn"
    return None, sign * delta


def set_volume(ctx: Ctx) -> Match | None:
    t = ctx.text
    down = re.search(r"\b(lower|quieter|softer|quieten|down|reduce|decrease|less loud|drop|cut the volume|attenuate|too loud|"
                     r"half as loud|halve)\b", t)  # round 15: "make the music half as loud" was not understood
    up = re.search(r"\b(louder|raise|up|boost|increase|amplify|more volume|too quiet|pump|twice as loud)\b", t)
    from editor_app.planner.loudness_states import background_shift, loudness_state

    state = loudness_state(t)  # round 16: "make the music barely audible": a level said as a state
    shift = background_shift(t)  # round 16: "can the music be more in the background": quieter
    if not (down or up or state is not None or shift is not None or re.search(r"\b(volume|gain|db)\b|\bat \d+ ?(?:%|percent)", t)):
        return None
    # round 16: a file named by its camera name ("turn GOPR0457 up a bit", m4 by now) is turned up as "the X" is
    turned = re.search(r"\bturn\s+(?:up|down)\b|\bturn\s+(?:the|my|that|this|it|c\d+|m\d+|[a-z_-]*\d[\w-]*)\b[^,.;]*?\b(?:up|down)\s*(?:a\s+(?:bit|touch|little|notch)|"
                       r"by\s+\S+(?:\s*db)?|\d+(?:\.\d+)?\s*db|some|slightly|please)?\s*$", t)
    if re.search(r"\bupside\s+down\b", t):
        turned = None  # "turn it upside down": a rotation (intents/orientation.py)
    if not re.search(r"\b(volume|db|gain|loud|louder|quiet|quieter|softer|quieten|music|song|voice|sound|audio|speech|vocals)\b", t) \
            and not _names_audio(ctx) and not _it_is_audio(ctx) and not turned:  # round 15: "turn the talk up" is its volume
        return None  # "drop the beach clip" removes it; volume needs a word about sound (or a sound file: "lower the banjo")
    targets = _volume_targets(ctx)
    if targets is None:
        return None
    absolute, delta = (state, 0.0) if state is not None else (None, shift) if shift is not None else level_change(t)
    steps, says = [], []
    for clip in targets:
        new = absolute if absolute is not None else clip.volume_db + delta
        new = max(-100.0, min(24.0, new))
        steps.append(step("set_volume", {"clip_id": clip.id, "db": num(new)}))
        says.append(f"set {ctx.label(clip)} to {num(new):+g} dB (was {clip.volume_db:+g})")
    return Match(steps, ", ".join(says))


def _volume_targets(ctx: Ctx):
    t = ctx.text
    if re.search(r"\b(music|song)\b", t) and not re.search(r"\bc\d+\b", t):
        tracks = ctx.project.tracks_by_role("music")
        clips = [c for track in tracks for c in track.clips]
        if not clips:
            raise Unclear("There is no music on the timeline to change.")
        return clips
    clips = clip_refs(ctx)
    from editor_app.planner.absent import named_by_speech_only, unknown_thing

    if named_by_speech_only(ctx, clips):  # "turn the ladder clip down": not the talk (round 9)
        unknown_thing(ctx, found_none=True)
    if clips:
        return clips
    if re.search(r"\b(voice|speech|talk|vocals|dialogue|me|my voice)\b", t):
        main = ctx.main_track()
        return list(main.clips) if main else None
    if re.search(r"\b(volume|db|louder|quieter)\b", t):
        raise Unclear("Whose volume? Say e.g. \"turn the music down 6 dB\" or \"make the voice louder\".")
    return None

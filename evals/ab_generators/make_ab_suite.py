"""Writes ab_heldout.jsonl from the cases below; every expected time is computed from project AB's
transcript (project_ab_racket.SCRIPT through talk_project.timed_script), never typed by hand. Times a
user types in a message ("1:05", "65s", "0:01:05", "00:01:05:10", "1m5s", "one minute five",
"ninety seconds") are parsed from the same string the message uses.

    cd evals/ab_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_ab_suite.py   (writes ../ab_heldout.jsonl)

Written blind (without reading the planner, the index, the agents or any other suite's phrasing beyond
Q's format). The people typing, roughly equal shares: Kenji himself (forty-five, Seattle software
tester, deadpan, exact about tennis and vague about video: "the part where I roast Dwayne"); his son
Hiro (sixteen, edits it: Discord-terse, lowercase, "rm", "ts", "idk", bare timestamps); Kenji's mother
Michiko (seventy-four, careful non-native English, very polite, asks instead of commanding); and a
string brand's sponsorship manager (brand mention, reel shot, end card, call to action, timecodes
written 1:05 / 65s / 0:01:05, asks for things the editor may not do: square crops, QR codes).
Bound conventions (the same as suite Q): D is the fresh timeline's length as built, 5051 frames =
168.37 s (the talk file probes at 168.37 s), which check_ab_keys.py and test_project_ab.py check
against a real build.
  all fillers:   D - 0.35*n  >  after  >  D - (0.5*n + 1.8)
  one filler:    D - 0.31 > after > D - 0.61
  a phrase:      D - (len - lo)  >  after  >  D - (len + hi)   (lo/hi 0.1/0.4, or 0.05/0.25 for one short word)
  a sentence:    D - (len - 0.05)  >  after  >  D - (len + pause after + 0.35)
  one pause p:   D - (p - 1.0)  >  after  >  D - (p + 0.05)
  all pauses:    D - 3.0  >  after  >  D - (sum of every pause + 0.5)
  the retake:    removed between (to next sentence) - 0.35 and + 0.35
  start at a sentence: D - (start - (pause before - 0.05))  >  after  >  D - (start + 0.05)
  end after a sentence: end + 0.8  >  after  >  end - 0.05
Ducking is checked at -6 dB (or -9.5 for "10 dB"); the bed already sits at -18 dB.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_ab_racket import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401
except ImportError:  # from a folder holding the project file
    from project_ab_racket import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = 168.37  # the fresh timeline as built: 5051 frames / 30 (the talk file probes at 168.37 s)
PAUSE = [p for _t, p in SCRIPT]
FILL = {"um", "uh"}
NFILL = sum(w.text.lower().strip(",.") in FILL for w in WORDS)  # 10
MUSIC_DB = -18.0
RETAKE_I = 18  # the abandoned "starting knot on the crosses" sentence; 19 is the good one
LONG = [i for i, p in enumerate(PAUSE) if p >= 1.5]  # 2, 7, 12, 15, 23, 28, 30

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m15
(MAINS, CROSSES, LIVE, GOPRO_CUT, GOPRO2, MOUNT, LOOM, DISCORD, CAPCUT, CALC, TIMELAPSE, INTRO, REEL, PALM) = (
    M[i] for i in range(2, 16))

NUMBER_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def r(x: float) -> float:
    return round(x, 2)


def mmss(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


def _words_number(text: str) -> int:
    return sum(NUMBER_WORDS[p] for p in re.split(r"[\s-]+", text.strip()) if p not in ("and", "a"))


def at(text: str) -> float:
    """Seconds for a time as typed: '1:05', '0:01:05', '00:01:05:10' (30 fps), '1m5s', '1 min 5', '65s',
    '65.5 sec', '65', 'one minute five', 'ninety seconds'."""
    t = text.strip().lower()
    if re.fullmatch(r"\d+:\d\d:\d\d:\d\d", t):
        h, m, s, f = (int(x) for x in t.split(":"))
        return r(h * 3600 + m * 60 + s + f / 30)
    if re.fullmatch(r"\d+:\d\d:\d\d", t):
        h, m, s = (int(x) for x in t.split(":"))
        return float(h * 3600 + m * 60 + s)
    if re.fullmatch(r"\d+:\d\d", t):
        m, s = t.split(":")
        return float(int(m) * 60 + int(s))
    hit = re.fullmatch(r"(\d+)\s*(?:m|min|mins|minute|minutes)\s*(\d+)\s*(?:s|sec|secs)?", t)
    if hit:
        return float(int(hit.group(1)) * 60 + int(hit.group(2)))
    hit = re.fullmatch(r"([\d.]+)\s*(s|sec|secs|seconds)?", t)
    if hit:
        return float(hit.group(1))
    hit = re.fullmatch(r"([a-z -]+?) minutes? ([a-z -]+)", t)
    if hit:
        return float(_words_number(hit.group(1)) * 60 + _words_number(hit.group(2)))
    hit = re.fullmatch(r"([a-z -]+?) seconds", t)
    if hit:
        return float(_words_number(hit.group(1)))
    raise ValueError(text)


def sentence_cut(*idx: int) -> dict:
    """Bounds for cutting sentences idx (consecutive), with the pause after the last one."""
    a, b = SEG[idx[0]].start, SEG[idx[-1]].end
    length = b - a
    return {"duration_lt": r(D - (length - 0.05)), "duration_gt": r(D - (length + PAUSE[idx[-1]] + 0.35))}


def phrase(i: int, text: str) -> tuple[float, float]:
    """Start and end of the words ``text`` inside sentence i (the first place they occur)."""
    want = text.lower().split()
    words = [w for w in WORDS if SEG[i].start <= w.start <= SEG[i].end]
    norm = [w.text.lower().strip(",.'?:") for w in words]
    for k in range(len(words) - len(want) + 1):
        if norm[k:k + len(want)] == want:
            return words[k].start, words[k + len(want) - 1].end
    raise KeyError((i, text))


def phrase_cut(i: int, text: str, lo: float = 0.1, hi: float = 0.4) -> dict:
    a, b = phrase(i, text)
    return {"duration_lt": r(D - (b - a - lo)), "duration_gt": r(D - (b - a + hi))}


def phrases_cut(spots: list[tuple[int, str]], lo: float = 0.1, hi: float = 0.4) -> dict:
    total = sum(b - a for a, b in (phrase(i, t) for i, t in spots))
    n = len(spots)
    return {"duration_lt": r(D - (total - lo * n)), "duration_gt": r(D - (total + hi * n))}


def pause_cut(i: int) -> dict:
    p = PAUSE[i]
    assert p >= 1.5, i
    return {"duration_lt": r(D - (p - 1.0)), "duration_gt": r(D - (p + 0.05))}


def fillers_in(i: int, n: int) -> int:
    k = sum(w.text.lower().strip(",.") in FILL for w in WORDS if SEG[i].start <= w.start <= SEG[i].end)
    assert k == n, (i, k)
    return k


def filler_in(i: int) -> dict:
    fillers_in(i, 1)
    return ONE_FILLER


def start_at(i: int) -> dict:
    return {"duration_lt": r(D - (SEG[i].start - (PAUSE[i - 1] - 0.05))), "duration_gt": r(D - (SEG[i].start + 0.05))}


def end_after(i: int) -> dict:
    return {"duration_lt": r(SEG[i].end + 0.8), "duration_gt": r(SEG[i].end - 0.05)}


def span_cut(a: float, b: float) -> dict:
    return {"duration_near": [r(D - (b - a)), 0.1]}


FILLERS = {"duration_lt": r(D - 0.35 * NFILL), "duration_gt": r(D - (0.5 * NFILL + 1.8))}
NUM = sum(w.text.lower().strip(",.") == "um" for w in WORDS)  # 5 of the 10
UMS = {"duration_lt": r(D - 0.35 * NUM), "duration_gt": r(D - (0.5 * NUM + 1.8))}
NUH = NFILL - NUM
UHS = {"duration_lt": r(D - 0.35 * NUH), "duration_gt": r(D - (0.5 * NUH + 1.8))}
ONE_FILLER = {"duration_lt": r(D - 0.31), "duration_gt": r(D - 0.61)}
TWO_FILLERS = {"duration_lt": r(D - 0.62), "duration_gt": r(D - 1.22)}
ALL_PAUSES = sum(PAUSE)
PAUSES = {"duration_lt": r(D - 3.0), "duration_gt": r(D - (ALL_PAUSES + 0.5))}
RETAKE_LEN = SEG[RETAKE_I + 1].start - SEG[RETAKE_I].start
RETAKE = {"duration_lt": r(D - (RETAKE_LEN - 0.35)), "duration_gt": r(D - (RETAKE_LEN + 0.35))}
DUCK = -6.0
SO_YEAHS = [(1, "so yeah"), (15, "so yeah"), (33, "so yeah")]
LIKE_I_SAIDS = [(5, "like i said"), (31, "like i said")]
BASICALLYS = [(2, "basically what you wanna do"), (21, "basically what you wanna do")]


def ins(media_id: str, start: float, duration: float | None = None) -> dict:
    op = {"op": "insert_clip", "track_id": "t2", "media_id": media_id, "start": start}
    if duration is not None:
        op["duration"] = duration
    return op


def on(media: str, role: str | None = "broll", **kw) -> dict:
    spec = {"media": media} if role is None else {"role": role, "media": media}
    spec.update(kw)
    return {"clip_on_track": spec}


def over(media: str, i: int, j: int | None = None) -> dict:
    return on(media, overlaps=[SEG[i].start, SEG[j if j is not None else i].end])


def bw(media: str) -> dict:
    return {"effect": {"media": media, "type": "black_and_white"}}


def title(text: str, start: float | None = None, duration: float | None = None) -> dict:
    spec = {"text": text, "exact": True}
    if start is not None:
        spec["start"] = start
    if duration is not None:
        spec["duration"] = duration
    return {"title": spec}


CASES: list[dict] = []


def case(cid: str, message: str, expect: dict, **extra) -> None:
    CASES.append({"id": f"ab-{cid}", "message": message, "expect": expect, **extra})


UNCHANGED = {"unchanged": True}

# --- B-roll over parts named by what is said, by what the media shows, or by bits of a file name ----
case("broll-mains-feed", "the iphone shot of the weight bar doing the mains, put it over where i feed both ends through the center holes",
     over(MAINS, 9), note="only IMG_0731's description says mains; IMG_0736 is the crosses")
case("broll-mains-level", "mains tension clip over 'slide the weight along the bar'", over(MAINS, 11))
case("broll-0731-lock", "0731 over when dad says lock the clamp", over(MAINS, 12), note="Hiro typing: dad is Kenji")
case("broll-crosses-weave", "Please could you put the video of the crosses being pulled over the part where he says to weave one cross ahead.",
     over(CROSSES, 22), note="Michiko typing; IMG_0736 is the crosses one")
case("broll-0736-lower", "IMG_0736 over the fifty three pounds sentence", over(CROSSES, 23))
case("broll-crosses-sideto", "crosses tension clip (the iphone one) over 'Now the crosses, which go side to side'", over(CROSSES, 20))
case("broll-gopro-cutout", "the gopro of me cutting the old strings out goes over the first thing, um, you cut out the old strings line",
     over(GOPRO_CUT, 2))
case("broll-gx731-warp", "GX010731 over the bit about the frame warping if you cut outside in", over(GOPRO_CUT, 3))
case("broll-mount-snug", "mounting clip over 'snug the clamps down at the throat and the head'", over(MOUNT, 4))
case("broll-c0034-crush", "C0034 over the holding it not crushing it line", over(MOUNT, 5))
case("broll-loom-calc", "put the Loom recording over where I say I string at fifty five", over(LOOM, 10))
case("broll-loom-pattern", "loom msg over the sixteen by nineteen bit", over(LOOM, 6))
case("broll-discord-dwayne", "the discord clip of the doubles point over the dwayne story, the cracked frame sentence", over(DISCORD, 14))
case("broll-discord-partner", "Our doubles rally footage over 'My doubles partner Dwayne once strung his'", over(DISCORD, 13))
case("broll-capcut-ping", "the capcut slowmo of the ball over 'that sound, that ping'", over(CAPCUT, 30))
case("broll-capcut-balls", "CapCut_20260303_190512 over the very last line, go hit some balls", over(CAPCUT, 35))
case("broll-calc-fiftyfive", "the tension calculator screenshot over 'I string at fifty five pounds'", over(CALC, 10))
case("broll-calc-pattern", "Screenshot_20260303-190512 over the pattern line (sixteen mains nineteen crosses)", over(CALC, 6))
case("broll-timelapse-weave", "crosses TIMELAPSE use over the part about weaving over and under the mains", over(TIMELAPSE, 20))
case("broll-timelapse-awl", "timelapse clip over 'every few crosses you push them up straight with an awl'", over(TIMELAPSE, 24))
case("broll-intro-hey", "intro v2 (1) over the opening sentence where I say hey I'm Kenji", over(INTRO, 0))
case("broll-intro-craigslist", "the intro v2 clip over the craigslist machine line", over(INTRO, 1))
case("broll-reel-forty", "the string reel shot over where he mentions forty feet of string", over(REEL, 7),
     note="sponsor typing: the reel shot is C0037's description")
case("broll-c0037-poly", "C0037 over 'middle of the road for a poly'", over(REEL, 10))
case("broll-reel-prestretch", "the reel footage over the pre stretching sentence, the one that says ten percent", over(REEL, 27))
case("broll-palm-bounce", "palm bounce ping.mov over 'give it a bounce on your palm'", over(PALM, 29))
case("broll-palm-rad", "palm bounce clip over its honestly rad", over(PALM, 30))
case("broll-live-finish", "the live photo of the finished racket over twenty two minutes line", over(LIVE, 31))
case("broll-0732-patience", "IMG_0732 over 'that's how you restring a racket'", over(LIVE, 33))
case("broll-gx734-tails", "GX010734 over cut the tails", over(GOPRO2, 26))
case("broll-gx734-tieoff", "gx010734 over the tie off knot on the mains, the real one after he restarts",
     over(GOPRO2, 19), note="the good take of the tie-off sentence, not the abandoned one")
case("broll-mains-sixteen", "the mains iphone clip over the one main on each side alternating bit", over(MAINS, 16))
case("broll-shop-math", "live photo over 'the shop takes two days and charges you thirty dollars'", over(LIVE, 32))

# --- times and positions ---------------------------------------------------------------------------
case("time-0731-mmss", "IMG_0731 at 0:55", on(MAINS, start=at("0:55")))
case("time-0736-secs", "0736 @ 107s", on(CROSSES, start=at("107s")))
case("time-reel-hms", "Please place the string reel shot at 0:01:05.", on(REEL, start=at("0:01:05")),
     note="sponsor timecode h:mm:ss")
case("time-reel-65s", "reel shot at 65s", on(REEL, start=at("65s")))
case("time-capcut-words", "capcut clip at two minutes twenty four", on(CAPCUT, start=at("two minutes twenty four")))
case("time-gopro-bare", "gx010731 at 13", on(GOPRO_CUT, start=at("13")))
case("time-mount-min", "C0034 at 0 min 25", on(MOUNT, start=at("0 min 25")))
case("time-discord-tc", "discord clip at 00:01:08:15 (30fps)", on(DISCORD, start=at("00:01:08:15")))
case("time-timelapse-ms", "crosses TIMELAPSE use at 1m38s", on(TIMELAPSE, start=at("1m38s")))
case("time-hit-ninety", "Could you put the ball hit sound at ninety seconds, please?", on(SFX, role=None, start=at("ninety seconds")))
case("time-hit-decimal", "ball hit sfx @ 140.2 sec", on(SFX, role=None, start=at("140.2 sec")))
case("time-palm-4s", "palm bounce ping.mov at 2:20 for 4 seconds", on(PALM, start=at("2:20"), within=[at("2:20"), at("2:20") + 4.0]))
case("time-live-about", "live photo around 2:30 ish, doesnt have to be exact", on(LIVE, start=at("2:30"), tol=1.5))
case("time-calc-roughly", "screenshot of the calculator somewhere near 52 secs, close enough", on(CALC, start=at("52"), tol=1.5))
case("time-mains-2s-into", "bring the mains clip in two seconds after I start 'You feed both ends through'",
     on(MAINS, start=r(SEG[9].start + 2.0), tol=0.3))
case("time-crosses-1s-after", "crosses iphone clip 1 sec after he starts 'Weave one cross ahead'",
     on(CROSSES, start=r(SEG[22].start + 1.0), tol=0.3))
case("time-live-before-end", "IMG_0732 5 seconds before the end", on(LIVE, start=r(D - 5.0), tol=0.3))
case("time-discord-before-end", "discord clip 20s before it ends", on(DISCORD, start=r(D - 20.0), tol=0.3))
case("pos-intro-open", "open on intro v2 (1) before my face shows up", on(INTRO, start=0.0))
case("pos-live-last", "last thing people should see is the photo of the finished racket", on(LIVE, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-reel-middle", "reel shot smack in the middle of the video", on(REEL, start=r(D / 2), tol=1.5))
case("pos-hit-ping", "ball hit sound right when I say 'that ping'", on(SFX, role=None, overlaps=list(phrase(30, "that ping"))))
case("pos-hit-hitaball", "put the hit sound effect on 'even hit a ball' in the dwayne bit",
     on(SFX, role=None, overlaps=list(phrase(14, "even hit a ball"))))
case("pos-hit-playhead", "drop the ball hit sfx here where the playhead is", on(SFX, role=None, start=143.0), playhead=143.0)
case("pos-title-playhead", "text \"55 lbs\" at playhead", title("55 lbs", start=52.0), playhead=52.0)
case("pos-selected-bw", "make the highlighted one black and white", bw(CROSSES),
     setup=[ins("m2", 55.0), ins("m3", 107.0)], selection=["c4"], note="c4 is IMG_0736.MOV (setup makes c3, c4)")
case("pos-selected-slow", "selected clip half speed pls", {"speed": {"media": TIMELAPSE, "value": 0.5}},
     setup=[ins("m12", 98.0), ins("m5", 13.0)], selection=["c3"], note="c3 is crosses TIMELAPSE use.mp4")
case("pos-title-crosses", "title 'Part 2: The Crosses' right as I say \"Now the crosses\"", title("Part 2: The Crosses", start=SEG[20].start))

# --- cuts: fillers, tics, restarts, pauses, the retake, sentences, phrases, ranges ------------------
case("cut-fillers", "remove all the ums and uhs", FILLERS)
case("cut-fillers-hiro", "rm the uhs n ums", FILLERS)
case("cut-fillers-michiko", "Please kindly remove every 'um' and 'uh' sound from my son's speaking, it sounds like he is not sure.", FILLERS)
case("cut-fillers-kenji", "I say um a lot apparently. And uh. Take those out, all of them.", FILLERS)
case("cut-fillers-sponsor", "Can we clean up the verbal fillers throughout before this goes to our channel?", FILLERS)
case("cut-fillers-typo", "cut teh umms and uhhs everywhere", FILLERS)
case("cut-ums-only", "just the ums, leave the uhs", UMS)
case("cut-uhs-only", "only the uh's pls not the ums", UHS)
case("cut-um-cutout", "the um in 'first thing, um, you cut out the old strings', just that one", filler_in(2))
case("cut-uh-forty", "delete the uh after forty feet of string", filler_in(7))
case("cut-um-lock", "theres an um in the lock the clamp sentence, rm it", filler_in(12))
case("cut-um-awl", "cut the um before 'you push them up straight'", filler_in(24))
case("cut-uh-prestretch", "remove the uh right after 'now pre-stretching'", filler_in(27))
case("cut-um-wrap", "the um in the so yeah thats how you restring line", filler_in(33))
case("cut-uh-subscribe", "Please remove the small 'uh' just before 'like and subscribe'.", filler_in(34))
case("cut-fillers-knot", "both fillers in the tie off the mains sentence, the um and the uh, take them out", (fillers_in(17, 2), TWO_FILLERS)[1])
case("cut-soyeah-all", "he says 'so yeah' three times, cut every so yeah", phrases_cut(SO_YEAHS))
case("cut-soyeah-craigslist", "cut the 'so yeah' at the start of the craigslist sentence", phrase_cut(1, "so yeah"))
case("cut-likeisaid-all", "rm every 'like i said', he never actually said it before lol", phrases_cut(LIKE_I_SAIDS))
case("cut-likeisaid-minutes", "take 'like I said' out of the twenty two minutes line", phrase_cut(31, "like i said"))
case("cut-basically-all", "lose both 'basically what you wanna do's", phrases_cut(BASICALLYS))
case("cut-basically-friction", "cut 'basically what you wanna do' from the friction burn sentence, just start at pull the whole length",
     phrase_cut(21, "basically what you wanna do"))
case("cut-restart-most", "I stumble on 'most people, uh, most people', make it just say most people once",
     phrase_cut(17, "most people uh"))
case("cut-restart-the", "the mains go first, the, the mains - cut the stutter", {"duration_lt": r(D - 0.1), "duration_gt": r(D - 0.8)},
     note="one 'the' (about 0.16 s) or both repeated words; generous bounds")
case("cut-hella", "Could you remove the word 'hella'? Grandmother does not like it.", phrase_cut(0, "hella", 0.05, 0.25))
case("cut-honestly-rad", "cut 'and it's honestly rad'", phrase_cut(30, "and it's honestly rad"))
case("cut-domath", "remove 'so you do the math'", phrase_cut(32, "so you do the math"))
case("cut-defect", "cut 'and he still says it was a defect', dwayne will be mad", phrase_cut(14, "and he still says it was a defect"))
case("cut-controlwords", "snip 'because he wanted more control'", phrase_cut(13, "because he wanted more control"))
case("cut-runningshort", "drop 'but running short is the worst'", phrase_cut(7, "but running short is the worst"))
case("cut-spendy", "cut the end of the first sentence, 'because paying the shop to do it got hella spendy'",
     phrase_cut(0, "because paying the shop to do it got hella spendy"))
case("cut-sixrestrings", "remove 'and it paid for itself in like six restrings' - brand doesnt want us talking prices",
     phrase_cut(1, "and it paid for itself in like six restrings"))
case("cut-pauses", "tighten all the long pauses", PAUSES)
case("cut-pauses-hiro", "too much dead air ngl, cut the gaps", PAUSES)
case("cut-pauses-michiko", "When he is quiet for a long time between sentences, please make it shorter, all of them.", PAUSES)
case("cut-pauses-sponsor", "Pacing is slow. Please remove the long silences throughout.", PAUSES)
case("cut-pause-outward", "the silence after 'start in the middle and work outward' is forever", pause_cut(2))
case("cut-pause-worst", "gap after running short is the worst, shorten it", pause_cut(7))
case("cut-pause-nextmain", "long pause after 'while you move to the next main', tighten", pause_cut(12))
case("cut-pause-dontbe", "after 'don't be Dwayne' I just stare at the camera. Trim that pause.", pause_cut(15))
case("cut-pause-fiftyfive", "shorten the quiet part after 'I just keep it at fifty five'", pause_cut(23))
case("cut-pause-stopped", "trim the gap after 'so I stopped doing it'", pause_cut(28))
case("cut-pause-rad", "theres a big pause after rad, cut it down", pause_cut(30))
case("cut-retake", "cut the part where I mess up and redo it", RETAKE)
case("cut-retake-quote", "Remove 'no wait, that's backwards, I'm gonna redo that part' and the wrong sentence before it.", RETAKE)
case("cut-retake-starting", "the starting knot on the crosses line is wrong, he corrects it right after, cut the wrong one", RETAKE)
case("cut-retake-hiro", "rm the flubbed take before the tie off knot line", RETAKE)
case("cut-retake-michiko", "He says a mistake and then says sorry backwards. Please remove the mistake part only.", RETAKE)
case("cut-dwayne-roast", "cut the part where I roast Dwayne", sentence_cut(13, 15), note="the whole aside: 13 to 15")
case("cut-dwayne-hiro", "rm the dwayne story entirely", sentence_cut(13, 15))
case("cut-dontbe", "cut just 'So yeah, don't be Dwayne.'", sentence_cut(15))
case("cut-cracked", "take out the sentence about Dwayne cracking the frame", sentence_cut(14))
case("cut-warp", "delete the warning about the frame warping if you cut from the outside", sentence_cut(3))
case("cut-notcrushing", "cut 'Not too tight, like I said, you're holding it, not crushing it.'", sentence_cut(5))
case("cut-pattern", "remove the sixteen by nineteen sentence", sentence_cut(6))
case("cut-forty", "cut the line about how much string I cut", sentence_cut(7))
case("cut-poly", "lose the middle of the road for a poly sentence", sentence_cut(10))
case("cut-fiftythree", "Please take away the sentence where he talks of fifty three pounds.", sentence_cut(23))
case("cut-awl", "rm the awl line", sentence_cut(24))
case("cut-tails", "cut 'Cut the tails'", sentence_cut(26), note="the sentence that starts 'Cut the tails'")
case("cut-season", "cut the bit where I say I tried pre-stretching for a season and couldn't tell", sentence_cut(28))
case("cut-shop", "Remove the comparison with the shop's price and turnaround (the two days / thirty dollars line).", sentence_cut(32),
     note="sponsor; the first sentence also mentions the shop, but by price and two days only 32 fits")
case("cut-craigslist", "cut the craigslist line", sentence_cut(1))
case("cut-friction", "delete the friction burn sentence", sentence_cut(21))
case("cut-cleanknot", "take out the line about the last cross tied off at the throat", sentence_cut(25))
case("cut-range-dwayne-words", "cut from 'My doubles partner' through 'don't be Dwayne'", sentence_cut(13, 15))
case("cut-range-prestretch", "take out the whole pre-stretching bit, both sentences", sentence_cut(27, 28))
case("cut-range-shopmath", "cut from 'Start to finish' to 'do the math'", sentence_cut(31, 32))
case("cut-range-weight", "remove 'I string at fifty five pounds' and the drop weight sentence after it", sentence_cut(10, 11))
case("cut-restart-both", "cut the retake and the mess up where i say most people twice",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - (phrase(17, "most people uh")[1] - phrase(17, "most people uh")[0] - 0.1)),
      "duration_gt": r(D - (RETAKE_LEN + 0.35) - (phrase(17, "most people uh")[1] - phrase(17, "most people uh")[0] + 0.4))})
case("cut-okayso", "cut the 'Okay, so' before 'you work your way out'", phrase_cut(16, "okay so"))
case("cut-honestly", "drop 'Honestly,' from the tried it for a season line", phrase_cut(28, "honestly", 0.05, 0.25))
case("cut-range-95-98", "cut 95s-98s", span_cut(95.0, 98.0))
case("cut-intro-who", "cut the first sentence where I say who I am, people know", sentence_cut(0))
case("cut-offmachine", "cut the 'take it off the machine' line", sentence_cut(29))
case("cut-hitballs", "Please remove the last words 'Go hit some balls.'", sentence_cut(35))
case("cut-alternating", "rm the one main on each side alternating line", sentence_cut(16))
case("cut-feedboth", "delete the feed both ends through the center holes sentence", sentence_cut(9))
case("cut-range-bounce-rad", "cut from 'Take it off the machine' to 'honestly rad'", sentence_cut(29, 30))
case("cut-tenpercent", "take out 'by like ten percent'", phrase_cut(27, "by like ten percent"))
case("cut-makeitclean", "cut 'so make it clean', sounds awkward", phrase_cut(25, "so make it clean"))
case("cut-ums-michiko", "Please remove the 'um' sounds only. The 'uh' can stay.", UMS)
case("cut-pause-117", "pause around 1:17 too long", pause_cut(15), note="the pause after 'don't be Dwayne' runs 1:16.7 to 1:18.2")
case("cut-likeisaid-crushing", "take 'like I said' out of the not too tight sentence, I hadn't said it yet", phrase_cut(5, "like i said"))
case("cut-soyeah-dontbe", "just 'don't be Dwayne', no so yeah in front of it", phrase_cut(15, "so yeah"))

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first2", "chop the first 2 seconds", {"duration_near": [r(D - 2.0), 0.1]})
case("trim-tail-half", "trim like half a sec off the end", {"duration_lt": r(D - 0.3), "duration_gt": r(D - 0.8)},
     note="the last word ends 0.8 s before the end, all silence")
case("trim-range-secs", "remove 40s to 42s", span_cut(40.0, 42.0))
case("trim-range-mmss", "cut 2:05 - 2:08", span_cut(at("2:05"), at("2:08")))
case("trim-range-hms", "Please remove 0:01:20 to 0:01:23.", span_cut(at("0:01:20"), at("0:01:23")))
case("trim-start-mount", "start the video at 'Then you mount the frame'", start_at(4))
case("trim-start-hiro", "skip the craigslist intro stuff, start at first thing um you cut out", start_at(2),
     note="starts at sentence 2; the filler inside it stays")
case("trim-end-balls", "end it right after 'go hit some balls', nothing after", {"duration_lt": r(D - 0.1), "duration_gt": r(SEG[35].end - 0.05)},
     note="only a fraction of silence is after the last words")
case("trim-end-patience", "end on 'you just need some patience', drop the subscribe stuff", end_after(33))
case("trim-end-rad", "finish the video after I say its honestly rad", end_after(30))
case("trim-0731-4s", "IMG_0731 is too long make it 4 sec",
     {**on(MAINS, start=55.0, within=[55.0, 59.0]), "duration_near": [D, 0.05]}, setup=[ins("m2", 55.0)])
case("trim-discord-shorter", "Please cut 3 seconds from the doubles rally clip.",
     {**on(DISCORD, within=[67.0, 72.0]), "duration_near": [D, 0.05]}, setup=[ins("m9", 67.0)])
case("trim-reel-2s", "reel shot only needs 2 seconds", {**on(REEL, start=65.0, within=[65.0, 67.0]), "duration_near": [D, 0.05]},
     setup=[ins("m14", 65.0)])
case("move-0736-107", "move IMG_0736 to 1:47", on(CROSSES, start=at("1:47"), count=1), setup=[ins("m3", 120.0)])
case("move-mount-later", "nudge C0034 3 sec later", on(MOUNT, start=28.0, count=1), setup=[ins("m7", 25.0)])
case("move-capcut-earlier", "capcut clip needs to come in 2 seconds earlier", on(CAPCUT, start=142.0, count=1), setup=[ins("m10", 144.0)])
case("move-timelapse-sentence", "line up the timelapse with the start of 'Now the crosses'",
     on(TIMELAPSE, start=SEG[20].start, tol=0.3, count=1), setup=[ins("m12", 90.0)])
case("reorder-iphones", "wrong order, the mains clip should be before the crosses one",
     {**on(MAINS, start=100.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 107.0, "tol": 1.0}},
     setup=[ins("m3", 100.0), ins("m2", 107.0)])
case("reorder-gopros", "swap GX010731 and GX010734", {**on(GOPRO2, start=13.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 19.0, "tol": 1.0}},
     setup=[ins("m5", 13.0), ins("m6", 19.0)])
case("reorder-mount-reel", "Please show the string reel first and then the mounting of the frame.",
     {**on(REEL, start=24.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 29.0, "tol": 1.0}},
     setup=[ins("m7", 24.0), ins("m14", 30.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade-iphones", "crossfade between the two iphone clips", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m2", 100.0), ins("m3", 107.0)])
case("transition-dip-gopros", "dip to black between the gopro clips, 1 sec", {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 1.0}},
     setup=[ins("m5", 13.0), ins("m6", 19.0)])
case("transition-wipe", "wipe from C0034 into the reel shot", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m7", 24.0), ins("m14", 30.0)])
case("transition-harsh", "The change from the timelapse to the palm bounce clip is too sudden. Could it be softer please?",
     {"transition": {"role": "broll"}}, setup=[ins("m12", 98.0), ins("m15", 104.0)], note="any kind counts")
case("transition-capcut-live", "blend the capcut slowmo into the live photo", {"transition": {"role": "broll"}},
     setup=[ins("m10", 140.0), ins("m4", 145.0, 4.0)])
case("effect-fadein", "fade in from black at the top", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-3s", "3 sec fade out at the end of the video", {"effect": {"role": "main", "type": "fade_out", "duration": 3.0}})
case("effect-warm", "the kitchen light makes me look kinda green, warm up the color on me", {"effect": {"role": "main", "type": "color"}},
     note="any colour correction on the talk counts")
case("effect-bw-0731", "IMG_0731 black and white", bw(MAINS), setup=[ins("m2", 55.0)])
case("effect-bw-discord", "Could you make the tennis match video with no colour, please? Like an old film.", bw(DISCORD),
     setup=[ins("m9", 67.0)])
case("effect-zoom-live", "slow zoom on the live photo", {"effect": {"media": LIVE, "type": "zoom"}}, setup=[ins("m4", 150.0, 4.0)])
case("effect-zoom-calc", "Ken Burns the calculator screenshot so the 55 lbs is readable", {"effect": {"media": CALC, "type": "zoom"}},
     setup=[ins("m11", 52.0, 4.0)])
case("effect-blur-discord", "blur the discord clip, other people on the courts didnt sign anything",
     {"effect": {"media": DISCORD, "type": "blur"}}, setup=[ins("m9", 67.0)])
case("effect-dark-loom", "loom recording is too dark, brighten it", {"effect": {"media": LOOM, "type": "color"}}, setup=[ins("m8", 51.0)])
case("effect-normalize", "normalize my audio", {"effect": {"role": "main", "type": "normalize"}})
case("effect-music-in", "fade the music in", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-music-out", "fade the music out at the end", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-lofi-out", "Could the lofi song go away slowly at the end, please?", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-rotate-gopro", "GX010734 is sideways, rotate 90 clockwise", {"effect": {"media": GOPRO2, "type": "rotate", "degrees": 90}},
     setup=[ins("m6", 127.0)])
case("effect-flip-mount", "C0034 is mirrored flip it", {"effect": {"media": MOUNT, "type": "flip"}}, setup=[ins("m7", 24.0)])
case("effect-mono-timelapse", "timelapse in greyscale", bw(TIMELAPSE), setup=[ins("m12", 98.0)])
case("speed-0736-2x", "IMG_0736 2x", {"speed": {"media": CROSSES, "value": 2.0}}, setup=[ins("m3", 107.0)])
case("speed-0731-half", "slow the mains clip to half speed", {"speed": {"media": MAINS, "value": 0.5}}, setup=[ins("m2", 55.0)])
case("speed-talk-10pc", "speed my talking up 10 percent, I talk like a sloth", {"speed": {"role": "main", "value": 1.1}})
case("speed-timelapse-4x", "timelapse 4x faster", {"speed": {"media": TIMELAPSE, "value": 4.0}}, setup=[ins("m12", 98.0)])
case("speed-palm-075", "palm bounce at .75 speed", {"speed": {"media": PALM, "value": 0.75}}, setup=[ins("m15", 139.0)])
case("speed-capcut-third", "Please make the ball video three times slower.", {"speed": {"media": CAPCUT, "value": 0.33}},
     setup=[ins("m10", 144.0)], note="a third is 0.33 within the check's 0.01")
case("speed-discord-double", "double speed on the rally clip", {"speed": {"media": DISCORD, "value": 2.0}}, setup=[ins("m9", 67.0)])

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-24", "music to -24 dB", {"clip_volume": {"role": "music", "db": -24.0}})
case("audio-music-down5", "lofi 5 dB quieter", {"clip_volume": {"role": "music", "db": MUSIC_DB - 5.0}})
case("audio-music-up2", "bring the beat up 2 dB", {"clip_volume": {"role": "music", "db": MUSIC_DB + 2.0}})
case("audio-music-minus", "set the bg music to minus twenty eight", {"clip_volume": {"role": "music", "db": -28.0}})
case("audio-music-small", "Could you make the music more small? I cannot hear Kenji well.", {"clip_volume": {"role": "music", "db": -26.5, "tol": 5.5}},
     note="judgement: any cut of 3 to 14 dB on the bed counts")
case("audio-duck", "duck the music under my voice", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-hiro", "music lower when dad talks, back up in the gaps", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-10", "dip the music 10 dB whenever there's talking", {"music_envelope_dips_during_speech": -9.5})
case("audio-mute-music", "kill the music entirely", {"track_muted": "music"})
case("audio-voice-up3", "my voice up 3 dB", {"clip_volume": {"role": "main", "db": 3.0}})
case("audio-voice-down2", "Kenji is too loud, please reduce his voice by 2 dB.", {"clip_volume": {"role": "main", "db": -2.0}})
case("audio-unmute", "ok bring the music back", {"track_unmuted": "music"}, history=["mute the music"])

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "title \"Restringing at Home\" for the first 4 seconds", title("Restringing at Home", 0.0, 4.0))
case("title-name", "lower third 'Kenji Tanaka, Seattle' at 0:01 for 3 secs", title("Kenji Tanaka, Seattle", at("0:01"), 3.0))
case("title-tension", "put '55 lbs / 16x19' on screen at 0:51", title("55 lbs / 16x19", at("0:51")))
case("title-caps", "caption \"DON'T BE DWAYNE\" at 1:15", title("DON'T BE DWAYNE", at("1:15")))
case("title-brand", "Please add the text \"Strung with VoltPoly 16L\" at 65s.", title("Strung with VoltPoly 16L", at("65s")),
     note="sponsor; a made-up brand name typed in the message")
case("title-cta", "Call to action at the end: \"Use code KENJI15 for 15% off\" for the final 5 seconds",
     title("Use code KENJI15 for 15% off", r(D - 5.0), 5.0))
case("title-japanese", "add the title 'ありがとう!' at 2:45", title("ありがとう!", at("2:45")))
case("title-emoji", "text '🎾 22 min 🎾' at 2:29", title("🎾 22 min 🎾", at("2:29")))
case("title-step-mains", "'Step 2: Mains' as a title when i start talking about the mains going first", title("Step 2: Mains", SEG[8].start))
case("title-range", "\"$30 vs $0\" on screen from 2:34 to 2:37", title("$30 vs $0", at("2:34"), at("2:37") - at("2:34")))

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "rm the ums/uhs and the part where he redoes the knot line",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.35 * (NFILL - 1)), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * (NFILL - 1) - 1.8)},
     note="the retake holds one uh")
case("multi-pauses-duck", "cut the long pauses and duck the music under the talking",
     {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK})
case("multi-0736-bw", "IMG_0736 at 1:47, black and white", {**on(CROSSES, role=None, start=at("1:47")), **bw(CROSSES)})
case("multi-live-caption", "at 2:30 put the finished racket photo and the text \"Done.\"",
     {**on(LIVE, role=None, start=at("2:30")), **title("Done.", at("2:30"))})
case("multi-retake-gopro", "remove the wrong knot take, then put GX010734 over the corrected one",
     {**RETAKE, **on(GOPRO2, overlaps=[r(SEG[RETAKE_I + 1].start - RETAKE_LEN - 0.3), r(SEG[RETAKE_I + 1].end - RETAKE_LEN + 0.3)])})
case("multi-music-fade", "music at -22 and fade it out at the end",
     {"clip_volume": {"role": "music", "db": -22.0}, "effect": {"role": "music", "type": "fade_out"}})
case("multi-timelapse-mute", "timelapse at 2x and mute the music", {"speed": {"media": TIMELAPSE, "value": 2.0}, "track_muted": "music"},
     setup=[ins("m12", 98.0)])
case("multi-trim-title", "cut the first 3 seconds and put 'Racket Day' at 0:00", {"duration_near": [r(D - 3.0), 0.1], **title("Racket Day", 0.0)})
case("multi-reel-fadein", "C0037 at 1:05 with a fade in", {**on(REEL, role=None, start=at("1:05")), "effect": {"media": REEL, "type": "fade_in"}})
case("multi-normalize-duck", "normalise the voice and duck the lofi under it",
     {"effect": {"role": "main", "type": "normalize"}, "music_envelope_dips_during_speech": DUCK})
case("multi-dwayne-soyeah", "cut the dwayne story and the so yeah at the start of the craigslist line",
     {"duration_lt": r(sentence_cut(13, 15)["duration_lt"] - (phrase(1, "so yeah")[1] - phrase(1, "so yeah")[0] - 0.1)),
      "duration_gt": r(sentence_cut(13, 15)["duration_gt"] - (phrase(1, "so yeah")[1] - phrase(1, "so yeah")[0] + 0.4))})
case("multi-fillers-soyeah", "remove all fillers, and every 'so yeah' too",
     {"duration_lt": r(D - 0.35 * NFILL - sum(b - a - 0.1 for a, b in (phrase(i, t) for i, t in SO_YEAHS))),
      "duration_gt": r(D - (0.5 * NFILL + 1.8) - sum(b - a + 0.4 for a, b in (phrase(i, t) for i, t in SO_YEAHS)))},
     note="the 'so yeah, um' in 33 holds one um; bounds add the two cuts")

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "make it black and white", bw(CROSSES), history=["put IMG_0736 at 1:47"])
case("convo-move-it", "nah 2:32", on(LIVE, start=at("2:32"), count=1), history=["IMG_0732 at 2:30"])
case("convo-quieter", "still too loud", {"clip_volume": {"role": "music", "db": -26.0, "tol": 3.0}},
     history=["music to -22"], note="judgement: anything from 1 to 7 dB below -22")
case("convo-louder", "now i cant hear it, a bit louder", {"clip_volume": {"role": "music", "db": -31.0, "tol": 2.5}},
     history=["set music to -34 dB"], note="judgement: louder than -34 but not above -28")
case("convo-undo", "undo", {"matches_initial": True}, history=["cut the first 5 seconds"])
case("convo-undo-polite", "Sorry, that was wrong. Please go back to before.", {"matches_initial": True}, history=["remove all the long pauses"])
case("convo-which-iphone", "the crosses one", on(CROSSES, start=at("1:40")), history=["iphone clip at 1:40"],
     note="the first turn is ambiguous (IMG_0731 and IMG_0736 look alike); the answer means IMG_0736")
case("convo-which-gopro", "the one where im cutting the old strings out", on(GOPRO_CUT, start=at("0:13")), history=["put the gopro clip at 0:13"],
     note="two GoPro clips; the answer means GX010731")
case("convo-title-longer", "keep it up 6 seconds", title("Restringing 101", 0.0, 6.0), history=["add a title \"Restringing 101\" at the start"])
case("convo-that-fast", "that one twice as fast", {"speed": {"media": TIMELAPSE, "value": 2.0}}, history=["crosses TIMELAPSE use.mp4 at 1:38"])
case("convo-same-calc", "same thing with the calculator screenshot at 0:52", on(CALC, start=at("0:52")), history=["put the reel shot at 1:05"])
case("convo-fade-it", "fade that out", {"effect": {"media": INTRO, "type": "fade_out"}}, history=["intro v2 (1).mp4 at 0:00"])
case("convo-music-too", "music too", {"effect": {"role": "music", "type": "fade_out"}}, history=["fade the video out at the end"])
case("convo-speed-normal", "nvm normal speed", {**on(DISCORD, role=None, start=at("1:08")), "speed": {"media": DISCORD, "value": 1.0}},
     history=["discord clip at 1:08", "make it 3x"])
case("convo-caption-move", "move that text to 1:17", title("don't be dwayne", at("1:17")), history=["caption \"don't be dwayne\" at 1:15"])
case("convo-other-iphone", "and the mains one at 0:55", on(MAINS, start=at("0:55")), history=["put IMG_0736 at 1:47"])
case("convo-pauses-too", "and the long pauses while you're in there",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)},
     history=["remove all the ums and uhs"])
case("convo-retext", "change it to \"Use code KENJI20\"", title("Use code KENJI20", at("2:40")), history=["add text \"Use code KENJI15\" at 2:40"])
case("convo-where-again", "what time was that again", {"unchanged": True, "reply_has": [mmss(SEG[13].start)]},
     history=["where do i start talking about dwayne"])
case("convo-not-that-one", "no the other iphone clip, the mains", {**on(MAINS, start=at("0:55")), "no_clip": {"media": CROSSES}},
     history=["put IMG_0736 at 0:55"], note="a correction: the mains clip replaces the crosses clip")
case("convo-fadein-it", "and fade it in", {"effect": {"media": DISCORD, "type": "fade_in"}}, history=["put the discord clip at 1:08"])
case("convo-redo", "redo", UMS, history=["remove all the ums", "undo"], note="redo brings the um cut back")
case("convo-louder-voice", "a little more please", {"clip_volume": {"role": "main", "db": 4.25, "tol": 1.75}},
     history=["turn my voice up 2 dB"], note="judgement: louder than +2 (at least +2.5), up to about +6")
case("convo-michiko-yes", "Yes, please do that.", FILLERS, history=["Is it possible to remove all the um and uh sounds?"],
     note="Michiko confirms her own suggestion from the earlier turn")

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "how long is it rn", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-where-dwayne", "when do I start roasting Dwayne", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[13].start)]})
case("question-where-crosses", "At what time does my son begin to explain the crosses?",
     {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[20].start)]})
case("question-where-mount", "where does the mounting part start",
     {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[4].start)]})
case("question-where-tension", "timestamp for where he says what tension he strings at? need it for the description",
     {"unchanged": True, "reply_has": [mmss(SEG[10].start)]})
case("question-where-sound", "when's the bit about the ping", {"unchanged": True, "reply_has": [mmss(SEG[30].start)]})
case("question-where-cta", "Where does he ask people to subscribe? We want our end card after it.",
     {"unchanged": True, "reply_has": [mmss(SEG[34].start)]})
case("question-music-level", "what level is the music at", {"unchanged": True, "reply_has": ["-18"]})
case("question-unused", "which clips are still unused", UNCHANGED)
case("question-um-count", "how many ums are there", UNCHANGED)
case("question-take2", "is there another take of the ending somewhere", UNCHANGED)
case("question-broll-track", "whats on the broll track rn", {"unchanged": True, "reply_has": [MAINS, REEL]},
     setup=[ins("m2", 55.0), ins("m14", 65.0)])
case("question-mistakes", "Did I mess up anywhere and start over?", UNCHANGED)
case("question-fps", "what fps is the timeline", {"unchanged": True, "reply_has": ["30"]})
case("question-sfx", "any sound effects in the bin?", UNCHANGED)
case("question-after-cut", "how long is it now?", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]},
     history=["take out all the ums and uhs"])
case("question-what-did", "wait what did u just do", {"unchanged": True, "reply_has": ["fade"]}, history=["fade the music out over 4 seconds"])
case("question-michiko-how", "Excuse me, how can I make the words appear on the screen?", UNCHANGED)
case("question-square", "Is it possible to export a square version for Instagram?", UNCHANGED,
     note="a question, not a request; nothing changes")
case("question-dwayne-said", "does he say Dwayne's name more than once", UNCHANGED)

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-thanks", "Thank you very much. You are very kind.", UNCHANGED)
case("chat-ty", "ty", UNCHANGED)
case("chat-dwayne", "dwayne is gonna see this and cry lmao", UNCHANGED)
case("chat-hello", "Hello. I am Kenji's mother. Nice to meet you.", UNCHANGED)
case("chat-brb", "brb grabbing a la croix", UNCHANGED)
case("chat-rad", "rad", UNCHANGED)
case("chat-hmm", "hmm. thinking.", UNCHANGED)
case("chat-rain", "its been raining for nine days straight here, classic seattle", UNCHANGED)
case("chat-sponsor-hi", "Hi! I'm the partnerships lead at the string company, Kenji added me to give notes.", UNCHANGED)
case("chat-hiro-here", "its hiro now dad went to play tennis", UNCHANGED)
case("chat-looks-good", "Looks great so far, the team is happy.", UNCHANGED)
case("chat-idk", "idk", UNCHANGED)
case("chat-tennis", "Do you play tennis?", UNCHANGED)
case("chat-ok", "ok cool", UNCHANGED)

# --- things that do not exist, are not on the timeline, are unsupported, ambiguous or inside a picture
case("nonedit-missing-dwayneclip", "put the clip of Dwayne over the ninety pounds part", UNCHANGED, note="Dwayne is in no media")
case("nonedit-missing-0733", "IMG_0733.MOV at 1:00", UNCHANGED, note="the iPhone files are 0731, 0732 and 0736")
case("nonedit-missing-gx735", "GX010735.MP4 at 0:20", UNCHANGED, note="the GoPro files are GX010731 and GX010734")
case("nonedit-missing-introv3", "use intro v3 instead", UNCHANGED, note="only 'intro v2 (1).mp4'; should ask")
case("nonedit-missing-c0032", "C0032 over the mains", UNCHANGED, note="the Sony files are C0031 (talk), C0034, C0037")
case("nonedit-missing-gripclip", "put the regripping footage over the craigslist line", UNCHANGED, note="no such clip")
case("nonedit-missing-grip", "cut the part where I talk about changing the grip", UNCHANGED, note="never said")
case("nonedit-missing-hybrid", "remove the sentence about hybrid stringing", UNCHANGED, note="never said")
case("nonedit-missing-cough", "Please kindly remove the part of the coughing.", UNCHANGED, note="he never coughs")
case("nonedit-missing-sixty", "cut where he says sixty pounds", UNCHANGED, note="fifty five, fifty three and ninety, never sixty")
case("nonedit-missing-wife", "cut the line about my wife", UNCHANGED, note="never said")
case("nonedit-missing-whoosh", "whoosh sound effect at 0:10", UNCHANGED, note="the only sound effect is a ball hit")
case("nonedit-missing-logo", "Please add our logo in the corner.", UNCHANGED, note="no logo file in the project; should ask for it")
case("nonedit-missing-endcard", "Drop in our end card for the last 10 seconds.", UNCHANGED, note="no end card file in the project")
case("nonedit-unsupported-square", "Make it square for Instagram please.", UNCHANGED, note="should refuse or ask, not edit")
case("nonedit-unsupported-qr", "Add our discount code as a QR code in the corner from 2:40.", UNCHANGED,
     note="no QR generator; should refuse or ask")
case("nonedit-unsupported-vertical", "can u make it 9:16 for tiktok", UNCHANGED, note="reframing is not an edit this project does")
case("nonedit-offtimeline-hit", "ball hit sound a bit quieter", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-discord", "speed up the discord clip", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-take2", "the audio recording needs to be 3 dB louder", UNCHANGED, note="the second take is only in the bin")
case("nonedit-offtimeline-loom", "fade the loom thing out", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-0731", "IMG_0731 should be black and white", UNCHANGED, note="only in the bin")
case("nonedit-ambig-iphone", "the iphone clip at 1:00", UNCHANGED, note="IMG_0731 and IMG_0736 are both iPhone clips")
case("nonedit-ambig-img07", "put IMG_07 at 0:45", UNCHANGED, note="IMG_0731, IMG_0732 and IMG_0736")
case("nonedit-ambig-gopro", "gopro clip at 0:30", UNCHANGED, note="GX010731 and GX010734")
case("nonedit-ambig-sony", "the sony clip at 0:40", UNCHANGED, note="C0034 and C0037 (and the talk is Sony too)")
case("nonedit-ambig-tension", "put the tension clip at 1:10", UNCHANGED, note="both iPhone clips pull tension, and the calculator shows tension")
case("nonedit-ambig-fiftyfive", "cut the fifty five sentence", UNCHANGED, note="fifty five in 10, 11 and 23")
case("nonedit-ambig-knot", "remove the knot line", UNCHANGED, note="17, 18, 19, 26")
case("nonedit-ambig-tieoff", "Please delete the sentence of the tie off.", UNCHANGED, note="17, 19, 25")
case("nonedit-ambig-level", "cut the level sentence", UNCHANGED, note="11 and 12")
case("nonedit-ambig-clamp", "rm clamp line", UNCHANGED, note="4 and 12")
case("nonedit-ambig-frame", "cut the sentence about the frame", UNCHANGED, note="3, 4, 14, 19")
case("nonedit-ambig-sound", "remove the sound sentence", UNCHANGED, note="29 and 30")
case("nonedit-ambig-throat", "delete the throat line", UNCHANGED, note="4, 8, 25")
case("nonedit-ambig-likeisaid", "cut the 'like I said' sentence", UNCHANGED, note="5 and 31")
case("nonedit-ambig-pounds", "cut the pounds line", UNCHANGED, note="10, 13, 23")
case("nonedit-ambig-shop", "remove the line about the shop", UNCHANGED, note="0 and 32")
case("nonedit-ambig-brand", "Please cut the brand mention.", UNCHANGED, note="no brand is named in the talk; should ask")
case("nonedit-inside-shirt", "can you change my shirt color in the mounting clip", UNCHANGED, setup=[ins("m7", 24.0)])
case("nonedit-inside-dog", "theres a dog barking in the discord clip at the courts, remove just the dog", UNCHANGED, setup=[ins("m9", 67.0)])
case("nonedit-inside-calc", "what tension does the calculator screenshot say", UNCHANGED,
     note="a question about the inside of a still")
case("nonedit-inside-label", "Could you make our label on the reel bigger in that shot?", UNCHANGED, setup=[ins("m14", 65.0)])
case("nonedit-inside-fridge", "theres a fridge hum under my voice around 1:30, get rid of it", UNCHANGED, note="no such sound in the talk")

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-after-dwayne", "delete everything after 'don't be Dwayne'", {"confirm": True})
case("confirm-first-minute", "cut the whole first minute", {"confirm": True})
case("confirm-60s-cut", "We need a 60 second cut for the brand page. Cut whatever is needed.", {"confirm": True})
case("confirm-range", "remove 0:30 to 1:30", {"confirm": True})
case("confirm-before-crosses", "everything before 'Now the crosses' can go", {"confirm": True})
case("confirm-delete-talk", "delete the main clip", {"confirm": True})
case("confirm-last45", "only keep the last 45 seconds", {"confirm": True})
case("confirm-past-two", "Please remove all after two minutes.", {"confirm": True})
case("confirm-mains-only", "make it just the mains part, cut the rest", {"confirm": True})


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "ab_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out, "D =", D)

"""Writes af_heldout.jsonl from the cases below; every expected time is computed from project AF's
transcript (project_af_oilchange.SCRIPT through talk_project.timed_script), never typed by hand. Times a
user types in a message ("1:05", "1.05", "65 secs", "a minute and five", "00:01:05:15", "2m10s") are
parsed from the same string the message uses.

    cd evals/af_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_af_suite.py   (writes ../af_heldout.jsonl)

Written blind (without reading the planner, the index, the agents or any other suite's phrasing; Q's
generator was used only for the file's shape and the bound conventions). The people typing, mixed
roughly equally: Mick himself (fifty-eight, Ballarat, two-finger typist, laconic, the odd ALL CAPS,
Australian slang, vague), his daughter Jess (twenty-six, a nurse who does the editing: pls, thx, vid,
b4, lists split by semicolons, changes her mind), a car-forum moderator who wants to post it (drain
plug shot, torque spec, filter swap, overlays, disclaimer cards; asks for things an editor may not do),
and Mick's wife Sharon who dictates to Siri (no punctuation, "full stop" written out, homophones:
"some" for sump, "trip" for Trev, "Phil ta" for filter; times as 1:05, 1.05, 65 secs, a minute and five).
D is the fresh timeline's length as built: 5069 frames at 30 fps = 168.97 s (timed_script's total is
168.95 s; the talk file probes one frame longer), which test_project_af.py checks against a real build.
  all fillers:   D - 0.35*n  >  after  >  D - (0.5*n + 1.8)
  one filler:    D - 0.31 > after > D - 0.61
  a phrase:      D - (len - lo)  >  after  >  D - (len + hi)   (lo/hi 0.1/0.4, or 0.05/0.25 for one short word)
  a sentence:    D - (len - 0.05)  >  after  >  D - (len + pause after + 0.35)
  one pause p:   D - (p - 1.0)  >  after  >  D - (p + 0.05)
  all pauses:    D - 3.0  >  after  >  D - (sum of every pause + 0.5)
  the retake:    removed between (to next sentence) - 0.35 and + 0.35
  start at a sentence: D - (start - (pause before - 0.05))  >  after  >  D - (start + 0.05)
  end after a sentence: end + 0.8  >  after  >  end - 0.05
Ducking is checked at -6 dB (or -11.5 for "12 dB"); the bed sits at -15 dB.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_af_oilchange import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401
except ImportError:  # from a folder holding the project file
    from project_af_oilchange import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = 168.97  # the fresh timeline as built: 5069 frames / 30 fps (test_project_af.py checks it)
PAUSE = [p for _t, p in SCRIPT]
FILL = {"um", "uh"}
NFILL = sum(w.text.lower().strip(",.") in FILL for w in WORDS)  # 9
MUSIC_DB = -15.0
RETAKE_I = 21  # the abandoned "Then you, um, screw the new one" sentence; 22 is the good one

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m15
(RAMPS, DRAIN, FILTEROFF, NIKON71, DIPSTICK, DASHCAM, FBVID, CLIPCHAMP, BOTTLE, DRIPTRAY, SUMPPLUG, SEAL, CHOCKS, POUR) = (
    M[i] for i in range(2, 16))

WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}


def r(x: float) -> float:
    return round(x, 2)


def mmss(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


def _num(text: str) -> int:
    return sum(WORDNUM[p] for p in re.split(r"[\s-]+", text.strip()) if p not in ("and", "a"))


def at(text: str, dot_is_minutes: bool = False) -> float:
    """Seconds for a time as a user types it: '1:05', '00:01:05:15' (30 fps), '2m10s', '2 min 10', '65 secs',
    '1.05' (minutes.seconds when dot_is_minutes), 'a minute and five', 'two minutes ten', '40'."""
    t = text.strip().lower()
    if re.fullmatch(r"\d+:\d\d:\d\d:\d\d", t):
        h, m, s, f = (int(x) for x in t.split(":"))
        return r(h * 3600 + m * 60 + s + f / 30)
    if re.fullmatch(r"\d+:\d\d", t):
        m, s = t.split(":")
        return float(int(m) * 60 + int(s))
    if dot_is_minutes and re.fullmatch(r"\d+\.\d\d", t):
        m, s = t.split(".")
        return float(int(m) * 60 + int(s))
    hit = re.fullmatch(r"(\d+)\s*(?:m|min|mins)\s*(\d+)\s*(?:s|sec|secs)?", t)
    if hit:
        return float(int(hit.group(1)) * 60 + int(hit.group(2)))
    hit = re.fullmatch(r"([\d.]+)\s*(s|sec|secs|seconds)?", t)
    if hit:
        return float(hit.group(1))
    hit = re.fullmatch(r"a minute and ([a-z -]+)", t)
    if hit:
        return float(60 + _num(hit.group(1)))
    hit = re.fullmatch(r"([a-z -]+?) minutes? ([a-z -]+)", t)
    if hit:
        return float(_num(hit.group(1)) * 60 + _num(hit.group(2)))
    raise ValueError(text)


def sentence_cut(*idx: int) -> dict:
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


def filler_in(i: int) -> dict:
    n = sum(w.text.lower().strip(",.") in FILL for w in WORDS if SEG[i].start <= w.start <= SEG[i].end)
    assert n == 1, (i, n)
    return ONE_FILLER


def start_at(i: int) -> dict:
    return {"duration_lt": r(D - (SEG[i].start - (PAUSE[i - 1] - 0.05))), "duration_gt": r(D - (SEG[i].start + 0.05))}


def end_after(i: int) -> dict:
    return {"duration_lt": r(SEG[i].end + 0.8), "duration_gt": r(SEG[i].end - 0.05)}


def gone(seconds: float) -> dict:
    return {"duration_near": [r(D - seconds), 0.1]}


FILLERS = {"duration_lt": r(D - 0.35 * NFILL), "duration_gt": r(D - (0.5 * NFILL + 1.8))}
NUM = sum(w.text.lower().strip(",.") == "um" for w in WORDS)  # 5 of the 9
UMS = {"duration_lt": r(D - 0.35 * NUM), "duration_gt": r(D - (0.5 * NUM + 1.8))}
ONE_FILLER = {"duration_lt": r(D - 0.31), "duration_gt": r(D - 0.61)}
ALL_PAUSES = sum(PAUSE)
PAUSES = {"duration_lt": r(D - 3.0), "duration_gt": r(D - (ALL_PAUSES + 0.5))}
RETAKE_LEN = SEG[RETAKE_I + 1].start - SEG[RETAKE_I].start
RETAKE = {"duration_lt": r(D - (RETAKE_LEN - 0.35)), "duration_gt": r(D - (RETAKE_LEN + 0.35))}
DUCK = -6.0
ANYWAYS = [(1, "anyway"), (12, "anyway"), (15, "anyway"), (34, "anyway")]
RIGHTOS = [(4, "right-o"), (16, "right-o")]
BOBS = [(24, "and bob's your uncle"), (28, "and bob's your uncle")]


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
    CASES.append({"id": f"af-{cid}", "message": message, "expect": expect, **extra})


UNCHANGED = {"unchanged": True}

# --- B-roll over parts named by what is said, by what the media shows, or by bits of a file name ----
case("broll-drain-crack", "put the drain plug shot over where he cracks the plug off with the 14mm",
     over(DRAIN, 9), note="forum mod: the drain plug shot is GH010044 (its description); GH020044 is the filter coming off")
case("broll-drain-undo", "gopro clip of the plug coming out over the undo it by hand bit pls", over(DRAIN, 10))
case("broll-gh01-sleeve", "GH010044 over hot oil up your sleeve", over(DRAIN, 11))
case("broll-gh01-drain", "the under the car one where the oil gushes out, put that over let her drain for twenty minutes",
     over(DRAIN, 12))
case("broll-filteroff-spin", "the gopro where the old filter comes off over 'crack it loose then spin it off by hand'",
     over(FILTEROFF, 19))
case("broll-gh02-full", "GH020044 over the bit where dad says it'll still be full of oil", over(FILTEROFF, 20))
case("broll-gh02-lives", "filter swap footage from under the car over 'the filter lives round the front of the engine'",
     over(FILTEROFF, 18), note="the only under-car clip of the filter is GH020044")
case("broll-ramps-drive", "the samsung clip of the corolla going up the ramps over where i say drive her up onto the ramps",
     over(RAMPS, 4), note="20260321_154512's description; chocks and ramps.mp4 has no description but this names the car going up")
case("broll-154512-handbrake", "20260321_154512 over the handbrake on line", over(RAMPS, 5))
case("broll-chocks-roll", "chocks and ramps.mp4 over 'so she cant roll back on you'", over(CHOCKS, 4))
case("broll-chocks-jack", "put chocks n ramps over never get under a car thats only on a jack", over(CHOCKS, 5))
case("broll-dipstick-pull", "the nikon one of the dipstick over give it a minute to settle then pull the dipstick",
     over(DIPSTICK, 27), note="DSC_0879 is the dipstick; DSC_0871 has no description")
case("broll-0879-dots", "DSC_0879 over the two dots line", over(DIPSTICK, 28))
case("broll-dipstick-onemore", "dipstick footage on top of 'check the dipstick one more time'", over(DIPSTICK, 30))
case("broll-0871-front", "DSC_0871.MOV over the very first sentence", over(NIKON71, 0))
case("broll-dashcam-tip", "the dashcam clip over where he says take it down the tip", over(DASHCAM, 31))
case("broll-dashcam-drain", "dash cam footage over dont you dare tip it down the stormwater drain", over(DASHCAM, 32))
case("broll-fb-pour", "the facebook vid of the oil pouring in slow mo over the five litres of five w thirty bit", over(FBVID, 7))
case("broll-fb-fourpoint2", "FB_VID_4418830925118376521 over 'she only takes four point two litres'", over(FBVID, 8))
case("broll-clipchamp-intro", "jess's clipchamp thing over the gday im mick intro", over(CLIPCHAMP, 0))
case("broll-clipchamp-reckons", "Corolla oil change - Made with Clipchamp over Jess reckons its never been done", over(CLIPCHAMP, 1))
case("broll-bottle-servo", "the oil bottle photo over I got five litres from the servo", over(BOTTLE, 7))
case("broll-bottle-pour", "oil bottle.jpg over pour in about four litres to start with", over(BOTTLE, 26))
case("broll-driptray-stop", "under car DRIP tray over once shes stopped dripping", over(DRIPTRAY, 16))
case("broll-driptray-squiz", "the drip tray clip over have a squiz underneath for drips", over(DRIPTRAY, 29))
case("broll-sumpplug-washer", "sump plug OK this one 2 over the new crush washer on the plug bit", over(SUMPPLUG, 16))
case("broll-sumpplug-gorilla", "use the sump plug ok one over 'not gorilla tight'", over(SUMPPLUG, 17))
case("broll-seal-smear", "the clip of me oiling the seal with me finger over smear a bit of fresh oil round the rubber seal",
     over(SEAL, 22))
case("broll-160233-tearing", "20260321_160233 over 'that stops the seal grabbing and tearing'", over(SEAL, 23))
case("broll-pour-bonnet", "the funnel one where the new oil goes in over pop the bonnet take the cap off", over(POUR, 26))
case("broll-163510-handtight", "20260321_163510 over the hand-tight plus three quarters is plenty line", over(POUR, 25))
case("broll-siri-some", "put the drain plug gopro video over the bit where he says undo the some plug by hand full stop",
     over(DRAIN, 10), note="Sharon via Siri: 'some plug' is the sump plug; sentence 10 is undoing it by hand")

# --- times and positions ---------------------------------------------------------------------------
case("time-gh01-mmss", "GH010044 at 0:45", on(DRAIN, start=at("0:45")))
case("time-gh02-dot", "put GH020044 in at 1.29 please", on(FILTEROFF, start=at("1.29", True)), note="Siri's 1.29 is 1:29")
case("time-ramps-secs", "20260321_154512 @ 19s", on(RAMPS, start=at("19s")))
case("time-dashcam-words", "dashcam video at two minutes twenty five", on(DASHCAM, start=at("two minutes twenty five")))
case("time-seal-minuteand", "the seal clip at a minute and forty three", on(SEAL, start=at("a minute and forty three")))
case("time-bottle-65", "oil bottle picture at 65 secs", on(BOTTLE, start=at("65 secs")))
case("time-fb-bare", "FB vid at 35", on(FBVID, start=at("35")))
case("time-driptray-min", "under car DRIP tray at 1m16s", on(DRIPTRAY, start=at("1m16s")))
case("time-pour-timecode", "20260321_163510 at 00:02:01:15, its 30fps", on(POUR, start=at("00:02:01:15")))
case("time-ratchet-dot", "put the ratchet noise in at 1.12 full stop", on(SFX, role=None, start=at("1.12", True)),
     note="Sharon's 1.12 is 1:12")
case("time-ratchet-secs", "RATCHET SOUND AT 112 SECS", on(SFX, role=None, start=at("112 secs")))
case("time-dipstick-ish", "dipstick clip somewhere round 2:05, doesnt have to be exact", on(DIPSTICK, start=at("2:05"), tol=1.5))
case("time-sumpplug-5s", "sump plug OK this one 2.mp4 at 1:16 for 4 seconds",
     on(SUMPPLUG, start=at("1:16"), within=[at("1:16"), at("1:16") + 4.0]))
case("time-drain-2s-into", "bring the drain plug shot in 2 secs after he starts 'Now, slide the ice cream container'",
     on(DRAIN, start=r(SEG[9].start + 2.0), tol=0.3))
case("time-seal-1s-after", "seal clip 1 second after dad starts the smear a bit of fresh oil sentence",
     on(SEAL, start=r(SEG[22].start + 1.0), tol=0.3))
case("time-dashcam-before-end", "dashcam clip 20 seconds before the end", on(DASHCAM, start=r(D - 20.0), tol=0.3))
case("pos-clipchamp-open", "open with jess's clipchamp clip b4 dad comes on", on(CLIPCHAMP, start=0.0))
case("pos-bottle-last", "last shot should be the photo of the oil bottle", on(BOTTLE, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-chocks-middle", "chocks and ramps smack bang in the middle of the vid", on(CHOCKS, start=r(D / 2), tol=1.5))
case("pos-ratchet-crack", "ratchet clicks right when he says 'crack it loose'",
     on(SFX, role=None, overlaps=list(phrase(19, "crack it loose"))))
case("pos-ratchet-socket", "ratchet sfx on the words 'a fourteen mil socket'",
     on(SFX, role=None, overlaps=list(phrase(6, "a fourteen mil socket"))))
case("pos-ratchet-playhead", "ratchet sound here where the cursor is", on(SFX, role=None, start=90.0), playhead=90.0)
case("pos-title-playhead", "text \"14mm socket\" at the playhead pls", title("14mm socket", start=31.0), playhead=31.0)
case("pos-selected-bw", "make the highlighted one black and white", bw(FILTEROFF),
     setup=[ins("m3", 45.0), ins("m4", 89.0)], selection=["c4"], note="c4 is GH020044 (setup makes c3, c4)")
case("pos-selected-slow", "selected clip half speed thx", {"speed": {"media": DIPSTICK, "value": 0.5}},
     setup=[ins("m6", 126.0), ins("m2", 19.0)], selection=["c3"], note="c3 is DSC_0879")
case("pos-title-filterswap", "put a title 'FILTER SWAP' right as he starts 'Now the filter lives round the front'",
     title("FILTER SWAP", start=SEG[18].start))

# --- cuts: fillers, tics, pauses, the retake, sentences, phrases, ranges ---------------------------
case("cut-fillers", "remove all the ums and uhs", FILLERS)
case("cut-fillers-jess", "pls cut all dads ums/uhs thx", FILLERS)
case("cut-fillers-mick", "GET RID OF ALL ME UMMS AND AHS", FILLERS, note="'ah' for uh")
case("cut-fillers-siri", "take out all the arms and ours where he hesitates full stop", FILLERS,
     note="Siri heard um and uh as arms and ours; 'where he hesitates' gives it away")
case("cut-fillers-mod", "clean up the verbal filler, the um and er stuff, all the way through", FILLERS)
case("cut-fillers-typo", "cut teh ums n uhs outta it", FILLERS)
case("cut-ums-only", "just the ums please, leave the uhs", UMS)
case("cut-ums-jess", "remove every um (not the uhs, they sound natural)", UMS)
case("cut-um-jess", "cut the um at the start where he says jess reckons", filler_in(1))
case("cut-uh-handbrake", "lose the uh b4 handbrake on", filler_in(5))
case("cut-um-undo", "the um in the undo the last few turns by hand sentence", filler_in(10))
case("cut-uh-gorilla", "theres an uh right before not gorilla tight, cut that one only", filler_in(17))
case("cut-uh-bonnet", "cut the uh in now uh pop the bonnet", filler_in(26))
case("cut-um-nodrips", "um after shell be right, get rid of it", filler_in(30))
case("cut-um-oilchange", "the um after anyway near the end where he says thats an oil change", filler_in(34))
case("cut-uh-subscribe", "cut the uh before hit subscribe", filler_in(35))
case("cut-anyway-all", "he says anyway heaps, take out every anyway", phrases_cut(ANYWAYS, 0.05, 0.25),
     note="four: sentences 1, 12, 15 and 34")
case("cut-anyway-cuppa", "cut the 'anyway' tacked on the end of go and have a cuppa", phrase_cut(12, "anyway", 0.05, 0.25))
case("cut-anyway-trev", "lose the anyway at the start of the trevs not allowed near a bowser line", phrase_cut(15, "anyway", 0.05, 0.25))
case("cut-righto-all", "TAKE OUT THE RIGHT-OS", phrases_cut(RIGHTOS, 0.05, 0.25), note="two: 4 and 16")
case("cut-righto-ramps", "cut 'right-o' before drive her up onto the ramps", phrase_cut(4, "right-o", 0.05, 0.25))
case("cut-bob-all", "he says and bobs your uncle twice, cut both", phrases_cut(BOBS))
case("cut-bob-dots", "remove and bob's your uncle from the dipstick dots sentence only", phrase_cut(28, "and bob's your uncle"))
case("cut-fairdinkum", "lose 'fair dinkum' from the hot oil line", phrase_cut(11, "fair dinkum", 0.05, 0.25))
case("cut-bloodyoath", "can you cut 'and bloody oath' from the handbrake bit, theres kids watching", phrase_cut(5, "and bloody oath"))
case("cut-mate", "remove the word mate from dont you dare tip it down the stormwater drain", phrase_cut(32, "mate", 0.05, 0.25))
case("cut-phrase-findout", "cut 'which, anyway, we'll find out'", phrase_cut(1, "which anyway we'll find out"))
case("cut-phrase-heaps", "take out 'and it was heaps cheaper than I expected'", phrase_cut(7, "and it was heaps cheaper than i expected"))
case("cut-phrase-paper", "cut thats how you end up in the paper", phrase_cut(32, "that's how you end up in the paper"))
case("cut-phrase-cuppa-middle", "snip 'with a cuppa in the middle' off the oil change line", phrase_cut(34, "with a cuppa in the middle"))
case("cut-phrase-stuffed", "remove 'and then you're stuffed'", phrase_cut(17, "and then you're stuffed"))
case("cut-phrase-exhaust", "drop 'up near the exhaust', its different on every car", phrase_cut(18, "up near the exhaust"))
case("cut-phrase-tow", "cut 'and the tow cost him heaps'", phrase_cut(14, "and the tow cost him heaps"))
case("cut-phrase-forget", "lose 'and we don't let him forget it' trev will sulk", phrase_cut(15, "and we don't let him forget it"))
case("cut-phrase-twentytwelve", "cut shes a twenty twelve from the intro", phrase_cut(0, "she's a twenty twelve"))
case("cut-phrase-carton", "remove 'you owe me a carton' lol", phrase_cut(35, "you owe me a carton"))
case("cut-pauses", "tighten all the long pauses", PAUSES)
case("cut-pauses-mick", "too much standin round doin nothin between bits, cut the gaps", PAUSES)
case("cut-pauses-mod", "kill the dead air throughout, forum folks have short attention spans", PAUSES)
case("cut-pauses-siri", "remove the long silences all the way through full stop", PAUSES)
case("cut-pause-thin", "the gap after runs out nice and thin drags", pause_cut(2))
case("cut-pause-jack", "shorten the silence after only sitting on a jack", pause_cut(5))
case("cut-pause-spare", "long pause after 'a drop spare for topping up', tighten it", pause_cut(8))
case("cut-pause-cuppa", "after go and have a cuppa anyway theres a massive gap", pause_cut(12))
case("cut-pause-container", "trim the quiet bit after tip it straight into the container", pause_cut(20))
case("cut-pause-plenty", "pause after hand-tight plus three quarters is plenty is way too long", pause_cut(25))
case("cut-retake", "cut the bit where he starts again", RETAKE)
case("cut-retake-mick", "i stuff up the new filter bit and say ill say that bit again, CUT THE STUFF UP", RETAKE)
case("cut-retake-jess", "remove dads false start b4 the smear fresh oil on the seal bit", RETAKE)
case("cut-retake-siri", "take out the part where he says no hang on ive gone and done that backwards full stop", RETAKE)
case("cut-trevor-all", "cut the whole trevor story", sentence_cut(13, 15), note="the aside runs 13 to 15")
case("cut-trevor-siri", "please cut the whole story about trip and the diesel full stop", sentence_cut(13, 15),
     note="Siri's 'trip' is Trev; the diesel story is 13-15")
case("cut-diesel", "remove the sentence where trevor fills the petrol car with diesel", sentence_cut(13))
case("cut-coughed", "delete the coughed and died line", sentence_cut(14))
case("cut-bowser", "cut 'Anyway, Trev's not allowed near a bowser anymore, and we don't let him forget it.'", sentence_cut(15))
case("cut-notoohot", "lose the not too hot sentence", sentence_cut(3))
case("cut-sleeve", "cut the hot oil up your sleeve line, bit graphic", sentence_cut(11))
case("cut-tearing", "remove the sentence about why the seal grabbing and tearing matters", sentence_cut(23))
case("cut-gomad", "delete the dont go mad with the wrench sentence", sentence_cut(25))
case("cut-squiz", "cut the have a squiz underneath sentence", sentence_cut(29))
case("cut-stormwater", "take out the stormwater drain line", sentence_cut(32))
case("cut-interval", "remove the service interval sentence, ten thousand k's or six months", sentence_cut(33))
case("cut-signoff-jess", "cut the line where he says i owe him a carton", sentence_cut(35))
case("cut-price-mod", "drop the line about what the oil cost at the servo", sentence_cut(7))
case("cut-capacity", "cut the sentence about it only taking four point two litres", sentence_cut(8))
case("cut-exhaust-siri", "delete the sentence where the Phil ta lives near the exhaust full stop", sentence_cut(18),
     note="Siri's 'Phil ta' is filter")
case("cut-range-tip-drain", "cut from 'Pour the old oil into the empty bottles' to the end of the stormwater line", sentence_cut(31, 32))
case("cut-range-seal", "take out the smear fresh oil sentence and the one after it about tearing", sentence_cut(22, 23))
case("cut-range-secs", "cut 100s to 103s", gone(3.0))
case("cut-range-mmss", "remove 2:20 to 2:23", gone(3.0))
case("cut-range-dots", "cut 1.10 to 1.14", gone(4.0), note="Sharon's 1.10 to 1.14 is 1:10 to 1:14")
case("cut-range-words", "take out one minute forty to one minute forty two", gone(2.0))

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first2", "chop the first 2 seconds", gone(2.0))
case("trim-tail-half", "take half a sec off the very end", {"duration_lt": r(D - 0.3), "duration_gt": r(D - 0.8)},
     note="the last word ends 0.8 s before the end, all silence")
case("trim-start-firstup", "start the vid at 'First up, run the engine'", start_at(2))
case("trim-start-righto", "START AT RIGHT-O DRIVE HER UP", start_at(4))
case("trim-end-outlast", "end it on 'the engine will outlast the car', lose the rest", end_after(33))
case("trim-end-nodrips", "finish right after he says check the dipstick one more time", end_after(30),
     note="'check the dipstick' is not said elsewhere with 'one more time'")
case("trim-gh01-5s", "GH010044 too long, make it 5 secs",
     {**on(DRAIN, start=45.0, within=[45.0, 50.0]), "duration_near": [D, 0.05]}, setup=[ins("m3", 45.0)])
case("trim-dashcam-shorter", "cut 3 seconds off the end of the dashcam clip",
     {**on(DASHCAM, within=[145.0, 149.0]), "duration_near": [D, 0.05]}, setup=[ins("m7", 145.0)])
case("trim-clipchamp-4", "clipchamp intro down to 4 seconds",
     {**on(CLIPCHAMP, start=0.0, within=[0.0, 4.0]), "duration_near": [D, 0.05]}, setup=[ins("m9", 0.0)])
case("move-gh02-129", "move GH020044 to 1:29", on(FILTEROFF, start=at("1:29"), count=1), setup=[ins("m4", 110.0)])
case("move-seal-later", "nudge the seal clip 2 secs later", on(SEAL, start=105.0, count=1), setup=[ins("m13", 103.0)])
case("move-chocks-earlier", "chocks and ramps needs to come in 3 seconds earlier", on(CHOCKS, start=19.0, count=1), setup=[ins("m14", 22.0)])
case("move-dipstick-sentence", "line the dipstick clip up with 'Give it a minute to settle'",
     on(DIPSTICK, start=SEG[27].start, tol=0.3, count=1), setup=[ins("m6", 140.0)])
case("reorder-gopros", "gopro clips are the wrong way round, plug coming out should be first",
     {**on(DRAIN, start=60.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 68.0, "tol": 1.0}},
     setup=[ins("m4", 60.0), ins("m3", 68.0)])
case("reorder-ramps-chocks", "swap the ramps samsung clip and chocks and ramps",
     {**on(CHOCKS, start=19.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 24.0, "tol": 1.0}},
     setup=[ins("m2", 19.0), ins("m14", 25.0)])
case("reorder-pour-dipstick", "dipstick clip then the pouring one, i want the pour first obviously",
     {**on(POUR, start=121.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 128.0, "tol": 1.0}},
     setup=[ins("m6", 121.0), ins("m15", 127.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade-gopros", "crossfade between the two gopro clips", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m3", 45.0), ins("m4", 53.0)])
case("transition-dip-ramps", "dip to black between the ramps clip and chocks n ramps, 1 sec",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 1.0}}, setup=[ins("m2", 19.0), ins("m14", 25.0)])
case("transition-wipe", "wipe from the seal clip into the funnel pouring one", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m13", 103.0), ins("m15", 109.0)])
case("transition-jarring", "the cut from the drip tray clip to the sump plug one is a bit harsh, smooth it out",
     {"transition": {"role": "broll"}}, setup=[ins("m11", 76.0), ins("m12", 82.0)], note="any kind of transition counts")
case("transition-siri", "can you put a fade between the dipstick video and the dash cam video full stop",
     {"transition": {"role": "broll"}}, setup=[ins("m6", 139.0), ins("m7", 145.0)])
case("effect-fadein", "fade in from black at the start", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-3s", "3 sec fade to black at the end pls", {"effect": {"role": "main", "type": "fade_out", "duration": 3.0}})
case("effect-warm", "dad looks a bit blue and washed out in the shade, warm him up", {"effect": {"role": "main", "type": "color"}},
     note="any colour correction on the talk counts")
case("effect-bw-gh01", "GH010044 black n white", bw(DRAIN), setup=[ins("m3", 45.0)])
case("effect-kenburns-bottle", "slow push in on the oil bottle photo", {"effect": {"media": BOTTLE, "type": "zoom"}},
     setup=[ins("m10", 35.0, 4.0)])
case("effect-blur-dashcam", "blur the dashcam clip, it shows the rego of the car in front",
     {"effect": {"media": DASHCAM, "type": "blur"}}, setup=[ins("m7", 145.0)], note="a blur on the whole clip is what can be done")
case("effect-dark-driptray", "under car DRIP tray is too dark, brighten it up", {"effect": {"media": DRIPTRAY, "type": "color"}},
     setup=[ins("m11", 76.0)])
case("effect-normalize", "normalise dads voice so its even", {"effect": {"role": "main", "type": "normalize"}})
case("effect-music-in", "fade the highway dust music in", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-music-out", "fade the music out at the end", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-mono-fb", "make the facebook clip monochrome", bw(FBVID), setup=[ins("m8", 35.0)])
case("effect-rotate-0871", "DSC_0871 is sideways, rotate it 90 clockwise", {"effect": {"media": NIKON71, "type": "rotate", "degrees": 90}},
     setup=[ins("m5", 0.25)])
case("effect-flip-seal", "the seal clip is mirrored, flip it", {"effect": {"media": SEAL, "type": "flip"}}, setup=[ins("m13", 103.0)])
case("effect-upsidedown-gh02", "GH020044 is upside down, the gopro was mounted upside down under the car",
     {"effect": {"media": FILTEROFF, "type": "rotate", "degrees": 180}}, setup=[ins("m4", 89.0)])
case("speed-gh01-2x", "GH010044 2x speed", {"speed": {"media": DRAIN, "value": 2.0}}, setup=[ins("m3", 45.0)])
case("speed-fb-half", "slow the facebook pour down to half speed", {"speed": {"media": FBVID, "value": 0.5}}, setup=[ins("m8", 35.0)])
case("speed-talk-10", "can dad talk 10% faster, he's a bit slow", {"speed": {"role": "main", "value": 1.1}})
case("speed-dashcam-4x", "dashcam clip 4x, it's boring", {"speed": {"media": DASHCAM, "value": 4.0}}, setup=[ins("m7", 145.0)])
case("speed-pour-075", "pour clip at 0.75 speed", {"speed": {"media": POUR, "value": 0.75}}, setup=[ins("m15", 121.0)])
case("speed-siri-double", "make the drip tray video twice as fast full stop", {"speed": {"media": DRIPTRAY, "value": 2.0}},
     setup=[ins("m11", 76.0)])

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-20", "music to -20 dB", {"clip_volume": {"role": "music", "db": -20.0}})
case("audio-music-down5", "highway dust 5 dB quieter", {"clip_volume": {"role": "music", "db": MUSIC_DB - 5.0}})
case("audio-music-up3", "bump the music up 3 dB", {"clip_volume": {"role": "music", "db": MUSIC_DB + 3.0}})
case("audio-music-minus28", "set the backing track to minus twenty eight", {"clip_volume": {"role": "music", "db": -28.0}})
case("audio-drowning", "CANT HEAR MESELF OVER THE MUSIC", {"clip_volume": {"role": "music", "db": -23.5, "tol": 5.5}},
     note="judgement: any cut of 3 to 14 dB on the bed counts")
case("audio-duck", "duck the music under dads voice", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-mod", "sidechain the music so it drops under the narration and comes back in the gaps",
     {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-12", "drop the music 12 dB whenever he's talking", {"music_envelope_dips_during_speech": -11.5})
case("audio-mute-music", "no music thanks, mute it", {"track_muted": "music"})
case("audio-voice-up3", "dads a bit quiet, voice up 3 dB", {"clip_volume": {"role": "main", "db": 3.0}})
case("audio-voice-down2", "turn mick down 2 dB he's shouting", {"clip_volume": {"role": "main", "db": -2.0}})
case("audio-unmute", "actually bring the music back", {"track_unmuted": "music"}, history=["mute the music"])

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "title \"Corolla Oil Change\" over the first 4 seconds", title("Corolla Oil Change", 0.0, 4.0))
case("title-name", "lower third 'Mick, Ballarat' at 0:01 for 3 secs", title("Mick, Ballarat", at("0:01"), 3.0))
case("title-oil", "put '5W-30, 4.2 L' on screen at 0:39", title("5W-30, 4.2 L", at("0:39")))
case("title-caps", "CAPTION \"NEVER JUST A JACK\" AT 0:23", title("NEVER JUST A JACK", at("0:23")))
case("title-spec", "overlay text '14 mm drain plug' at 45s", title("14 mm drain plug", at("45s")))
case("title-torque", "add 'hand tight + 3/4 turn' at 1:51", title("hand tight + 3/4 turn", at("1:51")))
case("title-disclaimer", "add a disclaimer card \"Do this at your own risk\" for the first 5 seconds",
     title("Do this at your own risk", 0.0, 5.0))
case("title-endcard", "end card 'thx for watching x' for the last 3 seconds", title("thx for watching x", r(D - 3.0), 3.0))
case("title-emoji", "text '🛢️ every 10,000 km' at 2:34", title("🛢️ every 10,000 km", at("2:34")))
case("title-step-drain", "'Step 1: Drain' as a title when he starts 'Now, slide the ice cream container'",
     title("Step 1: Drain", SEG[9].start))
case("title-interval", "\"10,000 km / 6 months\" on screen from 2:34 to 2:39", title("10,000 km / 6 months", at("2:34"), 5.0))

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "cut the ums and uhs; also the bit where he starts the filter bit again",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.35 * (NFILL - 1)), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * (NFILL - 1) - 1.8)},
     note="the retake holds one um")
case("multi-pauses-duck", "tighten the long pauses; duck the music under dad",
     {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK})
case("multi-gh02-bw", "GH020044 at 1:29 and make it black and white", {**on(FILTEROFF, role=None, start=at("1:29")), **bw(FILTEROFF)})
case("multi-bottle-caption", "at 0:35 put the oil bottle photo in with the text \"5L of 5W-30\"",
     {**on(BOTTLE, role=None, start=at("0:35")), **title("5L of 5W-30", at("0:35"))})
case("multi-retake-seal", "remove the stuffed up first go at the new filter, then put the seal clip over the proper one",
     {**RETAKE, **on(SEAL, overlaps=[r(SEG[RETAKE_I + 1].start - RETAKE_LEN - 0.3), r(SEG[RETAKE_I + 1].end - RETAKE_LEN + 0.3)])})
case("multi-music-fade", "music to -22 and fade it out at the end",
     {"clip_volume": {"role": "music", "db": -22.0}, "effect": {"role": "music", "type": "fade_out"}})
case("multi-dashcam-mute", "dashcam clip 3x and mute the music", {"speed": {"media": DASHCAM, "value": 3.0}, "track_muted": "music"},
     setup=[ins("m7", 145.0)])
case("multi-trim-title", "trim 2 secs off the start then put 'Mick's Garage' at 0:00",
     {"duration_near": [r(D - 2.0), 0.1], **title("Mick's Garage", 0.0)})
case("multi-gh01-fadein", "GH010044 at 0:45 with a fade in",
     {**on(DRAIN, role=None, start=at("0:45")), "effect": {"media": DRAIN, "type": "fade_in"}})
case("multi-normalize-duck", "normalise the voice and duck the music under it",
     {"effect": {"role": "main", "type": "normalize"}, "music_envelope_dips_during_speech": DUCK})
case("multi-trevor-washer", "cut the bowser sentence and the crush washer one right after it", sentence_cut(15, 16))
case("multi-scratch", "cut the first 3 secs; scratch that, make it 2", gone(2.0), note="Jess changes her mind mid-message")

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "make it black and white", bw(FILTEROFF), history=["put GH020044 at 1:29"])
case("convo-move-it", "nah 0:40 instead", on(BOTTLE, start=at("0:40"), count=1), history=["put oil bottle.jpg at 0:35"])
case("convo-quieter", "still too loud", {"clip_volume": {"role": "music", "db": -24.0, "tol": 3.0}},
     history=["music to -20"], note="judgement: anything from 1 to 7 dB below -20")
case("convo-louder", "now i cant hear it at all, bit louder", {"clip_volume": {"role": "music", "db": -29.0, "tol": 2.5}},
     history=["set the music to -32 dB"], note="judgement: louder than -32 but not back above -26")
case("convo-undo", "undo that pls", {"matches_initial": True}, history=["cut the first 5 seconds"])
case("convo-which-gopro", "the one where the plug comes out", on(DRAIN, start=at("0:45")), history=["put the gopro clip at 0:45"],
     note="the first turn is ambiguous (GH010044 and GH020044); the answer means GH010044")
case("convo-which-nikon", "the dipstick one", on(DIPSTICK, start=at("2:05")), history=["put the nikon clip at 2:05"],
     note="the first turn is ambiguous (DSC_0871 and DSC_0879); the answer means DSC_0879")
case("convo-title-longer", "keep it up for 6 secs", title("Oil Change 101", 0.0, 6.0), history=["add a title \"Oil Change 101\" at the start"])
case("convo-that-fast", "make that one twice as fast", {"speed": {"media": DRIPTRAY, "value": 2.0}}, history=["put under car DRIP tray at 1:16"])
case("convo-same-bottle", "same again with the oil bottle photo at 0:39", on(BOTTLE, start=at("0:39")),
     history=["put the FB vid at 0:35"])
case("convo-fade-it", "fade that out", {"effect": {"media": SEAL, "type": "fade_out"}}, history=["put 20260321_160233 at 1:43"])
case("convo-music-too", "same for the music", {"effect": {"role": "music", "type": "fade_out"}}, history=["fade the video out at the end"])
case("convo-speed-normal", "actually back to normal speed", {**on(DASHCAM, role=None, start=at("2:25")), "speed": {"media": DASHCAM, "value": 1.0}},
     history=["dashcam clip at 2:25", "make it 4x"])
case("convo-caption-move", "move that caption to 0:25", title("NEVER ON A JACK", at("0:25")), history=["caption \"NEVER ON A JACK\" at 0:23"])
case("convo-other-gopro", "and the filter one from under the car at 1:29", on(FILTEROFF, start=at("1:29")), history=["put GH010044 at 0:45"])
case("convo-pauses-too", "and the long gaps while ur at it",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)},
     history=["cut all the ums and uhs"])
case("convo-retext", "change it to \"5W-30 fully synthetic\"", title("5W-30 fully synthetic", at("0:39")),
     history=["add a caption \"5W-30\" at 0:39"])
case("convo-where-again", "sorry what time was that", {"unchanged": True, "reply_has": [mmss(SEG[13].start)]},
     history=["when does dad start the trevor story?"])
case("convo-not-that-one", "no the other gopro, the filter coming off", {**on(FILTEROFF, start=at("1:29")), "no_clip": {"media": DRAIN}},
     history=["put GH010044 at 1:29"], note="a correction: GH020044 replaces GH010044 at 1:29")
case("convo-fadein-it", "and fade it in", {"effect": {"media": DASHCAM, "type": "fade_in"}}, history=["put the dashcam clip at 2:25"])
case("convo-redo", "actually redo it", UMS, history=["remove all the ums", "undo"], note="redo brings the um cut back")
case("convo-louder-voice", "bit more", {"clip_volume": {"role": "main", "db": 5.25, "tol": 1.75}},
     history=["turn dads voice up 3 dB"], note="judgement: a little louder than +3 (at least +3.5), up to about +7")
case("convo-scratch", "scratch that, leave the first bit", {"matches_initial": True}, history=["trim the first 4 seconds"],
     note="Jess takes back the trim")
case("convo-mick-yep", "yep the plug one", on(DRAIN, start=at("0:45")), history=["gopro at 0:45"],
     note="the first turn is ambiguous; Mick's answer means GH010044")

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "how long's the vid now", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-where-trevor", "when does dad start on about uncle trev", {"unchanged": True, "special": "answer",
                                                                         "reply_has": [mmss(SEG[13].start)]})
case("question-where-drain", "what time does the drain plug section start", {"unchanged": True, "special": "answer",
                                                                              "reply_has": [mmss(SEG[9].start)]})
case("question-where-seal", "where does he explain oiling the seal on the new filter",
     {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[22].start)]})
case("question-where-capacity", "at what point does he say how much oil she takes", {"unchanged": True, "reply_has": [mmss(SEG[8].start)]})
case("question-where-siri", "what time does he talk about taking the old oil to the tip question mark",
     {"unchanged": True, "reply_has": [mmss(SEG[31].start)]})
case("question-music-level", "whats the music sitting at volume wise", {"unchanged": True, "reply_has": ["-15"]})
case("question-unused", "which clips havent been used yet", UNCHANGED)
case("question-um-count", "how many ums are there", UNCHANGED)
case("question-take2", "did i do the sign off twice?", UNCHANGED)
case("question-broll-track", "whats on the b-roll track atm", {"unchanged": True, "reply_has": [DRAIN, DASHCAM]},
     setup=[ins("m3", 45.0), ins("m7", 145.0)])
case("question-stumbles", "does he stuff up anywhere and restart", UNCHANGED)
case("question-gopro-res", "what res is the gopro footage", UNCHANGED)
case("question-fps", "what frame rate is the project", {"unchanged": True, "reply_has": ["30"]})
case("question-sfx", "got any sound effects in the bin?", UNCHANGED)
case("question-after-cut", "how long is it after that", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]},
     history=["take out all the ums and uhs"])
case("question-what-did", "what did u just do", {"unchanged": True, "reply_has": ["fade"]}, history=["fade the music out over 3 seconds"])
case("question-torque", "is hand tight plus three quarters actually the right torque for a corolla", UNCHANGED,
     note="a question about cars, not the edit")

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-thanks", "thx heaps", UNCHANGED)
case("chat-trev", "trev is gonna spit when he sees this lol", UNCHANGED)
case("chat-gday", "g'day", UNCHANGED)
case("chat-smoko", "smoko, back in 10", UNCHANGED)
case("chat-clever", "fair dinkum youre a clever bit of gear", UNCHANGED)
case("chat-think", "hang on let me think about it", UNCHANGED)
case("chat-ta", "ta mate", UNCHANGED)
case("chat-sharon", "hi its sharon micks wife he says hello full stop", UNCHANGED)
case("chat-righto", "right-o", UNCHANGED)
case("chat-jess", "ok dads gone to the pub, jess here now", UNCHANGED)
case("chat-forum", "looks good, the lads on the forum will love it", UNCHANGED)
case("chat-bloodyoath", "bloody oath", UNCHANGED)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-trevclip", "put the clip of trevor at the servo over the diesel story", UNCHANGED, note="Trevor is in no media")
case("nonedit-missing-gh03", "GH030044 at 1:00", UNCHANGED, note="the GoPro chapters are GH010044 and GH020044 only")
case("nonedit-missing-dsc72", "DSC_0872.MOV at 0:40", UNCHANGED, note="the Nikon clips are DSC_0871 and DSC_0879")
case("nonedit-missing-sumpv1", "use sump plug OK this one 1 instead at 1:16", UNCHANGED, note="only ' 2' is in the bin")
case("nonedit-missing-voice15", "Voice 015 in place of the ending", UNCHANGED, note="the phone take is Voice 014")
case("nonedit-missing-airfilter", "cut the bit about the air filter", UNCHANGED, note="never said; only the oil filter")
case("nonedit-missing-sparkplugs", "remove where he talks about spark plugs", UNCHANGED, note="never said")
case("nonedit-missing-newtons", "delete the torque spec bit where he gives the newton metres", UNCHANGED,
     note="no torque figure is said; only hand-tight plus three quarters")
case("nonedit-missing-dog", "cut the part where the dog walks past", UNCHANGED, note="no dog in the talk")
case("nonedit-missing-horn", "car horn sound effect at 0:30", UNCHANGED, note="the only sound effect is a ratchet")
case("nonedit-missing-receipt", "put the photo of the supercheap receipt over the servo line", UNCHANGED, note="no such photo")
case("nonedit-missing-jackstands", "put the jack stands clip over never get under a car on a jack", UNCHANGED, note="no such clip")
case("nonedit-missing-siri-hubcap", "cut the sentence about the hub caps full stop", UNCHANGED, note="never said")
case("nonedit-offtimeline-ratchet", "ratchet sound a bit quieter", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-dashcam", "speed up the dashcam clip", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-voice", "Voice 014 up 3 dB", UNCHANGED, note="the second take is only in the bin")
case("nonedit-offtimeline-fb", "fade out the facebook video", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-gh01", "GH010044 in black and white", UNCHANGED, note="only in the bin")
case("nonedit-ambig-gopro", "the gopro clip at 1:05", UNCHANGED, note="GH010044 and GH020044")
case("nonedit-ambig-samsung", "put the samsung video at 0:20", UNCHANGED, note="three 20260321_ phone clips")
case("nonedit-ambig-nikon", "nikon clip at 2:05", UNCHANGED, note="DSC_0871 and DSC_0879")
case("nonedit-ambig-ramps", "the ramps clip at 0:19", UNCHANGED, note="20260321_154512 (up the ramps) or chocks and ramps.mp4")
case("nonedit-ambig-undercar", "put the under the car footage at 0:50", UNCHANGED, note="GH010044, GH020044 and under car DRIP tray")
case("nonedit-ambig-pouring", "the oil pouring clip at 2:01", UNCHANGED, note="the Facebook pour and 20260321_163510")
case("nonedit-ambig-dipstick", "cut the dipstick sentence", UNCHANGED, note="27, 28 and 30")
case("nonedit-ambig-sump", "delete the line about the sump", UNCHANGED, note="3, 9 and 17")
case("nonedit-ambig-servo", "remove the servo line", UNCHANGED, note="7 and 13")
case("nonedit-ambig-washer", "cut the crush washer sentence", UNCHANGED, note="6 and 16")
case("nonedit-ambig-threequarters", "take out the three quarters sentence", UNCHANGED, note="24 and 25")
case("nonedit-ambig-cuppa", "cut the cuppa line", UNCHANGED, note="12 and 34")
case("nonedit-ambig-tip", "LOSE THE TIP IT LINE", UNCHANGED, note="20, 31 and 32")
case("nonedit-ambig-bob", "cut the bobs your uncle sentence", UNCHANGED, note="24 and 28")
case("nonedit-ambig-heaps", "remove the sentence with heaps in it", UNCHANGED, note="7 and 14")
case("nonedit-ambig-fourteen", "cut the fourteen mil line", UNCHANGED, note="6 and 9")
case("nonedit-ambig-minute", "cut the sentence where he says a minute", UNCHANGED,
     note="'give it a minute to settle' (27) and 'let her idle for a minute' (29)")
case("nonedit-ambig-siri-phil", "cut the Phil ta sentence full stop", UNCHANGED, note="filter in 0, 6, 18, 19, 22, 29")
case("nonedit-inside-plate", "blur the number plate automatically wherever it appears", UNCHANGED,
     note="tracking a plate inside the pictures is not something to guess at; should ask or refuse")
case("nonedit-inside-gif", "make a GIF of the drain", UNCHANGED, note="exporting a GIF is not an edit of the timeline; refuse or ask")
case("nonedit-inside-graphic", "add a torque spec graphic", UNCHANGED, note="no spec given and none is said; should ask")
case("nonedit-inside-partnumber", "overlay the part number of the filter", UNCHANGED, note="no part number anywhere; should ask")
case("nonedit-inside-stain", "get rid of the oil stain on the driveway in GH010044", UNCHANGED, setup=[ins("m3", 45.0)])
case("nonedit-inside-bottle", "what brand is the oil in the bottle photo", UNCHANGED, note="a question about the inside of a still")
case("nonedit-inside-dog", "theres a dog barking at about 1:20, remove the bark", UNCHANGED, note="no such sound in the talk")
case("nonedit-inside-belly", "can you make me look less fat in the nikon clip", UNCHANGED, setup=[ins("m6", 126.0)])

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-after-outlast", "delete everything after 'the engine will outlast the car'", {"confirm": True})
case("confirm-first-minute", "bin the whole first minute", {"confirm": True})
case("confirm-reel", "make it a 60 sec reel for insta, cut whatever", {"confirm": True})
case("confirm-range", "take out 0:30 to 1:30", {"confirm": True})
case("confirm-before-filter", "everything before 'Now the filter lives round the front' can go", {"confirm": True})
case("confirm-delete-talk", "delete the main clip, the whole thing", {"confirm": True})
case("confirm-last40", "just keep the last 40 seconds", {"confirm": True})
case("confirm-past-two", "cut everything after 2 minutes full stop", {"confirm": True})
case("confirm-mick", "CUT IT DOWN TO THE DRAIN AND THE FILTER BITS ONLY", {"confirm": True})


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "af_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out, "D =", D)

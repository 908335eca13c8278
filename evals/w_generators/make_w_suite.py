"""Writes w_heldout.jsonl from the cases below; every expected time is computed from project W's
transcript (project_w_kombucha.SCRIPT through talk_project.timed_script), never typed by hand. Times a
user types in a message ("1:42", "@ 45s", "00:01:05:10", "1 min 5", "62.5 secs", "two minutes five",
"a minute and a half in") are parsed from the same string the message uses.

    cd evals/w_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_w_suite.py   (writes ../w_heldout.jsonl)

Written blind (without reading the planner, the index, the agents or any earlier suite's messages;
suite Q's generator was used only for the file layout and the bound conventions). The people typing,
mixed about evenly: Anh herself (forty-five, a Brisbane nurse: calm, whole sentences, Australian —
"heaps", "reckon", "arvo", "no worries", "righto" — and vague about which bit she means), her son Minh
(sixteen, editing it for her: "pls", "u", "rn", "idk", calls her "mum" or "she"), someone typing on a
phone whose autocorrect mangles things ("scooby" for SCOBY, "come butcher" for kombucha, "ginger beer"
for the ginger bit, dropped words), and a small-business marketer turning it into an Instagram ad
("hook", "call to action", "end card", "logo in the corner", "make it 15 seconds", timecodes like 0:45
or 45s). Bound conventions (the same as suites H to Q): D is the fresh timeline's length (the built
talk file holds int(T * 30) frames, T being timed_script's total; for this talk 5009 frames = 166.97 s,
which test_project_w.py checks against a real build).
  all fillers:   D - 0.35*n  >  after  >  D - (0.5*n + 1.8)
  one filler:    D - 0.31 > after > D - 0.61
  a phrase:      D - (len - lo)  >  after  >  D - (len + hi)   (lo/hi 0.1/0.4, or 0.05/0.25 for one short word)
  a sentence:    D - (len - 0.05)  >  after  >  D - (len + pause after + 0.35)
  one pause p:   D - (p - 1.0)  >  after  >  D - (p + 0.05)
  all pauses:    D - 3.0  >  after  >  D - (sum of every pause + 0.5)
  the retake:    removed between (to next sentence) - 0.35 and + 0.35
  start at a sentence: D - (start - (pause before - 0.05))  >  after  >  D - (start + 0.05)
  end after a sentence: end + 0.8  >  after  >  end - 0.05
Ducking is checked at -6 dB (or -11.5 for "12 dB"), which an envelope read as an offset or as an
absolute level both reach, since the bed already sits at -15 dB.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_w_kombucha import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401
except ImportError:  # from a folder holding the project file
    from project_w_kombucha import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = round(math.floor(_T * 30) / 30, 2)  # the fresh timeline: int(166.98 s * 30) = 5009 frames / 30 = 166.97, as built
PAUSE = [p for _t, p in SCRIPT]
NFILL = sum(w.text.lower().strip(",.") in {"um", "uh"} for w in WORDS)  # 10
MUSIC_DB = -15.0
RETAKE_I = 23  # the abandoned "fill the bottles" sentence; 24 is the good one

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m15
(SUGAR, PH, SLICE, FUNNEL, SONY9, FRIDGE, SCREENREC, FBVID, TIMELINE, SCOBYPIC, GINGERV3, HOTEL, FIZZ, TEABAGS) = (
    M[i] for i in range(2, 16))

NUMBER_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                "forty": 40, "fifty": 50}


def r(x: float) -> float:
    return round(x, 2)


def mmss(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


def _words_number(text: str) -> int:
    return sum(NUMBER_WORDS[p] for p in re.split(r"[\s-]+", text.strip()) if p not in ("and", "a"))


def at(text: str) -> float:
    """Seconds for a time as a user types it: '1:10', '00:01:10', '00:00:47:15' (30 fps), '2 min 1', '12s',
    '121.3 secs', '6', 'two minutes twenty one', 'a minute and a half in'."""
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
    if t == "a minute and a half in":
        return 90.0
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
    """Several phrases at once: the sum of their lengths, each with its own slack."""
    total = sum(b - a for a, b in (phrase(i, t) for i, t in spots))
    n = len(spots)
    return {"duration_lt": r(D - (total - lo * n)), "duration_gt": r(D - (total + hi * n))}


def pause_cut(i: int) -> dict:
    p = PAUSE[i]
    assert p >= 1.5, i
    return {"duration_lt": r(D - (p - 1.0)), "duration_gt": r(D - (p + 0.05))}


def filler_in(i: int) -> dict:
    """One filler: the sentence i must hold exactly one um/uh (asserted)."""
    n = sum(w.text.lower().strip(",.") in {"um", "uh"} for w in WORDS if SEG[i].start <= w.start <= SEG[i].end)
    assert n == 1, (i, n)
    return ONE_FILLER


def start_at(i: int) -> dict:
    """Trim the head so the video starts at sentence i."""
    return {"duration_lt": r(D - (SEG[i].start - (PAUSE[i - 1] - 0.05))), "duration_gt": r(D - (SEG[i].start + 0.05))}


def end_after(i: int) -> dict:
    return {"duration_lt": r(SEG[i].end + 0.8), "duration_gt": r(SEG[i].end - 0.05)}


FILLERS = {"duration_lt": r(D - 0.35 * NFILL), "duration_gt": r(D - (0.5 * NFILL + 1.8))}
NUM = sum(w.text.lower().strip(",.") == "um" for w in WORDS)  # 6 of the 10
UMS = {"duration_lt": r(D - 0.35 * NUM), "duration_gt": r(D - (0.5 * NUM + 1.8))}
ONE_FILLER = {"duration_lt": r(D - 0.31), "duration_gt": r(D - 0.61)}
ALL_PAUSES = sum(PAUSE)
PAUSES = {"duration_lt": r(D - 3.0), "duration_gt": r(D - (ALL_PAUSES + 0.5))}
RETAKE_LEN = SEG[RETAKE_I + 1].start - SEG[RETAKE_I].start
RETAKE = {"duration_lt": r(D - (RETAKE_LEN - 0.35)), "duration_gt": r(D - (RETAKE_LEN + 0.35))}
DUCK = -6.0
TICS_RIGHTO = [(2, "righto"), (19, "righto")]


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
    CASES.append({"id": f"w-{cid}", "message": message, "expect": expect, **extra})


UNCHANGED = {"unchanged": True}

# --- B-roll over parts named by what is said, by what the media shows, or by bits of a file name ----
case("broll-slice-ginger", "Could you put the GoPro clip where I'm slicing the ginger over the bit where I talk about cutting it into coins?",
     over(SLICE, 21), note="only GX010234's description has the slicing; GX020234 is the funnelling")
case("broll-slice-gx01", "GX010234 over 'now for the ginger' pls", over(SLICE, 21))
case("broll-slice-coins", "ginger chopping vid over where mum says three or four coins in each bottle", over(SLICE, 22))
case("broll-funnel-fill", "the gopro one with the funnel over the sentence where she actually fills the bottles properly, not the stuffed up one",
     over(FUNNEL, 24), note="the good take, not the abandoned sentence 23 before it")
case("broll-funnel-gx02", "GX020234.MP4 on top of 'use proper flip top bottles'", over(FUNNEL, 25))
case("broll-sugar-stir", "put the pixel clip of the sugar dissolving over 'stir in two cups of sugar'", over(SUGAR, 6))
case("broll-sugar-pxl", "PXL_20260601_031522104 over the first ferment shopping list sentence, black tea white sugar etc", over(SUGAR, 2))
case("broll-ph-strips", "the ph strip video over where i say you want a ph of about three point five", over(PH, 15))
case("broll-ph-tilde", "PXL_20260604_072905331~2 over the vinegar line", over(PH, 16))
case("broll-fridge-winter", "C0011 over the part about winter and the top of the fridge", over(FRIDGE, 12))
case("broll-fridge-warm", "Can the shot of the jar up on the fridge go over where I say somewhere warm and dark, twenty four degrees?", over(FRIDGE, 11))
case("broll-sony9-room", "C0009 over 'the tea has to be at room temperature'", over(SONY9, 8))
case("broll-sony9-towel", "pls put C0009.MP4 over the tea towel and rubber band bit", over(SONY9, 10))
case("broll-screenrec-online", "the screen recording over where she says u can buy one online for fifteen dollars", over(SCREENREC, 4))
case("broll-screenrec-tilde", "Screen Recording 2026-06-01 093012 over the scooby is the rubbery pancake line", over(SCREENREC, 3),
     note="autocorrect: scooby = SCOBY")
case("broll-fb-comments", "the facebook video from the brewers group over the 'let me know in the comments' bit", over(FBVID, 34))
case("broll-fb-cheap", "FB_VID over 'so thats come butcher, its cheap'", over(FBVID, 33), note="autocorrect: come butcher = kombucha")
case("broll-timeline-intro", "Timeline 1.mov over the very first sentence, the hi everyone", over(TIMELINE, 0))
case("broll-timeline-nurse", "davinci render (Timeline 1) over where mum says shes a nurse and works odd shifts", over(TIMELINE, 1))
case("broll-scobypic-pancake", "the photo of the SCOBY on the plate over where I describe what a SCOBY is", over(SCOBYPIC, 3))
case("broll-scobypic-takeout", "PXL_20260605_014455870.MP.jpg over 'take the scoby out with clean hands'", over(SCOBYPIC, 20))
case("broll-v3-burp", "second_ferment_ginger_v3_FINAL over the burp your bottles sentence", over(GINGERV3, 28))
case("broll-v3-bench", "the v3 final ginger clip over leave the bottles on the bench for two or three days", over(GINGERV3, 29))
case("broll-hotel-pantry", "scoby hotel jar over where I explain about keeping the spare ones in the pantry", over(HOTEL, 18))
case("broll-hotel-layer", "scoby_hotel_jar.mp4 over every batch grows a new layer", over(HOTEL, 17))
case("broll-fizz-sink", "fizz test pour over 'do it over the sink, just in case'", over(FIZZ, 31))
case("broll-fizz-gush", "the pouring fizzy glass clip over the bit about it gushing everywhere", over(FIZZ, 30))
case("broll-fizz-taste", "fizz test pour.mov over where it should taste a bit like ginger beer", over(FIZZ, 32))
case("broll-teabags-boil", "tea_bags_and_sugar over 'start by boiling four cups of water'", over(TEABAGS, 5))
case("broll-teabags-top", "teabags clip over top it up with cold water", over(TEABAGS, 7))
case("broll-fridge-stops", "the fridge jar shot over 'the cold stops the fermenting'", over(FRIDGE, 30),
     note="C0011 is the only clip whose description has the fridge")
case("broll-sugar-starter", "put the sugar in tea pixel vid over the starter liquid sentence", over(SUGAR, 9))
case("broll-ph-tasting", "pH clip over where she says start tasting from day seven with a straw", over(PH, 13))
case("broll-slice-peel", "gopro ginger slicing over 'skin on, no need to peel it' thanks heaps", over(SLICE, 21))

# --- times and positions ---------------------------------------------------------------------------
case("time-slice-mmss", "GX010234 at 1:42", on(SLICE, start=at("1:42")))
case("time-funnel-secs", "GX020234 @ 115s", on(FUNNEL, start=at("115s")))
case("time-ph-colon", "ph strip clip at 1:13 pls", on(PH, start=at("1:13")))
case("time-sugar-bare", "sugar pixel clip at 31", on(SUGAR, start=at("31")))
case("time-fridge-tc", "C0011 at 00:01:01:15, we're at 30fps", on(FRIDGE, start=at("00:01:01:15")))
case("time-hotel-min", "scoby hotel jar at 1 min 25", on(HOTEL, start=at("1 min 25")))
case("time-pop-secs", "bottle pop sound at 149.5 secs", on(SFX, role=None, start=at("149.5 secs")))
case("time-pop-words", "the pop sound effect at two minutes thirty", on(SFX, role=None, start=at("two minutes thirty")))
case("time-fb-minutehalf", "drop the facebook brewers video in a minute and a half in", on(FBVID, start=at("a minute and a half in")))
case("time-scobypic-5s", "the scoby plate photo at 0:17 for 5 seconds", on(SCOBYPIC, start=at("0:17"), within=[at("0:17"), at("0:17") + 5.0]))
case("time-fizz-about", "fizz test pour somewhere around 2:29, doesnt have to be exact", on(FIZZ, start=at("2:29"), tol=1.5))
case("time-teabags-ish", "tea bags clip roughly 26s in, near enough is good enough", on(TEABAGS, start=at("26"), tol=1.5))
case("time-slice-2s-into", "bring the ginger slicing gopro in 2 seconds after she starts saying 'Now for the ginger'",
     on(SLICE, start=r(SEG[21].start + 2.0), tol=0.3))
case("time-funnel-1s-after", "funnel clip one second after I start 'Then you put the funnel in'", on(FUNNEL, start=r(SEG[24].start + 1.0), tol=0.3))
case("time-fb-before-end", "the FB_VID clip 10 secs before the end", on(FBVID, start=r(D - 10.0), tol=0.3))
case("time-v3-colon", "second_ferment_ginger_v3_FINAL.mp4 @ 2:18", on(GINGERV3, start=at("2:18")))
case("pos-hook-fizz", "for the ig ad the hook has to be the fizz test pour, open the video on that before her face", on(FIZZ, start=0.0))
case("pos-last-scobypic", "last thing on screen should be the scoby photo", on(SCOBYPIC, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-middle-hotel", "stick the scoby hotel clip right in the middle of the vid", on(HOTEL, start=r(D / 2), tol=1.5))
case("pos-pop-openit", "the pop sound right when I say 'When you open it' near the end", on(SFX, role=None, overlaps=list(phrase(31, "when you open it"))))
case("pos-pop-exploded", "bottle cap pop on the word exploded in the gary story lol", on(SFX, role=None, overlaps=list(phrase(26, "exploded"))))
case("pos-pop-playhead", "pop sfx here where the playhead is", on(SFX, role=None, start=126.0), playhead=126.0)
case("pos-title-playhead", "caption \"burp daily!\" at the playhead", title("burp daily!", start=134.0), playhead=134.0)
case("pos-selected-bw", "make the one I've got highlighted black and white", bw(FUNNEL),
     setup=[ins("m4", 100.0), ins("m5", 114.0)], selection=["c4"], note="c4 is GX020234.MP4 (setup makes c3, c4)")
case("pos-selected-slow", "slow down the selected clip to half speed", {"speed": {"media": FRIDGE, "value": 0.5}},
     setup=[ins("m7", 58.0), ins("m2", 31.0, 4.0)], selection=["c3"], note="c3 is C0011.MP4")
case("pos-title-second", "title 'Step 2: Second Ferment' right as she says \"Righto, once the first ferment tastes right\"",
     title("Step 2: Second Ferment", start=SEG[19].start))

# --- cuts: fillers, tics, pauses, the retake, sentences, phrases, ranges -----------------------------
case("cut-fillers", "remove all the ums and uhs", FILLERS)
case("cut-fillers-anh", "Could you please take out all my ums and ahs, I sound like I've lost my train of thought.", FILLERS)
case("cut-fillers-minh", "pls cut every um n uh mum says", FILLERS)
case("cut-fillers-phone", "cut the umms and urns thru the whole thing", FILLERS, note="autocorrect: urns = uhs")
case("cut-fillers-ad", "tighten the VO for the ad, lose every um/uh", FILLERS)
case("cut-fillers-errs", "get rid of the errs and umms, it drags", FILLERS)
case("cut-fillers-hesitate", "remove the hesitation noises", FILLERS)
case("cut-ums-only", "just the ums please, leave the uhs", UMS)
case("cut-um-nurse", "the um in the nurse odd shifts sentence, only that one", filler_in(1))
case("cut-uh-online", "delete the uh before 'buy one online'", filler_in(4))
case("cut-um-starter", "theres an um after 'from your last batch', cut that", filler_in(9))
case("cut-uh-sweet", "the uh in 'if its still really sweet', lose it", filler_in(14))
case("cut-um-teaspoon", "cut the um right before 'a teaspoon of sugar'", filler_in(22))
case("cut-um-gary", "the um in the gary sentence before 'three of them exploded'", filler_in(26))
case("cut-uh-gush", "remove the uh between 'settles the bubbles' and 'so it doesnt gush'", filler_in(30))
case("cut-um-cheap", "snip the um after 'so thats kombucha'", filler_in(33))
case("cut-uh-mango", "the uh just before maybe mango, cut it", filler_in(34))
case("cut-yeah-cool", "cut the 'yeah' off the end of 'let it cool right down'", phrase_cut(7, "yeah", 0.05, 0.25))
case("cut-yeahnah", "lose the 'yeah nah' in the vinegar line, nobody overseas will get it", phrase_cut(16, "yeah nah"))
case("cut-noworries", "take out 'and no worries' from the tea towel sentence", phrase_cut(10, "and no worries"))
case("cut-righto-first", "cut the first 'Righto' at the start of the shopping list sentence", phrase_cut(2, "righto", 0.05, 0.25))
case("cut-righto-all", "she says righto twice, remove both", phrases_cut(TICS_RIGHTO, 0.05, 0.25))
case("cut-trustme", "remove 'trust me' at the end of the sink line", phrase_cut(31, "trust me"))
case("cut-poorthing", "cut 'poor thing' from the gary glass sentence", phrase_cut(27, "poor thing"))
case("cut-ireckon-warm", "take out 'I reckon' in the twenty four degrees sentence", phrase_cut(11, "i reckon"))
case("cut-phrase-wife", "Gary's wife might see this, please cut 'and his wife was not happy with him'", phrase_cut(27, "and his wife was not happy with him"))
case("cut-phrase-nasties", "remove 'it keeps the nasties out'", phrase_cut(9, "it keeps the nasties out"))
case("cut-phrase-mango", "cut 'maybe mango' at the end, I'm not doing mango", phrase_cut(34, "maybe mango"))
case("cut-phrase-lady", "cut the words 'I got mine off a lady at work' but keep the online bit", phrase_cut(4, "i got mine off a lady at work"))
case("cut-phrase-gut", "drop 'its good for your gut', marketing says we cant make health claims", phrase_cut(33, "it's good for your gut"))
case("cut-phrase-cook", "cut 'or youll cook it'", phrase_cut(8, "or you'll cook it"))
case("cut-pauses", "cut down all the long pauses", PAUSES)
case("cut-pauses-minh", "theres heaps of dead air where mum stops to do stuff, tighten the gaps", PAUSES)
case("cut-pauses-anh", "I go quiet for ages between bits while I'm pouring and stirring, could you close up those silences all the way through?",
     PAUSES)
case("cut-pauses-ad", "pacing is too slow for reels, kill the silences", PAUSES)
case("cut-pause-list", "the gap after the shopping list, the 'and a SCOBY' bit, goes on forever", pause_cut(2))
case("cut-pause-cool", "shorten the pause after 'let it cool right down'", pause_cut(7))
case("cut-pause-harddone", "long silence after 'thats the hard part done', trim it", pause_cut(10))
case("cut-pause-ph", "tighten the quiet bit after three point five", pause_cut(15))
case("cut-pause-fizz", "big gap after 'thats where the fizz comes from'", pause_cut(19))
case("cut-pause-pressure", "after the pressure really builds up there's a massive pause, shorten it", pause_cut(25))
case("cut-pause-gush", "the pause after gush everywhere when you open it is too long", pause_cut(30))
case("cut-retake", "cut where mum messes up and starts again", RETAKE)
case("cut-retake-anh", "I got the order wrong with the funnel and said I'd say it again, could you take out the wrong go please?", RETAKE)
case("cut-retake-quote", "remove 'Then you fill the bottles, um, no, sorry, that's wrong' and the rest of that fumble", RETAKE)
case("cut-retake-phone", "take out the first attempt at the funnel sentance, the stuffed one", RETAKE)
case("cut-gary-exploded", "cut the sentence about Gary's bottles exploding", sentence_cut(26))
case("cut-gary-glass", "remove the line about him finding glass for weeks", sentence_cut(27))
case("cut-gary-aside", "Can you take out the whole story about Gary, both of those sentences, from my neighbour Gary to his wife not being happy?",
     sentence_cut(26, 27))
case("cut-gary-range", "cut from 'My neighbour Gary' through to 'let some of the gas out'", sentence_cut(26, 28))
case("cut-vinegar", "delete the vinegar sentence", sentence_cut(16))
case("cut-hotel", "lose the scooby hotel line", sentence_cut(18), note="autocorrect: scooby = SCOBY")
case("cut-lady", "cut the sentence about where I got my SCOBY from", sentence_cut(4))
case("cut-brisbane", "remove the brisbane summer bit, its for an american audience", sentence_cut(12))
case("cut-sink", "cut the open it over the sink sentence", sentence_cut(31))
case("cut-gingerbeer", "take out the line comparing it to ginger beer", sentence_cut(32))
case("cut-comments", "delete the let me know in the comments sentence", sentence_cut(34))
case("cut-nurse", "cut where she says shes a nurse", sentence_cut(1))
case("cut-quote-layer", "cut \"Every batch your SCOBY grows a new layer, so you end up with heaps of them.\"", sentence_cut(17))
case("cut-range-layer-hotel", "take out the new layer sentence and the pantry one after it", sentence_cut(17, 18))
case("cut-range-sweet-ph", "remove from 'If it's still really sweet' to the end of the pH strips sentence", sentence_cut(14, 15))
case("cut-range-time", "remove 1:05 to 1:08", {"duration_near": [r(D - 3.0), 0.1]})
case("cut-range-secs", "cut 80s to 82s", {"duration_near": [r(D - 2.0), 0.1]})

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first2", "chop the first 2 seconds", {"duration_near": [r(D - 2.0), 0.1]})
case("trim-tail-half", "take half a sec off the very end", {"duration_lt": r(D - 0.3), "duration_gt": r(D - 0.8)})
case("trim-start-righto", "start the video at 'Righto, for the first ferment'", start_at(2))
case("trim-start-scoby", "for the ad, start straight on 'The SCOBY is the rubbery pancake thing', no intro", start_at(3))
case("trim-end-mango", "end it after the mango line, drop the bye", end_after(34))
case("trim-end-heaps", "finish on 'heaps of fun', cut everything after that", end_after(33),
     note="'heaps' is said in 1, 17 and 33; 'heaps of fun' is only 33")
case("trim-slice-3s", "GX010234 is too long, make it 3 secs", {**on(SLICE, start=100.0, within=[100.0, 103.0]), "duration_near": [D, 0.05]},
     setup=[ins("m4", 100.0)])
case("trim-fb-shorter", "cut 3 secs off the end of the facebook clip", {**on(FBVID, within=[150.0, 155.0]), "duration_near": [D, 0.05]},
     setup=[ins("m9", 150.0)])
case("trim-fridge-2s", "fridge jar clip down to 2 seconds pls", {**on(FRIDGE, start=58.0, within=[58.0, 60.0]), "duration_near": [D, 0.05]},
     setup=[ins("m7", 58.0)])
case("move-funnel-114", "move GX020234 to 1:54", on(FUNNEL, start=at("1:54"), count=1), setup=[ins("m5", 100.0)])
case("move-ph-later", "nudge the ph strip clip 2 seconds later", on(PH, start=74.0, count=1), setup=[ins("m3", 72.0)])
case("move-hotel-earlier", "scoby hotel clip needs to come in 3 secs earlier", on(HOTEL, start=82.0, count=1), setup=[ins("m13", 85.0)])
case("move-v3-sentence", "line the v3 ginger clip up with the start of 'So don't be like Gary'", on(GINGERV3, start=SEG[28].start, tol=0.3, count=1),
     setup=[ins("m12", 140.0)])
case("reorder-gopros", "the gopro clips are the wrong way round, the slicing should be before the funnel one",
     {**on(SLICE, start=100.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 107.0, "tol": 1.0}},
     setup=[ins("m5", 100.0), ins("m4", 107.0)])
case("reorder-sugar-teabags", "swap the sugar pixel clip and the tea bags one round",
     {**on(TEABAGS, start=26.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 31.0, "tol": 1.0}},
     setup=[ins("m2", 26.0), ins("m15", 32.0)])
case("reorder-fizz-fb", "fizz pour and the FB video, I want the FB one first",
     {**on(FBVID, start=145.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 153.0, "tol": 1.0}},
     setup=[ins("m14", 145.0), ins("m9", 150.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade-gopros", "crossfade between the two gopro clips", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m4", 100.0), ins("m5", 107.0)])
case("transition-dip", "dip to black from the sugar clip into the tea bags one, 1 sec",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 1.0}}, setup=[ins("m2", 26.0), ins("m15", 32.0)])
case("transition-wipe", "wipe from the fizz pour into the facebook video", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m14", 145.0), ins("m9", 150.0)])
case("transition-jumpy", "the cut from the scoby hotel jar to the fridge clip is a bit jarring, can it be smoother?",
     {"transition": {"role": "broll"}}, setup=[ins("m13", 84.0), ins("m7", 89.0)], note="any kind of transition counts")
case("transition-blend", "blend the ph clip into the sony C0009 one", {"transition": {"role": "broll"}},
     setup=[ins("m3", 72.0), ins("m6", 77.0)])
case("effect-fadein", "fade in from black at the start", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-3s", "3 sec fade to black at the end", {"effect": {"role": "main", "type": "fade_out", "duration": 3.0}})
case("effect-warm", "the kitchen light makes me look a bit green, can you warm the colour up?", {"effect": {"role": "main", "type": "color"}},
     note="any colour correction on the talk counts")
case("effect-bw-slice", "GX010234 in black and white", bw(SLICE), setup=[ins("m4", 100.0)])
case("effect-zoom-scobypic", "slow zoom on the scoby photo, ken burns style", {"effect": {"media": SCOBYPIC, "type": "zoom"}},
     setup=[ins("m11", 17.0, 4.0)])
case("effect-blur-fb", "blur the facebook video, I didn't ask those people if they wanted to be in it",
     {"effect": {"media": FBVID, "type": "blur"}}, setup=[ins("m9", 150.0)])
case("effect-dark-screenrec", "the screen recording is too dark, brighten it up", {"effect": {"media": SCREENREC, "type": "color"}},
     setup=[ins("m8", 22.0)])
case("effect-normalize", "normalise mums voice levels", {"effect": {"role": "main", "type": "normalize"}})
case("effect-music-in", "fade the music in at the start", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-music-out", "Could the music fade out at the end please?", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-mono-fridge", "C0011 monochrome", bw(FRIDGE), setup=[ins("m7", 58.0)])
case("effect-rotate-ph", "the ph strip video is sideways, rotate it 90 degrees clockwise",
     {"effect": {"media": PH, "type": "rotate", "degrees": 90}}, setup=[ins("m3", 72.0)])
case("effect-flip-hotel", "scoby hotel clip is mirrored, flip it", {"effect": {"media": HOTEL, "type": "flip"}}, setup=[ins("m13", 84.0)])
case("effect-fadein-fizz", "fade the fizz pour in", {"effect": {"media": FIZZ, "type": "fade_in"}}, setup=[ins("m14", 145.0)])
case("effect-bw-teabags", "make the teabag vid b&w", bw(TEABAGS), setup=[ins("m15", 26.0)])
case("speed-funnel-2x", "GX020234 at double speed", {"speed": {"media": FUNNEL, "value": 2.0}}, setup=[ins("m5", 114.0)])
case("speed-slice-half", "slow the ginger slicing clip down to half", {"speed": {"media": SLICE, "value": 0.5}}, setup=[ins("m4", 100.0)])
case("speed-talk-10pc", "speed mum up 10% for the reel, she talks slow", {"speed": {"role": "main", "value": 1.1}})
case("speed-fb-3x", "facebook vid 3x", {"speed": {"media": FBVID, "value": 3.0}}, setup=[ins("m9", 150.0)])
case("speed-fizz-slowmo", "the fizz pour in slow mo, quarter speed", {"speed": {"media": FIZZ, "value": 0.25}}, setup=[ins("m14", 145.0)])
case("speed-sugar-075", "sugar clip at 0.75x", {"speed": {"media": SUGAR, "value": 0.75}}, setup=[ins("m2", 31.0)])

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-20", "music at -20 dB", {"clip_volume": {"role": "music", "db": -20.0}})
case("audio-music-down5", "backing track 5 dB quieter", {"clip_volume": {"role": "music", "db": MUSIC_DB - 5.0}})
case("audio-music-up3", "turn the song up 3 dB, it's the brand vibe", {"clip_volume": {"role": "music", "db": MUSIC_DB + 3.0}})
case("audio-music-minus25", "set the music to minus twenty five", {"clip_volume": {"role": "music", "db": -25.0}})
case("audio-drowning", "the music is way too loud, cant hear mum", {"clip_volume": {"role": "music", "db": -23.5, "tol": 5.5}},
     note="judgement: any cut of 3 to 14 dB on the bed counts")
case("audio-duck", "duck the music under her voice", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-anh", "Could the guitar music go down when I'm talking and come back up in the gaps?", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-12", "drop the music 12 dB whenever shes speaking", {"music_envelope_dips_during_speech": -11.5})
case("audio-mute", "no music, mute it", {"track_muted": "music"})
case("audio-voice-up3", "turn my voice up 3 dB", {"clip_volume": {"role": "main", "db": 3.0}})
case("audio-voice-down2", "mums a bit loud, bring her down 2 dB", {"clip_volume": {"role": "main", "db": -2.0}})
case("audio-unmute", "actually bring the music back", {"track_unmuted": "music"}, history=["mute the music"])

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "title \"Home Brew Kombucha\" over the first 4 seconds", title("Home Brew Kombucha", 0.0, 4.0))
case("title-name", "name caption 'Anh Nguyen, Brisbane' at 0:01 for 3 secs", title("Anh Nguyen, Brisbane", at("0:01"), 3.0))
case("title-temp", "put '24°C' on screen at 0:58", title("24°C", at("0:58")))
case("title-ph", "text \"pH 3.5\" at 72s", title("pH 3.5", at("72s")))
case("title-caps", "caption \"BURP YOUR BOTTLES\" at 2:14", title("BURP YOUR BOTTLES", at("2:14")))
case("title-endcard", "end card 'Shop the kit - link in bio' for the last 3 seconds", title("Shop the kit - link in bio", r(D - 3.0), 3.0))
case("title-cta", "call to action text \"Follow for more brews 🍹\" at 2:40", title("Follow for more brews 🍹", at("2:40")))
case("title-days", "'7-10 days' on screen from 1:05 to 1:09", title("7-10 days", at("1:05"), at("1:09") - at("1:05")))
case("title-step-ginger", "'Step 3: Ginger' as a title when she starts the ginger bit", title("Step 3: Ginger", SEG[21].start))
case("title-viet", "add the title 'Cảm ơn!' at 2:44", title("Cảm ơn!", at("2:44")))

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "take out the ums and uhs and also the bit where she starts the funnel line again",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.35 * (NFILL - 1)), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * (NFILL - 1) - 1.8)},
     note="the retake holds one um")
case("multi-pauses-duck", "tighten the long pauses and duck the music under my voice",
     {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK})
case("multi-funnel-bw", "GX020234 at 1:54 and make it black and white", {**on(FUNNEL, role=None, start=at("1:54")), **bw(FUNNEL)})
case("multi-scobypic-caption", "at 0:17 put in the scoby plate photo and the text \"meet the SCOBY\"",
     {**on(SCOBYPIC, role=None, start=at("0:17")), **title("meet the SCOBY", at("0:17"))})
case("multi-retake-funnel", "cut my muddled first go at the funnel sentence, then put the gopro funnel clip over the proper one",
     {**RETAKE, **on(FUNNEL, overlaps=[r(SEG[RETAKE_I + 1].start - RETAKE_LEN - 0.3), r(SEG[RETAKE_I + 1].end - RETAKE_LEN + 0.3)])})
case("multi-music-fade", "music to -21 and fade it out at the end",
     {"clip_volume": {"role": "music", "db": -21.0}, "effect": {"role": "music", "type": "fade_out"}})
case("multi-fb-mute", "fb video double speed and mute the music", {"speed": {"media": FBVID, "value": 2.0}, "track_muted": "music"},
     setup=[ins("m9", 150.0)])
case("multi-trim-title", "cut 2 secs off the start then put 'Kombucha 101' at 0:00", {"duration_near": [r(D - 2.0), 0.1], **title("Kombucha 101", 0.0)})
case("multi-fizz-fadein", "fizz test pour at 2:29 with a fade in", {**on(FIZZ, role=None, start=at("2:29")), "effect": {"media": FIZZ, "type": "fade_in"}})
case("multi-normalize-duck", "normalize her voice and duck the song under it",
     {"effect": {"role": "main", "type": "normalize"}, "music_envelope_dips_during_speech": DUCK})
case("multi-gary-glass", "cut the gary exploding sentence and the glass for weeks one right after", sentence_cut(26, 27))
case("multi-pauses-ums", "its too slow for insta: lose the ums and the long gaps",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)})

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "make it black n white", bw(FUNNEL), history=["put GX020234 at 1:54"])
case("convo-move-it", "nah, 1:16 instead", on(PH, start=at("1:16"), count=1), history=["put the ph strip clip at 1:13"])
case("convo-quieter", "still too loud, lower", {"clip_volume": {"role": "music", "db": -24.0, "tol": 3.0}}, history=["music to -20"],
     note="judgement: anything from 1 to 7 dB below -20")
case("convo-louder", "cant hear it at all now, bit louder", {"clip_volume": {"role": "music", "db": -27.0, "tol": 2.5}},
     history=["set the music to -30 dB"])
case("convo-undo", "no undo that", {"matches_initial": True}, history=["cut the first 5 seconds"])
case("convo-which-gopro", "the one where I'm cutting the ginger", on(SLICE, start=at("1:42")), history=["put the gopro clip at 1:42"],
     note="the first turn is ambiguous (GX010234 and GX020234 look alike) and should ask; the answer means GX010234")
case("convo-which-sony", "the one with the jar on the fridge", on(FRIDGE, start=at("0:58")), history=["put the sony clip at 0:58"],
     note="the first turn is ambiguous (C0009 and C0011); the answer means C0011")
case("convo-title-longer", "keep it up for 6 secs", title("Kombucha Day", 0.0, 6.0), history=["add a title \"Kombucha Day\" at the start"])
case("convo-that-fast", "make that one twice as fast", {"speed": {"media": HOTEL, "value": 2.0}}, history=["put scoby_hotel_jar at 1:25"])
case("convo-same-fizz", "and same with the fizz pour at 2:29", on(FIZZ, start=at("2:29")), history=["put the scoby photo at 0:17"])
case("convo-fade-it", "fade that out", {"effect": {"media": TEABAGS, "type": "fade_out"}}, history=["put tea_bags_and_sugar at 0:26"])
case("convo-music-too", "same for the music", {"effect": {"role": "music", "type": "fade_out"}}, history=["fade the video out at the end"])
case("convo-speed-normal", "actually put it back to normal speed", {**on(FBVID, role=None, start=at("2:30")), "speed": {"media": FBVID, "value": 1.0}},
     history=["facebook video at 2:30", "make it 3x"])
case("convo-caption-move", "move that caption to 1:14", title("pH 3.5", at("1:14")), history=["caption \"pH 3.5\" at 1:12"])
case("convo-other-gopro", "and the slicing gopro one at 1:42", on(SLICE, start=at("1:42")), history=["put GX020234 at 1:54"])
case("convo-pauses-too", "and the long gaps while ur at it",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)},
     history=["cut all the ums and uhs"])
case("convo-retext", "change it to say \"24 degrees C\"", title("24 degrees C", at("0:58")), history=["add a caption \"24C\" at 0:58"])
case("convo-where-again", "sorry what time was that again", {"unchanged": True, "reply_has": [mmss(SEG[26].start)]},
     history=["where does she talk about gary"])
case("convo-not-that-one", "no the other gopro, the slicing", {**on(SLICE, start=at("1:42")), "no_clip": {"media": FUNNEL}},
     history=["put GX020234 at 1:42"], note="a correction: the slicing clip replaces the funnel clip at 1:42")
case("convo-fadein-it", "and fade it in", {"effect": {"media": FBVID, "type": "fade_in"}}, history=["put the facebook video at 2:30"])
case("convo-redo", "actually redo that", UMS, history=["remove all the ums", "undo"], note="redo brings the um cut back (ums only)")
case("convo-louder-voice", "a touch more", {"clip_volume": {"role": "main", "db": 5.0, "tol": 1.5}}, history=["turn my voice up 3 dB"],
     note="judgement: a little louder than +3 (at least +3.5), up to about +6.5")

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "how long is it rn?", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-where-gary", "When do I start talking about Gary?", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[26].start)]})
case("question-where-ph", "what time does she explain the ph strips", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[15].start)]})
case("question-where-ginger", "where does the ginger slicing part start", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[21].start)]})
case("question-where-second", "at what point does the second ferment bit begin", {"unchanged": True, "reply_has": [mmss(SEG[19].start)]})
case("question-where-hotel", "whens the scooby hotel bit", {"unchanged": True, "reply_has": [mmss(SEG[18].start)]})
case("question-music-level", "how loud is the music at the moment?", {"unchanged": True, "reply_has": ["-15"]})
case("question-unused", "which clips havent been used yet", UNCHANGED)
case("question-um-count", "how many ums does mum say lol", UNCHANGED)
case("question-take2", "did I record the ginger bit twice?", UNCHANGED)
case("question-broll-track", "what's on the b-roll track right now", {"unchanged": True, "reply_has": [SLICE, FIZZ]},
     setup=[ins("m4", 100.0), ins("m14", 145.0, 4.0)])
case("question-fps", "whats the frame rate", {"unchanged": True, "reply_has": ["30"]})
case("question-sfx", "have I got any sound effects in the project?", UNCHANGED)
case("question-res", "what res are the gopro clips, can they do 4k for the ad", UNCHANGED)
case("question-after-cut", "how long is it now after that?", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]},
     history=["take out all the ums and uhs"])
case("question-what-did", "what did u just do", {"unchanged": True, "reply_has": ["fade"]}, history=["fade the music out over 3 seconds"])
case("question-ig-length", "is it short enough for an instagram reel?", UNCHANGED)

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-thanks", "Thanks heaps, that looks lovely.", UNCHANGED)
case("chat-noworries", "no worries", UNCHANGED)
case("chat-gary", "gary is gonna lose it when he sees this haha", UNCHANGED)
case("chat-hello", "hello? is this working", UNCHANGED)
case("chat-shift", "I've got to head off for a night shift, I'll finish this tomorrow arvo.", UNCHANGED)
case("chat-minh", "its minh now, mum went to bed", UNCHANGED)
case("chat-idk", "idk what else it needs tbh", UNCHANGED)
case("chat-think", "hmm let me think about the music", UNCHANGED)
case("chat-ta", "ta", UNCHANGED)
case("chat-brand", "our brand is all about slow living, calm vibes", UNCHANGED)
case("chat-phone", "sorry autocorrect keeps changing kombucha to come butcher lol", UNCHANGED)
case("chat-righto", "righto", UNCHANGED)
case("chat-clever", "you're pretty clever for a computer, aren't you", UNCHANGED)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-garyclip", "put the clip of Gary's garage over the exploding bit", UNCHANGED, note="Gary is in no media")
case("nonedit-missing-gx03", "add GX030234.MP4 at 1:50", UNCHANGED, note="the GoPro chapters are GX01 and GX02 only")
case("nonedit-missing-tilde", "PXL_20260601_031522104~2.mp4 at 0:30", UNCHANGED, note="the ~2 duplicate is of ..._072905331, not ..._031522104")
case("nonedit-missing-v2", "bottling ginger v2 at 1:45", UNCHANGED, note="only second_ferment_ginger_v3_FINAL is in the bin; should ask")
case("nonedit-missing-c0012", "C0012.MP4 at 0:40", UNCHANGED, note="Sony files are C0009, C0011 and the talk C0014")
case("nonedit-missing-timeline2", "put Timeline 2.mov at the start", UNCHANGED, note="only Timeline 1.mov")
case("nonedit-missing-logo", "logo in the bottom right corner the whole time pls", UNCHANGED, note="no logo file in the project")
case("nonedit-missing-mango", "put the mango flavour clip over the last line", UNCHANGED, note="mango is only mentioned")
case("nonedit-missing-honey", "cut the part where i talk about using honey instead of sugar", UNCHANGED, note="never said")
case("nonedit-missing-kefir", "remove the bit about water kefir", UNCHANGED, note="never said")
case("nonedit-missing-thermo", "delete the sentence about the thermometer strip", UNCHANGED,
     note="she never says thermometer; only C0011's description has one")
case("nonedit-missing-daughter", "cut where mum mentions my sister", UNCHANGED, note="never said")
case("nonedit-missing-doorbell", "add a doorbell sound at 0:10", UNCHANGED, note="the only sound effect is a bottle-cap pop")
case("nonedit-missing-hospital", "cut the bit where she talks about the hospital ward", UNCHANGED, note="never said")
case("nonedit-missing-blueberry", "the blueberry second ferment sentence, cut it", UNCHANGED, note="only ginger")
case("nonedit-offtimeline-pop", "bottle pop a bit quieter", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-fb", "speed up the facebook video", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-vo", "the voiceover take 2 needs to be 3 dB louder", UNCHANGED, note="the second take is only in the bin")
case("nonedit-offtimeline-screenrec", "fade out the screen recording", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-gx01", "GX010234 in black and white", UNCHANGED, note="only in the bin")
case("nonedit-ambig-gopro", "the gopro clip at 1:40", UNCHANGED, note="GX010234 and GX020234")
case("nonedit-ambig-sony", "put the sony clip at 0:50", UNCHANGED, note="C0009 and C0011 (and the talk is a Sony file too)")
case("nonedit-ambig-pixel", "add the pixel one at 0:35", UNCHANGED, note="two Pixel videos and a Pixel still")
case("nonedit-ambig-pxl", "PXL_202606 at 1:00", UNCHANGED, note="three PXL_ files")
case("nonedit-ambig-bottleclip", "the bottles clip at 2:00", UNCHANGED, note="GX020234 (flip-top bottles) or fizz test pour (a bottle) or the v3 ginger clip")
case("nonedit-ambig-scoby", "cut the scoby sentence", UNCHANGED, note="SCOBY in 2, 3, 8, 10, 17, 18, 20")
case("nonedit-ambig-gary", "delete the gary line", UNCHANGED, note="Gary in 26 and 28")
case("nonedit-ambig-ginger", "take out the ginger sentence", UNCHANGED, note="21, 22, 32")
case("nonedit-ambig-fridge", "cut the fridge line", UNCHANGED, note="12 and 29")
case("nonedit-ambig-teabags", "remove the tea bags sentence", UNCHANGED, note="5 and 6")
case("nonedit-ambig-heaps", "cut the sentence with heaps in it", UNCHANGED, note="1, 17, 33")
case("nonedit-ambig-righto", "lose the righto line", UNCHANGED, note="2 and 19")
case("nonedit-ambig-openit", "delete the 'when you open it' sentence", UNCHANGED, note="'when you open it' ends 30 and starts 31")
case("nonedit-ambig-sugar", "cut the sugar line", UNCHANGED, note="2, 6, 22")
case("nonedit-ambig-days", "remove the sentence about days", UNCHANGED, note="13, 14, 29 (and 'days off' in 1)")
case("nonedit-ambig-firstferment", "cut the first ferment sentence", UNCHANGED, note="2 and 19")
case("nonedit-ambig-reckon", "take out the line where she says reckon", UNCHANGED, note="11 and 33")
case("nonedit-ambig-jar", "the jar clip at 0:45", UNCHANGED, note="C0011 (jar on the fridge), scoby_hotel_jar, the sugar clip's jar")
case("nonedit-inside-ring", "can u take the sticky note off the jar in C0011", UNCHANGED, setup=[ins("m7", 58.0)])
case("nonedit-inside-face", "one guy in the facebook clip is pulling faces, crop just him out", UNCHANGED, setup=[ins("m9", 150.0)])
case("nonedit-inside-phchart", "what colour did the ph strip turn in that clip", UNCHANGED)
case("nonedit-inside-hum", "the fridge hums at about 1:20, remove the hum", UNCHANGED, note="no such sound in the talk")
case("nonedit-inside-scoby", "make the scoby in the photo look less gross, like, less slimy", UNCHANGED, setup=[ins("m11", 17.0, 4.0)])
case("nonedit-inside-brandcol", "change the tea towel in the gopro clip to our brand colours", UNCHANGED, setup=[ins("m4", 100.0)])

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-15s", "make it 15 seconds for the ad", {"confirm": True})
case("confirm-after-gary", "delete everything after the gary story", {"confirm": True})
case("confirm-first-minute", "get rid of the whole first minute", {"confirm": True})
case("confirm-range", "take out 0:30 to 1:30", {"confirm": True})
case("confirm-before-second", "everything before 'Righto, once the first ferment tastes right' can go", {"confirm": True})
case("confirm-delete-talk", "delete the main video clip entirely", {"confirm": True})
case("confirm-last30", "keep only the last 30 seconds", {"confirm": True})
case("confirm-past-two", "chop everything past 2 mins", {"confirm": True})
case("confirm-30s-ad", "turn this into a 30 sec ad, cut whatever u need", {"confirm": True})
case("confirm-keep-ginger", "keep just the ginger part, bin the rest", {"confirm": True})


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "w_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out, "D =", D)

"""Writes q_heldout.jsonl from the cases below; every expected time is computed from project Q's
transcript (project_q_darning.SCRIPT through talk_project.timed_script), never typed by hand. Times a
user types in a message ("at 1:10", "@ 12s", "00:00:47:15", "2 min 1", "121.3 secs", "two minutes
twenty one", "a minute and a half in") are parsed from the same string the message uses.

    cd evals/q_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_q_suite.py   (writes ../q_heldout.jsonl)

Written blind (without reading the planner, the index, the agents or any earlier suite's phrasing
beyond P's format). The people typing: Morag herself (seventy-one, Inverness, a retired teacher who
types whole sentences, says "wee", "aye", "och", "dear", and makes the odd typo), her grandson Calum
who does most of the editing for her (nineteen, lowercase, slang, no punctuation), and a couple of
women from her knitting circle who chip in. Bound conventions (the same as suites H to P): D is the
fresh timeline's length (the built talk file holds int(T * 30) frames, T being timed_script's total,
and the timeline is those frames; for this talk that is 5066 frames = 168.87 s, which
test_project_q.py checks against a real build).
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
absolute level both reach, since the bed already sits at -16 dB.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_q_darning import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401
except ImportError:  # from a folder holding the project file
    from project_q_darning import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = round(math.floor(_T * 30) / 30, 2)  # the fresh timeline: int(168.88 s * 30) = 5066 frames / 30 = 168.87, as built
PAUSE = [p for _t, p in SCRIPT]
NFILL = sum(w.text.lower().strip(",.") in {"um", "uh"} for w in WORDS)  # 9
MUSIC_DB = -16.0
RETAKE_I = 21  # the abandoned "far side" sentence; 22 is the good one

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m14
(ROWS, WEAVE, DRAWER, THREADING, SCREENREC, WHATSAPP, BASKET, HEEL, OUTLINE, MUSHROOM, DARN_PIC, SHOP_SHOT, PULLEY) = (
    M[i] for i in range(2, 15))

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
NUM = sum(w.text.lower().strip(",.") == "um" for w in WORDS)  # 5 of the 9
UMS = {"duration_lt": r(D - 0.35 * NUM), "duration_gt": r(D - (0.5 * NUM + 1.8))}
ONE_FILLER = {"duration_lt": r(D - 0.31), "duration_gt": r(D - 0.61)}
ALL_PAUSES = sum(PAUSE)
PAUSES = {"duration_lt": r(D - 3.0), "duration_gt": r(D - (ALL_PAUSES + 0.5))}
RETAKE_LEN = SEG[RETAKE_I + 1].start - SEG[RETAKE_I].start
RETAKE = {"duration_lt": r(D - (RETAKE_LEN - 0.35)), "duration_gt": r(D - (RETAKE_LEN + 0.35))}
DUCK = -6.0
YOU_SEES = [(5, "you see"), (12, "you see"), (30, "you see")]


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
    CASES.append({"id": f"q-{cid}", "message": message, "expect": expect, **extra})


UNCHANGED = {"unchanged": True}

# --- B-roll over parts named by what is said, by what the media shows, or by bits of a file name ----
case("broll-rows-firstlayer", "the iphone clip where im doing the straight rows up and down, put it over 'now for the first layer'",
     over(ROWS, 13), note="only IMG_0931's description has the straight rows; IMG_0934 is the weaving")
case("broll-rows-covered", "can u put the up and down rows video over where gran says keep going till the whole hole is covered",
     over(ROWS, 15), note="Calum typing: 'gran' is Morag, the speaker")
case("broll-0931-loop", "0931 over the wee loop at the end of every row bit", over(ROWS, 14))
case("broll-weave-turn", "The clip of me weaving over and under please, over the part where I turn the sock round.", over(WEAVE, 16))
case("broll-weave-wayback", "weaving clip on top of 'on the way back you go under the ones you went over'", over(WEAVE, 17))
case("broll-0934-cloth", "IMG_0934 over the square of cloth sentence", over(WEAVE, 19))
case("broll-0934-push", "IMG_0934.MOV during 'push each row up against the last one'", over(WEAVE, 18))
case("broll-weave-fairside", "put the over and under one over the far side line, the second go where she actually gets it right",
     over(WEAVE, 22), note="the good take of the far-side sentence, not the abandoned one before it")
case("broll-drawer-throwaway", "sock drawer footage over the bit where i moan about folk throwing socks away", over(DRAWER, 1))
case("broll-dji-husband", "DJI_20260308142210 over my husbands hillwalking socks line", over(DRAWER, 2))
case("broll-threading-thread", "the video of me threading the needle (i miss the eye twice lol) over 'Thread your needle with a length of wool'",
     over(THREADING, 9))
case("broll-vid-need", "VID_20260307_193355 over the list of what you'll need", over(THREADING, 3))
case("broll-screenrec-price", "Screen Recording 2026-03-06 101522 over the six pounds fifty sentence", over(SCREENREC, 6))
case("broll-screenrec-match", "the screen recording over where she says to match the wool to the sock", over(SCREENREC, 5))
case("broll-whatsapp-sixty", "whatsapp video from the knitting circle over me saying ive been darning for nearly sixty years",
     over(WHATSAPP, 28))
case("broll-whatsapp-comments", "the church hall ladies video over the 'let me know in the comments' bit", over(WHATSAPP, 32))
case("broll-basket-match", "wool_basket_overhead over 'Try and match the wool to the sock'", over(BASKET, 5))
case("broll-basket-thin", "wool basket clip over the sentence about the wool going thin round the hole", over(BASKET, 29))
case("broll-heel-worn", "holeInHeel_v3 where i say hes worn a hole right thru the heel", over(HEEL, 2))
case("broll-heel-sooner", "the hole in heel video over 'do it sooner rather than later'", over(HEEL, 30))
case("broll-outline-running", "outlining the hole.mov over the running stitch sentence", over(OUTLINE, 11))
case("broll-outline-border", "the outlining clip over 'that gives you a firm border to work inside'", over(OUTLINE, 12))
case("broll-mushroom-wooden", "the clip of dads old mushroom over the line where i say i use a wooden darning mushroom", over(MUSHROOM, 4))
case("broll-mushroom-slip", "mushroom_from_dad over the slip the mushroom inside the sock bit", over(MUSHROOM, 7))
case("broll-mushroom-mother", "mushroom_from_dad_v2 over the very first sentence, the way my mother taught me", over(MUSHROOM, 0))
case("broll-darnpic-goodasnew", "the finished darn photo over 'Turn the sock the right way out'", over(DARN_PIC, 24))
case("broll-darnpic-lumpy", "IMG_0940 over the nearly as good as new, bit lumpy line", over(DARN_PIC, 25))
case("broll-darnpic-twentyfive", "photo of the finished heel over how long it took me, the twenty five minutes sentence", over(DARN_PIC, 26))
case("broll-shop-balls", "the screenshot of my wool order over where i say i got two balls of grey wool", over(SHOP_SHOT, 6))
case("broll-pulley-wash", "socks drying on the pulley over 'so the wool has room to shrink in the wash'", over(PULLEY, 14))
case("broll-pulley-patience", "the pulley pic over 'thats how you darn a sock, its not hard'", over(PULLEY, 31))

# --- times and positions ---------------------------------------------------------------------------
case("time-0931-mmss", "IMG_0931 at 1:10", on(ROWS, start=at("1:10")))
case("time-0934-in", "pop IMG_0934 in at 1:27", on(WEAVE, start=at("1:27")))
case("time-heel-secs", "holeInHeel_v3 @ 12s", on(HEEL, start=at("12s")))
case("time-whatsapp-words", "whatsapp video at two minutes twenty one", on(WHATSAPP, start=at("two minutes twenty one")))
case("time-mushroom-colon", "mushroom_from_dad at 0:23 please", on(MUSHROOM, start=at("0:23")))
case("time-drawer-bare", "sock drawer one at 6", on(DRAWER, start=at("6")))
case("time-outline-at", "outlining the hole.mov @ 0:59", on(OUTLINE, start=at("0:59")))
case("time-vid-timecode", "VID_20260307_193355 at 00:00:47:15, timeline is 30fps", on(THREADING, start=at("00:00:47:15")))
case("time-snip-min", "scissors snip sound at 2 min 1", on(SFX, role=None, start=at("2 min 1")))
case("time-snip-secs", "snip sfx at 121.3 secs", on(SFX, role=None, start=at("121.3 secs")))
case("time-basket-minutehalf", "the wool basket clip a minute and a half in", on(BASKET, start=at("a minute and a half in")))
case("time-pulley-5s", "socks drying on the pulley.jpg at 2:38 for 5 seconds",
     on(PULLEY, start=at("2:38"), within=[at("2:38"), at("2:38") + 5.0]))
case("time-darnpic-about", "finished darn photo at roughly 2:07, doesnt need to be exact", on(DARN_PIC, start=at("2:07"), tol=1.5))
case("time-shop-ish", "screenshot of the wool shop somewhere round 33 seconds, near enough",
     on(SHOP_SHOT, start=at("33"), tol=1.5))
case("time-threading-2s-into", "bring the threading clip in 2 seconds after I start saying 'Thread your needle'",
     on(THREADING, start=r(SEG[9].start + 2.0), tol=0.3))
case("time-0934-1s-after", "weaving clip one second after she starts 'Then you turn the sock round'",
     on(WEAVE, start=r(SEG[16].start + 1.0), tol=0.3))
case("time-darnpic-before-end", "IMG_0940 four seconds before the end", on(DARN_PIC, start=r(D - 4.0), tol=0.3))
case("time-whatsapp-before-end", "whatsapp clip 30 secs before the finish", on(WHATSAPP, start=r(D - 30.0), tol=0.3))
case("pos-drawer-open", "open the whole thing on the sock drawer clip, before my face comes up", on(DRAWER, start=0.0))
case("pos-darnpic-last", "last thing on screen should be the photo of the finished darn", on(DARN_PIC, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-mushroom-middle", "stick the mushroom clip right in the middle of the video", on(MUSHROOM, start=r(D / 2), tol=1.5),
     note="'the mushroom clip' by name is mushroom_from_dad_v2; the two IMG_ clips only show the mushroom in their descriptions")
case("pos-snip-snipend", "the scissors sound right on 'Snip the end'", on(SFX, role=None, overlaps=list(phrase(23, "snip the end"))))
case("pos-snip-pair", "snip noise when I say 'a pair of scissors' near the start", on(SFX, role=None, overlaps=list(phrase(3, "a pair of scissors"))))
case("pos-snip-playhead", "put the snip sound effect in here where im parked", on(SFX, role=None, start=122.0), playhead=122.0)
case("pos-title-playhead", "caption \"no knots!\" at the playhead", title("no knots!", start=50.0), playhead=50.0)
case("pos-selected-bw", "make this one black and white, the one that's highlighted", bw(WEAVE),
     setup=[ins("m2", 70.0), ins("m3", 86.0)], selection=["c4"], note="c4 is IMG_0934.MOV (setup makes c3, c4)")
case("pos-selected-slow", "slow the selected clip to half speed", {"speed": {"media": HEEL, "value": 0.5}},
     setup=[ins("m9", 12.0), ins("m4", 6.0, 5.0)], selection=["c3"], note="c3 is holeInHeel_v3.mov")
case("pos-title-weave", "title 'Step 3: Weaving' just as she says \"Then you turn the sock round\"",
     title("Step 3: Weaving", start=SEG[16].start))

# --- cuts: fillers, pauses, the retake, sentences, phrases, ranges ---------------------------------
case("cut-fillers", "get rid of all the ums and uhs", FILLERS)
case("cut-fillers-morag", "Could you take out all my ums and errs please dear, I sound like I've forgotten what I'm saying.", FILLERS,
     note="'err' is the British spelling of uh")
case("cut-fillers-calum", "strip every um n uh out of it", FILLERS)
case("cut-fillers-hesitations", "remove my hesitations, the ummm and uhhh noises", FILLERS)
case("cut-fillers-typo", "cut the umms adn uhs thruout", FILLERS)
case("cut-um-mushroom", "the um in the darning mushroom sentence, just that one", filler_in(4))
case("cut-uh-running", "delete the uh right at the start of 'first we go round the hole'", filler_in(11))
case("cut-um-wayback", "take out the um between 'you went over' and 'and over the ones'", filler_in(17))
case("cut-uh-unpick", "theres an uh before 'just unpick back to it', lose that one only", filler_in(20))
case("cut-um-sixty", "snip the um after 'nearly sixty years'", filler_in(28))
case("cut-uh-thin", "the uh in the wool gone thin sentence, cut it", filler_in(29))
case("cut-uh-subscribe", "remove the uh right before 'mind and subscribe'", filler_in(32))
case("cut-yousee-match", "cut the 'you see' in the four ply sentence", phrase_cut(5, "you see"))
case("cut-yousee-all", "she says 'you see' a lot, take all of them out", phrases_cut(YOU_SEES), note="three: sentences 5, 12 and 30")
case("cut-sodoes", "lose 'so it does' off the end of the breaks my heart line", phrase_cut(1, "so it does"))
case("cut-och", "cut the 'Och' at the start of the folk throwing socks away sentence", phrase_cut(1, "och", 0.05, 0.25))
case("cut-mind", "remove the word mind from 'don't stretch it too tight, mind'", phrase_cut(8, "mind", 0.05, 0.25))
case("cut-shouldthink", "take out 'I should think' after the six pounds fifty bit", phrase_cut(6, "i should think"))
case("cut-phrase-eilidh-know", "cut 'so what does she know', Eilidh will see this", phrase_cut(10, "so what does she know"))
case("cut-phrase-blethering", "snip out 'and I was blethering the whole time'", phrase_cut(26, "and i was blethering the whole time"))
case("cut-phrase-mother", "cut the words 'the way my mother taught me' from the intro", phrase_cut(0, "the way my mother taught me"))
case("cut-phrase-harp", "remove 'like the strings on a harp'", phrase_cut(15, "like the strings on a harp"))
case("cut-phrase-radio", "drop 'so put the radio on first'", phrase_cut(27, "so put the radio on first"))
case("cut-pauses", "tighten up all the long silences", PAUSES)
case("cut-pauses-deadair", "there's too much dead air where she stops to sew, cut the gaps down", PAUSES)
case("cut-pauses-morag", "I take ages between sentences while I'm fiddling with the needle, could you close up those gaps all the way "
     "through so folk don't get bored", PAUSES)
case("cut-pause-heel", "the silence after 'worn a hole right through the heel again' goes on forever", pause_cut(2))
case("cut-pause-eilidh", "long gap after the eilidh jeans thing, shorten that one", pause_cut(10))
case("cut-pause-wash", "shorten the pause after 'room to shrink in the wash'", pause_cut(14))
case("cut-pause-loose", "trim the quiet bit after 'so it doesn't work its way loose'", pause_cut(23))
case("cut-pause-evening", "after 'a big one is an evening' theres a massive gap, tighten it", pause_cut(30))
case("cut-retake", "cut where she restarts", RETAKE)
case("cut-retake-hangon", "The bit where I say 'no, hang on, I've got that the wrong way round', please remove that and the muddled sentence with it.",
     RETAKE)
case("cut-retake-farside", "I muck up the far side sentence the first time, take out that first attempt", RETAKE)
case("cut-retake-fluff", "get rid of gran's fluffed line before she says the far side bit properly", RETAKE)
case("cut-eilidh", "take out the eilidh bit", sentence_cut(10), note="the whole aside sentence")
case("cut-lightbulb", "delete the sentence about using a light bulb or an orange", sentence_cut(4))
case("cut-price", "remove the line about what the wool cost", sentence_cut(6))
case("cut-pucker", "cut the 'don't stretch it too tight' sentence", sentence_cut(8))
case("cut-cloth", "lose the sentence about weaving a wee square of cloth", sentence_cut(19))
case("cut-lumpy", "I don't want the line about it being a bit lumpy, take that whole sentence out", sentence_cut(25))
case("cut-hour", "remove the bit where i say a bigger hole might take an hour", sentence_cut(27))
case("cut-sixty-quote", "cut \"I've been darning socks for nearly sixty years, um, since I was eleven, and I've never met a pair I couldn't save.\"",
     sentence_cut(28))
case("cut-husband", "cut the line about my husbands hillwalking socks, he's shy", sentence_cut(2))
case("cut-push", "delete 'Push each row up against the last one with the tip of the needle, so there are no gaps.'", sentence_cut(18))
case("cut-thin", "take out the advice about darning wider when the wool's gone thin", sentence_cut(29))
case("cut-unpick", "cut the sentence where i say if you miss a thread just unpick it", sentence_cut(20))
case("cut-phrase-jeans", "cut 'a hole in your jeans is a fashion statement'", phrase_cut(10, "a hole in your jeans is a fashion statement"))
case("cut-range-lumpy-radio", "cut from 'Well, nearly as good as new' to the end of the radio sentence", sentence_cut(25, 27))
case("cut-range-pucker-thread", "take out 'Don't stretch it too tight' and the thread your needle sentence after it", sentence_cut(8, 9))

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first3", "cut the first 3 seconds off", {"duration_near": [r(D - 3.0), 0.1]})
case("trim-tail-half", "shave half a second off the very end", {"duration_lt": r(D - 0.3), "duration_gt": r(D - 0.8)},
     note="the last word ends 0.78 s before the end, all silence: anywhere near half a second is fine")
case("trim-range-secs", "remove 100s to 103s", {"duration_near": [r(D - 3.0), 0.1]})
case("trim-range-mmss", "take out 2:20 to 2:22", {"duration_near": [r(D - 2.0), 0.1]})
case("trim-start-rightthen", "start the video at 'Right then, you'll need'", start_at(3))
case("trim-end-patience", "end it on 'it just takes a bit of patience', chop everything after", end_after(31))
case("trim-end-goodasnew", "I'd like it to finish right after I say good as new the first time", end_after(24),
     note="'good as new' is said in 24 and again in 25; 'the first time' is 24")
case("trim-0931-4s", "IMG_0931 is too long, make it 4 secs",
     {**on(ROWS, start=70.0, within=[70.0, 74.0]), "duration_near": [D, 0.05]}, setup=[ins("m2", 70.0)])
case("trim-whatsapp-shorter", "cut 3 seconds off the whatsapp video",
     {**on(WHATSAPP, within=[141.0, 146.0]), "duration_near": [D, 0.05]}, setup=[ins("m7", 141.0)])
case("trim-drawer-2s", "sock drawer clip down to 2 seconds please",
     {**on(DRAWER, start=10.0, within=[10.0, 12.0]), "duration_near": [D, 0.05]}, setup=[ins("m4", 10.0)])
case("move-0934-127", "move IMG_0934 to 1:27", on(WEAVE, start=at("1:27"), count=1), setup=[ins("m3", 100.0)])
case("move-outline-later", "nudge the outlining clip 2 seconds later", on(OUTLINE, start=61.0, count=1), setup=[ins("m10", 59.0)])
case("move-mushroom-earlier", "mushroom clip needs to come in 4 secs earlier", on(MUSHROOM, start=22.0, count=1), setup=[ins("m11", 26.0)])
case("move-heel-sentence", "line the hole in heel clip up with the start of 'These are my husband's hillwalking socks'",
     on(HEEL, start=SEG[2].start, tol=0.3, count=1), setup=[ins("m9", 30.0)])
case("reorder-iphones", "wrong way round, the straight rows clip should come before the weaving one",
     {**on(ROWS, start=70.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 77.0, "tol": 1.0}},
     setup=[ins("m3", 70.0), ins("m2", 77.0)])
case("reorder-drawer-heel", "swap the sock drawer clip and holeInHeel round",
     {**on(HEEL, start=6.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 11.0, "tol": 1.0}},
     setup=[ins("m4", 6.0), ins("m9", 12.0)])
case("reorder-outline-threading", "threading clip and outlining clip, I want threading first",
     {**on(THREADING, start=48.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 54.0, "tol": 1.0}},
     setup=[ins("m10", 48.0), ins("m5", 54.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade-iphones", "crossfade between the two iphone clips", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m2", 70.0), ins("m3", 77.0)])
case("transition-dip-drawer-heel", "dip to black from the drawer clip into the heel one, 1 second",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 1.0}}, setup=[ins("m4", 6.0), ins("m9", 12.0)])
case("transition-wipe", "wipe from outlining the hole into the threading video", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m10", 59.0), ins("m5", 65.0)])
case("transition-jarring", "it jumps awful sudden from the mushroom clip to the wool basket one, can that be gentler",
     {"transition": {"role": "broll"}}, setup=[ins("m11", 22.0), ins("m8", 27.0)], note="any kind of transition counts")
case("transition-mix", "mix from the whatsapp video into the finished darn photo", {"transition": {"role": "broll"}},
     setup=[ins("m7", 141.0), ins("m12", 149.0, 4.0)])
case("effect-fadein", "fade up from black at the start", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-4s", "4 second fade to black at the end", {"effect": {"role": "main", "type": "fade_out", "duration": 4.0}})
case("effect-warm", "the kitchen light makes me look awfully blue, can you warm me up a bit", {"effect": {"role": "main", "type": "color"}},
     note="any colour correction on the talk counts; the amount of warmth is not checked")
case("effect-bw-0931", "IMG_0931 in black n white", bw(ROWS), setup=[ins("m2", 70.0)])
case("effect-kenburns-pulley", "slow zoom in on the pulley photo", {"effect": {"media": PULLEY, "type": "zoom"}},
     setup=[ins("m14", 155.0, 4.0)])
case("effect-blur-whatsapp", "blur the whatsapp video, not all the ladies want to be on youtube",
     {"effect": {"media": WHATSAPP, "type": "blur"}}, setup=[ins("m7", 141.0)])
case("effect-dark-screenrec", "the screen recording is too dark, brighten it", {"effect": {"media": SCREENREC, "type": "color"}},
     setup=[ins("m6", 33.0)], note="any colour adjustment on it counts; the brightness amount is not checked")
case("effect-normalize", "even out my voice levels, normalise it", {"effect": {"role": "main", "type": "normalize"}})
case("effect-harp-in", "fade the harp music in", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-harp-out", "let the music fade away at the end", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-mono-drawer", "sock drawer clip monochrome pls", bw(DRAWER), setup=[ins("m4", 6.0)])
case("effect-rotate-threading", "the threading video is on its side, turn it 90 degrees clockwise",
     {"effect": {"media": THREADING, "type": "rotate", "degrees": 90}}, setup=[ins("m5", 48.0)])
case("effect-mirror-outline", "outlining the hole is mirrored, flip it", {"effect": {"media": OUTLINE, "type": "flip"}},
     setup=[ins("m10", 59.0)])
case("speed-0934-2x", "IMG_0934 double speed", {"speed": {"media": WEAVE, "value": 2.0}}, setup=[ins("m3", 86.0)])
case("speed-0931-half", "slow IMG_0931 down to half", {"speed": {"media": ROWS, "value": 0.5}}, setup=[ins("m2", 70.0)])
case("speed-talk-15pc", "can the whole talking bit go 15% quicker, gran talks slow", {"speed": {"role": "main", "value": 1.15}})
case("speed-whatsapp-4x", "whatsapp video 4x", {"speed": {"media": WHATSAPP, "value": 4.0}}, setup=[ins("m7", 141.0)])
case("speed-outline-075", "outlining clip at 0.75x", {"speed": {"media": OUTLINE, "value": 0.75}}, setup=[ins("m10", 59.0)])
case("speed-threading-slowmo", "threading clip in slow motion, a third of the speed", {"speed": {"media": THREADING, "value": 0.33}},
     setup=[ins("m5", 48.0)], note="a third is 0.33 within the check's 0.01")

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-22", "music at -22 dB please", {"clip_volume": {"role": "music", "db": -22.0}})
case("audio-harp-down4", "harp 4 dB quieter", {"clip_volume": {"role": "music", "db": MUSIC_DB - 4.0}})
case("audio-music-up3", "bring the music up 3 dB", {"clip_volume": {"role": "music", "db": MUSIC_DB + 3.0}})
case("audio-music-minus-thirty", "set the background music to minus thirty", {"clip_volume": {"role": "music", "db": -30.0}})
case("audio-drowning", "the music is drowning me out", {"clip_volume": {"role": "music", "db": -24.5, "tol": 5.5}},
     note="judgement: any cut of 3 to 14 dB on the bed counts; ducking only under speech would fail this")
case("audio-duck", "duck the harp under my voice", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-hedge", "Could the music go quieter when I'm talking and come back up in the gaps?",
     {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-12", "drop the music 12 dB whenever I'm talking", {"music_envelope_dips_during_speech": -11.5})
case("audio-mute-music", "no music at all, mute it", {"track_muted": "music"})
case("audio-voice-up4", "turn my voice up 4 dB", {"clip_volume": {"role": "main", "db": 4.0}})
case("audio-voice-down3", "I'm a bit shouty, bring my voice down 3 dB", {"clip_volume": {"role": "main", "db": -3.0}})
case("audio-unmute", "actually put the music back on", {"track_unmuted": "music"}, history=["mute the music"])

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "title \"Darning a Sock with Morag\" over the first 5 seconds", title("Darning a Sock with Morag", 0.0, 5.0))
case("title-name", "name caption 'Morag Fraser, Inverness' at 0:01 for 4 secs", title("Morag Fraser, Inverness", at("0:01"), 4.0))
case("title-ply", "put '4 ply sock wool' on screen at 0:30", title("4 ply sock wool", at("0:30")))
case("title-caps", "caption \"NO KNOTS\" at 0:50", title("NO KNOTS", at("0:50")))
case("title-cm", "text \"1 cm from the edge\" at 62s", title("1 cm from the edge", at("62s")))
case("title-gaelic", "add the title 'Mòran taing!' at 2:44", title("Mòran taing!", at("2:44")))
case("title-endcard", "end card 'what should I mend next?' for the last 3 seconds", title("what should I mend next?", r(D - 3.0), 3.0))
case("title-emoji", "text '🧦 before / after 🧦' at 2:07", title("🧦 before / after 🧦", at("2:07")))
case("title-step-outline", "'Step 1: Outline the hole' as a title when she starts the running stitch bit",
     title("Step 1: Outline the hole", SEG[11].start))
case("title-price", "\"£6.50 for 2 balls\" on screen from 0:33 to 0:37", title("£6.50 for 2 balls", at("0:33"), at("0:37") - at("0:33")))

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "take out the ums and uhs and also the bit where she starts again",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.35 * (NFILL - 1)), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * (NFILL - 1) - 1.8)},
     note="the retake holds one um")
case("multi-pauses-duck", "shorten the long pauses, and the music should dip when I talk",
     {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK})
case("multi-0934-bw", "IMG_0934 at 1:27 and make it black and white", {**on(WEAVE, role=None, start=at("1:27")), **bw(WEAVE)})
case("multi-darnpic-caption", "at 2:07 put in the finished darn photo and the text \"good as new\"",
     {**on(DARN_PIC, role=None, start=at("2:07")), **title("good as new", at("2:07"))})
case("multi-retake-weave", "remove my first muddled go at the far side sentence, then put the weaving clip over the proper one",
     {**RETAKE, **on(WEAVE, overlaps=[r(SEG[RETAKE_I + 1].start - RETAKE_LEN - 0.3), r(SEG[RETAKE_I + 1].end - RETAKE_LEN + 0.3)])})
case("multi-music-fade", "harp to -20 and fade it out at the end",
     {"clip_volume": {"role": "music", "db": -20.0}, "effect": {"role": "music", "type": "fade_out"}})
case("multi-whatsapp-mute", "whatsapp clip at double speed and mute the music", {"speed": {"media": WHATSAPP, "value": 2.0}, "track_muted": "music"},
     setup=[ins("m7", 141.0)])
case("multi-trim-title", "chop 2 secs off the start then put 'Darning 101' at 0:00",
     {"duration_near": [r(D - 2.0), 0.1], **title("Darning 101", 0.0)})
case("multi-heel-fadein", "holeInHeel_v3 at 0:12 with a fade in",
     {**on(HEEL, role=None, start=at("0:12")), "effect": {"media": HEEL, "type": "fade_in"}})
case("multi-normalize-duck", "normalise my voice and duck the harp under it",
     {"effect": {"role": "main", "type": "normalize"}, "music_envelope_dips_during_speech": DUCK})
case("multi-eilidh-border", "cut the Eilidh sentence and the running stitch one right after it", sentence_cut(10, 11))

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "make it black and white", bw(WEAVE), history=["put IMG_0934 at 1:27"])
case("convo-move-it", "hmm no, 2:10 instead", on(DARN_PIC, start=at("2:10"), count=1), history=["put IMG_0940 at 2:07"])
case("convo-quieter", "still too loud, lower", {"clip_volume": {"role": "music", "db": -24.0, "tol": 3.0}},
     history=["music to -20"], note="judgement: anything from 1 to 7 dB below -20")
case("convo-louder", "cant hear it now, bit louder", {"clip_volume": {"role": "music", "db": -29.0, "tol": 2.5}},
     history=["set the music to -32 dB"], note="judgement: louder than -32 but not back above -26")
case("convo-undo", "no undo that", {"matches_initial": True}, history=["cut the first 4 seconds"])
case("convo-which-iphone", "the one where I'm going over and under", on(WEAVE, start=at("1:10")), history=["put the iphone clip at 1:10"],
     note="the first turn is ambiguous (IMG_0931 and IMG_0934 look alike) and should ask; the answer means IMG_0934")
case("convo-which-hole", "the one where she goes round the edge with the running stitch", on(OUTLINE, start=at("0:59")),
     history=["put the hole clip at 0:59"],
     note="the first turn is ambiguous (holeInHeel_v3 and outlining the hole); the answer means outlining the hole.mov")
case("convo-title-longer", "leave it up for 6 seconds", title("Sock Darning", 0.0, 6.0), history=["add a title \"Sock Darning\" at the start"])
case("convo-that-fast", "make that one twice as fast", {"speed": {"media": OUTLINE, "value": 2.0}}, history=["put outlining the hole.mov at 0:59"])
case("convo-same-pulley", "and the same with the pulley photo at 2:38", on(PULLEY, start=at("2:38")),
     history=["put the screenshot of the wool shop at 0:33"])
case("convo-fade-it", "fade that out", {"effect": {"media": MUSHROOM, "type": "fade_out"}}, history=["put mushroom_from_dad at 0:23"])
case("convo-music-too", "same for the harp", {"effect": {"role": "music", "type": "fade_out"}}, history=["fade the video out at the end"])
case("convo-speed-normal", "actually put it back to normal speed", {**on(WHATSAPP, role=None, start=at("2:21")), "speed": {"media": WHATSAPP, "value": 1.0}},
     history=["whatsapp video at 2:21", "make it 3x"])
case("convo-caption-move", "move that caption to 0:52", title("no knots", at("0:52")), history=["caption \"no knots\" at 0:50"])
case("convo-other-iphone", "and the straight rows iphone clip at 1:10", on(ROWS, start=at("1:10")), history=["put IMG_0934 at 1:27"])
case("convo-pauses-too", "and the long gaps between sentences while you're at it",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)},
     history=["cut all the ums and uhs"])
case("convo-retext", "change it to say \"£6.50 for two balls\"", title("£6.50 for two balls", at("0:33")),
     history=["add a caption \"£6.50\" at 0:33"])
case("convo-where-again", "sorry what time was that", {"unchanged": True, "reply_has": [mmss(SEG[10].start)]},
     history=["where do i mention eilidh?"])
case("convo-not-that-one", "no the other iphone one, the weaving", {**on(WEAVE, start=at("1:27")), "no_clip": {"media": ROWS}},
     history=["put IMG_0931 at 1:27"], note="a correction: the weaving clip replaces the rows clip at 1:27")
case("convo-fadein-it", "and fade it in", {"effect": {"media": WHATSAPP, "type": "fade_in"}}, history=["put the whatsapp video at 2:21"])
case("convo-redo", "actually redo that", UMS, history=["remove all the ums", "undo"],
     note="redo brings the um cut back (the ums only, not the uhs)")
case("convo-louder-voice", "a wee bit more", {"clip_volume": {"role": "main", "db": 5.25, "tol": 1.75}},
     history=["turn my voice up 3 dB"], note="judgement: a little louder than +3 (at least +3.5), up to about +7")

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "how long is it now?", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-where-eilidh", "when do I talk about Eilidh", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[10].start)]})
case("question-where-weave", "what time do i start explaining the over and under bit?",
     {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[16].start)]})
case("question-where-running", "where does the running stitch part start",
     {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[11].start)]})
case("question-where-price", "at what point do i say how much the wool was", {"unchanged": True, "reply_has": [mmss(SEG[6].start)]})
case("question-music-level", "how loud is the music set just now?", {"unchanged": True, "reply_has": ["-16"]})
case("question-unused", "which clips haven't I used yet", UNCHANGED)
case("question-uh-count", "how many times does she say uh", UNCHANGED)
case("question-take2", "did I record the goodbye twice?", UNCHANGED)
case("question-broll-track", "what's on the b-roll track at the moment", {"unchanged": True, "reply_has": [ROWS, PULLEY]},
     setup=[ins("m2", 70.0), ins("m14", 155.0, 3.0)])
case("question-stumbles", "are there places where I lose my thread and start over", UNCHANGED)
case("question-iphone-res", "what resolution are the iphone clips", UNCHANGED)
case("question-fps", "what frame rate is this", {"unchanged": True, "reply_has": ["30"]})
case("question-sfx", "have i got any sound effects in there", UNCHANGED)
case("question-after-cut", "how long is it after that?", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]},
     history=["take out all the ums and uhs"])
case("question-what-did", "what did you just do", {"unchanged": True, "reply_has": ["fade"]}, history=["fade the harp out over 3 seconds"])

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-thanks", "Thank you dear, that's lovely.", UNCHANGED)
case("chat-eilidh", "eilidh is going to be raging when she sees this lol", UNCHANGED)
case("chat-hello", "Hello, is this thing on?", UNCHANGED)
case("chat-tea", "just making a cup of tea, back in a minute", UNCHANGED)
case("chat-clever", "you're awful clever for a computer", UNCHANGED)
case("chat-thinking", "hmm let me have a think about it", UNCHANGED)
case("chat-ta", "ta", UNCHANGED)
case("chat-hamish", "Hamish says that sock is older than our marriage", UNCHANGED)
case("chat-aye", "aye", UNCHANGED)
case("chat-calum", "ok gran's gone to bed, its calum now", UNCHANGED)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-eilidhclip", "put the clip of Eilidh over the jeans bit", UNCHANGED, note="Eilidh is in no media")
case("nonedit-missing-0932", "add IMG_0932.MOV at 1:00", UNCHANGED, note="the iPhone clips are 0931 and 0934, the still 0940")
case("nonedit-missing-vid56", "VID_20260307_193356.mp4 at 0:40", UNCHANGED, note="the phone video is ..._193355")
case("nonedit-missing-heelv2", "holeInHeel_v2 at 0:12", UNCHANGED, note="only _v3 is in the bin; judgement: should ask, not pick v3")
case("nonedit-missing-machine", "put the sewing machine footage over the what you need sentence", UNCHANGED, note="no such clip")
case("nonedit-missing-jumper", "cut the part where I talk about knitting a jumper", UNCHANGED, note="never said")
case("nonedit-missing-boots", "delete the bit about Hamish's walking boots", UNCHANGED, note="never said; his socks are, not his boots")
case("nonedit-missing-egg", "remove the sentence about the darning egg", UNCHANGED, note="she says mushroom, never egg")
case("nonedit-missing-sister", "cut the line where i mention my sister", UNCHANGED, note="never said")
case("nonedit-missing-doorbell", "doorbell sound effect at 0:10", UNCHANGED, note="the only sound effect is a scissors snip")
case("nonedit-missing-toes", "cut the bit where she shows the hole in the toe", UNCHANGED,
     note="the talk is about a heel; only the drawer clip's description mentions toes, and it is not a part of the talk")
case("nonedit-offtimeline-snip", "scissors snip a bit quieter please", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-whatsapp", "speed up the whatsapp video", UNCHANGED, note="the WhatsApp video is only in the bin")
case("nonedit-offtimeline-take2", "ZOOM0014 needs to be 3dB louder", UNCHANGED, note="the second take is only in the bin")
case("nonedit-offtimeline-screenrec", "fade out the screen recording", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-0931", "IMG_0931 should be black and white", UNCHANGED, note="IMG_0931 is only in the bin")
case("nonedit-ambig-iphone", "the iphone clip at 1:05", UNCHANGED, note="IMG_0931 and IMG_0934 are both iPhone clips")
case("nonedit-ambig-img", "put the IMG_09 one at 0:45", UNCHANGED, note="IMG_0931, IMG_0934 and IMG_0940")
case("nonedit-ambig-screen", "add the screen one at 0:35", UNCHANGED, note="the screen recording or the screenshot")
case("nonedit-ambig-hole", "the hole clip at 0:15", UNCHANGED, note="holeInHeel_v3 or outlining the hole")
case("nonedit-ambig-closeup", "put the close-up of the mushroom at 1:00", UNCHANGED,
     note="IMG_0931 and IMG_0934 are both described as close-ups on the mushroom (and mushroom_from_dad shows it too)")
case("nonedit-ambig-sockphoto", "the sock photo at 2:30", UNCHANGED, note="IMG_0940 (the finished darn) or socks drying on the pulley")
case("nonedit-ambig-needle", "cut the needle sentence", UNCHANGED, note="needle in 3, 9, 18, 22")
case("nonedit-ambig-scissors", "delete the line about scissors", UNCHANGED, note="3 and 23")
case("nonedit-ambig-goodasnew", "remove the good as new sentence", UNCHANGED, note="24 and 25")
case("nonedit-ambig-weehole", "cut the sentence about a wee hole", UNCHANGED, note="1 and 30")
case("nonedit-ambig-mushroom", "take out the mushroom line", UNCHANGED, note="4 and 7")
case("nonedit-ambig-knot", "lose the knot sentence", UNCHANGED, note="9 and 10")
case("nonedit-ambig-minutes", "cut the sentence with the minutes in it", UNCHANGED, note="26 and 30")
case("nonedit-ambig-rows", "remove the rows sentence", UNCHANGED, note="13, 14 and 18")
case("nonedit-ambig-border", "cut the border line", UNCHANGED, note="12 and 13")
case("nonedit-inside-wedding", "can you take my wedding ring out of the outlining clip, it's glinting", UNCHANGED, setup=[ins("m10", 59.0)])
case("nonedit-inside-lady", "one of the ladies in the whatsapp video is talking over everyone, mute just her", UNCHANGED,
     setup=[ins("m7", 141.0)])
case("nonedit-inside-screenshot", "what colour wool did i order in that screenshot", UNCHANGED,
     note="a question about the inside of a still; the description may answer it but nothing is edited")
case("nonedit-inside-phone", "my phone buzzes at about 1:35, take out the buzz", UNCHANGED, note="no such sound in the talk")
case("nonedit-inside-fixhole", "make the hole in the heel clip look smaller", UNCHANGED, setup=[ins("m9", 12.0)])

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-after-goodasnew", "delete everything after 'good as new'", {"confirm": True})
case("confirm-first-minute", "get rid of the whole first minute", {"confirm": True})
case("confirm-short", "make this a one minute short, cut whatever you need", {"confirm": True})
case("confirm-range", "take out 0:40 to 1:40", {"confirm": True})
case("confirm-before-slip", "everything before 'Now, slip the mushroom inside the sock' can go", {"confirm": True})
case("confirm-delete-talk", "delete the main video clip, all of it", {"confirm": True})
case("confirm-last30", "keep just the last 30 seconds", {"confirm": True})
case("confirm-past-two", "cut everything past 2 minutes", {"confirm": True})


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "q_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out, "D =", D)

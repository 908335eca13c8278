"""Writes t_heldout.jsonl from the cases below; every expected time is computed from project T's
transcript (project_t_grouting.SCRIPT through talk_project.timed_script), never typed by hand. Times a
user types in a message ("1:12", "00:01:12:15", "72s", "1m12", "one minute twelve", "a minute and a half
in", "at 95") are parsed from the same string the message uses.

    cd evals/t_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_t_suite.py   (writes ../t_heldout.jsonl)

Written blind (without reading the planner, the index, the agents or any earlier suite's phrasing
beyond Q's file format). The people typing, roughly a quarter each: Margaret herself (sixty-eight, Fife,
a retired primary teacher: long polite sentences, "och", "wee", "mind", vague references, the odd
correction mid-sentence); her grandson Callum (seventeen, lowercase, slang, typos, terse); messages
voice-dictated on her phone (no punctuation, homophones: "were" for where, "there" for their, "cut" as
"cot", numbers as words); and a professional editor friend (J-cut, L-cut, ripple delete, lower third,
punch in, cross dissolve, room tone, timecodes like 00:01:12:15 at 30 fps).
Bound conventions (the same as suite Q): D is the fresh timeline's length (the built talk file holds
int(T * 30) frames, T being timed_script's total, and the timeline is those frames; for this talk that
is 5073 frames = 169.1 s, which test_project_t.py checks against a real build).
  all fillers:   D - 0.35*n  >  after  >  D - (0.5*n + 1.8)
  one filler:    D - 0.31 > after > D - 0.61
  a phrase:      D - (len - lo)  >  after  >  D - (len + hi)   (lo/hi 0.1/0.4, or 0.05/0.25 for one short word)
  a sentence:    D - (len - 0.05)  >  after  >  D - (len + pause after + 0.35)
  one pause p:   D - (p - 1.0)  >  after  >  D - (p + 0.05)
  all pauses:    D - 3.0  >  after  >  D - (sum of every pause + 0.5)
  the retake:    removed between (to next sentence) - 0.35 and + 0.35
  start at a sentence: D - (start - (pause before - 0.05))  >  after  >  D - (start + 0.05)
  end after a sentence: end + 0.8  >  after  >  end - 0.05
Ducking is checked at -6 dB (or -9.5 for "10 dB"), which an envelope read as an offset or as an
absolute level both reach, since the bed already sits at -18 dB.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_t_grouting import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401
except ImportError:  # from a folder holding the project file
    from project_t_grouting import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = round(math.floor(_T * 30) / 30, 2)  # the fresh timeline: int(169.11 s * 30) = 5073 frames / 30 = 169.1, as built
PAUSE = [p for _t, p in SCRIPT]
FILL = {"um", "uh"}
NFILL = sum(w.text.lower().strip(",.") in FILL for w in WORDS)  # 10
MUSIC_DB = -18.0
RETAKE_I = 21  # the abandoned "when the sponge has done its job" sentence; 22 is the good one

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m15
(RAKE, PRESS, MOULD, WIDE, HAZE, WHATSAPP, SCREENREC, MIXING, SPONGE, SPONGE_COPY, FLOAT, SILICONE, TAPE, DONE_PIC) = (
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
    """Seconds for a time as a user types it: '1:12', '00:01:12', '00:01:12:15' (30 fps), '1m12', '1m 12s',
    '72s', '72 secs', '95', 'one minute twelve', 'a minute and a half in', 'forty seconds'."""
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


def in_sentence(i: int):
    return [w for w in WORDS if SEG[i].start <= w.start <= SEG[i].end]


def sentence_cut(*idx: int) -> dict:
    """Bounds for cutting sentences idx (consecutive), with the pause after the last one."""
    a, b = SEG[idx[0]].start, SEG[idx[-1]].end
    length = b - a
    return {"duration_lt": r(D - (length - 0.05)), "duration_gt": r(D - (length + PAUSE[idx[-1]] + 0.35))}


def sentences_cut(*idx: int) -> dict:
    """Several sentences that are not next to each other, each with the pause after it."""
    length = sum(SEG[i].end - SEG[i].start for i in idx)
    slack = sum(PAUSE[i] + 0.35 for i in idx)
    return {"duration_lt": r(D - (length - 0.05 * len(idx))), "duration_gt": r(D - (length + slack))}


def phrase(i: int, text: str) -> tuple[float, float]:
    """Start and end of the words ``text`` inside sentence i (the first place they occur)."""
    want = text.lower().split()
    words = in_sentence(i)
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
    n = sum(w.text.lower().strip(",.") in FILL for w in in_sentence(i))
    assert n == 1, (i, n)
    return ONE_FILLER


def start_at(i: int) -> dict:
    """Trim the head so the video starts at sentence i."""
    return {"duration_lt": r(D - (SEG[i].start - (PAUSE[i - 1] - 0.05))), "duration_gt": r(D - (SEG[i].start + 0.05))}


def end_after(i: int) -> dict:
    return {"duration_lt": r(SEG[i].end + 0.8), "duration_gt": r(SEG[i].end - 0.05)}


def fillers_of(kind: str) -> dict:
    n = sum(w.text.lower().strip(",.") == kind for w in WORDS)
    return {"duration_lt": r(D - 0.35 * n), "duration_gt": r(D - (0.5 * n + 1.8))}


FILLERS = {"duration_lt": r(D - 0.35 * NFILL), "duration_gt": r(D - (0.5 * NFILL + 1.8))}
UMS = fillers_of("um")  # 5 of the 10
UHS = fillers_of("uh")  # 5 of the 10
ONE_FILLER = {"duration_lt": r(D - 0.31), "duration_gt": r(D - 0.61)}
ALL_PAUSES = sum(PAUSE)
PAUSES = {"duration_lt": r(D - 3.0), "duration_gt": r(D - (ALL_PAUSES + 0.5))}
RETAKE_LEN = SEG[RETAKE_I + 1].start - SEG[RETAKE_I].start
RETAKE = {"duration_lt": r(D - (RETAKE_LEN - 0.35)), "duration_gt": r(D - (RETAKE_LEN + 0.35))}
DUCK = -6.0
YOU_SEES = [(3, "you see"), (11, "you see"), (27, "you see")]
OCHS = [(1, "och"), (29, "och")]
WEES = [(5, "wee"), (10, "wee"), (15, "wee"), (22, "wee")]


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


def fx(media: str, kind: str, **kw) -> dict:
    return {"effect": {"media": media, "type": kind, **kw}}


def bw(media: str) -> dict:
    return fx(media, "black_and_white")


def title(text: str, start: float | None = None, duration: float | None = None) -> dict:
    spec = {"text": text, "exact": True}
    if start is not None:
        spec["start"] = start
    if duration is not None:
        spec["duration"] = duration
    return {"title": spec}


CASES: list[dict] = []


def case(cid: str, message: str, expect: dict, **extra) -> None:
    CASES.append({"id": f"t-{cid}", "message": message, "expect": expect, **extra})


UNCHANGED = {"unchanged": True}

# --- B-roll over parts named by what is said, by what the media shows, or by bits of a file name ----
case("broll-rake-first", "Could you put the wee film of me scraping the old grout out over the part where I explain raking it out, "
     "the first step, please dear.", over(RAKE, 6), note="Margaret; IMG_4203 is the raking clip, IMG_4207 (look-alike) the pressing")
case("broll-rake-enamel", "4203 over where gran says go gently near the bath", over(RAKE, 7), note="Callum; gran is the speaker")
case("broll-rake-hoover", "put the video of the rake dragging the old grout out over the part were she says once the joints are raked out",
     over(RAKE, 9), note="dictated: 'were' for where")
case("broll-press-float", "Cut away to IMG_4207.MOV for the whole of 'Then you take the rubber float and push the grout into the joints'.",
     over(PRESS, 14))
case("broll-press-degrees", "the one where shes pushing the new white grout in, over the forty five degrees line", over(PRESS, 15))
case("broll-press-scrape", "put the pressing the grout in clip over the scrape off the extra sentence", over(PRESS, 17))
case("broll-mould-och", "IMG_4198 over the opening och line about the black mould", over(MOULD, 1))
case("broll-mould-excuse", "Och, that horrible mouldy corner clip, could it go over where I say there's no excuse for living with mouldy grout?",
     over(MOULD, 33))
case("broll-wide-jim", "Lay the Osmo wide of the bathroom over 'My Jim did these tiles in nineteen eighty seven'.", over(WIDE, 2),
     note="the wide 'before' shot is DJI_..101544; the other DJI clip is the polishing")
case("broll-wide-intro", "DJI_20260503101544 ovr the intro where she says shes re grouting the tiles", over(WIDE, 0))
case("broll-haze-polish", "the tea towel polishing clip over the bit about polishing off the haze", over(HAZE, 23))
case("broll-haze-dji", "DJI_20260503153802_0019_D over 'leave it to dry for an hour or so'", over(HAZE, 23, None))
case("broll-whatsapp-tub", "put fionas whatsapp video from the shop over where i say i got a wee tub for four pounds ninety",
     over(WHATSAPP, 5), note="Fiona is the daughter the description means ('from my daughter'); dictated, no punctuation")
case("broll-whatsapp-need", "the whatsapp vid over the list of stuff u need", over(WHATSAPP, 4))
case("broll-screenrec-twenty", "ScreenRecording_05-02-2026 09-14-33_1 over the sentence about only mixing what you can use in twenty minutes",
     over(SCREENREC, 12))
case("broll-screenrec-ipad", "the ipad screen recording over 'dont make it too runny'", over(SCREENREC, 11))
case("broll-mixing-toothpaste", "The clip of me stirring the grout in the ice cream tub, over where I say it should be like thick toothpaste.",
     over(MIXING, 10))
case("broll-mixing-name", "mixing the grout (1).mp4 over the Agnes doorstop story", over(MIXING, 13))
case("broll-sponge-circles", "sponge wipe.mov over 'Then you wipe the tiles with the sponge'", over(SPONGE, 19))
case("broll-spongecopy-rinse", "sponge wipe copy over the rinse the sponge every few wipes line", over(SPONGE_COPY, 20))
case("broll-float-patch", "grout_float_v3 over the do a small patch at a time bit", over(FLOAT, 16))
case("broll-float-goodtake", "put grout_float_v3 over the finger sentence, the second one where she actually gets it out right",
     over(FLOAT, 22), note="the good take of the sponge/finger sentence, not the abandoned one before it")
case("broll-silicone-nextday", "silicone bead round the bath over 'The next day, um, you can run a new line of silicone'", over(SILICONE, 26))
case("broll-silicone-halffull", "silicone clip over the keep the bath half full of water line", over(SILICONE, 28))
case("broll-tape-masking", "taping the bath edge over where i say put masking tape above and below", over(TAPE, 27))
case("broll-tape-enamel", "Lay taping the bath edge.mov under the VO at 'Go gently near the bath, mind'.", over(TAPE, 7),
     note="'under the VO' is editor-speak for B-roll over the talk")
case("broll-donepic-newbathroom", "the photo of the finished bath over 'There we are, it looks like a new bathroom'", over(DONE_PIC, 30))
case("broll-donepic-soreback", "IMG_4211 over the sore back line", over(DONE_PIC, 31))
case("broll-donepic-cost", "put the after picture over the bit where i say it cost me under ten pounds", over(DONE_PIC, 33))
case("broll-wide-heneverclean", "Could you pop the wide shot of the whole bathroom over where I say Jim never once cleaned the grout? "
     "Well, I say Jim, I mean where I say he never cleaned it.", over(WIDE, 3), note="Margaret corrects herself; sentence 3 says 'he'")

# --- times and positions ---------------------------------------------------------------------------
case("time-rake-mmss", "IMG_4203 at 1:12", on(RAKE, start=at("1:12")))
case("time-press-tc", "IMG_4207 in at 00:01:12:15", on(PRESS, start=at("00:01:12:15")))
case("time-mould-secs", "mould clip @ 6s", on(MOULD, start=at("6s")))
case("time-whatsapp-words", "put the whatsapp video in at one minute twelve", on(WHATSAPP, start=at("one minute twelve")))
case("time-mixing-m", "mixing the grout at 0:51 pls", on(MIXING, start=at("0:51")))
case("time-float-bare", "grout float v3 at 80", on(FLOAT, start=at("80")))
case("time-sponge-colon", "sponge wipe.mov @ 1:33", on(SPONGE, start=at("1:33")))
case("time-silicone-1m", "silicone bead clip at 2m7", on(SILICONE, start=at("2m7")))
case("time-knock-secs", "tile knock sound at 95 secs", on(SFX, role=None, start=at("95 secs")))
case("time-knock-tc", "Drop the tile knock SFX at 00:00:05:10.", on(SFX, role=None, start=at("00:00:05:10")))
case("time-tape-minutehalf", "the taping clip a minute and a half in", on(TAPE, start=at("a minute and a half in")))
case("time-donepic-4s", "IMG_4211 at 2:28 for 4 seconds", on(DONE_PIC, start=at("2:28"), within=[at("2:28"), at("2:28") + 4.0]))
case("time-haze-roughly", "the tea towel one roughly at 1:53, near enough is fine", on(HAZE, start=at("1:53"), tol=1.5))
case("time-sponge-2s-into", "bring in sponge wipe copy two seconds after I start saying 'Rinse the sponge'",
     on(SPONGE_COPY, start=r(SEG[20].start + 2.0), tol=0.3))
case("time-press-1s-after", "IMG_4207 one second after she starts 'Hold the float'", on(PRESS, start=r(SEG[15].start + 1.0), tol=0.3))
case("time-donepic-before-end", "the finished bath photo five seconds before the end", on(DONE_PIC, start=r(D - 5.0), tol=0.3))
case("time-wide-forty", "wide bathroom shot at forty seconds", on(WIDE, start=at("forty seconds")))
case("pos-wide-open", "open on the osmo wide of the bathroom before we see her", on(WIDE, start=0.0))
case("pos-donepic-last", "the last thing on screen wants to be the after photo", on(DONE_PIC, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-mixing-middle", "put the mixing clip bang in the middle of the video", on(MIXING, start=r(D / 2), tol=1.5))
case("pos-knock-chipped", "tile knock sfx right on 'chipped it once'", on(SFX, role=None, overlaps=list(phrase(8, "chipped it once"))))
case("pos-knock-budged", "knock sound when she says 'not budged'", on(SFX, role=None, overlaps=list(phrase(2, "not budged"))))
case("pos-knock-playhead", "put the tile knock in where the playhead is", on(SFX, role=None, start=118.0), playhead=118.0)
case("pos-title-playhead", "lower third \"Margaret, Fife\" at the playhead", title("Margaret, Fife", start=12.0), playhead=12.0)
case("pos-selected-bw", "make the highlighted one black and white", bw(PRESS),
     setup=[ins("m2", 30.0), ins("m3", 69.0)], selection=["c4"], note="c4 is IMG_4207.MOV (setup makes c3, c4)")
case("pos-selected-slow", "half speed on the selected clip", {"speed": {"media": SPONGE_COPY, "value": 0.5}},
     setup=[ins("m11", 96.0), ins("m10", 92.0, 4.0)], selection=["c3"], note="c3 is sponge wipe copy.mov")
case("pos-title-sponge", "caption 'Step 4: Sponge' just as I start 'Then you wipe the tiles with the sponge'",
     title("Step 4: Sponge", start=SEG[19].start))

# --- cuts: fillers, tics, pauses, the retake, sentences, phrases, ranges ---------------------------
case("cut-fillers", "remove all the ums and uhs", FILLERS)
case("cut-fillers-margaret", "I'm forever saying um and er, could you take every one of them out please, I sound like I've lost my place.",
     FILLERS, note="'er' is the British spelling of uh")
case("cut-fillers-callum", "strip out all the umms n uhhs", FILLERS)
case("cut-fillers-dictated", "take out all the um s and ah s from the whole thing", FILLERS, note="dictated: the phone wrote the fillers as um s and ah s")
case("cut-fillers-pro", "Clean up the disfluencies throughout, ums and uhs only, leave the rest.", FILLERS)
case("cut-fillers-typo", "get rid of teh ums and uhs all the way thru", FILLERS)
case("cut-fillers-hesitations", "she hesitates loads, cut the um and uh noises", FILLERS)
case("cut-ums-only", "just the ums please, leave the uhs in", UMS)
case("cut-uhs-only", "remove every uh but keep the ums", UHS)
case("cut-um-rake", "theres an um in 'rake out the old grout, um, about two or three millimetres', lose it", filler_in(6))
case("cut-uh-hoover", "Could you take out the uh at the very beginning of the hoover sentence?", filler_in(9))
case("cut-um-degrees", "the um after forty five degrees, just that one", filler_in(15))
case("cut-uh-tenminutes", "delete the uh after 'wait about ten minutes'", filler_in(18))
case("cut-uh-rinse", "cut the uh in rinse the sponge", filler_in(20))
case("cut-um-nextday", "the um in 'The next day, um, you can run'", filler_in(26))
case("cut-uh-shower", "take out the uh before twenty four hours", filler_in(29))
case("cut-um-jimhour", "remove the um where I say Jim would have had it done in an hour", filler_in(32))
case("cut-uh-subscribe", "lose the uh just before do subscribe", filler_in(34))
case("cut-yousee-runny", "cut the you see in the too runny sentence", phrase_cut(11, "you see"))
case("cut-yousee-jim", "take 'you see' out of 'he never once cleaned the grout, you see'", phrase_cut(3, "you see"))
case("cut-yousee-all", "I say 'you see' far too much, could you take them all out?", phrases_cut(YOU_SEES),
     note="three: sentences 3, 11 and 27")
case("cut-och-first", "cut the och at the start of the mould sentence", phrase_cut(1, "och", 0.05, 0.25))
case("cut-och-all", "delete both ochs", phrases_cut(OCHS, 0.05, 0.25))
case("cut-mind-enamel", "remove the word mind from 'go gently near the bath, mind'", phrase_cut(7, "mind", 0.05, 0.25))
case("cut-mindyou", "drop 'Mind you' at the start of the he never cleaned the grout line", phrase_cut(3, "mind you"))
case("cut-wee-all", "she says wee every two seconds lol cut all the wees", phrases_cut(WEES, 0.05, 0.25), note="four")
case("cut-blessher", "cut 'bless her' off the end of the Agnes bit", phrase_cut(13, "bless her"))
case("cut-tellyou", "Lose 'I can tell you' at the end of the opening sentence.", phrase_cut(0, "i can tell you"))
case("cut-nothingelse", "take out 'if nothing else', it sounds unkind about Jim", phrase_cut(24, "if nothing else"))
case("cut-phrase-kirkcaldy", "remove 'at the hardware shop in Kirkcaldy'", phrase_cut(5, "at the hardware shop in kirkcaldy"))
case("cut-phrase-notyoung", "cut im not as young as i was", phrase_cut(31, "i'm not as young as i was"))
case("cut-phrase-floor", "snip 'but he'd have left grout all over the floor'", phrase_cut(32, "but he'd have left grout all over the floor"))
case("cut-phrase-enamel", "take out the words 'because if you chip the enamel you'll never forgive yourself'",
     phrase_cut(7, "because if you chip the enamel you'll never forgive yourself"))
case("cut-phrase-watermark-dictated", "cut the words told me it was a water mark for eleven years",
     phrase_cut(8, "and told me it was a water mark for eleven years"), note="the cut may or may not take 'and' with it: slack covers it")
case("cut-pauses", "tighten all the long silences", PAUSES)
case("cut-pauses-margaret", "There are some awful long gaps where I'm thinking what comes next, could you close them up all the way through?",
     PAUSES)
case("cut-pauses-pro", "Pull up the dead air between lines throughout, leave a beat of room tone.", PAUSES)
case("cut-pauses-callum", "cut the gaps where nans just standing there", PAUSES)
case("cut-pause-budged", "the silence after 'they've not budged in all that time' goes on forever", pause_cut(2))
case("cut-pause-deep", "long pause after all along the joints, shorten it", pause_cut(6))
case("cut-pause-cloth", "shorten the gap after 'a wipe with a damp cloth'", pause_cut(9))
case("cut-pause-doorstop", "theres a big gap after the doorstop joke, tighten it up", pause_cut(13))
case("cut-pause-diagonal", "trim the quiet bit after not along the joints", pause_cut(17))
case("cut-pause-haze", "after polish off the haze with a dry cloth there's a massive pause, close it", pause_cut(23))
case("cut-pause-heaviest", "Tighten the pause after 'at its heaviest'.", pause_cut(28))
case("cut-retake", "cut where she starts again", RETAKE)
case("cut-retake-jumbled", "The bit where I say 'no, wait, that's not right, I've jumbled that', please take it out along with the muddled start.",
     RETAKE)
case("cut-retake-pro", "Lose the false start before the finger-smoothing line, keep the clean take.", RETAKE)
case("cut-retake-dictated", "remove the first try at the when the sponge has done its job sentence the one were she gets muddled", RETAKE)
case("cut-retake-callum", "cut nans fluff before she says the finger bit properly", RETAKE)
case("cut-agnes", "take out the bit about Agnes, she'd be mortified", sentence_cut(13), note="the whole aside sentence")
case("cut-agnes-callum", "cut the neighbour story", sentence_cut(13))
case("cut-screwdriver", "delete the sentence about Jim and the screwdriver", sentence_cut(8))
case("cut-price", "remove the line about what the tub of grout cost", sentence_cut(5))
case("cut-runny", "cut 'Don't make it too runny'", sentence_cut(11))
case("cut-patch", "lose the sentence about doing a small patch at a time", sentence_cut(16))
case("cut-soreback", "I'd rather not have the bit about my sore back, take that whole sentence out please", sentence_cut(31))
case("cut-shower-quote", "cut \"Och, and don't use the shower for a full day, uh, twenty four hours at the very least.\"", sentence_cut(29))
case("cut-drain", "Ripple delete 'So wash your float and your bucket outside, not down the sink, or you'll block the drain.'", sentence_cut(25))
case("cut-toolswashed", "take out the line where i quote jim about washing the tools", sentence_cut(24))
case("cut-rinse-dictated", "cut the sentence about rinsing the sponge every few wipes", sentence_cut(20))
case("cut-kitchen", "cut the comments and subscribe line", sentence_cut(34))
case("cut-jimfloor", "get rid of the sentence where i say jim would have had it done in an hour", sentence_cut(32),
     note="'an hour' is also in 23, but 'Jim would have had it done' is only 32")
case("cut-range-jim-agnes", "cut from 'Now, mix your grout' through to the end of the Agnes sentence", sentence_cut(10, 13))
case("cut-range-afternoons", "take out both afternoon sentences, 'There we are' and the sore back one after it", sentence_cut(30, 31))
case("cut-two-jims", "remove the screwdriver story and the one where he says a job's not finished till the tools are washed",
     sentences_cut(8, 24))
case("cut-range-time-secs", "cut 1:40 to 1:47", {"duration_near": [r(D - 7.0), 0.1]},
     note="a range by time: the retake happens to sit here but the user gave times")
case("cut-range-time-tc", "Ripple delete 00:02:22:00 to 00:02:26:00.", {"duration_near": [r(D - 4.0), 0.1]})
case("cut-range-words", "cut from 'Jim chipped it' up to 'water mark for eleven years'", sentence_cut(8))

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first2", "chop the first 2 seconds off", {"duration_near": [r(D - 2.0), 0.1]})
case("trim-head-tc", "Trim the head by 00:00:01:15.", {"duration_near": [r(D - at("00:00:01:15")), 0.1]})
case("trim-tail-half", "take half a second off the very end", {"duration_lt": r(D - 0.3), "duration_gt": r(D - 0.8)},
     note="the last word ends 0.78 s before the end, all silence: anywhere near half a second is fine")
case("trim-start-right", "start the video at 'Right, you'll need a grout rake'", start_at(4))
case("trim-start-dictated", "can the video start at the part were i say first you rake out the old grout", start_at(6))
case("trim-end-cost", "end it after 'no excuse for living with mouldy grout', lose the rest", end_after(33))
case("trim-end-newbathroom", "Could it finish on the first 'one afternoon', where I say it looks like a new bathroom?", end_after(30),
     note="'one afternoon' is said in 30 and again in 31; the new bathroom line is 30")
case("trim-rake-4s", "IMG_4203 is too long, make it 4 secs",
     {**on(RAKE, start=30.0, within=[30.0, 34.0]), "duration_near": [D, 0.05]}, setup=[ins("m2", 30.0)])
case("trim-whatsapp-shorter", "knock 3 seconds off the whatsapp clip",
     {**on(WHATSAPP, within=[21.0, 26.0]), "duration_near": [D, 0.05]}, setup=[ins("m7", 21.0)])
case("trim-haze-2s", "tea towel clip down to two seconds",
     {**on(HAZE, start=113.0, within=[113.0, 115.0]), "duration_near": [D, 0.05]}, setup=[ins("m6", 113.0)])
case("move-press-tc", "Move IMG_4207 to 00:01:09:00.", on(PRESS, start=at("00:01:09:00"), count=1), setup=[ins("m3", 100.0)])
case("move-float-later", "nudge the float clip 3 seconds later", on(FLOAT, start=82.0, count=1), setup=[ins("m12", 79.0)])
case("move-mixing-earlier", "mixing clip needs to come in 2 secs sooner", on(MIXING, start=50.0, count=1), setup=[ins("m9", 52.0)])
case("move-tape-sentence", "line up taping the bath edge with the start of 'Put masking tape above and below the line first'",
     on(TAPE, start=SEG[27].start, tol=0.3, count=1), setup=[ins("m14", 140.0)])
case("reorder-iphones", "wrong order, the raking out one should come before the pressing in one",
     {**on(RAKE, start=68.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 75.0, "tol": 1.0}},
     setup=[ins("m3", 68.0), ins("m2", 75.0)])
case("reorder-sponges", "swap grout_float_v3 and sponge wipe.mov round",
     {**on(SPONGE, start=90.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 95.0, "tol": 1.0}},
     setup=[ins("m12", 90.0), ins("m10", 95.0)])
case("reorder-wide-mould", "I'd like the wide shot of the bathroom first and then the mouldy corner, they're back to front",
     {**on(WIDE, start=5.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 11.0, "tol": 1.0}},
     setup=[ins("m4", 5.0), ins("m5", 10.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-dissolve-iphones", "Cross dissolve between the two iPhone grout clips.", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m2", 68.0), ins("m3", 75.0)])
case("transition-dip-wide-mould", "dip to black from the wide shot into the mould one, 1 sec",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 1.0}}, setup=[ins("m5", 4.0), ins("m4", 10.0)])
case("transition-wipe", "wipe from mixing the grout into the float clip", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m9", 60.0), ins("m12", 66.0)])
case("transition-jarring", "It jumps ever so suddenly from the sponge clip to the tea towel one, could it be a bit softer?",
     {"transition": {"role": "broll"}}, setup=[ins("m10", 110.0), ins("m6", 115.0)], note="any kind of transition counts")
case("transition-blend", "blend the silicone clip into the after photo", {"transition": {"role": "broll"}},
     setup=[ins("m13", 140.0), ins("m15", 146.0, 4.0)])
case("effect-fadein", "fade up from black at the start", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-3s", "3 sec fade to black at the end", {"effect": {"role": "main", "type": "fade_out", "duration": 3.0}})
case("effect-warm", "the bathroom light makes me look quite green, could you warm the picture of me up a wee bit",
     {"effect": {"role": "main", "type": "color"}}, note="any colour correction on the talk counts")
case("effect-bw-rake", "IMG_4203 in black and white", bw(RAKE), setup=[ins("m2", 30.0)])
case("effect-zoom-donepic", "slow push in on the after photo, ken burns style", fx(DONE_PIC, "zoom"), setup=[ins("m15", 147.0, 4.0)])
case("effect-blur-whatsapp", "blur the whatsapp video, theres other shoppers faces in it", fx(WHATSAPP, "blur"), setup=[ins("m7", 21.0)])
case("effect-bright-screenrec", "the ipad recording is really dim brighten it up", fx(SCREENREC, "color"), setup=[ins("m8", 58.0)],
     note="any colour adjustment on it counts")
case("effect-normalize", "Normalise the dialogue.", {"effect": {"role": "main", "type": "normalize"}})
case("effect-music-in", "fade the folk music in at the start", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-music-out", "let the music fade away at the end please", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-rotate-mixing", "the mixing clip is sideways turn it ninety degrees clockwise", fx(MIXING, "rotate", degrees=90),
     setup=[ins("m9", 50.0)])
case("effect-flip-float", "grout float v3 is mirrored, flip it", fx(FLOAT, "flip"), setup=[ins("m12", 79.0)])
case("effect-mono-mould", "mould clip in mono please, the black and white kind not the audio", bw(MOULD), setup=[ins("m4", 5.0)])
case("speed-press-2x", "IMG_4207 double speed", {"speed": {"media": PRESS, "value": 2.0}}, setup=[ins("m3", 69.0)])
case("speed-rake-half", "slow down the raking clip to half", {"speed": {"media": RAKE, "value": 0.5}}, setup=[ins("m2", 30.0)])
case("speed-talk-10pc", "can nans talking go like 10% faster shes well slow", {"speed": {"role": "main", "value": 1.1}})
case("speed-whatsapp-3x", "whatsapp vid 3x", {"speed": {"media": WHATSAPP, "value": 3.0}}, setup=[ins("m7", 21.0)])
case("speed-silicone-075", "Retime the silicone bead clip to 75%.", {"speed": {"media": SILICONE, "value": 0.75}}, setup=[ins("m13", 127.0)])
case("speed-sponge-timelapse", "make sponge wipe copy four times as fast like a time lapse", {"speed": {"media": SPONGE_COPY, "value": 4.0}},
     setup=[ins("m11", 96.0)])

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-24", "music to -24 dB", {"clip_volume": {"role": "music", "db": -24.0}})
case("audio-folk-down4", "the folk tune 4 dB quieter", {"clip_volume": {"role": "music", "db": MUSIC_DB - 4.0}})
case("audio-music-up3", "bring the music bed up 3 dB", {"clip_volume": {"role": "music", "db": MUSIC_DB + 3.0}})
case("audio-music-minus-thirty", "set the music to minus thirty", {"clip_volume": {"role": "music", "db": -30.0}})
case("audio-drowning", "The music is far too loud, I can hardly hear myself over it.",
     {"clip_volume": {"role": "music", "db": -26.5, "tol": 5.5}},
     note="judgement: any cut of 3 to 14 dB on the bed counts; ducking only under speech would fail this")
case("audio-duck", "Duck the music under the dialogue.", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-dictated", "can the music go quieter when im talking and come back up when i stop", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-10", "dip the music 10 dB whenever she talks", {"music_envelope_dips_during_speech": -9.5})
case("audio-mute-music", "kill the music", {"track_muted": "music"})
case("audio-voice-up3", "my voice up 3 dB", {"clip_volume": {"role": "main", "db": 3.0}})
case("audio-voice-down2", "I'm a bit loud in places, could you bring my voice down 2 dB", {"clip_volume": {"role": "main", "db": -2.0}})
case("audio-unmute", "actually bring the music back", {"track_unmuted": "music"}, history=["mute the music"])

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "title \"Re-grouting the Bath\" over the first 4 seconds", title("Re-grouting the Bath", 0.0, 4.0))
case("title-lowerthird", "Lower third 'Margaret Lumsden, Fife' at 00:00:01:00 for 5 seconds",
     title("Margaret Lumsden, Fife", at("00:00:01:00"), 5.0))
case("title-price", "put '£4.90 a tub' on screen at 0:26", title("£4.90 a tub", at("0:26")))
case("title-caps", "caption \"DON'T CHIP THE ENAMEL\" at 36s", title("DON'T CHIP THE ENAMEL", at("36s")))
case("title-mm", "text \"2-3 mm deep\" at 0:31", title("2-3 mm deep", at("0:31")))
case("title-angle", "add the words '45°' on screen at 1:14", title("45°", at("1:14")))
case("title-24h", "Could you put 'No showers for 24 hours!' up at 2:23 please.", title("No showers for 24 hours!", at("2:23")))
case("title-endcard", "end card 'What next? The kitchen?' for the last 4 seconds", title("What next? The kitchen?", r(D - 4.0), 4.0))
case("title-emoji", "text '🛁 before → after' at 2:27", title("🛁 before → after", at("2:27")))
case("title-step-rake", "a title 'Step 1: Rake out' when she starts raking out the old grout", title("Step 1: Rake out", SEG[6].start))

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "take out the ums and uhs and also the bit where i get muddled and start again",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.35 * (NFILL - 1)), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * (NFILL - 1) - 1.8)},
     note="the retake holds one um")
case("multi-pauses-duck", "tighten the long pauses and duck the music under my voice",
     {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK})
case("multi-press-bw", "IMG_4207 at 1:09 and make it black and white", {**on(PRESS, role=None, start=at("1:09")), **bw(PRESS)})
case("multi-donepic-caption", "at 2:27 put in the finished bath photo and the text \"Good as new\"",
     {**on(DONE_PIC, role=None, start=at("2:27")), **title("Good as new", at("2:27"))})
case("multi-retake-float", "cut my first muddled go at the finger sentence then put grout_float_v3 over the proper one",
     {**RETAKE, **on(FLOAT, overlaps=[r(SEG[RETAKE_I + 1].start - RETAKE_LEN - 0.3), r(SEG[RETAKE_I + 1].end - RETAKE_LEN + 0.3)])})
case("multi-music-fade", "music to -22 and fade it out at the end",
     {"clip_volume": {"role": "music", "db": -22.0}, "effect": {"role": "music", "type": "fade_out"}})
case("multi-whatsapp-mute", "whatsapp clip double speed and mute the music", {"speed": {"media": WHATSAPP, "value": 2.0}, "track_muted": "music"},
     setup=[ins("m7", 21.0)])
case("multi-trim-title", "Trim 3 seconds off the top, then a title 'Bath Day' at 0:00.",
     {"duration_near": [r(D - 3.0), 0.1], **title("Bath Day", 0.0)})
case("multi-mould-fadein", "mould clip at 0:06 with a fade in", {**on(MOULD, role=None, start=at("0:06")), **fx(MOULD, "fade_in")})
case("multi-normalize-duck", "normalise my voice and make the music dip under it",
     {"effect": {"role": "main", "type": "normalize"}, "music_envelope_dips_during_speech": DUCK})
case("multi-agnes-float", "cut the Agnes sentence and the rubber float one right after it", sentence_cut(13, 14))
case("multi-ochs-yousees", "lose the ochs and the you sees", phrases_cut(OCHS + YOU_SEES, 0.05, 0.4))

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "make it black and white", bw(PRESS), history=["put IMG_4207 at 1:09"])
case("convo-move-it", "no, 2:30 instead", on(DONE_PIC, start=at("2:30"), count=1), history=["put IMG_4211 at 2:27"])
case("convo-quieter", "still too loud, lower", {"clip_volume": {"role": "music", "db": -26.0, "tol": 3.0}},
     history=["music to -22"], note="judgement: anything from 1 to 7 dB below -22")
case("convo-louder", "Och, now I can't hear it at all, a wee bit louder", {"clip_volume": {"role": "music", "db": -31.0, "tol": 2.5}},
     history=["set the music to -34 dB"], note="judgement: louder than -34 but not back above -28")
case("convo-undo", "no undo that", {"matches_initial": True}, history=["cut the first 5 seconds"])
case("convo-which-iphone", "the one where I'm pushing the new grout in", on(PRESS, start=at("1:12")),
     history=["put the iphone clip of the bath edge at 1:12"],
     note="the first turn is ambiguous (IMG_4203 and IMG_4207 look alike) and should ask; the answer means IMG_4207")
case("convo-which-sponge", "the copy one", on(SPONGE_COPY, start=at("1:36")), history=["sponge clip at 1:36"],
     note="the first turn is ambiguous (sponge wipe.mov and sponge wipe copy.mov); the answer means the copy")
case("convo-which-dji", "the polishing one", on(HAZE, start=at("1:53")), history=["put the osmo clip at 1:53"],
     note="two DJI clips: the wide bathroom and the polishing")
case("convo-title-longer", "keep it up for 6 seconds", title("Bath Day", 0.0, 6.0), history=["add a title \"Bath Day\" at the start"])
case("convo-that-fast", "make that one twice as fast", {"speed": {"media": MIXING, "value": 2.0}}, history=["put mixing the grout (1).mp4 at 0:51"])
case("convo-same-silicone", "and same for the silicone clip at 2:07", on(SILICONE, start=at("2:07")),
     history=["put the taping clip at 2:12"])
case("convo-fade-it", "fade that out", fx(FLOAT, "fade_out"), history=["put grout_float_v3 at 1:20"])
case("convo-music-too", "same for the music", {"effect": {"role": "music", "type": "fade_out"}}, history=["fade the video out at the end"])
case("convo-speed-normal", "actually back to normal speed", {**on(WHATSAPP, role=None, start=at("0:21")), "speed": {"media": WHATSAPP, "value": 1.0}},
     history=["whatsapp video at 0:21", "make it 3x"])
case("convo-caption-move", "shift that caption to 0:28", title("£4.90", at("0:28")), history=["caption \"£4.90\" at 0:26"])
case("convo-other-iphone", "and the raking out iphone one at 0:30", on(RAKE, start=at("0:30")), history=["put IMG_4207 at 1:09"])
case("convo-pauses-too", "and the long gaps too while youre at it",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)},
     history=["cut all the ums and uhs"])
case("convo-retext", "change it to say \"£4.90 for a tub\"", title("£4.90 for a tub", at("0:26")), history=["add a caption \"£4.90\" at 0:26"])
case("convo-where-again", "sorry whats the time on that again", {"unchanged": True, "reply_has": [mmss(SEG[13].start)]},
     history=["where do i talk about agnes?"])
case("convo-not-that-one", "No, the other iPhone one, the raking out.", {**on(RAKE, start=at("0:30")), "no_clip": {"media": PRESS}},
     history=["put IMG_4207 at 0:30"], note="a correction: the raking clip replaces the pressing clip at 0:30")
case("convo-fadein-it", "and fade it in", fx(WHATSAPP, "fade_in"), history=["put the whatsapp video at 0:21"])
case("convo-redo", "actually redo that", UHS, history=["remove all the uhs", "undo"], note="redo brings the uh cut back (uhs only)")
case("convo-louder-voice", "a touch more", {"clip_volume": {"role": "main", "db": 4.75, "tol": 1.75}},
     history=["turn my voice up 2 dB"], note="judgement: a little louder than +2 (at least +3), up to about +6.5")
case("convo-longer-fade", "make the fade longer, like 4 seconds", {"effect": {"role": "main", "type": "fade_out", "duration": 4.0}},
     history=["fade out at the end"])

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "how long is it now", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-where-agnes", "When do I mention Agnes?", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[13].start)]})
case("question-where-silicone", "what time does the silicone part start",
     {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[26].start)]})
case("question-where-float", "where do i start talking about the rubber float",
     {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[14].start)]})
case("question-where-price", "at what point do I say what the grout cost me at the shop", {"unchanged": True, "reply_has": [mmss(SEG[5].start)]})
case("question-where-screwdriver", "timecode for the screwdriver story?", {"unchanged": True, "reply_has": [mmss(SEG[8].start)]})
case("question-music-level", "what level is the music sitting at", {"unchanged": True, "reply_has": ["-18"]})
case("question-unused", "which clips havent i used yet", UNCHANGED)
case("question-um-count", "how many ums are there", UNCHANGED)
case("question-take2", "Did I record the cheerio bit twice?", UNCHANGED)
case("question-broll-track", "whats on the b roll track right now", {"unchanged": True, "reply_has": [RAKE, DONE_PIC]},
     setup=[ins("m2", 30.0), ins("m15", 147.0, 3.0)])
case("question-retakes", "are there any places where I stop and start again", UNCHANGED)
case("question-res", "what resolution are the osmo clips", UNCHANGED)
case("question-fps", "Frame rate of the sequence?", {"unchanged": True, "reply_has": ["30"]})
case("question-sfx", "have we got any sound effects", UNCHANGED)
case("question-after-cut", "how long is it after that", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]},
     history=["take out all the ums and uhs"])
case("question-what-did", "what did you just do", {"unchanged": True, "reply_has": ["fade"]}, history=["fade the music out over 3 seconds"])

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-thanks", "Thank you dear, that's smashing.", UNCHANGED)
case("chat-jim", "Jim would have loved all this, he was always one for gadgets.", UNCHANGED)
case("chat-hello", "hello is this working", UNCHANGED)
case("chat-kettle", "just putting the kettle on, back in a tick", UNCHANGED)
case("chat-clever", "Och you're awfy clever for a machine", UNCHANGED)
case("chat-think", "hmm let me think about it", UNCHANGED)
case("chat-cheers", "cheers", UNCHANGED)
case("chat-agnes", "agnes is going to be raging she got a mention lol", UNCHANGED)
case("chat-aye", "aye", UNCHANGED)
case("chat-callum", "its callum now nan went for a lie down", UNCHANGED)
case("chat-dictated", "ok thank you very much that's all for today full stop", UNCHANGED)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-jimclip", "put the clip of Jim over the screwdriver bit", UNCHANGED, note="Jim is in no media")
case("nonedit-missing-agnesphoto", "the photo of Agnes over the doorstop sentence please", UNCHANGED, note="Agnes is in no media")
case("nonedit-missing-4204", "add IMG_4204.MOV at 1:00", UNCHANGED, note="the iPhone clips are 4198, 4203, 4207 and the still 4211")
case("nonedit-missing-dji13", "DJI_20260503101544_0013_D.MP4 at 0:10", UNCHANGED, note="the wide clip is ..._0012_D")
case("nonedit-missing-floatv2", "grout_float_v2 at 1:20", UNCHANGED, note="only _v3 is in the bin; judgement: should ask, not pick v3")
case("nonedit-missing-mixing2", "mixing the grout (2).mp4 at 0:50", UNCHANGED, note="only the (1) file exists")
case("nonedit-missing-drill", "put the drill footage over the you'll need list", UNCHANGED, note="no such clip")
case("nonedit-missing-sealant-gun", "the clip of the sealant gun at 2:07", UNCHANGED,
     note="no clip shows a sealant gun; 'silicone bead round the bath' is the nearest and it is judgement to ask")
case("nonedit-missing-kitchen", "cut the part where I talk about tiling the kitchen floor", UNCHANGED,
     note="she only says she might tackle the kitchen next; nothing about tiling its floor")
case("nonedit-missing-plumber", "delete the bit about the plumber", UNCHANGED, note="never said")
case("nonedit-missing-bleach", "cut were i say to use bleach on the mould", UNCHANGED, note="never said; dictated")
case("nonedit-missing-daughter", "remove the line where I mention my daughter Fiona", UNCHANGED,
     note="never said in the talk; the daughter is only in the WhatsApp description")
case("nonedit-missing-doorbell", "doorbell sound at 0:40", UNCHANGED, note="the only sound effect is a tile knock")
case("nonedit-missing-vo2", "swap in ZOOM0005 for the outro", UNCHANGED, note="the second take is ZOOM0004")
case("nonedit-offtimeline-knock", "tile knock a bit quieter please", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-whatsapp", "speed up the whatsapp video", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-take2", "ZOOM0004 up 3 dB", UNCHANGED, note="the second take is only in the bin")
case("nonedit-offtimeline-screenrec", "Fade out the iPad screen recording.", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-rake", "IMG_4203 wants to be black and white", UNCHANGED, note="only in the bin")
case("nonedit-ambig-iphone", "the iphone clip at 1:05", UNCHANGED, note="IMG_4198, IMG_4203 and IMG_4207 are all iPhone clips")
case("nonedit-ambig-img42", "put the IMG_42 one at 0:45", UNCHANGED, note="IMG_4203, IMG_4207 and IMG_4211")
case("nonedit-ambig-sponge", "put the sponge clip at 1:33", UNCHANGED, note="sponge wipe.mov and sponge wipe copy.mov")
case("nonedit-ambig-osmo", "the osmo clip at 0:12", UNCHANGED, note="two DJI Osmo Pocket clips")
case("nonedit-ambig-bathedge", "put the bath edge close up over the float sentence", UNCHANGED,
     note="IMG_4203 and IMG_4207 are both close-ups along the bath edge; and 'the float sentence' is 14, 15, 17 or 25")
case("nonedit-ambig-jim", "cut the bit where I go on about Jim", UNCHANGED, note="Jim in 2, 8, 24 and 32 (and 'he' in 3)")
case("nonedit-ambig-jim-callum", "lose the jim sentence", UNCHANGED, note="four Jim sentences")
case("nonedit-ambig-hour", "remove the line about an hour", UNCHANGED, note="23 and 32")
case("nonedit-ambig-afternoon", "cut the one afternoon sentence", UNCHANGED, note="30 and 31")
case("nonedit-ambig-minutes", "take out the sentence with the minutes", UNCHANGED, note="12 and 18")
case("nonedit-ambig-sponge-sentence", "delete the sponge line", UNCHANGED, note="4, 19, 20, 21, 22")
case("nonedit-ambig-och", "cut the och sentence", UNCHANGED, note="1 and 29")
case("nonedit-ambig-silicone", "Remove the silicone sentence.", UNCHANGED, note="26 and 28")
case("nonedit-ambig-bucket", "lose the bucket line", UNCHANGED, note="4, 13 and 25")
case("nonedit-ambig-ten", "cut the sentence with ten in it", UNCHANGED, note="18 (ten minutes) and 33 (ten pounds)")
case("nonedit-ambig-tub", "cut the tub sentence", UNCHANGED, note="4, 5 and 10")
case("nonedit-inside-gloves", "my rubber gloves are a horrible colour in the pressing clip, can you make them blue", UNCHANGED,
     setup=[ins("m3", 69.0)])
case("nonedit-inside-shopper", "theres a man in the whatsapp video picking his nose, take him out", UNCHANGED, setup=[ins("m7", 21.0)])
case("nonedit-inside-screenrec", "what app is that in the ipad screen recording", UNCHANGED,
     note="a question about the inside of a clip with no description")
case("nonedit-inside-tap", "the tap is dripping in the background at about 1:20, get rid of the drip", UNCHANGED, note="no such sound in the talk")
case("nonedit-inside-mould", "make the mould in the corner clip look less disgusting", UNCHANGED, setup=[ins("m4", 5.0)])
case("nonedit-inside-pic", "Can you clone out the toothbrush on the windowsill in the after photo?", UNCHANGED, setup=[ins("m15", 147.0, 4.0)])
case("nonedit-offtopic-weather", "whats the weather doing in Kirkcaldy tomorrow", UNCHANGED)
case("nonedit-offtopic-grout", "What's the best grout for a shower, do you know?", UNCHANGED, note="a grouting question, not an edit")

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-after-newbathroom", "delete everything after 'it looks like a new bathroom'", {"confirm": True})
case("confirm-first-minute", "get rid of the whole first minute", {"confirm": True})
case("confirm-short", "make it a sixty second short, cut whatever you have to", {"confirm": True})
case("confirm-range", "take out 0:30 to 1:30", {"confirm": True})
case("confirm-before-mix", "everything before 'Now, mix your grout' can go", {"confirm": True})
case("confirm-delete-talk", "Delete the A-roll clip entirely.", {"confirm": True})
case("confirm-last40", "just keep the last forty seconds", {"confirm": True})
case("confirm-past-two", "cut everything after two minutes", {"confirm": True})


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "t_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out, "D =", D)

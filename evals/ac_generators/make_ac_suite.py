"""Writes ac_heldout.jsonl from the cases below; every expected time is computed from project AC's
transcript (project_ac_faucet.SCRIPT through talk_project.timed_script), never typed by hand. Times a
user types in a message ("at 1:05", "65 sec", "00:01:05:00", "1m05s", "two minutes three") are parsed
from the same string the message uses.

    cd evals/ac_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_ac_suite.py   (writes ../ac_heldout.jsonl)

Written blind (without reading the planner, the index, the agents or any other suite's messages; Q's
generator was used only as a template for the file's structure and the bounds). The people typing,
roughly equally: Ingrid herself (thirty-eight, ICU nurse, brisk, numbered lists of edits, exact about
time, Minnesotan and Norwegian touches), her son Leif (fourteen, edits on his phone by voice dictation:
"oh rings", "gunner", "period" and "comma" written out, run-ons), her husband Dave (project manager:
"action", "circle back", "per my last message", "nice to have", status requests) and the social media
coordinator of the hardware store that will repost it ("the product shot", "the store mention",
timecodes with frames, "65 sec", requests for things the editor may not have: logos, link stickers).
Bound conventions (the same as Q's): D is the fresh timeline's length (the built talk file holds
int(T * 30) frames, T being timed_script's total; for this talk 4717 frames = 157.23 s, which
test_project_ac.py checks against a real build).
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
absolute level both reach, since the bed already sits at -18 dB.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_ac_faucet import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401
except ImportError:  # from a folder holding the project file
    from project_ac_faucet import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = round(math.floor(_T * 30) / 30, 2)  # the fresh timeline: int(157.24 s * 30) = 4717 frames / 30 = 157.23, as built
PAUSE = [p for _t, p in SCRIPT]
NFILL = sum(w.text.lower().strip(",.") in {"um", "uh"} for w in WORDS)  # 9
MUSIC_DB = -18.0
RETAKE_I = 21  # the abandoned "push the new cartridge" sentence; 22 is the good one

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m15
(CLIPPRY, PLIERS, CAP, UNDERSINK, HANDLEOFF, RING, WYZE, SNAP, IMOVIE, PRODUCT, STORE, GREASE, NEWIN, TOWEL) = (
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
NUM = sum(w.text.lower().strip(",.") == "um" for w in WORDS)  # 5 of the 9
UMS = {"duration_lt": r(D - 0.35 * NUM), "duration_gt": r(D - (0.5 * NUM + 1.8))}
NUH = NFILL - NUM  # 4
UHS = {"duration_lt": r(D - 0.35 * NUH), "duration_gt": r(D - (0.5 * NUH + 1.8))}
ONE_FILLER = {"duration_lt": r(D - 0.31), "duration_gt": r(D - 0.61)}
ALL_PAUSES = sum(PAUSE)
PAUSES = {"duration_lt": r(D - 3.0), "duration_gt": r(D - (ALL_PAUSES + 0.5))}
RETAKE_LEN = SEG[RETAKE_I + 1].start - SEG[RETAKE_I].start
RETAKE = {"duration_lt": r(D - (RETAKE_LEN - 0.35)), "duration_gt": r(D - (RETAKE_LEN + 0.35))}
DUCK = -6.0
OKAY_SOS = [(0, "okay so"), (6, "okay so"), (14, "okay so"), (19, "okay so"), (34, "okay so")]
RIGHTS = [(1, "right"), (5, "right"), (10, "right"), (16, "right"), (25, "right"), (31, "right")]
FINES = [(2, "which is fine"), (9, "which is fine"), (18, "which is fine")]
UFFDAS = [(2, "uff da"), (15, "uff da")]
BETCHAS = [(18, "you betcha"), (35, "you betcha")]


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


def both(*cuts: dict) -> dict:
    """Several independent duration cuts at once: the bounds add up."""
    return {"duration_lt": r(D - sum(D - c["duration_lt"] for c in cuts)),
            "duration_gt": r(D - sum(D - c["duration_gt"] for c in cuts))}


CASES: list[dict] = []


def case(cid: str, message: str, expect: dict, **extra) -> None:
    CASES.append({"id": f"ac-{cid}", "message": message, "expect": expect, **extra})


UNCHANGED = {"unchanged": True}

# --- B-roll over parts named by what is said, by what the media shows, or by bits of a file name ----
case("broll-clippry-see", "the samsung clip where im prying the retaining clip up, over 'now you can see the retaining clip'",
     over(CLIPPRY, 12), note="only 20260214_181502's description has the retaining clip; 181744 is the pliers")
case("broll-clippry-screwdriver", "put the video of mom popping the clip out with the screwdriver over where she says pry the clip up period",
     over(CLIPPRY, 13), note="Leif dictating: 'period' is a dictated full stop; 'mom' is Ingrid")
case("broll-181502-groove", "20260214_181502 over the line about the clip snapping into the groove", over(CLIPPRY, 23))
case("broll-pliers-grab", "1) pliers clip over 'grab the stem of the old cartridge'", over(PLIERS, 14),
     note="Ingrid's numbered-list style with one item")
case("broll-pliers-cracked", "can we get the pliers footage over the rubber is all cracked moment", over(PLIERS, 15))
case("broll-181744-nurse", "20260214_181744.mp4 over 'Not too shabby for a nurse with a pair of pliers'", over(PLIERS, 30))
case("broll-cap-pries", "IMG_E4418 over the decorative cap sentence where I pry it off with the butter knife", over(CAP, 6),
     note="'decorative cap' is said in 6 and 24; the butter knife is only in 6")
case("broll-cap-buttter", "the butter knife video on top of 'the decorative cap on the handle just pries off' pls", over(CAP, 6))
case("broll-e4418-press", "put the edited iphone one, E4418, over 'press the decorative cap back in'", over(CAP, 24))
case("broll-undersink-valves", "under sink DARK over the bit about shutting off the two supply valves at the start", over(UNDERSINK, 3),
     note="'two supply valves' in 3 and 25; 'at the start' / shutting off is 3")
case("broll-undersink-clockwise", "the dark under the sink video over turn them clockwise until they stop", over(UNDERSINK, 4))
case("broll-undersink-reopen", "under sink clip over where she opens the valves back up a quarter turn at a time", over(UNDERSINK, 25))
case("broll-handleoff-lift", "handle off take2 FINAL over 'lift the handle straight up'", over(HANDLEOFF, 8))
case("broll-handleoff-wiggle", "Can we action the handle off clip over the wiggle it side to side line", over(HANDLEOFF, 9))
case("broll-ring-store", "the ring doorbell video of me heading out over 'take the old cartridge with you to the hardware store'",
     over(RING, 16))
case("broll-ring-drive", "front door camera clip over the not counting the drive to the store sentence", over(RING, 32))
case("broll-wyze-husband", "wyze cam footage over the bit where she says its driving my husband nuts", over(WYZE, 2))
case("broll-wyze-towel", "kitchen camera wide shot over 'put a towel in the sink so nothing falls down the drain'", over(WYZE, 5))
case("broll-snap-drip", "the snapchat of the drip in the coffee mug over the very first sentence", over(SNAP, 0))
case("broll-snap-eleven", "Snapchat-1718273645 over 'eleven years old, and the drip is coming from the cartridge'", over(SNAP, 1))
case("broll-imovie-shabby", "My Movie 3 over the ICU twelve hour shifts line", over(IMOVIE, 31))
case("broll-product-counter", "the product shot over where she says the guy at the counter matched it", over(PRODUCT, 17),
     note="the store's coordinator: 'the product shot' is the Home Depot photo")
case("broll-product-forty", "cartridge_8f3d2a.jpg over the forty dollars line", over(PRODUCT, 18))
case("broll-store-lookalike", "IMG_4425 over the part about lots of cartridges looking the same", over(STORE, 17))
case("broll-store-aisle", "the store aisle video over the store mention where she tells you to bring the old one in", over(STORE, 16))
case("broll-grease-orings", "greasing the o rings over 'put plumber's grease on the two O-rings'", over(GREASE, 19))
case("broll-grease-dictation", "put the greasing the oh rings video over just a thin coat with your finger", over(GREASE, 20),
     note="dictation: 'oh rings'")
case("broll-newin-notch", "IMG_4428 over the second go at 'then push the new cartridge down', the one where she gets it right",
     over(NEWIN, 22), note="the good take of the push-down sentence, not the abandoned one before it")
case("broll-newin-notchfacing", "new cartridge going in clip over 'with the notch facing forward, toward the sink'", over(NEWIN, 22))
case("broll-towel-wrap", "the paper towel photo over 'wrap a dry paper towel around the base'", over(TOWEL, 27))
case("broll-towel-tenmin", "IMG_4433 over the stays dry after ten minutes sentence", over(TOWEL, 28))
case("broll-towel-cute", "photo of the dry paper towel over the oh for cute line", over(TOWEL, 29))
case("broll-wyze-hex", "wyze_20260214_1904 over 'three eighths inch hex key'", over(WYZE, 7))

# --- times and positions ---------------------------------------------------------------------------
case("time-pliers-mmss", "20260214_181744 at 1:05", on(PLIERS, start=at("1:05")))
case("time-cap-exact", "IMG_E4418 at 0:29 exactly", on(CAP, start=at("0:29")))
case("time-ring-secs", "front door clip @ 75s", on(RING, start=at("75s")))
case("time-store-frames", "Store aisle clip (IMG_4425) at 00:01:20:15 please", on(STORE, start=at("00:01:20:15")))
case("time-product-65sec", "product shot at 65 sec", on(PRODUCT, start=at("65 sec")))
case("time-grease-1m30", "greasing the o rings at 1m30s", on(GREASE, start=at("1m30s")))
case("time-snap-bare", "snapchat clip at 3", on(SNAP, start=at("3")))
case("time-undersink-colon", "under sink DARK.mp4 at 0:17", on(UNDERSINK, start=at("0:17")))
case("time-wyze-words", "put the wyze video at two minutes three", on(WYZE, start=at("two minutes three")))
case("time-drip-secs", "drip sound effect at 27.2 seconds", on(SFX, role=None, start=at("27.2 seconds")))
case("time-drip-hms", "faucet drip.wav at 00:00:02", on(SFX, role=None, start=at("00:00:02")))
case("time-towel-4s", "IMG_4433.JPG at 2:08 for 4 seconds", on(TOWEL, start=at("2:08"), within=[at("2:08"), at("2:08") + 4.0]))
case("time-newin-roughly", "new cartridge clip around 1:44, give or take", on(NEWIN, start=at("1:44"), tol=1.5))
case("time-handleoff-2s-into", "bring handle off take2 FINAL in two seconds after she starts 'Loosen it a few turns'",
     on(HANDLEOFF, start=r(SEG[8].start + 2.0), tol=0.3))
case("time-clippry-1s-after", "the retaining clip samsung video one second after 'Now you can see the retaining clip' starts",
     on(CLIPPRY, start=r(SEG[12].start + 1.0), tol=0.3))
case("time-towel-before-end", "paper towel pic 6 seconds before the end", on(TOWEL, start=r(D - 6.0), tol=0.3))
case("time-imovie-before-end", "My Movie 3 twenty secs before it finishes", on(IMOVIE, start=r(D - 20.0), tol=0.3))
case("pos-snap-open", "open on the snapchat of the drip before you see me", on(SNAP, start=0.0))
case("pos-towel-last", "the final frame should be the dry paper towel photo", on(TOWEL, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-drip-dripping", "drip sound right when she says 'has been dripping'", on(SFX, role=None, overlaps=list(phrase(0, "has been dripping"))))
case("pos-drip-stilldrips", "drip sfx on the words 'if it still drips'", on(SFX, role=None, overlaps=list(phrase(33, "if it still drips"))))
case("pos-drip-playhead", "put the drip sound here where the playhead is", on(SFX, role=None, start=72.0), playhead=72.0)
case("pos-title-playhead", "text 'Step 2: cartridge out' at the playhead", title("Step 2: cartridge out", start=65.0), playhead=65.0)
case("pos-selected-bw", "black and white on the selected one", bw(PLIERS),
     setup=[ins("m2", 57.0), ins("m3", 65.0)], selection=["c4"], note="c4 is 20260214_181744.mp4 (setup makes c3, c4)")
case("pos-selected-slow", "selected clip half speed pls", {"speed": {"media": RING, "value": 0.5}},
     setup=[ins("m7", 75.0), ins("m9", 0.0)], selection=["c3"], note="c3 is the Ring doorbell clip")
case("pos-title-store", "title 'Step 3: Match it at the store' right when she says \"Now, take the old cartridge\"",
     title("Step 3: Match it at the store", start=SEG[16].start))
case("pos-title-leak", "caption 'Leak check' as she starts the paper towel wrap", title("Leak check", start=SEG[27].start))

# --- cuts: fillers, tics, pauses, the retake, sentences, phrases, ranges ---------------------------
case("cut-fillers", "remove the ums", UMS, note="'ums' only: the five ums, not the uhs")
case("cut-fillers-all", "1) all ums and uhs out 2) thats it for now", FILLERS)
case("cut-fillers-leif", "remove all the um and uh sounds comma she says them a lot period", FILLERS,
     note="dictated punctuation written out as words")
case("cut-fillers-dave", "Can we action removing the verbal fillers (um, uh) across the whole video?", FILLERS)
case("cut-fillers-typo", "get rid of teh umms and uhhs everywhere", FILLERS)
case("cut-fillers-store", "for our repost the ums and uhs need to go, they hurt retention", FILLERS)
case("cut-uhs", "only the uhs please, leave the ums", UHS)
case("cut-um-valves", "the um in 'first thing, um, shut off the water', just that one", filler_in(3))
case("cut-uh-lift", "cut the uh right before lift the handle straight up", filler_in(8))
case("cut-um-gunnar", "delete the um at the start of 'so learn from Gunnar'", filler_in(11))
case("cut-uh-muscle", "theres an uh before 'it can take some muscle', lose it", filler_in(14))
case("cut-um-counter", "the um in the cartridges look the same sentence", filler_in(17))
case("cut-uh-wrap", "remove the uh before then wrap a dry paper towel", filler_in(27))
case("cut-um-icu", "the um in the ICU sentence, cut", filler_in(31))
case("cut-uh-seat", "snip the uh after 'if it still drips after a new cartridge'", filler_in(33))
case("cut-okayso-all", "I say 'okay so' way too much. Cut every one.", phrases_cut(OKAY_SOS), note="five: 0, 6, 14, 19, 34")
case("cut-okayso-leif", "remove all the okay so's that mom says", phrases_cut(OKAY_SOS))
case("cut-okayso-grease", "cut 'okay so' at the start of the plumbers grease sentence", phrase_cut(19, "okay so"))
case("cut-okayso-cap", "the okay so before 'the decorative cap on the handle', remove", phrase_cut(6, "okay so"))
case("cut-right-all", "she ends like every sentence with 'right?' - can those go", phrases_cut(RIGHTS),
     note="six: 1, 5, 10, 16, 25, 31")
case("cut-right-basement", "cut the 'right' after flooded his basement", phrase_cut(10, "right", 0.05, 0.25))
case("cut-right-drain", "lose the right? at the end of the drain sentence", phrase_cut(5, "right", 0.05, 0.25))
case("cut-fine-all", "remove every 'which is fine'", phrases_cut(FINES))
case("cut-fine-forty", "take out 'which is fine' from the forty dollars line", phrase_cut(18, "which is fine"))
case("cut-fine-stuck", "cut which is fine comma from the its a little stuck sentence", phrase_cut(9, "which is fine"))
case("cut-uffda-all", "lose both uff das", phrases_cut(UFFDAS))
case("cut-uffda-cracked", "cut the uff da before 'there it goes'", phrase_cut(15, "uff da"))
case("cut-betcha-end", "drop the 'you betcha' off the very last line, just end on thanks for watching", phrase_cut(35, "you betcha"))
case("cut-betcha-all", "both you betchas out pls, the store audience is not all minnesotan", phrases_cut(BETCHAS))
case("cut-ope", "cut the 'ope' before it's a little stuck", phrase_cut(9, "ope", 0.05, 0.25))
case("cut-ohforcute", "remove 'oh for cute', Leif says it's cringe", phrase_cut(29, "oh for cute"))
case("cut-husband-nuts", "cut 'but it's driving my husband nuts'. Dave asked.", phrase_cut(2, "but it's driving my husband nuts"))
case("cut-phrase-plumber", "remove the words 'cheaper than a plumber'", phrase_cut(18, "cheaper than a plumber"))
case("cut-phrase-rollaway", "cut 'because it will roll away on you'", phrase_cut(13, "because it will roll away on you"))
case("cut-phrase-drive", "Per my last message: please remove 'not counting the drive to the store'.",
     phrase_cut(32, "not counting the drive to the store"))
case("cut-phrase-globs", "take out you dont want big globs of it", phrase_cut(20, "you don't want big globs of it"))
case("cut-phrase-eleven", "cut the words 'eleven years old'", phrase_cut(1, "eleven years old"))
case("cut-phrase-lookatthat", "remove 'and look at that'", phrase_cut(15, "and look at that"))
case("cut-phrase-thisonesforyou", "cut 'and Gunnar, this one's for you' at the end, he'll be embarrassed",
     phrase_cut(34, "and gunnar this one's for you"))
case("cut-phrase-minute", "remove 'in about a minute' from the guy at the counter line", phrase_cut(17, "in about a minute"))
case("cut-phrase-bedroom", "cut 'you can hear it all night from the bedroom'", phrase_cut(2, "you can hear it all night from the bedroom"))
case("cut-phrase-sidetoside", "take out 'just wiggle it side to side'", phrase_cut(9, "just wiggle it side to side"))
case("cut-pauses", "tighten all the long pauses", PAUSES)
case("cut-pauses-dave", "can we action removing the dead air", PAUSES)
case("cut-pauses-leif", "the long silent parts where shes doing stuff with her hands remove those new line thanks", PAUSES,
     note="'new line' is dictation")
case("cut-pauses-store", "too many dead spots for a reel, tighten every gap", PAUSES)
case("cut-pause-husband", "the gap after 'driving my husband nuts' drags", pause_cut(2))
case("cut-pause-drain", "shorten the silence after the drain sentence", pause_cut(5))
case("cut-pause-wiggle", "pause after 'wiggle it side to side' is too long", pause_cut(9))
case("cut-pause-valvestwice", "after check those valves twice theres dead air, trim it", pause_cut(11))
case("cut-pause-cracked", "the quiet after 'the rubber is all cracked' goes on and on", pause_cut(15))
case("cut-pause-betcha", "shorten the pause after 'cheaper than a plumber, you betcha'", pause_cut(18))
case("cut-pause-cap", "gap after press the decorative cap back in, tighten", pause_cut(24))
case("cut-pause-smoother", "trim the silence after 'turns smoother than before'", pause_cut(29))
case("cut-retake", "remove the restart", RETAKE)
case("cut-retake-backwards", "I said the push-down step backwards the first time. Cut that attempt including 'no wait, I said that backwards'.",
     RETAKE)
case("cut-retake-leif", "cut where mom messes up and says let me start that part over", RETAKE)
case("cut-retake-dave", "There's a false start around the 1:37 mark on the cartridge install - please remove it.", RETAKE,
     note="SEG[21] runs from 1:36 to 1:43")
case("cut-retake-store", "the flub where she says 'no wait' should go", RETAKE)
case("cut-gunnar", "cut the gunnar story", sentence_cut(10, 11), note="the basement story and 'so learn from Gunnar'")
case("cut-gunnar-leif", "remove the gunner story about the basement", sentence_cut(10, 11), note="dictation: 'gunner'")
case("cut-gunnar-basement", "take out just the sentence where Gunnar floods his basement, keep 'learn from Gunnar'", sentence_cut(10))
case("cut-icu", "remove the ICU twelve hour shifts line", sentence_cut(31))
case("cut-shabby", "delete 'Not too shabby for a nurse with a pair of pliers.'", sentence_cut(30))
case("cut-towel-sink", "cut the sentence about putting a towel in the sink", sentence_cut(5))
case("cut-forty", "remove the line about what the cartridge cost", sentence_cut(18))
case("cut-stuck", "cut 'Ope, it's a little stuck, which is fine, just wiggle it side to side.'", sentence_cut(9))
case("cut-hotcold", "drop the run the water hot and cold sentence", sentence_cut(26))
case("cut-seat", "cut the bit about the seat or the spout o ring might be the problem", sentence_cut(33))
case("cut-fortyfive", "cut the sentence where she says how long the whole job took", sentence_cut(32))
case("cut-globs", "remove the thin coat with your finger sentence", sentence_cut(20))
case("cut-lookthesame", "the line about a lot of cartridges looking the same - cut it, it's a bit long", sentence_cut(17))
case("cut-clockwise", "delete 'Turn them clockwise until they stop'", sentence_cut(4))
case("cut-smoother", "cut mine stayed dry oh for cute the handle turns smoother period", sentence_cut(29))
case("cut-store-mention", "please cut the store mention, we cant repost a competitor's counter guy",
     sentence_cut(17), note="the coordinator: the hardware store counter sentence (17); 'hardware store' is also in 16, but the counter guy is only 17")
case("cut-range-shabby-icu", "cut from 'Not too shabby' through 'a nice easy patient'", sentence_cut(30, 31))
case("cut-range-hotcold-towel", "remove from 'Run the water hot and cold' to the end of 'you're good'", sentence_cut(26, 28))
case("cut-range-secs", "cut 47.5 to 53", {"duration_near": [r(D - 5.5), 0.1]})
case("cut-range-mmss", "remove 1:10 to 1:13", {"duration_near": [r(D - 3.0), 0.1]})
case("cut-range-frames", "remove 00:02:15:00 to 00:02:17:15", {"duration_near": [r(D - 2.5), 0.1]})
case("cut-range-seconds", "cut 140 sec to 142 sec", {"duration_near": [r(D - 2.0), 0.1]})

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first2", "chop the first 2 seconds", {"duration_near": [r(D - 2.0), 0.1]})
case("trim-tail-half", "take half a second off the very end", {"duration_lt": r(D - 0.3), "duration_gt": r(D - 0.8)},
     note="the last word ends 0.78 s before the end, all silence: anywhere near half a second is fine")
case("trim-start-firstthing", "start the video at 'First thing, um, shut off the water'", start_at(3))
case("trim-start-leif", "make it start where she says first thing comma shut off the water skip the intro", start_at(3))
case("trim-end-gunnar", "end it on 'this one's for you', cut the thanks for watching", end_after(34))
case("trim-end-problem", "finish the video right after 'might be the problem'", end_after(33))
case("trim-pliers-4s", "20260214_181744 is too long, make it 4 sec",
     {**on(PLIERS, start=65.0, within=[65.0, 69.0]), "duration_near": [D, 0.05]}, setup=[ins("m3", 65.0)])
case("trim-ring-shorter", "cut 3 seconds off the doorbell clip", {**on(RING, within=[75.0, 80.0]), "duration_near": [D, 0.05]},
     setup=[ins("m7", 75.0)])
case("trim-snap-2s", "snapchat clip down to 2 seconds", {**on(SNAP, start=1.0, within=[1.0, 3.0]), "duration_near": [D, 0.05]},
     setup=[ins("m9", 1.0)])
case("trim-imovie-half", "the imovie one only needs the first 4 secs",
     {**on(IMOVIE, start=140.0, within=[140.0, 144.0]), "duration_near": [D, 0.05]}, setup=[ins("m10", 140.0)])
case("move-pliers-105", "move the pliers clip to 1:05", on(PLIERS, start=at("1:05"), count=1), setup=[ins("m3", 90.0)])
case("move-cap-later", "push IMG_E4418 2 seconds later", on(CAP, start=31.0, count=1), setup=[ins("m4", 29.0)])
case("move-store-earlier", "store aisle clip needs to start 3 secs earlier", on(STORE, start=77.0, count=1), setup=[ins("m12", 80.0)])
case("move-grease-sentence", "line the greasing clip up with the start of 'Okay so, before it goes in'",
     on(GREASE, start=SEG[19].start, tol=0.3, count=1), setup=[ins("m13", 95.0)])
case("move-ring-frames", "move the Ring clip to 00:01:15:18", on(RING, start=at("00:01:15:18"), count=1), setup=[ins("m7", 82.0)])
case("reorder-samsungs", "wrong order - the clip prying clip should come before the pliers one",
     {**on(CLIPPRY, start=60.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 67.0, "tol": 1.0}},
     setup=[ins("m3", 60.0), ins("m2", 67.0)])
case("reorder-store-ring", "swap the doorbell clip and the store aisle clip, leaving the house comes first obviously",
     {**on(RING, start=75.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 83.0, "tol": 1.0}},
     setup=[ins("m12", 75.0), ins("m7", 81.0)])
case("reorder-grease-newin", "greasing the o rings needs to be before the new cartridge going in",
     {**on(GREASE, start=90.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 95.0, "tol": 1.0}},
     setup=[ins("m14", 90.0), ins("m13", 96.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade-samsungs", "crossfade between the two samsung clips", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m2", 57.0), ins("m3", 64.0)])
case("transition-dip-ring-store", "dip to black between the front door clip and the store aisle, 1 sec",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 1.0}}, setup=[ins("m7", 75.0), ins("m12", 83.0)])
case("transition-wipe", "wipe from under sink DARK into the handle off clip", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m5", 17.0), ins("m6", 23.0)])
case("transition-harsh", "the cut from the grease clip to the cartridge going in is harsh, smooth it out",
     {"transition": {"role": "broll"}}, setup=[ins("m13", 90.0), ins("m14", 95.0)], note="any kind of transition counts")
case("transition-leif", "add a transition between the snapchat one and the wyze one", {"transition": {"role": "broll"}},
     setup=[ins("m9", 0.0), ins("m8", 6.0)])
case("effect-fadein", "fade in from black at the beginning", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-3s", "3 sec fade to black at the end", {"effect": {"role": "main", "type": "fade_out", "duration": 3.0}})
case("effect-warm", "the kitchen light makes my face look green, warm it up", {"effect": {"role": "main", "type": "color"}},
     note="any colour correction on the talk counts")
case("effect-bright-undersink", "under sink DARK is, well, dark. brighten it", {"effect": {"media": UNDERSINK, "type": "color"}},
     setup=[ins("m5", 17.0)], note="any colour adjustment on it counts")
case("effect-bw-ring", "ring clip black and white", bw(RING), setup=[ins("m7", 75.0)])
case("effect-zoom-product", "slow zoom on the product shot", {"effect": {"media": PRODUCT, "type": "zoom"}},
     setup=[ins("m11", 85.0, 4.0)])
case("effect-blur-ring", "blur the doorbell video, our house number is visible", {"effect": {"media": RING, "type": "blur"}},
     setup=[ins("m7", 75.0)])
case("effect-normalize", "Nice to have: normalize the audio levels", {"effect": {"role": "main", "type": "normalize"}})
case("effect-music-in", "fade the music in at the start", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-music-out", "fade the music out at the end", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-mono-snap", "make the snapchat clip grayscale", bw(SNAP), setup=[ins("m9", 0.0)])
case("effect-rotate-grease", "greasing the o rings is sideways, rotate it 90 degrees clockwise",
     {"effect": {"media": GREASE, "type": "rotate", "degrees": 90}}, setup=[ins("m13", 90.0)])
case("effect-flip-handle", "handle off take2 FINAL is mirrored flip it horizontally", {"effect": {"media": HANDLEOFF, "type": "flip"}},
     setup=[ins("m6", 38.0)])
case("effect-fadeout-towel", "fade out on the paper towel photo", {"effect": {"media": TOWEL, "type": "fade_out"}},
     setup=[ins("m15", 150.0, 4.0)])
case("speed-pliers-2x", "20260214_181744 at 2x", {"speed": {"media": PLIERS, "value": 2.0}}, setup=[ins("m3", 65.0)])
case("speed-clippry-half", "slow the retaining clip video to half speed", {"speed": {"media": CLIPPRY, "value": 0.5}},
     setup=[ins("m2", 57.0)])
case("speed-talk-10pc", "speed up the whole talking part 10 percent, she talks slow when shes concentrating",
     {"speed": {"role": "main", "value": 1.1}})
case("speed-ring-3x", "doorbell clip 3x speed", {"speed": {"media": RING, "value": 3.0}}, setup=[ins("m7", 75.0)])
case("speed-wyze-timelapse", "make the wyze clip a 4x timelapse", {"speed": {"media": WYZE, "value": 4.0}}, setup=[ins("m8", 120.0)])
case("speed-newin-075", "IMG_4428 at 75% speed", {"speed": {"media": NEWIN, "value": 0.75}}, setup=[ins("m14", 103.0)])

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-24", "music -24 dB", {"clip_volume": {"role": "music", "db": -24.0}})
case("audio-music-down5", "music 5 dB quieter", {"clip_volume": {"role": "music", "db": MUSIC_DB - 5.0}})
case("audio-music-up3", "Bring the background track up 3 dB please", {"clip_volume": {"role": "music", "db": MUSIC_DB + 3.0}})
case("audio-music-words", "set the music to minus twenty eight", {"clip_volume": {"role": "music", "db": -28.0}})
case("audio-music-louder-list", "1) louder music", {"clip_volume": {"role": "music", "db": -14.0, "tol": 3.5}},
     note="judgement: any raise of 1 to 7.5 dB on the bed")
case("audio-drowning", "the music drowns her out", {"clip_volume": {"role": "music", "db": -26.5, "tol": 5.5}},
     note="judgement: any cut of 3 to 14 dB on the bed counts; ducking only under speech would fail this")
case("audio-duck", "duck the music under her voice", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-dave", "Can the music auto-lower whenever Ingrid is speaking and come back in the gaps?",
     {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-12", "music 12 dB lower whenever Im talking", {"music_envelope_dips_during_speech": -11.5})
case("audio-mute-music", "no music, mute it", {"track_muted": "music"})
case("audio-voice-up3", "turn my voice up 3 dB", {"clip_volume": {"role": "main", "db": 3.0}})
case("audio-voice-down2", "mom is kind of loud can you turn her down 2 dB", {"clip_volume": {"role": "main", "db": -2.0}})
case("audio-unmute", "ok put the music back", {"track_unmuted": "music"}, history=["mute the music"])

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "title \"Fixing a Drippy Faucet\" over the first 4 seconds", title("Fixing a Drippy Faucet", 0.0, 4.0))
case("title-name", "lower third 'Ingrid Solberg, RN' at 0:01 for 5 sec", title("Ingrid Solberg, RN", at("0:01"), 5.0))
case("title-hexkey", "put '3/8\" hex key' on screen at 0:34", title("3/8\" hex key", at("0:34")))
case("title-caps", "caption \"SHUT OFF THE WATER FIRST\" at 0:17", title("SHUT OFF THE WATER FIRST", at("0:17")))
case("title-price", "text '$40 at the hardware store' from 1:26 to 1:30", title("$40 at the hardware store", at("1:26"), at("1:30") - at("1:26")))
case("title-norsk", "add the title 'Uff da!' at 1:11", title("Uff da!", at("1:11")))
case("title-emoji", "text '💧 no more drip 💧' at 2:11", title("💧 no more drip 💧", at("2:11")))
case("title-endcard", "end card 'Questions? Ask us in store' for the last 4 seconds", title("Questions? Ask us in store", r(D - 4.0), 4.0))
case("title-step-grease", "'Step 4: Grease the O-rings' as a title when she starts the plumbers grease part",
     title("Step 4: Grease the O-rings", SEG[19].start))
case("title-frames", "caption 'quarter turn at a time' at 00:01:57:00", title("quarter turn at a time", at("00:01:57:00")))
case("title-tenmin", "text \"wait 10 minutes\" at 128 sec", title("wait 10 minutes", at("128 sec")))

# --- several things in one message -----------------------------------------------------------------
case("multi-gunnar-music", "1) cut the gunnar story 2) music down to -24",
     {**sentence_cut(10, 11), "clip_volume": {"role": "music", "db": -24.0}})
case("multi-fillers-retake", "1) ums and uhs out 2) remove the part where I start over",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.35 * (NFILL - 1)), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * (NFILL - 1) - 1.8)},
     note="the retake holds one um")
case("multi-ring-bw", "put the ring doorbell video over the part where she says take it to the hardware store and make it black and white",
     {**over(RING, 16), **bw(RING)})
case("multi-normalize-duck", "Two action items: normalize the voice, and duck the music under it.",
     {"effect": {"role": "main", "type": "normalize"}, "music_envelope_dips_during_speech": DUCK})
case("multi-product-caption", "product shot at 1:20 and the text 'In stock at Nordstrand Hardware' at the same time",
     {**on(PRODUCT, role=None, start=at("1:20")), **title("In stock at Nordstrand Hardware", at("1:20"))})
case("multi-trim-title", "1) chop the first 3 sec 2) title 'Faucet Fix' at 0:00",
     {"duration_near": [r(D - 3.0), 0.1], **title("Faucet Fix", 0.0)})
case("multi-pauses-mute", "1) kill the long pauses 2) mute the music", {"duration_lt": r(D - 3.0), "track_muted": "music"})
case("multi-snap-speed", "snapchat clip at 0:03 and speed it up 2x", {**on(SNAP, role=None, start=at("0:03")), "speed": {"media": SNAP, "value": 2.0}})
case("multi-tics", "1) every 'okay so' out 2) every 'which is fine' out", phrases_cut(OKAY_SOS + FINES))
case("multi-forty-product", "cut the forty dollars sentence and put the product photo over the take it to the hardware store line",
     {**sentence_cut(18), **over(PRODUCT, 16)}, note="16 comes before 18, so its place is unchanged by the cut")
case("multi-shabby-icu", "remove not too shabby for a nurse comma and the ICU line after it period", sentence_cut(30, 31))
case("multi-retake-newin", "1) remove my botched first go at pushing the cartridge in 2) IMG_4428 over the good take",
     {**RETAKE, **on(NEWIN, overlaps=[r(SEG[RETAKE_I + 1].start - RETAKE_LEN - 0.3), r(SEG[RETAKE_I + 1].end - RETAKE_LEN + 0.3)])})
case("multi-wyze-fadein", "wyze clip at 0:47 with a fade in", {**on(WYZE, role=None, start=at("0:47")), "effect": {"media": WYZE, "type": "fade_in"}})
case("multi-music-fade", "music to -22 and fade it out at the end",
     {"clip_volume": {"role": "music", "db": -22.0}, "effect": {"role": "music", "type": "fade_out"}})
case("multi-uffda-ope", "cut both uff das and the ope", phrases_cut(UFFDAS + [(9, "ope")]))
case("multi-pauses-fillers", "Status: still too long. Next steps - remove the filler words and the long silences.",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)})

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "make it black and white", bw(CAP), history=["put IMG_E4418 at 0:29"])
case("convo-move-it", "no, 2:10", on(TOWEL, start=at("2:10"), count=1), history=["put IMG_4433 at 2:08"])
case("convo-quieter", "still too loud", {"clip_volume": {"role": "music", "db": -26.0, "tol": 3.0}},
     history=["music to -22"], note="judgement: anything from 1 to 7 dB below -22")
case("convo-louder", "now i cant hear it, a bit up", {"clip_volume": {"role": "music", "db": -27.0, "tol": 2.5}},
     history=["set the music to -30 dB"], note="judgement: louder than -30 but not back above -24")
case("convo-undo", "undo that", {"matches_initial": True}, history=["cut the first 5 seconds"])
case("convo-which-samsung", "the one with the pliers", on(PLIERS, start=at("1:05")), history=["put the samsung clip at 1:05"],
     note="the first turn is ambiguous (20260214_181502 and 20260214_181744 look alike) and should ask; the answer means 181744")
case("convo-which-photo", "the paper towel one", on(TOWEL, start=at("2:08")), history=["add the photo at 2:08"],
     note="the first turn is ambiguous (the product photo or IMG_4433); the answer means IMG_4433.JPG")
case("convo-title-longer", "keep it up 6 seconds", title("Faucet Fix", 0.0, 6.0), history=["title \"Faucet Fix\" at the start"])
case("convo-that-fast", "make that one 2x", {"speed": {"media": RING, "value": 2.0}}, history=["put the doorbell clip at 1:15"])
case("convo-same-store", "same with the store aisle clip at 1:20", on(STORE, start=at("1:20")), history=["put the front door clip at 1:15"])
case("convo-fade-it", "fade that out", {"effect": {"media": GREASE, "type": "fade_out"}}, history=["greasing the o rings at 1:30"])
case("convo-music-too", "same for the music", {"effect": {"role": "music", "type": "fade_out"}}, history=["fade the video out at the end"])
case("convo-speed-normal", "ok back to normal speed", {**on(WYZE, role=None, start=at("2:03")), "speed": {"media": WYZE, "value": 1.0}},
     history=["wyze clip at 2:03", "4x speed on it"])
case("convo-caption-move", "move that caption to 0:19", title("SHUT OFF THE WATER FIRST", at("0:19")),
     history=["caption \"SHUT OFF THE WATER FIRST\" at 0:17"])
case("convo-other-samsung", "and the retaining clip samsung one at 0:58", on(CLIPPRY, start=at("0:58")),
     history=["put 20260214_181744 at 1:05"])
case("convo-pauses-too", "also the dead air while you're in there",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)},
     history=["remove all the ums and uhs"])
case("convo-retext", "change it to \"$40 at Nordstrand Hardware\"", title("$40 at Nordstrand Hardware", at("1:26")),
     history=["add a caption \"$40\" at 1:26"])
case("convo-where-again", "sorry what timestamp was that", {"unchanged": True, "reply_has": [mmss(SEG[10].start)]},
     history=["where does she talk about gunnar flooding the basement"])
case("convo-not-that-one", "no the other samsung one, with the pliers", {**on(PLIERS, start=at("1:05")), "no_clip": {"media": CLIPPRY}},
     history=["put 20260214_181502 at 1:05"], note="a correction: the pliers clip replaces the retaining clip one at 1:05")
case("convo-fadein-it", "and fade it in", {"effect": {"media": RING, "type": "fade_in"}}, history=["put the doorbell video at 1:15"])
case("convo-redo", "redo it actually", UMS, history=["remove all the ums", "undo"], note="redo brings the um cut back (ums only)")
case("convo-louder-voice", "a little more", {"clip_volume": {"role": "main", "db": 4.25, "tol": 1.75}},
     history=["turn her voice up 2 dB"], note="judgement: a little louder than +2 (at least +2.5), up to about +6")
case("convo-circle-back", "circling back on the intro title: make it 'How to Fix a Dripping Faucet'",
     title("How to Fix a Dripping Faucet", 0.0), history=["title \"Fixing a Drippy Faucet\" at 0:00"])
case("convo-also-second", "also the other uff da", phrases_cut(UFFDAS), history=["cut the uff da before there it goes"])
case("convo-both-betcha", "actually the first one too", phrases_cut(BETCHAS),
     history=["drop 'you betcha' from the last line"], note="the other 'you betcha' is in the forty dollars sentence")

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "how long is it right now", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-length-dave", "What's the current runtime? Need it for the status update.", {"unchanged": True, "reply_has": [mmss(D)]})
case("question-where-gunnar", "when does mom talk about uncle gunner", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[10].start)]})
case("question-where-store", "at what timestamp is the store mention", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[16].start)]},
     note="the coordinator: 'take the old cartridge with you to the hardware store' (16)")
case("question-where-grease", "where does the plumbers grease part start", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[19].start)]})
case("question-where-hexkey", "what time do I say which size hex key", {"unchanged": True, "reply_has": [mmss(SEG[7].start)]})
case("question-where-price", "when does she say the price", {"unchanged": True, "reply_has": [mmss(SEG[18].start)]})
case("question-music-level", "what level is the music at", {"unchanged": True, "reply_has": ["-18"]})
case("question-fps", "frame rate?", {"unchanged": True, "reply_has": ["30"]})
case("question-unused", "which clips are still unused", UNCHANGED)
case("question-um-count", "how many ums are there", UNCHANGED)
case("question-take2", "is there another take of the ending somewhere", UNCHANGED)
case("question-status", "Quick status check - where are we on the edit?", UNCHANGED)
case("question-broll-track", "whats on the b-roll track", {"unchanged": True, "reply_has": [PLIERS, TOWEL]},
     setup=[ins("m3", 65.0), ins("m15", 150.0, 3.0)])
case("question-vertical", "can this export vertical for instagram?", UNCHANGED)
case("question-after-cut", "how long is it after that", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]},
     history=["remove all the ums and uhs"])
case("question-what-did", "what did you just change", {"unchanged": True, "reply_has": ["fade"]}, history=["fade the music out over 4 seconds"])
case("question-restarts", "does she restart any sentences", UNCHANGED)

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-thanks", "thanks, not too shabby", UNCHANGED)
case("chat-uffda", "uff da, long day", UNCHANGED)
case("chat-betcha", "you betcha", UNCHANGED)
case("chat-ope", "ope sorry wrong window", UNCHANGED)
case("chat-gunnar", "gunnar is going to hate this lol", UNCHANGED)
case("chat-leif", "its leif now mom went to her shift period", UNCHANGED)
case("chat-dave-thanks", "Thanks team, great progress.", UNCHANGED)
case("chat-store", "love this, our followers are going to eat it up", UNCHANGED)
case("chat-hi", "hi", UNCHANGED)
case("chat-think", "let me think about the music and get back to you", UNCHANGED)
case("chat-cute", "oh for cute", UNCHANGED)
case("chat-dog", "the dog is barking at the snowplow brb", UNCHANGED)
case("chat-ok", "k", UNCHANGED)
case("chat-perfect", "Perfect, that's exactly what I wanted.", UNCHANGED)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-gunnarclip", "put the clip of gunnar's flooded basement over the basement line", UNCHANGED, note="Gunnar is in no media")
case("nonedit-missing-4419", "add IMG_4419.MOV at 0:40", UNCHANGED, note="no such iPhone file")
case("nonedit-missing-samsung", "20260214_181600.mp4 at 1:00", UNCHANGED, note="the Samsung clips are 181502 and 181744")
case("nonedit-missing-take1", "handle off take1 at 0:40", UNCHANGED, note="only 'take2 FINAL' is in the bin")
case("nonedit-missing-mymovie2", "My Movie 2 at 1:00", UNCHANGED, note="only My Movie 3")
case("nonedit-missing-logo", "add our logo in the corner", UNCHANGED, note="no logo in the bin")
case("nonedit-missing-sticker", "add a link sticker to our store page at the end", UNCHANGED, note="not a video edit")
case("nonedit-missing-teflon", "cut the part about the teflon tape", UNCHANGED, note="never said")
case("nonedit-missing-dishwasher", "remove where she talks about the dishwasher", UNCHANGED, note="never said")
case("nonedit-missing-shower", "delete the shower faucet section", UNCHANGED, note="never said")
case("nonedit-missing-sister", "cut the line about my sister", UNCHANGED, note="never said")
case("nonedit-missing-washer", "cut the bit where mom replaces the washer", UNCHANGED, note="she replaces a cartridge; 'washer' is never said")
case("nonedit-missing-doorbell-sfx", "doorbell chime sound effect at 1:15", UNCHANGED, note="the only sound effect is a drip")
case("nonedit-missing-dogclip", "put the dog video over the intro", UNCHANGED, note="no dog in any media")
case("nonedit-missing-coupon", "remove the part where she mentions the coupon code", UNCHANGED, note="never said")
case("nonedit-offtimeline-drip", "drip sound effect quieter", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-ring", "speed up the doorbell clip", UNCHANGED, note="the Ring clip is only in the bin")
case("nonedit-offtimeline-take2", "New Recording 27 needs to be louder", UNCHANGED, note="the second take is only in the bin")
case("nonedit-offtimeline-product", "zoom in on the product shot", UNCHANGED, note="the product photo is only in the bin")
case("nonedit-offtimeline-snap", "black and white on the snapchat clip", UNCHANGED, note="only in the bin")
case("nonedit-ambig-samsung", "the samsung clip at 1:05", UNCHANGED, note="20260214_181502 and 20260214_181744")
case("nonedit-ambig-img44", "put the IMG_44 one at 0:50", UNCHANGED, note="IMG_4425, IMG_4428, IMG_4433")
case("nonedit-ambig-photo", "add the photo at 2:08", UNCHANGED, note="the product photo or IMG_4433")
case("nonedit-ambig-handle", "put the handle off clip at 0:40", UNCHANGED,
     note="'handle off take2 FINAL' by name, but both Samsung clips are described 'with the handle off'; judgement: should ask")
case("nonedit-ambig-iphone", "the iphone clip at 1:40", UNCHANGED, note="IMG_E4418, IMG_4425, IMG_4428")
case("nonedit-ambig-cartridge", "cut the cartridge sentence", UNCHANGED, note="cartridge in 1, 12, 14, 16, 21, 22, 33, 34")
case("nonedit-ambig-valves", "delete the supply valves line", UNCHANGED, note="3 and 25")
case("nonedit-ambig-hexscrew", "remove the hex screw sentence", UNCHANGED, note="7 and 24")
case("nonedit-ambig-cap", "cut the decorative cap line", UNCHANGED, note="6 and 24")
case("nonedit-ambig-towel", "remove the paper towel sentence", UNCHANGED, note="27 and 28")
case("nonedit-ambig-retaining", "cut the retaining clip sentence", UNCHANGED, note="12 and 23")
case("nonedit-ambig-pliers", "take out the pliers line", UNCHANGED, note="14 and 30")
case("nonedit-ambig-minute", "cut the sentence with a minute in it", UNCHANGED, note="17 and 26")
case("nonedit-ambig-dry", "lose the dry line", UNCHANGED, note="27, 28 and 29")
case("nonedit-ambig-orings", "cut the oh ring sentence", UNCHANGED, note="19 and 33")
case("nonedit-ambig-store", "remove the store sentence", UNCHANGED, note="16 and 32")
case("nonedit-ambig-handle-sentence", "cut the handle sentence", UNCHANGED, note="handle in 1, 6, 8, 24, 29")
case("nonedit-inside-flashlight", "take the flashlight out of my mouth in the wyze clip", UNCHANGED, setup=[ins("m8", 120.0)])
case("nonedit-inside-ringsnow", "shovel the snow off the steps in the doorbell video", UNCHANGED, setup=[ins("m7", 75.0)])
case("nonedit-inside-logo-blur", "blur just the Home Depot logo on the product photo, leave the cartridge sharp", UNCHANGED,
     setup=[ins("m11", 85.0, 4.0)])
case("nonedit-inside-mug", "what does it say on the coffee mug in the snapchat", UNCHANGED,
     note="a question about the inside of a clip; nothing is edited")
case("nonedit-inside-phone", "my pager goes off around 1:50, take out the beep", UNCHANGED, note="no such sound in the talk")
case("nonedit-inside-cracks", "make the cracks on the old cartridge easier to see in the pliers clip", UNCHANGED, setup=[ins("m3", 65.0)])
case("nonedit-post", "post it to our instagram and tag @NordstrandHardware", UNCHANGED, note="not an edit")

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-after-towel", "delete everything after 'If the paper towel stays dry'", {"confirm": True})
case("confirm-first-minute", "get rid of the entire first minute", {"confirm": True})
case("confirm-60s-reel", "make it a 60 second reel, cut whatever", {"confirm": True})
case("confirm-range", "remove 0:30 to 1:30", {"confirm": True})
case("confirm-before-clip", "everything before 'Now you can see the retaining clip' can go", {"confirm": True})
case("confirm-delete-talk", "delete the main clip entirely", {"confirm": True})
case("confirm-last30", "keep only the last 30 sec", {"confirm": True})
case("confirm-past-two", "cut everything after 2:00", {"confirm": True})
case("confirm-dave-scope", "Let's descope: remove the whole reassembly section through the end.", {"confirm": True})


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "ac_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out, "D =", D)

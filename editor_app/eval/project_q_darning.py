"""Blind evaluation project Q: Morag, a retired primary-school teacher in her seventies from Inverness,
darns a hole in the heel of her husband's wool hillwalking sock at her kitchen table: the darning
mushroom, matching the wool, a needle threaded with no knot, a running stitch round the hole, the first
layer of straight rows with a wee loop at each end, weaving over and under across them, finishing on
the inside, snipping the end, and how long it all takes.

Written without reading the planner. Built like project_p_ukulele.py: the talk is a Panasonic Lumix
camera file (P1030412.MP4) whose transcript is written here with word times and whose audio is made
from those times (a voiced tone per word, digital silence in the pauses), so the fillers (nine um/uh,
plus her own tics: "you see" three times, "mind", "och", "so it does", "wee" five times), six long
pauses and one retake said out loud in her own words ("no, hang on, I've got that the wrong way round,
I'll start that bit again") are exactly where the transcript says. Several sentences share words
(sock, hole, wee hole, wool, needle, thread, rows, far side, good as new, over and under, scissors,
knot, minutes), so a reference has to be precise. An aside mentions her granddaughter Eilidh, who is in
no media. Numbers are said in words (four ply, two balls, six pounds fifty, a centimetre, a quarter of
an inch, twenty five minutes, an hour, nearly sixty years, eleven, ten minutes).

B-roll is named like a real person's files: two iPhone clips that look alike (IMG_0931.MOV sewing the
first straight rows up and down, IMG_0934.MOV the same angle weaving over and under across them), told
apart only by their descriptions, and an iPhone still (IMG_0940.JPG, the finished darn); a DJI Osmo
Pocket clip (the sock drawer), an Android phone video (VID_..., threading the needle), a Windows
Snipping Tool screen recording with no description and a Windows screenshot (the wool shop basket), a
WhatsApp-exported video of her knitting circle, a snake_case clip, a camelCase clip with a version
suffix (holeInHeel_v3.mov), a snake_case clip with a version suffix (mushroom_from_dad_v2.mp4), a name
with spaces ("outlining the hole.mov") and a still with spaces ("socks drying on the pulley.jpg").
Some media have descriptions, others only their names. A second take of the sign-off recorded on a
Zoom H1n field recorder (ZOOM0014.WAV) is in the bin only, and so is a scissors snip sound effect.

    ids: m1 talk, m2..m14 B-roll (BROLL order), m15 music, m16 sign-off take 2, m17 snip sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 harp bed, talk length, -16 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "P1030412.MP4"
MUSIC = "Gentle Celtic Harp (Royalty Free).mp3"
TAKE2 = "ZOOM0014.WAV"
SFX = "scissors snip.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("IMG_0931.MOV", 7.0, "close-up of the sock stretched over the darning mushroom, sewing the first rows straight up and down across the hole"),  # m2
    ("IMG_0934.MOV", 7.0, "close-up of the sock stretched over the darning mushroom from the same angle, weaving the needle over and under across the rows"),  # m3
    ("DJI_20260308142210_0007_D.MP4", 6.0, "opening the sock drawer and pulling out a tangle of socks with holes in the heels and toes"),  # m4
    ("VID_20260307_193355.mp4", 6.0, "threading a big blunt needle with grey wool, missing the eye twice"),  # m5
    ("Screen Recording 2026-03-06 101522.mp4", 6.0, ""),  # m6
    ("WhatsApp Video 2026-03-05 at 18.42.10.mp4", 8.0, "the knitting circle at the church hall holding up socks they have mended"),  # m7
    ("wool_basket_overhead.mp4", 5.0, ""),  # m8
    ("holeInHeel_v3.mov", 5.0, ""),  # m9
    ("outlining the hole.mov", 6.0, ""),  # m10
    ("mushroom_from_dad_v2.mp4", 5.0, "the old wooden darning mushroom my father turned on his lathe, turning it over in my hands"),  # m11
    ("IMG_0940.JPG", None, "the finished darn on the heel of the grey sock, laid flat on the kitchen table"),  # m12
    ("Screenshot 2026-03-06 101844.png", None, "online wool shop basket: two balls of 4 ply sock yarn in slate grey, 6.50 pounds"),  # m13
    ("socks drying on the pulley.jpg", None, ""),  # m14
]
COLORS = ["0x8a8a90", "0x7a7a84", "0x5a4a3a", "0x9a9aa0", "0x203040", "0xc0a080", "0xb09070", "0x6a6a70",
          "0x7a7070", "0x8a5a30", "0xa0a0a8", "0xf4f4f4", "0xd0d8e0"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hello there, I'm Morag, and today I'm going to show you how to darn a sock properly, the way my mother taught me.", 0.4),  # 0
    ("Och, folk just throw socks away now the minute they get a wee hole, and it breaks my heart, so it does.", 0.3),  # 1
    ("These are my husband's hillwalking socks, pure wool, and he's gone and worn a hole right through the heel again.", 1.8),  # 2
    ("Right then, you'll need a darning needle, some wool, a pair of scissors, and something round to stretch the sock over.", 0.3),  # 3
    ("I use a wooden darning mushroom, but, um, a light bulb or an orange does the job just as well.", 0.3),  # 4
    ("Try and match the wool to the sock, you see, and go for the same thickness, four ply is usually about right.", 0.3),  # 5
    ("I got two balls of grey sock wool for six pounds fifty, and that'll see me out, I should think.", 1.6),  # 6
    ("Now, slip the mushroom inside the sock and pull it snug over the top so the hole sits right in the middle.", 0.3),  # 7
    ("Don't stretch it too tight, mind, or the darn will pucker once you take it off.", 0.3),  # 8
    ("Thread your needle with a length of wool about as long as your forearm, and don't tie a knot in the end.", 0.3),  # 9
    ("My granddaughter Eilidh says knots are quicker, but she also thinks a hole in your jeans is a fashion statement, so what does she know.", 1.5),  # 10
    ("Uh, first we go round the hole with a little running stitch, about a centimetre out from the edge, into the good wool.", 0.3),  # 11
    ("That gives you a firm border to work inside, you see, and it stops the hole getting any bigger.", 0.3),  # 12
    ("Now for the first layer, you sew straight rows from one side of the border to the other, up and down, nice and close together.", 0.4),  # 13
    ("Leave a wee loop at the end of every row, so the wool has room to shrink in the wash.", 1.7),  # 14
    ("Keep going until the whole hole is covered with threads running the one way, like the strings on a harp.", 0.3),  # 15
    ("Then you turn the sock round and weave across them, going over one thread and under the next.", 0.3),  # 16
    ("On the way back you go under the ones you went over, um, and over the ones you went under.", 0.3),  # 17
    ("Push each row up against the last one with the tip of the needle, so there are no gaps.", 0.3),  # 18
    ("It's just like weaving a wee square of cloth, and it's ever so satisfying when it all comes together.", 0.3),  # 19
    ("If you miss a thread, uh, just unpick back to it, there's no shame in that.", 0.4),  # 20
    ("When you get to the far side, you want to finish on the, um, no, hang on, I've got that the wrong way round, I'll start that bit again.", 0.3),  # 21
    ("When you get to the far side, take the needle through to the inside of the sock and run it back under a few stitches.", 0.3),  # 22
    ("Snip the end with your scissors, but leave about a quarter of an inch so it doesn't work its way loose.", 1.6),  # 23
    ("Turn the sock the right way out, and there you are, good as new.", 0.3),  # 24
    ("Well, nearly as good as new, it's a wee bit lumpy, but nobody's looking at your heels.", 0.3),  # 25
    ("That one took me about twenty five minutes, and I was blethering the whole time.", 0.3),  # 26
    ("A bigger hole might take you an hour, so put the radio on first.", 0.3),  # 27
    ("I've been darning socks for nearly sixty years, um, since I was eleven, and I've never met a pair I couldn't save.", 0.3),  # 28
    ("If the wool's gone thin all round the hole, uh, darn a bit wider, right out into the thin part.", 0.3),  # 29
    ("And do it sooner rather than later, you see, because a wee hole is ten minutes and a big one is an evening.", 2.0),  # 30
    ("So, um, that's how you darn a sock, it's not hard, it just takes a bit of patience.", 0.3),  # 31
    ("Let me know in the comments what you'd like me to mend next, and, uh, mind and subscribe.", 0.4),  # 32
    ("Cheerio just now.", 0.59),  # 33
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("So that's a sock darned, no bother at all, just a wee bit of patience.", 0.4),
    ("Tell me what to mend next, cheerio just now.", 0.5),
]
SPEC = TalkProject(
    title="Darning a Sock with Morag", topic="sock darning", talk=TALK, talk_color="0x5a6a5a", music=MUSIC,
    music_tones=(196, 293, 220), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-16.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=188.0, filler=160.0, swing=18.0, step=0.37, tremolo=4.2),
)


def create_darning_project(target: str | Path):
    """The darning project at ``target`` (a Session): talk and music on the timeline, B-roll, a second
    sign-off take and a scissors snip sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "anoisesrc=color=white:amplitude=0.4:duration=0.25", "-af",
                "highpass=f=2000,afade=t=out:st=0.01:d=0.24", str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="a single snip of a pair of scissors, sound effect"))],
                  "Import the scissors snip sound effect")
    return session

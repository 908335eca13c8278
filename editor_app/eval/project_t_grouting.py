"""Blind evaluation project T: Margaret, sixty-eight, a retired primary-school teacher from Fife,
re-grouts the tiles round her bath: raking out the old grout, mixing the new, pressing it in with a
rubber float, the sponge, the haze, a new line of silicone, and how long and how much it all was. She
talks slowly and wanders off about her late husband Jim's DIY (sentences 2, 8, 24, 32).

Written without reading the planner. Built like project_q_darning.py: the talk is her iPhone's file
(IMG_4172.MOV) whose transcript is written here with word times and whose audio is made from those
times (a voiced tone per word, digital silence in the pauses), so the fillers (ten um/uh, plus her own
tics: "you see" three times, "och" twice, "mind" twice, "wee" four times), seven long pauses and one
retake said out loud in her own words ("no, wait, that's not right, I've jumbled that, let me say that
bit again", sentence 21; 22 is the good one) are exactly where the transcript says. Several sentences
share words (grout, joints, tiles, sponge, float, Jim, an hour, one afternoon, minutes, ten, bath,
silicone), so a reference has to be precise. An aside mentions her neighbour Agnes, who is in no media
(nor is Jim). Numbers are said in words (nineteen eighty seven, four pounds ninety, two or three
millimetres, eleven years, twenty minutes, forty five degrees, half a metre, ten minutes, an hour,
twenty four hours, one afternoon, ten pounds).

B-roll is named like a real family's files: two iPhone clips that look alike (IMG_4203.MOV raking the
old grout out, IMG_4207.MOV the same angle pressing new grout in with the float), told apart only by
their descriptions; a third iPhone clip (IMG_4198.MOV, the mouldy corner) and the HEIC still exported as
IMG_4211.jpg (the finished bath); two clips from her grandson's DJI Osmo Pocket (DJI_2026...); a
WhatsApp video from her daughter; an iPad screen recording with no description; files a helper renamed
by hand ("mixing the grout (1).mp4", "sponge wipe.mov" and its duplicate "sponge wipe copy.mov",
"silicone bead round the bath.mp4", "taping the bath edge.mov") and a version-suffixed name
(grout_float_v3.mov). Some media have descriptions, others only their names. A second take of the
sign-off recorded on a Zoom H1n (ZOOM0004.WAV) is in the bin only, and so is a tile knock sound effect.

    ids: m1 talk, m2..m15 B-roll (BROLL order), m16 music, m17 sign-off take 2, m18 tile knock sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 folk bed, talk length, -18 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "IMG_4172.MOV"
MUSIC = "Eilidh Brannigan-Moffat - The Road to Kinghorn (Royalty Free Folk).mp3"
TAKE2 = "ZOOM0004.WAV"
SFX = "tile knock.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("IMG_4203.MOV", 7.0, "close-up along the bath edge, dragging the grout rake through the joints to scrape the old grey grout out"),  # m2
    ("IMG_4207.MOV", 7.0, "close-up along the bath edge from the same angle, pressing fresh white grout into the joints with the rubber float"),  # m3
    ("IMG_4198.MOV", 5.0, "black mould on the old grout in the corner by the taps"),  # m4
    ("DJI_20260503101544_0012_D.MP4", 6.0, "wide shot of the whole bathroom before starting, tatty grey grout round the bath"),  # m5
    ("DJI_20260503153802_0019_D.MP4", 6.0, "polishing the dried haze off the tiles with an old tea towel"),  # m6
    ("WhatsApp Video 2026-05-03 at 14.22.10.mp4", 8.0, "from my daughter: the grout aisle in the DIY shop, holding up two tubs and asking which white"),  # m7
    ("ScreenRecording_05-02-2026 09-14-33_1.MP4", 6.0, ""),  # m8
    ("mixing the grout (1).mp4", 6.0, "stirring grout powder and water in an old ice cream tub with a lolly stick"),  # m9
    ("sponge wipe.mov", 5.0, ""),  # m10
    ("sponge wipe copy.mov", 5.0, ""),  # m11
    ("grout_float_v3.mov", 5.0, ""),  # m12
    ("silicone bead round the bath.mp4", 6.0, ""),  # m13
    ("taping the bath edge.mov", 5.0, "masking tape along the top of the bath so the sealant line comes out straight"),  # m14
    ("IMG_4211.jpg", None, "the finished bath surround, bright white grout lines, the morning after"),  # m15
]
COLORS = ["0xd8d4cc", "0xe0dcd4", "0x2a3a2a", "0xa8b0b8", "0xf0f0ec", "0x907060", "0x203050", "0xe8e0d0",
          "0xc8d0d8", "0xc8d0d9", "0xb0b0b0", "0xf4f4f4", "0xe0c040", "0xfafafa"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hello, I'm Margaret, and today I'm going to re-grout the tiles round my bath, which is long overdue, I can tell you.", 0.4),  # 0
    ("Och, the old grout has gone all grey and there's black mould creeping up from the corner by the taps.", 0.3),  # 1
    ("My Jim did these tiles in nineteen eighty seven, and to be fair to him, they've not budged in all that time.", 1.8),  # 2
    ("Mind you, he never once cleaned the grout, you see, that was always my job.", 0.3),  # 3
    ("Right, you'll need a grout rake, a tub of grout, a rubber float, a sponge and a bucket of clean water.", 0.3),  # 4
    ("I got a wee tub of white grout for four pounds ninety at the hardware shop in Kirkcaldy.", 0.3),  # 5
    ("First you rake out the old grout, um, about two or three millimetres deep, all along the joints.", 1.6),  # 6
    ("Go gently near the bath, mind, because if you chip the enamel you'll never forgive yourself.", 0.3),  # 7
    ("Jim chipped it once with a screwdriver and told me it was a water mark for eleven years.", 0.3),  # 8
    ("Uh, once the joints are raked out, hoover up the dust and give the tiles a wipe with a damp cloth.", 1.5),  # 9
    ("Now, mix your grout in a clean tub, a wee bit of water at a time, until it's like thick toothpaste.", 0.3),  # 10
    ("Don't make it too runny, you see, or it'll just slump out of the joints.", 0.3),  # 11
    ("Only mix what you can use in about twenty minutes, because it goes off quicker than you'd think.", 0.3),  # 12
    ("My neighbour Agnes mixed a whole bucket of it once and ended up with a doorstop, bless her.", 1.7),  # 13
    ("Then you take the rubber float and push the grout into the joints, working it across them at an angle.", 0.3),  # 14
    ("Hold the float at about forty five degrees, um, and press firmly so there are no wee holes left.", 0.3),  # 15
    ("Do a small patch at a time, maybe half a metre, so it doesn't dry before you get to it.", 0.3),  # 16
    ("Scrape off the extra with the edge of the float, going diagonally across the tiles, not along the joints.", 1.6),  # 17
    ("Now, wait about ten minutes, uh, until the grout's firm but not quite hard.", 0.3),  # 18
    ("Then you wipe the tiles with the sponge, wrung out well, in big gentle circles.", 0.3),  # 19
    ("Rinse the sponge, uh, every few wipes, or you're just moving the mess around.", 0.3),  # 20
    ("When the sponge has done its job you want to run your finger, um, no, wait, that's not right, I've jumbled that, let me say that bit again.", 0.3),  # 21
    ("When the sponge has done its job, run a damp finger along each joint to smooth it into a nice wee curve.", 0.3),  # 22
    ("Leave it to dry for an hour or so and then polish off the haze with a dry cloth.", 1.6),  # 23
    ("Jim used to say a job's not finished till the tools are washed, and he was right about that, if nothing else.", 0.3),  # 24
    ("So wash your float and your bucket outside, not down the sink, or you'll block the drain.", 0.3),  # 25
    ("The next day, um, you can run a new line of silicone along the bottom where the bath meets the tiles.", 0.3),  # 26
    ("Put masking tape above and below the line first, you see, and it comes out lovely and straight.", 0.3),  # 27
    ("Keep the bath half full of water while you do it, so the silicone sets with the bath at its heaviest.", 1.8),  # 28
    ("Och, and don't use the shower for a full day, uh, twenty four hours at the very least.", 0.3),  # 29
    ("There we are, it looks like a new bathroom, and it only took me one afternoon.", 0.3),  # 30
    ("Well, one afternoon and a sore back, I'm not as young as I was.", 0.3),  # 31
    ("Jim would have had it done in an hour, um, but he'd have left grout all over the floor.", 0.3),  # 32
    ("It cost me under ten pounds altogether, so there's no excuse for living with mouldy grout.", 0.3),  # 33
    ("Let me know in the comments if you'd like to see me tackle the kitchen next, and, uh, do subscribe.", 0.4),  # 34
    ("Cheerio for now.", 0.59),  # 35
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("So that's the bath done, a wee bit of elbow grease and it's like new.", 0.4),
    ("Tell me what I should tackle next, cheerio for now.", 0.5),
]
SPEC = TalkProject(
    title="Re-grouting the Bath with Margaret", topic="bath grouting", talk=TALK, talk_color="0x6a5a50", music=MUSIC,
    music_tones=(220, 330, 240), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-18.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=196.0, filler=165.0, swing=16.0, step=0.41, tremolo=3.8),
)


def create_grouting_project(target: str | Path):
    """The grouting project at ``target`` (a Session): talk and music on the timeline, B-roll, a second
    sign-off take and a tile knock sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "sine=frequency=900:duration=0.15", "-af",
                "afade=t=out:st=0.01:d=0.14", str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="a knuckle knocking on a ceramic tile, sound effect"))],
                  "Import the tile knock sound effect")
    return session

"""Blind evaluation project S: Tomasz, a Polish-born knife sharpener in his fifties who has had a stall
at a Bristol market for years, puts an edge on a chef's knife with two water stones: soaking the
stones, colouring the bevel with a marker, the fifteen degree angle (two coins under the spine), ten
strokes a side on the coarse stone, feeling for the burr, the fine stone with fewer and fewer strokes,
taking the burr off through cork, reading the marker, the paper and tomato tests, flattening the
stones, storage, the honing steel, and how long it takes.

Written without reading the planner. Built like project_q_darning.py: the talk is a Sony camera file
(C0047.MP4) whose transcript is written here with word times and whose audio is made from those times
(a voiced tone per word, digital silence in the pauses). He speaks precise, slightly non-native
English: ten fillers (five um, five uh, each in a different sentence), his own tics ("yes?" three
times, "exactly" twice, "how you say" twice, "so, so" once), seven long pauses, and one retake said
out loud in his words ("no, wait, that is wrong, I say this again from the beginning"). Sentences
share words (stone, coarse stone, fine stone, burr, marker, angle, strokes, paper, tomato, steel,
spine, heel to tip, Bristol, Saturday, the other side), so a reference has to be precise. An aside is
about Bogdan, who has the cheese stall next to his and sharpens on the step of his van; Bogdan is in
no media. Numbers are said in words (thirty years, one thousand grit, six thousand grit, ten minutes,
fifteen degrees, two coins, ten strokes, five/three/two/one strokes, twenty or thirty times, six or
seven light strokes, twenty minutes, one hour).

B-roll is named the way his files really are: two GoPro chapters that look alike (GX010214.MP4 on the
coarse stone, GX010215.MP4 from the same angle on the fine stone), told apart only by their
descriptions; a Canon file (MVI_4471.MOV, the stones soaking), a Google Pixel clip
(PXL_20260411_091233456.mp4, the marker on the bevel), an OBS capture with only a date for a name and
no description (2026-04-10 21-14-07.mkv), a Telegram export of the market stall
(video_2026-04-09_18-22-41.mp4), edited exports with suffixes ("feeling for the burr FINAL.mov",
paper_slice_test_v2_export.mp4), names with spaces ("flattening stone.mov", "tomato test slo-mo.mov"),
a camelCase clip (honingSteel_slowmo.mp4), a Samsung still (20260412_174503.jpg, the finished knife), a
grit chart (stones_and_grits.png) and an Android screenshot of a shop page
(Screenshot_20260410-211902_Chrome.jpg). Some media are described, others only named. The music bed is
an AAC loop on its own track; a second take of the marker lines from a Tascam recorder
(TASCAM_0031.wav) is in the bin only, and so is a blade-on-steel sound effect.

    ids: m1 talk, m2..m15 B-roll (BROLL order), m16 music, m17 marker lines take 2, m18 blade sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 loop, talk length, -18 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "C0047.MP4"
MUSIC = "workshop-lofi-loop_92bpm.m4a"
TAKE2 = "TASCAM_0031.wav"
SFX = "blade_shing.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("GX010214.MP4", 7.0, "GoPro on the workbench: pushing the blade edge first across the coarse 1000 grit stone, grey slurry on the stone"),  # m2
    ("GX010215.MP4", 7.0, "GoPro on the workbench from the same angle: light strokes on the fine 6000 grit stone, the stone almost white"),  # m3
    ("MVI_4471.MOV", 6.0, "two whetstones sinking into a bucket of water, bubbles coming up"),  # m4
    ("PXL_20260411_091233456.mp4", 6.0, "colouring the bevel of the knife with a black marker pen, close up"),  # m5
    ("2026-04-10 21-14-07.mkv", 6.0, ""),  # m6
    ("video_2026-04-09_18-22-41.mp4", 8.0, "the market stall on a Saturday morning, customers queueing with knives wrapped in tea towels"),  # m7
    ("feeling for the burr FINAL.mov", 5.0, ""),  # m8
    ("paper_slice_test_v2_export.mp4", 5.0, ""),  # m9
    ("flattening stone.mov", 6.0, ""),  # m10
    ("tomato test slo-mo.mov", 5.0, ""),  # m11
    ("honingSteel_slowmo.mp4", 5.0, "running the knife down a honing steel, slow motion"),  # m12
    ("20260412_174503.jpg", None, "the finished chef's knife lying on a folded tea towel next to the two stones"),  # m13
    ("stones_and_grits.png", None, "chart of grit numbers 220, 1000, 3000 and 6000 and what each one is for"),  # m14
    ("Screenshot_20260410-211902_Chrome.jpg", None, ""),  # m15
]
COLORS = ["0x707478", "0xd8d8d0", "0x304860", "0x202020", "0x101830", "0xa08060", "0x888888", "0xf0f0e8",
          "0x605850", "0xc03020", "0x9098a0", "0xb0a890", "0xe8e8f0", "0xf8f8f8"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Good morning, my name is Tomasz, and for thirty years I sharpen knives, first in Gdańsk and now here at the market in Bristol.", 0.4),  # 0
    ("Today I show you how to put a proper edge on a chef's knife with two water stones, nothing else, no gadgets.", 0.3),  # 1
    ("People bring me knives every Saturday that are, how you say, completely dead, they cannot cut a tomato, yes?", 1.8),  # 2
    ("So, first, the stones, um, I use a coarse one of one thousand grit and a fine one of six thousand grit.", 0.3),  # 3
    ("The coarse stone makes the shape of the edge, the fine stone makes it smooth, exactly.", 0.3),  # 4
    ("You put both stones in a bucket of water for ten minutes, until there are no more bubbles coming up.", 0.3),  # 5
    ("While they soak, I take a black marker pen and I colour the bevel, the little slope along the edge.", 1.6),  # 6
    ("Uh, this shows you later where the stone is really touching the steel, and where it is not touching.", 0.3),  # 7
    ("Now the angle, and this is the most important thing in the whole video, so please listen.", 0.3),  # 8
    ("For a kitchen knife like this I hold about fifteen degrees, which is, um, more or less the height of two coins under the spine.", 0.3),  # 9
    ("My colleague Bogdan, he has the cheese stall next to me, he sharpens his knives on the back step of his van, please, do not be like Bogdan.", 1.5),  # 10
    ("So, so, the coarse stone goes on a damp towel so it does not slide, and the knife goes on the stone with the edge pointing away.", 0.3),  # 11
    ("You push the blade across the stone, uh, heel to tip, with light pressure, like you are cutting a very thin slice off the stone.", 0.3),  # 12
    ("Ten strokes on one side, then you check with your thumb for the burr, yes?", 0.3),  # 13
    ("The burr is, how you say, a tiny wire of steel that curls over to the other side, you feel it but you almost cannot see it.", 1.7),  # 14
    ("When you feel the burr along the whole length, from heel to tip, then you turn the knife and do the other side.", 0.3),  # 15
    ("Uh, same angle, same pressure, same ten strokes, and you keep the stone wet all the time.", 0.3),  # 16
    ("Then we go to the fine stone, and now the pressure is, um, half, maybe less than half.", 0.3),  # 17
    ("On the fine stone you do five strokes each side, then three, then two, then one, changing sides every time.", 0.3),  # 18
    ("And at the end, to take off the burr, you make one stroke on the, uh, no, wait, that is wrong, I say this again from the beginning.", 0.3),  # 19
    ("And at the end, to take off the burr, you pull the edge very gently through a piece of cork or soft wood.", 0.3),  # 20
    ("Look at the marker now, if the black is gone from the whole bevel, your angle was good.", 1.6),  # 21
    ("If black stays at the very edge, your angle was too low, and you must lift the spine a little, exactly.", 0.3),  # 22
    ("Then the test, I hold up one sheet of printer paper and I slice down through it from the top.", 0.3),  # 23
    ("A sharp knife goes through the paper quiet, with no tearing, a dull knife makes noise and it tears.", 0.3),  # 24
    ("And the second test is the tomato, the knife should go through the skin only with its own weight, no pressing.", 0.3),  # 25
    ("If it slides on the skin, uh, go back to the fine stone and do it again, it is no problem.", 1.9),  # 26
    ("After, you must flatten the stones, because the coarse stone especially gets a hollow in the middle.", 0.3),  # 27
    ("I rub mine on wet sandpaper on a flat tile, twenty or thirty times, until the pencil lines I draw on the stone are gone.", 0.3),  # 28
    ("Dry the knife, um, never put it in the dishwasher, and never in a drawer with other knives and forks loose.", 2.0),  # 29
    ("Between sharpening, a honing steel keeps the edge straight, but it does not sharpen, this is a big mistake people make.", 0.3),  # 30
    ("With the steel, six or seven light strokes each side before you cook, this is enough for one week, maybe two.", 0.3),  # 31
    ("So, the whole job takes me about twenty minutes, at home the first time maybe one hour, and this is fine.", 0.3),  # 32
    ("If you have questions, write them under the video, and, um, if you are in Bristol, come to the stall on Saturday, yes?", 0.4),  # 33
    ("Thank you for watching, and keep your knives sharp.", 0.6),  # 34
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("Look at the marker now, if the black is gone everywhere on the bevel, the angle was correct.", 0.4),
    ("If there is still black at the edge, lift the spine a little bit.", 0.5),
]
SPEC = TalkProject(
    title="Sharpening a Chef's Knife on Water Stones", topic="knife sharpening", talk=TALK, talk_color="0x3a3a40",
    music=MUSIC, music_tones=(147, 220, 230), music_codec=("-c:a", "aac", "-b:a", "96k"), music_db=-18.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=118.0, filler=98.0, swing=12.0, step=0.53, tremolo=3.1),
)


def create_knife_project(target: str | Path):
    """The knife sharpening project at ``target`` (a Session): talk and music on the timeline, B-roll,
    a second take of the marker lines and a blade sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "sine=frequency=3100:duration=0.6", "-af",
                "afade=t=in:st=0:d=0.05,afade=t=out:st=0.1:d=0.5,volume=0.5", str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="a knife blade drawn along a steel, metallic shing, sound effect"))],
                  "Import the blade sound effect")
    return session

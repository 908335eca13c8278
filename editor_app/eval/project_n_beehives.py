"""Blind evaluation project N: Maggie, a retired beekeeper in her late sixties from Nova Scotia's
Annapolis Valley, gets her three beehives ready for winter: hefting them to judge their stores,
feeding two-to-one sugar syrup to the light one, mouse guards, an oxalic acid mite treatment, a
moisture quilt of wood shavings, black tar paper wraps and ratchet straps against the wind.

Written without reading the planner. Built like project_m_trainers.py: the talk is a Windows Camera
app recording from her kitchen laptop (WIN_20261130_10_14_22_Pro.mp4) whose transcript is written
here with word times and whose audio is made from those times (a voiced tone per word, digital
silence in the pauses), so the fillers (seven um/uh, plus a filler "you know," and a "So yeah,"),
six long pauses and one retake said out loud ("sorry, let me say that again") are exactly where the
transcript says. Several sentences share words (hive, bees, quilt, lid, damp, fence, valley, the bay,
winter, three, sugar, mouse), so a reference has to be precise. An aside mentions her neighbour
Gordie, who is in no media. Counts and measures are said in words (thirty-one years, a hundred
pounds, two parts sugar to one part water, four litres, nine millimetres, five millilitres,
ninety kilometres an hour, twelve degrees, forty dollars).

B-roll is named like people's files: two DJI drone clips that look alike (DJI_0042.MP4 over the
hives in autumn, DJI_0047.MP4 over the same hives after the first snow), two iPhone clips that look
alike (IMG_5803.MOV pouring syrup into the feeder, IMG_5806.MOV tacking on a mouse guard) and an
iPhone still (IMG_5811.JPG), an Insta360 export, an OBS screen capture with no description, a Zoom
cloud recording of the bee club meeting, a descriptive name with spaces, a camelCase clip, and three
stills (IMG_5811.JPG, "mouse guard close up.jpg", an Android weather screenshot). Some media have
descriptions, others only their names. A second take of the sign-off recorded on a Zoom H1n
(ZOOM0012_LR.WAV) is in the bin only, and so is a bee buzz sound effect (an audio file).

    ids: m1 talk, m2..m13 B-roll (BROLL order), m14 music, m15 sign-off take 2, m16 bee buzz sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 fiddle bed, talk length, -18 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "WIN_20261130_10_14_22_Pro.mp4"
MUSIC = "porch fiddle tune (creative commons).m4a"
TAKE2 = "ZOOM0012_LR.WAV"
SFX = "bee buzz close SFX.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("DJI_0042.MP4", 8.0, "drone rising over three white beehives by a wooden fence, autumn leaves, the bay in the distance"),  # m2
    ("DJI_0047.MP4", 8.0, "drone pass over the same three hives after the first snow, wrapped in black paper"),  # m3
    ("IMG_5803.MOV", 6.0, "pouring warm sugar syrup from a saucepan into the feeder on top of a hive"),  # m4
    ("IMG_5806.MOV", 5.0, "tacking a metal strip with small holes across the hive entrance"),  # m5
    ("VID_20261128_101530_00_012.mp4", 7.0, "360 camera on a pole, lid off, looking down at the bees clustered between the frames"),  # m6
    ("2026-11-30 19-22-05.mkv", 6.0, ""),  # m7
    ("GMT20261125-230412_Recording_1920x1080.mp4", 9.0, "bee club video call, the provincial inspector sharing a chart of mite counts"),  # m8
    ("oxalic dribble with syringe.mp4", 6.0, ""),  # m9
    ("quiltBoxShavings.mov", 5.0, ""),  # m10
    ("IMG_5811.JPG", None, "the three hives in a row, wrapped in tar paper and strapped down, snow on the lids"),  # m11
    ("mouse guard close up.jpg", None, ""),  # m12
    ("Screenshot_20261130-071544.png", None, "weather app showing a wind warning, gusts of 90 km/h off the bay"),  # m13
]
COLORS = ["0x8a9a6b", "0xdfe3e6", "0xc99a3a", "0x7d7f82", "0x6b5a2e", "0x202830", "0x3b5f8a", "0x9aa39b",
          "0xc8b48c", "0x1c1c1c", "0x8c8c8c", "0x4a79b5"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Well, hello there, I'm Maggie, and I've kept bees here in the Annapolis Valley for thirty-one years.", 0.4),  # 0
    ("Today we're getting my three hives ready for winter, which, um, comes early out here.", 0.3),  # 1
    ("Last year I lost one colony in February, and I still don't quite know why.", 1.8),  # 2
    ("First job is to heft each hive from the back to feel how heavy it is.", 0.3),  # 3
    ("A hive going into winter wants to weigh about a hundred pounds, honey and all.", 0.3),  # 4
    ("The two on the left were fine, but the little one by the fence felt, uh, far too light.", 0.4),  # 5
    ("So that one gets fed, two parts sugar to one part water, warmed on the stove until it's clear.", 1.6),  # 6
    ("Don't boil the syrup, dear, or it can go bad for the bees.", 0.3),  # 7
    ("I pour it into a feeder on top, about four litres at a time, and they'll take it down in a couple of days.", 0.3),  # 8
    ("My neighbour Gordie swears by fondant instead, but he also swears at his bees, so there you go.", 1.5),  # 9
    ("Next are the mouse guards.", 0.3),  # 10
    ("Mice love a warm hive full of honey, and one mouse can wreck a whole box over the winter.", 0.3),  # 11
    ("The guard is just a strip of metal with holes about nine millimetres wide, big enough for a bee but not a mouse.", 0.3),  # 12
    ("Um, you tack it across the entrance with two small nails, and that's that.", 0.4),  # 13
    ("Now, the mites, which is, you know, the part nobody enjoys.", 0.3),  # 14
    ("At our bee club meeting on Zoom last week, the provincial inspector said mite counts were high all over the valley.", 0.3),  # 15
    ("I treat with oxalic acid once the colony has no brood, usually in late November.", 0.3),  # 16
    ("You dribble about five millilitres between each pair of frames where the bees are clustered.", 0.3),  # 17
    ("Wear gloves and goggles for this part, the acid is no joke.", 1.7),  # 18
    ("Then the moisture quilt goes on top, under the lid.", 0.3),  # 19
    ("It's a box of wood shavings with a cloth bottom, and it, uh, soaks up the damp that the cluster breathes out.", 0.3),  # 20
    ("Cold doesn't kill bees nearly as often as wet does, that's the thing people get wrong.", 0.4),  # 21
    ("You want to put the quilt on before the, um, no, wait, hold on, sorry, let me say that again.", 0.3),  # 22
    ("You want the quilt on before the first hard frost, with the shavings loose, not packed down.", 0.3),  # 23
    ("Then I wrap each hive in black roofing paper, the tar paper, with an inch of foam board underneath.", 0.3),  # 24
    ("The black soaks up a bit of sun on a clear day, so the bees can get out for a cleansing flight.", 0.3),  # 25
    ("Leave the top entrance open, though, or they'll smother in their own damp.", 1.6),  # 26
    ("Last thing, I strap the lids down with ratchet straps, because the wind off the bay can hit ninety kilometres an hour.", 0.3),  # 27
    ("Uh, we had a lid blow clean off two winters ago and that colony didn't make it.", 0.3),  # 28
    ("And that's the three of them, wrapped and strapped, sitting in a row by the fence.", 0.3),  # 29
    ("From up on the hill you can see right across the valley to the bay, and honestly, it's the best view in the county.", 2.0),  # 30
    ("I won't open them again until March, when it's at least twelve degrees and sunny.", 0.3),  # 31
    ("Just a knock on the side now and then, and if they hum back, they're alive.", 0.3),  # 32
    ("The whole job cost me about forty dollars this year, mostly sugar and new straps.", 0.3),  # 33
    ("So yeah, that's winter prep, about a day's work for three hives.", 0.4),  # 34
    ("If you've got questions, um, leave them in the comments and I'll answer what I can.", 0.3),  # 35
    ("Take care of yourselves, and take care of your bees.", 0.59),  # 36
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("Any questions at all, pop them in the comments below and I'll do my best.", 0.4),
    ("Take care of yourselves, and your bees.", 0.5),
]
SPEC = TalkProject(
    title="Putting the Bees to Bed", topic="beehive winter prep", talk=TALK, talk_color="0x5b4a3a", music=MUSIC,
    music_tones=(196, 247, 200), music_codec=("-c:a", "aac", "-b:a", "96k"), music_db=-18.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=196.0, filler=172.0, swing=18.0, step=0.6, tremolo=5.0),
)


def create_beehives_project(target: str | Path):
    """The beehive winter prep project at ``target`` (a Session): talk and music on the timeline,
    B-roll, a second sign-off take and a bee buzz sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "sine=frequency=230:duration=1.5", "-af", "tremolo=f=40:d=0.7,afade=t=out:st=1.0:d=0.5",
                str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="honeybees buzzing close to the microphone, sound effect"))],
                  "Import the bee buzz sound effect")
    return session

"""Blind evaluation project AD: Tomasz, 29, a Polish-born bike mechanic in Manchester, trues a buckled
rear wheel in his flat: flipping the bike, taking the wheel out, the truing stand, finding the wobble
with the caliper, the spoke key, quarter turns, lateral versus radial true, dish, tension by plucking
the spokes like a guitar, and a snapped spoke he replaces.

Written without reading the planner. Built like project_q_darning.py with editor_app.eval.talk_project:
the talk is a Canon camera file (MVI_0456.MP4) whose transcript is written here with word times and
whose audio is made from those times, so the fillers (nine um/uh, plus his own tics: "yeah no" three
times, "if that makes sense" three times, "basically" three times, "our kid" twice), seven long pauses
and one retake said out loud in his own words ("no hang about, I've said that arse about face, let me
go again") are exactly where the transcript says. Several sentences share words (spoke, wheel, rim,
quarter turn, spin, quick release, flip, nipple, tension, gap, brake, dead, proper, snapped), so a
reference has to be precise. An aside is about his mate Kasia, who rode a buckled wheel to Liverpool
and is in no media. Numbers are said in words (two millimetres, fourteen gauge, thirty two spokes, a
quarter turn, a hundred and ten kilos, forty minutes, two hours).

B-roll is named like a real person's files: two Pixel clips that look alike (PXL_20260511_180114388.mp4
the rim wobbling and catching the caliper, PXL_20260511_181957602.mp4 the same shot running straight),
told apart only by their descriptions, and a Pixel still (the snapped spoke); two Insta360 exports
(VID_..._00_012.mp4 flipping the bike, VID_..._00_015.mp4 the dishing tool), two more Canon clips
(MVI_0459.MP4 taking the wheel out, MVI_0463.MP4 fitting the new spoke), an OBS recording of the spoke
tension app with no description, a WhatsApp video (a customer's wheel rubbing the brake), a Premiere
export (Sequence 01.mp4, no description), names a person typed ("spoke key CU nice.mp4" with no
description, "plucking the spokes.mp4"), a version-suffixed name ("wheel_v3_USE THIS.mp4", no
description) and a Strava screenshot still. A second voice-over take of the sign-off recorded on an
Android phone (Recording_0042.m4a) is in the bin only, and so is a spoke ping sound effect.

    ids: m1 talk, m2..m15 B-roll (BROLL order), m16 music, m17 sign-off take 2, m18 ping sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 Bensound bed, talk length, -18 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "MVI_0456.MP4"
MUSIC = "bensound-funkyelement.mp3"
TAKE2 = "Recording_0042.m4a"
SFX = "spoke ping.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("PXL_20260511_180114388.mp4", 7.0, "close-up of the back wheel spinning in the truing stand, the rim wobbling side to side and catching the caliper"),  # m2
    ("PXL_20260511_181957602.mp4", 7.0, "close-up of the back wheel spinning in the truing stand, the rim running straight past the caliper without touching"),  # m3
    ("VID_20260511_174502_00_012.mp4", 6.0, "flipping the bike upside down onto the saddle and handlebars on the living room rug, 360 camera"),  # m4
    ("MVI_0459.MP4", 6.0, "undoing the quick release and pulling the rear wheel out past the derailleur, hands black with chain grease"),  # m5
    ("2026-05-11 17-45-02.mkv", 6.0, ""),  # m6 (OBS: the spoke tension app)
    ("WhatsApp Video 2026-05-09 at 19.12.40.mp4", 8.0, "a customer's bike on the shop stand, the back wheel rubbing on the brake pad every turn"),  # m7
    ("Sequence 01.mp4", 5.0, ""),  # m8
    ("spoke key CU nice.mp4", 5.0, ""),  # m9
    ("wheel_v3_USE THIS.mp4", 6.0, ""),  # m10
    ("VID_20260511_183340_00_015.mp4", 6.0, "the dishing tool laid across the rim and flipped to the other side to check the hub is centred, 360 camera"),  # m11
    ("MVI_0463.MP4", 5.0, "feeding a new spoke through the hub flange and screwing the nipple on with a small screwdriver"),  # m12
    ("plucking the spokes.mp4", 5.0, "flicking the spokes one by one with a fingernail and listening to the note"),  # m13
    ("Screenshot_20260510_081533_Strava.jpg", None, "Strava ride summary: Sunday loop, 42.3 km, average 27.1 km/h"),  # m14
    ("PXL_20260511_184410201.jpg", None, "the snapped spoke laid next to the new one on the workbench"),  # m15
]
COLORS = ["0x606870", "0x586068", "0x8a6a4a", "0x303030", "0x101820", "0x707a80", "0x000000", "0x9a9aa0",
          "0x7a8a6a", "0x6a7a8a", "0x4a4a4a", "0x8a8a70", "0xf06020", "0xa0a0a8"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Alright, I'm Tomasz, I fix bikes for a living in Manchester, and today we're truing a buckled back wheel in my flat.", 0.4),  # 0
    ("Basically I clipped a kerb on Oxford Road, and now the rim's got a wobble on it, proper annoying.", 0.3),  # 1
    ("First thing, flip the bike over onto the saddle and the bars, um, mind your carpet, our kid.", 1.7),  # 2
    ("Then undo the quick release and pull the wheel out, and, uh, your hands will be black from the chain, no way round that.", 0.3),  # 3
    ("Pop the wheel in the truing stand and give it a spin, yeah no, just a gentle spin.", 0.3),  # 4
    ("Bring the caliper in until it nearly touches the rim, and you'll see where it rubs, if that makes sense.", 0.3),  # 5
    ("On mine there's about two millimetres of wobble, which is a lot, to be fair.", 1.8),  # 6
    ("Right, you need a spoke key, and make sure it fits the nipple proper, or you'll round it off.", 0.3),  # 7
    ("These are fourteen gauge spokes, so it's the red one on my key, um, the red slot.", 0.3),  # 8
    ("Basically there are thirty two spokes, half pull the rim left and half pull it right.", 0.3),  # 9
    ("Where the rim rubs on the left, you loosen the left spokes there and tighten the right ones, if that makes sense.", 1.5),  # 10
    ("Only ever a quarter turn at a time, yeah no, a quarter turn, don't go mad.", 0.3),  # 11
    ("Spin it again, check the gap, another quarter turn, and so on, it's dead satisfying.", 0.3),  # 12
    ("My mate Kasia rode a buckled wheel all the way to Liverpool once, scraping the brake the whole way, absolute legend.", 0.3),  # 13
    ("She said it was fine, but she was knackered and the brake pad was worn to nothing, bless her.", 1.6),  # 14
    ("So that's lateral true, the side to side, and then there's radial true, the up and down.", 0.3),  # 15
    ("For radial, uh, you watch the gap under the rim instead, and it's the same spokes, just both sides together.", 0.3),  # 16
    ("Tighten a pair where it's high, loosen a pair where it dips, basically.", 0.3),  # 17
    ("Honestly radial is a right mither, I'm not gonna lie, it takes ages.", 0.3),  # 18
    ("Now, dish is whether the rim sits dead centre between the ends of the axle.", 0.3),  # 19
    ("You flip the dishing tool from one side to the other, and the gap should be the same, um, both ways.", 1.7),  # 20
    ("Then tension, and I do this by plucking the spokes like a guitar, no word of a lie.", 0.3),  # 21
    ("They should all ping at the same note, roughly, if one goes thunk it's too slack.", 0.3),  # 22
    ("The proper way is a tension meter, you want about a hundred and ten kilos on the drive side.", 0.3),  # 23
    ("And this one, uh, this one's snapped, look, it's gone right at the elbow.", 1.5),  # 24
    ("So to replace a snapped spoke, you take the, um, no hang about, I've said that arse about face, let me go again.", 0.3),  # 25
    ("So to replace a snapped spoke, you unscrew the old nipple first, then feed the new spoke through the hub.", 0.3),  # 26
    ("Lace it over and under the same as its neighbours, screw the nipple on, and bring it up to tension slowly.", 0.3),  # 27
    ("Then true the wheel again, because a new spoke will always pull it a bit.", 1.6),  # 28
    ("Give it a last spin, and, yeah no, that's running dead straight now, buzzin with that.", 0.3),  # 29
    ("Put the wheel back in, do the quick release up tight, and flip the bike back over.", 0.3),  # 30
    ("Bloody hell, that took about forty minutes, with a brew in the middle.", 0.3),  # 31
    ("If you've never done it, um, your first wheel might take you two hours, and that's sound.", 0.3),  # 32
    ("Anyway, that's a buckled wheel sorted, mint, dead good, if that makes sense.", 0.4),  # 33
    ("Drop a comment if you want the next one on hubs, and, uh, hit subscribe, cheers.", 0.3),  # 34
    ("Do widzenia, our kid.", 0.6),  # 35
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("So that's a buckled wheel sorted, dead easy once you get going.", 0.4),
    ("Tell us what to fix next, cheers, do widzenia.", 0.5),
]
SPEC = TalkProject(
    title="Truing a Buckled Wheel with Tomasz", topic="wheel truing", talk=TALK, talk_color="0x3a4a5a", music=MUSIC,
    music_tones=(220, 330, 240), music_codec=("-c:a", "libmp3lame", "-b:a", "128k"), music_db=-18.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=132.0, filler=110.0, swing=16.0, step=0.41, tremolo=5.1),
)


def create_wheel_project(target: str | Path):
    """The wheel project at ``target`` (a Session): talk and music on the timeline, B-roll, a second
    sign-off take and a spoke ping sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "sine=frequency=1760:duration=0.4", "-af", "afade=t=out:st=0.02:d=0.38", str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="a single metallic ping of a plucked spoke, sound effect"))],
                  "Import the spoke ping sound effect")
    return session

"""Blind evaluation project U: Dev, thirty-four, a bike commuter in Portland (Oregon), trues the wobbly
rear wheel of his commuter bike in his garage with a spoke key, a zip-tie pointer and a home-made truing
stand (an old fork and a couple of clamps): finding the wobble, which side's spokes to tighten, quarter
turns, which way the spoke key turns, plucking the spokes, settling them and putting the wheel back on.

Written without reading the planner. Built like project_q_darning.py: the talk is a Fujifilm camera file
(DSCF4417.MOV) whose transcript is written here with word times and whose audio is made from those
times (a voiced tone per word, digital silence in the pauses), so the fillers (eight um/uh, plus his own
tics: "so basically" three times, "right?" three times, "you know" three times, "super" four times,
"like" many times), seven long pauses and one retake said out loud in his own words ("no wait, scratch
that, I totally said that backwards, let me redo that part") are exactly where the transcript says.
Several sentences share words (wobble, spoke key, pointer, quarter turn, rubbing, spin, tire, stand,
pinging, ticking, left/right side), so a reference has to be precise. An aside mentions Rosa, who owns
the bike shop on Alberta and is in no media. Numbers are said in words (two millimeters, zero dollars,
a quarter turn, five years ago, three or four spokes, thirty two spokes, sixteen on each side, a
millimeter, sixty psi, forty minutes).

B-roll is named like a real person's files: two DJI Osmo Action clips that look alike
(DJI_20260501120301_0007_D.MP4 the wheel wobbling past the pointer, DJI_20260501121544_0012_D.MP4 the
same angle running straight), told apart only by their descriptions; a Fujifilm B-roll clip and a
Fujifilm still sharing the talk's DSCF prefix (DSCF4439.MOV plucking spokes, DSCF4452.JPG the finished
bike); a macOS screen recording with no description; a Google Pixel clip (PXL_...); a Samsung phone
clip (20260430_191204.mp4); a Zoom cloud-recording export; a Snapchat download with no description; an
editor export (A001_C004_0501XY.mov, the spoke key close-up); a snake_case clip with a version suffix
(wheel_wobble_closeup_final_v2.mp4); a snake_case clip (zip_tie_pointer.mp4); a name with spaces
("truing stand build.mov"); and a macOS screenshot still (a spoke tension chart). Some media have
descriptions, others only their names. A second take of the sign-off recorded on a Tascam DR-10L lav
recorder (DR-10L_0003.WAV) is in the bin only, and so is a bike bell sound effect.

    ids: m1 talk, m2..m15 B-roll (BROLL order), m16 music, m17 sign-off take 2 (lav), m18 bell sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 lo-fi bed, talk length, -18 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "DSCF4417.MOV"
MUSIC = "sunday ride - lofi beat (free dl) prod. nightbus.mp3"
TAKE2 = "DR-10L_0003.WAV"
SFX = "bike bell ding.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("DJI_20260501120301_0007_D.MP4", 7.0, "close-up of the rear wheel spinning in the truing stand, the rim wobbling side to side past the zip tie pointer"),  # m2
    ("DJI_20260501121544_0012_D.MP4", 7.0, "close-up of the rear wheel spinning in the truing stand from the same angle, the rim running straight past the zip tie pointer"),  # m3
    ("DSCF4439.MOV", 6.0, "plucking the spokes one at a time with a thumb to hear which ones sound flat"),  # m4
    ("DSCF4452.JPG", None, "the finished bike leaning against the porch railing, back wheel on"),  # m5
    ("Screen Recording 2026-05-01 at 9.14.33 PM.mov", 6.0, ""),  # m6
    ("PXL_20260430_183022145.mp4", 6.0, "riding over the Hawthorne Bridge in the rain, filmed from the handlebars"),  # m7
    ("20260430_191204.mp4", 6.0, "letting the air out of the tire and taking the back wheel off the bike"),  # m8
    ("GMT20260428-170512_Recording_1920x1080.mp4", 8.0, "Zoom call with the volunteers from the community bike co-op holding wheels up to their webcams"),  # m9
    ("Snapchat-1783920455.mp4", 5.0, ""),  # m10
    ("A001_C004_0501XY.mov", 6.0, "extreme close-up of the spoke key turning a nipple a quarter turn"),  # m11
    ("wheel_wobble_closeup_final_v2.mp4", 5.0, ""),  # m12
    ("zip_tie_pointer.mp4", 5.0, ""),  # m13
    ("truing stand build.mov", 6.0, ""),  # m14
    ("Screenshot 2026-05-01 at 9.20.11 PM.png", None, "spoke tension chart from the rim maker's website"),  # m15
]
COLORS = ["0x404850", "0x454d55", "0x806040", "0x9aa0a8", "0x202830", "0x506070", "0x303030", "0x7080a0",
          "0xe0d040", "0x909090", "0x5a5a60", "0xd0d0d0", "0x8a6a4a", "0xf0f0f0"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hey what's up, I'm Dev, and today we're gonna true a wobbly back wheel, right here in my garage in Portland.", 0.4),  # 0
    ("So basically my rear wheel has this super annoying wobble, and it rubs the brake pad every single time it comes around.", 0.3),  # 1
    ("I hit a pothole on Division Street last week, like a really big one, and it's been ticking ever since.", 1.8),  # 2
    ("Okay, so what you need is a spoke key, a zip tie, and, um, some kind of stand to hold the wheel.", 0.3),  # 3
    ("I don't have a real truing stand, so I built one out of an old fork and a couple of clamps, right?", 0.3),  # 4
    ("It cost me like zero dollars, and honestly it works super well.", 1.6),  # 5
    ("First, let some air out of the tire and pop the wheel off the bike.", 0.3),  # 6
    ("Drop it into the stand and zip tie a little pointer to the frame, about two millimeters from the rim.", 0.3),  # 7
    ("Now spin the wheel slowly and, uh, watch where the rim comes closest to the pointer.", 0.3),  # 8
    ("That's your wobble, you know, the spot where the rim pulls over to one side.", 1.5),  # 9
    ("Mark it with a little piece of tape so you don't lose it.", 0.3),  # 10
    ("So basically, the spokes on the left pull the rim left, and the spokes on the right pull it right.", 0.3),  # 11
    ("If the rim rubs on the left side, you tighten the right side spokes at that spot and loosen the left ones a little.", 0.3),  # 12
    ("And you go in quarter turns, seriously, just a quarter turn at a time, no more.", 1.7),  # 13
    ("The thing that trips everybody up is which way to turn the spoke key, right?", 0.3),  # 14
    ("Looking down at the nipple from the tire side, you turn it clockwise to, um, no wait, scratch that, I totally said that backwards, let me redo that part.", 0.3),  # 15
    ("Looking down at the nipple from the tire side, you turn it counterclockwise to tighten, because it's kind of upside down.", 0.3),  # 16
    ("Shout out to Rosa at the bike shop on Alberta, she showed me that trick like five years ago and she's the best.", 0.3),  # 17
    ("She also told me I was riding on tires that were basically bald, which, you know, fair.", 1.6),  # 18
    ("Okay so back to it, tighten the right side spoke a quarter turn and loosen the two left side spokes next to it.", 0.3),  # 19
    ("Spin it again, and the gap to the pointer should be, like, a little more even.", 0.3),  # 20
    ("If it's still rubbing, uh, do another quarter turn, and keep checking after every single adjustment.", 0.3),  # 21
    ("Don't crank one spoke a bunch, spread the work over three or four spokes, you know, so the tension stays even.", 0.3),  # 22
    ("This wheel has thirty two spokes, so you've got sixteen on each side to play with.", 0.3),  # 23
    ("Um, you can pluck them like guitar strings, and the ones that sound super flat are the loose ones.", 1.5),  # 24
    ("Once the side to side wobble is under a millimeter, you're basically good, right?", 0.3),  # 25
    ("There's also up and down wobble, like a hop, but, uh, that's a whole other video.", 0.3),  # 26
    ("When you're done, squeeze pairs of spokes together hard to settle them, and you'll hear some pinging.", 0.3),  # 27
    ("That pinging is totally normal, it's just the spokes unwinding, so don't freak out.", 0.3),  # 28
    ("Then spin it one more time and check the pointer again, because settling can move things a little.", 1.7),  # 29
    ("Put the wheel back on the bike, pump the tire back up to like sixty psi, and make sure the brake is closed.", 0.3),  # 30
    ("The whole thing took me about forty minutes, and, um, most of that was me being super careful.", 0.3),  # 31
    ("Honestly it rides so smooth now, no more ticking, no more rubbing.", 0.3),  # 32
    ("So basically that's how you true a wheel with a spoke key and a zip tie, it's not scary at all.", 0.3),  # 33
    ("If this helped, hit like and subscribe, and, uh, tell me what to fix next.", 0.4),  # 34
    ("Peace, see you on the road.", 0.59),  # 35
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("So yeah, that's how you true a wheel, super easy once you get the hang of it.", 0.4),
    ("Tell me what to fix next, peace, see you on the road.", 0.5),
]
SPEC = TalkProject(
    title="Truing a Wobbly Wheel with Dev", topic="wheel truing", talk=TALK, talk_color="0x4a4a52", music=MUSIC,
    music_tones=(174, 261, 250), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-18.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=132.0, filler=110.0, swing=22.0, step=0.41, tremolo=5.1),
)


def create_truing_project(target: str | Path):
    """The truing project at ``target`` (a Session): talk and music on the timeline, B-roll, a second
    sign-off take (lav recorder) and a bike bell sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "sine=frequency=2200:duration=0.6", "-af", "afade=t=out:st=0.02:d=0.58,volume=0.5",
                str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="a single ding of a bike bell, sound effect"))],
                  "Import the bike bell sound effect")
    return session

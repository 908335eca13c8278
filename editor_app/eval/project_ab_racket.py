"""Blind evaluation project AB: Kenji, forty-five, a Japanese-American software tester in Seattle,
restrings his tennis racket at the kitchen table on a drop-weight machine: cutting out the old strings
from the middle outward, mounting the frame, the mains, the tie-offs, the crosses, pre-stretching,
tension in pounds, and the sound of a finished string bed.

Written without reading the planner. Built like project_q_darning.py: the talk is a Sony ZV-1 camera
file (C0031.MP4) whose transcript is written here with word times and whose audio is made from those
times (a voiced tone per word, digital silence in the pauses), so the fillers (five um, five uh), his
own tics ("so yeah" three times, "like I said" twice, "basically what you wanna do" twice), two
sentence restarts said in passing ("the, the mains", "most people, uh, most people"), seven long
pauses and one retake said out loud in his own words ("no wait, that's backwards, I'm gonna redo that
part") are exactly where the transcript says. Several sentences share words (mains, crosses,
tension, pounds, fifty five, frame, clamp, knot, tie off, level, the sound, pre-stretch, Dwayne), so a
reference has to be precise. An aside is about his doubles partner Dwayne, who strung a racket at
ninety pounds and cracked the frame; Dwayne is in no media. Numbers are said in words (two hundred
bucks, six restrings, sixteen by nineteen, forty feet, fifty five pounds, ninety pounds, fifty three
pounds, a quarter inch, ten percent, twenty two minutes, two days, thirty dollars).

B-roll is named like a real person's files: two iPhone Cinematic-mode clips that look alike
(IMG_0731.MOV pulling tension on the mains, IMG_0736.MOV the same angle pulling tension on the
crosses), told apart only by their descriptions, and an exported Live Photo still (IMG_0732.jpg, the
finished racket); two GoPro Hero 12 clips (GX010731.MP4 cutting out the old strings, GX010734.MP4
with no description); a second Sony ZV-1 clip (C0034.MP4, mounting the frame) and a Sony clip of the
string reel (C0037.MP4); a Loom screen recording with no description; a Discord clip save of a
doubles point; a CapCut export (slow motion of a ball off the strings); an Android-style screenshot
of a string tension calculator; two names a person typed ("crosses TIMELAPSE use.mp4" and the
version-suffixed "intro v2 (1).mp4") and "palm bounce ping.mov". A second take of the sign-off,
recorded as a Mac QuickTime audio recording, is in the bin only, and so is a Pixabay ball-hit sound
effect.

    ids: m1 talk, m2..m15 B-roll (BROLL order), m16 music, m17 sign-off take 2, m18 ball-hit sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 lofi bed, talk length, -18 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "C0031.MP4"
MUSIC = "chill-lofi-hip-hop-beat-92bpm-204417.mp3"
TAKE2 = "Audio Recording 2026-03-03 at 19.05.12.m4a"
SFX = "tennis-racket-hit-ball-183920.mp3"
# (file name, seconds or None for a still, description)
BROLL = [
    ("IMG_0731.MOV", 7.0, "cinematic mode close-up of the drop weight bar on the stringing machine, pulling tension on the mains, clamp in focus"),  # m2
    ("IMG_0736.MOV", 7.0, "cinematic mode close-up of the drop weight bar on the stringing machine from the same angle, pulling tension on the crosses, clamp in focus"),  # m3
    ("IMG_0732.jpg", None, "live photo still of the freshly strung racket lying on the kitchen table"),  # m4
    ("GX010731.MP4", 6.0, "overhead GoPro shot cutting the old strings out with snips, starting in the middle"),  # m5
    ("GX010734.MP4", 6.0, ""),  # m6
    ("C0034.MP4", 6.0, "mounting the racket frame on the machine and tightening the clamps at the throat and head"),  # m7
    ("Loom Message - 3 March 2026.mp4", 8.0, ""),  # m8
    ("2026-03-03 19-05-12.mp4", 8.0, "Discord clip save of a doubles point at the park courts, long rally at the net"),  # m9
    ("CapCut_20260303_190512.mp4", 5.0, "slow motion of a tennis ball bouncing off the new strings"),  # m10
    ("Screenshot_20260303-190512.png", None, "string tension calculator app: 16x19 pattern, mains and crosses at 55 lbs"),  # m11
    ("crosses TIMELAPSE use.mp4", 6.0, ""),  # m12
    ("intro v2 (1).mp4", 5.0, ""),  # m13
    ("C0037.MP4", 5.0, "the reel of string on the counter with the label facing the camera, unspooling a length"),  # m14
    ("palm bounce ping.mov", 4.0, ""),  # m15
]
COLORS = ["0x303840", "0x323a44", "0xe0e0d8", "0x506070", "0x4a5a68", "0x606870", "0x202830", "0x2a6a40",
          "0x8a9a40", "0xf0f0f0", "0x405060", "0x101418", "0xc04020", "0x706050"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hey, I'm Kenji, and today I'm restringing my tennis racket at the kitchen table, because paying the shop to do it got hella spendy.", 0.4),  # 0
    ("So yeah, I bought a drop weight stringing machine off a guy on Craigslist for two hundred bucks, and it paid for itself in like six restrings.", 0.3),  # 1
    ("First thing, um, you cut out the old strings, and basically what you wanna do is start in the middle and work outward.", 1.7),  # 2
    ("If you cut from the outside in, the frame takes all the tension on one side and it can warp.", 0.3),  # 3
    ("Then you mount the frame on the machine and snug the clamps down at the throat and the head.", 0.3),  # 4
    ("Not too tight, like I said, you're holding it, not crushing it.", 0.3),  # 5
    ("This racket is a sixteen by nineteen pattern, so sixteen mains and nineteen crosses.", 0.3),  # 6
    ("I cut about forty feet of string, uh, which is a little more than you need, but running short is the worst.", 1.6),  # 7
    ("The mains go first, the, the mains are the long strings that run from the head down to the throat.", 0.3),  # 8
    ("You feed both ends through the center holes, even them up, and pull tension on the first one.", 0.3),  # 9
    ("I string at fifty five pounds, which is kind of middle of the road for a poly.", 0.3),  # 10
    ("On a drop weight you slide the weight along the bar until it says fifty five, and then you let the bar drop until it's level.", 0.3),  # 11
    ("When it's level, you lock the clamp, and, um, the tension is held while you move to the next main.", 1.8),  # 12
    ("My doubles partner Dwayne once strung his at ninety pounds because he wanted more control.", 0.3),  # 13
    ("He cracked the frame before he even hit a ball, and he still says it was a defect.", 0.3),  # 14
    ("So yeah, don't be Dwayne.", 1.5),  # 15
    ("Okay, so you work your way out, one main on each side, alternating, until all sixteen are in.", 0.3),  # 16
    ("Then you tie off the mains, um, and this is where most people, uh, most people mess up the knot.", 0.3),  # 17
    ("You want a starting knot on the crosses, so let me, uh, no wait, that's backwards, I'm gonna redo that part.", 0.3),  # 18
    ("You want a tie off knot on the mains, two half hitches around the outside main, pulled snug against the frame.", 0.3),  # 19
    ("Now the crosses, which go side to side, and you weave them over and under the mains.", 0.3),  # 20
    ("Basically what you wanna do is pull the whole length through each time, or you get friction burn on the mains.", 0.3),  # 21
    ("Weave one cross ahead, so the next one is ready when you pull tension on the last one.", 0.3),  # 22
    ("Some people string the crosses a couple pounds lower, like fifty three pounds, but I just keep it at fifty five.", 1.6),  # 23
    ("Every few crosses, um, you push them up straight with an awl so the pattern stays square.", 0.3),  # 24
    ("The last cross gets tied off at the throat, and that's the tie off people see, so make it clean.", 0.3),  # 25
    ("Cut the tails, leave like a quarter inch so the knot doesn't slip.", 0.3),  # 26
    ("Now pre-stretching, uh, some people pre-stretch the string before it goes in, by like ten percent.", 0.3),  # 27
    ("Honestly, I tried it for a season and couldn't tell, so I stopped doing it.", 1.5),  # 28
    ("Take it off the machine and give it a bounce on your palm, and listen to the sound.", 0.3),  # 29
    ("That sound, that ping, is how you know the tension is even, and it's honestly rad.", 1.6),  # 30
    ("Start to finish this one took me twenty two minutes, which, like I said, is not fast, but it's not bad.", 0.3),  # 31
    ("The shop takes two days and charges you thirty dollars, so you do the math.", 0.3),  # 32
    ("So yeah, um, that's how you restring a racket, it's not hard, you just need some patience.", 0.3),  # 33
    ("If you have questions about tension, drop them in the comments, and, uh, like and subscribe.", 0.4),  # 34
    ("Go hit some balls.", 0.59),  # 35
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("So yeah, that's a racket restrung, not hard, just takes a little patience.", 0.4),
    ("Tension questions go in the comments, go hit some balls.", 0.5),
]
SPEC = TalkProject(
    title="Restringing a Racket with Kenji", topic="racket restringing", talk=TALK, talk_color="0x3a4450", music=MUSIC,
    music_tones=(174, 262, 240), music_codec=("-c:a", "libmp3lame", "-b:a", "128k"), music_db=-18.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=122.0, filler=104.0, swing=11.0, step=0.41, tremolo=3.6),
)


def create_racket_project(target: str | Path):
    """The racket project at ``target`` (a Session): talk and music on the timeline, B-roll, a second
    sign-off take and a ball-hit sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "anoisesrc=color=pink:amplitude=0.6:duration=0.3", "-af",
                "bandpass=f=900,afade=t=out:st=0.02:d=0.28", "-c:a", "libmp3lame", "-b:a", "128k", str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="a single tennis ball hit off racket strings, sound effect"))],
                  "Import the ball hit sound effect")
    return session

"""Blind evaluation project P: Kaylee, a sixteen-year-old from Columbus, Ohio, restrings her soprano
ukulele in her bedroom: loosening and snipping the old strings, wiping the fretboard, the bridge knot,
threading the pegs with two inches of slack, the re-entrant high G, tuning to G C E A at four hundred and
forty hertz, stretching the strings and tuning again, trimming the ends, and the before/after sound.

Written without reading the planner. Built like project_o_marmalade.py: the talk is a Canon camera file
(MVI_2207.MP4, her mum's camera) whose transcript is written here with word times and whose audio is made
from those times (a voiced tone per word, digital silence in the pauses), so the fillers (eight um/uh,
plus teen filler "like," and one "you know," and a "So yeah,"), six long pauses and one retake said out
loud ("wait, no, scratch that, let me say that again") are exactly where the transcript says. Several
sentences share words (string, peg, bridge, knot, clippers, tune, tuner, fretboard, wraps, G string,
three, slack), so a reference has to be precise. An aside mentions her friend Marisol, who is in no
media. Numbers are said in words (twelve dollars, four strings, two inches, four hundred and forty hertz,
three days, five minutes, a quarter inch, forty minutes, six months, fifteenth birthday).

B-roll is named like people's files: two GoPro clips that look alike (GX010612.MP4 the headstock with the
new string winding on, GX010615.MP4 the same angle with the old strings hanging loose), a Pixel phone
video (PXL_..._194210567.mp4, snipping the old strings) and a Pixel still (PXL_..._203301045.jpg, the
finished uke on the bed), a macOS screen recording with no description, a Zoom cloud recording of the
ukulele club call, names with spaces ("tying the bridge knot.mov", "Tuner Closeup FINAL.mp4",
"strum pattern sticky note.jpg"), camelCase ("stretchingStrings.mp4", "fretboardWipe_v2.mov"), snake_case
("new_strings_unboxing.mp4"), and three stills (the Pixel photo, an Android screenshot of a tuning chart,
the sticky note). Some media have descriptions, others only their names. A second take of the sign-off
recorded as a voice memo (New Recording 14.wav) is in the bin only, and so is a string pluck sound
effect (an audio file).

    ids: m1 talk, m2..m14 B-roll (BROLL order), m15 music, m16 sign-off take 2, m17 pluck sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 lofi bed, talk length, -18 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "MVI_2207.MP4"
MUSIC = "chill-lofi-beat-1347.mp3"
TAKE2 = "New Recording 14.wav"
SFX = "uke string pluck.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("GX010612.MP4", 7.0, "close-up of the headstock, turning a tuning peg while the new string winds on"),  # m2
    ("GX010615.MP4", 7.0, "close-up of the headstock from the same angle, the old strings hanging loose and floppy"),  # m3
    ("PXL_20260212_194210567.mp4", 6.0, "snipping the old strings in half with nail clippers"),  # m4
    ("Screen Recording 2026-02-11 at 21.04.37.mov", 6.0, ""),  # m5
    ("GMT20260210-233015_Recording_gallery_1280x720.mp4", 9.0,
     "ukulele club Zoom call, a boy holding his tenor uke up to his webcam"),  # m6
    ("tying the bridge knot.mov", 6.0, ""),  # m7
    ("stretchingStrings.mp4", 5.0, ""),  # m8
    ("new_strings_unboxing.mp4", 5.0, ""),  # m9
    ("Tuner Closeup FINAL.mp4", 6.0, "clip-on tuner on the headstock, the screen going from red to green"),  # m10
    ("fretboardWipe_v2.mov", 5.0, ""),  # m11
    ("PXL_20260212_203301045.jpg", None, "the finished ukulele lying on my bed next to the coiled-up old strings"),  # m12
    ("Screenshot_20260211-210812.png", None, "tuning chart: G C E A, with the high G string marked"),  # m13
    ("strum pattern sticky note.jpg", None, ""),  # m14
]
COLORS = ["0x3a2a1a", "0x4a3a2a", "0xc8a070", "0x202830", "0x2d5fa0", "0x8a6a4a", "0x9a7a5a", "0xe0d0c0",
          "0x30a050", "0x6a4a2a", "0xf0c8d0", "0xfafafa", "0xf5e050"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hey guys, it's Kaylee, and today I'm gonna show you how I restring my ukulele, because mine sounds, like, so dead right now.", 0.4),  # 0
    ("Um, this is a soprano uke I got for my fifteenth birthday, and the strings haven't been changed since, which is kind of embarrassing.", 0.3),  # 1
    ("You can literally hear how dull it is when I strum it.", 1.8),  # 2
    ("Okay, so you need a new set of strings, some nail clippers, and a tuner, that's literally it.", 0.3),  # 3
    ("I got these Aquila strings online for twelve dollars, which is honestly kind of a lot for four strings.", 0.3),  # 4
    ("First, loosen each peg until the old string goes floppy.", 0.4),  # 5
    ("Then snip the old strings in the middle with the clippers so they don't whip you in the face.", 1.6),  # 6
    ("Uh, do them one at a time if you're nervous, but I just do all four at once, no big deal.", 0.3),  # 7
    ("Pull the ends out of the bridge and unwind what's left off the pegs.", 0.3),  # 8
    ("While the strings are off, wipe the fretboard down, because you would not believe how gross mine was.", 0.3),  # 9
    ("My friend Marisol uses lemon oil on hers, but she also broke three strings in one week, so I'm not taking advice from her.", 1.5),  # 10
    ("Okay, the bridge knot is the hardest part, so go slow.", 0.3),  # 11
    ("Feed the new string through the hole in the bridge, loop it around itself, and tuck it under, um, two or three times.", 0.3),  # 12
    ("Pull it tight so the knot sits right up against the back of the bridge.", 0.4),  # 13
    ("Then take the other end up to the peg and thread it through the little hole in the post.", 0.3),  # 14
    ("Leave about two inches of slack, you know, so you get a few wraps around the peg.", 1.7),  # 15
    ("Wind the string so it comes off the inside of the peg, uh, not the outside.", 0.3),  # 16
    ("Start with the G string, then C, then E, then A, same order every time.", 0.3),  # 17
    ("The G string is the weird one, it's high, not low, which confused me for a whole year.", 0.3),  # 18
    ("Once all four are on, tune to G C E A, with A at four hundred and forty hertz.", 0.3),  # 19
    ("I use a clip-on tuner on the headstock, but an app on your phone works fine.", 0.4),  # 20
    ("Now stretch each string by pulling it gently away from the fretboard, um, all along the neck.", 0.3),  # 21
    ("Then tune it again, because new strings go flat like every five minutes.", 0.3),  # 22
    ("Honestly, for the first three days it's gonna keep going out of tune, and that's totally normal.", 0.3),  # 23
    ("If a string keeps slipping, the knot at the bridge is probably, uh, wait, no, scratch that, let me say that again.", 0.3),  # 24
    ("If a string keeps slipping, you probably didn't leave enough wraps around the peg.", 1.6),  # 25
    ("Trim the extra string ends with the clippers, but leave a quarter inch so they don't slide out.", 0.3),  # 26
    ("And that's it, listen to the difference.", 0.3),  # 27
    ("It sounds so bright now, it's like a whole new ukulele.", 2.0),  # 28
    ("The whole thing took me about forty minutes, mostly because of the knots.", 0.3),  # 29
    ("Change your strings every six months or so, or sooner if you play a lot.", 0.3),  # 30
    ("If you're a beginner, um, don't stress about the knot, it gets easier every time.", 0.3),  # 31
    ("So yeah, that's how I restring my uke, I hope that helped.", 0.4),  # 32
    ("Comment if you want a video on strumming patterns next, and, uh, I'll see you guys later.", 0.3),  # 33
    ("Okay, bye.", 0.59),  # 34
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("So that's how you restring a uke, hope it helped.", 0.4),
    ("Tell me what you want next, okay bye.", 0.5),
]
SPEC = TalkProject(
    title="Restringing My Uke", topic="ukulele restringing", talk=TALK, talk_color="0x7a4a6a", music=MUSIC,
    music_tones=(220, 330, 200), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-18.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=205.0, filler=178.0, swing=24.0, step=0.5, tremolo=5.0),
)


def create_ukulele_project(target: str | Path):
    """The ukulele project at ``target`` (a Session): talk and music on the timeline, B-roll, a second
    sign-off take and a string pluck sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "sine=frequency=392:duration=0.6", "-af", "afade=t=out:st=0.02:d=0.58",
                str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="a single ukulele string plucked, sound effect"))],
                  "Import the string pluck sound effect")
    return session

"""Blind evaluation project L: Marcus builds and mods his first mechanical keyboard (a 65% hot-swap
kit): opening and lubing the switches, fixing a rattling spacebar stabiliser, swapping the keycaps
and a before/after sound test.

Written without reading the planner. Built like project_k_drywall.py: the talk is a Sony camera file
(C0042.MP4) whose transcript is written here with word times and whose audio is made from those times
(a voiced tone per word, digital silence in the pauses), so the fillers (seven um/uh, plus a filler
"like," and a "basically"), six long pauses and one retake said out loud ("sorry, let me start that
one again") are exactly where the transcript says. Several sentences share words (the spacebar, the
stabiliser(s), the lube, grease, "thin", keycaps, dollar prices, the sound test), so a reference has
to be precise. An aside mentions his flatmate Jonno, who is in no media. Prices (95, 38, 42 and 175
dollars, fifty cents a switch), numbers (seventy switches, four parts, six hours) and measurements
(sixty-five percent, thirty centimetres, three millimetres in the retake) are said.

B-roll is named like people's files: a DJI Osmo clip (DJI_..._0187.MP4, the kit unboxed), two more
Sony clips (C0051.MP4 lubing, C0055.MP4 clipping and greasing the stabiliser), two iPhone clips that
look alike (IMG_4410.MOV is the spacebar rattling before the fix, IMG_4413.MOV the same spacebar after
it), two stills (DSC04471.JPG, the switches in a parts tray, and "finished board on desk.jpg") and a
few descriptive names. Some media have descriptions, others only their names. A second take of the
outro from a Zoom recorder (ZOOM0007_Tr1.wav) is in the bin only, and so is a cash register sound
effect (an audio file).

    ids: m1 talk, m2..m11 B-roll (BROLL order), m12 music, m13 outro take 2, m14 ka-ching sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 lo-fi bed, talk length, -18 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "C0042.MP4"
MUSIC = "lofi chill beat - no copyright.mp3"
TAKE2 = "ZOOM0007_Tr1.wav"
SFX = "cash register ka-ching.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("DJI_20261108_142233_0187.MP4", 7.0, "overhead shot of the keyboard kit unboxed on the desk: aluminium case, circuit board, plate and a bag of switches"),  # m2
    ("switch opener close up.mp4", 6.0, ""),  # m3
    ("C0051.MP4", 8.0, "brushing grease onto switch stems held in a little holder"),  # m4
    ("C0055.MP4", 7.0, "snipping the feet off the spacebar stabiliser with flush cutters, then greasing the wire"),  # m5
    ("IMG_4410.MOV", 5.0, "close up of the spacebar being tapped before the fix, rattling"),  # m6
    ("IMG_4413.MOV", 5.0, "close up of the spacebar being tapped again after the stabiliser fix"),  # m7
    ("keycap swap.mov", 6.0, ""),  # m8
    ("DSC04471.JPG", None, "all the switches laid out in a parts tray, half of them opened up"),  # m9
    ("finished board on desk.jpg", None, ""),  # m10
    ("sound test mic.mp4", 8.0, ""),  # m11
]
COLORS = ["0x2a2d34", "0x6b6f78", "0xc9b38a", "0x3c4048", "0x1e1f24", "0x20222a", "0xd8d2c4", "0x9a8f7c",
          "0x44505c", "0x101114"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hey, I'm Marcus, and this is my very first mechanical keyboard build, start to finish.", 0.3),  # 0
    ("I've been typing on a cheap office keyboard for years, and, um, I finally cracked.", 0.3),  # 1
    ("This is a sixty-five percent kit, so no number pad and no function row, and the bare kit was ninety-five dollars.", 1.8),  # 2
    ("The switches were another thirty-eight dollars for a pack of seventy, which works out at about fifty cents a switch.", 0.3),  # 3
    ("Stock, they feel okay, but they're, like, a bit scratchy, and the spacebar rattles like a tin of coins.", 0.3),  # 4
    ("So the plan is lube the switches, fix the stabilisers, swap the keycaps and then do a proper sound test.", 1.6),  # 5
    ("First up, opening the switches.", 0.3),  # 6
    ("You pop the top housing off with this little switch opener, which clips over four switches at a time.", 0.3),  # 7
    ("Uh, do this over a tray, because the springs love to fly off under the desk.", 0.3),  # 8
    ("Each switch is basically four parts: the top housing, the stem, the spring and the bottom housing.", 1.9),  # 9
    ("Now, the lube.", 0.3),  # 10
    ("I'm using a thin grease on a small brush, and you only want a thin layer on the sides of the stem.", 0.3),  # 11
    ("Don't put any on the legs of the stem, um, that's what makes switches feel mushy.", 0.3),  # 12
    ("Seventy switches took me just under three hours, with a podcast on in the background.", 0.3),  # 13
    ("Quick aside, my flatmate Jonno walked in halfway through and asked if I was making tiny sandwiches.", 1.7),  # 14
    ("Right, stabilisers.", 0.3),  # 15
    ("The spacebar stabiliser was the worst, you could hear it rattle from the other room.", 0.3),  # 16
    ("So you want to clip the little, uh, three millimetres, no, hang on, sorry, let me start that one again.", 0.3),  # 17
    ("So you want to clip the two small feet off the bottom of the stabiliser with flush cutters.", 0.3),  # 18
    ("Then a dab of thick grease on the wire ends, where the wire sits in the housing.", 0.3),  # 19
    ("Honestly, that one fix took the spacebar from a rattle to a nice deep thock.", 1.5),  # 20
    ("Okay, putting it back together.", 0.3),  # 21
    ("Every switch clicks into the plate, and the plate drops onto the circuit board, which is hot-swap, so no soldering.", 0.3),  # 22
    ("Um, check every pin is straight before you press a switch in, a bent pin means a dead key.", 0.3),  # 23
    ("Now the fun bit, the keycaps.", 0.3),  # 24
    ("The stock caps are shiny plastic, and they already had that greasy shine after a week.", 0.3),  # 25
    ("These new ones are thick PBT in a cherry profile, and the set was forty-two dollars.", 0.3),  # 26
    ("Pull the old caps with the keycap puller, straight up, no wiggling, or you'll stress the switch.", 0.3),  # 27
    ("The spacebar goes on last, and you line it up with the stabiliser before you press it down.", 2.1),  # 28
    ("And now, the sound test.", 0.3),  # 29
    ("I've got a microphone about thirty centimetres from the board, same spot as the before recording.", 0.3),  # 30
    ("Here's the before, uh, listen to that scratchy, hollow clack.", 0.3),  # 31
    ("And here's the after, so much deeper, and the spacebar finally matches the rest of the keys.", 0.3),  # 32
    ("Total spend was a hundred and seventy-five dollars, and about six hours including the stabilisers.", 0.3),  # 33
    ("Would I do it again? Absolutely, I'm already eyeing up a second board.", 0.3),  # 34
    ("If you're building your first one, um, take your time with the lube, it makes the biggest difference.", 0.3),  # 35
    ("Let me know in the comments what switches you're running, and I'll see you in the next one.", 0.6),  # 36
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("So that's the build, take your time, and tell me which switches you're running.", 0.4),
    ("Catch you in the next one.", 0.5),
]
SPEC = TalkProject(
    title="First Keyboard Build", topic="keyboard build", talk=TALK, talk_color="0x30343c", music=MUSIC,
    music_tones=(196, 247, 200), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-18.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=135.0, filler=112.0, swing=20.0, step=0.6, tremolo=4.5),
)


def create_keyboard_project(target: str | Path):
    """The keyboard build project at ``target`` (a Session): talk and music on the timeline,
    B-roll, a second outro take and a cash register sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "sine=frequency=1760:duration=0.6", "-af", "afade=t=out:st=0.1:d=0.5", str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="a cash register ka-ching, sound effect"))],
                  "Import the ka-ching sound effect")
    return session

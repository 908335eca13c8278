"""Blind evaluation project M: Femi brings a pair of worn white trainers back to life at home: soaking
the laces, scrubbing the mesh uppers and the midsoles, a magic eraser on the scuffs, and a sole
brightener cream wrapped in cling film and left in the sun to take the yellow out of the soles.

Written without reading the planner. Built like project_l_keyboard.py: the talk is a Samsung phone
file (20261129_101544.mp4) whose transcript is written here with word times and whose audio is made
from those times (a voiced tone per word, digital silence in the pauses), so the fillers (seven
um/uh, plus a filler "like," a filler "you know," and a "basically"), six long pauses and one retake
said out loud ("sorry, let me try that again") are exactly where the transcript says. Several
sentences share words (soles, yellow, laces, cleaner, brush, mesh, uppers, midsoles, the cream,
"Don't", pound prices, fourteen pounds said twice), so a reference has to be precise. An aside
mentions his little brother Tunde, who is in no media. Prices (ninety, fourteen, eight, three and
twenty-two pounds), counts (two years, six hours, three hours, every hour) and measurements (half a
litre, a capful, eleven degrees) are said in words.

B-roll is named like people's files: two GoPro head-cam clips that look alike (GX010731.MP4 scrubbing
the midsole, GX010734.MP4 scrubbing the mesh upper), two Pixel clips that look alike
(PXL_..._104811.mp4 the yellow soles before, PXL_..._162930.mp4 the soles after), a WhatsApp video
(the wrapped trainers on the windowsill), a macOS screen recording (the online basket), a camelCase
clip, a descriptive name with spaces, and three stills (before_pair.JPG, "sole brightener tube.jpg"
and a Pixel photo of the finished pair). Some media have descriptions, others only their names. A
second take of the outro (Outro_v2_lav.wav) is in the bin only, and so is a trainer squeak sound
effect (an audio file).

    ids: m1 talk, m2..m12 B-roll (BROLL order), m13 music, m14 outro take 2, m15 squeak sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 funk bed, talk length, -16 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "20261129_101544.mp4"
MUSIC = "upbeat funk bed (royalty free).mp3"
TAKE2 = "Outro_v2_lav.wav"
SFX = "sneaker squeak SFX.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("GX010731.MP4", 7.0, "head cam view, scrubbing the white rubber midsole with a stiff brush and foamy cleaner"),  # m2
    ("GX010734.MP4", 7.0, "head cam view, scrubbing the mesh upper on the toe with a soft brush"),  # m3
    ("laces soaking in a jug.MOV", 6.0, ""),  # m4
    ("magicEraserMidsole.mp4", 5.0, ""),  # m5
    ("PXL_20261129_104811.mp4", 5.0, "slow pan along the yellowed soles, before"),  # m6
    ("PXL_20261129_162930.mp4", 5.0, "slow pan along the same soles after the sun treatment"),  # m7
    ("WhatsApp Video 2026-11-29 at 13.07.44.mp4", 8.0, "the trainers wrapped in cling film sitting on a sunny windowsill"),  # m8
    ("Screen Recording 2026-11-28 at 21.03.12.mov", 6.0, ""),  # m9
    ("before_pair.JPG", None, ""),  # m10
    ("sole brightener tube.jpg", None, ""),  # m11
    ("PXL_20261129_170455.jpg", None, "the finished pair side by side on the doormat, bright white again"),  # m12
]
COLORS = ["0x5a6e5c", "0x66705f", "0xb9a27a", "0xe8e4dc", "0xd9c27a", "0xf2f0ea", "0x8fa3b8", "0x24262b",
          "0xa09a8c", "0x4f7bc2", "0xfafafa"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hiya, I'm Femi, and today I'm bringing my old white trainers back from the dead.", 0.3),  # 0
    ("These are the pair I've worn pretty much every day for two years, and, um, it shows.", 0.3),  # 1
    ("The uppers are grey, the laces are brown, and the soles have gone this horrible yellow colour.", 1.7),  # 2
    ("A new pair would cost me about ninety pounds, so if this works, it's a massive saving.", 0.3),  # 3
    ("I ordered a cleaning kit online for fourteen pounds, and a tube of sole brightener for another eight pounds.", 0.3),  # 4
    ("The plan is laces first, then the uppers, then the midsoles, and the yellow soles last because they take all day.", 1.6),  # 5
    ("Right, laces.", 0.3),  # 6
    ("Pull them out and drop them in half a litre of warm water with a capful of the cleaner.", 0.3),  # 7
    ("Uh, give it a stir and leave them to soak for about an hour while you do everything else.", 0.3),  # 8
    ("If they're still grim after the soak, honestly, a new set of laces is only three pounds.", 1.8),  # 9
    ("Next, the uppers.", 0.3),  # 10
    ("Stuff the shoes with a bit of kitchen roll so they keep their shape while you scrub.", 0.3),  # 11
    ("Dip the soft brush in the foam and work in small circles, because the mesh is, like, really delicate.", 0.3),  # 12
    ("Don't soak the upper, um, a damp brush is plenty, otherwise the glue can let go.", 0.3),  # 13
    ("Wipe the dirty foam off with a microfibre cloth every few seconds so you're not just pushing it around.", 0.3),  # 14
    ("Quick aside, my little brother Tunde walked past and asked why I was giving my shoes a bubble bath.", 1.5),  # 15
    ("Okay, midsoles.", 0.3),  # 16
    ("The midsole takes a stiffer brush, and this is where the cleaner really earns its fourteen pounds.", 0.3),  # 17
    ("For the scuffs that won't shift, a magic eraser works wonders, just go gently, uh, it's basically very fine sandpaper.", 0.3),  # 18
    ("You want to wet it and, um, press about two, no, hang on, sorry, let me try that again.", 0.3),  # 19
    ("You want to wet the magic eraser, squeeze it out, and only press lightly on the scuffs.", 0.3),  # 20
    ("Don't use it on the mesh though, it'll fuzz up the fabric in seconds.", 0.3),  # 21
    ("Now the big one, the yellow soles.", 0.3),  # 22
    ("That yellowing is oxidation, so scrubbing alone won't fix it, you know, it's in the rubber itself.", 0.3),  # 23
    ("Paint a thick layer of the sole brightener onto the yellow parts with an old toothbrush.", 0.3),  # 24
    ("Then wrap the soles tightly in cling film so the cream can't dry out.", 0.3),  # 25
    ("They go on a sunny windowsill for about six hours, and you turn them every hour or so.", 0.3),  # 26
    ("It was only eleven degrees outside, but the sun was out, so I got lucky for the end of November.", 2.0),  # 27
    ("Unwrap them, rinse off the cream, and let everything dry overnight away from the radiator.", 0.3),  # 28
    ("Don't put them in the tumble dryer, the heat will warp the soles and undo all of that work.", 0.3),  # 29
    ("Next morning, laces back in.", 0.3),  # 30
    ("Um, I went for straight bar lacing this time, because it looks much cleaner.", 0.3),  # 31
    ("And here's the before and after side by side.", 0.3),  # 32
    ("The soles aren't perfect, there's still a tiny bit of yellow by the heel, but they're miles better.", 0.3),  # 33
    ("Total cost was twenty-two pounds, so about a quarter of a new pair, and roughly three hours of actual work.", 1.6),  # 34
    ("Would I do it again? Definitely, my old football boots are next on the list.", 0.3),  # 35
    ("If you're trying this, uh, test the cleaner on a small patch first, especially on suede.", 0.3),  # 36
    ("Drop your before and after pictures in the comments, and I'll see you next week.", 0.6),  # 37
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("So that's the trainers sorted, test the cleaner on a small patch first, and show me your before and afters.", 0.4),
    ("See you next week.", 0.5),
]
SPEC = TalkProject(
    title="White Trainers Rescue", topic="trainer cleaning", talk=TALK, talk_color="0x3a4a44", music=MUSIC,
    music_tones=(220, 277, 200), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-16.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=165.0, filler=138.0, swing=22.0, step=0.8, tremolo=3.5),
)


def create_trainers_project(target: str | Path):
    """The trainer cleaning project at ``target`` (a Session): talk and music on the timeline,
    B-roll, a second outro take and a trainer squeak sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "sine=frequency=2400:duration=0.4", "-af", "vibrato=f=12:d=0.6,afade=t=out:st=0.1:d=0.3",
                str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="a rubber trainer squeaking on a floor, sound effect"))],
                  "Import the squeak sound effect")
    return session

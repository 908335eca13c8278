"""Blind evaluation project O: Ravi, a night-shift paramedic in his forties from Leicester, makes his
nan's Seville orange marmalade on a day off: squeezing the oranges, the pips and pith in a muslin bag,
shredding the peel, a two-hour simmer, dissolving the sugar, a rolling boil to setting point, the
cold-saucer wrinkle test, sterilised jars and the lids popping as they seal.

Written without reading the planner. Built like project_n_beehives.py: the talk is a Nikon camera file
(DSC_4471.MOV) whose transcript is written here with word times and whose audio is made from those
times (a voiced tone per word, digital silence in the pauses), so the fillers (seven um/uh, plus a
filler "you know," and a "So yeah,"), six long pauses and one retake said out loud ("sorry, let me
start that again") are exactly where the transcript says. Several sentences share words (pan, jars,
lids, saucer, sugar, pips, peel, boil, muslin bag, fifteen minutes, squeeze, pop, nan), so a reference
has to be precise. An aside mentions his sister Anjali, who is in no media. Amounts are said in words
(a kilo of oranges, two lemons, two kilos of sugar, two and a half litres, two hours, one hundred and
forty degrees, one hundred and five degrees, fifteen minutes, eight jars, nine pounds, ten minutes).

B-roll is named like people's files: two Nikon clips from the same camera as the talk that look alike
(DSC_4478.MOV the pan at a rolling boil, DSC_4483.MOV the same pan simmering), an Android phone video
(VID_...mp4, the sugar going in) and an Android phone still (IMG_..._162044.jpg, the jars on the
windowsill), a Windows Game Bar screen capture named after the browser with no description, a Teams
meeting recording of the allotment society call, a descriptive name with spaces, a camelCase clip, a
snake_case clip, and three stills (the phone photo, "wrinkle test saucer.jpg", a Windows screenshot of
the greengrocer order). Some media have descriptions, others only their names. A second take of the
sign-off recorded on a Tascam recorder (DR0000_0031.WAV) is in the bin only, and so is a jar lid pop
sound effect (an audio file).

    ids: m1 talk, m2..m13 B-roll (BROLL order), m14 music, m15 sign-off take 2, m16 lid pop sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 piano bed, talk length, -20 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "DSC_4471.MOV"
MUSIC = "Morning Jazz Piano - free to use.mp3"
TAKE2 = "DR0000_0031.WAV"
SFX = "jar lid pop sfx.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("DSC_4478.MOV", 7.0, "the marmalade pan at a full rolling boil, orange foam climbing up the sides"),  # m2
    ("DSC_4483.MOV", 7.0, "the same pan at a gentle simmer with the lid off, shreds of peel turning slowly"),  # m3
    ("oranges halved on board.mp4", 6.0, ""),  # m4
    ("pithScooping.mov", 5.0, ""),  # m5
    ("VID_20260124_104410.mp4", 6.0, "pouring a big bag of sugar into the pan and stirring with a wooden spoon"),  # m6
    ("Google Chrome 2026-01-23 20-14-51.mp4", 6.0, ""),  # m7
    ("Allotment society catch-up-20260121_190233-Meeting Recording.mp4", 9.0,
     "video call with the allotment society, an older woman holding last year's jar up to her webcam"),  # m8
    ("jar_sterilising_oven.mp4", 5.0, ""),  # m9
    ("muslin bag squeeze.MOV", 6.0, ""),  # m10
    ("IMG_20260124_162044.jpg", None, "eight filled jars cooling on the windowsill with handwritten labels, low winter sun"),  # m11
    ("wrinkle test saucer.jpg", None, ""),  # m12
    ("Screenshot 2026-01-22 221530.png", None, "online greengrocer order: 1 kg Seville oranges, 2 lemons, 2 kg granulated sugar"),  # m13
]
COLORS = ["0xd9822b", "0xe0a040", "0xf0a030", "0xf2e6c8", "0xfafafa", "0x2b2f36", "0x5a6f8c", "0x9a9a9a",
          "0xe8dcc0", "0xe39a2d", "0xf4f1ea", "0x3c7a4e"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hi everyone, Ravi here, and today I'm making my nan's Seville orange marmalade in my tiny Leicester kitchen.", 0.4),  # 0
    ("Seville oranges are only in the shops for a few weeks in January, so, um, you have to be quick.", 0.3),  # 1
    ("I work nights on the ambulances, so this is my idea of a relaxing day off.", 1.8),  # 2
    ("You need a kilo of Seville oranges, two lemons, two kilos of granulated sugar and two and a half litres of water.", 0.3),  # 3
    ("That's it, no pectin, no fancy jam sugar, the pips do all the work.", 0.3),  # 4
    ("First, scrub the oranges under warm water and pull off any little stalks.", 0.4),  # 5
    ("Cut them in half and squeeze all the juice into your biggest pan.", 1.6),  # 6
    ("Uh, keep the pips, don't throw the pips away, they go into a muslin bag.", 0.3),  # 7
    ("Then scoop out the pith with a spoon and put that in the bag as well.", 0.3),  # 8
    ("Now slice the peel into shreds, thin or chunky, however you like it.", 0.3),  # 9
    ("My sister Anjali says thick cut is the only proper marmalade, but she puts ketchup on her biryani, so I don't listen to her.", 1.5),  # 10
    ("Put the peel, the water and the muslin bag in the pan and bring it up to a boil.", 0.3),  # 11
    ("Then turn it down and let it simmer for two hours with the lid off, until the peel is, um, really soft.", 0.3),  # 12
    ("A good test is you can squash a shred between your finger and thumb, easy.", 0.4),  # 13
    ("Take out the muslin bag and, you know, let it cool till you can squeeze it.", 0.3),  # 14
    ("Squeeze every drop of that gloopy stuff back into the pan, that's your pectin.", 1.7),  # 15
    ("Now the sugar goes in, all two kilos, on a low heat.", 0.3),  # 16
    ("Stir it until every crystal has dissolved, uh, and I mean every single one.", 0.3),  # 17
    ("If you boil it before the sugar's dissolved, it can go grainy in the jars.", 0.4),  # 18
    ("Meanwhile, pop five or six saucers in the freezer for the wrinkle test.", 0.3),  # 19
    ("And wash eight jars in hot soapy water, then dry them in the oven at one hundred and forty degrees for fifteen minutes.", 0.3),  # 20
    ("Now turn up the heat and get it to a proper rolling boil, where stirring doesn't knock it back.", 0.3),  # 21
    ("Setting point is one hundred and five degrees, so I, um, clip a thermometer to the side of the pan.", 0.3),  # 22
    ("After about fifteen minutes, put a spoonful on a cold saucer, wait a minute, and then, uh, no, hang on, sorry, let me start that again.", 0.3),  # 23
    ("After about fifteen minutes, take the pan off the heat and put a spoonful on a cold saucer.", 0.3),  # 24
    ("Give it a minute, then push it with your finger, and if it wrinkles, it's ready.", 0.3),  # 25
    ("If it doesn't wrinkle, boil it for another five minutes and test it on a fresh saucer.", 1.6),  # 26
    ("Let it stand for ten minutes so the peel doesn't all float to the top of the jars.", 0.3),  # 27
    ("Then ladle it into the warm jars, right up to the top, and put the lids on straight away.", 0.3),  # 28
    ("As they cool you'll hear the lids pop, which means they've sealed.", 0.4),  # 29
    ("Honestly, that little pop is the most satisfying sound in the whole kitchen.", 2.0),  # 30
    ("This batch made eight jars, and it cost me about nine pounds all in.", 0.3),  # 31
    ("Sealed jars keep for a year in a dark cupboard, but once they're opened, keep them in the fridge.", 0.3),  # 32
    ("My nan used to give a jar to every house on our street, so that's where half of these are going.", 0.3),  # 33
    ("So yeah, that's marmalade, a whole Saturday gone, but totally worth it.", 0.4),  # 34
    ("If you give it a go, um, tag me in your photos, I'd love to see how yours turns out.", 0.3),  # 35
    ("Right, I'm off to make some toast, see you next time.", 0.59),  # 36
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("If you make a batch, tag me, I want to see your jars.", 0.4),
    ("Right, toast time, see you next time.", 0.5),
]
SPEC = TalkProject(
    title="Nan's Seville Marmalade", topic="marmalade making", talk=TALK, talk_color="0x6a4a2a", music=MUSIC,
    music_tones=(174, 261, 200), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-20.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=122.0, filler=100.0, swing=16.0, step=0.35, tremolo=6.0),
)


def create_marmalade_project(target: str | Path):
    """The marmalade project at ``target`` (a Session): talk and music on the timeline, B-roll, a second
    sign-off take and a jar lid pop sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "sine=frequency=900:duration=0.3", "-af", "afade=t=out:st=0.02:d=0.28",
                str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="a metal jar lid popping down as it seals, sound effect"))],
                  "Import the lid pop sound effect")
    return session

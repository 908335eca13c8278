"""A project of our own for round-10 media references: fixing a squeaky floorboard on a landing.

Media named the way people's files are named: a Pixel phone clip (PXL_) and an iPhone clip (IMG_), so
"the phone video" names two phones' files; two iPhone clips that look alike (IMG_3301 drives the first
screw, IMG_3305 the second, both "driving a screw"); a GoPro head-cam clip; plain names with no
description ("stud finder close up.mp4", "talc puff.mov", "landing done.jpg"); a still of the kit with
a description; a creak sound effect and a music bed. Nothing here is a drone, a hammer sound or a
timelapse. The talk has an intro, a price line, a list of what you need, a joke about the dog, shared
words (screw, joist, board, creak) and a tip said as advice.
Nothing here is copied from an eval suite: names, speech and phrasings are our own.

    m1 talk (c1 on t1), m2..m10 B-roll and stills (bin), m11 music (c2 on t3), m12 creak sfx (bin)
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

SCRIPT = [
    ("Morning all, Tomasz here, and today we're silencing the creakiest board on my landing.", 0.4),       # 0
    ("Every night my daughter sneaks down the stairs for biscuits and this board gives her away.", 0.4),  # 1
    ("It squeaks because the board has shrunk and rubs against the nail holding it down.", 0.8),         # 2
    ("For this job you'll want a stud finder, a drill, some long wood screws and a bottle of talc.", 0.4),  # 3
    ("The whole lot cost me about twelve quid, cheaper than a new carpet for sure.", 1.0),              # 4
    ("First, roll the carpet back from the wall so you can see the boards underneath.", 0.4),          # 5
    ("Walk up and down slowly and listen for exactly where the noise comes from.", 0.4),                 # 6
    ("Run the stud finder across the board to find the joist underneath it.", 0.4),                      # 7
    ("Mark the joist with a pencil line so you don't drill into thin air.", 0.8),                         # 8
    ("Drive the first screw down through the board and into the joist, nice and straight.", 0.4),        # 9
    ("Countersink the head a little so it sits below the surface of the wood.", 0.4),                    # 10
    ("Don't use a nail gun for this, the nails work loose again within a year.", 0.4),                   # 11
    ("Put a second screw in about a hand's width along from the first one.", 0.4),                       # 12
    ("If there are pipes under the floor, check before you drill, seriously.", 0.8),                      # 13
    ("Now puff a bit of talc into the gaps between the boards and brush it in.", 0.4),                     # 14
    ("The talc stops the edges of the boards rubbing against each other.", 0.4),                           # 15
    ("Our dog Pickle watched the whole thing and was deeply unimpressed.", 0.8),                          # 16
    ("Roll the carpet back down and tuck it under the gripper strip.", 0.4),                               # 17
    ("And listen to that, not a single creak, finally.", 0.4),                                             # 18
    ("If yours still squeaks, add one more screw a bit further along and try again.", 0.4),               # 19
    ("Thanks for watching, and let me know which board in your house is the noisy one.", 0.5),           # 20
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)

BROLL = [  # (file name, kind, seconds, description): m2..m10
    ("PXL_20261201_201533410.mp4", "video", 6.0, "phone shot of my foot pressing on the loose board at the top of the stairs"),  # m2
    ("GX010612.MP4", "video", 8.0, "GoPro on my head, peeling the carpet back off the gripper strip"),           # m3
    ("stud finder close up.mp4", "video", 5.0, ""),                                                              # m4
    ("IMG_3301.MOV", "video", 6.0, "driving the first screw through the board with the drill"),                  # m5
    ("IMG_3305.MOV", "video", 6.0, "driving the second screw, a hand's width along from the first"),             # m6
    ("talc puff.mov", "video", 5.0, ""),                                                                         # m7
    ("IMG_3310.jpg", "image", None, "the kit on the landing carpet: drill, screws, stud finder, talc"),          # m8
    ("landing done.jpg", "image", None, ""),                                                                     # m9
    ("carpet going back.mp4", "video", 6.0, ""),                                                                 # m10
]
SOUNDS = [("board creak.wav", "audio", 0.8, "a single floorboard creak sound effect")]  # m12


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def floorboard_project() -> Project:
    """The talk c1 on t1 (Main), the music c2 on t3; B-roll, stills and a creak sound in the bin."""
    others = ([asset(*b) for b in BROLL] + [asset("soft piano loop.mp3", "audio", 300.0, "")]
              + [asset(*s) for s in SOUNDS])
    return talk_project("floorboard", talk_asset("C0042.MP4", LENGTH, WORDS, SEGMENTS), others, music_id="m11",
                        music_db=-18.0)

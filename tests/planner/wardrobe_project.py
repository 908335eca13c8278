"""A project of our own for round-9 media references: assembling a flat-pack wardrobe.

Media named the way cameras and phones name files (a GoPro GX pair, a Pixel PXL_, an iPhone IMG_, a
DJI file, two Samsung-style timestamp clips that are near twins: lifting the left end, then the right),
plain names, a still and a clip that share their words ("doors"), a clip with no description, and two
sound effects, one of them a drill (so "the drill close-up" must not become the drill sound). The talk
has a retake said out loud, a joke near the end about the cat that echoes a line near the start, a
"has gone" line and a line about wobbling, and shared topic words (doors, panels, screws).
Nothing here is copied from an eval suite: names, speech and phrasings are our own.

    m1 talk (c1 on t1), m2..m11 B-roll and stills (bin), m12 music (c2 on t3), m13..m14 sound effects (bin)
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

SCRIPT = [
    ("Hey folks, Priya here, and today I'm finally building the big two door wardrobe for the spare room.", 0.4),  # 0
    ("My cat has already claimed the cardboard box, so she'll be supervising.", 0.4),                    # 1
    ("The box says two hours for one person, we'll see about that.", 1.2),                                # 2
    ("You need a cross head screwdriver, the little allen key from the bag, and a hammer.", 0.4),         # 3
    ("Lay all the panels out on the carpet so nothing gets scratched, and count them against the sheet.", 0.4),  # 4
    ("Sort the screws and cam locks into a muffin tin, it saves so much hunting later.", 0.8),            # 5
    ("Step one, hammer the wooden dowels into the side panels.", 0.4),                                    # 6
    ("Then push the cam locks in with the arrows pointing at the holes.", 0.4),                           # 7
    ("Fit the top and the bottom onto the sides and turn each cam lock a half turn clockwise.", 0.4),     # 8
    ("Don't overtighten them, the chipboard crumbles if you strip the thread.", 1.0),                    # 9
    ("Now tap the back panel nails in, um, no, hang on, that's the wrong side, let me do that again.", 0.4),  # 10
    ("Now tap the back panel nails in along the edge with the smooth side facing in.", 0.4),             # 11
    ("With the back on, the frame is square and it suddenly feels solid.", 0.8),                         # 12
    ("Get a second person to help you stand it up, it will creak and it is heavier than it looks.", 0.4),  # 13
    ("Lift the left end first and rest the wardrobe on its corner.", 0.4),                                # 14
    ("Then walk the right end up until it stands straight.", 0.4),                                        # 15
    ("If it wobbles at this stage, don't panic, the doors will brace it.", 0.4),                         # 16
    ("Screw the hinges onto the doors and clip them onto the plates inside the frame.", 0.4),             # 17
    ("The doors never line up first time, so loosen the front screw on each hinge and nudge them.", 0.4),  # 18
    ("Tighten it again when the gap is even, nice and snug.", 0.4),                                       # 19
    ("Push the hanging rail into its brackets and give it a good tug.", 0.4),                             # 20
    ("And the creak has gone completely, it feels like a proper piece of furniture now.", 0.8),          # 21
    ("The box said two hours and it took me five, mostly because the cat kept sitting in the box.", 0.4),  # 22
    ("Thanks for watching, and tell me how long yours took.", 0.5),                                       # 23
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)

BROLL = [  # (file name, kind, seconds, description): m2..m11
    ("PXL_20261120_141502118.mp4", "video", 6.0, "the cat sitting in the empty cardboard box"),                 # m2
    ("GX010233.MP4", "video", 7.0, "chest cam, turning the cam locks with a screwdriver"),                       # m3
    ("GX010234.MP4", "video", 7.0, "chest cam, tapping the back panel nails into the wood with a hammer"),                 # m4
    ("IMG_5120.MOV", "video", 6.0, "all the panels laid out on the carpet next to the parts sheet"),            # m5
    ("DJI_20261120_150312_0044_D.MP4", "video", 8.0, "top down view of the frame lying flat on the floor"),     # m6
    ("20261120_151130.mp4", "video", 5.0, "lifting the wardrobe upright, the left end going up first"),       # m7
    ("20261120_151744.mp4", "video", 5.0, "lifting the wardrobe upright, the right end going up second"),     # m8
    ("hinge tweak.mp4", "video", 6.0, ""),                                                                       # m9
    ("wonky doors before and after.jpg", "image", None, ""),                                                     # m10
    ("doors going on.mp4", "video", 6.0, ""),                                                                    # m11
]
SOUNDS = [  # m13, m14
    ("wood knock.wav", "audio", 0.5, "one knock on a wooden panel sound effect"),
    ("drill whirr.wav", "audio", 1.2, "short whirr of a cordless drill sound effect"),
]


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def word_start(sentence: int, text: str) -> float:
    """Start in seconds of the word reading ``text`` (exact, with punctuation) in sentence ``sentence``."""
    first = sum(len(s.split()) for s, _ in SCRIPT[:sentence])
    count = len(SCRIPT[sentence][0].split())
    return next(WORDS[i].start for i in range(first, first + count) if WORDS[i].text == text)


def wardrobe_project() -> Project:
    """The talk c1 on t1 (Main), the music c2 on t3; B-roll, a still and two sound effects in the bin."""
    others = ([asset(*b) for b in BROLL] + [asset("gentle ukulele bed.mp3", "audio", 300.0, "")]
              + [asset(*s) for s in SOUNDS])
    return talk_project("wardrobe", talk_asset("C0017.MP4", LENGTH, WORDS, SEGMENTS), others, music_id="m12",
                        music_db=-16.0)

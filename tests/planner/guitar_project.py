"""A project of our own for round-7 "words": changing a guitar string.

A word transcript with fillers (two "um", two "uh", a "you know", a filler "like" and a "like"
that is a real comparison), a spoken retake ("Wind it so the string, hang on, let me redo that"),
long pauses and a sign-off with more after it; B-roll named like camera files (GoPro, Sony,
Canon, Nikon, phone), some described, some not; a music bed. Nothing here is copied from an
eval suite: names, speech and phrasings are our own.

    m1 talk (c1 on t1), m2..m9 B-roll and stills (bin), m10 music (c2 on t3, -12 dB)
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

# (sentence, pause after it in seconds)
SCRIPT = [
    ("Hey folks, today I'm changing the high E string on my old acoustic guitar.", 0.4),             # 0
    ("Um, first loosen the tuning peg until the string goes completely slack.", 0.4),                # 1
    ("Pop the bridge pin out with the notch on a string winder, not your fingernails.", 0.5),        # 2
    ("I snapped a pin once doing it by hand, so, you know, learn from me.", 0.4),                    # 3
    ("Feed the new string through the bridge hole and push the pin back in firmly.", 0.4),           # 4
    ("Uh, pull it up to the headstock and leave about two inches of slack past the post.", 1.4),     # 5
    ("Wind it so the string, hang on, let me redo that.", 0.4),                                      # 6
    ("Wind it so the string wraps downward around the post, like, three or four times.", 0.4),       # 7
    ("That first wrap slipped right off the post.", 0.4),                                            # 8
    ("The second wrap finally held, and the string sat neatly in the nut slot.", 0.4),               # 9
    ("Stretch the new string, uh, gently by pulling it away from the fretboard a few times.", 0.4),  # 10
    ("Tune up to pitch with a clip-on tuner, then stretch and retune again.", 1.2),                  # 11
    ("The golden rule is never tune a new string above its pitch or it will snap.", 0.4),            # 12
    ("Snip off the extra string with wire cutters, um, leaving a short tail.", 0.4),                 # 13
    ("It sounded bright and a bit metallic at first, like a tin can.", 0.4),                         # 14
    ("After a day of playing it mellowed into a warm tone.", 0.4),                                   # 15
    ("Change all six strings every three months if you play daily.", 0.4),                          # 16
    ("Thanks for watching, happy strumming, and see you next week.", 0.5),                           # 17
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)

BROLL = [  # (file name, kind, seconds, description): m2..m9
    ("GOPR0457.MP4", "video", 8.0, "winding the string around the tuning post, close up"),
    ("C0031.MP4", "video", 6.0, "bridge pins and saddle, side angle"),
    ("DSC_2210.JPG", "image", None, "new string pack on the bench"),
    ("tuner screen.png", "image", None, ""),
    ("MVI_5521.MOV", "video", 6.0, "pulling the new string away from the fretboard to stretch it"),
    ("IMG_7734.MOV", "video", 5.0, "snipping the string end with wire cutters"),
    ("strumming test.mp4", "video", 7.0, ""),
    ("old strings pile.jpg", "image", None, ""),
]


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def word_index(sentence: int, text: str) -> int:
    """Index in WORDS of the word reading ``text`` (exact, with punctuation) in sentence ``sentence``."""
    first = sum(len(s.split()) for s, _ in SCRIPT[:sentence])
    count = len(SCRIPT[sentence][0].split())
    return next(i for i in range(first, first + count) if WORDS[i].text == text)


def guitar_project(*, broll: dict[str, float] | None = None) -> Project:
    """The talk c1 on t1 (Main), the music c2 on t3 at -12 dB; ``broll`` ({media id: start s}, 4 s
    each, clips c3, c4, ... in that order) on t2 (B-roll); the rest stays in the bin."""
    others = [asset(*b) for b in BROLL] + [asset("lofi strum bed.mp3", "audio", 180.0)]
    return talk_project("guitar string", talk_asset("A001_C014_0611.MP4", LENGTH, WORDS, SEGMENTS), others,
                        music_id="m10", music_db=-12, broll=broll)

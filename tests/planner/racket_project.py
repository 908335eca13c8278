"""A project of our own for round-11 media references: restringing a tennis racket at home.

Media named the way people's files are named: the talk and two more clips from a Sony camera (C0031,
C0034, C0037), three iPhone clips (IMG_7021 the old strings before the cut, IMG_7026 the new strings
after tensioning, IMG_7030 the frame wobbling in the clamp), a second take of the outro from a Zoom
recorder (ZOOM0012.wav, in the bin), a still with a plain name ("strung racket on bench.jpg"), a clip
named after what it shows with no description ("grommet strip close up.mp4") and a music bed. Two clips
show weaving: C0034 is all weaving, C0037 clamps the frame *then* weaves the last cross. Nothing here is
a drone, a neon sign or a string gauge chart. The talk says prices, a count of strings and a time.
Nothing here is copied from an eval suite: names, speech and phrasings are our own.

    m1 talk (c1 on t1), m2..m9 B-roll, stills and the Zoom take (bin), m10 music (c2 on t3), m11 a still of spares
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

SCRIPT = [
    ("Hi, I'm Priya, and today I'm restringing my old tennis racket on the kitchen table.", 0.4),          # 0
    ("A shop charges about thirty dollars a go, so I bought a cheap stringing machine instead.", 0.4),     # 1
    ("The grommet strip was twelve dollars, which is about fifty cents a hole.", 0.4),                    # 2
    ("My old strings had gone furry at the throat and one of them finally snapped.", 0.8),                 # 3
    ("First, cut out the old strings from the middle outwards so the frame doesn't warp.", 0.4),          # 4
    ("Then mount the frame in the clamps and tighten them evenly on both sides.", 0.4),                   # 5
    ("If it wobbles in the clamp, stop and tighten it before you pull any tension.", 0.8),                # 6
    ("Now the main strings go up and down, eighteen of them, pulled to twenty-four kilos.", 0.4),          # 7
    ("The crosses are the slow part, you weave each one over and under the mains.", 0.4),                  # 8
    ("Weaving all twenty crosses took me almost an hour, with a lot of tea.", 0.4),                       # 9
    ("Don't let the cross rub the main too long or it burns a notch into it.", 0.8),                      # 10
    ("Tie off the last knot tight against the grommet and trim the tail.", 0.4),                            # 11
    ("Check the string bed for gaps and push the crosses straight with your fingers.", 0.4),               # 12
    ("And here it is, a fresh string bed, and it pings like a drum.", 0.4),                                # 13
    ("Give it a go yourself, and tell me in the comments what tension you play at.", 0.5),                 # 14
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)

BROLL = [  # (file name, kind, seconds, description): m2..m9
    ("IMG_7021.MOV", "video", 5.0, "close up of the old strings, furry at the throat, before the cut"),          # m2
    ("IMG_7026.MOV", "video", 5.0, "close up of the new strings after tensioning, nice and even"),              # m3
    ("C0034.MP4", "video", 8.0, "weaving the cross strings over and under the mains with an awl"),              # m4
    ("C0037.MP4", "video", 7.0, "clamping the frame onto the machine, then weaving the last cross string"),     # m5
    ("IMG_7030.MOV", "video", 5.0, "the frame wobbling in the clamp before I tighten it"),                     # m6
    ("strung racket on bench.jpg", "image", None, ""),                                                           # m7
    ("grommet strip close up.mp4", "video", 6.0, ""),                                                            # m8
    ("ZOOM0012.wav", "audio", 9.0, ""),                                                                          # m9
]

STILLS = [("IMG_7044.JPG", "image", None, "spare grommets and a new string reel laid out on the bench")]  # m11


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def racket_project(broll: dict[str, float] | None = None) -> Project:
    """The talk c1 on t1, the music c2 on t3; ``broll`` ({media id: start s}) on t2 as c3, c4, ...; the rest in the bin."""
    others = [asset(*b) for b in BROLL] + [asset("acoustic loop.mp3", "audio", 300.0, "")] + [asset(*s) for s in STILLS]
    return talk_project("racket", talk_asset("C0031.MP4", LENGTH, WORDS, SEGMENTS), others, music_id="m10",
                        music_db=-18.0, broll=broll)

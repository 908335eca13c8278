"""A project of our own for media whose file names hold command words: re-upholstering a dining chair.

The B-roll is named the way people name takes ("staple swap.mov", "fade check.mp4", "cut fabric.jpg",
"split seat take.mov", "speed sanding.mp4", "title card.png", "zoom on webbing.mp4", "crop corner.mp4"),
none of them described, so a request can only reach them by their names, and the verbs inside the
names (swap, fade, cut, split, speed, title, zoom, crop) must not be read as commands.
Nothing here is copied from an eval suite: names, speech and phrasings are our own.

    m1 talk (c1 on t1), m2..m9 B-roll and stills (bin), m10 music (c2 on t3)
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

SCRIPT = [
    ("Hi everyone, Tomasz here, and this old dining chair is getting a new seat today.", 0.4),       # 0
    ("The fabric is stained and the foam has gone flat as a pancake.", 0.4),                        # 1
    ("First unscrew the seat pad from underneath, there are four screws.", 0.6),                   # 2
    ("Then pull out every old staple with a flat screwdriver and pliers.", 0.4),                   # 3
    ("Some of them snap off, so tap the stubs flat with a hammer.", 0.8),                           # 4
    ("Lay the old cover on the new fabric and trace around it with chalk.", 0.4),                   # 5
    ("Leave a good five centimetres extra all the way round for pulling.", 0.4),                    # 6
    ("Glue the new foam to the board and trim it flush with a bread knife.", 0.8),                  # 7
    ("Now the wadding goes on top, it softens the edges of the foam.", 0.4),                        # 8
    ("Staple the middle of each side first, pulling the fabric tight as you go.", 0.4),            # 9
    ("The corners are the tricky part, fold them like wrapping a present.", 0.4),                   # 10
    ("I swapped my cheap staple gun for an electric one halfway and it was so much faster.", 0.8),  # 11
    ("Check from the top that the pattern sits straight before the last staples.", 0.4),           # 12
    ("Screw the seat back onto the frame and give it a sit.", 0.4),                                 # 13
    ("It looks like a brand new chair, thanks for watching.", 0.5),                                 # 14
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)

BROLL = [  # (file name, kind, seconds, description): m2..m9, none described
    ("staple swap.mov", "video", 6.0, ""),        # m2
    ("fade check.mp4", "video", 5.0, ""),         # m3
    ("cut fabric.jpg", "image", None, ""),        # m4
    ("split seat take.mov", "video", 7.0, ""),    # m5
    ("speed sanding.mp4", "video", 6.0, ""),      # m6
    ("title card.png", "image", None, ""),        # m7
    ("zoom on webbing.mp4", "video", 5.0, ""),    # m8
    ("crop corner.mp4", "video", 6.0, ""),        # m9
]


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def chair_project(broll: dict[str, float] | None = None) -> Project:
    """The talk c1 on t1 (Main), the music c2 on t3; B-roll and stills in the bin (``broll``: {media id:
    start s} already on t2 as c3, c4, ..., 4 s each)."""
    others = [asset(*b) for b in BROLL] + [asset("slow piano loop.mp3", "audio", 300.0, "")]
    return talk_project("chair", talk_asset("MVI_0412.MP4", LENGTH, WORDS, SEGMENTS), others, music_id="m10",
                        music_db=-16.0, broll=broll)

"""A project of our own for media named by a related word: waxing a car.

The B-roll is described in plain words ("buffing the bonnet with a microfibre cloth") and the
requests name it by a synonym, a related verb form or a colloquial short form ("the polishing
clip", "the shine footage", "the hosing vid"). Two clips are described with words that one
request word relates to equally (buffing / polishing: "the shine footage" asks which).
Nothing here is copied from an eval suite: names, speech and phrasings are our own.

    m1 talk (c1 on t1), m2..m7 B-roll (bin unless placed), m8 music (c2 on t3)
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

SCRIPT = [
    ("Morning all, Tomasz here, and today the old estate car finally gets a proper wax.", 0.4),       # 0
    ("First job is getting all the road grime off, starting with the wheels.", 0.4),                # 1
    ("A good rinse loosens the brake dust so you are not grinding it into the paint.", 0.8),         # 2
    ("Then two buckets, one soapy and one clean, and a soft mitt.", 0.4),                            # 3
    ("Dry it straight away or you get water spots everywhere.", 0.8),                                # 4
    ("Now the wax itself, thin layers in small circles, one panel at a time.", 0.4),                 # 5
    ("Let it haze over for about ten minutes while you grab a coffee.", 0.8),                        # 6
    ("Then take it off with a clean cloth and keep flipping to a fresh side.", 0.4),                 # 7
    ("Look at that reflection on the bonnet, you could do your hair in it.", 0.8),                   # 8
    ("Do the chrome trims last, they come up lovely with a bit of metal polish.", 0.4),              # 9
    ("That's it, see you next time and go and give your car some love.", 0.5),                       # 10
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)

BROLL = [  # (file name, kind, seconds, description): m2..m7
    ("C0042.MP4", "video", 6.0, "buffing the bonnet with a microfibre cloth"),          # m2
    ("C0043.MP4", "video", 6.0, "rinsing the wheels with the garden hose"),             # m3
    ("C0044.MP4", "video", 6.0, "spreading wax onto the door in small circles"),        # m4
    ("C0045.MP4", "video", 6.0, "drying the roof with a big towel"),                    # m5
    ("C0046.MP4", "video", 6.0, "polishing the chrome trims around the windows"),       # m6
    ("C0047.MP4", "video", 6.0, "two buckets and a wash mitt on the driveway"),         # m7
]


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def wax_project(*, without: tuple[str, ...] = (), broll: dict[str, float] | None = None) -> Project:
    """The talk c1 on t1, the music c2 on t3; B-roll in the bin (``without`` leaves file names out;
    ``broll`` places {media id: start s} on t2 as c3, c4, ... 4 s each)."""
    others = [asset(*b) for b in BROLL if b[0] not in without]
    music = f"m{len(others) + 2}"
    return talk_project("wax", talk_asset("C0041.MP4", LENGTH, WORDS, SEGMENTS),
                        others + [asset("chill lofi bed.mp3", "audio", 300.0, "")], music_id=music, music_db=-16.0,
                        broll=broll)

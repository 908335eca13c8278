"""A project of our own for round-16 conversation and must-not-edit requests: a retired bus driver
repotting a bonsai juniper on his balcony.

Written before reading the planner's misses. The talk is an Android phone file with word times,
fillers (um/uh), long pauses and an aside about his grandson; B-roll named the way files come off
phones and a GoPro: two Android clips that look alike (VID_20261128_103040.mp4 teasing the roots out
with a chopstick, VID_20261128_104512.mp4 pouring the new soil in), a GoPro timelapse of the whole
repot (GOPR0457.MP4), stills (the juniper before and after, a photo with Biscuit the dog by the old
pot, a close-up of the roots), the music bed, and a second take of the intro.

    ids: m1 talk, m2..m8 B-roll (BROLL order), m9 music, m10 intro take 2
"""

from __future__ import annotations

from pathlib import Path

from tests.planner.own_talk import asset, talk_asset, talk_project, timed

TALK = "VID_20261128_101522.mp4"
MUSIC = "Lofi Sunday - royalty free.mp3"
MUSIC_DB = -14.0
TAKE2 = "intro again.m4a"
BROLL = [
    ("VID_20261128_103040.mp4", 8.0, "teasing the roots out of the root ball with a chopstick"),  # m2
    ("VID_20261128_104512.mp4", 6.0, "pouring fresh akadama soil into the new blue pot"),  # m3
    ("GOPR0457.MP4", 12.0, "overhead timelapse of the whole repot on the balcony table"),  # m4
    ("juniper before.jpg", None, "the juniper in its old cracked plastic pot"),  # m5
    ("juniper after.jpg", None, "the juniper in the new blue glazed pot"),  # m6
    ("IMG_0912.JPG", None, "the old pot on the balcony floor with Biscuit the dog sniffing it"),  # m7
    ("roots close up.HEIC", None, "close up of pot bound roots circling the bottom"),  # m8
]

SCRIPT: list[tuple[str, float]] = [
    ("Morning all, Ron here, thirty one years driving the number 38 and now I've finally got time for this little fella.", 0.3),  # 0
    ("This is a juniper, um, a procumbens, and it's been in the same plastic pot for about four years.", 0.3),  # 1
    ("You can see the roots coming out the bottom, so it's well overdue.", 1.4),  # 2
    ("First job, ease it out of the old pot, uh, run a knife round the edge if it's stuck.", 0.3),  # 3
    ("Then tease the roots out with a chopstick, gently, working from the outside in.", 0.3),  # 4
    ("My grandson Alfie gave me this chopstick actually, he nicked it from the takeaway, bless him.", 1.6),  # 5
    ("Anyway, um, cut back about a third of the roots, never more than that.", 0.3),  # 6
    ("Put some mesh over the drainage holes and a bit of wire to tie the tree in.", 0.3),  # 7
    ("The soil is akadama, pumice and lava rock, roughly equal parts, and it drains really fast.", 0.3),  # 8
    ("Sit the tree in, tie it down, then work the soil in with the chopstick so there's no air pockets.", 1.5),  # 9
    ("Water it right through until it runs clear out the bottom.", 0.3),  # 10
    ("Keep it out of the wind and direct sun for a couple of weeks while it settles.", 0.3),  # 11
    ("And don't feed it for a month, the new roots are tender.", 0.3),  # 12
    ("There he is, new blue pot, and he looks a lot happier.", 0.3),  # 13
    ("Cheers for watching, and if Alfie is watching, you still owe me a chopstick.", 0.5),  # 14
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT)


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def bonsai_project(broll: dict[str, float] | None = None, broll_seconds: float | dict[str, float] = 4.0):
    """In memory: the talk c1 on t1, the music c2 on t3 at MUSIC_DB; ``broll`` ({media id: start s}) on
    t2 as c3, c4, ...; the rest of the media in the bin."""
    others = [asset(name, "image" if seconds is None else "video", seconds, description)
              for name, seconds, description in BROLL]
    others += [asset(MUSIC, "audio", 240.0, ""), asset(TAKE2, "audio", 7.0, "")]
    return talk_project("bonsai", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m9",
                        music_db=MUSIC_DB, broll=broll, broll_seconds=broll_seconds)


def bonsai_session(folder: str | Path, broll: dict[str, float] | None = None):
    """The in-memory project saved as a project folder (no media files): a Session for orchestrator turns."""
    from editor_app.model.history import History
    from editor_app.model.project_io import ProjectStore
    from editor_app.session import Session

    project = bonsai_project(broll)
    return Session(ProjectStore.create(Path(folder), project), project, History())

"""Round-12 media-reference commands on our own footstool project (tests/planner/footstool_project.py), written
as many different people would type them before any mechanism was changed: half tuning ("T"), half held out ("H",
never tuned on, only reported). Each command is planned and applied with the real tools; the expectation is read on
the timeline afterwards. Run ``python -m tests.planner.footstool_commands [T|H]`` for the figures.

Placed clips are 4 s long (own_talk.talk_project). Expectations: ("at", media, start) a clip of media starts there (±0.5 s); ("over", media, a, b) a clip of media
overlaps [a, b]; ("ask", names) the planner asks (not "didn't understand"), naming each; ("move", media, start) the one clip of media now starts
there; ("moved_into", media, a, b) the one clip of media starts inside [a, b]; ("fade", kind, seconds) a transition on
the B-roll track (kind/seconds None: any); ("replaced", old, new) new starts where old did and old is gone;
("before", first, second) first's clip now starts before second's.
"""

from __future__ import annotations

import sys

from editor_app.model.history import apply_all
from editor_app.model.project import Project
from editor_app.model.time import seconds
from editor_app.planner import plan
from editor_app.tools import TOOLS, ToolContext
from tests.planner.footstool_project import footstool_project

# (id, half, setup {media: start s}, message, expectation)
COMMANDS = [
    ("dji-flip", "T", {}, "put the DJI clip over the part where I flip it over", ("over", "m2", 15.4, 21.35)),
    ("dji-016", "H", {}, "dji footage at 0:16", ("at", "m2", 16.0)),
    ("rip-peels", "T", {}, "ripping vinyl clip over where i say the old vinyl peels off", ("over", "m3", 21.8, 28.55)),
    ("4410-22", "H", {}, "can you drop IMG_4410 in at 22 seconds", ("at", "m3", 22.0)),
    ("staple-quote", "T", {}, "the stapling shot over 'staple the middle of each side first'", ("over", "m4", 57.8, 62.95)),
    ("4415-staplebit", "H", {}, "img 4415 on the staple bit", ("over", "m4", 57.8, 62.95)),
    ("foam-knife", "T", {}, "foam cutting video when I talk about the electric carving knife", ("over", "m5", 29.4, 35.75)),
    ("mvi-timecode", "H", {}, "MVI_2231 at 00:00:30:00", ("at", "m5", 30.0)),
    ("canon-105", "T", {}, "the canon clip at 1:05", ("at", "m5", 65.0)),
    ("canon-31mark", "H", {}, "put the canon footage at the 31 second mark", ("at", "m5", 31.0)),
    ("screen-online", "T", {}, "screen recording over where i say i ordered it online", ("over", "m7", 43.4, 50.15)),
    ("website-velvet", "H", {}, "show the website recording while I'm talking about the mustard velvet", ("over", "m7", 43.4, 50.15)),
    ("swatch-44", "T", {}, "the fabric swatches photo at 44s", ("at", "m9", 44.0)),
    ("swatch-colour", "H", {}, "swatch pic over the part about picking a colour", ("over", "m9", 75.8, 80.55)),
    ("finished-end", "T", {}, "finished footstool.jpg at the very end", ("over", "m8", 79.0, 81.6)),
    ("finished-endon", "H", {}, "end on the photo of the finished stool", ("over", "m8", 79.0, 81.6)),
    ("frame-110", "T", {}, "the stripped frame clip at 1:10", ("at", "m2", 70.0)),
    ("bench-70", "H", {}, "workbench footage at 70 seconds", ("at", "m2", 70.0)),
    ("c0004-40", "T", {}, "C0004 at 0:40", ("at", "m6", 40.0)),
    ("c0004-trace", "H", {}, "the C0004 file over the trace the top bit", ("over", "m6", 36.2, 42.55)),
    ("gun-said", "T", {}, "staple gun sound on 'staple the middle'", ("over", "m11", 57.8, 62.95)),
    ("gun-58", "H", {}, "add the staple gun sfx at 58 seconds", ("at", "m11", 58.0)),
    ("tuft-corners", "T", {}, "button tufting close up over the corners bit", ("over", "m10", 63.8, 69.35)),
    ("tuft-104", "H", {}, "tufting clip at 1:04", ("at", "m10", 64.0)),
    # things the project has not got: ask, naming what is missing
    ("sewing-030", "T", {}, "the sewing machine close up at 0:30", ("ask", ["sewing machine"])),
    ("hammer-20", "H", {}, "the hammer clip at 0:20", ("ask", ["hammer"])),
    ("remover-flip", "T", {}, "the staple remover footage over the flip part", ("ask", ["staple remover"])),
    ("gluegun-50", "H", {}, "use the glue gun clip at 50s", ("ask", ["glue gun"])),
    ("timelapse-100", "T", {}, "drop the paint drying timelapse at 1:00", ("ask", ["paint"])),
    ("cat-outro", "H", {}, "the cat walking across clip over the outro", ("ask", ["cat"])),
    # one camera, two bin clips: ask which
    ("iphone-50pc", "T", {}, "iphone clip at 50%", ("ask", ["IMG_4410", "IMG_4415"])),
    ("iphone-half", "H", {}, "the iphone video at the halfway point", ("ask", ["IMG_4410", "IMG_4415"])),
    ("iphone-intro", "T", {}, "put the iphone footage over the intro", ("ask", ["IMG_4410", "IMG_4415"])),
    ("img-045", "H", {}, "the IMG clip at 0:45", ("ask", ["IMG_4410", "IMG_4415"])),
    ("iphone-quarter", "T", {}, "iPhone clip at 25%", ("ask", ["IMG_4410", "IMG_4415"])),
    ("iphone-3quarter", "H", {}, "iphone vid three quarters of the way through", ("ask", ["IMG_4410", "IMG_4415"])),
    # moving what is on the timeline
    ("mv-dji-25", "T", {"m2": 16.0}, "move the DJI clip to 0:25", ("move", "m2", 25.0)),
    ("mv-frame-later", "H", {"m2": 16.0}, "shift the frame clip 3 seconds later", ("move", "m2", 19.0)),
    ("mv-staple-earlier", "T", {"m3": 22.0, "m4": 58.0}, "nudge the stapling clip a second earlier", ("move", "m4", 57.0)),
    ("mv-rip-24", "H", {"m3": 22.0, "m4": 58.0}, "move the vinyl ripping shot so it starts at 24s", ("move", "m3", 24.0)),
    ("mv-foam-033", "T", {"m5": 30.0}, "the foam clip should start at 0:33 instead", ("move", "m5", 33.0)),
    ("mv-mvi-trace", "H", {"m5": 30.0}, "slide MVI_2231 to where I say trace the top", ("moved_into", "m5", 35.8, 42.55)),
    ("mv-swatch-end", "T", {"m9": 44.0}, "move the swatches photo to the end", ("over", "m9", 79.0, 81.6)),
    ("mv-screen-colour", "H", {"m7": 44.0}, "move the screen recording over the colour question at the end",
     ("over", "m7", 75.8, 80.55)),
    ("mv-iphone-one", "T", {"m2": 16.0, "m3": 22.0}, "move the iphone clip to 0:50", ("move", "m3", 50.0)),
    ("mv-iphone-two", "H", {"m3": 22.0, "m4": 58.0}, "move the iphone clip to 0:40", ("ask", ["IMG_4410", "IMG_4415"])),
    # transitions between B-roll clips
    ("tr-cross", "T", {"m3": 22.0, "m4": 26.0}, "crossfade between the vinyl and stapling clips", ("fade", "crossfade", None)),
    ("tr-dip", "H", {"m3": 22.0, "m4": 26.0}, "dip to black from IMG_4410 into IMG_4415", ("fade", "dip_to_black", None)),
    ("tr-wipe", "T", {"m2": 16.0, "m3": 20.0}, "add a wipe between the DJI clip and the ripping one", ("fade", "wipe", None)),
    ("tr-smooth", "H", {"m2": 16.0, "m3": 20.0}, "smooth the cut from the workbench shot to the vinyl shot", ("fade", None, None)),
    ("tr-half", "T", {"m5": 30.0, "m6": 34.0}, "half second crossfade between the foam clip and C0004", ("fade", "crossfade", 0.5)),
    ("tr-dissolve", "H", {"m5": 30.0, "m6": 34.0}, "dissolve between mvi_2231 and c0004, 1 second", ("fade", None, 1.0)),
    # replacing one media with another
    ("rp-vinyl-dji", "T", {"m3": 22.0}, "replace the vinyl clip with the DJI one", ("replaced", "m3", "m2")),
    ("rp-4410-foam", "H", {"m3": 22.0}, "swap IMG_4410 for the foam cutting clip", ("replaced", "m3", "m5")),
    ("rp-swatch-screen", "T", {"m9": 44.0}, "use the screen recording instead of the swatches photo", ("replaced", "m9", "m7")),
    ("rp-finished-tuft", "H", {"m8": 70.0}, "swap the finished footstool photo out for the tufting close up",
     ("replaced", "m8", "m10")),
    ("rp-missing", "T", {"m2": 16.0}, "replace the DJI clip with the sewing machine clip", ("ask", ["sewing machine"])),
    ("rp-missing-glue", "H", {"m4": 58.0}, "swap the stapling clip for the glue gun clip", ("ask", ["glue gun"])),
    # order
    ("ro-swap", "T", {"m3": 22.0, "m4": 27.0}, "swap the order of the vinyl clip and the stapling clip", ("before", "m4", "m3")),
    ("ro-before", "H", {"m2": 16.0, "m3": 22.0}, "put the vinyl clip before the DJI clip", ("before", "m3", "m2")),
    # typed fast, or spoken into a phone
    ("ty-stapeling", "T", {}, "put the stapeling clip over the staple the middle part", ("over", "m4", 57.8, 62.95)),
    ("ty-swatchs", "H", {}, "swatchs photo at 44 seconds", ("at", "m9", 44.0)),
    ("ty-cuting", "T", {}, "the foam cuting video at 0:30", ("at", "m5", 30.0)),
    ("ty-vynil", "H", {}, "the ripping vynil clip at 22s", ("at", "m3", 22.0)),
    ("ty-recordng", "T", {}, "put the screen recordng at 0:45", ("at", "m7", 45.0)),
    ("ty-tuftng", "H", {}, "the tuftng close up at 1:04", ("at", "m10", 64.0)),
    ("said-tight", "T", {}, "the velvet stapling clip when I say pull it tight", ("over", "m4", 50.6, 57.35)),
    ("said-pounds", "H", {}, "drop the swatch photo where I mention eighteen pounds", ("over", "m9", 43.4, 50.15)),
]


def _spans(project: Project, media_id: str) -> list[tuple[float, float]]:
    return [(float(seconds(c.start, project.fps)), float(seconds(c.end, project.fps)))
            for t in project.tracks if t.role != "main" for c in t.clips if c.media_id == media_id]


def _talk_intact(before: Project, after: Project) -> bool:
    main = [[(c.media_id, c.start, c.duration, c.source_in) for c in t.clips] for t in before.tracks if t.role == "main"]
    return main == [[(c.media_id, c.start, c.duration, c.source_in) for c in t.clips] for t in after.tracks
                    if t.role == "main"]


def run_one(setup: dict[str, float], message: str, expect: tuple) -> tuple[bool, bool, str]:
    """(passed, destructive, reply) for one command on a fresh project."""
    project = footstool_project(setup)
    result = plan(message, project)
    after = project.clone()
    try:
        for s in result.steps:
            apply_all(after, TOOLS.find(s.tool).call(ToolContext(after, None), s.args))
    except Exception as exc:  # noqa: BLE001 - a broken step fails the command, it does not end the run
        return False, False, f"{type(exc).__name__}: {exc}"
    return (*_judge(project, after, result, expect), result.reply)


def _judge(before: Project, after: Project, result, expect: tuple) -> tuple[bool, bool]:
    kind, *args = expect
    changed = not _talk_intact(before, after)
    if kind == "ask":
        asked = not result.understood and not result.steps and "didn't understand" not in result.reply
        return asked and all(n.lower() in result.reply.lower() for n in args[0]), bool(result.steps)
    if kind == "at":
        media, start = args
        return any(abs(a - start) <= 0.5 for a, _ in _spans(after, media)) and not changed, changed
    if kind == "over":
        media, lo, hi = args
        spans = _spans(after, media)
        return len(spans) == 1 and spans[0][0] < hi and spans[0][1] > lo and not changed, changed
    if kind == "move":
        media, start = args
        spans = _spans(after, media)
        return len(spans) == 1 and abs(spans[0][0] - start) <= 0.1 and not changed, changed
    if kind == "moved_into":
        media, lo, hi = args
        spans = _spans(after, media)
        return len(spans) == 1 and lo <= spans[0][0] <= hi and not changed, changed
    if kind == "fade":
        fade_kind, length = args
        found = [x for t in after.tracks if t.role == "broll" for x in t.transitions]
        found = [x for x in found if fade_kind is None or x.kind == fade_kind]
        found = [x for x in found if length is None or abs(float(seconds(x.duration, after.fps)) - length) < 0.1]
        return bool(found), changed
    if kind == "replaced":
        old, new = args
        was, now = _spans(before, old), _spans(after, new)
        ok = not _spans(after, old) and len(now) == 1 and abs(now[0][0] - was[0][0]) <= 0.1
        return ok and not changed, changed or (not ok and len(_spans(after, old)) < len(was))
    if kind == "before":
        first, second = args
        a, b = _spans(after, first), _spans(after, second)
        return len(a) == 1 and len(b) == 1 and a[0][0] < b[0][0] and not changed, changed
    raise ValueError(kind)


def main(halves: str = "TH") -> None:
    for half in halves:
        rows = [(cid, *run_one(setup, msg, exp), msg) for cid, h, setup, msg, exp in COMMANDS if h == half]
        print(f"== {half}: {sum(r[1] for r in rows)}/{len(rows)} passed, "
              f"{sum(1 for r in rows if r[2] and not r[1])} destructive")
        for cid, ok, bad, reply, msg in rows:
            if not ok:
                print(f"  MISS{' DESTRUCTIVE' if bad else ''} {cid}: {msg!r} -> {reply[:160]!r}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "TH")

"""Our own round-12 conversation and several-instruction commands on the shower head project
(tests/planner/showerhead_project.py), as many different people would type them, with the outcome
each should have (the eval suite's checks, editor_app/eval/checks.py).

Written in one go before any was run. Every second command (in writing order) is HELD OUT: it is
only ever run and reported, never looked at to fix a miss. TUNE is the other half.

Run:  PYTHONPATH=. python -m tests.planner.showerhead_commands [tune|heldout|all] [--json out.json]
(builds the project folder once with generated media, then runs each case through the orchestrator
as `editor-app eval` does, on a fresh copy). ``also`` is a second set of checks for a case that needs
two of one kind (two clips placed, two effects).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from tests.planner.showerhead_project import LENGTH, sentence_span

FULL = round(int(LENGTH * 30) / 30, 3)  # the timeline's length at 30 fps


def ov(i: int, j: int | None = None) -> list[float]:
    """The span of sentence i (to sentence j's end): where a clip said to be 'over' it must overlap."""
    return [sentence_span(i)[0], sentence_span(j if j is not None else i)[1]]


def broll(media: str, start: float, duration: float | None = None, **more) -> dict:
    """Placed at ``start`` on the B-roll track (``duration`` s long when said)."""
    spec = {"role": "broll", "media": media, "start": start, **more}
    if duration is not None:
        spec["within"] = [start, start + duration]
        spec["overlaps"] = [start + duration - 0.2, start + duration - 0.1]
    return spec


PLACE_SETUP = lambda media, start, seconds: {"op": "overwrite_clip", "track_id": "t2", "media_id": media,  # noqa: E731
                                             "start": start, "duration": seconds}

CASES: list[dict] = [
    # ---- across turns --------------------------------------------------------------------
    {"id": "convo-bw-it", "history": ["put IMG_5530 at 0:04"], "message": "make it black and white",
     "expect": {"effect": {"media": "IMG_5530.MOV", "type": "black_and_white"}}},
    {"id": "convo-actually-time", "history": ["put the gopro clip at 0:29"], "message": "actually make it 0:30",
     "expect": {"clip_on_track": broll("GH010882.MP4", 30.0, count=1)}},
    {"id": "convo-bit-more-down", "history": ["music down to -24"], "message": "a bit more",
     "expect": {"clip_volume": {"role": "music", "db": -27.0, "tol": 2.0}}},
    {"id": "convo-too-much-back-up", "history": ["turn the music down 6db"], "message": "too much, bring it back up a little",
     "expect": {"clip_volume": {"role": "music", "db": -21.0, "tol": 2.0}}},
    {"id": "convo-fade-it-in", "history": ["put the fizzing clip at 0:32"], "message": "fade it in",
     "expect": {"effect": {"media": "WhatsApp Video 2026-12-01 at 08.12.30.mp4", "type": "fade_in"}}},
    {"id": "convo-title-4s", "history": ["add a title 'Descale Your Shower' at the start"], "message": "make it last 4 seconds",
     "expect": {"title": {"text": "Descale Your Shower", "exact": True, "start": 0.0, "duration": 4.0}}},
    {"id": "convo-now-the-after", "history": ["put the before spray clip at 0:03"], "message": "now the after one at 1:00",
     "expect": {"clip_on_track": broll("IMG_5544.MOV", 60.0)}},
    {"id": "convo-slow-that", "history": ["put the pin clip at 0:43"], "message": "slow that down to half speed",
     "expect": {"speed": {"media": "pin in the nozzles.mov", "value": 0.5}}},
    {"id": "convo-and-the-uhs", "history": ["cut the ums"], "message": "and the uhs",
     "expect": {"duration_lt": FULL - 1.3, "duration_gt": FULL - 2.6}},
    {"id": "convo-undo-and-instead", "history": ["put IMG_5544 at 1:00"], "message": "undo that and put it at 0:59 instead",
     "expect": {"clip_on_track": broll("IMG_5544.MOV", 59.0, count=1)}},
    {"id": "convo-no-the-other", "history": ["put the citric acid picture at 0:15"], "message": "no, the vinegar bag one",
     "expect": {"clip_on_track": broll("GH010882.MP4", 15.0), "no_clip": {"role": "broll", "media": "citric acid tub.jpg"}}},
    {"id": "convo-same-for-video", "history": ["fade out the music at the end"], "message": "same for the video",
     "expect": {"effect": {"role": "main", "type": "fade_out"}}},
    {"id": "convo-unmute-quieter", "history": ["mute the music"], "message": "actually put it back on but quieter",
     "expect": {"track_unmuted": "music", "clip_volume": {"role": "music", "db": -23.0, "tol": 4.0}}},
    {"id": "convo-there-after-question", "history": ["where do I talk about the PTFE tape?"],
     "message": "put the toothbrush clip there",
     "expect": {"clip_on_track": {"role": "broll", "media": "DJI_20261201_0913.MP4", "overlaps": ov(12, 13)}}},
    {"id": "convo-make-it-3s", "history": ["put the unscrewing clip at 0:20"], "message": "make it 3 seconds",
     "expect": {"clip_on_track": broll("unscrewing.mp4", 20.0, 3.0)}},
    {"id": "convo-too-fast-try", "history": ["put the whatsapp video at 0:32", "speed it up 2x"], "message": "too fast, try 1.5",
     "expect": {"speed": {"media": "WhatsApp Video 2026-12-01 at 08.12.30.mp4", "value": 1.5}}},
    {"id": "convo-caption-later", "history": ["add a caption 'hard water!' at 0:08"], "message": "move it 2 seconds later",
     "expect": {"title": {"text": "hard water!", "exact": True, "start": 10.0}}},
    {"id": "convo-zoom-still", "history": ["put limescale_closeup at 0:07"], "message": "slowly zoom in on it",
     "expect": {"effect": {"media": "limescale_closeup.JPG", "type": "zoom"}}},
    {"id": "convo-same-with-other", "history": ["put IMG_5530 at 0:03", "make it black and white"],
     "message": "same with the citric acid photo at 0:15",
     "expect": {"clip_on_track": broll("citric acid tub.jpg", 15.0)}},
    {"id": "convo-question-then-pauses", "history": ["how long is the video?"], "message": "ok cut the long pauses then",
     "expect": {"duration_lt": FULL - 3.0, "duration_gt": FULL - 8.0}},
    {"id": "convo-over-that-answer", "history": ["where do I say it's limescale?"], "message": "put the closeup photo over that",
     "expect": {"clip_on_track": {"role": "broll", "media": "limescale_closeup.JPG", "overlaps": ov(2)}}},
    {"id": "convo-nudge-later", "history": ["put the fizzing clip at 0:32"], "message": "nudge it a second later",
     "expect": {"clip_on_track": broll("WhatsApp Video 2026-12-01 at 08.12.30.mp4", 33.0, count=1)}},
    {"id": "convo-the-other-one-fade", "history": ["put GH010882 at 0:28", "put the fizzing clip at 0:36"],
     "message": "no, the other one, fade it out",
     "expect": {"effect": {"media": "GH010882.MP4", "type": "fade_out"},
                "no_effect": {"media": "WhatsApp Video 2026-12-01 at 08.12.30.mp4", "type": "fade_out"}}},
    {"id": "convo-and-out-too", "history": ["fade in the music"], "message": "and fade it out at the end too",
     "expect": {"effect": {"role": "music", "type": "fade_out"}}},
    {"id": "convo-change-title-text", "history": ["title 'The fix' at 0:20"], "message": "change it to 'The easy fix'",
     "expect": {"title": {"text": "The easy fix", "exact": True, "start": 20.0}}},
    {"id": "convo-undo-retake", "history": ["cut the retake"], "message": "undo",
     "expect": {"matches_initial": True}},
    {"id": "convo-shorter-like-3", "history": ["put IMG_5544 at 0:59"], "message": "hmm, can you make that shorter, like 3 seconds",
     "expect": {"clip_on_track": broll("IMG_5544.MOV", 59.0, 3.0)}},
    {"id": "convo-twice-as-fast", "history": ["put the toothbrush clip at 0:40"], "message": "twice as fast please",
     "expect": {"speed": {"media": "DJI_20261201_0913.MP4", "value": 2.0}}},
    {"id": "convo-and-the-pin-one", "history": ["put the unscrewing clip at 0:20"],
     "message": "and the pin one over where i poke the nozzles",
     "expect": {"clip_on_track": {"role": "broll", "media": "pin in the nozzles.mov", "overlaps": ov(11)}}},
    {"id": "convo-bit-more-up", "history": ["bring the music up by 3 dB"], "message": "bit more",
     "expect": {"clip_volume": {"role": "music", "db": -12.5, "tol": 2.0}}},
    {"id": "convo-get-rid-of-it", "history": ["put the citric acid tub photo at 0:16"], "message": "get rid of it",
     "expect": {"no_clip": {"role": "broll", "media": "citric acid tub.jpg"}, "duration_near": [FULL, 0.05]}},
    {"id": "convo-swap-it-for", "history": ["put IMG_5530 at 0:03"], "message": "actually swap it for IMG_5544",
     "expect": {"clip_on_track": broll("IMG_5544.MOV", 3.0), "no_clip": {"role": "broll", "media": "IMG_5530.MOV"}}},
    {"id": "convo-undo-mute-instead", "history": ["mute the music"],
     "message": "undo that and just turn it down to -25 instead",
     "expect": {"track_unmuted": "music", "clip_volume": {"role": "music", "db": -25.0}}},
    {"id": "convo-wrong-place-fizzing", "history": ["put the fizzing clip at 0:25"],
     "message": "no wait, it should be where I say you'll hear it fizzing",
     "expect": {"clip_on_track": {"role": "broll", "media": "WhatsApp Video 2026-12-01 at 08.12.30.mp4", "overlaps": ov(8),
                                  "count": 1}}},
    {"id": "convo-keep-still-5s", "history": ["put IMG_5551 at 0:59"], "message": "keep it up for 5 secs",
     "expect": {"clip_on_track": broll("IMG_5551.jpg", 59.0, 5.0)}},
    {"id": "convo-quieter-still", "history": ["music to -20"], "message": "quieter still",
     "expect": {"clip_volume": {"role": "music", "db": -24.0, "tol": 3.0}}},
    {"id": "convo-fade-both-in", "history": ["put the before clip at 0:03", "put the after clip at 0:59"],
     "message": "fade both of them in",
     "expect": {"effect": {"media": "IMG_5530.MOV", "type": "fade_in"}},
     "also": {"effect": {"media": "IMG_5544.MOV", "type": "fade_in"}}},
    {"id": "convo-put-that-back", "history": ["cut the first 2 seconds"], "message": "wait no, put that back",
     "expect": {"matches_initial": True}},
    {"id": "convo-question-then-place", "history": ["which clip shows the vinegar bag?"], "message": "ok put it at 0:29",
     "expect": {"clip_on_track": broll("GH010882.MP4", 29.0)}},
    {"id": "convo-too-long-trim", "history": ["put GH010882 at 0:28"], "message": "its too long, trim it to 3 sec",
     "expect": {"clip_on_track": broll("GH010882.MP4", 28.0, 3.0)}},
    {"id": "convo-undo-then-mute", "history": ["turn the music down a bit"], "message": "nope, undo and mute it instead",
     "expect": {"track_muted": "music", "clip_volume": {"role": "music", "db": -18.0}}},
    {"id": "convo-right-after-it", "history": ["put the pin clip at 0:43"], "message": "and the closeup pic right after it",
     "expect": {"clip_on_track": broll("limescale_closeup.JPG", 49.0, tol=0.2)}},
    {"id": "convo-ambiguous-iphone", "history": ["put IMG_5530 at 0:03", "put IMG_5544 at 0:59"],
     "message": "delete the iphone clip",
     "expect": {"unchanged": True}},
    {"id": "convo-louder-after-down", "history": ["music to -30"], "message": "hmm cant hear it now, little louder",
     "expect": {"clip_volume": {"role": "music", "db": -27.0, "tol": 2.0}}},
    # ---- several instructions in one message -------------------------------------------------
    {"id": "multi-fillers-music", "message": "cut all the ums and uhs and then turn the music down to -22",
     "expect": {"duration_lt": FULL - 1.3, "duration_gt": FULL - 2.6, "clip_volume": {"role": "music", "db": -22.0}}},
    {"id": "multi-place-length-fade", "message": "put the gopro clip at 0:28, make it 4 seconds and fade it in",
     "expect": {"clip_on_track": broll("GH010882.MP4", 28.0, 4.0), "effect": {"media": "GH010882.MP4", "type": "fade_in"}}},
    {"id": "multi-two-places", "message": "put IMG_5530 at 0:03 and IMG_5544 at 0:59",
     "expect": {"clip_on_track": broll("IMG_5530.MOV", 3.0)}, "also": {"clip_on_track": broll("IMG_5544.MOV", 59.0)}},
    {"id": "multi-pauses-music", "message": "remove the long pauses, also music to -24 please",
     "expect": {"duration_lt": FULL - 3.0, "duration_gt": FULL - 8.0, "clip_volume": {"role": "music", "db": -24.0}}},
    {"id": "multi-title-fade-music", "message": "add a title 'Descaling 101' at the start and fade the music out at the end",
     "expect": {"title": {"text": "Descaling 101", "exact": True, "start": 0.0}, "effect": {"role": "music", "type": "fade_out"}}},
    {"id": "multi-place-said-slow", "message": "put the pin clip over where i poke the nozzles and slow it to half speed",
     "expect": {"clip_on_track": {"role": "broll", "media": "pin in the nozzles.mov", "overlaps": ov(11)},
                "speed": {"media": "pin in the nozzles.mov", "value": 0.5}}},
    {"id": "multi-fade-in-and-out", "message": "fade the video in at the start and out at the end",
     "expect": {"effect": {"role": "main", "type": "fade_in"}}, "also": {"effect": {"role": "main", "type": "fade_out"}}},
    {"id": "multi-then-after-that", "message": "put the closeup pic at 0:07 then after that the citric acid photo at 0:16",
     "expect": {"clip_on_track": broll("limescale_closeup.JPG", 7.0)}, "also": {"clip_on_track": broll("citric acid tub.jpg", 16.0)}},
    {"id": "multi-retake-place", "message": "cut the false start where i mess up the turns, then put IMG_5551 at 0:57",
     "expect": {"duration_lt": FULL - 2.0, "duration_gt": FULL - 7.0, "clip_on_track": {"role": "broll", "media": "IMG_5551.jpg"}}},
    {"id": "multi-mute-faster", "message": "music off, and make my talking 10% faster",
     "expect": {"track_muted": "music", "speed": {"media": "C0047.MP4", "value": 1.1}}},
    {"id": "multi-place-bw-thanks", "message": "put the fizzing clip at 0:32 and make it black and white, thanks",
     "expect": {"clip_on_track": broll("WhatsApp Video 2026-12-01 at 08.12.30.mp4", 32.0),
                "effect": {"media": "WhatsApp Video 2026-12-01 at 08.12.30.mp4", "type": "black_and_white"}}},
    {"id": "multi-three-places", "message": "can you put the unscrewing clip at 0:20, the gopro one at 0:28 and the toothbrush one at 0:40",
     "expect": {"clip_on_track": broll("unscrewing.mp4", 20.0)},
     "also": {"clip_on_track": broll("DJI_20261201_0913.MP4", 40.0)}},
    {"id": "multi-duck-fade-in", "message": "duck the music under my voice and add a fade in on the music",
     "expect": {"music_envelope_dips_during_speech": -6.0, "effect": {"role": "music", "type": "fade_in"}}},
    {"id": "multi-said-place-music", "message": "put the whatsapp clip over where I say you'll hear it fizzing and also lower the music to -22",
     "expect": {"clip_on_track": {"role": "broll", "media": "WhatsApp Video 2026-12-01 at 08.12.30.mp4", "overlaps": ov(8)},
                "clip_volume": {"role": "music", "db": -22.0}}},
    {"id": "multi-first-after-that", "message": "first take out the ums, after that shorten the silences",
     "expect": {"duration_lt": FULL - 3.8, "duration_gt": FULL - 9.0}},
    {"id": "multi-missing-clip", "message": "put the blender clip at 0:10 and fade it in",
     "expect": {"unchanged": True}},
    {"id": "multi-voice-typed", "message": "okay so put the unscrewing video at twenty seconds and then make the music quieter",
     "expect": {"clip_on_track": broll("unscrewing.mp4", 20.0), "clip_volume": {"role": "music", "db": -23.0, "tol": 4.0}}},
    # ---- order of B-roll -------------------------------------------------------------------
    {"id": "reorder-wrong-way-round", "setup": [PLACE_SETUP("m3", 3, 5), PLACE_SETUP("m2", 8, 5)],
     "message": "the before and after spray clips are the wrong way round",
     "expect": {"clip_on_track": broll("IMG_5530.MOV", 3.0, tol=1.0)}, "also": {"clip_on_track": broll("IMG_5544.MOV", 8.0, tol=1.0)}},
    {"id": "reorder-before-pin", "setup": [PLACE_SETUP("m6", 40, 6), PLACE_SETUP("m5", 46, 7)],
     "message": "put the toothbrush clip before the pin clip",
     "expect": {"clip_on_track": broll("DJI_20261201_0913.MP4", 40.0, tol=1.0)},
     "also": {"clip_on_track": broll("pin in the nozzles.mov", 47.0, tol=1.5)}},
    {"id": "reorder-swap-those", "history": ["put the pin clip at 0:43", "put the toothbrush clip at 0:49"],
     "message": "swap those two round",
     "expect": {"clip_on_track": broll("DJI_20261201_0913.MP4", 43.0, tol=1.0)},
     "also": {"clip_on_track": broll("pin in the nozzles.mov", 50.0, tol=1.5)}},
    {"id": "multi-typo", "message": "cut the umms pls and fade teh music out at the end",
     "expect": {"duration_lt": FULL - 0.6, "effect": {"role": "music", "type": "fade_out"}}},
]

TUNE = [c for i, c in enumerate(CASES) if i % 2 == 0]
HELDOUT = [c for i, c in enumerate(CASES) if i % 2 == 1]


def run(cases: list[dict]) -> list[dict]:
    """Each case through the orchestrator on a fresh copy of the project: {id, message, passed, reply, destructive, checks}."""
    from editor_app.eval.checks import CheckContext, run_checks
    from editor_app.eval.runner import run_suite
    from editor_app.eval.suite import Case
    from tests.planner.showerhead_project import create_showerhead_session

    out: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="showerhead-") as tmp:
        template = Path(tmp) / "showerhead"
        create_showerhead_session(template).close()
        suite = [Case(**{k: v for k, v in c.items() if k != "also"}) for c in cases]
        also = {c["id"]: c.get("also") for c in cases}
        import editor_app.eval.runner as runner

        original = runner.run_checks

        def checks_with_also(expect, ctx: CheckContext):
            results = original(expect, ctx)
            extra = next((also[i] for i in also if also[i] and expect is _expect_of[i]), None)
            return results + (original(extra, ctx) if extra else [])

        _expect_of = {c.id: c.expect for c in suite}
        runner.run_checks = checks_with_also
        try:
            for r in run_suite(suite, template=template):
                out.append({"id": r.id, "message": r.message, "passed": r.passed, "reply": r.reply,
                            "destructive": r.destructive and not r.passed,
                            "checks": [(n, ok, d) for n, ok, d in r.checks]})
        finally:
            runner.run_checks = original
    return out


def main(argv: list[str]) -> int:
    which = argv[0] if argv else "tune"
    cases = {"tune": TUNE, "heldout": HELDOUT, "all": CASES}[which]
    results = run(cases)
    for r in results:
        mark = "PASS" if r["passed"] else ("FAIL*" if r["destructive"] else "FAIL")
        print(f"{mark:5} {r['id']:32} {r['message'][:60]!r}")
        if not r["passed"]:
            print("      reply:", r["reply"][:200].replace("\n", " "))
            print("      ", [c for c in r["checks"] if not c[1]])
    passed = sum(r["passed"] for r in results)
    flagged = [r["id"] for r in results if r["destructive"]]
    print(f"{which}: {passed}/{len(results)} passed; wrong destructive: {flagged}")
    if "--json" in argv:
        Path(argv[argv.index("--json") + 1]).write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

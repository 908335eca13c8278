"""Journal size and command latency after "cut the silences", before vs after the compact journal.

Scenarios (issue 17 targets: the cut's journal record under 1 MB, every later command under 1 s):
- talk: a 20-minute talk (one clip on the main track, a music bed), 400 ripple cuts, one per
  ~3 s pause, across the speech tracks, as the remove_silences macro emits them;
- big: a 1,000-clip, 8-track project (the core_bench layout), 100 ripple cuts across all tracks;
- turn: the whole "cut the silences" turn on a 20-minute talk (a generated recording, 2 s of tone
  and 1 s of silence, 400 times, under a music bed), offline planner: propose (the macro measures
  the silences, already cached, and its 400 ripple cuts are tried on the scratch copy, then the
  diff) and apply (session.apply: validate, apply, journal, save). "before" is TURN_BASELINE,
  main before the ripple cuts were made in one pass (issue 18).

"before" runs the same script against the code at BASELINE (extracted with `git archive` into a
temp folder), "after" against this checkout. Each figure is measured in a fresh process:
the cut (one batch), then the next command = open the project WITH the journal in place +
one volume change + save, the way `editor-app op` runs; peak RSS is that process's.

    .venv/bin/python benchmarks/journal_bench.py [--baseline COMMIT]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = "21c6461"  # main before the compact journal
TURN_BASELINE = "767d148"  # main before ripple cuts in one pass and the one-line diff of moved clips


def build(kind: str, path: Path) -> tuple[list[dict], int]:
    from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
    from editor_app.model.project import MediaAsset
    from editor_app.session import Session

    session = Session.create(path, fps="30000/1001")
    def asset(name: str, seconds: int, kind: str = "video") -> ImportMedia:
        return ImportMedia(asset=MediaAsset(id="", name=name, path=f"/m/{name}.mp4", kind=kind, duration=seconds,
                                            fps="30000/1001" if kind == "video" else None, has_audio=True,
                                            has_video=kind == "video"))
    if kind == "talk":
        session.apply([asset("talk", 1200), asset("music", 1300, "audio"), AddTrack(kind="video", role="main"),
                       AddTrack(kind="audio", role="music")], "setup")
        session.apply([InsertClip(track_id="t1", media_id="m1", start=0),
                       InsertClip(track_id="t2", media_id="m2", start=0, duration=35964)], "place")
        fps = 30000 / 1001
        cuts = [(int((3 * k + 2.2) * fps), int((3 * k + 2.9) * fps)) for k in range(400)]
        ops = [{"op": "cut_range", "start": s, "end": e, "track_ids": ["t1"], "ripple": True} for s, e in reversed(cuts)]
        return ops, 1
    media = [asset(f"clip{i}", 600) for i in range(20)]
    roles = ["main", "broll", "overlay", "titles", "voice", "music", "sfx", "sfx"]
    session.apply(media + [AddTrack(kind="video" if i < 4 else "audio", role=roles[i]) for i in range(8)], "setup")
    session.apply([InsertClip(track_id=f"t{t + 1}", media_id=f"m{(k % 20) + 1}", start=k * 100, duration=90,
                              source_in=k % 300) for t in range(8) for k in range(125)], "fill")
    ops = [{"op": "cut_range", "start": k * 120 + 40, "end": k * 120 + 60, "ripple": True} for k in range(100, 0, -1)]
    return ops, 1


def worker(kind: str, path: Path, step: str) -> dict:
    from editor_app.session import Session

    if kind == "turn":
        return turn_worker(path)
    if step == "cut":
        ops, _ = build(kind, path)
        journal = path / "journal.jsonl"
        before = journal.stat().st_size
        session = Session.open(path)
        start = time.perf_counter()
        session.apply(ops, "cut the silences")
        elapsed = time.perf_counter() - start
        return {"cut_s": elapsed, "record_bytes": journal.stat().st_size - before, "journal_bytes": journal.stat().st_size}
    start = time.perf_counter()
    session = Session.open(path)
    opened = time.perf_counter() - start
    clip = session.project.tracks[0].clips[5]
    size = (path / "journal.jsonl").stat().st_size
    session.apply([{"op": "set_volume", "clip_id": clip.id, "db": -3}])
    total = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    edit = (path / "journal.jsonl").stat().st_size - size
    return {"open_s": opened, "command_s": total, "peak_mb": peak_mb, "edit_bytes": edit}


def make_talk(path: Path) -> None:
    from editor_app.media.ffmpeg import ffmpeg_exe

    tone = "if(lt(mod(t,3),2),0.3*sin(2*PI*220*t),0)"
    subprocess.run([ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi", "-i", f"aevalsrc='{tone}':s=16000:d=1200",
                    "-ac", "1", str(path)], check=True, timeout=600)


def turn_worker(path: Path) -> dict:
    import asyncio

    from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
    from editor_app.model.project import MediaAsset
    from editor_app.orchestrator import OfflineBackend, Orchestrator
    from editor_app.session import Session
    from editor_app.tools.timing import media_silences

    wav = path.parent / "talk.wav"
    session = Session.create(path, fps="30000/1001")
    assets = [MediaAsset(id="", name=name, path=str(wav), kind="audio", duration=1200, has_audio=True)
              for name in ("talk", "bed")]
    session.apply([ImportMedia(asset=a) for a in assets] + [AddTrack(kind="audio", role="voice"),
                                                            AddTrack(kind="audio", role="music")], "setup")
    session.apply([InsertClip(track_id="t1", media_id="m1", start=0), InsertClip(track_id="t2", media_id="m2", start=0)])
    media_silences(str(wav), -35.0, 0.8)  # measuring the audio is media work, not the model's: cached first
    orchestrator = Orchestrator(session, backend=OfflineBackend())
    start = time.perf_counter()
    result = asyncio.run(orchestrator.propose("cut the silences"))
    proposed = time.perf_counter()
    orchestrator.apply(result)
    applied = time.perf_counter()
    cuts = sum(op.op == "cut_range" for op in result.ops)
    return {"propose_s": proposed - start, "apply_s": applied - proposed, "cuts": cuts, "diff_lines": len(result.diff),
            "clips": len(session.project.track("t1").clips)}


def run(code_root: Path, kind: str, path: Path, step: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(code_root), "PYTHONDONTWRITEBYTECODE": "1"}
    out = subprocess.run([sys.executable, __file__, "--worker", kind, str(path), step], cwd=code_root, env=env,
                         capture_output=True, text=True, timeout=900)
    if out.returncode != 0:
        raise SystemExit(f"worker failed ({code_root}): {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--worker", nargs=3)
    parser.add_argument("--baseline", default=BASELINE)
    parser.add_argument("--turn-baseline", default=TURN_BASELINE)
    parser.add_argument("--only", choices=["talk", "big", "turn"], help="one scenario (short runs)")
    args = parser.parse_args()
    if args.worker:
        kind, path, step = args.worker
        print(json.dumps(worker(kind, Path(path), step)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'scenario':<26}{'':>10}{'before':>14}{'after':>14}   target")
        for kind, label in (("talk", "20-min talk, 400 cuts"), ("big", "1,000 clips, 100 cuts")):
            if args.only not in (None, kind):
                continue
            old = extract(args.baseline, Path(tmp) / "baseline")
            rows = {}
            for name, root in (("before", old), ("after", ROOT)):
                path = Path(tmp) / f"{name}-{kind}"
                rows[name] = {**run(root, kind, path, "cut"), **run(root, kind, path, "next")}
            b, a = rows["before"], rows["after"]
            print(f"{label:<26}{'cut record':>10}{b['record_bytes'] / 1e6:>11.2f} MB{a['record_bytes'] / 1e6:>11.3f} MB   < 1 MB")
            print(f"{'':<26}{'cut (s)':>10}{b['cut_s']:>12.2f} s{a['cut_s']:>12.2f} s")
            print(f"{'':<26}{'open (s)':>10}{b['open_s']:>12.2f} s{a['open_s']:>12.2f} s")
            print(f"{'':<26}{'next cmd':>10}{b['command_s']:>12.2f} s{a['command_s']:>12.2f} s   < 1 s (open + op + save)")
            print(f"{'':<26}{'peak RSS':>10}{b['peak_mb']:>11.0f} MB{a['peak_mb']:>11.0f} MB")
            print(f"{'':<26}{'vol edit':>10}{b['edit_bytes'] / 1e3:>11.1f} kB{a['edit_bytes'] / 1e3:>11.2f} kB   "
                  f"journal bytes of one volume change (issue 14: < 2 kB on 500 clips)")
        if args.only in (None, "turn"):
            old = extract(args.turn_baseline, Path(tmp) / "turn-baseline")
            make_talk(Path(tmp) / "talk.wav")
            samples: dict[str, list[dict]] = {"before": [], "after": []}
            for round_ in range(3):  # in turn, fresh processes: load on the machine falls on both alike
                for name, root in (("before", old), ("after", ROOT)):
                    samples[name].append(run(root, "turn", Path(tmp) / f"turn-{name}-{round_}", "turn"))
            b, a = ({key: statistics.median(s[key] for s in samples[name]) for key in samples[name][0]}
                    for name in ("before", "after"))
            print(f"{'cut the silences turn':<26}{'cuts':>10}{b['cuts']:>14}{a['cuts']:>14}   "
                  f"(clips after: {b['clips']} / {a['clips']})")
            print(f"{'(20-min talk, offline)':<26}{'propose':>10}{b['propose_s']:>12.2f} s{a['propose_s']:>12.2f} s")
            print(f"{'':<26}{'apply':>10}{b['apply_s']:>12.2f} s{a['apply_s']:>12.2f} s")
            print(f"{'':<26}{'turn':>10}{b['propose_s'] + b['apply_s']:>12.2f} s{a['propose_s'] + a['apply_s']:>12.2f} s")
            print(f"{'':<26}{'diff lines':>10}{b['diff_lines']:>14}{a['diff_lines']:>14}   (medians of 3 runs each)")


def extract(commit: str, folder: Path) -> Path:
    """The code at ``commit`` (editor_app and its resources), to run the same scenario against."""
    if not folder.exists():
        folder.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "editor_app", "resources"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


if __name__ == "__main__":
    main()

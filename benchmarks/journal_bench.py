"""Journal size and command latency after "cut the silences", before vs after the compact journal.

Scenarios (issue 17 targets: the cut's journal record under 1 MB, every later command under 1 s):
- talk: a 20-minute talk (one clip on the main track, a music bed), 400 ripple cuts, one per
  ~3 s pause, across the speech tracks, as the remove_silences macro emits them;
- big: a 1,000-clip, 8-track project (the core_bench layout), 100 ripple cuts across all tracks.

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
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = "21c6461"  # main before the compact journal


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
    args = parser.parse_args()
    if args.worker:
        kind, path, step = args.worker
        print(json.dumps(worker(kind, Path(path), step)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "baseline"
        old.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.baseline, "editor_app"], capture_output=True,
                                 check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
        print(f"{'scenario':<26}{'':>10}{'before':>14}{'after':>14}   target")
        for kind, label in (("talk", "20-min talk, 400 cuts"), ("big", "1,000 clips, 100 cuts")):
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


if __name__ == "__main__":
    main()

"""Orchestrator overhead per turn on a big project, paired against a baseline in one process.

    .venv/bin/python benchmarks/overhead_bench.py [--clips 1000] [--rounds 5] [--baseline REV] [--words]

The project is understanding_bench's (section 3): the pancake talk cut into clips on the main
track, B-roll clips on a second track, the semantic index synced, the offline planner proposing
(not applying) five turn types: an effect, a ripple cut, a question, B-roll by topic and a
volume change. Target: every turn type under 50 ms on 1,000 clips.

With ``--baseline REV`` the editor_app package of that git revision is extracted to a temporary
folder and imported side by side with this tree's (each version keeps its own modules and its own
project folder and index); every round runs the baseline's turn and then this tree's, so both see
the same machine load. Medians in ms, with the load average before and after.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MESSAGES = [("effect", "make c700 black and white"), ("ripple cut", "cut the first 2 seconds"),
            ("question", "how long is the video?"),
            ("B-roll", "put IMG_4002_syrup over the part where I talk about maple syrup"),
            ("volume", "turn c900 down 3 dB")]


def _ours(name: str) -> bool:
    return name == "editor_app" or name.startswith("editor_app.")


class Version:
    """One editor_app tree, importable alongside another: its modules are swapped in to run."""

    active: "Version | None" = None

    def __init__(self, label: str, root: Path) -> None:
        self.label, self.root, self.modules = label, root, {}
        for name in [n for n in sys.modules if _ours(n)]:
            del sys.modules[name]
        sys.path.insert(0, str(root))
        try:
            import editor_app.orchestrator  # noqa: F401
            import editor_app.session  # noqa: F401
        finally:
            sys.path.remove(str(root))
        Version.active = self

    def use(self) -> None:
        """Make this tree's modules the ones every (lazy) import inside editor_app finds."""
        if Version.active is self:
            return
        if Version.active is not None:
            Version.active.modules = {n: m for n, m in sys.modules.items() if _ours(n)}
        for name in [n for n in sys.modules if _ours(n)]:
            del sys.modules[name]
        sys.modules.update(self.modules)
        Version.active = self


def extract(rev: str, into: Path) -> Path:
    """editor_app of ``rev`` (git archive, no shell) under ``into``."""
    archive = into / "base.tar"
    with open(archive, "wb") as handle:
        subprocess.run(["git", "-C", str(ROOT), "archive", rev, "editor_app"], check=True, stdout=handle)
    with tarfile.open(archive) as tar:
        tar.extractall(into / "base", filter="data")
    return into / "base"


def _words(segments):
    """Word timings spread evenly over each sentence (the speech files give sentences only):
    ``--words`` makes the talk look transcribed by faster-whisper, with words."""
    from editor_app.model.project import TranscriptWord

    out = []
    for seg in segments:
        said = seg.text.split()
        step = (seg.end - seg.start) / max(1, len(said))
        out += [TranscriptWord(start=round(seg.start + i * step, 3), end=round(seg.start + (i + 0.8) * step, 3), text=w)
                for i, w in enumerate(said)]
    return tuple(out)


def build(folder: Path, clips: int, words: bool = False):
    """The big project (``clips`` clips, half talk, half B-roll) and an index-aware orchestrator."""
    from editor_app.eval.projects import speech_segments
    from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
    from editor_app.model.project import MediaAsset
    from editor_app.orchestrator import OfflineBackend, Orchestrator
    from editor_app.session import Session

    session = Session.create(folder, fps=30)
    segments = speech_segments("pancakes.json")
    talk = MediaAsset(id="", name="sunday_pancakes_take3.mp4", path="/p/talk.mp4", kind="video", duration=30,
                      has_audio=True, has_video=True, transcript=segments, words=_words(segments) if words else ())
    broll = [MediaAsset(id="", name=f"IMG_{4000 + i}_{w}.MOV", path=f"/p/{i}.mov", kind="video", duration=5,
                        has_video=True) for i, w in enumerate(["whisk", "flip", "syrup", "kitchen", "market"] * 4)]
    session.apply([ImportMedia(asset=talk), *[ImportMedia(asset=a) for a in broll],
                   AddTrack(kind="video", role="main"), AddTrack(kind="video", role="broll"),
                   AddTrack(kind="audio", role="music")], "setup")
    half = clips // 2
    ops = [InsertClip(track_id="t1", media_id="m1", start=i * 900, duration=900) for i in range(half)]
    ops += [InsertClip(track_id="t2", media_id=f"m{2 + i % 20}", start=i * 900 + 300, duration=120)
            for i in range(half)]
    session.apply(ops, f"{clips} clips")
    index = session.context_index()
    session.sync_index()
    if getattr(index, "sentences", None) is not None:
        index.sentences.wait()  # steady state: the model loaded and the windows encoded in the background
    return session, index, Orchestrator(session, backend=OfflineBackend(), index=index)


def turn(setup, message: str) -> tuple[float, float, object]:
    """(wall ms, CPU ms of the process, the result) of one proposed turn."""
    _session, index, orchestrator = setup
    if getattr(index, "sentences", None) is not None:
        index.sentences._queries.clear()  # every round encodes its message, as a new one would
    start, cpu = time.perf_counter(), time.process_time()
    result = asyncio.run(orchestrator.propose(message))
    return (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000, result


def main() -> None:
    args = sys.argv[1:]
    clips = int(args[args.index("--clips") + 1]) if "--clips" in args else 1000
    rounds = int(args[args.index("--rounds") + 1]) if "--rounds" in args else 5
    rev = args[args.index("--baseline") + 1] if "--baseline" in args else None
    words = "--words" in args
    with tempfile.TemporaryDirectory() as tmp:
        versions = []
        if rev:
            versions.append(Version(f"baseline {rev[:10]}", extract(rev, Path(tmp))))
        versions.append(Version("this tree", ROOT))
        setups = {}
        for n, version in enumerate(versions):
            version.use()
            setups[version.label] = build(Path(tmp) / f"project{n}", clips, words)
        load0 = os.getloadavg()
        samples = {(v.label, m): [] for v in versions for _k, m in MESSAGES}
        cpu = {(v.label, m): [] for v in versions for _k, m in MESSAGES}
        replies = {}
        for _kind, message in MESSAGES:
            for _ in range(rounds):
                for version in versions:  # paired: the same moment, the same load
                    version.use()
                    ms, cpu_ms, result = turn(setups[version.label], message)
                    samples[(version.label, message)].append(ms)
                    cpu[(version.label, message)].append(cpu_ms)
                    replies[(version.label, message)] = ("ok" if result.ok else "NOT OK") + " " + (
                        "; ".join(result.descriptions)[:60] or result.reply[:60])
        load1 = os.getloadavg()
        print(f"orchestrator overhead per turn, {clips} clips{' (talk with word timings)' if words else ''}, "
              f"semantic index, offline planner, "
              f"median of {rounds}, ms wall (CPU); load average {load0[0]:.2f} -> {load1[0]:.2f}")
        head = "".join(f"{v.label:>26}" for v in versions)
        print(f"   {'turn':<12}{head}")
        for kind, message in MESSAGES:
            cells = "".join(f"{statistics.median(samples[(v.label, message)]):17.1f} ({statistics.median(cpu[(v.label, message)]):5.1f})"
                            for v in versions)
            print(f"   {kind:<12}{cells}   {replies[(versions[-1].label, message)]}")
        if rev:
            same = all(replies[(versions[0].label, m)] == replies[(versions[-1].label, m)] for _k, m in MESSAGES)
            print(f"   same plans as the baseline: {'yes' if same else 'NO'}")
        print("   (target < 50 ms per turn for every turn type)")
        for session, _index, _orchestrator in setups.values():
            session.close()


if __name__ == "__main__":
    main()

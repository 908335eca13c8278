"""The first `editor-app chat` turn of a fresh process, offline: CPU and wall, against round 7's start.

    .venv/bin/python benchmarks/chat_start_bench.py [--rounds 3] [--against 419a245]

Why: a one-shot CLI turn pays for every import. Round 7's `chat` imported the openai client
(and aiohttp under it) with its error module, and opened and synced the Chroma index before the
turn, whether or not the turn searched: about 5 CPU s here (load 16 on 2 cores) for "cut the first
second". Now the client loads only with a configured model and Chroma at the first search
(commands/index_on_demand.py). The baseline here is round 7's behaviour replayed in the same
run on the same project: the same command with openai and chromadb imported and the index
synced before the turn, as round 7's `cmd_chat` did; `--against REF` runs REF's own code instead
(its editor_app exported from git into a temporary folder). Paired rounds, order rotating.
Figures are medians of child-process user+sys CPU and wall seconds.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from benchlib import emit, load  # noqa: E402

MESSAGE = "cut the first second"
NOW = "import sys; from editor_app.cli import main; sys.exit(main(['chat', sys.argv[1], sys.argv[2], '--offline']))"
# Round 7's order of work: the client library with the error module, the index synced up front.
ROUND7 = ("import sys, openai, chromadb; from editor_app.cli import main; "
          "import editor_app.commands.index_on_demand as lazy; "
          "lazy.defer_index = lambda service: service.sync_index(); "
          "sys.exit(main(['chat', sys.argv[1], sys.argv[2], '--offline']))")


def make_project(folder: Path) -> Path:
    """A climbing-gym session: one wall clip and the spoken intro as a sound file, transcribed."""
    from editor_app.cli import main
    from editor_app.media.ffmpeg import run_ffmpeg

    clip = folder / "bouldering_wall.mp4"
    run_ffmpeg(["-y", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=30", "-f", "lavfi",
                "-i", "sine=frequency=220", "-t", "6", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac",
                "-shortest", str(clip)], timeout=120)
    project = folder / "gym"
    main(["new", str(project), "--like", str(clip)])
    main(["import", str(project), str(clip), "--place", "--no-transcribe"])
    main(["index", str(project)])  # built once: both variants then find it up to date
    return project


def export(ref: str, folder: Path) -> Path:
    """REF's editor_app and resources, as files, to run as the baseline."""
    archive = subprocess.run(["git", "archive", ref, "editor_app", "resources"], cwd=ROOT, check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def run(code: str, project: Path, cwd: Path = ROOT) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one fresh process running ``code`` (editor_app imported from ``cwd``)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(project), MESSAGE], cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--against", metavar="REF", help="run this git revision's code as the baseline")
    args = parser.parse_args()
    baseline = f"{args.against}'s code" if args.against else "round 7's start (replayed)"
    with tempfile.TemporaryDirectory() as tmp:
        project = make_project(Path(tmp))
        (Path(tmp) / "old").mkdir()
        old_root = export(args.against, Path(tmp) / "old") if args.against else ROOT
        variants = {"now": (NOW, ROOT), "round 7": (NOW if args.against else ROUND7, old_root)}
        cpu: dict[str, list[float]] = {n: [] for n in variants}
        wall: dict[str, list[float]] = {n: [] for n in variants}
        names = list(variants)
        for r in range(args.rounds):
            for name in names[r % 2:] + names[: r % 2]:
                code, cwd = variants[name]
                c, w = run(code, project, cwd)
                cpu[name].append(c)
                wall[name].append(w)
    med = {n: (statistics.median(cpu[n]), statistics.median(wall[n])) for n in variants}
    ratio = statistics.median(a / b for a, b in zip(cpu["now"], cpu["round 7"]))
    print(f"first offline chat turn, {args.rounds} paired rounds, {load()}")
    emit("first chat turn CPU (offline, fresh process)", med["now"][0], "CPU s", baseline,
         med["round 7"][0], ratio, note=f"wall {med['now'][1]:.2f} s vs {med['round 7'][1]:.2f} s")


if __name__ == "__main__":
    main()

"""The first `editor-app chat` turn loads only what an offline turn needs.

A fresh process is the only honest place to look at sys.modules (this test process has
chromadb and openai loaded by other tests), so the turns run in a child Python. The index-aware
turn is checked in process: a turn that searches what was said gets the same plan with the
index opened at its first search as with the index synced before the turn.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import SPEECH_DIR, cli, make

ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import json, sys
from editor_app.cli import main
code = main(['chat', sys.argv[1], sys.argv[2], '--offline'])
loaded = sorted({m.split('.')[0] for m in sys.modules} & {'chromadb', 'openai', 'aiohttp', 'onnxruntime'})
print('MODULES ' + json.dumps({'code': code, 'loaded': loaded}))
"""
TALK = ("1\n00:00:00,000 --> 00:00:03,000\nWelcome back to the bouldering gym, today is a session on the slab wall.\n\n"
        "2\n00:00:03,000 --> 00:00:06,500\nFirst we chalk up and talk about crimps and how to hold a tiny edge.\n\n"
        "3\n00:00:06,500 --> 00:00:10,000\nThen the overhang, where heel hooks keep your hips close to the wall.\n")


def _gym(tmp_path: Path, capsys) -> Path:
    """A climbing-gym vlog: the spoken intro (with its subtitles) on Voice, a wall clip in the bin."""
    wall = make(tmp_path / "slab wall.mp4", "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25", "-f", "lavfi",
                "-i", "sine=frequency=200", "-t", "4", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac",
                "-shortest")
    intro = make(tmp_path / "gym intro.m4a", "-i", str(SPEECH_DIR / "pancakes.wav"), "-t", "10", "-c:a", "aac")
    (tmp_path / "gym intro.srt").write_text(TALK, encoding="utf-8")
    project = tmp_path / "climbing session"
    assert cli(capsys, "new", project, "--like", wall)[0] == 0
    code, out, err = cli(capsys, "import", project, intro, "--place", "--no-transcribe")
    assert code == 0, out + err
    assert cli(capsys, "import", project, wall, "--no-transcribe")[0] == 0
    return project


def _child_turn(project: Path, message: str) -> tuple[dict, str]:
    done = subprocess.run([sys.executable, "-c", CHILD, str(project), message], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    line = next(ln for ln in done.stdout.splitlines() if ln.startswith("MODULES "))
    return json.loads(line[len("MODULES "):]), done.stdout + done.stderr


def test_first_offline_turn_imports_no_chroma_and_no_model_client(tmp_path: Path, capsys) -> None:
    project = _gym(tmp_path, capsys)
    found, out = _child_turn(project, "cut the first second")
    assert found["code"] == 0, out
    assert "Cut 0:00.00-0:01.00" in out  # the turn itself still planned
    assert found["loaded"] == [], out
    assert not (project / "index").exists()  # nothing searched, so the index was never opened


def test_a_turn_that_searches_opens_the_index_and_plans_as_before(tmp_path: Path, capsys) -> None:
    from editor_app.commands.index_on_demand import IndexOnFirstSearch, defer_index
    from editor_app.service import AppService
    from editor_app.session import Session

    project = _gym(tmp_path, capsys)
    message = "show the slab wall clip while I talk about crimps"
    eager = AppService(Session.open(project), offline=True)
    eager.sync_index()
    before = eager.run_turn_sync(message, auto_apply=False)
    eager.close()
    assert before.ok, before.reply

    lazy = AppService(Session.open(project), offline=True)
    stand_in = defer_index(lazy)
    assert isinstance(stand_in, IndexOnFirstSearch) and not stand_in.opened
    quiet = lazy.run_turn_sync("cut the first second", auto_apply=False)
    assert quiet.ok and not stand_in.opened  # no search, no index
    after = lazy.run_turn_sync(message, auto_apply=False)
    assert stand_in.opened and lazy.index is not stand_in  # the real ContextIndex took its place
    assert after.operations == before.operations and after.diff == before.diff
    starts = [op.get("start") for op in after.operations if op.get("op") in ("insert_clip", "overwrite_clip")]
    assert starts and starts[0] > 0  # placed over the crimps sentence (3.0 s on), not at the start
    lazy.close()



def test_a_turn_that_finds_media_by_meaning_imports_no_chroma(tmp_path: Path, capsys) -> None:
    """Comparing a request with the bin's names loads WordLlama's vectors, not Chroma (it did before)."""
    project = _gym(tmp_path, capsys)
    child = CHILD.replace("'onnxruntime'}", "'onnxruntime', 'wordllama'}")
    done = subprocess.run([sys.executable, "-c", child, str(project), "put the climbing footage at 0:02"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    line = next(ln for ln in done.stdout.splitlines() if ln.startswith("MODULES "))
    found, out = json.loads(line[len("MODULES "):]), done.stdout + done.stderr
    assert 'anything called "climbing"' in out  # no name says it: the turn asks, having compared meanings
    assert found["loaded"] == ["wordllama"], out

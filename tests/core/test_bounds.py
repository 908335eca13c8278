"""Absurd numbers and malformed input get a clear one-line answer, never a hang or a traceback.

No timing assertions: a hang shows up as the subprocess timeout (or the test never ending)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.model.operations import OperationError, parse_operation
from editor_app.model.project_io import PROJECT_FILE, ProjectError
from editor_app.model.time import normalize_rate, parse_time, to_fraction
from editor_app.session import Session

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "editor_app", *args], cwd=ROOT, capture_output=True, text=True,
                          input=stdin, timeout=60)


@pytest.mark.parametrize("frame", ["1e99999999", 10**5000, "9" * 5000, float("nan"), float("inf"), 1e300, "1e400s"],
                         ids=["exp-string", "5000-digit-int", "5000-digit-string", "nan", "inf", "1e300", "exp-seconds"])
def test_absurd_times_are_refused(frame):
    for fps in (None, 30):
        with pytest.raises(OperationError, match="add_marker"):
            parse_operation({"op": "add_marker", "frame": frame}, fps)


@pytest.mark.parametrize("text", ["1e99999999", "1" * 5000, "nan", "-5", "1e-99999999", "0"],
                         ids=["exp", "5000-digits", "nan", "negative", "tiny", "zero"])
def test_absurd_rates_are_refused(text):
    with pytest.raises(ValueError):
        normalize_rate(text)


def test_number_parsers_stay_bounded():
    with pytest.raises(ValueError, match="out of range"):
        to_fraction("1e99999999")
    with pytest.raises(ValueError):
        parse_time("1e99999999", 30)
    assert to_fraction("29.97") * 100 == 2997


def test_cli_answers_absurd_input_in_one_line(tmp_path):
    project = tmp_path / "p"
    for args in (("new", str(project), "--fps", "1e99999999"), ("new", str(project), "--fps", "nan")):
        result = cli(*args)
        assert result.returncode == 1 and result.stderr.startswith("error:") and "Traceback" not in result.stderr
    assert cli("new", str(project)).returncode == 0
    deep = "[" * 100_000 + "]" * 100_000
    huge = '{"op":"add_marker","frame":' + "9" * 5000 + "}"
    for payload in ('{"op":"add_marker","frame":"1e99999999"}', deep, huge, '{"op":"restore_state"}'):
        result = cli("op", str(project), "-", stdin=payload)
        assert result.returncode == 1, result.stdout
        assert result.stderr.startswith("error:") and result.stderr.count("\n") == 1, result.stderr[:500]
    result = cli("chat", str(project), "add a marker", "--offline", "--playhead", "nan")
    assert result.returncode == 1 and "finite" in result.stderr and "Traceback" not in result.stderr
    assert Session.open(project).project.markers == []


@pytest.mark.parametrize("content,message", ids=["deep", "5000-digits", "bad-seq"], argvalues=[
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"schema_version": 1, "name": ' + "7" * 5000 + "}", "damaged"),
    ('{"schema_version": 1, "journal_seq": "x"}', "journal_seq"),
])
def test_hostile_project_file_is_reported(tmp_path, content, message):
    session = Session.create(tmp_path / "p")
    (session.path / PROJECT_FILE).write_text(content)
    with pytest.raises(ProjectError, match=message):
        Session.open(session.path)


def test_folder_where_project_json_should_be(tmp_path):
    (tmp_path / "p" / PROJECT_FILE).mkdir(parents=True)
    with pytest.raises(ProjectError, match="is a folder"):
        Session.open(tmp_path / "p")
    result = cli("info", str(tmp_path / "p"))
    assert result.returncode == 1 and "is a folder" in result.stderr and "Traceback" not in result.stderr


def test_unreadable_media_folder_is_a_clear_error(tmp_path):
    project = tmp_path / "p"
    Session.create(project)
    folder = tmp_path / "footage"
    folder.mkdir()
    result = cli("import", str(project), str(folder))
    assert result.returncode == 1 and "folder" in result.stderr and "Traceback" not in result.stderr
    result = cli("op", str(project), json.dumps({"op": "import_media", "asset": {
        "id": "", "name": "f", "path": str(folder), "kind": "video"}}))
    assert result.returncode == 1 and "folder" in result.stderr and "Traceback" not in result.stderr

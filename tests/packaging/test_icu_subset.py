"""The bundle's root + English ICU data library (packaging/icu_subset.py), loaded by the real Qt in a child process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

from icu_subset import build_icu_subset, data_symbol, keep_item  # noqa: E402


def _qt_icu_data() -> Path | None:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("icupkg") is None or _qt_icu_data() is None,
    reason="Linux with icupkg (icu-devtools) and PySide6's ICU")

PROBE = r"""
import json, functools
from PySide6.QtCore import QCollator, QLocale, QStringDecoder
words = ["zebra", "Äpfel", "apple", "Zürich", "ångström", "éclair", "Banana"]
def order(name):
    return sorted(words, key=functools.cmp_to_key(QCollator(QLocale(name)).compare))
print(json.dumps({"en": order("en_US"), "sv": order("sv_SE"), "upper": QLocale("en_US").toUpper("straße"),
                  "cp1252": QStringDecoder("windows-1252").isValid(), "sjis": QStringDecoder("Shift_JIS").isValid()}))
"""


def _probe(library_dir: Path | None) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if library_dir is not None:
        env["LD_LIBRARY_PATH"] = str(library_dir)  # searched before the RUNPATH of Qt's ICU libraries
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_which_items_stay():
    assert keep_item("coll/root.res") and keep_item("coll/en.res") and keep_item("coll/en_GB.res")
    assert keep_item("coll/ucadata.icu") and keep_item("zoneinfo64.res") and keep_item("brkitr/word.brk")
    assert keep_item("ibm-5348_P100-1997.cnv")  # windows-1252
    assert not keep_item("coll/sv.res") and not keep_item("coll/de_.res") and not keep_item("curr/fr_CA.res")
    assert not keep_item("brkitr/thaidict.dict") and not keep_item("translit/root.res")
    assert not keep_item("ibm-943_P15A-2003.cnv")  # Shift-JIS


def test_subset_library_sorts_and_decodes_with_english_data(tmp_path):
    source = _qt_icu_data()
    small = build_icu_subset(source, tmp_path / "icu")
    assert small is not None and small.name == source.name
    assert small.stat().st_size < 0.2 * source.stat().st_size
    name, _offset, size = data_symbol(small)
    assert name == data_symbol(source)[0] and size > 1_000_000
    full, subset = _probe(None), _probe(small.parent)
    assert subset["en"] == full["en"] == ["ångström", "Äpfel", "apple", "Banana", "éclair", "zebra", "Zürich"]
    assert full["sv"][-2:] == ["ångström", "Äpfel"]  # Swedish sorts å and ä last ...
    assert subset["sv"] == full["en"]  # ... and falls back to the root order without its data
    assert subset["upper"] == "STRASSE" and subset["cp1252"] is True
    assert full["sjis"] is True and subset["sjis"] is False

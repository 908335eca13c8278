"""Round 17 (lead): "more" after ducking the music ducks it deeper. It had ducked it to the same depth again
("I'll repeat 'duck the music under my voice'"), changing nothing. Ducking reads the talk's real audio, so the
project here is a small talk of our own made with real files (editor_app.eval.talk_project): re-staining a fence."""

from __future__ import annotations

import asyncio
import shutil

import pytest

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project
from editor_app.orchestrator import OfflineBackend, Orchestrator
from editor_app.session import Session

SPEC = TalkProject(
    title="Fence", topic="fence staining", talk="P1010233.MOV", talk_color="0x6a5a3a", music="garden loop.mp3",
    music_tones=(196, 294, 200), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-16.0,
    take2="take two.wav",
    script=[("Hey folks, today we're bringing this tired old fence back to life.", 0.6),
            ("Scrub the moss off with a stiff brush and let it dry.", 0.8),
            ("Two thin coats of stain beat one thick one every time.", 0.6)],
    take2_script=[("Thanks for watching.", 0.4)], broll=[], colors=[],
    voice=Voice(base=140.0, filler=120.0, swing=18.0, step=0.5, tremolo=4.0))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fence") / "fence"
    create_talk_project(folder, SPEC).close()
    return folder


def _lowest(session) -> float:
    music = session.project.tracks_by_role("music")[0].clips[0]
    return min(p.db for p in music.envelope)


@pytest.mark.parametrize("first, then, depth", [
    ("duck the music under my voice", "more", -24.0),
    ("make the music dip whenever i'm talking", "duck it a bit more", -21.0),
    ("duck the music by 10 db while i talk", "even more please", -16.0),
])
def test_more_after_ducking_ducks_deeper(built, tmp_path, first, then, depth):
    shutil.copytree(built, tmp_path / "p")
    session = Session.open(tmp_path / "p")
    chat = Orchestrator(session, backend=OfflineBackend())
    asyncio.run(chat.run_turn(first, auto_apply=True))
    before = _lowest(session)
    asyncio.run(chat.run_turn(then, auto_apply=True))
    assert _lowest(session) == pytest.approx(depth, abs=0.01) and _lowest(session) < before
    session.close()

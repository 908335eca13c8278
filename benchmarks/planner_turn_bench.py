"""The offline planner's own time per message on a 1,000-clip project (no index; local meaning).

    .venv/bin/python benchmarks/planner_turn_bench.py

Why: references are resolved by meaning over every media's name, description and transcript,
and topics over every sentence on the main track, so the cost grows with the project. The
orchestrator's overhead target is 50 ms per turn; this prints the planner's share beside it
(median of repeated messages after one warm-up, so embedding caches are warm as in a session).
"""

from __future__ import annotations

import statistics
import sys
import time
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor_app.model.history import apply_all  # noqa: E402
from editor_app.model.operations import AddTrack, ImportMedia, InsertClip  # noqa: E402
from editor_app.model.project import MediaAsset, Project, Settings, TranscriptSegment  # noqa: E402
from editor_app.planner import plan  # noqa: E402

TOPICS = ["the harbour at dawn", "fresh bread at the bakery", "a storm over the hills", "the old bridge",
          "kids playing football", "the night market", "a quiet library", "the train station"]
MESSAGES = [
    "let the bakery clip 17 play while I talk about the bread",
    "cover 0:12 to 0:16 with the bridge shot 3",
    "turn the background track down by 6 dB",
    "where do I talk about the storm?",
    "put the zeppelin footage over the intro",
]


def project(clips: int = 1000, sentences: int = 200) -> Project:
    p = Project(name="bench", settings=Settings(fps=30))
    speech = tuple(TranscriptSegment(start=i * 5.0, end=i * 5.0 + 4.0,
                                     text=f"Sentence {i} is about {TOPICS[i % len(TOPICS)]} and more.")
                   for i in range(sentences))
    ops = [ImportMedia(asset=MediaAsset(id="", name="talk_main.mp4", path="/x/talk.mp4", kind="video",
                                        duration=Fraction(sentences * 5), has_audio=True, has_video=True,
                                        transcript=speech)),
           ImportMedia(asset=MediaAsset(id="", name="music.mp3", path="/x/m.mp3", kind="audio",
                                        duration=Fraction(sentences * 5), has_audio=True, has_video=False))]
    for i in range(clips - 2):
        topic = TOPICS[i % len(TOPICS)].split()[-1]
        ops.append(ImportMedia(asset=MediaAsset(id="", name=f"{topic}_shot_{i}.mp4", path=f"/x/{i}.mp4",
                                                kind="video", duration=Fraction(4), has_audio=False, has_video=True,
                                                description=f"B-roll of {TOPICS[i % len(TOPICS)]}, take {i}")))
    ops += [AddTrack(kind="video", role="main"), AddTrack(kind="video", role="broll"), AddTrack(kind="audio", role="music")]
    apply_all(p, ops)
    place = [InsertClip(track_id="t1", media_id="m1", start=0), InsertClip(track_id="t3", media_id="m2", start=0)]
    place += [InsertClip(track_id="t2", media_id=f"m{3 + i}", start=i * 120, duration=100) for i in range(clips - 2)]
    apply_all(p, place)
    return p


def main() -> None:
    p = project()
    print(f"{'measure (1,000 clips, 200 sentences)':<58} {'value':>9} {'target':>10}")
    for message in MESSAGES:
        plan(message, p)  # warm-up: the embedding caches fill once per session
        samples = []
        for _ in range(5):
            start = time.perf_counter()
            plan(message, p)
            samples.append((time.perf_counter() - start) * 1000)
        print(f"{'planner, ' + message[:48]:<58} {statistics.median(samples):>7.1f}ms {'< 50 ms':>10}")


if __name__ == "__main__":
    main()

"""A project of our own for round-5 mechanisms: repotting a houseplant on a balcony.

Its talk has a word transcript with a spoken self-correction (an abandoned sentence, then the
same sentence again), fillers and a long pause; two B-roll clips are both "watering" and told
apart only by their descriptions; one file name holds a particle ("pot_knocked_off.mp4"); the
music is named after its instrument, not "music". Nothing here is copied from any eval suite.
"""

from __future__ import annotations

from fractions import Fraction

from editor_app.model.history import apply_all
from editor_app.model.operations import AddTrack, ImportMedia, InsertClip, parse_operation
from editor_app.model.project import MediaAsset, Project, Settings, TranscriptSegment, TranscriptWord

# (sentence, pause after it in seconds)
SCRIPT = [
    ("Hey, I'm Jo, and today I'm repotting my monstera.", 0.4),
    ("Water it the day before so the roots slide out easily.", 1.6),
    ("Then tip the pot, um, and ease the plant out.", 0.4),
    ("Loosen the roots, oh hold on, let me start that again.", 0.4),
    ("Loosen the roots gently with your fingers.", 0.4),
    ("Add fresh compost, press it down, um, and water it in.", 0.4),
    ("That's it, thanks for watching.", 0.4),
    ("See you next time.", 0.3),
    ("See you next time.", 0.5),  # said twice word for word: the remove_retakes tool's kind of retake
]
WORD = 0.35  # seconds per word, then a 0.05 s gap


def timed(script: list[tuple[str, float]], t: float = 0.2) -> tuple[list[TranscriptWord], list[TranscriptSegment], float]:
    """Words at WORD seconds each (0.05 s apart), the pause after each sentence, from ``t`` seconds:
    (words, sentences, length). Shared by the test projects written this way."""
    words, segments = [], []
    for sentence, pause in script:
        first = t
        for w in sentence.split():
            words.append(TranscriptWord(start=round(t, 3), end=round(t + WORD, 3), text=w))
            t += WORD + 0.05
        segments.append(TranscriptSegment(start=round(first, 3), end=round(t - 0.05, 3), text=sentence))
        t += pause
    return words, segments, round(t + 0.5, 1)


WORDS, SEGMENTS, LENGTH = timed(SCRIPT)


def sentence_words(index: int) -> tuple[int, int]:
    """(first, last) word index of sentence ``index`` of SCRIPT."""
    first = sum(len(s.split()) for s, _ in SCRIPT[:index])
    return first, first + len(SCRIPT[index][0].split()) - 1


def _asset(name: str, kind: str = "video", seconds: float | None = 6.0, description: str = "") -> MediaAsset:
    return MediaAsset(id="", name=name, path=f"/nonexistent/{name}", kind=kind,
                      duration=Fraction(seconds) if seconds is not None else None,
                      has_audio=kind == "audio", has_video=kind in ("video", "image"), description=description)


def garden_project(*, broll: dict[str, float] | None = None) -> Project:
    """m1 the talk (c1 on t1), m8 the music (c2 on t3 at -10 dB); B-roll t2 holds ``broll``
    ({media id: start seconds}, 6 s each, clips c3, c4, ... in that order); the rest is in the bin."""
    p = Project(name="repotting", settings=Settings(fps=25))
    talk = MediaAsset(id="", name="repot_monstera_A7S.mp4", path="/nonexistent/repot_monstera_A7S.mp4", kind="video",
                      duration=Fraction(str(LENGTH)), has_audio=True, has_video=True, words=tuple(WORDS),
                      transcript=tuple(SEGMENTS))
    apply_all(p, [
        ImportMedia(asset=talk),                                                                            # m1
        ImportMedia(asset=_asset("DSC_1040.MP4", description="watering can pouring into the old pot, morning light")),  # m2
        ImportMedia(asset=_asset("DSC_1041.MP4", description="watering the repotted plant on the balcony at dusk")),  # m3
        ImportMedia(asset=_asset("pot_knocked_off.mp4", seconds=4)),                                        # m4
        ImportMedia(asset=_asset("compost_bag.jpg", kind="image", seconds=None)),                           # m5
        ImportMedia(asset=_asset("P1000212.MOV", seconds=8, description="wide view of the balcony garden in the rain")),  # m6
        ImportMedia(asset=_asset("hole_in_pot_base.jpg", kind="image", seconds=None)),                      # m7
        ImportMedia(asset=_asset("acoustic_strum_loop.wav", kind="audio", seconds=60)),                     # m8
        AddTrack(kind="video", role="main", name="Talk"), AddTrack(kind="video", role="broll", name="Overlays"),
        AddTrack(kind="audio", role="music", name="Music"),
    ])
    fps = p.fps
    apply_all(p, [InsertClip(track_id="t1", media_id="m1", start=0),
                  InsertClip(track_id="t3", media_id="m8", start=0, duration=int(LENGTH * fps))])
    ops = [parse_operation({"op": "set_volume", "clip_id": "c2", "db": -10}, fps, units="seconds")]
    for media_id, start in (broll or {}).items():
        ops.append(parse_operation({"op": "overwrite_clip", "track_id": "t2", "media_id": media_id, "start": start,
                                    "duration": 6 if media_id not in ("m4",) else 4}, fps, units="seconds"))
    apply_all(p, ops)
    return p

"""The panel's index and the timeline's words, against plain per-word renderings written here.

Both are built with C-speed passes and shortcuts (sorted transcripts clamp only their ends, text
shown as written is not copied); these references walk every word the slow, obvious way.
"""

from __future__ import annotations

import bisect
import random
from fractions import Fraction

from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
from editor_app.model.project import MediaAsset, Project, Settings, TranscriptWord
from editor_app.model.history import apply_all
from editor_app.model.word_cuts import talk_clips, timeline_words
from editor_app.model.words import match_phrases, norm
from editor_app.ui.transcript_layout import build_layout, changed_span


def words_of(rng: random.Random, n: int, texts: list[str], sorted_times: bool = True) -> list[TranscriptWord]:
    out, t = [], 0.0
    for _ in range(n):
        length = rng.uniform(0.1, 0.5)
        start = t if sorted_times else max(0.0, t + rng.uniform(-0.8, 0.2))
        out.append(TranscriptWord(start=round(start, 3), end=round(start + length, 3), text=rng.choice(texts)))
        t += length + (rng.uniform(1.0, 2.0) if rng.random() < 0.05 else rng.uniform(0.0, 0.1))
    return out


def reference_layout(words, fillers):
    """Word by word: shown text, separator, positions, fillers, pauses."""
    text, starts, ends, pauses = "", [], [], []
    for k, w in enumerate(words):
        shown = w.text.strip() or "…"
        shown = "".join(c if c <= "\uffff" else "\ufffd" for c in shown)
        if k:
            gap = w.start - words[k - 1].end
            sep = f" ⏸ {round(gap, 3):.1f}s \n" if round(gap, 3) >= 1.0 else " "  # to the millisecond
            if len(sep) > 1:
                pauses.append((len(text), len(text) + len(sep) - 1, k))
            text += sep
        starts.append(len(text))
        text += shown
        ends.append(len(text))
    normed = [norm(w.text) for w in words]
    found = [i for a, b in match_phrases(normed, fillers) for i in range(a, b + 1)]
    return text, starts, ends, pauses, found


def project_with(words_by_media: dict[str, list[TranscriptWord]]) -> Project:
    project = Project(name="p", settings=Settings(fps=30))
    ops = [ImportMedia(asset=MediaAsset(id="", name=name, path=f"/nowhere/{name}.wav", kind="audio",
                                        duration=Fraction(int(ws[-1].end) + 2), has_audio=True, words=tuple(ws)))
           for name, ws in words_by_media.items()]
    apply_all(project, ops + [AddTrack(kind="audio", role="voice", name="Voice")])
    return project


def test_layout_equals_the_word_by_word_reference():
    rng = random.Random(5)
    plain = "so we um look at uh the camera Um, battery. really".split()
    odd = plain + ["", "  ", "café", "Über", "emoji😀", "x\U0001f600y", " spaced "]
    for texts, fillers in ((plain, ("um", "uh")), (odd, ("um", "uh")), (odd, ("um", "you know", "look at"))):
        project = project_with({"talk": words_of(rng, 3000, texts)})
        apply_all(project, [InsertClip(track_id=project.tracks[0].id, media_id="m1", start=0)])
        placed = timeline_words(project)
        lay = build_layout(placed, fillers)
        text, starts, ends, pauses, found = reference_layout(list(placed), fillers)
        assert lay.text == text
        assert (lay.char_start.tolist(), lay.char_end.tolist(), lay.pauses, lay.fillers) == (starts, ends, pauses, found)
        assert lay.times == [w.start for w in placed] and lay.ends == [w.end for w in placed]
        assert pauses and found


def test_changed_span_turns_the_old_text_into_the_new():
    rng = random.Random(9)
    for _ in range(200):
        old = "".join(rng.choice("ab ⏸\n") for _ in range(rng.randrange(0, 40)))
        new = list(old)
        for _ in range(rng.randrange(0, 4)):
            at = rng.randrange(0, len(new) + 1)
            new[at: at + rng.randrange(0, 4)] = rng.choice(["", "a", "b b", "⏸"])
        new = "".join(new)
        a, b, middle = changed_span(old, new)
        assert old[:a] + middle + old[b:] == new and 0 <= a <= b <= len(old)


def reference_timeline(project: Project) -> list[tuple]:
    """Each clip's words at the clip's speed, clamped to the clip, sorted by time (no shortcuts; the
    words of a clip are those between the first and last word middle in its range, as bisected)."""
    fps = float(project.fps)
    out = []
    for track, clip, asset in sorted(talk_clips(project), key=lambda f: (f[1].start, f[0].id)):
        speed, src_in = float(clip.speed), float(clip.source_in) / fps
        src_out = src_in + clip.duration * speed / fps
        base = clip.start / fps - src_in / speed
        mids = [(w.start + w.end) / 2 for w in asset.words]
        first, last = bisect.bisect_left(mids, src_in), bisect.bisect_left(mids, src_out)
        for i, w in enumerate(asset.words):
            if first <= i < last:
                out.append((asset.id, i, clip.id, max(clip.start / fps, base + w.start / speed),
                            min(clip.end / fps, base + w.end / speed), w.text))
    return sorted(out, key=lambda r: (r[3], r[4]))


def test_timeline_words_equal_the_reference_with_speed_moves_and_unsorted_words():
    rng = random.Random(3)
    texts = "one two three four five".split()
    project = project_with({"a": words_of(rng, 400, texts), "b": words_of(rng, 400, texts, sorted_times=False)})
    track = project.tracks[0].id
    apply_all(project, [InsertClip(track_id=track, media_id="m1", start=0, source_in=30, duration=900),
                        InsertClip(track_id=track, media_id="m2", start=900, source_in=100, duration=1200),
                        InsertClip(track_id=track, media_id="m1", start=2100, source_in=2000, duration=600)])
    clips = project.tracks[0].clips
    clips[1] = clips[1].model_copy(update={"speed": Fraction(3, 2), "duration": 800})
    clips[2] = clips[2].model_copy(update={"start": 1800})
    got = [(w.media_id, w.index, w.clip_id, w.start, w.end, w.text) for w in timeline_words(project)]
    assert got == reference_timeline(project)
    assert len(got) > 150 and {w[2] for w in got} == {"c1", "c2", "c3"}


def test_incremental_layout_equals_a_full_build_after_random_edits():
    """Cuts, restores (an earlier state back), filler removal, a moved clip and a speed change:
    the layout made from the previous one equals a fresh build, and its text edit gives the new text."""
    from editor_app.model.operations import CutWords, RemoveFillers, WordRange
    from editor_app.model.operations.word_ops import _few
    from editor_app.model.word_cuts import Heard
    from editor_app.ui.transcript_layout import update_layout

    rng = random.Random(21)
    texts = "so we um look at uh the camera Um, battery. really café".split()
    project = project_with({"talk": words_of(rng, 2500, texts)})
    apply_all(project, [InsertClip(track_id=project.tracks[0].id, media_id="m1", start=0)])
    fillers = ("um", "uh")
    lay = build_layout(timeline_words(project), fillers)
    states = [project.clone()]
    kinds = set()
    for step in range(80):
        placed = timeline_words(project)
        i = rng.randrange(len(placed) - 5)
        w = placed[i]
        roll = rng.random()
        if roll < 0.2 and len(states) > 1:
            project = states[rng.randrange(len(states))].clone()
            kind = "restore"
        elif roll < 0.3:
            last = placed[min(i + 300, len(placed) - 1)]
            sel = [WordRange(media_id=w.media_id, first=w.index, last=last.index, clip_id=w.clip_id)] if last.clip_id == w.clip_id else None
            try:
                apply_all(project, [RemoveFillers(selection=sel)])
            except Exception:  # no fillers left there
                continue
            kind = "fillers"
        elif roll < 0.35:
            track = project.tracks[0]
            k = rng.randrange(len(track.clips))
            clip = track.clips[k]
            change = {"speed": Fraction(5, 4)} if rng.random() < 0.5 else {"start": clip.start + 45}
            if k + 1 < len(track.clips) and clip.start + 45 + clip.duration > track.clips[k + 1].start:
                change = {"speed": Fraction(5, 4), "duration": clip.duration * 4 // 5}
            track.clips[k] = clip.model_copy(update=change)
            kind = "retimed"
        else:
            apply_all(project, [CutWords(ranges=[WordRange(media_id=w.media_id, first=w.index, last=w.index + rng.randrange(3),
                                                           clip_id=w.clip_id)])])
            kind = "cut"
        kinds.add(kind)
        states.append(project.clone())
        words = timeline_words(project)  # made from the last build's clip segments where it can
        assert [(w.media_id, w.index, w.clip_id, w.start, w.end, w.text) for w in words] == reference_timeline(project), (step, kind)
        asked = [WordRange(media_id="m1", first=f, last=f + rng.randrange(4), clip_id=rng.choice(words.clip_ids + ["c999"]))
                 for f in (rng.randrange(2500) for _ in range(3))]
        scanned = Heard(words.media_ids, words.indices, words.clip_ids, words.track_ids, words.starts, words.ends, words.texts)
        assert _few(words, asked) == _few(scanned, asked)  # found by each clip's span, and by a scan
        new, (a, b, middle) = update_layout(lay, words, fillers)
        full = build_layout(words, fillers)
        assert new == full, (step, kind)
        assert lay.text[:a] + middle + lay.text[b:] == full.text
        lay = new
    assert kinds == {"restore", "fillers", "retimed", "cut"}

"""Compile a project's timeline (or a frame range of it) into one ffmpeg filter graph.

Video: the lowest visible video track is a concatenation of pieces and black gaps that spans
the whole range; every higher visible track's runs are overlaid on top at their start
(list order of ``project.tracks`` is bottom to top). Audio: every unmuted track with sound
becomes one exact-length stream (pieces and silence); tracks mix with amix normalize=0.
Transitions: a run of clips joined by transitions is cross-faded with xfade/acrossfade.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from editor_app.model.project import Project, Track
from editor_app.render.audio import FORMAT, audio_piece, silence
from editor_app.render.filters import Graph, rat, samples, secs
from editor_app.render.narrow import blend_at, narrow_run, single_transition_frame, transition_pieces
from editor_app.render.shared import finish as finish_groups
from editor_app.render.shared import group_input, plan_groups
from editor_app.render.pieces import Piece, Run, has_picture, has_sound, input_args, media_of, track_runs
from editor_app.render.video import black, needs_alpha, video_piece

SHARE_INPUTS = True  # consecutive pieces reading one source forwards share one input (render/shared.py)
_XFADE = {"crossfade": "fade", "dip_to_black": "fadeblack", "wipe": "wipeleft"}
# xfade has no 4:2:0 formats: ffmpeg converts its inputs to 4:4:4. Only the transitions' own
# frames go through it (``_xfade_run``); a clip's other frames stay 4:2:0, cut out alone or not.


@dataclass
class Compiled:
    graph: Graph
    video: str | None
    audio: str | None
    frames: int


class _Compiler:
    def __init__(self, project: Project, width: int, height: int, r0: int, r1: int, sound: bool = True):
        self.p, self.w, self.h, self.r0, self.r1 = project, width, height, r0, r1
        self.fps = project.fps
        self.sr = project.settings.sample_rate
        self.g = Graph()
        self._inputs: dict[tuple, int] = {}
        self.groups = plan_groups(project, r0, r1, sound) if SHARE_INPUTS else {}

    def _shared(self, piece: Piece, video: bool) -> str | None:
        """The piece's frames (or samples) cut out of the input it shares with its neighbours, if any."""
        entry = self.groups.get(piece.clip.id)
        if entry is None or piece.ext:
            return None
        group, _ = entry
        if group.input is None:
            group.input = self.g.add_input(group_input(group, self.fps))
        off = int(Fraction(piece.clip.source_in)) + piece.local_off - group.first + group.pre
        raw = self.g.label("v" if video else "a")
        if video:
            group.video.append(raw)
            return self.g.chain([raw], [f"trim=start_frame={off}:end_frame={off + piece.total}", "setpts=PTS-STARTPTS"],
                                prefix="v")
        group.audio.append(raw)  # by timestamp: the sound after a seek may start late (shared.preroll)
        start, end = Fraction(off) / self.fps, Fraction(off + piece.total + 1) / self.fps
        return self.g.chain([raw], [f"atrim=start={secs(start)}:end={secs(end)}", "asetpts=PTS-STARTPTS"], prefix="a")

    def finish(self) -> None:
        unique = {id(g): g for g, _ in self.groups.values()}
        finish_groups(self.g, list(unique.values()), self.fps, FORMAT.format(sr=self.sr))

    def _input(self, piece: Piece) -> int:
        key = (piece.clip.id, piece.local_off, piece.total)
        if key not in self._inputs:
            self._inputs[key] = self.g.add_input(input_args(piece, self.fps))
        return self._inputs[key]

    def _run_pieces(self, run: Run) -> list[tuple[int, Piece]] | None:
        """(timeline start, piece) list: a lone clip is cut to the range; a joined run is whole."""
        if run.end <= self.r0 or run.start >= self.r1:
            return None
        if len(run.clips) == 1:
            c = run.clips[0]
            a, b = max(c.start, self.r0), min(c.end, self.r1)
            return [(a, Piece(c, media_of(self.p, c), a - c.start, b - a))]
        out = []
        for i, c in enumerate(run.clips):
            ext = run.transitions[i].duration if i < len(run.transitions) else 0
            out.append((c.start, Piece(c, media_of(self.p, c), 0, c.duration, ext)))
        return out

    def _trim_run(self, label: str, run: Run, video: bool) -> tuple[int, str]:
        """Cut a whole joined run down to the range."""
        a, b = max(run.start, self.r0), min(run.end, self.r1)
        if (a, b) == (run.start, run.end):
            return a, label
        if video:
            f = [f"trim=start_frame={a - run.start}:end_frame={b - run.start}", "setpts=PTS-STARTPTS"]
        else:
            s0 = samples(a, self.fps, self.sr) - samples(run.start, self.fps, self.sr)
            s1 = samples(b, self.fps, self.sr) - samples(run.start, self.fps, self.sr)
            f = [f"atrim=start_sample={s0}:end_sample={s1}", "asetpts=PTS-STARTPTS"]
        return a, self.g.chain([label], f, prefix="v" if video else "a")

    # ---- video -------------------------------------------------------------
    def _video_runs(self, track: Track, overlay: bool) -> list[tuple[int, int, str, bool]]:
        """(start, frames, label, has alpha) of each run of a track inside the range."""
        out = []
        for whole in track_runs(track):
            if whole.end <= self.r0 or whole.start >= self.r1:
                continue
            # opaque: plain yuv420p; decided on the whole run so a narrowed range composites the same way
            alpha = overlay and any(needs_alpha(Piece(c, media_of(self.p, c), 0, c.duration), self.w, self.h)
                                    for c in whole.clips)
            run = narrow_run(whole, self.r0, self.r1)  # only the clips under the range
            if run is not whole and any(Fraction(c.speed) != 1 for c in run.clips):
                run = whole  # a seek lands on whole source frames, not where fps resampling from the start does
            k = single_transition_frame(run, self.r0, self.r1)
            if k is not None and (one := self._transition_frame(run, k, alpha)) is not None:
                out.append((self.r0, 1, one, alpha))
                continue
            pieces = self._run_pieces(run)
            if not pieces:
                continue
            labels = []
            for _, piece in pieces:
                if not has_picture(piece.media):
                    labels.append(None)
                    continue
                shared = self._shared(piece, True) if piece.media is not None else None
                idx = self._input(piece) if piece.media is not None and shared is None else None
                labels.append(video_piece(self.g, piece, idx, self.fps, self.w, self.h, alpha, shared))
            if len(pieces) == 1:
                if labels[0] is not None:
                    label = labels[0]
                    out.append((pieces[0][0], pieces[0][1].frames, label, alpha))
                continue
            if any(lab is None for lab in labels):
                continue  # a joined run of sound-only clips has no picture
            acc = self._xfade_run(run, labels, alpha)
            start, label = self._trim_run(acc, run, True)
            out.append((start, min(run.end, self.r1) - start, label, alpha))
        return out

    def _split(self, label: str, ranges: list[tuple[int, int]]) -> list[str]:
        """Frame ranges [a, b) of one stream, each timestamped from 0."""
        if len(ranges) == 1:
            outs = [label]
        else:
            outs = [self.g.label("v") for _ in ranges]
            self.g.chains.append(f"[{label}]split={len(ranges)}" + "".join(f"[{o}]" for o in outs))
        return [self.g.chain([o], [f"trim=start_frame={a}:end_frame={b}", "setpts=PTS-STARTPTS"], prefix="v")
                for o, (a, b) in zip(outs, ranges)]

    def _xfade_run(self, run: Run, labels: list[str], alpha: bool) -> str:
        """A joined run with xfade over the transition frames only.

        Why: xfade has no 4:2:0 formats, so a stream through it is converted to 4:4:4 for its
        whole length; cutting each clip into head (blended with the clip before), body and tail
        (its frames past its end, blended with the next) runs xfade and the conversion over the
        transitions' frames alone, and the bodies stay 4:2:0 untouched."""
        back = "format=yuva420p" if alpha else "format=yuv420p"
        parts: list[str] = []
        tail: str | None = None
        for i, clip in enumerate(run.clips):
            head = run.transitions[i - 1].duration if i > 0 else 0
            ext = run.transitions[i].duration if i < len(run.transitions) else 0
            ranges = [(a, b) for a, b in ((0, head), (head, clip.duration), (clip.duration, clip.duration + ext))]
            cut = self._split(labels[i], [r for r in ranges if r[1] > r[0]])
            pieces = iter(cut)
            head_l = next(pieces) if head > 0 else None
            body_l = next(pieces) if clip.duration > head else None
            tail_next = next(pieces) if ext > 0 else None
            if head_l is not None and tail is not None:
                tr = run.transitions[i - 1]
                parts.append(self.g.chain([tail, head_l], [
                    f"xfade=transition={_XFADE.get(tr.kind, 'fade')}:duration={secs(Fraction(head) / self.fps)}"
                    ":offset=0", back], prefix="v"))
            if body_l is not None:
                parts.append(body_l)
            tail = tail_next
        if len(parts) == 1:
            return parts[0]
        return self.g.chain(parts, [f"concat=n={len(parts)}:v=1:a=0"], prefix="v")

    def _transition_frame(self, run: Run, k: int, alpha: bool) -> str | None:
        """One frame k frames into the run's transition, from one seeked frame of each side."""
        pair = transition_pieces(run, k, media_of(self.p, run.clips[0]), media_of(self.p, run.clips[1]), self.fps)
        if pair is None or not all(has_picture(p.media) for p in pair):
            return None
        labels = [video_piece(self.g, p, self._input(p) if p.media is not None else None, self.fps, self.w, self.h,
                              alpha) for p in pair]
        tr = run.transitions[0]
        blended = blend_at(self.g, labels[0], labels[1], k, _XFADE.get(tr.kind, "fade"), tr.duration, self.fps)
        return self.g.chain([blended], ["format=yuva420p" if alpha else "format=yuv420p"], prefix="v")  # as _xfade_run

    def video(self) -> str:
        visible = [t for t in self.p.tracks if t.kind == "video" and not t.hidden]
        total = self.r1 - self.r0
        base_runs = self._video_runs(visible[0], overlay=False) if visible else []
        parts, cursor = [], self.r0
        for start, frames, label, _alpha in base_runs:
            if start > cursor:
                parts.append(black(self.g, start - cursor, self.fps, self.w, self.h))
            parts.append(label)
            cursor = start + frames
        if cursor < self.r1 or not parts:
            parts.append(black(self.g, self.r1 - cursor if cursor < self.r1 else total, self.fps, self.w, self.h))
        # one frame per timeline frame, in order: number them, or one-frame pieces whose timestamps
        # touch are dropped by the constant-rate output (a cut talk's one-frame pieces lost 24 of 770)
        base = parts[0] if len(parts) == 1 else self.g.chain(
            parts, [f"concat=n={len(parts)}:v=1:a=0", f"setpts=N*{rat(1 / self.fps)}/TB"], prefix="v")
        for track in visible[1:]:
            for start, _frames, label, alpha in self._video_runs(track, overlay=True):
                moved = self.g.chain([label], [f"setpts=PTS-STARTPTS+{rat(Fraction(start - self.r0) / self.fps)}/TB"], prefix="v")
                blend = "overlay=eof_action=pass:format=auto" if alpha else "overlay=eof_action=pass:format=yuv420"
                base = self.g.chain([base, moved], [blend], prefix="v")
        return base

    # ---- audio -------------------------------------------------------------
    def _n(self, a: int, b: int) -> int:
        return samples(b, self.fps, self.sr) - samples(a, self.fps, self.sr)

    def _audio_piece(self, start: int, piece: Piece) -> str:
        n = self._n(start, start + piece.total)
        if not has_sound(piece.media):
            return silence(self.g, n, self.sr)
        shared = self._shared(piece, False)
        return audio_piece(self.g, piece, None if shared is not None else self._input(piece), self.fps, self.sr, n,
                           shared)

    def _audio_track(self, track: Track) -> str | None:
        runs = track_runs(track)
        if not any(has_sound(media_of(self.p, c)) for r in runs for c in r.clips):
            return None
        parts, cursor = [], self.r0
        for run in runs:
            pieces = self._run_pieces(run)
            if not pieces:
                continue
            labels = [self._audio_piece(s, p) for s, p in pieces]
            start, label = pieces[0][0], labels[0]
            if len(pieces) > 1:
                acc = labels[0]
                for i, tr in enumerate(run.transitions):
                    nxt = run.clips[i + 1]
                    ns = self._n(nxt.start, nxt.start + tr.duration)
                    acc = self.g.chain([acc, labels[i + 1]], [f"acrossfade=ns={ns}:c1=tri:c2=tri"], prefix="a")
                n = self._n(run.start, run.end)
                acc = self.g.chain([acc], [f"apad=whole_len={n}", f"atrim=end_sample={n}"], prefix="a")
                start, label = self._trim_run(acc, run, False)
            if start > cursor:
                parts.append(silence(self.g, self._n(cursor, start), self.sr))
            parts.append(label)
            cursor = min(run.end, self.r1)
        if cursor < self.r1:
            parts.append(silence(self.g, self._n(cursor, self.r1), self.sr))
        out = parts[0] if len(parts) == 1 else self.g.chain(parts, [f"concat=n={len(parts)}:v=0:a=1"], prefix="a")
        if track.volume_db:
            out = self.g.chain([out], [f"volume={track.volume_db:.3f}dB"], prefix="a")
        return out

    def audio(self) -> str:
        tracks = [lab for t in self.p.tracks if not t.muted and (lab := self._audio_track(t))]
        n = self._n(self.r0, self.r1)
        if not tracks:
            return silence(self.g, n, self.sr)
        if len(tracks) == 1:
            return tracks[0]
        return self.g.chain(tracks, [f"amix=inputs={len(tracks)}:normalize=0:duration=longest:dropout_transition=0",
                                     f"apad=whole_len={n}", f"atrim=end_sample={n}"], prefix="a")


def compile_timeline(project: Project, width: int, height: int, *, start: int = 0, end: int | None = None,
                     video: bool = True, audio: bool = True) -> Compiled:
    """Build the graph for frames [start, end) of the timeline at width x height."""
    end = project.duration if end is None else end
    comp = _Compiler(project, width, height, start, end, sound=audio)
    v = comp.video() if video else None
    a = comp.audio() if audio else None
    comp.finish()
    return Compiled(comp.g, v, a, end - start)

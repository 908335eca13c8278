"""Where a topic is talked about: the project's index first, the transcript itself otherwise.

Why: topics used to be matched through word groups written for the demo, so on another
project two topics sharing a group put B-roll over the wrong sentence. Now the orchestrator's
search (the project's context index, hybrid vectors + keywords) ranks the passages, and a hit
counts only if it shares a word with the topic or means nearly the same, so an unknown topic
gets a question instead of the nearest sentence.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from editor_app.planner.meaning import similarity, stems
from editor_app.planner.compound_head import head_sentence  # round 16
from editor_app.planner.particles import GRAMMAR
from editor_app.planner.types import Ctx, Unclear

RELEVANT = 0.22  # cosine of topic and passage below which a passage is not "about" the topic
MARGIN = 0.05  # ... and by how much it must beat the next passage
CLEAR = 0.28  # at or above this a passage is about the topic whatever the runners-up score


@dataclass
class Passage:
    start: float  # timeline seconds
    end: float
    quote: str
    clip_id: str | None = None


def _spoken_media(ctx: Ctx) -> list:
    """Media of the main track's clips, in timeline order, each once."""
    main = ctx.main_track()
    out = []
    for clip in sorted(main.clips, key=lambda c: c.start) if main else []:
        asset = ctx.project.media.get(clip.media_id) if clip.media_id else None
        if asset is not None and asset not in out:
            out.append(asset)
    return out


def require_transcript(ctx: Ctx) -> None:
    """Unclear with an offer to transcribe when the talk on the timeline has no transcript."""
    spoken = [m for m in _spoken_media(ctx) if m.has_audio or m.kind == "audio"]
    if spoken and not any(m.transcript for m in spoken):
        name = spoken[0].name
        raise Unclear(f"There is no transcript for {name} yet. Transcribe it now?", [f"transcribe {name}"])


def _rows(ctx: Ctx) -> list[dict]:
    """Every transcript sentence on the main track, with its timeline times: read once per project
    state (model.state_cache; a turn reads them several times, on 1,000 clips ~10 ms each). Read-only."""
    from editor_app.model.state_cache import media_key, per_state, track_key

    key = (ctx.project.settings.fps, *track_key(ctx.main_track()), *media_key(ctx.project))
    return list(per_state("planner.topics.rows", key, lambda: _read_rows(ctx)))


def _read_rows(ctx: Ctx) -> list[dict]:
    rows: list[dict] = []
    main = ctx.main_track()
    fps = float(ctx.project.fps)  # float seconds, as rows are: exact Fractions per clip cost ~1 ms per 10 clips
    for clip in main.clips if main else []:
        asset = ctx.project.media.get(clip.media_id) if clip.media_id else None
        if asset is None:
            continue
        src_in, speed = float(clip.source_in) / fps, float(clip.speed)
        clip_start, src_out = clip.start / fps, float(clip.source_in) / fps + clip.duration / fps * speed
        for seg in asset.transcript:
            lo, hi = max(seg.start, src_in), min(seg.end, src_out)
            if hi <= lo:
                continue
            start = clip_start + (lo - src_in) / speed
            rows.append({"timeline_start": start, "timeline_end": start + (hi - lo) / speed,
                         "quote": seg.text, "clip_id": clip.id, "media_id": asset.id})
    return _joined(rows)


def _joined(rows: list[dict]) -> list[dict]:
    """One row per sentence where its pieces play back to back (a filler or pause cut out of it):
    B-roll over that sentence covers all of it, not the piece before the cut."""
    out: list[dict] = []
    for row in sorted(rows, key=lambda r: r["timeline_start"]):
        last = out[-1] if out else None
        if last is not None and last["quote"] == row["quote"] and last["media_id"] == row["media_id"] \
                and abs(row["timeline_start"] - last["timeline_end"]) <= 0.1:
            last["timeline_end"] = max(last["timeline_end"], row["timeline_end"])
        else:
            out.append(dict(row))
    return out


def _local_hits(ctx: Ctx, topic: str, k: int) -> list[dict]:
    """Transcript sentences on the main track ranked by meaning (no index at hand)."""
    rows = _rows(ctx)
    if not rows:
        return []
    scores = similarity(topic, [r["quote"] for r in rows])
    wanted = stems(topic)
    ranked = sorted(zip(scores, range(len(rows))),
                    key=lambda p: -(p[0] + 0.15 * len(wanted & stems(rows[p[1]]["quote"]))))
    return [rows[i] for _, i in ranked[:k]]


# Verbs that happen in any talk: sharing one says nothing about the topic ("when the capo goes on" is not
# "until the string goes slack").
_GENERIC = frozenset("go goe went gone come came happen happened".split())


def relevant(topic: str, quote: str, others: list[str] = ()) -> bool:
    """A passage is about a topic when they share a content word, or when it means nearly the
    same and clearly more so than the runners-up."""
    if (stems(topic) - _GENERIC) & stems(quote):
        return True
    scores = similarity(topic, [quote, *others])
    if scores[0] >= CLEAR:
        return True
    return scores[0] >= RELEVANT and all(scores[0] - s >= MARGIN for s in scores[1:])


def passage_at(ctx: Ctx, where: str) -> Passage | None:
    """The first ("start") or last ("end") sentence of the talk on the timeline: "my opening line",
    "over the outro"."""
    require_transcript(ctx)
    rows = sorted(_rows(ctx), key=lambda r: r["timeline_start"])
    if not rows:
        return None
    row = rows[0] if where == "start" else rows[-1]
    return Passage(row["timeline_start"], row["timeline_end"], row["quote"], row.get("clip_id"))


def _hinted(ctx: Ctx, topic: str, hint: str) -> dict | None:
    """The sentence that fits both the topic and what the B-roll shows ("the egg closeup over where
    I combine the wet stuff"): it must be among the topic's own two best sentences, and topic plus
    hint must be about it (a shared word, or clearly nearest in meaning)."""
    rows = _rows(ctx)
    if not rows:
        return None
    quotes = [r["quote"] for r in rows]
    wanted = stems(topic)
    alone = [s + 0.15 * len(wanted & stems(q)) for s, q in zip(similarity(topic, quotes), quotes)]
    top = sorted(range(len(rows)), key=lambda i: -alone[i])[:2]
    both = f"{topic}. {hint}"
    wanted = stems(both)
    scores = [s + 0.15 * len(wanted & stems(q)) for s, q in zip(similarity(both, quotes), quotes)]
    best = max(range(len(rows)), key=lambda i: scores[i])
    if best not in top:
        return None
    others = [quotes[i] for i in sorted(range(len(rows)), key=lambda i: -scores[i]) if i != best][:2]
    return rows[best] if relevant(both, quotes[best], others) else None


def _decisive(topic: str, quotes: list[str]) -> bool:
    """The best passage wins on the topic alone: a word only it shares, or clearly nearer in meaning."""
    if len(quotes) < 2:
        return True
    wanted = stems(topic)
    if wanted & stems(quotes[0]) and not wanted & stems(quotes[1]):
        return True
    first, second = similarity(topic, quotes[:2])
    return first - second >= MARGIN


def _here(ctx: Ctx, hits: list[dict]) -> list[dict]:
    """Index hits placed on the timeline being planned: the index knows where a sentence sits in its
    source, and a later instruction ("cut the first 12 s, then put X over the clicker sentence") is
    planned on the result of the earlier ones, where the sentence has moved or is gone."""
    from editor_app.tools.timing import place_source_span

    out = []
    for hit in hits:
        media_id, start, end = hit.get("media_id"), hit.get("source_start"), hit.get("source_end")
        if not media_id or start is None or end is None:
            out.append(hit)
            continue
        placed = place_source_span(ctx.project, media_id, float(start), float(end)) or (None, None, None)
        out.append({**hit, "clip_id": placed[0], "timeline_start": placed[1], "timeline_end": placed[2]})
    return out


# Words of a file name or description that say what kind of media it is, not what it shows.
_MEDIA_WORDS = frozenset("clip shot footage video photo picture image still closeup close up box pic img mov mp4 jpg "
                         "png wav final edit edited version take broll cutaway".split())


@functools.lru_cache(maxsize=50_000)
def _said(quote: str) -> frozenset[str]:
    """Stems of a sentence, cached: the same 200 sentences are read on every turn."""
    return frozenset(stems(quote))


def _more_words(topic: str, hits: list[dict], rows: list[dict] = ()) -> dict:
    """The first hit, or a runner-up among the best three that shares strictly more of the topic's
    content words ("the pot needs a hole underneath": the sentence with pot and hole, not pot alone).
    Round 8: any sentence on the timeline (``rows``) competes too, and the direction of the topic's
    particles counts ("turn the water back on" is not "turn the water off": planner/particles.py)."""
    from editor_app.planner.particles import said_score

    wanted = stems(topic) - _PARTICLES

    near = {h.get("quote") for h in hits[:3]}  # near in meaning: a paraphrase ("lever" for "handle") may share no word

    def shared(hit: dict) -> float:
        quote = hit.get("quote", "")
        return said_score(topic, quote, _GENERIC) if quote in near or wanted & _said(quote) else -1.0

    pool = hits[:3] + [r for r in rows if r.get("quote") not in near]
    best = max(pool, key=shared)  # the earliest of equals: the index's order first
    return best if shared(best) > shared(hits[0]) else hits[0]


_PARTICLES = GRAMMAR  # direction and path words: grammar, not what a place is about


def _content(topic: str) -> set[str]:
    """The topic's stems less the particles said as words: "peel the backing off" keeps "back" (the stem of
    "backing", a thing), "wind it back in" does not (round 10)."""
    import re

    said = set(re.findall(r"[a-z']+", topic.lower()))
    return stems(topic) - {w for w in _PARTICLES if w in said or not any(s.startswith(w) for s in said)}


def _directed(topic: str, hit: dict, pool: list[dict]) -> bool:
    """The topic says a direction ("back on", "off") and ``hit`` says it, with the topic's words,
    better than every other sentence: what the B-roll shows must not move it elsewhere."""
    from editor_app.planner.particles import particles, said_score

    if not particles(topic) & particles(hit.get("quote", "")):
        return False  # round 9: it leads on a direction only when it says it ("clears the dash" is no "clear out")
    mine = said_score(topic, hit.get("quote", ""), _GENERIC)
    return mine > 0 and all(said_score(topic, h.get("quote", ""), _GENERIC) < mine
                            for h in pool if h.get("quote") != hit.get("quote"))


def _named_in(ctx: Ctx, topic: str, hint: str, hits: list[dict], chosen: dict) -> dict:
    """The sentence that says both the topic and what the B-roll shows ("put the kodak box up when I
    say which film I went with": the sentence naming Kodak, not the one about film in general).

    Candidates are the topic's best few passages and any sentence on the timeline holding a word of
    the B-roll that the topic does not say; one wins over the chosen passage only with more topic and
    B-roll words said together, and only while it still shares a word with the topic or means it
    clearly (a sentence about the B-roll alone is never picked)."""
    wanted = _content(topic)  # "winding the roll back in": "back" is grammar here
    shows = {w for w in stems(hint) if w not in _MEDIA_WORDS and (not w.isdigit() or len(w) >= 3)} - wanted - _PARTICLES
    if not shows:
        return chosen

    def said(hit: dict) -> int:
        quote = _said(hit.get("quote", ""))
        return len(wanted & quote) + len(shows & quote)

    rows = [r for r in _rows(ctx) if shows & _said(r["quote"])]
    pool = [h for h in hits[:3] if shows & _said(h.get("quote", ""))] + rows
    if not pool:
        return chosen
    floor = len(wanted & _said(chosen.get("quote", "")))  # round 9: only a sentence saying as many topic words
    pool = [h for h in pool if len(wanted & _said(h.get("quote", ""))) >= floor] or pool  # competes on the B-roll's
    best = max(pool, key=said)
    if said(best) <= said(chosen) or best.get("quote") == chosen.get("quote"):
        return chosen
    if len(wanted & _said(best["quote"])) < len(wanted & _said(chosen.get("quote", ""))):
        return chosen  # the B-roll breaks ties of the topic's words, never outvotes a sentence saying more of them
    rivals = [h for h in pool if said(h) == said(best) and h.get("quote") != best.get("quote")]
    if rivals:
        return chosen  # two sentences say as much: keep the topic's own best
    if not wanted & stems(best["quote"]) and similarity(topic, [best["quote"]])[0] < CLEAR:
        return chosen  # about the B-roll, not about the topic
    return best


def _typed_in(rows: list[dict], topic: str) -> dict | None:
    """The one sentence row saying the topic's words as typed (three words or more, one may be mistyped)."""
    from editor_app.model.words import find_mistyped, norm

    if len(topic.split()) < 3:
        return None
    found = [r for r in rows if r.get("timeline_start") is not None
             and find_mistyped([norm(w) for w in str(r.get("quote", "")).split()], topic)]
    return found[0] if len(found) == 1 else None


def find_passage(ctx: Ctx, topic: str, hint: str | None = None) -> Passage:
    """The timeline passage about ``topic``; Unclear when there is no transcript or no such passage.
    ``hint`` (what a B-roll shows) decides only when the topic alone finds nothing."""
    require_transcript(ctx)
    from editor_app.planner.need_list import kit_sentence

    rows = _rows(ctx)
    kit = kit_sentence(topic, [r["quote"] for r in rows])
    if kit is not None:  # round 17: "over the ingredients bit": the one sentence listing what is needed
        row = rows[kit]
        return Passage(float(row["timeline_start"]), float(row["timeline_end"]), row["quote"], row.get("clip_id"))
    typed = _typed_in(rows, topic)
    if typed is not None:  # round 18: "over 'heres the trik'": the one sentence saying those words, typed loosely
        return Passage(float(typed["timeline_start"]), float(typed["timeline_end"]), typed["quote"], typed.get("clip_id"))
    sources = [lambda: _here(ctx, ctx.search(topic, 3))] if ctx.search is not None else []
    sources.append(lambda: _local_hits(ctx, topic, 3))  # a keyword-only search misses paraphrases
    for source in sources:
        hits = [h for h in source() if h.get("timeline_start") is not None]
        if hits and relevant(topic, hits[0].get("quote", ""), [h.get("quote", "") for h in hits[1:]]):
            hit = _more_words(topic, hits, _rows(ctx))  # the best passage, unless another says more of the topic's words
            led = _directed(topic, hit, hits[:3] + _rows(ctx))  # "back on" said there and nowhere else as well
            if hint and not led and not _decisive(topic, [h.get("quote", "") for h in hits[:2]]):
                row = _hinted(ctx, topic, hint)  # two sentences fit the topic about as well: the B-roll decides
                hit = row or hit
            if hint and not led:
                hit = _named_in(ctx, topic, hint, hits, hit)
            hit = head_sentence(topic, hit, _rows(ctx))  # round 16: "the vet" is not the "vet nurse" sentence
            return Passage(float(hit["timeline_start"]), float(hit["timeline_end"]), hit.get("quote", ""),
                           hit.get("clip_id"))
    row = _hinted(ctx, topic, hint) if hint else None
    if row is not None:
        return Passage(row["timeline_start"], row["timeline_end"], row["quote"], row.get("clip_id"))
    raise Unclear(f"I couldn't find where you talk about \"{topic}\" in the transcript. "
                  "Which part do you mean? You can also give a time, e.g. \"at 0:12\".")

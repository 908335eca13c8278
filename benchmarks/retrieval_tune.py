"""First hits on every paraphrase set at once (D, F, G, H, I, J, K, L, M, N, O, P-X and Z, pancakes tune and held-out, the candle and chilli tuning halves; Y stays held out).

    .venv/bin/python benchmarks/retrieval_tune.py [--show-misses] [--cache DIR] [--no-minilm|--hashed] [sets...]

Why: retrieval changes are judged on all sets together (each script alone takes minutes because
it renders its eval project's media). The eval projects are built once and pickled under
``--cache`` (default: a temp folder, gone after the run), and each set's index folder is kept
there too, so MiniLM's window vectors are encoded once across runs. All seven sets are tuning
sets now (H since round 7, I since round 8); a blind set measures the work afterwards. ``aquarium``
(round 7's own check), ``kombucha`` (round 8's) ... ``candles_held`` (round 12's held-out half), frozen before
tuning, run only when named.
"""

from __future__ import annotations

import importlib
import json
import pickle
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import editor_app.index.search as search  # noqa: E402
from editor_app.index import ContextIndex, HashedEmbedding, WordLlamaEmbedding  # noqa: E402
from editor_app.index.fusion import main_media  # noqa: E402

TRACES: list | None = None  # --trace FILE: every query's score parts, pickled for offline fusion trials

# set -> (eval file, eval project module or None for the pancake project)
SETS = {
    "d": ("d_retrieval.jsonl", "project_tyre", "create_tyre_project"),
    "f": ("f_retrieval.jsonl", "project_plants", "create_plants_project"),
    "g": ("g_retrieval.jsonl", "project_film", "create_film_project"),
    "tune": ("pancakes_retrieval.jsonl", None, None),
    "held": ("pancakes_retrieval_heldout.jsonl", None, None),
    "h": ("h_retrieval.jsonl", "project_h_espresso", "create_espresso_project"),
    "i": ("i_retrieval.jsonl", "project_i_tap", "create_tap_project"),  # blind in round 7, tuning since round 8
    "j": ("j_retrieval.jsonl", "project_j_filter", "create_filter_project"),  # blind in round 8, tuning since round 9
    "k": ("k_retrieval.jsonl", "project_k_drywall", "create_drywall_project"),  # blind in round 9, tuning since round 10
    "l": ("l_retrieval.jsonl", "project_l_keyboard", "create_keyboard_project"),  # blind in round 10, tuning since round 11
    "m": ("m_retrieval.jsonl", "project_m_trainers", "create_trainers_project"),  # blind in round 11, tuning since round 12
    # round 12's own check, tuning half (the held-out half is FROZEN's candles_held)
    "candles": ("candles_retrieval_tune.jsonl", "retrieval_candles", "create_candles_project"),
    "n": ("n_retrieval.jsonl", "project_n_beehives", "create_beehives_project"),  # blind in round 12, tuning since round 13
    # round 13's own check, tuning half (the held-out half is FROZEN's chilli_held)
    "chilli": ("chilli_retrieval_tune.jsonl", "retrieval_chilli", "create_chilli_project"),
    "o": ("o_retrieval.jsonl", "project_o_marmalade", "create_marmalade_project"),  # blind in round 13, tuning since round 13b
    # the newer blind sets, tuning since round 21 (y stays held out: never listed here)
    "p": ("p_retrieval.jsonl", "project_p_ukulele", "create_ukulele_project"),
    "q": ("q_retrieval.jsonl", "project_q_darning", "create_darning_project"),
    "r": ("r_retrieval.jsonl", "project_r_skateboard", "create_skateboard_project"),
    "s": ("s_retrieval.jsonl", "project_s_knife", "create_knife_project"),
    "t": ("t_retrieval.jsonl", "project_t_grouting", "create_grouting_project"),
    "u": ("u_retrieval.jsonl", "project_u_truing", "create_truing_project"),
    "v": ("v_retrieval.jsonl", "project_v_screen", "create_screen_project"),
    "w": ("w_retrieval.jsonl", "project_w_kombucha", "create_kombucha_project"),
    "x": ("x_retrieval.jsonl", "project_x_screen", "create_screen_project"),
    "z": ("z_retrieval.jsonl", "project_z_wardrobe", "create_wardrobe_project"),
}
# Frozen own check (round 7): run only when named, never tuned on.
FROZEN = {"aquarium": ("aquarium_retrieval.jsonl", "project_aquarium", "create_aquarium_project"),
          # round 8's own check (benchmarks/retrieval_kombucha.py builds its project)
          "kombucha": ("kombucha_retrieval.jsonl", "retrieval_kombucha", "create_kombucha_project"),
          # round 9's own check (benchmarks/retrieval_snowboard.py builds its project)
          "snowboard": ("snowboard_retrieval.jsonl", "retrieval_snowboard", "create_snowboard_project"),
          # round 10's own check (benchmarks/retrieval_radiator.py builds its project)
          "radiator": ("radiator_retrieval.jsonl", "retrieval_radiator", "create_radiator_project"),
          # round 11's own check (benchmarks/retrieval_turntable.py builds its project)
          "turntable": ("turntable_retrieval.jsonl", "retrieval_turntable", "create_turntable_project"),
          # round 12's own check, held-out half (frozen; benchmarks/retrieval_candles.py builds its project)
          "candles_held": ("candles_retrieval_heldout.jsonl", "retrieval_candles", "create_candles_project"),
          # round 13's own check, held-out half (frozen; benchmarks/retrieval_chilli.py builds its project)
          "chilli_held": ("chilli_retrieval_heldout.jsonl", "retrieval_chilli", "create_chilli_project")}


def project_of(name: str, cache: Path):
    """(project, talk media id), built once per cache folder."""
    _, module_name, builder = {**SETS, **FROZEN}[name]
    if module_name is None:
        import understanding_bench

        return understanding_bench.pancake_project(), "m1"
    path = cache / f"{name}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    try:
        module = importlib.import_module(f"editor_app.eval.{module_name}")
    except ModuleNotFoundError:  # a project built by a benchmark script of its own
        module = importlib.import_module(module_name)
    session = getattr(module, builder)(cache / f"{name}-project")
    project = session.project
    talk = next(m.id for m in project.media.values() if m.name == module.TALK)
    session.close()
    path.write_bytes(pickle.dumps((project, talk)))
    return project, talk


def run(name: str, cache: Path, embedding, sentences: bool = True) -> tuple[int, int, list[str], float, int]:
    project, talk = project_of(name, cache)
    rows = [json.loads(line) for line in (ROOT / "evals" / {**SETS, **FROZEN}[name][0]).read_text("utf-8").splitlines() if line.strip()]
    folder = cache / f"{name}-index-{type(embedding).__name__}"
    index = ContextIndex.open(folder, embedding=embedding, sentences=sentences)
    index.sync(project, [])
    index.warm_sentences(wait=True)
    misses = []
    top3 = 0  # recall@3: the expected sentence among the first three transcript hits
    started = time.perf_counter()
    for row in rows:
        if TRACES is not None:
            search.TRACE = []
        hits = index.search(row["query"], kind="transcript", k=3)
        top3 += any(h.media_id == talk and abs(h.start - row["start"]) <= 0.05 for h in hits)
        if TRACES is not None:
            want = [d for d in index._keyword["transcript"].ids()
                    if index._keyword["transcript"].get(d)[1].get("media_id") == talk
                    and abs(index._keyword["transcript"].get(d)[1].get("start", -9) - row["start"]) <= 0.05]
            windows = index._keyword["transcript"]
            main = main_media(index._keyword)
            TRACES.append({"set": name, "want": want, "got": hits[0].id if hits else None, **search.TRACE[-1],
                           "main": [d for d in windows.ids() if windows.get(d)[1].get("media_id") in main]})
            search.TRACE = None
        if not hits or hits[0].media_id != talk or abs(hits[0].start - row["start"]) > 0.05:
            got = f"{hits[0].media_id}@{hits[0].start:.2f} {hits[0].text[:70]!r}" if hits else "nothing"
            misses.append(f"{row['query']!r} (want {row['start']}, got {got})")
    ms = (time.perf_counter() - started) * 1000 / max(1, len(rows))
    index.close()
    return len(rows) - len(misses), len(rows), misses, ms, top3


def main() -> None:
    args = sys.argv[1:]
    show = "--show-misses" in args
    cache_arg = args[args.index("--cache") + 1] if "--cache" in args else None
    names = [a for a in args if a in SETS or a in FROZEN] or list(SETS)
    global TRACES
    trace = Path(args[args.index("--trace") + 1]) if "--trace" in args else None
    TRACES = [] if trace else None
    # --no-minilm: the first stage alone; --hashed: the hashed fallback embedding, no MiniLM
    embedding = HashedEmbedding() if "--hashed" in args else WordLlamaEmbedding()
    sentences = not ("--no-minilm" in args or "--hashed" in args)
    with tempfile.TemporaryDirectory(prefix="retrieval-tune-") as tmp:
        cache = Path(cache_arg) if cache_arg else Path(tmp)
        cache.mkdir(parents=True, exist_ok=True)
        total = [0, 0, 0]
        for name in names:
            hits, n, misses, ms, top3 = run(name, cache, embedding, sentences)
            total[0] += hits
            total[1] += n
            total[2] += top3
            print(f"{name:>8}: {hits:3d}/{n} = {hits / n:4.0%}   recall@3 {top3:3d}/{n}   {ms:5.0f} ms/query", flush=True)
            for miss in misses if show else ():
                print(f"        miss: {miss}")
        print(f"     all: {total[0]:3d}/{total[1]} = {total[0] / total[1]:4.0%}   recall@3 {total[2]:3d}/{total[1]}")
    if trace:
        trace.write_bytes(pickle.dumps(TRACES))


if __name__ == "__main__":
    main()

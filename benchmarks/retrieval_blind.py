"""Blind retrieval figures: paraphrased queries about one eval project's talk; the first hit must be
the right sentence.

    .venv/bin/python benchmarks/retrieval_blind.py d|f|g|h|i|j [--show-misses]

(`retrieval_d.py` ... `retrieval_j.py` run one set each.) Builds the set's eval
project in a temp dir, syncs its transcripts into the project's ContextIndex and scores
evals/<set>_retrieval.jsonl as benchmarks/understanding_bench.py scores the pancake set:
``index.search(query, kind="transcript", k=1)``, a hit when it is the talk's media and starts
within 0.05 s of the expected sentence. Each set was written without reading the index code
(target 90%); WordLlama alone (round 4) and the hashed fallback are the baselines. Misses are
printed only on request: the sets are held out for retrieval work.
"""

from __future__ import annotations

import importlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor_app.index import ContextIndex, HashedEmbedding, WordLlamaEmbedding  # noqa: E402

# set -> (eval project module, builder, what the talk is about)
SETS = {
    "d": ("project_tyre", "create_tyre_project", "the flat-tyre talk"),
    "f": ("project_plants", "create_plants_project", "the repotting talk"),
    "g": ("project_film", "create_film_project", "the film-photography talk"),
    "h": ("project_h_espresso", "create_espresso_project", "the espresso grinder talk"),
    "i": ("project_i_tap", "create_tap_project", "the kitchen tap talk"),
    "j": ("project_j_filter", "create_filter_project", "the cabin filter talk"),
    "p": ("project_p_ukulele", "create_ukulele_project", "the ukulele restringing talk"),
    "q": ("project_q_darning", "create_darning_project", "the sock darning talk"),
    "af": ("project_af_oilchange", "create_oilchange_project", "the Corolla oil change talk"),
    "ab": ("project_ab_racket", "create_racket_project", "the tennis racket restringing talk"),
    "ac": ("project_ac_faucet", "create_faucet_project", "the faucet cartridge talk"),
    "y": ("project_y_knots", "create_knots_project", "the climbing knots talk"),
    "r": ("project_r_skateboard", "create_skateboard_project", "the skateboard bearings talk"),
    "s": ("project_s_knife", "create_knife_project", "the knife sharpening talk"),
    "t": ("project_t_grouting", "create_grouting_project", "the bath re-grouting talk"),
    "o": ("project_o_marmalade", "create_marmalade_project", "the marmalade talk"),
    "n": ("project_n_beehives", "create_beehives_project", "the beehive wintering talk"),
    "m": ("project_m_trainers", "create_trainers_project", "the trainer cleaning talk"),
    "l": ("project_l_keyboard", "create_keyboard_project", "the keyboard build talk"),
    "k": ("project_k_drywall", "create_drywall_project", "the drywall patch talk"),
    "u": ("project_u_truing", "create_truing_project", "the wheel truing talk"),
    "w": ("project_w_kombucha", "create_kombucha_project", "the kombucha brewing talk"),
    "v": ("project_v_screen", "create_screen_project", "the phone screen repair talk"),
    "x": ("project_x_screen", "create_screen_project", "the phone screen repair talk, second blind writer"),
    "z": ("project_z_wardrobe", "create_wardrobe_project", "the flat-pack wardrobe talk"),
    "aa": ("project_aa_chair", "create_chair_project", "the chair re-caning talk"),
    "ad": ("project_ad_wheel", "create_wheel_project", "the buckled wheel truing talk, Tomasz"),
    "ae": ("project_ae_braids", "create_braids_project", "the knotless box braids talk"),
    "ag": ("project_ag_pottery", "create_pottery_project", "the first thrown bowl talk, Rhiannon"),
    "ah": ("project_ah_skillet", "create_skillet_project", "the cast-iron skillet restoration talk, Darnell"),
}


def score(project, talk_id: str, rows: list[dict], folder: Path, embedding, sentences: bool = True) -> list[str]:
    """The queries whose first transcript hit is not the expected sentence of the talk."""
    index = ContextIndex.open(folder, embedding=embedding, sentences=sentences)
    index.sync(project, [])
    index.warm_sentences(wait=True)
    misses = []
    for row in rows:
        hits = index.search(row["query"], kind="transcript", k=1)
        if not hits or hits[0].media_id != talk_id or abs(hits[0].start - row["start"]) > 0.05:
            got = f"{hits[0].media_id}@{hits[0].start:.2f}" if hits else "nothing"
            misses.append(f"{row['query']!r} (want {row['start']}, got {got})")
    index.close()
    return misses


def main(name: str | None = None) -> None:
    name = name or next((a for a in sys.argv[1:] if a in SETS), None)
    if name is None:
        raise SystemExit(f"usage: retrieval_blind.py {'|'.join(SETS)} [--show-misses]")
    show = "--show-misses" in sys.argv
    module_name, builder, about = SETS[name]
    module = importlib.import_module(f"editor_app.eval.{module_name}")
    rows = [json.loads(line) for line in (ROOT / "evals" / f"{name}_retrieval.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    with tempfile.TemporaryDirectory(prefix=f"retrieval-{name}-") as tmp:
        session = getattr(module, builder)(Path(tmp) / name)
        project = session.project
        talk_id = next(m.id for m in project.media.values() if m.name == module.TALK)
        print(f"retrieval {name.upper()}: first hit, {len(rows)} paraphrased queries on {about} (transcript kind)")
        for label, embedding, sentences in (("WordLlama + MiniLM (default)", WordLlamaEmbedding(), True),
                                            ("WordLlama alone (no MiniLM)", WordLlamaEmbedding(), False),
                                            ("hashed (fallback, baseline)", HashedEmbedding(), False)):
            folder = Path(tmp) / label.split()[0] / str(sentences)
            misses = score(project, talk_id, rows, folder, embedding, sentences)
            hits = len(rows) - len(misses)
            print(f"   {label:<32} {hits:3d}/{len(rows)} = {hits / len(rows):.0%}   (target 90%)")
            for miss in misses if show else ():
                print(f"      miss: {miss}")
        session.close()


if __name__ == "__main__":
    main()

"""Writes af_retrieval.jsonl: paraphrased queries (how a person recalls a part of a talk, in other
words than the transcript's) with the start of the sentence each one means, taken from
project_af_oilchange.SCRIPT through talk_project.timed_script. Written blind, in suite Q's format.

    cd evals/af_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_af_retrieval.py   (writes ../af_retrieval.jsonl)
"""

from __future__ import annotations

import json
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_af_oilchange import SCRIPT, timed_script
except ImportError:  # from a folder holding the project file
    from project_af_oilchange import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "intro where the old fella says who he is and whose hatchback it is"),
    (0, "opening hello from the presenter"),
    (1, "his kid claims the car was never serviced since purchase"),
    (2, "warming up the motor first so the lubricant flows better"),
    (3, "careful not to scald yourself underneath"),
    (4, "driving onto ramps and blocking the rear tyres"),
    (5, "safety warning about relying only on a jack"),
    (6, "tools list: socket size, wrench, sealing ring, tub"),
    (7, "price of the lubricant from the petrol station was lower than expected"),
    (8, "engine capacity in litres and keeping some extra"),
    (9, "positioning the tub and loosening the bolt underneath"),
    (10, "unscrewing by hand then pulling away fast"),
    (11, "scalding liquid running down your arm, a lesson learnt once"),
    (12, "waiting for it to finish dribbling out, tea break"),
    (13, "relative who put the wrong fuel in his wife's vehicle"),
    (13, "story about a family member's refuelling blunder"),
    (14, "the vehicle broke down soon after and towing was expensive"),
    (15, "he's banned from fuel pumps and gets teased forever"),
    (16, "cleaning the bolt and fitting a fresh sealing ring"),
    (17, "warning about over-tightening and damaging the threads"),
    (18, "where the cartridge is located in the engine bay"),
    (19, "loosening the old cartridge with the tool then unscrewing"),
    (20, "keep it upright because it's still got liquid inside"),
    (21, "he mixes up the order and says he'll redo it"),
    (21, "abandoned attempt at the fitting step"),
    (22, "lubricating the gasket of the replacement before fitting"),
    (23, "why greasing the gasket helps removal later"),
    (24, "tightening spec: by hand then most of another rotation"),
    (25, "warning not to overdo it with the tool on the replacement"),
    (26, "opening the hood and adding most of the fresh fluid"),
    (27, "letting it settle and reading the level gauge"),
    (28, "level should sit between the marks, top up gradually"),
    (29, "running it and inspecting for leaks underneath"),
    (30, "no leaks, turn off and recheck the level"),
    (31, "disposing of waste fluid at the dump for nothing"),
    (32, "don't pour it in the gutter, you'll make the news"),
    (33, "how often to service: distance or half a year"),
    (34, "wrap-up, the whole job took about sixty minutes"),
    (35, "his daughter owes him beer, and asking viewers to follow"),
    (36, "goodbye at the very end"),
    (36, "final word of the video"),
    (22, "corrected version of the step after his mistake"),
    (7, "price paid for the replacement lubricant"),
    (8, "how much does the engine hold"),
    (12, "how long to let it empty"),
    (24, "how tight should the new cartridge be"),
    (33, "recommended service interval"),
    (6, "what size spanner for the bolt"),
    (31, "where to take used fluid"),
    (5, "parking brake and gear selector before going underneath"),
    (17, "what happens if you crank it too hard"),
    (20, "emptying the removed cartridge into the tub"),
    (29, "idling check for seepage"),
    (14, "breakdown a short distance later"),
    (2, "why run the motor beforehand"),
    (26, "filling with fresh fluid through the cap"),
    (18, "location near the exhaust pipe"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "af_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)

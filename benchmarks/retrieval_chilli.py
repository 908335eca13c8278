"""Own retrieval check (round 13): paraphrased queries about making chilli oil at home.

    .venv/bin/python benchmarks/retrieval_chilli.py [tune|heldout] [--show-misses]

Why: the tuning sets (D-N, candles) say how well retrieval fits talks it was tuned on; this talk and its
queries were written for round 13 before any index code changed, in people's words ("the bit where I
moan about ...", by purpose, by result, numbers in words, questions), then split into two halves:
evals/chilli_retrieval_tune.jsonl may be read and tuned on; evals/chilli_retrieval_heldout.jsonl is
frozen with its sha256 (evals/chilli_retrieval_heldout.jsonl.FROZEN), never tuned on. Built like the
candle check (editor_app/eval/talk_project.py), scored the same way (benchmarks/retrieval_own.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project  # noqa: E402

TUNE = ROOT / "evals" / "chilli_retrieval_tune.jsonl"
HELDOUT = ROOT / "evals" / "chilli_retrieval_heldout.jsonl"
FROZEN = ROOT / "evals" / "chilli_retrieval_heldout.jsonl.FROZEN"

TALK = "GX010233.MP4"
MUSIC = "lofi loop 3.mp3"
TAKE2 = "chilli oil intro retake.wav"
BROLL = [
    ("IMG_7702.MOV", 5.0, "chilli flakes in a heatproof bowl"),
    ("oil sizzling.jpg", None, ""),
    ("PXL_20261129_181544.mp4", 6.0, "hot oil poured over chilli flakes, bubbling"),
    ("jars lined up.jpg", None, ""),
    ("VID_20261130_121003.mp4", 5.0, "a spoon of chilli oil over dumplings"),
]
COLORS = ["0xb02010", "0xd04020", "0x803010", "0xe0a040", "0x602010"]

# The talk: sentences (spoken text, fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hey guys, it's Tom, and today we're making proper crispy chilli oil, the kind you put on absolutely everything.", 0.3),  # 0
    ("I go through a jar of the shop stuff every week, so it was about time I learned to make my own.", 1.2),  # 1
    ("You need about a hundred grams of coarse chilli flakes, I'm using a mix of Korean gochugaru and the hotter Sichuan ones.", 0.3),  # 2
    ("A whole bulb of garlic, two shallots, a thumb of ginger and a tablespoon of Sichuan peppercorns.", 0.3),  # 3
    ("For the oil you want something neutral like rapeseed or groundnut, never olive oil, it burns and tastes bitter.", 1.2),  # 4
    ("First, toast the peppercorns in a dry pan for a minute until they smell citrusy.", 0.3),  # 5
    ("Then grind them roughly in a pestle and mortar, you still want a few bits for that tingly buzz.", 0.3),  # 6
    ("Put the flakes, the ground pepper, a teaspoon of salt and a pinch of sugar into a big heatproof bowl.", 0.3),  # 7
    ("Make sure it's metal or thick glass, because a thin bowl can actually crack with the heat.", 1.2),  # 8
    ("Slice the garlic and shallots really thin and as even as you can.", 0.3),  # 9
    ("If some slices are thicker, the thin ones burn before the thick ones are done.", 0.3),  # 10
    ("Now pour about three hundred millilitres of oil into a small saucepan with the garlic and shallots, and start it cold.", 0.3),  # 11
    ("Starting cold means they fry gently and go golden instead of scorching in seconds.", 1.2),  # 12
    ("Keep stirring and pull them out the moment they turn pale gold, they carry on darkening after.", 0.3),  # 13
    ("Drain them on kitchen paper and they'll crisp up as they cool.", 0.3),  # 14
    ("Now bring the oil up to about one hundred and eighty degrees, a cheap probe thermometer is fine for this.", 0.3),  # 15
    ("Okay, confession time, the first time I did this I poured it at well over two hundred and the whole lot went black and smelled like a bonfire.", 0.3),  # 16
    ("And I splashed some on my wrist, which, um, I still have the mark from, so please be careful.", 1.2),  # 17
    ("At one eighty, pour about a third of the oil over the flakes and listen for that big sizzle.", 0.3),  # 18
    ("Give it a stir, wait a minute, then pour the rest in two more goes as it cools.", 0.3),  # 19
    ("Doing it in stages gives you a deep red colour and a toasty flavour instead of one burnt note.", 1.2),  # 20
    ("Oh, I forgot the star anise, oh well, you can add it to the oil while it heats next time.", 0.3),  # 21
    ("Once it's cooled down, stir the crispy garlic and shallots back in along with a splash of soy sauce.", 0.3),  # 22
    ("Don't add them while it's hot or they go soggy and lose the crunch.", 1.2),  # 23
    ("Spoon it into clean dry jars, any water in there and it can go mouldy.", 0.3),  # 24
    ("It keeps in the fridge for about a month, although ours never lasts more than a week.", 0.3),  # 25
    ("The oil goes solid and cloudy in the fridge, that's totally normal, just leave it out for ten minutes.", 1.2),  # 26
    ("It's amazing on eggs, noodles, dumplings, even vanilla ice cream if you're brave.", 0.3),  # 27
    ("The whole batch cost me about four pounds, compared to six quid for one tiny jar in the supermarket.", 0.3),  # 28
    ("That's it, let me know in the comments how spicy you made yours, and I'll see you next week.", 0.6),  # 29
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("Hi, Tom here again, this is my crispy chilli oil.", 0.4),
    ("It's easier than it looks.", 0.5),
]
SPEC = TalkProject(
    title="Crispy Chilli Oil", topic="chilli oil", talk=TALK, talk_color="0xc03020", music=MUSIC,
    music_tones=(220, 262, 196), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-15.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=120.0, filler=100.0, swing=18.0, step=0.5, tremolo=4.0),
)


def create_chilli_project(target: str | Path):
    """The chilli oil project at ``target`` (a Session): talk and music on the timeline, B-roll and a
    second intro take in the bin."""
    return create_talk_project(target, SPEC)


def main() -> None:
    from retrieval_own import run_halves

    run_halves("chilli", create_chilli_project, TALK, TUNE, HELDOUT, FROZEN)


if __name__ == "__main__":
    main()

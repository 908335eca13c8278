"""Own retrieval check (round 13b): paraphrased queries about patching a puncture in an air mattress.

    .venv/bin/python benchmarks/retrieval_mattress.py [tune|heldout] [--show-misses]

Why: the tuning sets (D-O, candles, chilli) say how well retrieval fits talks it was tuned on; this
talk and its queries were written for round 13b before any index code changed, in people's words
(by purpose, by result, by a mishap, numbers in words, vague "the bit where ..."), then split:
evals/mattress_retrieval_tune.jsonl may be read and tuned on; evals/mattress_retrieval_heldout.jsonl
is frozen with its sha256 (evals/mattress_retrieval_heldout.jsonl.FROZEN), never tuned on. Built like
the chilli check (editor_app/eval/talk_project.py), scored the same way (benchmarks/retrieval_own.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project  # noqa: E402

TUNE = ROOT / "evals" / "mattress_retrieval_tune.jsonl"
HELDOUT = ROOT / "evals" / "mattress_retrieval_heldout.jsonl"
FROZEN = ROOT / "evals" / "mattress_retrieval_heldout.jsonl.FROZEN"

TALK = "C0042.MP4"
MUSIC = "acoustic bed track.mp3"
TAKE2 = "airbed intro take 2.wav"
BROLL = [
    ("IMG_3310.MOV", 5.0, "bubbles rising from a mattress seam in soapy water"),
    ("patch kit.jpg", None, ""),
    ("PXL_20261201_094512.mp4", 6.0, "pressing a vinyl patch down with a spoon"),
    ("deflated bed.jpg", None, ""),
    ("VID_20261201_101455.mp4", 5.0, "kneeling on the reinflated mattress"),
]
COLORS = ["0x305080", "0x4070a0", "0x203050", "0x80a0c0", "0x102040"]

# The talk: sentences (spoken text, fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hi everyone, Priya here, and today I'm fixing the blow-up bed that keeps going flat on our guests.", 0.3),  # 0
    ("My sister stayed over last weekend and woke up on the floor at three in the morning, so, um, this is overdue.", 1.2),  # 1
    ("First pump it up properly, harder than you would to sleep on it, so any leak is easier to hear.", 0.3),  # 2
    ("Then go round it slowly with your ear close to the surface and listen for a hiss.", 0.3),  # 3
    ("If you can't hear anything, mix a squirt of washing-up liquid into a bowl of warm water.", 0.3),  # 4
    ("Sponge it over one section at a time and watch for little bubbles growing in one spot.", 1.2),  # 5
    ("Don't forget to check the valve first, because half the time the leak is just the valve not sealing.", 0.3),  # 6
    ("Mine turned out to be a tiny hole on the underside, right near the seam, probably from a staple on the carpet.", 0.3),  # 7
    ("Circle it with a marker pen straight away, because once it's dry you will never find it again.", 1.2),  # 8
    ("Now let all the air out and dry the area completely with a towel.", 0.3),  # 9
    ("The top of most airbeds has that fuzzy flocked coating, and the patch won't stick to it.", 0.3),  # 10
    ("So rub it back gently with fine sandpaper or wipe it with a bit of acetone until it's smooth.", 0.3),  # 11
    ("Cut the patch so it's at least two centimetres bigger than the hole on every side, and round the corners.", 0.3),  # 12
    ("Rounded corners don't catch and peel up the way square ones do.", 1.2),  # 13
    ("Spread a thin layer of vinyl glue on the mattress and on the patch and wait a couple of minutes until it goes tacky.", 0.3),  # 14
    ("Press it down hard and push the air bubbles out from the middle towards the edges, I use the back of a spoon.", 0.3),  # 15
    ("Then put something heavy on top, a stack of books works, and leave it for a full day.", 1.2),  # 16
    ("Honestly the first time I did this I blew it up after twenty minutes and the patch just lifted straight off.", 0.3),  # 17
    ("So yeah, be patient, the glue needs the whole twenty-four hours to cure.", 1.2),  # 18
    ("Oh, and if the hole is right on a seam, a patch alone won't hold, you're better off with liquid sealant.", 0.3),  # 19
    ("The next day, inflate it fully and leave it overnight to see if it holds.", 0.3),  # 20
    ("Ours stayed firm all night, so that's a win.", 1.2),  # 21
    ("The whole repair kit cost me about five pounds, and a new double airbed is around forty.", 0.3),  # 22
    ("To stop it happening again, put an old blanket underneath it and keep pets and keys off the top.", 0.3),  # 23
    ("And when you pack it away, fold it loosely rather than rolling it tight, the creases are where it wears through.", 0.3),  # 24
    ("That's it from me, give it a thumbs up if it saved you buying a new one, and see you next time.", 0.6),  # 25
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("Hello, Priya again, let's fix this airbed.", 0.4),
    ("It only takes ten minutes of work.", 0.5),
]
SPEC = TalkProject(
    title="Fixing an Air Mattress", topic="air mattress", talk=TALK, talk_color="0x3060a0", music=MUSIC,
    music_tones=(196, 247, 294), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-15.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=190.0, filler=160.0, swing=20.0, step=0.5, tremolo=5.0),
)


def create_mattress_project(target: str | Path):
    """The air mattress project at ``target`` (a Session): talk and music on the timeline, B-roll and a
    second intro take in the bin."""
    return create_talk_project(target, SPEC)


def main() -> None:
    from retrieval_own import run_halves

    run_halves("mattress", create_mattress_project, TALK, TUNE, HELDOUT, FROZEN)


if __name__ == "__main__":
    main()

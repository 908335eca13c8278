"""Own retrieval check (round 12): paraphrased queries about pouring soy candles at home.

    .venv/bin/python benchmarks/retrieval_candles.py [tune|heldout] [--show-misses]

Why: the tuning sets (D-M, pancakes) say how well retrieval fits talks it was tuned on; this talk and its
queries were written for round 12 before any index code changed, in people's words (vague, by purpose,
by feeling, by result, by what was shown, as questions), then split at random into two halves:
evals/candles_retrieval_tune.jsonl may be read and tuned on; evals/candles_retrieval_heldout.jsonl is
frozen with its sha256 (evals/candles_retrieval_heldout.jsonl.FROZEN), never tuned on, its misses read
only after the work. Built like the turntable check (editor_app/eval/talk_project.py), scored the same way.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project  # noqa: E402

TUNE = ROOT / "evals" / "candles_retrieval_tune.jsonl"
HELDOUT = ROOT / "evals" / "candles_retrieval_heldout.jsonl"
FROZEN = ROOT / "evals" / "candles_retrieval_heldout.jsonl.FROZEN"

TALK = "MVI_0871.MP4"
MUSIC = "acoustic bed.mp3"
TAKE2 = "candles intro take 2.wav"
BROLL = [
    ("IMG_4410.MOV", 5.0, "wax flakes melting in a glass jug"),
    ("wick close up.jpg", None, ""),
    ("PXL_20261130_190212.mp4", 6.0, "hot wax being poured into a glass jar"),
    ("finished candles.jpg", None, ""),
    ("VID_20261201_083015.mp4", 5.0, "a lit candle flickering on a windowsill"),
    ("pegs on jars.JPG", None, ""),
]
COLORS = ["0xf0e8d0", "0xc0a080", "0xe8d8b0", "0xfaf0e0", "0xd08040", "0xa0a090"]

# The talk: sentences (spoken text, fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hi everyone, I'm Priya, and today I'm making soy candles in old jam jars at my kitchen table.", 0.3),  # 0
    ("A starter kit with a kilo of wax flakes, wicks and fragrance oil cost me twenty two pounds online.", 0.3),  # 1
    ("Honestly, the first batch I ever made tunnelled straight down the middle and I nearly gave up.", 0.3),  # 2
    ("So this time I'm being much more careful with the temperatures.", 1.2),  # 3
    ("First, wash the jars in hot soapy water and dry them completely, any damp will spoil the finish.", 0.3),  # 4
    ("Then I stick a wick to the bottom of each jar with a little sticky dot.", 0.3),  # 5
    ("Press it down firmly with a pencil so it doesn't float up later.", 1.2),  # 6
    ("Weigh out the flakes, I use about two hundred and fifty grams for each jar.", 0.3),  # 7
    ("Melt them slowly in a jug sitting in a pan of simmering water, never straight on the hob.", 0.3),  # 8
    ("Stir gently with a wooden spoon and keep an eye on the thermometer the whole time.", 0.3),  # 9
    ("Once it hits about eighty five degrees, take the jug off the heat.", 1.2),  # 10
    ("Now, the scent.", 0.3),  # 11
    ("I add the fragrance oil at that point, roughly eight percent of the wax weight.", 0.3),  # 12
    ("Stir for a full two minutes so the oil properly binds with the wax, otherwise it sweats out later.", 0.3),  # 13
    ("This one is lavender and cedarwood, and the kitchen smells amazing already.", 1.2),  # 14
    ("Let it cool down to around sixty degrees before you pour.", 0.3),  # 15
    ("If you pour it too hot, you get ugly cracks and sinkholes on the top.", 0.3),  # 16
    ("Then I pour the, um, oh no, I've got wax all over the counter, hang on, let me start that again.", 0.3),  # 17
    ("Then I pour slowly down the side of the jar, leaving about a centimetre at the top.", 0.3),  # 18
    ("Hold the wick upright by clipping it between two clothes pegs resting across the rim.", 0.3),  # 19
    ("Keep back a little bit of wax in the jug for topping up any dips.", 1.2),  # 20
    ("Now just leave them somewhere warm and away from draughts overnight.", 0.3),  # 21
    ("Don't move them while they set, even a small knock leaves a ripple on the surface.", 0.3),  # 22
    ("The next morning, trim the wick down to about half a centimetre.", 1.2),  # 23
    ("Honestly the hardest part is waiting, because you should let them cure for two weeks before burning them.", 0.3),  # 24
    ("That gives the scent time to develop, so the candle throws much more fragrance across the room.", 0.3),  # 25
    ("The first time you light it, let it burn until the whole surface has melted to the edges.", 0.3),  # 26
    ("Otherwise it remembers that small pool and tunnels every time after.", 0.3),  # 27
    ("Never leave a burning candle unattended, and keep it away from pets and curtains.", 1.2),  # 28
    ("All in all, each candle works out at about three pounds, which is a lot cheaper than the shop ones.", 0.3),  # 29
    ("And they make really lovely presents, my mum has already claimed two of them.", 0.6),  # 30
    ("That's it from me, thanks for watching and happy pouring.", 0.6),  # 31
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("Hello, Priya again, this is a quick guide to homemade candles.", 0.4),
    ("It's simpler than you'd think.", 0.5),
]
SPEC = TalkProject(
    title="Soy Candles", topic="candles", talk=TALK, talk_color="0xe0c8a0", music=MUSIC,
    music_tones=(196, 247, 165), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-15.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=190.0, filler=150.0, swing=22.0, step=0.5, tremolo=5.0),
)


def create_candles_project(target: str | Path):
    """The candle project at ``target`` (a Session): talk and music on the timeline, B-roll and a
    second intro take in the bin."""
    return create_talk_project(target, SPEC)


def main() -> None:
    from retrieval_own import run_halves

    run_halves("candles", create_candles_project, TALK, TUNE, HELDOUT, FROZEN)


if __name__ == "__main__":
    main()

"""Own held-out retrieval check (round 10): paraphrased queries about bleeding a radiator at home.

    .venv/bin/python benchmarks/retrieval_radiator.py [--show-misses]

Why: the tuning sets (D-K, pancakes) say how well retrieval fits talks it was tuned on; this talk
and its queries (evals/radiator_retrieval.jsonl) were written for round 10 before any index code
changed, in people's words (other words for the talk's words, what is done rather than what is
said, colloquial names for the tools, amounts said differently, "where I complain about ...",
the stumble, the sign-off), and frozen with their sha256 (evals/radiator_retrieval.jsonl.FROZEN).
It is never tuned on: its first and last score are reported, its misses read only after the work.

Built like the snowboard check (editor_app/eval/talk_project.py): a camera file whose transcript
has word times and whose audio is made from them, B-roll named like people's files, a music bed
and a second take of the intro in the bin. Scored as the blind sets are scored:
``index.search(query, kind="transcript", k=3)``; a hit when the first result is the talk and
starts within 0.05 s of the expected sentence; recall@3 beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project  # noqa: E402

QUERIES = ROOT / "evals" / "radiator_retrieval.jsonl"
FROZEN = ROOT / "evals" / "radiator_retrieval.jsonl.FROZEN"

TALK = "MVI_4471.MP4"
MUSIC = "acoustic bed 2.mp3"
TAKE2 = "radiator intro retake.wav"
BROLL = [
    ("IMG_8812.MOV", 5.0, "turning a small square valve on the side of a white radiator"),
    ("bleed key.jpg", None, ""),
    ("PXL_20261203_181544.mp4", 6.0, "water dripping into a folded cloth under a radiator"),
    ("boiler gauge.mp4", 5.0, ""),
    ("VID_20261203_182010.mp4", 6.0, "hand feeling the top of a warm radiator"),
    ("cold top.JPG", None, ""),
]
COLORS = ["0xe8e8e0", "0x808890", "0xd0d0c8", "0x606870", "0xf0e8e0", "0x909890"]

# The talk: sentences (spoken text, fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hi everyone, I'm Priya, and today I'll show you how to bleed a radiator, which takes about ten minutes.", 0.3),  # 0
    ("If your radiator is warm at the bottom but cold at the top, there's air trapped inside it.", 0.3),  # 1
    ("You might also hear gurgling or banging noises in the pipes when the heating comes on.", 1.3),  # 2
    ("A plumber charged my neighbour ninety pounds to do this, and it's honestly a two minute job.", 0.4),  # 3
    ("All you need is a radiator key, an old towel, and a small bowl or cup.", 0.3),  # 4
    ("The key costs about two pounds from any hardware shop, and some newer valves just take a flat screwdriver.", 1.2),  # 5
    ("First, turn the central heating off and let the radiators cool down completely.", 0.3),  # 6
    ("If you open the valve while the system is running, you can get sprayed with scalding water.", 0.3),  # 7
    ("Um, I learned that the hard way in my first flat, and it left a mark on the carpet.", 1.4),  # 8
    ("Find the bleed valve, it's the little square nut at the top corner on one side.", 0.3),  # 9
    ("Fold the towel underneath it and hold the bowl right below the valve.", 0.3),  # 10
    ("Now put the key on and turn it anticlockwise, just a quarter turn, no more.", 0.3),  # 11
    ("You'll hear a hissing sound, which is the trapped air escaping.", 0.3),  # 12
    ("Wait until the hissing stops and a steady trickle of water comes out, then close it again clockwise.", 0.3),  # 13
    ("Don't overtighten it, because the brass is soft and you can strip the thread.", 1.3),  # 14
    ("Then I do the one in the bathroom, which is, uh, no hang on, that's the towel rail, let me start that bit again.", 0.3),  # 15
    ("Then I do the one in the hallway, which always has the most air because it's the highest in the house.", 0.3),  # 16
    ("Work your way from the radiator nearest the boiler to the one furthest away.", 1.2),  # 17
    ("Once they're all done, go and check the pressure gauge on the front of the boiler.", 0.3),  # 18
    ("Bleeding lets water out, so the pressure usually drops a bit.", 0.3),  # 19
    ("It should sit between one and one and a half bar when the system is cold.", 0.3),  # 20
    ("If it's below one, open the filling loop under the boiler slowly until the needle comes back up.", 0.3),  # 21
    ("Then close the filling loop tightly, or the pressure keeps creeping up.", 1.3),  # 22
    ("Turn the heating back on and after half an hour feel the top of each radiator.", 0.3),  # 23
    ("They should be evenly hot all the way across now.", 0.3),  # 24
    ("Honestly, the worst part is kneeling behind the sofa to reach the valve in the living room.", 0.3),  # 25
    ("If one keeps filling with air every week, that's a sign of a bigger problem and you should call a heating engineer.", 0.3),  # 26
    ("I do this every autumn before it gets properly cold, and my gas bill went down noticeably last winter.", 0.6),  # 27
    ("That's it from me, let me know in the comments if it worked for you, and stay warm.", 0.6),  # 28
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("Hi, Priya here, quick one on bleeding your radiators.", 0.4),
    ("It's easier than you'd think.", 0.5),
]
SPEC = TalkProject(
    title="Bleeding A Radiator", topic="radiator", talk=TALK, talk_color="0xc8c0b8", music=MUSIC,
    music_tones=(185, 233, 150), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-15.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=195.0, filler=150.0, swing=22.0, step=0.58, tremolo=4.5),
)


def create_radiator_project(target: str | Path):
    """The radiator project at ``target`` (a Session): talk and music on the timeline, B-roll and a
    second intro take in the bin."""
    return create_talk_project(target, SPEC)


def main() -> None:
    from retrieval_own import frozen_rows, score_own

    rows = frozen_rows(QUERIES, FROZEN)
    score_own("radiator", create_radiator_project, TALK, rows)


if __name__ == "__main__":
    main()

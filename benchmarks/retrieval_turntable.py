"""Own held-out retrieval check (round 11): paraphrased queries about setting up a secondhand turntable.

    .venv/bin/python benchmarks/retrieval_turntable.py [--show-misses]

Why: the tuning sets (D-L, pancakes) say how well retrieval fits talks it was tuned on; this talk
and its queries (evals/turntable_retrieval.jsonl) were written for round 11 before any index code
changed, in people's words: what a sentence does rather than what it says (the greeting, first
impressions, a gripe, a confession, advice to newcomers, a warning, the sign-off), other words for
the talk's words, amounts said differently, the stumble and the proper take. Frozen with its sha256
(evals/turntable_retrieval.jsonl.FROZEN); never tuned on: its first and last score are reported,
its misses read only after the work.

Built like the radiator check (editor_app/eval/talk_project.py) and scored the same way.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project  # noqa: E402

QUERIES = ROOT / "evals" / "turntable_retrieval.jsonl"
FROZEN = ROOT / "evals" / "turntable_retrieval.jsonl.FROZEN"

TALK = "C0142.MP4"
MUSIC = "lofi loop.mp3"
TAKE2 = "turntable intro take 2.wav"
BROLL = [
    ("IMG_3307.MOV", 5.0, "a black record spinning on a turntable platter"),
    ("counterweight closeup.jpg", None, ""),
    ("PXL_20261205_201133.mp4", 6.0, "a needle being lowered onto a vinyl record"),
    ("cables behind amp.mp4", 5.0, ""),
    ("VID_20261205_202540.mp4", 6.0, "hands sliding a record out of its sleeve"),
    ("boot sale haul.JPG", None, ""),
]
COLORS = ["0x202020", "0x806040", "0xd0c8b8", "0x404850", "0xe0d8c8", "0x907060"]

# The talk: sentences (spoken text, fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hey folks, I'm Tom, and today we're setting up a secondhand turntable I picked up at a car boot sale.", 0.3),  # 0
    ("I paid thirty five pounds for it, which felt like a steal for a direct drive deck.", 0.3),  # 1
    ("Out of the box, the platter felt surprisingly heavy, but the dust cover is flimsy and scratched to bits.", 0.3),  # 2
    ("The tonearm moved smoothly though, with no wobble at the pivot, which was a relief.", 1.2),  # 3
    ("First, find a flat and solid surface, because any vibration goes straight into the needle.", 0.3),  # 4
    ("I put a cheap spirit level on the platter to check it sits perfectly flat.", 0.3),  # 5
    ("Um, mine was leaning slightly to the left, so I screwed the back foot down a couple of turns.", 1.3),  # 6
    ("Next, fit the headshell with the cartridge and tighten the locking collar by hand.", 0.3),  # 7
    ("Now the counterweight goes on the back of the tonearm.", 0.3),  # 8
    ("Spin it on until the arm floats perfectly level in the air, that's your zero point.", 0.3),  # 9
    ("Then turn the little number ring to zero without moving the weight itself.", 0.3),  # 10
    ("Now wind the whole weight forward until the ring reads the tracking force for your cartridge, mine wants about two grams.", 0.3),  # 11
    ("Set the anti-skate dial to the same number as the tracking force.", 0.3),  # 12
    ("If you skip that, the needle drifts toward the middle and one channel sounds thin.", 1.3),  # 13
    ("Then I plug the, uh, wait, no, that's the power lead, let me redo that bit.", 0.3),  # 14
    ("Then I plug the red and white leads into the phono input on the amplifier.", 0.3),  # 15
    ("If your amp has no phono input, you'll need a separate preamp, otherwise it sounds really quiet.", 0.3),  # 16
    ("Connect the thin ground wire to the screw on the back of the amp as well, or you'll get a horrible hum.", 1.2),  # 17
    ("Take the little plastic guard off the stylus before you play anything, I forgot that the first time.", 0.3),  # 18
    ("Put on a record you don't care too much about for the first play.", 0.3),  # 19
    ("Pick the speed, thirty three for albums and forty five for most singles.", 0.3),  # 20
    ("Lower the arm with the cueing lever rather than your fingers, it's much gentler on the needle.", 0.3),  # 21
    ("And that first crackle before the music starts is honestly my favourite sound in the world.", 1.3),  # 22
    ("If you're new to this, don't chase an expensive deck, a decent stylus makes far more difference.", 0.3),  # 23
    ("A replacement stylus costs around twenty quid and lasts roughly a thousand hours of playing.", 0.3),  # 24
    ("Keep the records in their sleeves and stand them upright, never stacked flat.", 0.3),  # 25
    ("Honestly the most annoying bit was untangling the cables behind the cabinet.", 0.3),  # 26
    ("The whole setup took me about forty minutes including a tea break.", 0.6),  # 27
    ("Anyway, that's me done, thanks for watching and enjoy your records.", 0.6),  # 28
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("Hi, Tom here, quick guide to setting up an old record player.", 0.4),
    ("It's easier than it looks.", 0.5),
]
SPEC = TalkProject(
    title="Turntable Setup", topic="turntable", talk=TALK, talk_color="0x302820", music=MUSIC,
    music_tones=(174, 220, 150), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-15.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=120.0, filler=95.0, swing=18.0, step=0.55, tremolo=4.0),
)


def create_turntable_project(target: str | Path):
    """The turntable project at ``target`` (a Session): talk and music on the timeline, B-roll and a
    second intro take in the bin."""
    return create_talk_project(target, SPEC)


def main() -> None:
    from retrieval_own import frozen_rows, score_own

    rows = frozen_rows(QUERIES, FROZEN)
    score_own("turntable", create_turntable_project, TALK, rows)


if __name__ == "__main__":
    main()

"""Retrieval check project: setting up a home aquarium (round 7, written before any tuning).

Built like the blind eval projects (talk_project.py): a talk with word times and a tone per
word, B-roll named like people's files, a music bed and a second take of the intro in the bin.
Its paraphrase queries (evals/aquarium_retrieval.jsonl) were written from this script only,
the way people describe a part of their own talk, and frozen before the index was changed.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "C0042.MP4"
MUSIC = "calm underwater ambience.mp3"
TAKE2 = "intro take two.wav"
BROLL = [
    ("IMG_7702.MOV", 5.0, "rinsing gravel in a bucket under the tap"),
    ("driftwood soaking.mp4", 6.0, ""),
    ("PXL_20261120_153010.mp4", 8.0, "a small school of neon tetras swimming between plants"),
    ("test kit drops.JPG", None, ""),
    ("GH010512.MP4", 7.0, "hang on back filter pouring water into the tank, close up"),
    ("java_fern_closeup.jpg", None, ""),
]
COLORS = ["0x8a8070", "0x5a4030", "0x1a4a6a", "0xd0d0c0", "0x2a5a7a", "0x3a6a2a"]

# The talk: sentences (spoken text, fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hey everyone, I'm Tomas, and today I'm setting up my first proper home aquarium from scratch.", 0.3),  # 0
    ("It's a sixty litre tank, which is honestly a good size for a beginner because bigger tanks are more stable.", 0.3),  # 1
    ("Um, before anything else, think about where it goes, because a full tank weighs a lot and you can't move it later.", 0.4),  # 2
    ("I put mine on a sturdy cabinet away from the window, so the sun doesn't cause an algae bloom.", 1.2),  # 3
    ("First, I rinse the gravel in a bucket until the water runs clear, uh, this takes forever.", 0.3),  # 4
    ("Then the substrate goes in, sloping a little higher at the back so it looks deeper.", 0.3),  # 5
    ("Next come the rocks and a piece of driftwood, which I soaked for a week so it wouldn't float.", 0.3),  # 6
    ("Now the water, and I pour it onto a plate so it doesn't blast a crater in the gravel.", 0.3),  # 7
    ("Tap water has chlorine in it, which kills fish, so you always add a water conditioner.", 1.5),  # 8
    ("The filter hangs on the back and, like, it's the heart of the whole system.", 0.3),  # 9
    ("It's not really about cleaning the water you can see, it's about growing good bacteria in the sponge.", 0.3),  # 10
    ("The heater is set to twenty five degrees, which suits most tropical fish.", 0.3),  # 11
    ("Don't plug it in straight away though, let it sit in the water for fifteen minutes or the glass can crack.", 0.3),  # 12
    ("Okay, plants, I went with java fern and some anubias, because they're really hard to kill.", 0.3),  # 13
    ("You tie them onto the driftwood with cotton thread instead of burying the roots.", 1.4),  # 14
    ("And here's the part everyone skips, the nitrogen cycle.", 0.3),  # 15
    ("Fish waste turns into ammonia, which is toxic, and bacteria slowly convert it into nitrite and then nitrate.", 0.3),  # 16
    ("That takes around four to six weeks, and, um, there's no real shortcut.", 0.3),  # 17
    ("I'm dosing a pinch of fish food every day just to feed the bacteria while the tank is empty.", 0.3),  # 18
    ("Every few days I test the water with these little drops that change colour.", 0.3),  # 19
    ("Honestly, the hardest part is the waiting, I really want fish now.", 1.6),  # 20
    ("When ammonia and nitrite both read zero, then you can add your first few fish.", 0.3),  # 21
    ("Start small, maybe six neon tetras, and float the bag for twenty minutes so the temperature evens out.", 0.3),  # 22
    ("Don't overfeed them, only what they can eat in about two minutes.", 0.3),  # 23
    ("After that, change about a quarter of the water every week and never wash the filter sponge under the tap.", 0.3),  # 24
    ("That's it for today, let me know in the comments what fish you'd pick, and see you next time.", 0.6),  # 25
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("Hi, Tomas here, and today we're building my first fish tank.", 0.4),
    ("Let's get started.", 0.5),
]
SPEC = TalkProject(
    title="My First Aquarium", topic="aquarium", talk=TALK, talk_color="0x204050", music=MUSIC,
    music_tones=(174, 220, 160), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-16.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=150.0, filler=120.0, swing=25.0, step=0.5, tremolo=5.0),
)


def sentence_starts() -> list[float]:
    """Where each sentence of the talk starts, seconds (what the queries' "start" refers to)."""
    segments, _words, _total = timed_script(SCRIPT)
    return [s.start for s in segments]


def create_aquarium_project(target: str | Path):
    """The aquarium project at ``target`` (a Session): talk and music on the timeline, B-roll and
    a second intro take in the bin."""
    return create_talk_project(target, SPEC)

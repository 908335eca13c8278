"""Blind evaluation project AA: Declan, sixty-seven, a retired carpenter from Cork living in Galway,
re-canes the seat of the old bentwood chair his late mother left him: cutting out the old seat,
punching out the old cane, soaking the four millimetre cane, pegging the holes with golf tees, the
seven steps of the weave (two vertical passes, two horizontal, two diagonals, the binder), and a
tangent about his neighbour Mossie, who varnished a chair with the cane still wet.

Written without reading the planner. Built with talk_project like project_q_darning.py: the talk is
a Sony camcorder file (C0009.MP4) whose transcript is written here with word times and whose audio is
made from those times, so the fillers (nine: five um, four uh, plus his own tics: "d'you know
yourself" three times, "now" to open sentences, "sure look", "God rest her", "God love him"), seven
long pauses and one retake said out loud in his own words ("ah no, hold on, that's the wrong corner,
I'll go again") are exactly where the transcript says. Several sentences share words (cane, holes,
chair, seat, soak, diagonal, vertical(s), horizontal(s), pass, peg(s), Mossie, mother, varnish, sit on
it), so a reference has to be precise. The aside is about Mossie, who is in no media. Numbers are said
in words (fifty years, seventy two holes, four millimetre, twenty minutes, a good hour, three
quarters of an inch, four evenings).

B-roll is named like a real person's files: two Google Pixel clips that look alike (PXL_..._101512345
weaving the second horizontal pass, PXL_..._104207118 the same angle weaving the first diagonal), told
apart only by their descriptions; a DJI Osmo Pocket clip (cane soaking in the sink), two Sony
camcorder clips (C0012 cutting out the old seat, C0015 with no description), a Zoom cloud recording of
the video call his granddaughter Aoife watched, a Facebook Messenger save, a DaVinci Resolve export
("Timeline 1.mov", no description), a Mac screenshot still (the cane order), a Pixel photo of the
finished chair, names a person typed ("weave close up GOOD.mp4", "golf tees in the holes.mov",
"binder going on.mp4") and one version-suffixed name ("chair_final_final2.mp4"). A second take of
the sign-off recorded on a Samsung phone's voice recorder ("Voice 003.m4a") is in the bin only, and so
is a hammer tap sound effect.

    ids: m1 talk, m2..m15 B-roll (BROLL order), m16 music, m17 sign-off take 2, m18 hammer sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 reel bed, talk length, -18 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "C0009.MP4"
MUSIC = "Jig in the Kitchen - Kevin MacLeod.mp3"
TAKE2 = "Voice 003.m4a"
SFX = "hammer tap.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("PXL_20260903_101512345.mp4", 7.0, "close-up of the chair seat from above, weaving the second horizontal pass under and over through the verticals"),  # m2
    ("PXL_20260903_104207118.mp4", 7.0, "close-up of the chair seat from above from the same angle, weaving the first diagonal from corner to corner"),  # m3
    ("DJI_20260903101512_0007_D.MP4", 6.0, "a coiled hank of cane soaking in warm water in the kitchen sink"),  # m4
    ("C0012.MP4", 6.0, "cutting the old torn seat out of the chair frame with a Stanley knife"),  # m5
    ("C0015.MP4", 6.0, ""),  # m6
    ("GMT20260905-191044_Recording_1920x1080.mp4", 8.0, "video call with granddaughter Aoife in Dublin, laughing and giving a thumbs up at the half-woven seat"),  # m7
    ("received_1043872265519027.mp4", 6.0, "the old family kitchen in Cork with the bentwood chair beside the range, sent by a cousin"),  # m8
    ("Timeline 1.mov", 5.0, ""),  # m9
    ("Screenshot 2026-09-01 at 21.04.37.png", None, "online order: one hank of 4mm chair cane, binder cane, and a bag of 100 wooden golf tees"),  # m10
    ("weave close up GOOD.mp4", 6.0, ""),  # m11
    ("golf tees in the holes.mov", 5.0, ""),  # m12
    ("binder going on.mp4", 6.0, ""),  # m13
    ("chair_final_final2.mp4", 6.0, "the finished chair turning slowly on the workbench"),  # m14
    ("PXL_20260908_183015221.jpg", None, "the finished bentwood chair with its new cane seat in the front room by the window"),  # m15
]
COLORS = ["0xb08850", "0xa88048", "0x90a0a8", "0x6a4a30", "0x5a4a40", "0x303848", "0x806040", "0x404040",
          "0xf0f0f0", "0xc09860", "0xe8e0d0", "0x987048", "0x7a5030", "0xd0b890"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hello, I'm Declan, and this is my mother's old bentwood chair, God rest her, and today I'm going to put a new cane seat in it.", 0.4),  # 0
    ("Now, she had this chair in the kitchen in Cork for fifty years, d'you know yourself, and the seat was gone to bits long before she was.", 0.3),  # 1
    ("I'm a carpenter by trade, retired now, but I never did any caning till I moved up here to Galway.", 1.8),  # 2
    ("First thing, you cut out the old seat with a sharp knife, right around the inside of the holes.", 0.3),  # 3
    ("Um, then you punch out whatever old cane is left stuck in the holes, I use a nail and a small hammer for that.", 0.3),  # 4
    ("There's seventy two holes in this one, I counted them twice, and I still got it wrong the first time.", 1.6),  # 5
    ("Now the cane itself, I'm using four millimetre cane, it comes in a big hank like a horse's tail.", 0.3),  # 6
    ("You have to soak it before you use it, twenty minutes in warm water, uh, no more or it goes soft on you.", 0.3),  # 7
    ("Keep a damp towel over the ends as you go, or sure look, it dries out and cracks on you.", 1.5),  # 8
    ("Right, step one is the first vertical pass, front to back, starting from the middle hole.", 0.3),  # 9
    ("Pull it snug but not tight, because the cane shrinks as it dries and it'll tighten up grand by itself.", 0.3),  # 10
    ("Now, you peg each hole with a golf tee to hold the tension, d'you know yourself, it's the handiest yoke you'll find.", 0.3),  # 11
    ("My neighbour Mossie, God love him, did a chair last summer and he varnished it with the cane still wet.", 0.3),  # 12
    ("Well, the varnish went all cloudy and the seat sagged like a hammock, and he was giving out about it for a month.", 1.7),  # 13
    ("Uh, step two is the first horizontal pass, side to side, laid over the top of the verticals.", 0.3),  # 14
    ("Step three is the second vertical pass, you lay it right beside the first one, um, in the same holes.", 0.3),  # 15
    ("Then step four is the second horizontal pass, and this time you weave it, under and over through the verticals.", 0.3),  # 16
    ("That's the fiddly one, and it's slow, I won't lie to you, the pegs keep popping out.", 1.9),  # 17
    ("Now step five is the first diagonal, and you go from the back left, ah no, hold on, that's the wrong corner, I'll go again.", 0.3),  # 18
    ("Step five is the first diagonal, from the front left corner to the back right, under the verticals and over the horizontals.", 0.3),  # 19
    ("Step six is the second diagonal, the other way across, over the verticals and under the horizontals this time.", 0.3),  # 20
    ("If you get that backwards, feck it, you'll know soon enough because it won't go through.", 0.3),  # 21
    ("Um, the diagonals take the longest, there's a good hour in each of them.", 1.6),  # 22
    ("Step seven is the binder, a wider strip of cane laid over the holes all the way round the edge to hide them.", 0.3),  # 23
    ("You tie it down with a thin bit of cane, up through one hole and down through the next, every second hole.", 0.3),  # 24
    ("Then you plug the corner holes with a little peg and a dab of glue, and trim them off flush.", 0.3),  # 25
    ("Leave about three quarters of an inch on the ends underneath and tuck them in, d'you know yourself.", 0.3),  # 26
    ("Let it dry overnight and, uh, don't sit on it, I'm telling you, don't sit on it.", 1.5),  # 27
    ("Now look at that, tight as a drum, she'd be delighted with it.", 0.3),  # 28
    ("The whole job took me, um, four evenings, and the craic was mighty with the radio on.", 0.3),  # 29
    ("My granddaughter Aoife watched a bit of it on the video call and said it was deadly, which is good, I'm told.", 0.3),  # 30
    ("If you're a beginner, uh, buy a bit more cane than you need, because you'll make an eejit of yourself the first time like I did.", 0.3),  # 31
    ("And don't go varnishing it wet like Mossie, whatever you do.", 0.3),  # 32
    ("So, um, that's my mother's chair back in business, grand job.", 0.3),  # 33
    ("If you've a chair like this out in the shed, have a go yourself, sure what harm.", 0.4),  # 34
    ("Slán for now.", 0.59),  # 35
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("So that's the mother's chair done, and a grand job too, if I say so myself.", 0.4),
    ("Have a go yourself, slán for now.", 0.5),
]
SPEC = TalkProject(
    title="Re-caning Mam's Chair with Declan", topic="chair caning", talk=TALK, talk_color="0x6a5a48", music=MUSIC,
    music_tones=(220, 330, 240), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-18.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=132.0, filler=110.0, swing=14.0, step=0.41, tremolo=3.6),
)


def create_chair_project(target: str | Path):
    """The chair project at ``target`` (a Session): talk and music on the timeline, B-roll, a second
    sign-off take and a hammer tap sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "sine=frequency=900:duration=0.3", "-af",
                "afade=t=out:st=0.01:d=0.29,volume=0.6", str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="two light taps of a small hammer, sound effect"))],
                  "Import the hammer tap sound effect")
    return session

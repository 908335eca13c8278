"""Blind evaluation project J: Tomasz replaces the cabin air (pollen) filter behind his car's glovebox.

Written without reading the planner. Built like project_i_tap.py: the talk is a camera file
(C0042.MP4, the way a Sony camera names it) whose transcript is written here with word times and
whose audio is made from those times (a voiced tone per word, digital silence in the pauses), so
the fillers (seven um/uh, plus "sort of", "you know", "I mean" and "like"), five long pauses and one
retake said out loud ("sorry, let me say that again") are exactly where the transcript says.
Several sentences share topic words (the glovebox, the clips, the damper arm, the arrow, the
housing, the smell, "two minutes", "pounds"), so a reference has to be precise. B-roll is named
like people's files: phone timestamps (Pixel PXL_, Android VID_, two Samsung clips that are
near-identical: unclipping the left side of the glovebox, then the right side), an iPhone IMG_
number, a DJI action-cam file, two stills (old and new filter side by side, the airflow arrow
close up) and a few descriptive names. A second take of the outro is in the bin only, and so is a
plastic clip "snap" sound effect (an audio file).

    ids: m1 talk, m2..m11 B-roll (BROLL order), m12 music, m13 outro take 2, m14 clip snap sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 lo-fi bed, talk length, -14 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "C0042.MP4"
MUSIC = "lofi_chill_bed_90bpm.mp3"
TAKE2 = "outro take 2.wav"
SFX = "plastic clip snap.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("PXL_20261115_103012345.mp4", 6.0, "tissue held up to the dashboard vent barely moving with the fan on full"),  # m2
    ("IMG_4471.MOV", 5.0, "emptying the glovebox onto the passenger seat, old parking tickets and sweet wrappers"),  # m3
    ("VID_20261115_104455.mp4", 6.0, "pulling the glovebox damper arm off its little pin"),  # m4
    ("20261115_104803.mp4", 5.0, "squeezing the left side of the glovebox inwards so the clip clears the dash"),  # m5
    ("20261115_104851.mp4", 5.0, "squeezing the right side of the glovebox inwards so the clip clears the dash"),  # m6
    ("old vs new filter.jpg", None, ""),  # m7
    ("arrow_closeup.jpg", None, ""),  # m8
    ("DJI_20261115_105512_0031_D.MP4", 8.0, "action cam on the footwell, old cabin filter sliding out of the housing with leaves falling"),  # m9
    ("new filter going in.mp4", 6.0, ""),  # m10
    ("fan test full blast.mov", 5.0, ""),  # m11
]
COLORS = ["0x30343a", "0x6a5a48", "0x2a2a2e", "0x3c3c40", "0x3e3e42", "0xd8d8d0", "0xe8e4d8", "0x505848",
          "0x202020", "0x708090"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hi, I'm Tomasz, and today we're swapping the cabin air filter in my Skoda, the one that hides behind the glovebox.", 0.3),  # 0
    ("Um, for a few weeks now the car has had this musty smell, sort of damp and old, every time I switch the fan on.", 0.4),  # 1
    ("And the fan feels weak as well, even on full it barely pushes any air through the vents.", 1.8),  # 2
    ("Some people call it the pollen filter, it's the same part, it cleans the air that comes into the cabin.", 0.3),  # 3
    ("Tools wise you need almost nothing, a torch, a small flat screwdriver and, uh, a bin bag for the mess.", 0.3),  # 4
    ("The new filter was eighteen pounds online, and I went for the activated carbon type because it also takes out smells.", 1.6),  # 5
    ("First job, empty the glovebox completely, because everything in there will end up on the floor otherwise.", 0.3),  # 6
    ("I found three old parking tickets, a tyre gauge and, you know, about half a kilo of sweet wrappers.", 0.3),  # 7
    ("Now open the glovebox and look at the left side, there's a little damper arm clipped onto the side wall.", 0.3),  # 8
    ("Pull the arm towards you and it pops off its pin, it's only there to make the lid drop slowly.", 0.3),  # 9
    ("Next, squeeze the left side of the glovebox inwards until the clip clears the edge of the dash.", 0.3),  # 10
    ("Then do exactly the same on the right side, squeeze it in and the second clip comes free.", 0.3),  # 11
    ("Um, don't force it, I mean, those clips are plastic and if they snap you'll hear a rattle forever.", 2.1),  # 12
    ("With both clips out, the glovebox swings right down and hangs there, and behind it you can see the filter housing.", 0.3),  # 13
    ("The housing has a narrow door on the front held by two tabs, press them together and the door comes away.", 0.3),  # 14
    ("And here's the old filter, let's slide it out slowly so we don't drop everything into the footwell.", 0.3),  # 15
    ("Look at that, it's grey, it's full of leaves and dust, and there's, uh, a dead spider stuck in the pleats.", 0.3),  # 16
    ("No wonder the fan was struggling, hardly any air can get through something that clogged.", 1.7),  # 17
    ("Before the new one goes in, have a look at the arrow printed on the side of the filter.", 0.3),  # 18
    ("The arrow shows which way the air flows, and on this car it should point down towards the floor.", 0.3),  # 19
    ("Now slide the new filter in with the arrow pointing, um, up, no, wait, sorry, let me say that again.", 0.3),  # 20
    ("Now slide the new filter in with the arrow pointing down, and push it all the way to the back of the housing.", 0.3),  # 21
    ("You can see the carbon layer through the mesh, that's the black stuff that soaks up the smells.", 0.3),  # 22
    ("Clip the housing door back on, and make sure both tabs click, otherwise it will whistle at speed.", 1.5),  # 23
    ("Putting it back together is just the same steps in reverse.", 0.3),  # 24
    ("Push the glovebox back up until the left and right clips snap into the dash, then reattach the damper arm.", 0.3),  # 25
    ("Uh, the damper arm is the fiddly bit, it took me, like, two minutes to get it back onto the pin.", 0.3),  # 26
    ("Time to test it, ignition on, fan on full, and wow, that's properly blowing now.", 0.3),  # 27
    ("And the musty smell has gone, the air smells of nothing at all, which is exactly what you want.", 0.3),  # 28
    ("The garage quoted me sixty five pounds for this, so I saved about forty seven pounds for two minutes of work.", 0.3),  # 29
    ("Well, maybe ten minutes if you count finding the sweet wrappers, but honestly, anyone can do this one.", 0.3),  # 30
    ("So check your cabin filter once a year, and, um, let me know in the comments what you found in yours.", 0.6),  # 31
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("So that's it, check your cabin filter every year and tell me what was living in yours.", 0.4),
    ("See you next time.", 0.5),
]
SPEC = TalkProject(
    title="Cabin Filter Swap", topic="cabin filter", talk=TALK, talk_color="0x2e3a44", music=MUSIC,
    music_tones=(196, 247, 200), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-14.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=140.0, filler=112.0, swing=18.0, step=0.6, tremolo=4.5),
)


def create_filter_project(target: str | Path):
    """The cabin filter project at ``target`` (a Session): talk and music on the timeline,
    B-roll, a second outro take and a clip snap sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "sine=frequency=2400:duration=0.15", "-af", "afade=t=out:st=0.05:d=0.1", str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="single sharp plastic clip snap sound effect"))],
                  "Import the clip snap sound effect")
    return session

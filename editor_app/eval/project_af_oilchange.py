"""Blind evaluation project AF: Mick, fifty-eight, a retired truckie from Ballarat, changes the engine
oil and the oil filter on his daughter Jess's 2012 Toyota Corolla in the driveway: warming the engine,
the ramps and chocks, the sump plug (a fourteen mil socket), draining into an old ice cream container,
the crush washer, the filter wrench, smearing oil on the new filter's seal, hand-tight plus three
quarters of a turn, four point two litres of five W thirty, the dipstick, and the old oil to the tip.

Written without reading the planner. Built like project_q_darning.py: the talk is a Canon camera file
(MVI_4127.MP4), a family no B-roll uses, whose transcript is written here with word times and whose audio is
made from those times, so the fillers (nine um/uh, five of them um, plus his own tics: "anyway" four
times, "right-o" twice, "and Bob's your uncle" twice, "mate", "fair dinkum", "bloody oath"), eight
long pauses and one retake said out loud in his own words ("no, hang on, I've gone and done that
backwards, I'll say that bit again") are exactly where the transcript says. Several sentences share
words (sump, plug, filter, dipstick, container, three quarters, crush washer, servo, heaps, tip,
cuppa, fourteen mil, drips), so a reference has to be precise. An aside is about his brother-in-law
Trevor, who once put diesel in a petrol car and is in no media. Numbers are said in words (twenty
twelve, five minutes, fourteen mil, five litres, five W thirty, four point two litres, twenty minutes,
two k's, three quarters of a turn, four litres, ten thousand k's, six months, an hour).

B-roll is named like a real person's files: three old-Samsung phone clips (20260321_154512.mp4 the car
going up the ramps, 20260321_160233.mp4 oiling the new filter's seal, 20260321_163510.mp4 pouring the
new oil in); two GoPro Hero 9 chapters from under the car that look alike (GH010044.MP4 the sump plug
coming out, GH020044.MP4 the old filter spun off), told apart only by their descriptions; two Nikon
clips (DSC_0871.MOV with no description, DSC_0879.MOV the dipstick); a dashcam clip (the tip run); a
Facebook video save (new oil pouring, slow motion); Jess's Windows Clipchamp export; a photo of the oil
bottle (the only still); names a person typed ("under car DRIP tray.mp4", "chocks and ramps.mp4") and
a version-suffixed one ("sump plug OK this one 2.mp4"). A second take of the sign-off recorded on his
phone (Voice 014.m4a) is in the bin only, and so is a ratchet sound effect.

    ids: m1 talk, m2..m15 B-roll (BROLL order), m16 music, m17 sign-off take 2, m18 ratchet sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 music bed, talk length, -15 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "MVI_4127.MP4"
MUSIC = "Kevin Hartnell - Highway Dust.mp3"
TAKE2 = "Voice 014.m4a"
SFX = "ratchet clicks.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("20260321_154512.mp4", 6.0, "the red Corolla creeping up onto the yellow plastic ramps in the driveway"),  # m2
    ("GH010044.MP4", 8.0, "GoPro under the car: the sump plug coming out and the old oil gushing into the ice cream container"),  # m3
    ("GH020044.MP4", 8.0, "GoPro under the car from the same spot: the old oil filter being spun off and dribbling into the ice cream container"),  # m4
    ("DSC_0871.MOV", 6.0, ""),  # m5
    ("DSC_0879.MOV", 6.0, "pulling the dipstick out, wiping it on a rag and reading the level between the two dots"),  # m6
    ("2026_0321_154512_004.MP4", 7.0, "dashcam: the ute pulling into the tip and the waste oil drop-off bay"),  # m7
    ("FB_VID_4418830925118376521.mp4", 8.0, "saved from a Facebook car group: slow-motion close-up of golden new engine oil pouring"),  # m8
    ("Corolla oil change - Made with Clipchamp.mp4", 10.0, "Jess's intro: a slow walk around the red Corolla in the driveway with a title card"),  # m9
    ("oil bottle.jpg", None, "the five litre bottle of 5W-30 engine oil sitting on the bonnet"),  # m10
    ("under car DRIP tray.mp4", 6.0, ""),  # m11
    ("sump plug OK this one 2.mp4", 5.0, ""),  # m12
    ("20260321_160233.mp4", 6.0, "smearing fresh oil round the rubber seal of the new oil filter with a fingertip"),  # m13
    ("chocks and ramps.mp4", 5.0, ""),  # m14
    ("20260321_163510.mp4", 7.0, "pouring the new oil into the engine through a funnel, the bonnet up"),  # m15
]
COLORS = ["0xa02020", "0x303030", "0x383838", "0x606050", "0x806040", "0x505a60", "0xc09020", "0xb03030",
          "0xd0c0a0", "0x404040", "0x707070", "0x908070", "0xc0c020", "0x607080"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("G'day, I'm Mick, and this arvo I'm doing the oil and filter on my daughter's Corolla, she's a twenty twelve.", 0.4),  # 0
    ("Um, Jess reckons it hasn't been done since she bought it, which, anyway, we'll find out.", 0.3),  # 1
    ("First up, run the engine for about five minutes so the oil's warm and runs out nice and thin.", 1.8),  # 2
    ("Not too hot, mind you, or you'll be burning your knuckles on the sump.", 0.3),  # 3
    ("Right-o, drive her up onto the ramps and chock the back wheels so she can't roll back on you.", 0.3),  # 4
    ("Uh, handbrake on, stick it in park, and bloody oath, never get under a car that's only sitting on a jack.", 1.7),  # 5
    ("Here's what you need, a fourteen mil socket, a filter wrench, a new crush washer and an old ice cream container.", 0.3),  # 6
    ("I got five litres of five W thirty from the servo, and it was heaps cheaper than I expected.", 0.3),  # 7
    ("She only takes four point two litres, but it's handy to have a drop spare for topping up.", 1.6),  # 8
    ("Now, slide the ice cream container under the sump plug and crack it off with the fourteen mil.", 0.3),  # 9
    ("Undo the last few turns by hand, um, keep pushing it up till it's free, then whip it away quick.", 0.3),  # 10
    ("Hot oil up your sleeve, fair dinkum, you won't do that twice.", 0.3),  # 11
    ("Let her drain for a good twenty minutes and go and have a cuppa, anyway.", 1.9),  # 12
    ("That reminds me, my brother-in-law Trevor once filled his missus's petrol car up with diesel at the servo.", 0.3),  # 13
    ("Got about two k's down the road before it coughed and died, and the tow cost him heaps.", 0.3),  # 14
    ("Anyway, Trev's not allowed near a bowser anymore, and we don't let him forget it.", 1.5),  # 15
    ("Right-o, once she's stopped dripping, wipe the plug clean and put a new crush washer on it.", 0.3),  # 16
    ("Do the plug back up snug, uh, not gorilla tight, or you'll strip the thread in the sump and then you're stuffed.", 0.3),  # 17
    ("Now the filter lives round the front of the engine, up near the exhaust.", 0.3),  # 18
    ("Get the filter wrench on it and crack it loose, then spin it off by hand.", 0.3),  # 19
    ("It'll still be full of oil, so hold it level and tip it straight into the container.", 1.6),  # 20
    ("Then you, um, screw the new one, no, hang on, I've gone and done that backwards, I'll say that bit again.", 0.3),  # 21
    ("Then you smear a bit of fresh oil round the rubber seal on the new filter before it goes on.", 0.3),  # 22
    ("That stops the seal grabbing and tearing, and it comes off easier next time.", 0.3),  # 23
    ("Screw it on hand-tight, then give it another three quarters of a turn, and Bob's your uncle.", 0.3),  # 24
    ("Don't go mad with the wrench on the new one, hand-tight plus three quarters is plenty.", 1.8),  # 25
    ("Now, uh, pop the bonnet, take the cap off and pour in about four litres to start with.", 0.3),  # 26
    ("Give it a minute to settle, then pull the dipstick, wipe it, and check it again.", 0.3),  # 27
    ("You want it between the two dots on the dipstick, so top her up a bit at a time, and Bob's your uncle.", 0.3),  # 28
    ("Start her up, let her idle for a minute, and have a squiz underneath for drips round the plug and the filter.", 0.3),  # 29
    ("No drips, she'll be right, um, switch her off and check the dipstick one more time.", 1.7),  # 30
    ("Pour the old oil into the empty bottles and take it down the tip, they'll take it off you for free.", 0.3),  # 31
    ("Don't you dare tip it down the stormwater drain, mate, that's how you end up in the paper.", 0.3),  # 32
    ("Do it every ten thousand k's or every six months, whichever comes first, and the engine will outlast the car.", 0.3),  # 33
    ("Anyway, um, that's an oil change, took me about an hour with a cuppa in the middle.", 0.3),  # 34
    ("Jess, you owe me a carton, and, uh, hit subscribe if you reckon that was any use.", 0.4),  # 35
    ("Hooroo.", 0.59),  # 36
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("Right, that's the oil done, and Jess, you still owe me a carton.", 0.4),
    ("Subscribe if it helped, hooroo.", 0.5),
]
SPEC = TalkProject(
    title="Oil Change with Mick", topic="oil change", talk=TALK, talk_color="0x4a5a4a", music=MUSIC,
    music_tones=(147, 220, 240), music_codec=("-c:a", "libmp3lame", "-b:a", "128k"), music_db=-15.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=118.0, filler=98.0, swing=12.0, step=0.41, tremolo=3.6),
)


def create_oilchange_project(target: str | Path):
    """The oil change project at ``target`` (a Session): talk and music on the timeline, B-roll, a second
    sign-off take and a ratchet sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "anoisesrc=color=pink:amplitude=0.5:duration=0.6", "-af",
                "apulsator=hz=12:amount=1,highpass=f=1200,afade=t=out:st=0.4:d=0.2", str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="a ratchet spanner clicking, sound effect"))],
                  "Import the ratchet sound effect")
    return session

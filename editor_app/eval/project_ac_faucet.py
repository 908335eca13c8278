"""Blind evaluation project AC: Ingrid, thirty-eight, a Norwegian-born ICU nurse in Minneapolis, replaces
the cartridge of a dripping single-handle kitchen faucet: shutting off the two supply valves under the
sink, prying off the decorative cap, loosening the hex screw, pulling the handle, the retaining clip,
pulling the old cartridge with pliers, taking it to the hardware store to match it, plumber's grease on
the O-rings, putting it all back, and checking for leaks with a paper towel.

Written without reading the planner. Built like project_q_darning.py: the talk is an iPhone 15 file
(IMG_4417.MOV) whose transcript is written here with word times and whose audio is made from those
times (a voiced tone per word, digital silence in the pauses), so the fillers (nine um/uh, plus her own
tics: "okay so" five times, "right?" at six sentence ends, "which is fine" three times, "uff da" twice,
"you betcha" twice, "ope", "oh for cute", "not too shabby"), eight long pauses and one retake said out
loud in her own words ("no wait, I said that backwards, let me start that part over") are exactly where
the transcript says. Several sentences share words (cartridge, supply valves, hex screw, decorative cap,
retaining clip, paper towel, O-rings, pliers, store, minute, dry, Gunnar), so a reference has to be
precise. An aside is about her brother-in-law Gunnar, who flooded his basement fixing the same faucet
and is in no media. Numbers are said in words (two weeks, eleven years old, two supply valves, a three
eighths inch hex key, forty dollars, two O-rings, a quarter turn, ten minutes, twelve hour shifts,
forty five minutes).

B-roll is named like a real person's files: two Samsung Galaxy clips that look alike
(20260214_181502.mp4 prying the retaining clip out, 20260214_181744.mp4 the same angle pulling the old
cartridge with pliers), told apart only by their descriptions; an iPhone HEVC edited copy
(IMG_E4418.MOV, prying off the cap); two more iPhone clips (IMG_4425.MOV the store aisle, IMG_4428.MOV
the new cartridge going in) and an iPhone still (IMG_4433.JPG, the dry paper towel); a Ring doorbell
clip of her leaving for the store; a Wyze kitchen camera clip; a Snapchat save (the drip into a mug); an
iMovie export with no description (My Movie 3.mp4); a Home Depot product photo (cartridge_8f3d2a.jpg);
names she typed ("under sink DARK.mp4", "greasing the o rings.mov", and the version-suffixed "handle off
take2 FINAL.mov"). Some media have descriptions, others only their names. A Voice Memos second take of
the sign-off (New Recording 27.m4a) is in the bin only, and so is a faucet drip sound effect.

    ids: m1 talk, m2..m15 B-roll (BROLL order), m16 music, m17 sign-off take 2, m18 drip sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 music bed, talk length, -18 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "IMG_4417.MOV"
MUSIC = "ES_Kitchen Window - Sven Karlsson.mp3"
TAKE2 = "New Recording 27.m4a"
SFX = "faucet drip.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("20260214_181502.mp4", 7.0, "close-up of the faucet body with the handle off, prying the retaining clip up with a small flathead screwdriver"),  # m2
    ("20260214_181744.mp4", 7.0, "close-up of the faucet body with the handle off from the same angle, gripping the old cartridge with pliers and pulling it up and out"),  # m3
    ("IMG_E4418.MOV", 6.0, "prying the chrome decorative cap off the top of the handle with a butter knife"),  # m4
    ("under sink DARK.mp4", 6.0, ""),  # m5
    ("handle off take2 FINAL.mov", 5.0, ""),  # m6
    ("Front Door 2026-02-14 18.30.mp4", 8.0, "Ring doorbell camera: Ingrid walking out the front door in her parka with the old cartridge in a ziplock bag, snow on the steps"),  # m7
    ("wyze_20260214_1904.mp4", 6.0, "wide shot from the kitchen camera on top of the fridge, Ingrid bent over the sink with a flashlight in her mouth"),  # m8
    ("Snapchat-1718273645.mp4", 6.0, "the faucet dripping into a coffee mug before the fix, with the caption 'day 14 of this'"),  # m9
    ("My Movie 3.mp4", 8.0, ""),  # m10
    ("cartridge_8f3d2a.jpg", None, "Home Depot product photo of the replacement single-handle faucet cartridge on a white background"),  # m11
    ("IMG_4425.MOV", 6.0, "the hardware store aisle, holding the old cartridge up next to the new one on the shelf"),  # m12
    ("greasing the o rings.mov", 5.0, ""),  # m13
    ("IMG_4428.MOV", 6.0, "pushing the new cartridge down into the faucet body with the notch facing the sink"),  # m14
    ("IMG_4433.JPG", None, "a dry paper towel wrapped around the base of the faucet after the fix"),  # m15
]
COLORS = ["0x9a9ca0", "0x8a8c90", "0xc0c4c8", "0x101418", "0x707478", "0x30343a", "0x5a5e62", "0xd0c8b0",
          "0x405060", "0xf8f8f8", "0xe08020", "0x606a70", "0xa0a4a8", "0xeeeeea"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hi, I'm Ingrid, and okay so, our kitchen faucet has been dripping for about two weeks now, and tonight I'm finally fixing it.", 0.4),  # 0
    ("It's a single handle faucet, eleven years old, and the drip is coming from the cartridge, right?", 0.3),  # 1
    ("Uff da, you can hear it all night from the bedroom, which is fine, but it's driving my husband nuts.", 1.8),  # 2
    ("First thing, um, shut off the water at the two supply valves under the sink.", 0.3),  # 3
    ("Turn them clockwise until they stop, and then open the faucet to let the pressure out.", 0.3),  # 4
    ("Put a towel in the sink so nothing falls down the drain, right?", 1.6),  # 5
    ("Okay so, the decorative cap on the handle just pries off with a butter knife or a thin flathead.", 0.3),  # 6
    ("Under the cap there's a hex screw, and on mine it takes a three eighths inch hex key.", 0.3),  # 7
    ("Loosen it a few turns, you don't have to take it all the way out, and, uh, lift the handle straight up.", 0.3),  # 8
    ("Ope, it's a little stuck, which is fine, just wiggle it side to side.", 1.5),  # 9
    ("My brother-in-law Gunnar tried this same faucet at his place and forgot to shut the water off, and he flooded his basement, right?", 0.3),  # 10
    ("Um, so learn from Gunnar, check those valves twice.", 1.7),  # 11
    ("Now you can see the retaining clip sitting on top of the cartridge.", 0.3),  # 12
    ("Pry the clip up with a small screwdriver and set it somewhere safe, because it will roll away on you.", 0.3),  # 13
    ("Okay so, grab the stem of the old cartridge with pliers and pull straight up, uh, it can take some muscle.", 0.3),  # 14
    ("Uff da, there it goes, and look at that, the rubber is all cracked.", 1.8),  # 15
    ("Now, take the old cartridge with you to the hardware store so you get the exact match, right?", 0.3),  # 16
    ("There are a lot of cartridges that look the same, um, and the guy at the counter matched mine in about a minute.", 0.3),  # 17
    ("It was forty dollars, which is fine, cheaper than a plumber, you betcha.", 1.6),  # 18
    ("Okay so, before it goes in, put plumber's grease on the two O-rings.", 0.3),  # 19
    ("Just a thin coat with your finger, you don't want big globs of it.", 0.3),  # 20
    ("Then push the new cartridge down into the body with the tab lined up to the, um, no wait, I said that backwards, let me start that part over.", 0.3),  # 21
    ("Then push the new cartridge down into the body with the notch facing forward, toward the sink.", 0.3),  # 22
    ("Put the retaining clip back on, and make sure it snaps all the way into the groove.", 0.3),  # 23
    ("Handle goes back on, tighten the hex screw, and press the decorative cap back in.", 1.5),  # 24
    ("Now open the two supply valves slowly, about a quarter turn at a time, right?", 0.3),  # 25
    ("Run the water hot and cold for a minute to push the air out.", 0.3),  # 26
    ("Uh, then wrap a dry paper towel around the base and under the sink connections.", 0.3),  # 27
    ("If the paper towel stays dry after ten minutes, you're good.", 0.3),  # 28
    ("Mine stayed dry, and oh for cute, the handle even turns smoother than before.", 1.7),  # 29
    ("Not too shabby for a nurse with a pair of pliers.", 0.3),  # 30
    ("In the ICU I do twelve hour shifts, so, um, a faucet is a nice easy patient, right?", 0.3),  # 31
    ("The whole job took me about forty five minutes, not counting the drive to the store.", 0.3),  # 32
    ("If it still drips after a new cartridge, uh, the seat or the spout O-ring might be the problem.", 0.3),  # 33
    ("Okay so, that's how you replace a faucet cartridge, and Gunnar, this one's for you.", 0.3),  # 34
    ("Thanks for watching, you betcha.", 0.59),  # 35
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("Okay so, new cartridge, no more drip, and Gunnar, this one's for you.", 0.4),
    ("Thanks for watching, you betcha.", 0.5),
]
SPEC = TalkProject(
    title="Fixing the Drippy Faucet with Ingrid", topic="faucet cartridge", talk=TALK, talk_color="0x6a6058", music=MUSIC,
    music_tones=(220, 330, 240), music_codec=("-c:a", "libmp3lame", "-b:a", "128k"), music_db=-18.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=208.0, filler=172.0, swing=20.0, step=0.41, tremolo=4.6),
)


def create_faucet_project(target: str | Path):
    """The faucet project at ``target`` (a Session): talk and music on the timeline, B-roll, a Voice Memos
    second take of the sign-off and a faucet drip sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "sine=frequency=1400:duration=0.3", "-af",
                "afade=t=out:st=0.02:d=0.28,volume=0.6", str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="a single water drop plinking into a sink, sound effect"))],
                  "Import the faucet drip sound effect")
    return session

"""Blind evaluation project V: Kemi, nineteen, a Nigerian-British student in Peckham, London, replaces
the cracked screen of her Samsung phone on her bedroom desk: the heat mat (ninety seconds at eighty
degrees), a suction cup and a plastic pick for the back glass, eleven tiny screws on a strip of tape,
the spudger for the battery connector, the old screen off from the cracked corner, the new one point
two millimetre adhesive, everything back in order, and heavy books as a clamp.

Written without reading the planner. Built with editor_app.eval.talk_project like project_q_darning.py:
the talk is a Canon DSLR file (MVI_0418.MOV) whose transcript is written here with word times and whose
audio is made from those times (a voiced tone per word, digital silence in the pauses), so the fillers
(nine: six um, three uh, plus her own tics: "literally" four times, "innit" three, "lowkey" two, "bare"
two, "you get me" two), seven long pauses and one retake said out loud in her own words ("no wait,
allow it, I've got that the wrong way round, let me do that bit again") are exactly where the transcript
says. Several sentences share words (screen, glue, heat mat, ninety seconds, battery, screws, pick,
tape, frame, cable, adhesive, back glass, corner, in the same order, eleven screws, money), so a
reference has to be precise. Asides mention her cousin Tunde, who dropped the phone and is in no media.
Numbers are said in words (twenty two pounds, forty pounds, ninety seconds, eighty degrees, eleven
screws, one point two millimetres, an hour and a half).

B-roll is named like a real person's files: two Samsung phone clips that look alike (20260512_143022.mp4
pulling the back glass up with the suction cup, 20260512_143417.mp4 from the same angle running the pick
round the edge), told apart only by their descriptions; an Insta360 export (the desk), an OBS desktop
recording with no description, a CapCut export (screws timelapse), a TikTok download with a long numeric
name, a Snapchat save, a Canon DSLR close-up (MVI_0423.MOV), a Canon still (IMG_0431.JPG, the finished
phone), a Samsung screenshot of a repair guide (.png), a version-suffixed name (new_screen_press_FINAL_v2.mp4)
and snake_case names with no description. A second take of the sign-off recorded on a wireless mic
(REC00012.WAV) is in the bin only, and so is a glass crack sound effect.

    ids: m1 talk, m2..m15 B-roll (BROLL order), m16 music, m17 sign-off take 2, m18 crack sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 lofi bed, talk length, -14 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "MVI_0418.MOV"
MUSIC = "Chill Lofi Type Beat (prod. Kxng Sly).mp3"
TAKE2 = "REC00012.WAV"
SFX = "glass crack sfx.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("20260512_143022.mp4", 7.0, "overhead of the phone face down on the heat mat, pulling the back glass up with the suction cup"),  # m2
    ("20260512_143417.mp4", 7.0, "overhead of the phone face down on the heat mat from the same angle, sliding the plastic pick round the edge"),  # m3
    ("VID_20260512_143500_00_012.mp4", 6.0, "wide 360 shot of the bedroom desk with the ring light on and all the tools laid out"),  # m4
    ("2026-05-12 14-35-10.mkv", 6.0, ""),  # m5 OBS desktop recording
    ("CapCut_20260513_210455.mp4", 6.0, "sped-up timelapse of the eleven screws coming out of the middle frame onto a strip of tape"),  # m6
    ("7368214590123456789.mp4", 8.0, "tiktok of someone else's phone screen shattering in slow motion"),  # m7
    ("Snapchat-1834729561.mp4", 5.0, "my friend filming me holding up the cracked phone and pulling a face"),  # m8
    ("MVI_0423.MOV", 6.0, "close-up of the spudger popping the battery connector off the board"),  # m9
    ("old_screen_lifting.mp4", 6.0, ""),  # m10
    ("new_screen_press_FINAL_v2.mp4", 5.0, ""),  # m11
    ("tape_over_cracks.mp4", 5.0, "putting strips of clear tape over the cracked glass before lifting it"),  # m12
    ("heavy_books_stack.mp4", 5.0, ""),  # m13
    ("IMG_0431.JPG", None, "the finished phone switched on on the desk, new screen, no cracks"),  # m14
    ("Screenshot_20260511_221530_Chrome.png", None, "repair guide web page showing where the eleven screws of the middle frame go"),  # m15
]
COLORS = ["0x303038", "0x383840", "0x806070", "0x202830", "0x5a5a60", "0x101010", "0xe0c030", "0x204020",
          "0x404858", "0x506070", "0xd0d0d8", "0x8a5a30", "0x70a0d0", "0xf0f0f0"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hiya, I'm Kemi, and today I'm literally going to replace the cracked screen on my Samsung at my bedroom desk, wish me luck.", 0.4),  # 0
    ("So my cousin Tunde dropped it off the bench at the bus stop last week, and the whole screen is just, um, spiderwebbed, innit.", 0.3),  # 1
    ("Tunde, if you're watching this, you owe me bare money, you get me.", 1.8),  # 2
    ("Right, you need a heat mat, a suction cup, a plastic pick, a spudger, and a tiny screwdriver for the screws.", 0.3),  # 3
    ("I got the whole kit online for twenty two pounds, which is lowkey cheaper than what the shop wanted to do it.", 0.3),  # 4
    ("The new screen came separate and that was forty pounds, so still way less than a new phone.", 1.6),  # 5
    ("First thing, turn the phone off and take the SIM tray out, trust me.", 0.3),  # 6
    ("Put the phone face down on the heat mat, ninety seconds at eighty degrees, that softens the glue on the back.", 0.3),  # 7
    ("Uh, don't go hotter than that, because you will literally cook the battery.", 0.3),  # 8
    ("Stick the suction cup near the bottom edge of the back glass and pull up gently till you see a tiny gap.", 0.3),  # 9
    ("Slide the plastic pick into the gap and run it round the edge, slowly, the glue is bare stubborn.", 1.7),  # 10
    ("If the glue goes hard again, just put it back on the heat mat for another ninety seconds.", 0.3),  # 11
    ("Once the back is off, there's eleven screws holding the middle frame, and they are tiny, like, um, tinier than you think.", 0.3),  # 12
    ("Put the screws on a bit of tape in the same order you took them out, so you know where each one goes.", 0.3),  # 13
    ("Now use the spudger to pop the battery connector off before you touch anything else.", 0.3),  # 14
    ("That's the most important step, innit, because if the battery is still connected you can short the whole board.", 1.5),  # 15
    ("Then you unclip the screen cable, it's the little flat one near the top, you get me.", 0.3),  # 16
    ("Okay so now the scary bit, getting the old screen off the frame.", 0.3),  # 17
    ("Heat the front this time, same ninety seconds, and go in with the pick from the corner where it's cracked the most.", 0.3),  # 18
    ("Go slow, uh, because the glass can splinter and it literally goes everywhere.", 0.3),  # 19
    ("I put clear tape over the cracks first, so the bits stick together when it lifts.", 1.6),  # 20
    ("When it comes off, scrape the old glue off the frame with the pick till it's, um, nice and smooth.", 0.3),  # 21
    ("Then you peel the new adhesive and, um, no wait, allow it, I've got that the wrong way round, let me do that bit again.", 0.3),  # 22
    ("Then you feed the screen cable through the frame first, and after that you peel the new adhesive and press the screen down all the way round.", 0.3),  # 23
    ("The adhesive is one point two millimetres thick, so press it properly or the screen sits proud.", 0.3),  # 24
    ("Plug the screen cable back in, then the battery connector, in that order.", 0.3),  # 25
    ("Put the middle frame back on and do the eleven screws in the same order off the tape.", 0.3),  # 26
    ("Um, then put the back glass on and clamp it, or just stack some heavy books on it like I did.", 2.0),  # 27
    ("And then you turn it on and, oh my days, it works, look at that screen.", 0.3),  # 28
    ("Honestly I was literally shaking at the battery bit, I won't lie.", 0.3),  # 29
    ("The whole thing took me about an hour and a half, but most of that was me panicking, innit.", 0.3),  # 30
    ("If it's only cracked in the corner, uh, you might get away with a screen protector for now.", 0.3),  # 31
    ("But if the touch is going funny, don't wait, change the screen before it gets worse.", 1.5),  # 32
    ("So yeah, that's how you replace a Samsung screen yourself, it's lowkey easy once you know.", 0.3),  # 33
    ("Comment if you want me to do the back glass next, and, um, follow for more.", 0.4),  # 34
    ("Peace out, and Tunde, I'm still waiting for my money.", 0.59),  # 35
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("So that's the screen done, easy, and it only took me an hour and a half.", 0.4),
    ("Follow for more, peace out.", 0.5),
]
SPEC = TalkProject(
    title="Fixing My Cracked Samsung Screen", topic="phone screen repair", talk=TALK, talk_color="0x6a4a5a", music=MUSIC,
    music_tones=(220, 330, 200), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-14.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=232.0, filler=196.0, swing=26.0, step=0.53, tremolo=5.1),
)


def create_screen_project(target: str | Path):
    """The screen repair project at ``target`` (a Session): talk and music on the timeline, B-roll, a
    second sign-off take and a glass crack sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "anoisesrc=color=pink:amplitude=0.5:duration=0.4", "-af",
                "highpass=f=1500,afade=t=out:st=0.02:d=0.38", str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="glass cracking, a short sharp sound effect"))],
                  "Import the glass crack sound effect")
    return session

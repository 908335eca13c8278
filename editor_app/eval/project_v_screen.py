"""Blind evaluation project V: Kemi, nineteen, a Nigerian-British student in Peckham, London, replaces the
cracked screen of her Samsung phone on her bedroom desk: the heat mat (ninety seconds at eighty degrees),
the suction cup and the plastic pick under the back glass, eleven tiny screws on a strip of tape, the
battery and screen connectors popped with a spudger, the front glass heated and picked off, the frame
scraped clean, the new adhesive and screen, the books on top, the connectors and screws back in order,
and the moment she switches it on.

Written without reading the planner. Built like project_q_darning.py with talk_project: the talk is a
Samsung phone file (20260512_141530.mp4) whose transcript is written here with word times and whose audio
is made from those times, so the fillers (nine um/uh, plus her own tics: "innit" three times, "literally"
six times, "lowkey" twice, "bare" twice, "you get me" twice, "allow it" once), seven long pauses and one
retake said out loud in her own words ("wait no, allow it, that's the wrong way round, let me say that
again") are exactly where the transcript says. Several sentences share words (screen, glue, heat mat,
ninety seconds, pick, spudger, connector, back glass, eleven screws, tape, Tunde, adhesive, order), so a
reference has to be precise. An aside is about her cousin Tunde, who dropped the phone and is in no
media. Numbers are said in words (ninety seconds, eighty degrees, eleven screws, one point two
millimetres, twenty two pounds, fifty five pounds, forty pounds, ten minutes, an hour and a half).

B-roll is named like a real person's files: two Samsung phone clips that look alike (20260512_143022.mp4
the pick round the back glass, 20260512_143158.mp4 the same angle round the cracked front screen), told
apart only by their descriptions; an Insta360 export (VID_..._00_012.mp4, the wide desk shot); an OBS
desktop recording with no description; a CapCut export (timelapse); a TikTok download with a long numeric
name; a Snapchat save; two Canon DSLR clips (MVI_0421.MOV the screws on tape, MVI_0424.MOV the first
switch-on); a Canon still (IMG_0430.JPG) and a Samsung screenshot of a repair guide (.png); a name with a
version suffix (adhesive_peel_FINAL_final2.mp4); a snake_case clip with no description and a name with a
space and no description. A second take of the sign-off recorded on a wireless mic (REC00012.WAV) is in
the bin only, and so is a connector click sound effect.

    ids: m1 talk, m2..m15 B-roll (BROLL order), m16 music, m17 sign-off take 2, m18 click sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 beat, talk length, -16 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "20260512_141530.mp4"
MUSIC = "Afroswing Type Beat - Peckham Summer (prod. Kairo).mp3"
TAKE2 = "REC00012.WAV"
SFX = "connector click.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("20260512_143022.mp4", 7.0, "overhead close-up of the phone on the desk, sliding the plastic pick round the edge of the back glass"),  # m2
    ("20260512_143158.mp4", 7.0, "overhead close-up of the phone on the desk from the same angle, sliding the plastic pick round the cracked front screen"),  # m3
    ("VID_20260512_143500_00_012.mp4", 6.0, "wide shot of the bedroom desk with the heat mat, the tools laid out and the ring light on"),  # m4
    ("2026-05-12 14-35-10.mkv", 6.0, ""),  # m5
    ("CapCut_20260513_101544.mp4", 8.0, "sped-up timelapse of the whole repair from start to finish"),  # m6
    ("7368412950362211589.mp4", 5.0, "someone else's tiktok of a phone screen shattering in slow motion"),  # m7
    ("Snapchat-1839204756.mp4", 5.0, "the cracked screen lit up on the bus seat, filmed just after it got dropped"),  # m8
    ("MVI_0421.MOV", 6.0, "slow push-in on the eleven tiny screws stuck in a row on a strip of tape"),  # m9
    ("MVI_0424.MOV", 6.0, "the new screen switching on for the first time, the Samsung logo lighting up"),  # m10
    ("IMG_0430.JPG", None, "the fixed phone next to a little pile of broken glass bits on the desk"),  # m11
    ("Screenshot_20260511-221403_Chrome.png", None, "repair guide page showing where the screws go on the plate over the battery"),  # m12
    ("adhesive_peel_FINAL_final2.mp4", 5.0, "peeling the blue backing film off the new adhesive strip"),  # m13
    ("spudger_battery_connector.mp4", 5.0, ""),  # m14
    ("suction cup pull.mp4", 5.0, ""),  # m15
]
COLORS = ["0x303038", "0x2a2a34", "0x6a5040", "0x1e1e2a", "0x8a6a50", "0x101010", "0x404a5a", "0x9a8a70",
          "0x0a0a20", "0xd0c8c0", "0xf0f0f4", "0x3050a0", "0x505058", "0x707078"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hiya, I'm Kemi, and today I'm literally fixing my own cracked phone screen on my bedroom desk, so wish me luck.", 0.4),  # 0
    ("So my cousin Tunde dropped my phone face down on the bus, and now the whole screen is cracked like a spider web, innit.", 0.3),  # 1
    ("Tunde, if you're watching this, you still owe me forty pounds, and no, a sausage roll does not count, you get me.", 1.8),  # 2
    ("Right, what you need is a heat mat, a suction cup, a plastic pick, a spudger, and a tiny screwdriver for the screws.", 0.3),  # 3
    ("I got the whole kit online for, um, twenty two pounds, which is lowkey cheaper than what the shop wanted for one screen.", 0.3),  # 4
    ("The new screen was another fifty five pounds, so it's still bare cheaper than a new phone.", 1.6),  # 5
    ("First, switch the phone off properly and take the case off, obviously.", 0.3),  # 6
    ("Put the phone face down on the heat mat and heat it for ninety seconds at eighty degrees to soften the glue.", 0.3),  # 7
    ("Don't go hotter than that, literally, or you'll, um, cook the battery and that's a whole other video.", 0.3),  # 8
    ("Stick the suction cup near the bottom edge of the back glass and pull up slowly, just enough to make a little gap.", 0.3),  # 9
    ("Uh, slide the plastic pick into the gap and run it along the edge to cut through the glue.", 1.7),  # 10
    ("If the glue fights you, put it back on the heat mat for another ninety seconds, don't force it.", 0.3),  # 11
    ("Lift the back glass off like a book cover, slowly, because the fingerprint cable is still attached, innit.", 0.3),  # 12
    ("Now you've got eleven screws holding the plate over the battery, and they are literally so tiny.", 0.3),  # 13
    ("Stick every screw on a bit of tape in order, because I lost one last time and I'm still not over it.", 1.5),  # 14
    ("Use the spudger to pop the battery connector off first, um, so nothing shorts out.", 0.3),  # 15
    ("Then unclip the screen connector, it just pops off like a little Lego piece.", 0.3),  # 16
    ("Next you flip the phone over and heat the front for ninety seconds, uh, same as before.", 0.3),  # 17
    ("Work the pick all the way round the cracked glass and, you get me, take your time on the corners.", 0.3),  # 18
    ("The old screen comes off in bits, so wear glasses or something, I'm not playing.", 1.5),  # 19
    ("Scrape the old glue off the frame with the spudger until it's proper clean.", 0.4),  # 20
    ("Then you peel the backing off the new adhesive and, um, wait no, allow it, that's the wrong way round, let me say that again.", 0.3),  # 21
    ("Then you wipe the frame with alcohol first, and after that you peel the backing off the new adhesive and line it up.", 0.3),  # 22
    ("Feed the new screen cable through the slot in the frame before you press anything down.", 0.3),  # 23
    ("Press the new screen down round the edges and put a stack of books on top for about ten minutes.", 1.6),  # 24
    ("Clip the screen connector back in, then the battery connector, in that order.", 0.3),  # 25
    ("Put the eleven screws back in the same order they came out, that's why the tape matters.", 0.3),  # 26
    ("The gap round the new screen is about one point two millimetres, so check the cable isn't trapped under the edge.", 0.3),  # 27
    ("Put the back glass on with fresh adhesive and hold it down for a minute.", 0.3),  # 28
    ("Okay, moment of truth, I'm turning it on, uh, lowkey scared.", 1.8),  # 29
    ("It's on, it literally works, the touchscreen works, everything works.", 0.3),  # 30
    ("The fingerprint sensor still works as well, which I was literally praying for.", 0.3),  # 31
    ("Honestly, the whole thing took me about an hour and a half, mostly because I kept stopping to film.", 0.3),  # 32
    ("If I can do it, you can do it, just don't let Tunde hold your phone, um, ever, literally bare clumsy.", 0.3),  # 33
    ("Drop a comment if you want me to do the battery next, and, uh, subscribe, innit.", 0.4),  # 34
    ("Right, I'm off, love you lot, bye.", 0.59),  # 35
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("Okay that's my screen fixed, tell me what to fix next in the comments.", 0.4),
    ("Love you lot, bye.", 0.5),
]
SPEC = TalkProject(
    title="Fixing My Cracked Screen", topic="phone screen repair", talk=TALK, talk_color="0x4a3a4a", music=MUSIC,
    music_tones=(174, 261, 220), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-16.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=215.0, filler=180.0, swing=22.0, step=0.41, tremolo=5.1),
)


def create_screen_project(target: str | Path):
    """The screen repair project at ``target`` (a Session): talk and music on the timeline, B-roll, a second
    sign-off take and a connector click sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "anoisesrc=color=pink:amplitude=0.5:duration=0.12", "-af",
                "highpass=f=1200,afade=t=out:st=0.005:d=0.11", str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="a small sharp plastic click, sound effect"))],
                  "Import the connector click sound effect")
    return session

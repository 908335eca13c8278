"""Requests for things the editor has no tool for (noise reduction, reverb, pitch, EQ, stabilising,
sharpening, looks like a vignette, keying, playing backwards, freeze frames): say so and change nothing.

Why: read word by word these look like edits the planner does know. "Remove the background noise
from my voice" has "remove" and "my voice" (the talk clip), so it planned deleting the whole talk;
"boost the bass in the music" turned the music up. A request the editor cannot do is answered with
what it cannot do and the nearest thing it can, never with another edit. A media file whose name
holds the word ("hum.wav", "echo canyon.mp4") is a clip, not an effect, and is left to the intents.
"""

from __future__ import annotations

import re

from editor_app.model.project import Project
from editor_app.planner.types import Unclear

_REMOVE = r"(?:remove|reduce|lower|cut(?:\s+out)?|take\s+out|get\s+rid\s+of|kill|lose|ditch|strip(?:\s+out)?|fix|filter(?:\s+out)?|" \
          r"clean(?:\s+up)?|eliminate|suppress|minimi[sz]e|less|too\s+much|deal\s+with|sort\s+out|tone\s+down)"
_GAP = r"(?:\s+(?:the|that|this|all|of|some|any|most|annoying|constant|loud|horrible|awful|bad|little|faint|high|low|" \
       r"pitched|background|electrical|my|our|from|in|on|audio|sound|voice))*\s+"
_NOISE = r"(?:(?:wind|traffic|room|fan|fridge|mains|mic|microphone)\s+)?" \
         r"(?:noise|hiss(?:ing)?|hum(?:ming)?|buzz(?:ing)?|static|crackl(?:e|ing)|rumble)(?!\s+(?:shot|camera|clip|image|picture|photo|frame|line|lines|sentence|sentences|bit|part|quote|comment|remark))"  # round 21: "the buzzing line can go"
_ECHO = r"(?:echo(?:ey|y)?|reverb)"

# (pattern, what it is, the nearest thing the editor can do or "")
_KINDS: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(rf"\b{_REMOVE}{_GAP}{_NOISE}\b|\b{_NOISE}\s+(?:out|removed|gone|reduced|away)\b|\bwind\s+noise\b|"
                r"\bde-?nois(?:e|ing)\b|\bnoise\s+(?:reduction|removal|gate|suppression)\b|"
                r"\b(?:clean|tidy)\s+up\s+(?:the\s+|my\s+)?(?:audio|sound|voice)(?:\s+quality)?\b|"
                r"\b(?:audio|sound|voice|mic|recording)\s+(?:is|sounds|'s)\s+(?:a\s+bit\s+|really\s+|so\s+|too\s+|very\s+)?noisy\b|"
                r"\bnoisy\s+(?:audio|sound|mic)\b", re.I),
     "noise reduction", 'I can turn the music down under you ("duck the music under my voice") or even out the '
                        'loudness ("normalize the audio").'),
    (re.compile(rf"\b{_REMOVE}{_GAP}{_ECHO}\b|\b{_ECHO}\s+(?:out|removed|gone)\b|"
                rf"\b(?:add|put|give|with|more|some|bit\s+of)(?:\s+(?:a|an|some|bit|of|little|the))*\s+{_ECHO}\b|\bdereverb\b|"
                r"\b(?:sounds|is)\s+(?:really\s+|so\s+|too\s+|a\s+bit\s+)?echo(?:ey|y)\b", re.I),
     "echo or reverb effects", ""),
    (re.compile(r"\b(?:voice|me)\b[^.?!]{0,25}\b(?:deeper|higher(?:\s+pitched)?|lower\s+pitched|squeakier|like\s+a\s+chipmunk)\b|"
                r"\bpitch(?:ed)?\s*(?:-\s*)?(?:shift|up|down|correct)|\b(?:change|lower|raise)\s+the\s+pitch\b|\bauto-?tune\b", re.I),
     "pitch shifting", ""),
    (re.compile(r"\b(?:boost|more|less|cut|reduce|lower|raise|increase|turn\s+(?:up|down)|bump\s+up|add)(?:\s+(?:the|some|a\s+bit\s+of|of))*"
                r"\s+(?:bass|treble|low\s+end|high\s+end|lows|highs)\b|\b(?:bass|treble)\s+(?:boost|up|down)\b|\beq\b|\bequali[sz](?:e|er|ation)\b", re.I),
     "EQ (bass and treble)", 'I can change a clip\'s volume ("make the music 3 dB louder").'),
    (re.compile(r"\bstabili[sz](?:e|ed|ation|ing)\b|\bcamera\s+shake\b|\bshakiness\b|"
                r"\b(?:is|it's|looks|too|so|really|very|a\s+bit|bit|super|quite|way)\s+(?:shaky|wobbly|jittery)\b|"
                r"\b(?:shaky|wobbly|jittery)\s+(?:footage|camera|handheld|video|shot)\b", re.I),
     "stabilisation for shaky footage", 'A slight zoom hides some shake ("zoom in a little on the X clip").'),
    # round 18: sharpening asked of a picture, not the word said of a talk about sharpening knives ("delete from 'Between
    # sharpening' to ...", "the sharpening bit")
    (re.compile(r"\bsharpen(?:ed)?\s+(?:it|that|this|them|me|up|(?:the\s+|my\s+)?(?:\w+\s+)?(?:video|image|picture|footage|clip|shot|"
                r"photo|pic|talk|edit|frame|focus|face)s?)\b|\bsharpen(?:ing)?\s+(?:filter|effect|mask)\b|"
                r"\b(?:make|look)\b[^.?!]{0,30}\bsharper\b|\bout\s+of\s+focus\b|\bunblur\b|\bdeblur\b|^sharpen(?:ing)?\b", re.I),
     "sharpening", ""),
    (re.compile(r"\bvignett(?:e|ing)\b|\bfilm\s+grain\b|\badd\s+(?:some\s+)?grain\b|\bgrainy\s+(?:look|effect|filter)\b|\blens\s+flares?\b|"
                r"\bglitch(?:y)?\s+effect\b|\bvhs\s+(?:look|effect|filter)\b|\bchromatic\s+aberration\b", re.I),
     "vignette, grain, flare or glitch looks", 'I can change colour and brightness ("make the X clip warmer", '
                                                  '"black and white", "brighten it") or blur a clip.'),
    (re.compile(r"\bgreen\s*-?\s*screen\b|\bblue\s*-?\s*screen\b|\bchroma\s*-?\s*key\w*\b|\bkey\s+out\b|"
                r"\b(?:remove|replace|blur|change)\s+(?:the\s+)?background\s+(?:behind|of)\s+(?:me|the\s+(?:video|shot|clip|talk))\b", re.I),
     "green-screen keying or background replacement", 'I can put a clip small in a corner over another ("the X clip small in the top right").'),
    (re.compile(r"\b(?:play|run|make|put|have|show)\b[^.?!]{0,30}\b(?:backwards?|in\s+reverse|reversed)\b|"
                r"\breverse\s+(?:playback|motion)\b|\brewind\s+effect\b", re.I),
     "reverse playback", ""),
    (re.compile(r"\b(?:add|put|insert|give|start\s+with|end\s+with|have)\b[^.?!]{0,20}\b(?:a\s+|some\s+)?(?:black|blank|white|"
                r"colou?red|plain|empty)\s+(?:screen|frame|card|slate|background|gap)\b", re.I),
     "colour cards (a black or blank screen)", 'I can fade the video in from black or out to black ("fade in the video", '
                                               '"fade out the end").'),
    # round 23: "the customer's face is in the whatsapp video, can you just remove him": a person out of the picture, not
    # the clip ("him" had deleted the whole clip)
    (re.compile(r"\b(?:face|head|person|man|woman|guy|bloke|kid|he|she|someone|somebody)\b[^.?!]{0,60}\b(?:in|on)\b[^.?!]{0,40}"
                r"\b(?:remove|erase|cut|delete|take|get\s+rid\s+of|edit)\s+(?:him|her|them|it)(?:\s+out)?\b(?!\s+(?:clip|video|shot))|"
                r"\b(?:remove|erase|edit|take|paint|photoshop)\s+(?:him|her|the\s+(?:person|man|woman|guy|customer|kid))\s+out\s+of\s+"
                r"(?:the\s+)?(?:shot|frame|picture|video|clip)\b", re.I),
     "removing a person from inside the picture", 'I can blur the clip ("blur the X clip") or remove the whole clip ("remove the X clip").'),
    # round 23: "change the colour of the new spoke to black in that clip": one thing's colour inside the picture
    (re.compile(r"\b(?:change|make|turn|recolou?r|paint)\s+(?:the\s+)?colou?r\s+of\s+(?:the|his|her|my|that|this)\s+(?!(?:video|clip|"
                r"shot|footage|picture|image|photo|whole|talk|edit)\b)[a-z' -]{2,40}?\s+(?:to|into)\s+[a-z]+\b|"
                r"\bmake\s+(?:the|his|her|my)\s+(?!(?:video|clip|shot|footage|picture|image|photo|whole|talk|edit|music|voice)\b)"
                r"[a-z' -]{2,30}?\s+(?:black|white|red|blue|green|yellow|pink|purple|orange|grey|gray|silver|gold)\s+(?:in|on)\s+"
                r"(?:that|this|the)\b", re.I),
     "changing the colour of one thing inside a clip", 'I can change a whole clip\'s colour ("make the X clip warmer", '
                                                        '"black and white").'),
    # round 24: "blur just the lagos girl's face in the tiktok, not the whole thing", "blur the competitor's logo on the can":
    # part of the picture (no tracking or masks); "blur the dashcam clip, it shows the rego" blurs the clip and stays
    (re.compile(r"\b(?:blur|pixelate|pixellate|censor|hide|mask|cover)\s+(?:out\s+)?(?:just|only)?\s*(?:the|her|his|their|my|that|this|a)\s+"
                r"(?!(?:whole|entire|clip|video|shot|footage|photo|picture|image|vid)\b)(?:[a-z'-]+\s+){0,3}"
                r"(?:face|faces|logo|logos|plate|plates|rego|number\s+plate|licen[cs]e\s+plate|sign|label|brand|name|screen|tattoo|"
                r"watermark|can|bottle|kid|child|person|man|woman|guy|girl|boy)\b(?!\s+(?:clip|video|shot|footage|photo|pic))", re.I),
     "blurring part of a picture (a face, a logo)", 'I can blur a whole clip ("blur the X clip").'),
    (re.compile(r"\bfreeze[\s-]*(?:frame|it|that|the\s+(?:frame|picture|shot|image))\b|\bhold\s+(?:on\s+)?the\s+(?:last|first)\s+frame\b|"
                r"\bstill\s+frame\b", re.I),
     "freeze frames", 'I can put a still picture from your media on the timeline ("put the X photo at 0:20 for 3 seconds").'),
]
_NOT_MINE = re.compile(r"\b(?:sound\s+effect|sfx|clip|file|track)\b", re.I)


_EFFECT_WORDS = re.compile(r"noise|hiss\w*|hum\w*|buzz\w*|static|crackl\w*|rumble|wind|echo\w*|reverb|bass|treble|shak\w+|"
                           r"wobbl\w+|vignett\w+|grain|flares?|glitch\w*|vhs|backwards?|reverse\w*|freeze|green|blue")


def _named_media(text: str, project: Project, span: tuple[int, int]) -> bool:
    """True when an effect word of the match is in a media file's name ("hum.wav", "the backwards walk.mp4")."""
    said = {w for w in re.findall(r"[a-z]+", text[span[0]:span[1]].lower()) if _EFFECT_WORDS.fullmatch(w)}
    return any(said & set(re.findall(r"[a-z]+", asset.name.lower())) for asset in project.media.values())


def unsupported(text: str, project: Project) -> None:
    """Raise Unclear naming what the editor cannot do, when ``text`` asks for it (see the module)."""
    text = re.sub(r'"[^"]*"', lambda m: '"' + " " * (len(m.group(0)) - 2) + '"', text)  # round 18: a title's or quote's words ask nothing
    for pattern, what, nearest in _KINDS:
        found = pattern.search(text)
        if found is None or _named_media(text, project, found.span()):
            continue
        if what.startswith("noise") and _NOT_MINE.search(text) and re.search(r"\b(?:add|put|place|insert)\b", text, re.I):
            continue  # "add the static noise sound effect": a placement of a sound
        reply = f"This editor has no {what} yet, so I've left the project as it is."
        raise Unclear(reply + (" " + nearest if nearest else ""), [])


def across_clauses(text: str) -> None:
    """The kinds said over two clauses ("X's face is in the Y video, can you just remove him"): checked on the whole
    message before it is split into instructions (round 23)."""
    for pattern, what, nearest in _KINDS:
        if what.startswith("removing a person") and pattern.search(text):
            raise Unclear(f"I can't do {what} yet. {nearest}".strip())

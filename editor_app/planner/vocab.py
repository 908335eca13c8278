"""Word lists the planner reads: editing vocabulary, typos of it, verbs, routing.

Only the language of editing lives here. Nothing names any project's media or topics: those
are resolved against the project itself (media_refs, topics).
"""

from __future__ import annotations

from editor_app.tools import TOOLS

# Whole-phrase rewrites applied (in order) before anything else; keys are regexes.
PHRASES: list[tuple[str, str]] = [
    # round 23: formal verbs for a cut ("Please excise 00:02:34 to 00:02:39")
    (r"\bexcise\b", "cut"),
    # round 21: northern "get shut of", "me ums" for "my ums"; "each instance of the word X" is every X
    (r"\bget shut of\b", "get rid of"),
    # round 22: a learner's words for a fade, a colour and a level: "could the song go away slowly at the end", "the video
    # with no colour, like an old film", "make the music more small"
    (r"\b(?:go|goes|going|fade|fades) away (?:slowly|gradually|gently|softly|little by little)\b", "fade out"),
    (r"\b(?:with )?(?:no|without) colou?rs?\b(?! (?:grading|correction|change|cast|balance))", "black and white"),
    (r"\b((?:music|song|track|audio|sound|bgm|soundtrack)\b[^,.?!]{0,20}?)\bmore (?:small|little|quiet|soft|low)\b", r"\1quieter"),
    (r"\b((?:music|song|track|audio|sound|bgm|soundtrack)\b[^,.?!]{0,20}?)\bmore (?:big|strong|high)\b", r"\1louder"),
    # round 22: "the part where I mess up and redo it": the redo describes the part, it is no request of its own
    (r"\b(where|when) (i|he|she) (mess(?:es)? up|muck(?:s)? up|fluff(?:s)?|flub(?:s)?|stumble(?:s)?|trip(?:s)? up|get(?:s)? it wrong|"
     r"make(?:s)? a mistake|mess(?:es)? it up) and (?:then )?(?:redo(?:es)?|repeat(?:s)?|restart(?:s)?|correct(?:s)?|fix(?:es)?) "
     r"(?:it|that|the line|the sentence)(?: again)?\b", r"\1 \2 \3"),
    # round 22: "the uhs n ums": "n" for "and" between filler names
    (r"\b((?:um+|uh+|er+m?|ah+)(?:'?s)?) n ((?:um+|uh+|er+m?|ah+)(?:'?s)?)\b", r"\1 and \2"),
    (r"\b(of|out|all|cut|remove|lose) me (ums?|uhs?|errs?|ers?|erms?|fillers?|pauses?|silences?|gaps?|voice|bit|bits|line|lines)\b", r"\1 my \2"),
    (r"\b(?:each|every|all)(?: single)? (?:instance|instances|occurrence|occurrences) of (?:the word |the phrase )?", "every "),
    (r"\bb\s*[-/ ]?\s*roll\b", "broll"),
    (r"\bblack\s+(?:n|'n'|'n|n')\s+white\b|\bblack\s*[-&/]\s*white\b|\bblack\s*&\s*white\b|\bb\s*&\s*w\b|\bb/w\b", "black and white"),
    # round 16 (lead): "zero ums zero uhs pls": none of them
    (r"\bzero (ums?|umms?|uhs?|uhms?|ers?|erms?|ahs?|fillers?|filler words?|hesitations?|pauses?|silences?|gaps?|dead air)\b", r"no \1"),
    (r"\bno (ums?|umms?|uhs?|uhms?|ers?|erms?|ahs?)(?: and|,)? no (ums?|umms?|uhs?|uhms?|ers?|erms?|ahs?)\b", r"no \1 or \2"),
    # round 17 (lead): "cut the retake and everything with um in it": the ums (a sentence would be named as one)
    (r"\b(?:everything|anything|all the bits|every bit|the bits|all the stuff|the stuff) (?:with|that has|that's got|containing) "
     r"(?:an? )?(um|uh|er|erm)s? (?:in (?:it|them)|said)\b", r"the \1s"),
    (r"(?<=[a-z]) n (?=[a-z])", " and "),  # round 17: "every um n uh", chat shorthand for "and"
    # round 18 (lead): "45 secs before it finishes", "10 seconds before the video ends": before the end
    (r"(?<=\d) ?(secs?|seconds?|s|mins?|minutes?) (before|from) (?:it|the video|the vid|the edit|the whole thing|everything) "
     r"(?:finishes|ends|is over|stops)\b", r" \1 \2 the end"),
    # round 18 (lead): "start the vid at 'X'": the video (a bare "vid" may be a VID_ file's name, so only after these verbs)
    (r"\b(start|begin|end|finish|open|kick off|close) (?:the|my|this) vid\b(?![_-])", r"\1 the video"),
    # "the uh right at the start of X": the filler before X; "at the end of X": after it
    # (not "at the start of the X sentence": that um is inside the sentence, read as before)
    (r"\b(umm?s?|uhh?s?|ers?|erms?) (?:right |just )?at the (?:very )?(?:start|beginning) of\b(?! (?:the|that|this|my|his|her)\b| *$)", r"\1 before"),
    (r"\b(umm?s?|uhh?s?|ers?|erms?) (?:right |just )?at the (?:very )?end of\b(?! (?:the|that|this|my|his|her)\b| *$)", r"\1 after"),
    # "the dead bit at the end", "loads of dead air": silence
    (r"\bdead (?:bit|air|space|time|spot)s?\b", "silence"),
    # "end it after X, bin the rest": the rest going is what ending there means, not another request
    (r"^((?:end|finish|stop) (?:it|the video|things|there)? ?(?:after|at|on|with|when) .+?),? (?:and |then |so |just )?"
     r"(?:bin|lose|cut|drop|ditch|delete|chop|scrap|get rid of|kill) (?:the rest|everything after(?: that| it)?|whatever(?:'s| is) after"
     r"(?: that| it)?|what comes after(?: that| it)?)[.!]*$", r"\1"),
    # "X, it's cringe", "... its so boring": why, not another instruction
    (r"[,.]? (?:coz |cos |because |as )?(?:it's|its|it is|that's|thats|that is|this is) (?:so |too |really |a bit |kinda |well |way |just |pretty |super )*"
     r"(?:cringe|cringey|cringy|boring|awkward|rubbish|pointless|unnecessary|embarrassing|cheesy|dull|repetitive|irrelevant|"
     r"off topic|waffle|waffly|annoying|naff|filler|not needed)[.!]*$", ""),
    # "at 0.8 speed", "1.5 speed": a factor
    (r"\b(\d*\.\d+|\d+) ?(?:times )?speed\b", r"\1x"),
    # "i want X before Y": put X there
    (r"^(?:i|we) (?:want|need|'d like|would like) (the .+?) (before|after) (the .+)$", r"put \1 \2 \3"),
    # "make it a 60 second short (, cut whatever)": a version of that length (held for a yes by the review)
    (r"^(?:(?:can you|could you|pls|please) )?(?:make|turn|cut|get) (?:it|this|the video|the vid|the whole thing) (?:into |down to |down into )?"
     r"an? (\d+|one|two|three) ?(s|secs?|seconds?|mins?|minutes?)(?:[- ]long)? (?:short|reel|tiktok|version|clip|edit|cut)s?"
     r"(?:,? (?:just |and )?(?:cut|lose|drop|chop|trim) (?:whatever|anything|what(?:ever)? you (?:need|want|like|have) to|the rest))?[.!]*$",
     r"give me a \1 \2 version"),
    # "colour correct me", "brighten me up": the talk, where the speaker is
    (r"\b(colou?r[- ]?correct|colou?r[- ]?grade|brighten|darken|warm up|cool down|colou?r[- ]?fix)( me)\b(?! to\b)", r"\1 the talk"),
    # "the garage light makes me look green ngl, can u colour correct me": the talk looks too green (the colour intent reads it)
    (r"^(?:the |my |this |that )?[a-z' ]+? makes? me look (?:really |very |so |a bit |kinda |way |super |quite |well )*"
     r"(green|orange|blue|yellow|red|pink|purple|grey|gray|pale|dark|washed out)"
     r"(?: (?:ngl|tbh|lol|honestly))?[,.;]*\s*(?:(?:can u|can you|could you|pls|please|so) )*(?:colou?r[- ]?correct|fix|sort(?: out)?|correct)"
     r"(?: (?:me|it|that|this|the talk|the colou?rs?(?: on me)?))?(?: (?:pls|please))?[?.!]*$", r"the talk looks too \1"),
    # "there's loads of dead air where I stand there, can u shorten it": "it" is the pauses
    (r"^there(?:'s| is| are|s) (?:loads|lots|a lot|so much|too much|heaps|tons|way too much) of (?:silence|pauses|gaps|dead air)\b[^,.;]*[,.;]+\s*"
     r"(?:(?:can u|can you|could you|pls|please|so|just) )*(shorten|cut|trim|remove|tighten|get rid of|lose|kill)(?: down)? (?:it|that|them|those)"
     r"(?: (?:down|out|up|pls|please))*[?.!]*$", r"\1 the pauses"),
    # "there's loads of dead air when I'm fiddling, cut the gaps": why, said before the request
    (r"^there(?:'s| is| are|s) (?:loads|lots|a lot|so much|too much|heaps|tons|way too much) of (?:silence|pauses|gaps|dead air)\b[^,.;]*[,.;]+\s*(?=\S)", ""),
    # "cut the gaps" in a talk: the pauses between what is said
    (r"^((?:pls |please |can you |could you |just )*)(?:cut|remove|trim|tighten|lose|get rid of|kill|shorten) (?:all )?(?:the |those |these |them )?"
     r"(?:(?:awkward|long|big|dead|silent) )?gaps(?: between (?:sentences|words|lines|bits))?(?: (?:pls|please))?[.!]*$", r"\1remove the pauses"),
    # "there's an awkward silence after he says X. could you shorten it?": that pause
    (r"^there(?:'s| is|s) an? (?:(?:awkward|long|weird|big|huge|massive|annoying|really long) )*(?:silence|pause|gap) (after|before) "
     r"(?:i|he|she|they|we) (?:say|says|said|go|goes) (.+?)[.,!]+\s*(?:could you |can you |can u |pls |please |so )*"
     r"(shorten|cut|trim|tighten|remove|lose|get rid of) (?:it|that)\b.*$", r'\3 the pause \1 "\2"'),
    # "cut the last half second, it's just silence": why (not "cut the silences")
    (r"[,.;]? (?:as |because |coz |cos )?(?:it's|its|it is|that's|thats|that is|there's|theres|there is) (?:just|only|all|basically|pure|nothing but)"
     r" (?:silence|dead air|nothing|blank|black|empty|quiet)(?: there)?[.!]*$", ""),
    # "nvm", "never mind": a change of mind, said before what is wanted now ("nvm undo that")
    (r"^(?:nvm|never ?mind|nevermind|scratch that|forget that|forget it)\b[,.!]*\s*(?=\S)", ""),
    (r"\bppl\b", "people"), (r"\b(?:cos|coz|cuz|bc)\b", "because"), (r"\babt\b", "about"),  # round 9, refs: chat shorthand
    (r"\bblack and white\b|\bmonochrome\b|\bgr[ae]yscale\b|\bgr[ae]y scale\b", "black and white"),
    # round 16: a name shown under the speaker, said the way people say it: "name tag", "name strap", "lower-third"
    (r"\bname ?(?:tag|card|strap|plate|label|super|caption)\b|\blower-third\b|\bchyron\b", "lower third"),
    (r"\bfadein\b", "fade in"),
    (r"\bfadeout\b", "fade out"),
    (r"\bcross[- ]?fade\b", "crossfade"),
    (r"\bcross[- ]?dissolve\b", "dissolve"),
    (r"\bnormali[sz](e|es|ed|ing)\b", r"normaliz\1"),
    (r"\bcolou?r(s)?\b", r"color\1"),
    (r"\bdead[- ]air\b", "silences"),
    (r"\bdecibels?\b", "db"),
    (r"(\d\s*)secs?\b\.?", r"\1seconds"),
    (r"\bsecs\b\.?", "seconds"),
    (r"\bsec\b\.?", "second"),  # round 16: "a sec" / "the first sec" is one second (it read "a seconds")
    (r"\bback[- ]?ground music\b|\bbgm\b|\bsoundtrack\b", "music"),
    # the music by its role: "the background track", "the backing audio", "the tune", "the melody"
    (r"\b(?:back[- ]?ground|backing|bg) (?:track|audio|sound|song|tune|loop|bed)\b|\bmusic bed\b", "music"),
    (r"\b(the|my|that|this|our) (?:tune|melody|instrumental|jingle)\b", r"\1 music"),
    (r"\b(ease|eases|eased|easing) (in|out)\b", r"fade \2"),
    # "bring the music in gently", "let the song come in slowly": a fade in
    # round 12: "make the music come in gradually", "have the song creep in slowly", "let the beat build in gently"
    (r"\b(?:bring|let|make|have|get) ((?:the|my|that|this) [a-z0-9' -]{1,30}?) (?:(?:come|creep|sneak|build|drift|swell) )?in "
     r"(?:gently|slowly|softly|gradually|smoothly|bit by bit|little by little)\b",
     r"fade in \1"),
    (r"\b(?:take|let|make|have|get) ((?:the|my|that|this) [a-z0-9' -]{1,30}?) (?:(?:go|drift|slip) )?out "
     r"(?:gently|slowly|softly|gradually|smoothly|bit by bit|little by little)\b",
     r"fade out \1"),
    # "let the music trail off at the end", "make the song die away", "have the beat taper off"
    (r"\b(?:let|make|have|get) ((?:the|my|that|this) [a-z0-9' -]{1,30}?) (?:trail|tail|taper|die|peter|fizzle) (?:off|away|out)\b",
     r"fade out \1"),
    (r"^((?:the|my) [a-z0-9' -]{1,30}?) (?:should|needs to|has to|ought to|could|can) (?:trail|tail|taper|die|peter|fizzle) (?:off|away|out)\b",
     r"fade out \1"),
    (r"\bvoice[- ]?over\b(?! (?:take|takes|file|recording|clip|wav|mp3|m4a)\b)|\bnarration\b|\bdialog(ue)?\b", "voice"),
    (r"\bun[- ]mute\b", "unmute"),
    (r"\bget rid of\b", "remove"),
    # round 10, cuts: "de-um it", "de-uh the whole thing": shorthand for taking the hesitations out
    (r"(?:\bde-(?:um+|uh+|erm|er)s?|\bdeum+)\b(?: (?:it|this|that|everything|the lot|the (?:whole thing|video|talk|edit|clip|recording)))?",
     "remove the ums and uhs"),
    (r"\btake out\b|\bcut out\b|\bchop off\b|\bcut off\b|\blop off\b|\bshave off\b|\bsnip out\b|\bsnip off\b|\bchop out\b", "cut"),
    (r"^(?:(?:please|can you|could you|just) )*chop\b(?! (?:it )?up\b)", "cut"),  # round 16: "chop the bit where I say X"
    (r"\bsped\b", "speed"),
]

# "duck" the verb, not the bird: after a determiner or preposition ("the ducks", "after a duck") it is
# a noun of the talk's topic, not ducking the music.
DUCK_VERB = (r"(?<!\bthe )(?<!\ba )(?<!\bsome )(?<!\bthose )(?<!\bthese )(?<!\bher )(?<!\bhis )(?<!\bmy )(?<!\bof )"
             r"(?<!\bour )(?<!\btheir )(?<!\bany )(?<!\bno )(?<!\bat )(?<!\bwith )(?<!\bafter )\bduck(?:s|ed|ing)?\b")

# Kinds of shot, as people call them and as cameras name their files (DJI and Mavic are drones,
# GoPro files start GOPR/GX). Film vocabulary, the same for every project: "the aerial footage"
# finds a file described as a drone shot, "the slow-mo" one named ..._slowmo.
SHOT_TYPES: dict[str, tuple[str, ...]] = {
    "aerial": ("aerial", "aerials", "drone", "drones", "flyover", "quadcopter", "uav", "birdseye", "bird's-eye",
               "birds-eye", "dji", "mavic", "skyview"),
    "overhead": ("overhead", "top-down", "topdown", "flatlay", "flat-lay", "tabletop"),
    "closeup": ("closeup", "close-up", "closeups", "close-ups", "macro", "detail", "details", "insert", "cu", "ecu"),
    "wide": ("wide", "wideshot", "establishing", "panorama", "panoramic", "ws", "totale"),
    "slowmo": ("slowmo", "slow-mo", "slo-mo", "slomo", "slow-motion", "highspeed", "high-speed", "120fps", "240fps"),
    "timelapse": ("timelapse", "time-lapse", "hyperlapse", "lapse"),
    "pov": ("pov", "gopro", "gopr", "gx", "helmet", "chestcam", "first-person", "action-cam", "actioncam"),
    "screen": ("screencast", "screen-recording", "screenrecording", "screen-capture", "screengrab", "screenshot"),
}

# Single-word typo fixes (exact), on top of the fuzzy match against KEYWORDS.
TYPOS: dict[str, str] = {
    "silnces": "silences", "silances": "silences", "silense": "silence", "silenses": "silences",
    "pauzes": "pauses", "paues": "pauses", "muisc": "music", "musci": "music", "msuic": "music",
    "remvoe": "remove", "rmeove": "remove", "delte": "delete", "dleete": "delete",
    "scond": "second", "secnd": "second", "secnds": "seconds", "seonds": "seconds", "sconds": "seconds",
    "titel": "title", "tittle": "title", "trnasition": "transition", "transtion": "transition",
    "crosfade": "crossfade", "disolve": "dissolve", "dissolv": "dissolve", "blurr": "blur",
    "brigher": "brighter", "quiter": "quieter", "louder": "louder", "lowr": "lower",
    "undoo": "undo", "plz": "please", "pls": "please", "thx": "thanks",
    "wen": "when", "errs": "ers", "sayd": "said", "rong": "wrong",  # round 21: a child's and a northerner's spelling
    "rm": "remove", "oot": "out", "naw": "no",  # round 22: a teenager typing as in a terminal ("rm the uhs n ums", "rm the awl line")
    # round 12b, cuts: "filler" mistyped ("cna you cut the filers"); exact, since a fuzzy match would also
    # take "filters" and "fillets", words a talk says
    "filers": "fillers", "filer": "filler", "fillars": "fillers", "fillar": "filler", "fillrs": "fillers",
    "fillr": "filler", "filllers": "fillers", "fillres": "fillers", "filelrs": "fillers", "filelr": "filler",
    "fillerz": "fillers", "fllers": "fillers", "hesitaions": "hesitations",
    "hesitatoins": "hesitations", "hesistations": "hesitations",
    "sentense": "sentence", "sentance": "sentence", "sentenses": "sentences", "sentances": "sentences",
    "setence": "sentence", "sentnce": "sentence", "sentece": "sentence",
    # round 16: small words people mistype in a hurry ("remvoe the part wher i ...", "delete evrything after X")
    # round 16 (lead): number words as commonly misspelt ("fourty" is read by text._TENS_W)
    "ninty": "ninety", "nineth": "ninth", "twelth": "twelfth",
    "wher": "where", "whre": "where", "wehre": "where", "evrything": "everything", "everyting": "everything",
    "everthing": "everything", "eveything": "everything", "evreything": "everything", "teh": "the", "hte": "the",
    "adn": "and", "abotu": "about", "baout": "about", "abut": "about", "befor": "before", "beofre": "before",
    "aftr": "after", "afer": "after", "atfer": "after", "untill": "until", "ovr": "over", "oevr": "over",
    "betwen": "between", "bewteen": "between", "inbetween": "in between",  # not "vid" or "sec": VID_2026... names
    "vidoe": "video", "viedo": "video", "clpi": "clip", "cilp": "clip", "mucis": "music",
    # contractions typed without the apostrophe (the parser reads "there's", "what's", "I'm")
    "theres": "there's", "whats": "what's", "thats": "that's", "heres": "here's", "dont": "don't",
    "doesnt": "doesn't", "isnt": "isn't", "didnt": "didn't", "youre": "you're", "im": "i'm", "ive": "i've",
    # round 18 (lead): the rest of the common ones ("wheres" had become "wheels"); not "its", "well", "were", "hell", "ill",
    # "shell", "id", "wont" has no other reading
    "wheres": "where's", "whens": "when's", "hows": "how's", "whos": "who's", "cant": "can't", "wont": "won't",
    "wasnt": "wasn't", "arent": "aren't", "werent": "weren't", "havent": "haven't", "hasnt": "hasn't",
    "hadnt": "hadn't", "wouldnt": "wouldn't", "couldnt": "couldn't", "shouldnt": "shouldn't", "mustnt": "mustn't",
    "theyre": "they're", "theyve": "they've", "weve": "we've", "youve": "you've", "youll": "you'll",
    "itll": "it'll", "thatll": "that'll", "itd": "it'd", "youd": "you'd", "lets": "let's",
    "shes": "she's", "hes": "he's", "aint": "ain't", "yall": "y'all",
}

# Domain words a mistyped word may be corrected to (difflib, close matches only).
KEYWORDS: set[str] = {
    "silence", "silences", "pause", "pauses", "remove", "delete", "split", "move", "speed", "slow",
    "fade", "crossfade", "dissolve", "transition", "between", "black", "white", "blur", "brighten",
    "brighter", "darken", "darker", "warmer", "cooler", "title", "music", "lower", "raise", "quieter",
    "louder", "volume", "duck", "speech", "voice", "normalize", "loudness", "mute", "unmute", "undo",
    "redo", "seconds", "second", "minutes", "first", "last", "clip", "clips", "track", "broll",
    "place", "footage", "selected", "beginning", "ending",
    "tighten", "shorten", "shorter", "longer", "trim", "double", "twice", "half", "quarter", "saturation", "contrast",
    "slower", "faster", "quicker",  # round 11: "bit slower" had been corrected to "bit lower" (a volume step)
    "lighten", "lighter",  # round 12b: "lighten it up" had been corrected to "tighten it up" (a cut of the pauses)
}

# Words that start a new instruction: "and"/"," split a message only before one of these.
VERBS: set[str] = {
    "cut", "trim", "remove", "delete", "drop", "kill", "tighten", "shorten", "put", "place", "add", "insert",
    "overlay", "lay", "move", "shift", "slide", "split", "slice", "speed", "slow", "make", "set", "mute",
    "unmute", "fade", "crossfade", "dissolve", "duck", "dip", "lower", "raise", "turn", "bring", "boost", "reduce",
    "normalize", "level", "undo", "redo", "blur", "brighten", "darken", "warm", "cool", "title", "apply",
    "give", "change", "increase", "decrease", "please", "can", "could", "would", "i", "let's", "lets",
    "then", "also", "use", "show", "cover", "get", "take", "go", "finally", "maybe", "now", "afterwards",
    "desaturate", "saturate", "silence", "revert", "quiet", "quieten", "soften", "amplify",
    "scrap", "toss", "chuck", "axe", "nix", "discard", "ditch", "lose", "pull", "throw", "erase", "snip", "nuke",
    # round 13 (sequence): a nudge or a reorder said after "and" is a request of its own. Not "swap" or
    # "switch" (a switch is a thing on a keyboard, and "..., swap them" after what is wrong is one request):
    # planner/clauses.expand splits "cut X, swap the Y and Z" itself.
    "reorder", "nudge",
    # round 16: "put the bucket photo where I mix the powder and zoom in on it slowly" dropped the zoom
    "zoom", "crop", "rotate",
}

# Polite or filler phrases dropped from each instruction. Round 12 (cuts): not a hesitation named in a list
# ("every um uh and ..."), and not "thanks for watching", a talk's own outro line a request quotes.
FILLER = (
    r"\b(?:please|pls|kindly|(?<!\bthe )(?<!\bmy )(?<!\bthat )(?<!\bhis )(?<!\bher )(?<!\bour )(?<!\bsay )(?<!\bsaying )thanks(?! for (?:watching|listening|tuning|viewing|joining|stopping))|(?<!\bthe )(?<!\bmy )(?<!\bthat )(?<!\bhis )(?<!\bher )(?<!\bour )(?<!\bsay )(?<!\bsaying )thank you(?! (?:so much )?for (?:watching|listening|tuning|viewing|joining|stopping))|thx|hey|hi|ok(?:ay)?|alright|(?<!\bthe )(?<!\ball )(?<!\bevery )(?<!\beach )(?<!\band )(?<!\bor )(?<!\bthose )(?<!\bany )(?<!\bmy )(?<!\bfirst )(?<!\bsecond )(?<!\bthird )(?<!\blast )(?<!\bfinal )(?<!\bthat )(?<!\bthis )(?<!\bsay )(?<!\bsaying )(?<!\ban )(?<!\ba )(?<!\bone )(?<!\b1 )(?<!\bopening )(?<!\bclosing )(?<!\bum )(?<!\bumm )(?<!\buh )(?<!\bum, )(?<!\buh, )(?<!\ber )(?<!\bsingle )(?<!\bwith )(?<!\bof )(?<!\bsaid )(?<!\bno )(?<!\bremove )(?<!\bcut )(?<!\bdelete )(?<!\blose )(?<!\bdrop )(?<!\bkill )(?<!\bbin )(?<!\bout )(?:hmm+|um+|uh+)(?!'s\b)(?!,? (?:and |or |& )?(?:uh+|um+|erm?|ers?|ahs?)\b)|(?<!\bphrase )so|just|(?<!\bnot )now|finally|"
    r"also|then|maybe|for me|if you can|if possible|would you mind|could you|can you|would you|will you|could u|can u|would u|will u|"
    r"could we(?= (?:maybe |please |just )*(?:cut|remove|delete|take|lose|drop|trim|put|add|make|move|mute|fade|get|bin|ditch|"
    r"swap|speed|slow|turn|bring|tighten|shorten|chop|start|end|open|have|use|try)\b)|"
    r"can we(?= (?:maybe |please |just )*(?:cut|remove|delete|take|lose|drop|trim|put|add|make|move|mute|fade|get|bin|ditch|"
    r"swap|speed|slow|turn|bring|tighten|shorten|chop|start|end|open|have|use|try)\b)|"
    r"i(?:'d| would) like (?:you )?to|i want (?:you )?to|i need (?:you )?to|i'd love (?:you )?to|"
    r"go ahead and|let's|lets|let us|quickly|real quick|afterwards|(?<!\beverything )(?<!\banything )(?<!\brest )(?<!\ball )(?<!\bstuff )(?<!\bnothing )after that|(?<!\bthe )next(?! (?:bit|part|line|sentence|one|clip|shot|take|video|vid|week|time|episode|section)\b))\b"
)

# The agent that owns each tool: read from the tool registry (each Tool names its owning agents);
# tools two agents share are decided per call.
TOOL_AGENT: dict[str, str] = TOOLS.agent_map()

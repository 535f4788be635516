"""English: harmful meaning in a parent's text, as lemmas (format: see ``__init__``).

Where simplemma keeps a common inflection as a lemma of its own, the inflected form is
listed too ("shot", "drowning", "smoking", "breathing", "grandmas", "hanged").
Words with everyday harmless uses ("hit", "beat", "burn", "smoke", "weed", "pill",
"stranger", "secret", "eat") are only scenarios, never bare harm; "knife" needs a
target (a cake is cut with one).

As ``reader`` reads it: a scenario slot is compared with one word at a time, so every
alternative is a single word (two-word phrases are split into slots); a HARM entry with
spaces is a fixed expression whose words stand next to each other (one word may come
between), which keeps tight phrases tight; an ALLOW expression is words next to each
other, and it undoes a finding only when it covers all of the finding's words.
"""

# Cruelty done to someone, as fixed expressions (one word may stand between two parts):
# "boils the little boy in a pot", "skinned the kids", "ripped the children apart",
# "gnaws the children's bones". Kept tight so that "roast marshmallows with the kids
# over the fire", "we baked them for tea" and "skinned her knee" stay harmless.
_COOKED = (
    "child|children|kid|kids|boy|boys|girl|girls|baby|babies|toddler|people|person|man|men|"
    "woman|women|human|humans|villager|villagers|mum|mom|mother|dad|father|grandma|granny|"
    "grandpa|brother|sister|friend|friends|teacher|hansel|gretel|princess|prince|puppy|"
    "puppies|kitten|kittens|bunny|pet|pets|goldfish|everyone"
)
# People and animals named (no pronouns: "tore them open" is a parcel, "made them go pop" balloons).
_BEINGS = (
    _COOKED + "|guy|lady|bully|bullies|baddie|villain|thief|robber|farmer|king|queen|knight|soldier|"
    "dog|dogs|cat|cats|rabbit|rabbits|fox|deer|horse|pony|pig|cow|sheep|lamb|bird|birds|mouse|mice|animal|animals"
)
_DET = "the|a|an|his|her|their|poor|little|two|three|all|some|naughty|lost|tiny"
_COOK = "boil|roast|fry|cook|stew|grill|simmer|toast|barbecue|bake|poach|braise|broil"
_VESSEL = "pot|cauldron|oven|pan|saucepan|kettle|spit|stew|soup|pie|fire|furnace|fryer|cooker|bath"
_INSIDES = "bones|flesh|guts|brains|eyeballs|skull|skulls|blood|insides|organs|liver|fingers|toes|eyes"
# Household products told in two or three words, drunk, eaten or poured into a cup, as
# fixed expressions ("drinks the washing-up liquid", "pour washing-up liquid into a cup"):
# spread over a sentence these words are a kitchen being cleaned, not a child poisoned.
_PRODUCT_FIRST_WORD = "washing|washingup|dish|dishwashing|dishwasher|floor|toilet|oven|drain|window|laundry|nail|fabric|lighter|brake|rat"
_PRODUCT_LAST_WORD = "liquid|soap|cleaner|powder|tablet|tablets|pod|pods|remover|polish|spirit|softener|fluid|poison|unblocker"
_DRINK_VERB = "swallow|swallows|swallowed|eat|eats|ate|drink|drinks|drank|sip|sips|gulp|gulps|lick|licks|taste|tastes|chug|chugs|slurp|slurps|try|tries"
_POUR_VERB = "pour|pours|poured|put|puts|mix|mixes|mixed|tip|tips|squirt|squirts|squeeze|squeezes|add|adds|stir|stirs"
_CUP = "cup|cups|glass|glasses|mug|bottle|beaker|drink|juice|tea|milk|lemonade|squash|jug|teacup|potion|smoothie"
POISON_PRODUCTS = [
    f"{_DRINK_VERB} {_PRODUCT_FIRST_WORD} {_PRODUCT_LAST_WORD}",
    f"{_DRINK_VERB} the|some|a|down|up|mum|dad|s {_PRODUCT_FIRST_WORD} {_PRODUCT_LAST_WORD}",
    f"{_POUR_VERB} {_PRODUCT_FIRST_WORD} {_PRODUCT_LAST_WORD} into|in {_CUP}",
    f"{_POUR_VERB} the|some|a {_PRODUCT_FIRST_WORD} {_PRODUCT_LAST_WORD} into|in {_CUP}",
    "bleach|detergent|disinfectant|ammonia|antifreeze|turpentine|weedkiller and|then drink|drinks|drank|swallow|swallows|gulp|gulps|sip|sips|taste|tastes|lick|licks",
]
HORROR_DONE_TO = [
    f"{_COOK} {_COOKED} in|into|inside|over|on {_VESSEL}",
    f"{_COOK} {_DET} {_COOKED} in|into|inside|over|on {_VESSEL}",
    f"{_COOK} {_COOKED} alive", f"{_COOK} {_DET} {_COOKED} alive",
    f"{_COOK} {_COOKED} for dinner|supper|lunch|tea|breakfast",
    "skinned|skinning|flay|flayed|flaying|flays " + _BEINGS,
    "skinned|skinning|flay|flayed|flaying|flays " + _DET + " " + _BEINGS,
    "rip|rips|tear|tears|tore|torn|ripped|ripping|tearing|shred|shreds|shredded " + _BEINGS + " apart|open|limb",
    "rip|rips|tear|tears|tore|torn|ripped|ripping|tearing|shred|shreds|shredded " + _DET + " " + _BEINGS + " apart|open|limb",
    "rip|rips|tear|tears|tore|ripped|ripping|tearing him|her|them apart|limb",
    f"gnaw|chew|crunch|grind|suck|nibble|munch|eat|lick|slurp|feast|pick {_COOKED} s {_INSIDES}",
    f"gnaw|chew|crunch|grind|suck|nibble|munch|eat|lick|slurp|feast|pick {_DET} {_COOKED} s {_INSIDES}",
    f"bones|flesh|guts|brains|skull|skulls of the|a|dead|poor|little {_COOKED}",
    "@target be|get|was|were|got|is|are skinned|flayed|disembowelled|disemboweled|dismembered|boiled|roasted",
]

HARM = {
    "violence": [
        # weapons (water guns, bath bombs, butter knives: see ALLOW)
        "gun", "handgun", "pistol", "revolver", "rifle", "shotgun", "machinegun", "firearm",
        "uzi", "kalashnikov", "bullet", "ammo", "ammunition", "gunshot", "gunfire", "gunpoint",
        "gunman", "sniper", "hitman", "assassin", "assassinate", "assassination",
        "dagger", "machete", "switchblade", "bayonet", "bomb", "grenade", "explosive",
        "dynamite", "landmine", "missile", "bazooka", "terrorist", "terrorism",
        # acts
        "murder", "murderer", "murderous", "homicide", "massacre", "slaughter",
        "slaughterhouse", "behead", "beheading", "decapitate", "torture", "torturer",
        "bloodshed", "bloodbath", "bloodstained", "gore",
        "violence", "brutal", "brutally", "stabbing", "hostage", "ransom", "assault", "abuse", "abuser",
        "genocide", "execution", "hanged", "warzone",
    ],
    "death": [
        "die", "dying", "dead", "death", "deadly", "deathbed", "corpse", "cadaver", "carcass",
        "kill", "killing", "funeral", "coffin", "casket", "grave", "gravestone",
        "tombstone", "burial", "drown", "drowning", "perish", "deceased", "lifeless",
        "unalive", "unalived", "unaliving", "unalives", "obituary",
        # "un alive", "un-alive" (the hyphen is undone before reading)
        "un alive|alived|aliving|alives",
        # a sleep that never ends ("a forever nap", "the big sleep", "a dirt nap")
        "forever|eternal|permanent|endless|everlasting nap|naps|sleep|snooze|slumber", "big sleep", "dirt nap",
        "sleep|sleeps|sleeping|slept with the fishes", "six feet under",
        "night night|nighty|nightie forever", "nightnight forever",
        # a gun and blood in a child's words ("a boom stick", "red stuff all over the floor")
        "boom|pew|kaboom|boomboom|bangbang|bangy|boomy stick|sticks|tube|gun", "boomstick", "bangstick",
        "red stuff|goo all|everywhere",
    ],
    "poison_medicine": [
        "poison", "poisoned", "poisoning", "overdose", "cyanide", "arsenic", "strychnine",
        "antifreeze", "weedkiller", "pesticide", "insecticide", "painkillers",
    ] + POISON_PRODUCTS,
    "sexual": [
        "naked", "nude", "nudity", "nudes", "sex", "sexy", "sexual", "sexually", "porn", "porno",
        "pornography", "pornographic", "genital", "genitals", "penis", "vagina", "vulva",
        "boob", "boobs", "tits", "titties", "rape", "rapist", "molest", "molester", "grope",
        "fondle", "paedophile", "pedophile", "paedo", "pedo", "incest", "orgasm", "erection",
        "masturbate", "horny", "seduce", "seductive", "erotic", "lingerie", "stripper",
        "striptease", "prostitute", "hooker", "brothel", "condom", "intercourse", "xxx",
        "sexting", "onlyfans", "privates",
    ],
    "self_harm": [
        "suicide", "suicidal", "selfharm", "kys", "kms", "noose", "sewerslide",
        "sewer slide", "self delete|deleting|deleted",
    ],
    "drugs_alcohol": [
        "beer", "lager", "ale", "wine", "vodka", "whisky", "whiskey", "rum", "gin", "tequila",
        "brandy", "cognac", "champagne", "prosecco", "bourbon", "schnapps", "liquor", "booze",
        "alcohol", "alcoholic", "drunk", "drunken", "tipsy", "hangover", "hungover", "boozing",
        "cigarette", "cig", "cigs", "cigar", "tobacco", "nicotine", "vape", "vaping",
        "ecigarette", "hookah", "shisha", "drug", "druggie", "junkie", "cocaine", "heroin",
        "meth", "methamphetamine", "ecstasy", "mdma", "lsd", "marijuana", "cannabis", "spliff",
        "bong", "shroom", "ketamine", "fentanyl", "opium", "opioid", "crackhead", "stoner",
        "stoned", "ciggy", "ciggie", "ciggies", "ciggys", "doobie", "reefer", "ganja",
        "edibles", "happy pills", "weed brownie|brownies", "pot brownie|brownies",
    ],
    "abandonment": [],
    "stranger_secret": [],
    "horror": [
        "cannibal", "cannibalism", "gory", "gruesome", "severed", "dismember", "mutilate",
        "mutilated", "disembowel", "eviscerate", "entrails", "exorcism", "exorcist", "demonic",
        "satanic", "satan", "bloodthirsty", "maggoty",
    ] + HORROR_DONE_TO,
    "hate": [
        "nigger", "nigga", "negro", "coon", "jigaboo", "sambo", "pickaninny", "golliwog",
        "chink", "chinky", "chinaman", "gook", "jap", "paki", "pakis", "raghead", "towelhead",
        "spic", "spics", "spick", "beaner", "wetback", "kike", "kikes", "yid", "hymie", "heeb",
        "wop", "dago", "kraut", "polack", "gyppo", "pikey", "redskin", "injun", "squaw",
        "faggot", "fag", "tranny", "shemale", "lesbo", "poof", "poofter", "homo", "retard",
        "retarded", "spaz", "spastic", "mongoloid", "mong", "cripple", "midget", "nazi",
        "neonazi", "hitler", "swastika", "heil", "kkk", "1488", "holocaust", "subhuman",
        "untermensch", "infidel", "kafir",
        # a slur named by its letter ("the n-word"; the hyphen is undone before reading)
        "nword", "nwords", "n word|words", "rword", "r word",
        # slurs for disabled people
        "retards", "spazzy", "spazzer", "spacker", "spakka", "spastics", "mongs",
        "cripples", "gimp", "windowlicker", "mongo",
    ],
    "insult": [
        "fuck", "fucking", "fucker", "motherfucker", "fck", "wtf", "stfu", "shit", "shitty",
        "bullshit", "shithead", "dipshit", "bitch", "bitchy", "bastard", "asshole", "arsehole",
        "arse", "dick", "dickhead", "cunt", "twat", "wanker", "tosser", "bollocks", "bugger",
        "piss", "crap", "crappy", "damn", "goddamn", "douche", "douchebag", "slut", "whore",
        "skank", "idiot", "moron", "imbecile", "cretin", "fatso", "fatsos", "fatty", "lardass",
        "dumbass", "numbskull",
    ],
    # instructions to the story writer instead of a story
    "injection": [
        "api key|keys|token|tokens|secret|secrets", "system prompt|prompts|instruction|instructions|message",
        "developer|dan|jailbreak|jailbroken|unrestricted|unfiltered|uncensored mode",
        "jailbreak|jailbroken|jailbreaking ai|assistant|chatbot|bot|model|gpt",
        "prompt injection",
    ],
}

TARGETED = {
    "violence": [
        "shoot", "shot", "stab", "slap", "punch", "kick", "strangle", "throttle", "choke",
        "smack", "spank", "thrash", "pummel", "clobber", "wallop", "headbutt", "bludgeon",
        "maim", "wound", "slay", "slew", "execute", "suffocate", "smother", "flog",
        "whack", "thump", "bash", "knife",
    ],
    "abandonment": ["abandon"],
}

# Humans only (no animals): for eating and cooking, where "ate the fish" is dinner.
_PEOPLE = (
    "child|children|kid|kids|boy|boys|girl|girls|baby|babies|toddler|people|person|man|men|"
    "woman|women|human|humans|villager|villagers|mum|mom|mummy|mommy|mother|dad|daddy|father|"
    "grandma|granny|grandpa|grandmother|grandfather|brother|sister|friend|friends|teacher|"
    "prince|princess|king|queen|knight|him|her|them|me|us|everyone|everybody"
)
# Other people whose medicine a child must not take.
_KIN = (
    "mum|mom|mummy|mommy|mother|dad|daddy|father|grandma|granny|grandpa|grandmother|"
    "grandfather|parent|parents|brother|sister|aunt|uncle|someone|somebody|stranger|"
    "neighbour|neighbor|adult|grownup"
)
_REFLEXIVE = "myself|himself|herself|themselves|yourself|yourselves|oneself|ourselves"
# Little ones a family may leave behind (nouns only: "without her umbrella" is no abandonment).
_CHILDLIKE = (
    "baby|babies|toddler|child|children|kid|kids|son|daughter|brother|sister|twins|boy|girl|"
    "puppy|dog|kitten|cat|pet|hamster|bunny|rabbit|pony"
)
# The grown-ups a child waits for ("no grown-up ever came").
_CARERS = (
    "adult|adults|grownup|grownups|grown|parent|parents|mum|mom|mummy|mommy|mother|dad|daddy|"
    "father|teacher|body|family|relative|relatives|person|people|one|grandma|grandpa|granny|"
    "nana|uncle|aunt|carer|carers|babysitter|nanny|owner|owners"
)
_STRANGER = "stranger|strangers"
_ADULT = "stranger|man|men|guy|adult|grownup|coach|uncle|neighbour|neighbor|teacher|babysitter"
# Plural or unambiguous nouns only: "the Indian elephant was dirty" is not about people.
_GROUPS = (
    "jew|jews|muslim|muslims|immigrant|immigrants|migrant|migrants|refugee|refugees|"
    "foreigner|foreigners|gays|lesbians|blacks|arabs|asians|mexicans|africans|indians|"
    "pakistanis|romanians|gypsies|gipsies|travellers|christians|catholics|hindus|sikhs|"
    "jewish|islam"
)
_PEOPLE_OF = "black|white|brown|asian|chinese|gay|trans|jewish|muslim|disabled|autistic|african|mexican|indian|roma|arab"
_DEHUMANISING = (
    "dirty|filthy|lazy|thief|thieves|criminal|criminals|terrorist|terrorists|ape|apes|"
    "monkey|monkeys|rat|rats|vermin|cockroach|cockroaches|pig|pigs|dogs|evil|inferior|"
    "disgusting|parasite|parasites|subhuman|scum|trash|worthless|smelly|stink|stinky|liar|"
    "liars|rapist|rapists|invader|invaders|disease|plague"
)
_INSULTS = "fat|ugly|stupid|idiot|dumb|loser|freak|moron|fatty|fatso|smelly|stinky|useless|worthless|retard|pathetic"

# Swallowing, drinking or tasting something.
_CONSUME = "swallow|eat|ate|gobble|munch|chew|drink|drank|sip|gulp|lick|taste|slurp|chug|guzzle|swig"
# Household chemicals (single words; "washing-up liquid", "dish soap" as scenarios).
_CLEANING = (
    "bleach|detergent|cleaner|disinfectant|ammonia|antifreeze|thinner|turpentine|"
    "mouthwash|varnish|washingup|softener|descaler|unblocker|drano|domestos|dettol|lye|"
    "caustic|solvent|acetone|weedkiller|insecticide|pesticide"
)
# Not for drinking either, but poured into a glass only in a dare or a trick.
_BATHROOM = "perfume|cologne|aftershave|mouthwash|sanitiser|sanitizer|shampoo|paraffin|kerosene|petrol"
_CONTAINER = "cup|cups|glass|glasses|mug|mugs|bottle|beaker|drink|drinks|juice|tea|milk|lemonade|squash|soup|mouth|sippy|jug|teacup|beer|cocktail|smoothie|potion"
_MEDICINE = (
    "pill|pills|tablet|tablets|capsule|capsules|medicine|medicines|medication|medications|"
    "syrup|drops|prescription|painkiller|painkillers|paracetamol|aspirin|ibuprofen|"
    "antidepressants|inhaler|patch|patches|vitamins"
)
# Little ones and pets who must not be given someone else's medicine.
_LITTLE_ONES = (
    "baby|babies|toddler|toddlers|brother|sister|puppy|dog|kitten|cat|hamster|rabbit|bunny|"
    "friend|friends|kids|children|child|classmate|classmates|twins|cousin|pet|him|her|them|goldfish"
)
# Taking medicine that is not yours, in secret or as a treat.
_SNEAK_MEDICINE = "feed|slip|sneak|share|crush|steal|nick|pinch|swipe|borrow|eat|swallow|gobble|munch|chew|try|taste|scoff"
# Someone else's: "grandma's", "mum's", "the neighbour's" (simplemma leaves "s").
_KIN_OWNER = _KIN + "|nan|nana|nanny|gran|grandad|granddad|papa|mama|teacher|babysitter|man|lady|grandmas|grandpas|mums|moms|dads|parents|nans|nanas|grannys|grannies|aunts|uncles|neighbours|neighbors"
_DELETE = "delete|deleted|deletes|erase|erased|erases|wipe|wiped|wipes"
_MESSAGES = "message|messages|chat|chats|text|texts|conversation|conversations|dms|dm|history|emails|email"
_IGNORE = (
    "ignore|ignoring|disregard|forget|bypass|override|skip|drop|ditch|abandon|suspend|"
    "disable|deactivate|circumvent|remove|turn|switch"
)
_AI_RULES = (
    "instruction|instructions|guideline|guidelines|filter|filters|restriction|restrictions|"
    "policy|policies|prompt|prompts|programming|moderation|censorship|directive|directives|"
    "safeguard|safeguards|guardrail|guardrails|safety|ethics|morals|principles|"
    "rule|rules|limit|limits|setting|settings|protocol|protocols|boundaries|constraints"
)
_AI_ONLY = (
    "instruction|instructions|guideline|guidelines|filter|filters|restriction|restrictions|"
    "policy|policies|prompt|prompts|programming|moderation|censorship|directive|directives|"
    "safeguard|safeguards|guardrail|guardrails"
)
_RULE_WORDS = (
    "rule|rules|filter|filters|guideline|guidelines|setting|settings|policy|policies|"
    "restriction|restrictions|limit|limits|check|checks|instruction|instructions"
)
_WRITE_NOW = "write|generate|produce|compose|output|narrate|print|reveal|draft|describe|create|answer|respond|reply"
_UNBOUND = "unrestricted|unfiltered|uncensored|jailbroken|amoral|unbound|unchained|limitless"
_WRITE = "write|tell|make|create|generate|give|produce|describe|draft|compose|output|narrate|invent"
_EXTREME = (
    "violent|gory|bloody|graphic|explicit|brutal|sexual|sexy|disturbing|nsfw|uncensored|"
    "unfiltered|gruesome|grisly|sadistic|goriest|bloodiest|goryest"
)

SCENARIOS = [
    # ---------------------------------------------------------------- violence
    ("violence", ["beat", "up"]),
    ("violence", ["beat", "@target", "up|senseless|unconscious|badly|black|bloody"]),
    ("violence", ["hit", "@target", "with", "stick|belt|bat|hammer|rock|stone|brick|fist|shoe|slipper|whip|chair|bottle|club|pan"]),
    ("violence", ["hit|smack", "him|her|them|me|us|child|kid|boy|girl|baby|puppy|dog|kitten|cat", "hard|again|until|face|head|belly|tummy|every|always|often|everyday"]),
    ("violence", ["@target", "be|get|was|were|got", "shot|stabbed|beaten|punched|kicked|slapped|strangled|whipped|spanked|tortured|murdered|wounded|kidnapped|abducted|choked|smacked|battered|assaulted|abused|bashed|executed|hanged|stoned|bludgeoned|flogged"]),
    ("violence", ["he|she|they|i|we|you", "be|get|was|were|got", "shot|stabbed|beaten|punched|slapped|strangled|whipped|spanked|tortured|murdered|wounded|kidnapped|abducted|choked|smacked|battered|assaulted|abused|bashed|executed|hanged|bludgeoned|flogged"]),
    # the weapon close to "at" ("swings the axe at the boy"; a "sword-fighting champion at
    # pirate school" is a title)
    ("violence", ["axe|hatchet|chainsaw|cleaver|hammer|crowbar|sword|spear", "^at|into|through", "@target"]),
    ("violence", ["attack|chase|hit|threaten|kill|hurt|strike|stab|hack", "@target", "axe|hatchet|chainsaw|cleaver|hammer|crowbar|sword|spear|knife|gun"]),
    ("violence", ["throw|hurl|pelt|threw", "stone|stones|rock|rocks|brick|bricks|knife|knives|bottle|bottles", "at", "@target"]),
    ("violence", ["push|shove|throw|kick|drop|threw|pushed", "@target", "off|out|from|down|over", "cliff|bridge|roof|window|balcony|tower|stairs|staircase|building"]),
    ("violence", ["push|shove|hold|held", _PEOPLE, "under", "water"]),
    ("violence", ["push|shove|throw|threw", _PEOPLE, "into|in", "fire|oven|well|river|sea|lake"]),
    ("violence", ["set", "@target", "fire|alight|ablaze"]),
    ("violence", ["set", "fire", "to", "@target|house|home|school"]),
    ("violence", ["burn|boil|cook|roast", "@target", "alive"]),
    ("violence", ["@target", "be|get|was|got", "run", "over"]),
    ("violence", ["car|truck|lorry|bus|train|tractor", "run|ran", "over", "@target"]),
    ("violence", ["@target", "hit|run", "by", "car|truck|lorry|bus|train|tractor"]),
    ("violence", ["get|got|be|was|were", "hit", "by", "car|truck|lorry|bus|train|tractor"]),
    ("violence", ["@target", "be|get|was|were|got", "locked", "cellar|basement|cupboard|closet|cage|shed|attic|dark|trunk|boot|freezer"]),
    ("violence", ["tie|tied|chain|gag", "him|her|them|me|us|child|boy|girl", "up|chair|bed|tree|post", "mouth|gag|tape|scream"]),
    ("violence", ["lock", "@target", "cage|cellar|basement|trunk|boot|freezer|oven"]),
    ("violence", ["fist", "fight"]),
    ("violence", ["knuckle", "sandwich|sandwiches"]),
    ("violence", ["shoot|shoots|shot|shooting|stab|stabs|stabbed|stabbing", "in|through", "the|his|her|their", "head|chest|face|neck|back|stomach|belly|eye|eyes|leg|legs|arm|arms|knee|knees|throat"]),
    ("violence", ["burn|burns|burned|burnt|scald|scalds|scalded", "his|her|their|@target", "hand|hands|arm|arms|face|feet|skin|fingers|back|tongue", "with", "iron|cigarette|cigarettes|lighter|match|matches|candle|poker"]),
    ("violence", ["brass", "knuckle|knuckles"]),
    ("violence", ["rocket", "launcher"]),
    ("violence", ["machine", "gun"]),
    ("violence", ["firing", "squad"]),
    ("violence", ["electric", "chair"]),
    ("violence", ["school|mass", "shooting|shooter"]),
    ("violence", ["mass", "murder|grave"]),
    ("violence", ["sell|sold", "his|her|their|your|my", "child|children|kid|kids|son|daughter|baby|babies"]),
    ("violence", ["break|broke|snap|snapped|crack|cracked", "his|her|their|my|your", "neck|skull|jaw|spine|ribs|bones"]),
    ("violence", ["badly|seriously|severely|gravely|critically", "injure|injured|wound|wounded|hurt"]),
    ("violence", ["make|made", "@target", "bleed|suffer"]),
    ("violence", ["@target", "bleed|bled|bleeding|bleeds", "death|everywhere|badly|heavily|lot|out|dry|until|all|more"]),
    ("violence", ["whip|whipped|whipping", "him|her|them|me|us|child|boy|girl|horse|pony|dog|puppy|slave"]),
    # beating with a thing ("beats his sister with a baseball bat")
    ("violence", ["beat|batter|whack|thump|smack|whip|clobber|bash|wallop|pummel|hit|strike|punch|thrash|belt|cane", "@target", "with", "bat|stick|belt|hammer|rock|stone|brick|fist|fists|shoe|slipper|whip|chair|bottle|club|pan|cane|rod|pole|branch|iron|poker|plank|spade|shovel|crowbar|pipe|chain|racket|log|hose|wire|cable|ruler"]),
    # childish words for a gun and a killing ("a boom stick", "makes the man go pop")
    ("violence", ["make|made|makes|making", _BEINGS, "go|went", "pop|splat|splatter|kaboom|boom|bang|squish|squelch|crunch"]),
    # cruelty to animals and small creatures
    ("violence", ["burn|burns|burned|burnt|burning|fry|fries|fried|frying", "ant|ants|bug|bugs|insects|insect|beetle|beetles|worm|worms|snail|snails|spider|spiders|butterfly|butterflies|ladybird|ladybirds|ladybug|ladybugs|bee|bees|caterpillar|caterpillars|fly|flies", "magnifying|lighter|match|matches|alive|fire"]),
    ("violence", ["pull|pulls|pulled|pulling|rip|rips|ripped|tear|tears|tore|pick|picks|picked", "wing|wings|legs|leg", "off"]),
    ("violence", ["drown|drowns|drowned|drowning", "kitten|kittens|puppy|puppies|cat|cats|dog|dogs|mouse|mice|rabbit|bunny|hamster|bird|birds|chick|chicks|duckling|ducklings"]),

    # ---------------------------------------------------------------- death
    ("death", ["never", "wake", "up|again"]),
    ("death", ["sleep", "forever"]),
    ("death", ["stop", "breathe|breathing"]),
    ("death", ["pass", "away"]),
    ("death", ["rest", "peace"]),
    ("death", ["go|gone|went", "heaven"]),
    ("death", ["no", "longer", "with", "us"]),
    ("death", ["no", "longer", "breathe|breathing|breathes|moving|moves"]),
    ("death", ["until|till", "he|she|they|it|him|her|them", "stop|stops|stopped", "moving|moves|twitching|breathing"]),
    ("death", ["lose|lost", "his|her|their|your|my|its", "life"]),
    ("death", ["take", "his|her|their|your|my|its", "life"]),
    ("death", ["parents|mum|mom|mother|dad|father|grandma|grandpa|family", "die|dead|killed"]),
    ("death", ["heart", "stop", "beating|forever"]),
    ("death", ["put", "@target", "sleep", "forever|vet"]),
    ("death", ["starve|freeze", "death|dead"]),
    ("death", ["body", "bag"]),
    # a pet put to sleep ("the old dog is put down at the vet")
    ("death", ["put|puts|putting", "down|sleep", "at|by", "vet|vets|vet's"]),
    ("death", ["had|have|has|need|needs|needed|must|will|going", "be", "put", "down"]),

    # ------------------------------------------------------- poison and medicine
    ("poison_medicine", ["swallow|eat|gobble|munch|chew|drink|sip|gulp|lick|taste", "bleach|detergent|cleaner|disinfectant|ammonia|antifreeze|thinner|turpentine|magnet|magnets|mouthwash|varnish|lighter"]),
    ("poison_medicine", ["swallow|eat|gobble|munch|chew|drink|lick|taste|bite", "button|laundry|dishwasher|tide|washing", "battery|batteries|pod|pods|tablet|tablets|capsule|capsules|liquid"]),
    ("poison_medicine", ["eat|gobble|munch|lick|taste", "pill|pills|tablet|tablets|capsule|capsules"]),
    ("poison_medicine", ["take|took|eat|ate|swallow|drink|drank|steal|stole", _KIN, "pill|pills|tablet|tablets|medicine|medicines|medication|prescription"]),
    ("poison_medicine", ["drink|drinks|drank|gulp|gulps|gulped|down|downs|downed|swallow|swallows|swallowed|finish|finishes|finished|eat|eats|ate|chug|chugs|neck|necks", "whole|entire|all", "bottle|box|packet|pack|jar|tube|tub|blister", "medicine|syrup|pills|tablets|cough|paracetamol|calpol|vitamins|gummies|drops|capsules"]),
    ("poison_medicine", ["whole|all|lot|many|handful|bottle|box|packet|jar", "pill|pills|capsule|capsules|painkiller|painkillers|paracetamol|aspirin"]),
    ("poison_medicine", ["whole|all|lot|many|handful|bottle|box|packet|jar", "sleeping", "pill|pills|tablet|tablets"]),
    ("poison_medicine", ["sleep|sleeping", "pill|pills|tablet|tablets"]),
    ("poison_medicine", ["pill|pills|tablet|tablets|medicine|capsule|capsules", "look|like|taste|as", "candy|sweet|sweets|sweetie|smarties|lollies|chocolate"]),
    ("poison_medicine", ["give|feed|slip|put|pour|mix|sneak|add|spike", "bleach|detergent|poison|cleaner|antifreeze|sleeping|drug|drugs|alcohol|vodka", "@target|drink|food|tea|milk|juice|cup|soup|cake|water|bottle|lemonade"]),
    ("poison_medicine", ["give|feed|slip|spike", "@target", "bleach|detergent|poison|cleaner|antifreeze|sleeping|drug|drugs|alcohol|vodka|beer|wine"]),
    ("poison_medicine", ["eat|swallow|drink|feed|give", "poisonous|toxic|deadly|venomous"]),
    ("poison_medicine", ["venom", "into|in", "@target|drink|food|tea|cup|soup|blood"]),
    ("poison_medicine", ["inject", "@target", "drug|drugs|poison|bleach"]),
    ("poison_medicine", ["syringe|needle", "drug|drugs|poison|stranger"]),
    ("poison_medicine", ["too", "much|many", "medicine|pills|tablets|pill|tablet|paracetamol|aspirin|ibuprofen"]),
    # household chemicals drunk, tasted or served ("pour washing-up liquid into a cup")
    ("poison_medicine", [_CONSUME, _CLEANING]),
    ("poison_medicine", ["pour|put|mix|fill|add|tip|squirt|squeeze|serve|stir|poured|filled", _CLEANING + "|" + _BATHROOM, "into|in|inside|with", _CONTAINER]),
    ("poison_medicine", ["fill|filled|fills", _CONTAINER, "with", _CLEANING + "|" + _BATHROOM]),
    ("poison_medicine", ["dare|dared|dares|bet|challenge|challenged", "drink|swallow|taste|eat|gulp|sip|lick", _CLEANING + "|" + _PRODUCT_FIRST_WORD + "|" + _MEDICINE]),
    # what is under the sink, or has a skull on it, is not for drinking
    ("poison_medicine", [_CONSUME, "under|beneath|below", "sink|sinks"]),
    ("poison_medicine", ["juice|drink|potion|lemonade|squash|syrup|soda|pop|smoothie|milkshake|cocktail", "under|beneath|below", "sink|sinks"]),
    ("poison_medicine", [_CONSUME, "bottle|bottles|jar|tin|can|label|tub", "danger|warning|poison|poisonous|toxic|hazard"]),
    ("poison_medicine", [_CONSUME, "bottle|bottles|jar|tin|can|tub", "with|has|having", "skull|crossbones"]),
    ("poison_medicine", ["skull|crossbones", "on", "bottle|bottles|label|lid|jar|tin|tub"]),
    # someone else's medicine given, taken or shared ("gives her grandma's heart tablets to the baby")
    ("poison_medicine", [_SNEAK_MEDICINE, _KIN_OWNER, "s", _MEDICINE]),
    ("poison_medicine", [_SNEAK_MEDICINE, "grandmas|grandpas|mums|moms|mummys|dads|daddys|nans|nanas|grannys|neighbours|neighbors|aunts|uncles", _MEDICINE]),
    ("poison_medicine", ["give|gave|hand|pass|feed", _KIN_OWNER, "s", _MEDICINE, "to", _LITTLE_ONES]),
    ("poison_medicine", ["give|gave|hand|pass|feed", _LITTLE_ONES, _KIN_OWNER, "s", _MEDICINE]),
    ("poison_medicine", ["give|gives|gave|feed|feeds|fed|slip|slips|sneak|sneaks|share|shares", _LITTLE_ONES, _MEDICINE, "found|find|finds|bathroom|cupboard|cabinet|drawer|handbag|bag|floor|shelf|secretly|ground|street|garage|hidden"]),
    ("poison_medicine", ["heart|sleeping|sleep|pressure|nerve|nerves|diet|adult|grownup|grown|depression|anxiety", "pill|pills|tablet|tablets|medicine|medicines|capsules|capsule|syrup", "to|for|into", _LITTLE_ONES]),
    ("poison_medicine", [_SNEAK_MEDICINE, "heart|sleeping|pressure|nerve|diet|adult|grownup|grown|depression|anxiety", "pill|pills|tablet|tablets|medicine|medicines|capsules|capsule"]),
    ("poison_medicine", ["pill|pills|tablet|tablets|capsule|capsules|medicine|medicines|syrup|drops|painkiller|painkillers", "make|so|keep", "@target|he|she|they", "quiet|quieter|shut|still|silent|behave"]),
    ("poison_medicine", ["white", "sweeties|sweets|sweetie|candy|candies|smarties|mints|tablets|pills|balls|dots|beads", "so|to|until|and", "sleep|sleeps|sleepy|forever|sleeping"]),
    ("poison_medicine", ["drink|juice|potion|lemonade|pop|smoothie|squash|milkshake|liquid", "one|bottle", "with|has", "danger|warning|hazard|poison|toxic|corrosive|skull|crossbones"]),
    # pills told as sweets ("the white sweeties from the medicine cabinet")
    ("poison_medicine", ["sweeties|sweets|sweetie|candy|candies|smarties|treats|lollies|mints|pills|tablets|capsules", "from|in", "medicine|bathroom|first", "cabinet|cupboard|box|drawer|shelf|chest|aid|kit"]),
    ("poison_medicine", [_CONSUME + "|give|gave|feed|fed|share", "from", "medicine|bathroom", "cabinet|cupboard|box|drawer|shelf|chest"]),
    # ---------------------------------------------------------------- sexual
    ("sexual", ["private", "part|parts|bits"]),
    ("sexual", ["force|forced|dare|dared", "@target", "undress|strip|naked|nude"]),
    ("sexual", ["watch|watched|film|filmed|photograph|photographed", "@target", "undress|undressing|naked|nude"]),
    ("sexual", ["show", "@target|you", "underwear|knickers|panties|willy|privates|private"]),
    ("sexual", ["touch|rub|stroke|feel|fondle|tickle|lick|kiss|grab|squeeze", "@target|you", "private|privates|crotch|genital|genitals|underwear|knickers|panties|willy|bottom|there"]),
    ("sexual", ["touch|rub|stroke|fondle|lick|kiss|grab|squeeze", "private|privates|crotch|genital|genitals|willy|penis|vagina|boob|boobs|breast|breasts"]),
    ("sexual", ["tongue", "kiss"]),
    ("sexual", ["show|shows|showed|showing", "him|me|them|us", "what|whats", "under|inside|beneath", "pyjamas|pajamas|clothes|dress|skirt|pants|knickers|underwear|nightie|trousers|shirt|top|swimsuit"]),
    ("sexual", ["touch|touches|touched|touching|feel|feels|felt|stroke|strokes|stroked|rub|rubs|rubbed|tickle|tickles|tickled|grope|gropes", "@target|you", "under|beneath|inside", "her|his|their|your|the", "clothes|dress|skirt|shirt|top|pants|trousers|pyjamas|pajamas|nightie|knickers|underwear|jumper|swimsuit"]),
    ("sexual", ["secret", "cuddle|cuddles|tickles|tickle|tickling|touching|touches|massage|massages|bath|baths|bathtime"]),
    ("sexual", ["french", "kiss"]),
    ("sexual", [_ADULT, "kiss|kissed", "mouth|lips|tongue"]),
    ("sexual", ["sleep|lie|get|climb", "in", "bed", "with", "man|stranger|adult|grownup|teacher|coach|uncle|neighbour|neighbor"]),
    ("sexual", ["sexy|naked|nude", "photo|photos|picture|pictures|pic|pics|selfie|video|videos"]),
    ("sexual", ["blow", "job"]),
    ("sexual", ["bath|shower", "together", "man|stranger|adult|grownup|teacher|coach|uncle|neighbour|neighbor"]),
    # ---------------------------------------------------------------- self-harm
    ("self_harm", ["kill|slit|slash|stab|starve|hang|harm|poison|drown|shoot|strangle|unalive|end", _REFLEXIVE]),
    ("self_harm", ["want|wanna|wish|try|tried|plan|decide|going|gonna|ready", "hurt|harm|kill|end|punish|starve|unalive|drown|hang|poison", _REFLEXIVE + "|life"]),
    ("self_harm", ["want|wanna|wish|try|tried|plan|decide", "cut|burn", _REFLEXIVE]),
    ("self_harm", ["cut|slit|slash|scratch|burn", "wrist|wrists"]),
    ("self_harm", ["cut|scratch", _REFLEXIVE, "razor|blade|purpose|deliberately|arm|arms|wrist|wrists|skin|thigh|thighs"]),
    ("self_harm", ["want|wanna|wish|rather", "die|dead"]),
    ("self_harm", ["wish", "never", "born"]),
    ("self_harm", ["end", "it", "all"]),
    ("self_harm", ["end|take", "my|his|her|their|your|own", "life"]),
    ("self_harm", ["jump|throw|leap|threw", _REFLEXIVE, "off|from|out|under|front"]),
    ("self_harm", ["want|wanna|try|tried|plan|decide|going|gonna", "jump", "off|from", "bridge|roof|building|balcony|window|tower|cliff"]),
    ("self_harm", ["nobody|noone", "miss|care", "if", "die|gone|dead|disappear"]),
    ("self_harm", ["no", "one", "miss|care", "if", "die|gone|dead|disappear"]),
    ("self_harm", ["better", "off", "without", "me|him|her|them"]),
    ("self_harm", ["hate", _REFLEXIVE]),
    ("self_harm", ["self", "harm|harming|hurt|injury|injure|destruct"]),
    ("self_harm", ["no", "reason", "live"]),
    ("self_harm", ["not", "want", "live|alive|wake"]),
    ("self_harm", ["hurt|harm|punish|scratch", _REFLEXIVE, "purpose|deliberately"]),
    # saying "un alive", "sewer slide" or "delete myself" for suicide
    ("self_harm", ["un", "alive|alived|aliving", _REFLEXIVE]),
    ("self_harm", ["delete|neck|rope|unalive", _REFLEXIVE]),
    # "off" as a verb only: "offed himself", "wants to off herself" (not "switches it off himself")
    ("self_harm", ["offed|offs|offing", "^" + _REFLEXIVE]),
    ("self_harm", ["to|gonna|wanna|will|ll|would|d|might|could|should|must", "^off", "^" + _REFLEXIVE]),
    ("self_harm", ["want|wanna|wish|try|tried|plan|decide|going|gonna|ready|wants|wanted", "disappear|vanish|sleep", "forever"]),
    # cutting, burning, hitting oneself ("cuts her arms with a razor blade")
    ("self_harm", ["cut|cuts|slice|scratch|scrape|carve|slash|burn", "her|his|their|my|your|own", "arm|arms|wrist|wrists|thigh|thighs|skin|legs|leg|tummy|belly", "blade|razor|razorblade|sharpener|purpose|deliberately|lighter|until"]),
    ("self_harm", ["blade|razor|razorblade|sharpener", "on|into|across|along|over|against", "her|his|their|my|your|own|arm|arms|wrist|wrists|skin|thigh|thighs"]),
    ("self_harm", ["line|lines|cut|cuts|scratches|marks", "on|in|into|across", "her|his|their|my|your|arm|arms|wrist|wrists|thigh|thighs", "blade|razor|razorblade|sharpener|knife|scissors|compass|purpose"]),
    ("self_harm", ["hurt|harm|punish|cut|burn|hit|bite|scratch|starve|bruise", _REFLEXIVE, "every|each|always|often|secretly|nightly|deliberately|purpose"]),
    ("self_harm", ["make|makes|made", _REFLEXIVE, "throw|vomit|puke|bleed"]),
    ("self_harm", ["cut|cuts|cutting|hurt|hurts|hurting|burn|burns|burning|hit|hits|hitting|scratch|scratches|scratching|bite|bites|biting", _REFLEXIVE, "when|whenever|because|if|every", "sad|angry|upset|lonely|unhappy|cry|cries|crying|bad|worried|stressed|hates|anxious|alone|nobody|noone|miserable"]),
    ("self_harm", ["cut|cuts|cutting|slice|slices", _REFLEXIVE, "with", "blade|razor|razorblade|cutter|stanley|craft|sharpener"]),
    ("self_harm", ["jump|jumps|jumped|leap|leaps|leapt|throw|throws|threw", "off|from", "bridge|roof|building|balcony|tower|cliff|window", "nobody|noone|sad|unhappy|lonely|die|dead|never|end|alone|forever"]),
    ("self_harm", ["stop|stops|stopped|refuse|refuses|refused|won|never", "eat|eating", "so|to|until|because", "thin|thinner|skinny|disappear|die|dead|pretty|beautiful|weight"]),
    ("self_harm", ["hate|hates|hated", _REFLEXIVE + "|her|his|their|my|own", "body|self"]),
    # ------------------------------------------------------- drugs and alcohol
    ("drugs_alcohol", ["smoke|smoking|smoked|puff|inhale", "cigarette|cigarettes|cig|cigs|cigar|cigars|weed|joint|joints|spliff|blunt|meth|tobacco|bong|dope|hash|vape|hookah|shisha|fag|fags"]),
    ("drugs_alcohol", ["smoke|smoking|smoked", "a|his|her|their", "pipe"]),
    ("drugs_alcohol", ["roll|rolled|rolling", "joint|joints|spliff|blunt|cigarette"]),
    ("drugs_alcohol", ["snort", "coke|cocaine|line|lines|powder"]),
    ("drugs_alcohol", ["sniff|huff", "glue|petrol|aerosol"]),
    ("drugs_alcohol", ["line|lines", "of", "coke|cocaine"]),
    ("drugs_alcohol", ["get|got|getting", "stoned|hammered|legless|sloshed|drunk|tipsy"]),
    ("drugs_alcohol", ["weed|pot|dope|hash|coke", "smoke|smoking|dealer|brownie|brownies|joint"]),
    ("drugs_alcohol", ["magic", "mushroom|mushrooms", "high|trip|drug"]),
    ("drugs_alcohol", ["pop|take|swallow|sell|buy", "pill|pills", "party|fun|high"]),
    ("drugs_alcohol", ["glass|bottle|can|pint|sip|shot|shots|drink|drank", "of", "beer|wine|vodka|whisky|rum|gin|cider|champagne|alcohol|booze|liquor|tequila"]),
    ("drugs_alcohol", ["drink|drinking|drank", "cider|alcohol|shots"]),
    ("drugs_alcohol", ["drug", "dealer|deal|addict"]),
    ("drugs_alcohol", ["high|stoned|wasted|drunk", "on", "weed|pot|drugs|drug|cocaine|coke|pills|glue|meth|vodka|beer|wine|booze"]),
    ("drugs_alcohol", ["get|got|make|made", "@target", "drunk|stoned"]),
    ("drugs_alcohol", ["inject|shoot", "heroin|drug|drugs"]),
    # smoking told softly ("the funny-smelling green ciggy", "feels all floaty")
    ("drugs_alcohol", ["funny|funnysmelling|strange|weird|special|magic|happy|giggly|green|herbal|wacky|skunky", "rollup|rollups|joint|joints|smoke|smokes|stick|sticks", "smoke|smoking|smell|smells|smelling|puff|puffing|feel|feels|floaty|high|giggly"]),
    ("drugs_alcohol", ["smoke|smoking|puff|puffing|share|sharing|pass|passing|light|lighting", "cigarette|cigarettes|ciggy|ciggie|ciggies|cig|cigs|joint|spliff|rollup", "feel|feels|felt|get|gets|got|go|goes|went", "floaty|high|dizzy|funny|giggly|fuzzy|woozy|wobbly|relaxed|silly|weird|strange"]),
    # grown-ups' drinks and "special" treats that make a child floaty
    ("drugs_alcohol", ["giggle|giggly|happy|funny|silly|naughty|special|grownup|wobbly|magic|party|sleepy", "juice|water|drink|drinks|pop|lemonade", "double|wobbly|dizzy|drunk|stagger|staggers|staggered|hiccups|hiccup|sway|sways|tipsy|woozy"]),
    ("drugs_alcohol", ["special|funny|magic|naughty|happy|giggle|silly|sleepy|fizzy|secret", "grownup|grownups|adult|adults", "juice|drink|drinks|lemonade|pop|water|medicine|sweets|brownies|cookies"]),
    ("drugs_alcohol", ["special|funny|magic|happy|herbal|grownup|adult|wacky", "brownie|brownies|cookie|cookies|cake|cakes|mushroom|mushrooms|gummies|gummy|sweets|tea|juice|candy|cigarette|ciggy", "feel|feels|felt|go|goes|went|get|gets|got|make|makes|made|all", "floaty|high|woozy|spaced|stoned|buzzed|trippy|wasted|tipsy|drunk"]),
    ("drugs_alcohol", ["powder|dust|sugar|stuff|sherbet|flour", "up", "his|her|their|my|your|the", "nose|noses|nostril|nostrils"]),
    ("drugs_alcohol", ["smoke|smokes|smoked|smoking|puff|puffs|puffed", "funny|magic|happy|giggly|special|green|herbal|stinky|smelly|wacky", "grass|herb|herbs|leaves|leaf|plant|plants|tobacco|weed|mushrooms"]),
    ("drugs_alcohol", ["sniff|sniffing|huff|huffing|inhale|inhaling", "glue|petrol|aerosol|deodorant|lighter|solvent|solvents"]),
    ("drugs_alcohol", ["drink|drinks|drank|sip|gulp|down|downs|nick|nicks|steal|steals|stole|finish|finished|sneak|sneaks|taste|tastes|chug|swig", "mum|mom|mummy|dad|daddy|father|mother|grandpa|grandma|uncle|aunt|parents|grown|grownups|adults", "s", "beer|wine|vodka|whisky|whiskey|rum|gin|cider|champagne|booze|alcohol|cocktail|cocktails|lager|prosecco|brandy|liqueur|cigarettes|cigars|pipe|vape"]),
    ("drugs_alcohol", ["pop|popped|take|took|swallow|swallowed|share|shared|sell|sold|buy|bought", "pill|pills|tablets", "party|fun|high|buzz|rave|club|disco"]),
    # ---------------------------------------------------------------- abandonment
    ("abandonment", ["leave|left|abandon|dump|ditch|forget|forgot|lose|lost|throw", "@target", "forest|wood|woods|forever|street|streets|road|roadside|dark|box|car|bin|river|motorway|highway|desert|nowhere|rain|snow"]),
    ("abandonment", ["leave|left|abandon|dump|forget|forgot", "@target", "all", "alone"]),
    ("abandonment", ["lock|locked", "@target", "cupboard|closet|shed|attic|cellar|basement|dark|night"]),
    ("abandonment", ["nobody|noone", "come|came|look|help|care|cared|love|loved|search|save|rescue|feed|fed|miss"]),
    ("abandonment", ["no", "one", "come|came|look|help|care|cared|love|loved|search|save|rescue|feed|fed|miss"]),
    ("abandonment", ["never", "come|came", "back|home|again"]),
    ("abandonment", ["never", "return|returned"]),
    ("abandonment", ["they|police|parents|mum|mom|dad|family|anyone|anybody|searchers", "never", "find|found", "@target"]),
    ("abandonment", ["@target", "be|was|were|get|got", "left|abandoned|dumped|forgotten|deserted", "alone|forest|woods|wood|street|road|roadside|forever|behind|car|box|bin|dark"]),
    ("abandonment", ["never", "see|saw|seen", "@target", "again"]),
    ("abandonment", ["forever", "alone"]),
    ("abandonment", ["alone", "forever"]),
    ("abandonment", ["all", "alone", "night|days|weeks|forever|nobody|noone"]),
    ("abandonment", ["parents|parent|mum|mom|mother|dad|father|family|owner|owners", "leave|left|abandon|abandoned|go|gone|went", "forever"]),
    ("abandonment", ["parents|parent|mum|mom|mother|dad|father|family|owner|owners", "leave|left|abandon|abandoned|go|gone|went", "never", "come|came|return|returned"]),
    ("abandonment", ["parents|parent|mum|mom|mother|dad|father|family|owner|owners", "didn|don|doesn|never|not", "love|care|want"]),
    ("abandonment", ["not|don|didn|doesn|never", "love|want|need", "you|him|her|them|me", "anymore"]),
    ("abandonment", ["nobody|noone", "love|loves|loved|want|wants|wanted", "me|you|him|her|them"]),
    ("abandonment", ["unwanted|unloved|forgotten", "@target"]),
    ("abandonment", ["nothing|no", "eat|food|water|drink", "day|days|week|weeks"]),
    ("abandonment", ["kick|throw|chase|send|threw|kicked", "@target", "out", "house|home|street|forever"]),
    ("abandonment", ["cry|cried|crying", "alone", "nobody|noone|night|forever"]),
    ("abandonment", ["give|gave", "@target", "away", "forever|never"]),
    ("abandonment", ["left", "behind", "forever|nobody|noone|never|alone"]),
    # no one of the grown-ups ever comes ("no grown-up ever came", "no one ever picked her up")
    ("abandonment", ["no", _CARERS, "ever|never", "come|came|arrive|arrived|return|returned|pick|picked|fetch|fetched|collect|collected|show|showed|turn|turned|look|looked|search|searched|find|found|answer|answered|check|checked|visit|visited"]),
    ("abandonment", ["no", _CARERS, "come|came|arrive|arrived|return|returned|showed|turned", "back|for|pick|fetch|collect|get|home|ever|again|all"]),
    ("abandonment", ["wait|waited|waiting|waits", "day|days|week|weeks|night|nights|forever|month|months|year|years", "nobody|noone"]),
    ("abandonment", ["abandon|abandoned|abandons|dump|dumped|dumps", "@target", "tied|chained"]),
    ("abandonment", ["leave|left|leaves", "@target", "tied|chained", "motorway|road|roadside|layby|services|forever|woods|forest"]),
    ("abandonment", ["leave|left|leaves|abandon|abandons|abandoned", "alone", "street|streets|woods|forest|road|motorway|roadside"]),
    ("abandonment", ["tied|chained", "motorway|highway|roadside|layby|services|freeway"]),
    ("abandonment", ["forget|forgot|forgotten|forgets", _CHILDLIKE, "services|motorway|station|petrol|supermarket|shop|airport|beach|park|zoo|car|bus|train|restaurant|mall|fair|carpark|layby"]),
    ("abandonment", ["drive|drove|driven|drives|fly|flew|sail|sailed", "home|away|off", "without", "baby|babies|toddler|child|children|kid|kids|son|daughter|brother|sister|twins|boy|girl"]),
    ("abandonment", ["move|moved|moves|drive|drove|drives", "away", "leave|left|leaves|abandon|abandoned", "@target"]),
    # ------------------------------------------------------ strangers and secrets
    ("stranger_secret", [_STRANGER, "secret|secrets"]),
    ("stranger_secret", ["secret|secrets", _STRANGER]),
    ("stranger_secret", ["strange|unknown|creepy", "man|men|guy|woman|lady", "secret|secrets|car|van|candy|sweets|photo|photos|picture|pictures|alone|touch|touched|undress|follow|home|house"]),
    ("stranger_secret", [_STRANGER, "ask|tell|invite|want|offer|say|beckon|wave|call|told|asked", "come|follow|go|get|climb|ride|visit|see|play"]),
    ("stranger_secret", ["go|went|come|came|follow|followed|leave|left|walk|ride|drive|get|got|climb|hop", "with|into|in", _STRANGER]),
    ("stranger_secret", [_STRANGER, "give|offer|gave|offered|promise|promised|show|showed", "candy|sweet|sweets|sweetie|chocolate|lolly|lollipop|toy|toys|puppy|kitten|ride|lift|money|present|gift|game|phone|ice"]),
    ("stranger_secret", [_STRANGER, "photo|photos|picture|pictures|video|videos|pic|pics|camera|selfie|film|filmed"]),
    ("stranger_secret", [_STRANGER, "alone|car|van|house|flat|apartment|basement|bedroom|bathroom|toilet|touch|kiss|hug|tickle|cuddle|stroke|undress|strip|bed|address|clothes|underwear"]),
    ("stranger_secret", ["alone", "with", "stranger|strangers|man|adult|grownup|guy"]),
    ("stranger_secret", ["don|do|never|not", "tell", "your", "parent|parents|mum|mom|mummy|mommy|mother|dad|daddy|father|family|teacher|grandma|grandpa"]),
    ("stranger_secret", [_ADULT, "don|not|never", "tell", "anyone|anybody|nobody|noone|parent|parents|mum|mom|dad"]),
    ("stranger_secret", ["our|their", "little|special", "secret"]),
    ("stranger_secret", [_STRANGER + "|man|men|guy|adult|grownup", "ask|asked|tell|told|want|wanted|make|made|force|forced", "@target|you", "undress|strip|naked|nude|clothes|underwear|knickers|panties"]),
    ("stranger_secret", ["secret", "between", "you|us|me"]),
    ("stranger_secret", ["secret", "from", "your", "parent|parents|mum|mom|mummy|mommy|mother|dad|daddy|father|family|teacher"]),
    ("stranger_secret", ["meet|meeting|met|visit|see", "someone|somebody|friend|man|woman|guy|girl|boy|person|people|stranger", "internet|online|chat|chatroom|app|website|web"]),
    ("stranger_secret", ["internet|online|chat|chatroom|app|website", "friend|man|guy|stranger|someone|somebody|person", "meet|visit|address|alone|secret|photo|photos|picture|pictures|selfie"]),
    ("stranger_secret", ["send|sent|share|shared|post|posted", "photo|photos|picture|pictures|pic|pics|selfie|selfies|video|videos", "stranger|strangers|someone|somebody|internet|online|chat|app"]),
    ("stranger_secret", ["send|sent", "me|him", "photo|photos|picture|pictures|pic|pics|selfie|video"]),
    ("stranger_secret", ["ask|asked|want|wanted", "photo|photos|picture|pictures|pic|pics|selfie|video", "of", "body|bath|pyjamas|underwear|naked|bed"]),
    ("stranger_secret", ["get|got|climb|hop|jump", "in|into", _STRANGER, "car|van|truck"]),
    ("stranger_secret", [_STRANGER, "van|car", "candy|sweets|sweet|puppy|ride|lift|get"]),
    ("stranger_secret", ["man|guy|men", "van", "candy|sweets|sweet|puppy|ride|lift|get|chocolate|lolly|lollipop"]),
    ("stranger_secret", ["lure|lured|luring", "@target"]),
    # pretending to be sent by the parents, offering a lift and asking for silence, secrets about the bath
    ("stranger_secret", [_STRANGER, "friend", "mum|mom|dad|mother|father|parents|mummy|mommy|daddy|family|teacher"]),
    ("stranger_secret", [_STRANGER, "say|says|said|tell|tells|told|pretend|pretends|pretended|claim|claims", "sent|send|sends"]),
    ("stranger_secret", [_ADULT, "offer|offers|offered|give|gives|gave|promise|promises|promised", "lift|ride|sweets|candy|money|present|presents|puppy|kitten", "secret|secrets"]),
    ("stranger_secret", ["keep|keeps|kept|keeping", "secret|secrets", "about", "bath|bathtub|shower|bedroom|body|touch|touching|touches|tickling|cuddles|kisses|privates|undressing"]),
    ("stranger_secret", ["uncle|man|stranger|neighbour|neighbor|guy|babysitter|coach|lodger|cousin", "make|makes|made|tell|tells|told|ask|asks|asked|want|wants|wanted|beg|begs|begged", "@target|you|them", "keep", "secret|secrets"]),
    ("stranger_secret", ["meet|meets|met", "me|him|her|us", "park|woods|shed|car|house|alone|secretly|tonight|outside", "don|not|never|nobody|noone", "tell|know|knows"]),
    # grooming: hiding what an adult and a child say or send ("delete the messages so nobody finds out")
    ("stranger_secret", [_DELETE, _MESSAGES, "secret|secrets|nobody|noone|parents|parent|mum|mom|mummy|dad|daddy|family|anyone|anybody|tell|secretly|teacher"]),
    ("stranger_secret", [_DELETE, _MESSAGES, "so|that", "nobody|noone|no|parents|parent|mum|mom|mummy|dad|daddy|family|teacher|grownups|adults"]),
    ("stranger_secret", [_DELETE, "photo|photos|picture|pictures|pic|pics|video|videos|selfie|selfies", "so|from|before", "nobody|noone|no|parent|parents|mum|mom|mummy|dad|daddy|family|anyone|anybody|teacher"]),
    ("stranger_secret", ["so|that", "nobody|noone|no", "find|finds|found|know|knows|see|sees|notice|notices", "about|out", "us|me"]),
    ("stranger_secret", ["don|do|never|not|mustn", "tell", "anyone|anybody|nobody|noone|parent|parents|mum|mom|mummy|dad|daddy|family|teacher", "about", "us|me|chat|chats|messages|photos|pictures|meeting|meetings|friendship|visits"]),
    ("stranger_secret", [_ADULT + "|online|internet", "buy|buys|bought|give|gives|gave|send|sends|sent", "@target|you", "present|presents|gift|gifts|money|phone|sweets", "secret|secrets|hide|delete"]),
    ("stranger_secret", [_ADULT + "|online|internet", "present|presents|gift|gifts|money|phone|sweets", "say|says|said|tell|tells|told|promise|promises|make|makes", "secret|secrets|hide|delete"]),
    # an online friend asking for pictures ("asks her to send photos of herself in the bath")
    ("stranger_secret", ["online|internet|chat|game|gaming|app|stranger|strangers|man|guy|neighbour|neighbor|coach|penpal", "ask|asks|asked|want|wants|wanted|tell|tells|told|beg|begs|begged|get|gets|make|makes|say|says|said", "photo|photos|picture|pictures|pic|pics|selfie|selfies|video|videos|camera|webcam", "bath|bathtub|shower|pyjamas|pajamas|pjs|nightie|nightdress|underwear|pants|knickers|swimsuit|bikini|nothing|naked|towel|bed|bedroom|undressed|undressing|changing"]),
    ("stranger_secret", ["send|sends|sent|show|shows", "him|me|them|us|her", "photo|photos|picture|pictures|pic|pics|selfie|selfies|video|videos", "bath|bathtub|shower|pyjamas|pajamas|pjs|nightie|underwear|pants|knickers|swimsuit|bikini|nothing|naked|towel|bed|bedroom|undressed|body"]),
    ("stranger_secret", ["online|internet|chat|game|gaming", "friend|friends|buddy|pal|man|guy|boy|girl|someone|somebody|person", "ask|asks|asked|want|wants|wanted|beg|begs|begged|invite|invites|invited", "meet|photo|photos|picture|pictures|pic|pics|selfie|selfies|address|alone|secret|video|webcam|camera|visit|home|house|school"]),
    # ---------------------------------------------------------------- horror
    ("horror", ["eat|devour|gobble|swallow|chew|munch|nibble|gnaw|suck", _PEOPLE, "alive|whole|up|raw"]),
    ("horror", ["devour", _PEOPLE]),
    ("horror", ["gobble", "up|down|all", _PEOPLE]),
    ("horror", [_PEOPLE, "be|get|was|were|got", "eaten|devoured|gobbled|chewed|gnawed"]),
    ("horror", ["eat|chew|munch|gnaw|suck|drink|devour", "flesh|brain|brains|eyeball|eyeballs|human|humans|corpse|corpses"]),
    ("horror", ["human", "flesh|meat|sacrifice|sacrifices|pie|stew|soup"]),
    ("horror", ["zombie|zombies|vampire|vampires|werewolf|werewolves|ghoul|ghouls|monster|monsters|demon|demons", "bite|bit|bitten|devour|tear|rip|kill|drink|suck", _PEOPLE + "|flesh|brain|brains|throat|neck|blood"]),
    ("horror", ["blood|bloody", "everywhere|drip|dripping|pour|pouring|splatter|spray|pool|puddle|gush|river|rivers"]),
    ("horror", ["blood", "all", "over"]),
    ("horror", ["cover|covered|soaked|drenched", "in", "blood|gore|guts"]),
    ("horror", ["cut|chop|rip|tear|bite|bit|slice|hack|tore", "off", "head|heads|arm|arms|leg|legs|hand|hands|finger|fingers|ear|ears|nose|toe|toes|tongue"]),
    ("horror", ["rip|tear|tore|gouge|pluck|claw|pull|pulls|pulled|poke|pokes|poked|scoop|scooped|peck|pecked|pecks|dig|dug|gouged", "out", "eye|eyes|eyeball|eyeballs|heart|tongue|guts|brain|brains"]),
    ("horror", ["rip|tear|tore|gouge|pluck|claw|pull|pulls|pulled|poke|pokes|poked|scoop|scoops|scooped|peck|pecked|pecks|dig|digs|dug|gouged|cut|cuts", "eye|eyes|eyeball|eyeballs|tongue|guts|brain|brains", "out"]),
    ("horror", ["chop|cut|slice|saw|tear|rip|hack", "@target", "into|in", "piece|pieces|bit|bits|half|halves"]),
    ("horror", ["head|heads|skull|body|bodies", "on", "stick|spike|spikes|pike|pikes|plate|pole"]),
    ("horror", ["severed|bloody|rotting|decaying|dead", "head|heads|hand|hands|arm|arms|leg|legs|finger|fingers|body|bodies|ear|ears|eye|eyes|foot|feet|flesh"]),
    ("horror", ["body|bodies|corpse|corpses|flesh", "rot|rotting|decay|decaying|maggot|maggots|worm|worms"]),
    ("horror", ["spill|spilled|spilt|rip|ripped", "guts|intestine|intestines|organ|organs|brain|brains"]),
    ("horror", ["possess|possessed", "by", "demon|devil|spirit|ghost|evil|satan"]),
    ("horror", ["demon|devil|spirit", "inside", "@target"]),
    ("horror", ["ritual|human|blood", "sacrifice"]),
    ("horror", ["skin", "@target", "alive"]),
    ("horror", ["bury|buried", "@target", "alive"]),
    ("horror", ["bury|buried", "alive"]),
    ("horror", ["drink|drank|suck|sucked", "blood"]),
    ("horror", ["dead", "body|bodies|people|children|kids", "everywhere|pile|piles|rise|walk|crawl"]),
    ("horror", ["crawl|rise|climb", "out", "grave|graves|coffin"]),
    ("horror", ["scream|screaming", "in", "agony|pain"]),
    ("horror", ["eye|eyes", "gouged|bleeding|popped|hanging"]),
    # cruelty done to a person (the tight forms are in HORROR_DONE_TO)
    ("horror", ["eat|devour|munch|chew|gobble|slurp|suck|lick|feast|swallow|nibble", "guts|intestines|innards|entrails|organs|eyeballs"]),
    ("horror", ["necklace|necklaces|soup|pie|stew|hat|coat|rug|jam|bracelet|cape|drum|lamp|collection", "of|from|made", "children|kids|people|human|humans|baby|babies|girls|boys|child|kid", "teeth|bones|skin|hair|eyes|fingers|blood|ears|toes|skulls|tongues"]),
    ("horror", ["juice|drink|stuff|liquid", "from|out", "neck|necks|veins|throat|throats"]),
    # ---------------------------------------------------------------- hate
    ("hate", [_GROUPS, "be|are|were|is|all", _DEHUMANISING]),
    ("hate", [_PEOPLE_OF, "people|person|persons|folk|kids|men|women", "be|are|were|is|all", _DEHUMANISING]),
    ("hate", ["all", _GROUPS, "should|must|deserve|need", "die|leave|go|out|gas|killed|burn|deported|banned|locked"]),
    ("hate", ["hate|kill|ban|deport|gas|exterminate|eradicate|wipe|rid|burn|expel", _GROUPS]),
    ("hate", ["hate|kill|ban|deport|gas|exterminate|eradicate|wipe|rid|burn|expel", _PEOPLE_OF, "people|person|persons|folk"]),
    ("hate", ["no", _GROUPS, "allow|allowed|welcome"]),
    ("hate", [_GROUPS, "not", "allow|allowed|welcome|human|people"]),
    ("hate", ["go", "back", "your|own|their|his|her", "country"]),
    ("hate", ["go|get|send", "back", "where", "come|came"]),
    ("hate", ["because|cos|cause", "he|she|they|you|him|her|them", "be|is|was|were|are|re", "black|brown|jewish|muslim|gay|chinese|asian|mexican|foreign|immigrant|refugee|disabled|autistic|arab|african|indian|gypsy|trans"]),
    ("hate", ["slant|slanty|slitty|squinty", "eye|eyes"]),
    ("hate", ["ching", "chong"]),
    ("hate", ["sieg", "heil"]),
    ("hate", ["heil", "hitler"]),
    ("hate", ["white", "power|supremacy|supremacist|pride"]),
    ("hate", ["ku", "klux"]),
    ("hate", ["ethnic", "cleansing"]),
    ("hate", ["sand", "nigger"]),
    ("hate", ["camel", "jockey"]),
    ("hate", ["porch", "monkey"]),
    ("hate", ["window", "licker"]),
    ("hate", ["gas", "jew|jews|them"]),
    ("hate", ["inferior", "race|races|people|religion"]),
    ("hate", ["master", "race"]),
    ("hate", ["dirty|filthy|stupid|lazy|smelly", "jew|jews|muslim|muslims|arab|arabs|immigrant|immigrants|foreigner|foreigners|mexican|mexicans|gypsy|gypsies|refugee|refugees|gays|blacks|roma"]),
    # skin colour called dirty, mocked for skin, religion or disability
    ("hate", ["skin", "like|colour|color|of", "chocolate|coal|mud|poo|poop|dirt|tar|night", "allowed|smell|smells|stink|stinks|dirty|ugly|disgusting|banned"]),
    ("hate", ["from", "that|those|their|foreign", "country|countries|religion|continent", _DEHUMANISING]),
    ("hate", ["headscarf|headscarves|hijab|hijabs|turban|turbans|burka|burkas|burqa|kippah|yarmulke", "bomb|bomber|bombers|terrorist|terrorists|dangerous|evil|dirty|explode|explodes|blow"]),
    ("hate", ["black|brown|dark|darker", "skin|skinned|skins", "dirty|disgusting|ugly|filthy|smelly|gross|bad|wrong|poo|poop|horrible"]),
    ("hate", ["say|says|said|tell|tells|told|shout|shouts|shouted|call|calls|called|think|thinks", "skin|colour|color", "disgusting|gross|wrong|ugly|poo|poop|horrible|filthy|smelly"]),
    ("hate", ["because|cos|cause", "skin|colour|color", "dirty|disgusting|gross|wrong|ugly|poo|poop|horrible|filthy|smelly|bad"]),
    ("hate", ["laugh|laughs|laughed|mock|mocks|mocked|tease|teases|teased|bully|bullies|bullied|hate|hates|hated|exclude|excludes|excluded|fun|insult|insults|insulted|spit|spat", "because|cos|cause", "of", "his|her|their|its", "skin|colour|color|religion|race|headscarf|hijab|turban|kippah|yarmulke|accent|wheelchair|disability"]),
    ("hate", ["won|don|doesn|didn|not|never|can", "play|sit|talk|eat|stand", "with", "@target", "because|cos|cause", "black|brown|jewish|muslim|gay|chinese|asian|foreign|immigrant|refugee|disabled|autistic|arab|african|indian|gypsy|trans|deaf|blind|wheelchair"]),
    # ---------------------------------------------------------------- insult
    ("insult", ["shut", "up"]),
    ("insult", ["shut", "your", "mouth|face|trap|gob"]),
    ("insult", ["go", "to", "hell"]),
    ("insult", ["what", "the", "hell"]),
    ("insult", ["bloody", "hell"]),
    ("insult", ["piss", "off"]),
    ("insult", ["screw", "you|him|her|them|this|that"]),
    ("insult", ["son", "of", "a", "bitch"]),
    ("insult", ["call|called|calling|shout|shouted|yell|yelled", "@target|you", _INSULTS + "|pig|cow|whale"]),
    ("insult", ["you|ya", "be|are|re|r|so", _INSULTS + "|disgusting"]),
    ("insult", ["you", "fat|ugly|stupid|dumb|smelly|stinky|useless|worthless|pathetic", "pig|cow|whale|idiot|loser|freak|moron|baby|brat|thing|lump|slob"]),
    ("insult", ["stupid|dumb|loser|freak|weirdo|useless|worthless|pathetic", "@target"]),
    ("insult", ["mock|mocked|tease|teased|fun", "@target", "fat|ugly|weight|belly|tummy|body"]),
    ("insult", ["too", "fat|ugly|stupid|dumb", "love|play|friend|anyone|nobody"]),
    # ---------------------------------------------------------------- injection
    # telling the writer to drop its rules, show its prompt or write anything at all
    ("injection", [_IGNORE, "your|previous|prior|above|earlier|system|original|initial|preceding", _AI_RULES]),
    ("injection", [_IGNORE, "all|any|those", _AI_ONLY]),
    ("injection", [_IGNORE, "safety|content|moderation|story", _RULE_WORDS, _WRITE_NOW]),
    ("injection", [_IGNORE, "all|every|the", _RULE_WORDS, _WRITE_NOW, "story|stories|tale|anything|whatever|text|me"]),
    ("injection", [_WRITE, "most|really|very|extremely|super|ultra|maximally|truly|insanely|extra|totally|completely|as|more", _EXTREME]),
    ("injection", [_WRITE, "a|an|the|me|some|them", _EXTREME, "story|stories|tale|tales|scene|scenes|version|content|text|description|poem|chapter"]),
    ("injection", ["reveal|show|print|leak|repeat|display|output|share|dump|expose|paste|spill|tell|give", "your|initial|original|system|developer|internal", "prompt|prompts|instructions|configuration|config|guidelines|programming|credentials|directives"]),
    ("injection", [_UNBOUND, "ai|assistant|chatbot|bot|model|gpt|llm|version|mode|writer|storyteller|chatgpt|claude|system"]),
    ("injection", ["you|pretend|act|behave|roleplay|become|now", "be|are|re|now|as|like|to|an|a", _UNBOUND]),
    ("injection", ["pretend|imagine|act|suppose|assume|behave", "you|your", "no|without|unrestricted|unfiltered|free", _RULE_WORDS + "|censorship|boundaries|morals|ethics|safety|moderation"]),
    ("injection", ["print|repeat|output|reveal|display|copy|paste|recite", "everything|all|text|words|instructions|message|messages|lines|prompt", "above|prior|earlier|previous|preceding|verbatim"]),
    ("injection", ["ignore|disregard|forget|skip", "everything|all|anything", "above|previous|prior|earlier|preceding"]),
    ("injection", [_IGNORE, "content|safety|profanity|swear|swearing|language|moderation|parental", "filter|filters|check|checks|settings|controls|control|lock|mode"]),
    ("injection", ["stop|quit", "being|acting|pretending", "a|the|children|child|kids|family|bedtime|nice|safe", "storyteller|writer|assistant|ai|bot|narrator|author|chatbot"]),
    ("injection", ["your", "hidden|internal|real|original|initial|true", "rules|instructions|prompt|guidelines|settings|programming"]),
    ("injection", [_IGNORE, "rule|rules|guidelines|limits|restrictions", "for|of|about", "children|kids|child|bedtime|safe", "stories|story|books|content"]),
    ("insult", ["full|lots|plenty|include|including|use|uses|add|loads|with", "swear|swearing|curse|cursing|swearwords|swearword|profanity|profanities"]),
    ("injection", ["answer|answers|respond|reply|write|talk|speak|tell", "without|no", "filter|filters|filtering|censorship|censoring|restrictions|moderation"]),
    ("injection", ["storyteller|writer|narrator|version|mode|author", "without|no", "censorship|censoring|filter|filters|restrictions|moderation|limits|safety"]),
    ("injection", ["ai|assistant|chatbot|model|bot|chatgpt|gpt", "no|without", _RULE_WORDS + "|censorship|boundaries|morals|ethics|safety|moderation"]),
]

RESCUE = [
    "find", "found", "rescue", "save", "hug", "cuddle", "until", "luckily", "fortunately",
    "thankfully", "happily", "suddenly", "arrive", "appear", "adopt", "reunite", "welcome",
    "safe", "safely", "return", "comfort", "hero", "kind", "carry",
]

NEGATIONS = [
    "never", "not", "no", "nobody", "noone", "nothing", "without", "none", "neither", "nor",
    "t", "don", "didn", "doesn", "isn", "wasn", "weren", "aren", "wouldn", "couldn",
    "shouldn", "hasn", "haven", "hadn", "cannot", "dont", "didnt", "doesnt", "cant", "isnt",
    "wasnt",
]

# Words next to each other, each a "|" alternation; a match that they cover whole is
# harmless ("pillow fight", "dying of laughter", "kicked her legs").
ALLOW = [
    # fights and wars that are games
    "pillow|snowball|water|food|foam|bubble|tickle|balloon|paint|nerf|custard|mud|splash|star|sock|cushion war|wars",
    "tug of war", "war cry",
    # toys and things named after weapons
    "water|squirt|bubble|glue|toy|foam|confetti|nerf|paint|laser|ray|cap|starting|start|pop gun|guns|pistol|pistols|blaster|blasters",
    "bath|photo|seed|smoke|stink|water|glitter|confetti bomb|bombs",
    "bullet train|trains|point|points|journal|journals",
    "butter|cake|bread|plastic|palette|cheese|table knife|knives",
    # a cook learning with a knife ("learn to use a knife safely in cooking class")
    "knife|knives safely|carefully|properly|correctly in|at|for|during cooking|cook|baking|bake",
    "knife|knives and fork|forks|spoon|spoons", "fork|forks|spoon|spoons and knife|knives",
    "killer whale|whales|bee|bees|shark|sharks|wasp|wasps|hornet|hornets|ant|ants|smile|dance|moves|joke|jokes|sudoku|instinct|bunny|rabbit|tomato|tomatoes",
    "shoot|shot|shoots|shooting him|her|them|me|us a look|glance|smile|grin|wink",
    "shoot|shot|shoots|shooting the|a ball|puck|goal|arrow to|at him|her|them",
    # a game with toy guns ("shoots the bandits with his water pistol")
    "shoot|shot|shoots|shooting|squirt|squirts|squirted|splash|splashes|splashed @target with his|her|their|a|the|my|your|big|little|new water|nerf|pop|toy|bubble|laser|foam|squirt|cap|paint|confetti|snowball|jelly gun|guns|pistol|pistols|blaster|blasters|cannon|cannons",
    "shoot|shot|shoots|shooting|squirt|squirts|squirted|splash|splashes|splashed @target with water|nerf|pop|toy|bubble|laser|foam|squirt|cap|paint|confetti|snowball|jelly gun|guns|pistol|pistols|blaster|blasters|cannon|cannons",
    "shoot|shot|shoots|shooting|squirt|squirts|squirted|splash|splashes|splashed the|a|all|some|his|her|their|two @target with his|her|their|a|the|my|your|big|little|new water|nerf|pop|toy|bubble|laser|foam|squirt|cap|paint|confetti|snowball|jelly gun|guns|pistol|pistols|blaster|blasters|cannon|cannons",
    "shoot|shot|shoots|shooting|squirt|squirts|squirted|splash|splashes|splashed the|a|all|some|his|her|their|two @target with water|nerf|pop|toy|bubble|laser|foam|squirt|cap|paint|confetti|snowball|jelly gun|guns|pistol|pistols|blaster|blasters|cannon|cannons",
    "shoot|shot|shoots|shooting|squirt|squirts|squirted|splash|splashes|splashed @target with bubbles|water|foam|confetti|snowballs|jelly",
    "shoot|shot|shoots|shooting|squirt|squirts|squirted|splash|splashes|splashed the|a|all|some|his|her|their|two @target with bubbles|water|foam|confetti|snowballs|jelly",
    "kick|kicked|kicks|kicking her|his|their|its legs|leg|feet|heels|shoes|boots|ball|football|blanket|covers",
    "kick|kicked|kicks|kicking the|a ball|football to|at|with him|her|them",
    "punch|punched|punches|punching her|his|their fist|fists|ticket|card",
    "slap|slapped|slaps|slapping her|his|their knee|knees|thigh|thighs|forehead|leg",
    "smack|smacked|smacks|smacking her|his|their lips",
    "stab|stabbed|stabs|stabbing her|his|their fork|straw",
    "smother|smothered|smothers|smothering him|her|them|me|us in|with kisses|hugs|love",
    "choke|choked|chokes|choking on|back her|his|their|its|a|the",
    "wound|wind up|her|his|the music|toy|clock|watch|box",
    "blood orange|oranges|moon|cell|cells|type|test|tests|pressure|donor|donors|bank|vessel|vessels|sugar",
    "assault course",
    # death idioms and nature
    "die|dying|died|dies of laughter|laughing|boredom|embarrassment|shame|curiosity|excitement",
    "dying to", "to die for", "kill|killed for a|an|some|one",
    "die|dying|died|dies laughing|giggling",
    "kill|killing|killed|kills myself|ourselves|himself|herself|themselves|yourself|yourselves laughing|giggling",
    "killing|kills|killed me|us with laughter|laughing|giggling|jokes", "jokes|joke are|is|were|was killing me|us",
    "dinosaur|dinosaurs|they|species die|died|dying|dies out",
    "fire|flames|wind|storm|noise|music|laughter|rain die|died|dying|dies down",
    "battery|batteries|phone|flower|flowers|plant|plants|torch|leaves|tree|trees|cactus|grass|garden|crops|seedlings|roses|tomatoes|sunflower|sunflowers die|died|dying|dies",
    # someone's plants that died ("Grandma's plants died while she was away")
    "mum|mom|dad|grandma|granny|grandpa|nan|nana|mother|father|parents|family|aunt|uncle s flower|flowers|plant|plants|tree|trees|garden|cactus|roses|tomatoes|sunflowers",
    "dead tired|end|ends|leaf|leaves|battery|batteries|heat|sea|center|centre|quiet|silent|sleepy|serious|lucky",
    "dead of night", "death star", "death valley",
    "bored|scared|tickled|frightened|worried|sick|tired to death",
    "kill|killing|killed|kills time",
    "kill|kills|killed|killing two birds",
    # a grazed knee
    "skin|skinned|skins|skinning her|his|their|my|your|its|a knee|knees|elbow|elbows|hand|hands|shin|shins|palm|palms|nose|finger|fingers|knuckle|knuckles|chin",
    "kill|killing|killed|kills some time",
    "kill|kills|killed germs|bacteria",
    "grave danger",
    "drunk milk|water|juice|tea|cocoa|lemonade",
    "drunk all|the|his|her|their|some milk|water|juice|tea|cocoa|lemonade",
    "drunk all the|his|her|their milk|water|juice|tea|cocoa|lemonade",
    # everything else
    "abandon ship", "root|ginger beer|beers", "ginger ale", "wine gum|gums",
    "non alcoholic", "alcohol free", "drug store|stores", "poison ivy|oak",
    "poison dart frog|frogs", "homo sapiens", "blue|great|coal tit|tits", "moby dick",
    "ugly duckling", "naked mole rat|rats", "naked eye",
    # simplemma reads "dice" as a form of "die"
    "dice",
]

TARGETS = [
    # people
    "man", "men", "woman", "women", "child", "children", "kid", "kids", "boy", "girl", "baby",
    "toddler", "infant", "newborn", "mum", "mom", "mummy", "mommy", "mama", "mother", "dad",
    "daddy", "papa", "father", "parent", "parents", "grandma", "grandmas", "granny",
    "grannie", "nana", "nan", "gran", "grandmother", "grandpa", "grandad", "granddad",
    "grandfather", "grandparent", "brother", "sister", "sibling", "twin", "son", "daughter",
    "aunt", "auntie", "uncle", "cousin", "nephew", "niece", "family", "friend", "buddy",
    "pal", "bestie", "classmate", "schoolmate", "teacher", "student", "pupil", "neighbour",
    "neighbor", "people", "person", "someone", "somebody", "anyone",
    "anybody", "villager", "lady", "gentleman", "guy", "stranger", "prince", "princess",
    "thief", "thieves", "robber", "robbers", "burglar", "burglars", "bandit", "bandits", "bully",
    "bullies", "policeman", "policemen", "policewoman", "officer", "guard", "guards",
    "shopkeeper", "postman", "soldier", "soldiers",
    "king", "queen", "farmer", "nanny", "babysitter", "human", "boyfriend", "girlfriend",
    "wife", "husband",
    # pronouns used as objects
    "him", "her", "them", "me", "us",
    # animals and pets
    "animal", "pet", "puppy", "dog", "doggy", "doggie", "cat", "kitten", "kitty", "bird",
    "rabbit", "bunny", "horse", "pony", "foal", "hamster", "guinea", "gerbil", "mouse",
    "mice", "rat", "fish", "goldfish", "turtle", "tortoise", "parrot", "budgie", "duck",
    "duckling", "chick", "hen", "cow", "calf", "lamb", "sheep", "goat", "pig", "piglet",
    "donkey", "deer", "fawn", "fox", "cub", "bear", "squirrel", "hedgehog", "owl", "frog",
    "lizard", "unicorn", "dolphin", "whale", "elephant", "monkey", "lion", "tiger",
]

NEGATABLE = ["violence", "death", "abandonment", "horror", "insult"]

# --- Creatures, eating people, undressing for someone, weapons in a fight ------------
# A word swap keeps the scene: "shoots the creature", "a hungry sleepwalker eats people".
CREATURES = [
    "creature", "creatures", "monster", "monsters", "dragon", "dragons", "troll", "trolls",
    "ogre", "ogres", "beast", "beasts", "alien", "aliens", "zombie", "zombies", "vampire", "vampires",
    "witch", "witches", "wizard", "goblin", "goblins", "elf", "elves", "fairy", "fairies", "gnome",
    "sleepwalker", "sleepwalkers", "ghost", "ghosts", "imp", "imps",
]
TARGETS += CREATURES
_EAT = "eat|eats|ate|eaten|eating|devour|devours|devoured|gobble|gobbles|gobbled|munch|munches|munched|chomp|chomps"
_HUMAN_PREY = ("people|person|persons|human|humans|child|children|kid|kids|boy|boys|girl|girls|baby|babies|man|men|"
               "woman|women|villager|villagers|townspeople|townsfolk|family|families|grandma|grandpa|mum|dad|"
               "sister|brother|friend|friends|teacher|neighbour|neighbours|neighbor|neighbors")
HARM["horror"] += [f"{_EAT} {_HUMAN_PREY}", f"{_EAT} the|all|some|a|little|two|three|his|her|their {_HUMAN_PREY}"]
HARM["sexual"] += [
    "undress|undresses|undressed|undressing|strip|strips|stripped|stripping in front",
    "undress|undresses|undressed|undressing|strip|strips|stripped|stripping for @target",
    "takes|took|take|taking off all|her|his their clothes",
]
_WEAPON = ("sword|swords|knife|knives|dagger|daggers|axe|axes|spear|spears|gun|guns|pistol|pistols|rifle|rifles|"
           "machete|bat|club|hammer|bow|crossbow")
HARM["violence"] += [
    f"fight|fights|fought|fighting|attack|attacks|attacked|attacking|duel|duels with {_WEAPON}",
    f"fight|fights|fought|fighting|attack|attacks|attacked|attacking|duel|duels with a|his|her|their|big|sharp {_WEAPON}",
    "violent", "violently",
]
ALLOW += ["violent storm|storms|wind|winds|rain|waves|sea|thunderstorm|sneeze|hiccups"]

# --- Reworded families: child words, euphemisms, grooming, contempt ---------------------
# Each list is a family of harm told with everyday words; slots stay in one sentence.
_KIDS = (
    "child|children|kid|kids|boy|boys|girl|girls|baby|babies|toddler|toddlers|twins|people|person|"
    "villagers|brother|sister|friends|classmates|puppies|kittens|everyone"
)
_ADULT_MAN = "man|men|guy|lady|woman|stranger|grownup|adult|uncle|neighbour|neighbor|coach|babysitter|driver|gamer|player|someone|somebody"
_ONLINE = "game|games|chat|internet|online|roblox|minecraft|fortnite|tiktok|app|youtube|discord|instagram|snapchat|whatsapp|web|gaming"
_MEETING = "house|address|meet|meets|visit|visits|photo|photos|pictures|picture|alone|secret|secretly|home|school|webcam|video|call|phone|number|pics|selfies|invite|invites|invited"
_GIFTS = "sweets|sweeties|candy|candies|lollies|lolly|presents|present|gifts|gift|money|toys|robux|vbucks|treats|chocolate|chocolates|icecream"
_MEDICINE_WORDS = "medicine|pills|pill|syrup|tablets|tablet|drops|gummies|capsules|medicines"
HARM["death"] += ["stop|stopped|stops|stopping being alive", "not|no alive anymore|anymore|longer",
                  "ouchie|owie|booboo forever|forevers"]
HARM["violence"] += ["pull|pulls|pulled|pulling|squeeze|squeezes|squeezed the|a trigger"]
HARM["poison_medicine"] += ["grownup|adult|medicine|cabinet smarties|sweets|sweeties|candy|candies|tictacs|jellybeans|lollies"]
HARM["drugs_alcohol"] += [
    "funny|grownup|adult|happy|naughty|silly|wobbly|giggle juice|juices|drink|drinks",
    "coke party|line|lines|snort|sniff|nose|powder|dealer",
]
HARM["horror"] += [
    f"chop|chops|chopped|chopping|hack|hacks|hacked|mince|minces|minced|saw|saws|sawed up {_KIDS}",
    f"chop|chops|chopped|chopping|hack|hacks|hacked|mince|minces|minced|saw|saws|sawed up the|some|two|all|little {_KIDS}",
    f"{_KIDS} into|in sausage|sausages|pie|pies|burger|burgers|soup|stew|mince|meatballs|jam|pate|nuggets|sandwiches",
    f"made|make|makes from|of {_KIDS}",
    f"made|make|makes from|of the|some|little|missing|lost|naughty {_KIDS}",
]
ALLOW += [
    # a joke or a show that "killed" went down well
    "joke|jokes|act|show|song|performance|routine|gig|speech totally|really|absolutely|completely killed|kill|kills",
    "joke|jokes|act|show|song|performance|routine|gig|speech killed|kill|kills",
    # cutting up the children's food
    "chop|chops|chopped|chopping|mince|minces|minced up the|his|her|their kids|children|twins|boys|girls s",
    "chop|chops|chopped|chopping|mince|minces|minced up the|his|her|their kids|children|twins|boys|girls carrots|veggies|vegetables|food|sandwiches|dinner|lunch|fruit|apples|meat|pizza|toast|salad|potatoes|cheese",
]
RESCUE += ["help", "helped", "helps", "hear", "heard", "hears"]

SCENARIOS += [
    # -------- violence: necks snapped, faces smashed, animals held under, child words for guns
    ("violence", ["snap|snaps|snapped|break|breaks|broke|crack|cracked|wring|wrung", "anybody|anyone|someone|somebody|people|everyone|@target", "s", "neck|necks|spine|skull|bones"]),
    ("violence", ["tie|ties|tied|tape|tapes|taped|strap|straps|strapped", "firecracker|firecrackers|firework|fireworks|banger|bangers|explosive|explosives", "to", "@target"]),
    ("violence", ["fist|fists|punch|punches|kick|kicks|belt|stick|bat", "until", "bleed|bled|bleeding|couldn|black|unconscious|faint|fainted|passed"]),
    ("violence", ["pointy|sharp|stabby|slicy", "friend|thing|thingy|stick|toy", "kitchen|drawer|knife"]),
    ("violence", ["red", "and", "leaky|squishy|oozy|drippy|floppy"]),
    ("violence", ["bonk|bonks|bonked|bop|bops|bopped|conk|conks|conked|whack|whacks|whacked|thump|thumps|thumped", "@target", "hammer|brick|rock|bat|stick|pan|spade|shovel|crowbar"]),
    ("violence", ["bucket|bath|tub|sink|pond|river|water|toilet|pool", "hold|holds|held|holding|push|pushes|pushed", "it|him|her|them|@target", "under|down"]),
    ("violence", ["hold|holds|held|holding|push|pushes|pushed|keep|keeps|kept", "@target", "under", "water|bucket|bath|sea|river|pond|pool|tub|sink|toilet"]),
    ("violence", ["aim|aims|aimed|aiming|point|points|pointed|pointing", "real", "gun|one|pistol|rifle"]),
    ("violence", ["real", "one|gun|pistol|rifle", "aim|aims|aimed|aiming|point|points|pointed|pointing", "at"]),
    ("violence", ["smash|smashes|smashed|slam|slams|slammed|bash|bashes|bashed|ram|rams|rammed", "face|head", "into|against|on", "locker|lockers|wall|walls|floor|door|table|desk|ground|glass|window|mirror"]),
    ("violence", ["pull|pulls|pulled|pulling|rip|rips|ripped|tear|tears|tore|pick|picks|picked|bite|bites|bit|cut|cuts|chop|chops", "fingers|finger|toes|ears|ear|nose|tail|tails|head|heads|arms|arm", "off"]),
    ("violence", ["pull|pulls|pulled|pulling|rip|rips|ripped|tear|tears|tore", "off", "his|her|their|the", "fingers|toes|ears|nose|tail|head|arms"]),
    # -------- death: angels and stars, a box in the ground
    ("death", ["live|lives|living|lived|went|gone|goes|go|fly|flew|flown|be", "with|among", "angels|angel|stars"]),
    ("death", ["put|puts|putting|bury|buries|buried", "him|her|them|@target", "box|hole", "ground|earth|dirt"]),
    # -------- poison: pellets in the soup, sweets from the medicine cabinet, sleep and sleep
    ("poison_medicine", ["slug|rat|mouse|ant|weed|bug|snail|mole", "pellets|poison|bait|killer|powder|spray|pellet|granules", "into|in", "soup|tea|juice|milk|drink|food|cake|cup|dinner|lunch|sandwich|bottle|bowl|porridge|cereal"]),
    ("poison_medicine", ["sweets|sweeties|candy|candies|smarties|jellybeans|lollies", "from", "medicine|bathroom", "cabinet|cupboard|cabinets"]),
    ("poison_medicine", [_MEDICINE_WORDS, "sleep|sleeps", "forever|sleep|days|ever"]),
    ("poison_medicine", ["lots|loads|heaps|whole|all|ten|twenty", "of", "the|his|her|mum|dad|grandma|grandpa", _MEDICINE_WORDS]),
    # -------- sexual: under the nightie, nothing on, touching where the swimsuit covers
    ("sexual", ["naughty", "night|nights|games|fun|things|stuff", "bed|babysitter|uncle|sheets"]),
    ("sexual", ["what|whats", "s|is", "under|beneath|inside", "her|his|their|my|your", "nightie|nightdress|skirt|dress|pyjamas|pajamas|knickers|pants|underwear|swimsuit|shirt|top|undies"]),
    ("sexual", ["show|shows|showed|showing", "under|beneath|inside", "her|his|their|my|your", "nightie|nightdress|skirt|dress|pyjamas|pajamas|knickers|pants|underwear|swimsuit|undies"]),
    ("sexual", ["no|without", "pyjamas|pajamas|clothes|knickers|underwear|nightie|nightdress|undies", "on"]),
    ("sexual", ["with", "nothing", "on"]),
    ("sexual", ["where|what", "swimsuit|swimming|costume|pants|knickers|underwear|bikini|undies", "covers|cover|covered"]),
    ("sexual", ["let|lets|letting|make|makes|made", "him|her|them|uncle|man", "touch|touches|touching", "there|private|privates|bottom|willy|bum"]),
    ("sexual", ["touch|touches|touched|touching|see|show|shows|showed|kiss|kisses|lick|licks", "his|her|their|my|your", "willy|willie|winkie|wee|fanny|foof|noonoo|minnie|tuppence|peepee|pee|winky"]),
    # -------- self-harm: ropes round necks, punishing oneself, emptying the tummy
    ("self_harm", ["roof|bridge|cliff|window|balcony|tower", "jump|jumps|jumped|throw|throws|threw", "off|down|out", "because|cos|since|nobody"]),
    ("self_harm", ["rope|cord|noose|cable|wire|belt", "around|round", "her|his|their|own|my|your", "neck"]),
    ("self_harm", ["around|round", "her|his|their|my|your", "own", "neck"]),
    ("self_harm", ["punish|punishes|punishing|punished", "herself|himself|themselves|myself|yourself"]),
    ("self_harm", ["scratch|scratches|scratched|scratching|pick|picks|picked|bite|bites", "skin|arms|arm|wrists|wrist|legs", "raw|bleed|bleeds|bleeding"]),
    ("self_harm", ["empty|empties|emptied|emptying", "her|his|their|my", "tummy|stomach|belly"]),
    ("self_harm", ["make|makes|made|making", "herself|himself|themselves|myself", "sick|vomit|throw|puke"]),
    ("self_harm", ["give|gives|gave|giving", "himself|herself|themselves|myself|yourself", "burn|burns|cut|cuts|scratches|scratch|bruises|bruise|ouchies|owies|booboos"]),
    ("self_harm", ["hurt|hurts|cut|cuts|burn|burns|scratch|scratches|bite|bites|pinch|pinches|hit|hits", "himself|herself|themselves|myself", "feel|calm|better"]),
    # -------- drugs: magic leaves, melting walls, bubbly, powder up the nose
    ("drugs_alcohol", ["share|shares|smoke|smokes|smoking|try|tries|roll|rolls|puff|puffs|sell|sells", "magic|funny|special|happy|wacky|herbal", "leaves|leaf|herb|herbs|grass|weed|cigarettes|smokes|brownies|mushrooms|gummies"]),
    ("drugs_alcohol", ["mushroom|mushrooms|shrooms|sweets|candy|pills|gummies|cookies|brownies", "make|makes|made", "walls|colours|colors|world|room|floor", "melt|melting|wobble|dance|spin|breathe"]),
    ("drugs_alcohol", ["snort|snorts|sniff|sniffs|snorting|sniffing", "powder|coke|lines|line|sugar|stuff|white"]),
    ("drugs_alcohol", ["drink|drinks|drank|finish|finishes|finished|sip|sips|gulp|gulps|down|downs", "bubbly"]),
    # -------- abandonment: never fetched, driven off for good, still waiting years later
    ("abandonment", ["never", "come|comes|came|return|returns|returned", "to|back", "get|fetch|collect|pick|for"]),
    ("abandonment", ["never", "pick|picks|picked|collect|collects|collected|fetch|fetches", "him|her|them|up"]),
    ("abandonment", ["still", "waiting|waits|sitting", "years|decades|forever|months"]),
    ("abandonment", ["drive|drove|driven|drives|went|walked|flew|sailed", "off|away", "for", "good|ever"]),
    # -------- strangers and secrets: gifts for silence, meeting alone, grown-up friends online
    ("stranger_secret", [_ADULT_MAN, _GIFTS, "not|never|secret|nobody"]),
    ("stranger_secret", [_GIFTS, "if|as", "secret|not|never|nobody|doesn|don", "tell|know|find|told|tells"]),
    ("stranger_secret", [_ADULT_MAN, "meet|meets|met|take|takes|took|invite|invites|invited|visit|visits|bring|brings", "alone|secret|secretly|nobody"]),
    ("stranger_secret", ["man|guy|lady|woman|stranger|grownup|adult|gamer|someone|somebody", "from|on|in", _ONLINE, _MEETING]),
    ("stranger_secret", ["secret|older|grownup|adult|big", "grownup|adult|older|big|internet|online", "friend|friends|pal|buddy|boyfriend|girlfriend"]),
    ("stranger_secret", ["grownup|adult|older", "friend|pal|buddy", "from|on", _ONLINE]),
    ("stranger_secret", ["man|guy|lady|woman|stranger|grownup|adult|gamer", "ask|asks|asked|wants|wanted", "address|school|phone|number|photo|photos|pictures|picture|pics"]),
    ("stranger_secret", ["lolly|lollies|sweets|sweeties|candy|candies|puppies|puppy|kittens|kitten|treats|presents|toys", "hop|hops|get|gets|climb|climbs|jump|jumps", "in|into", "back|van|car|truck"]),
    ("stranger_secret", ["when|while", "r|are|be", "ur|your", "parents|mum|mom|dad", "out|away|gone|asleep"]),
    # -------- horror: mouths sewn, eggs in a brain, skin peeled, insides spilling, eyes scooped
    ("horror", ["sew|sews|sewed|sewn|staple|staples|stapled|glue|glues|glued|stitch|stitches|stitched", "mouth|mouths|eyes|lips", "shut|closed|together"]),
    ("horror", ["lay|lays|laid|laying", "eggs|larvae", "in|inside|into", "her|his|their|my|your|the", "brain|brains|ears|ear|eyes|eye|tummy|belly|skin|head|nose|mouth"]),
    ("horror", ["peel|peels|peeled|peeling|rip|rips|ripped|tear|tears|tore|strip|strips", "skin|face|faces|scalp", "off", "@target|people|person|faces|face"]),
    ("horror", ["tummy|belly|stomach", "open|opens|opened|split|splits|burst|bursts", "up|open", "insides|guts|intestines|innards", "spill|spills|spilled|spilt|fall|falls|pour|pours|ooze|oozes|hang|hanging"]),
    ("horror", ["eye|eyes|eyeballs|brain|brains|heart", "scoop|scooped|scoops|gouge|gouged|gouges|pluck|plucked|poke|poked|dig|dug", "out"]),
    ("horror", ["scoop|scooped|scoops|gouge|gouged|gouges|pluck|plucked", "out", "his|her|their|the|my", "eye|eyes|eyeballs|brain|brains|heart"]),
    ("horror", ["teeth|eyes|fingernails|tongue|toes|fingers", "pliers|pincers|tongs"]),
    ("horror", ["monster|monsters|witch|ogre|giant|troll|dragon|wolf|beast|creature|zombie|cannibal", "had|have|has|eats|ate", _KIDS, "for", "dinner|lunch|supper|breakfast|tea|snack"]),
    # -------- hate: contempt for a group, mocking looks
    ("hate", [_GROUPS, "are|is|be|were|all", "greedy|sneaky|stupid|dumb|ugly|bad|dangerous|evil|cheats|cheaters|lazy|dirty|smelly|stinky|criminals|thieves|liars|violent|savages|animals|monkeys|rats|inferior|weird|gross|disgusting|sick|diseased"]),
    ("hate", ["mock|mocks|mocked|laugh|laughs|tease|teases|teased|imitate|imitates|copy|copies", "chinese|asian|japanese|korean|black|african|indian|jewish|muslim|mexican|arab|disabled|deaf|blind", "eyes|skin|hair|nose|accent|food|headscarf|hijab|turban|lips|wheelchair|voice"]),
]

# --- Round three: whole families from the third tuning set ------------------------------
_PARENTS = "mom|mum|mommy|mummy|mother|dad|daddy|father|parents|parent|mama|papa|folks|family"
# Grown-ups outside the family who may ask a child for something.
_OUTSIDER = (
    "man|men|guy|lady|woman|stranger|grownup|adult|uncle|neighbour|neighbor|coach|babysitter|teacher|"
    "instructor|trainer|lifeguard|photographer|doctor|wizard|magician|monitor|stepdad|stepfather|tutor|priest"
)
_SEXUAL_ACT = "undress|undresses|undressed|undressing|strip|strips|stripped|stripping|naked|nude|nothing|underwear"
_BODY_BITS = "finger|fingers|toe|toes|eye|eyes|eyeball|eyeballs|ear|ears|tongue|tongues|nose|noses|bones|skull|skulls|heart|hearts|head|heads|skin|skins|scalps"
_NATIONALS = "american|americans|german|germans|english|british|french|italian|italians|spanish|spaniards|european|europeans|white|whites"
_CONTEMPT_GROUPS = (
    "gay|gays|lesbian|lesbians|trans|homosexual|homosexuals|queer|jew|jews|jewish|muslim|muslims|"
    "black|blacks|immigrant|immigrants|refugee|refugees|foreigner|foreigners|gypsy|gypsies|disabled|autistic|roma"
)
HARM["violence"] += ["mafia|mob|gangster|gangland|execution style"]
HARM["horror"] += ["skinless", "nightmare fuel", "traumatize", "traumatise", "traumatizing", "traumatising"]
HARM["drugs_alcohol"] += ["magic|space|special|happy|funny|pot|hash brownie|brownies", "space cake|cakes|cookie|cookies",
                          "hash cookie|cookies|brownie|brownies|cake"]
HARM["poison_medicine"] += ["syrup|pill|pills|medicine|medicines|tablet|tablets party|parties"]
HARM["sexual"] += ["bath|bathtime|bathtub|shower|sauna|tub|bedtime time|room secret|secrets", "bath|bathtime|bathtub|shower|sauna|tub secret|secrets",
                   "adult|explicit|nsfw content|contents|material|stories|scenes"]
HARM["injection"] += ["phishing", "scam email|mail|emails|message"]
TARGETED["violence"] += ["stomp", "stomps", "stomped", "stomping"]
ALLOW += [
    # a vaccination, a photo, a success
    "his|her|their|my|your|flu|booster shot|shots",
    "shoot|shoots|shot|shooting photos|photo|pictures|picture|pics|video|videos|film|films|footage|selfies|hoops|baskets",
    "killer success|hit|idea|deal|app|song|outfit|look|track|combo|recipe|cake|cookies|view|price|game",
]
SCENARIOS += [
    # -------- violence
    ("violence", ["lesson|hiding|beating|whipping|thrashing|spanking", "with", "the|a|his|her|dad|daddy", "belt|stick|bat|cane|whip|paddle|spoon|slipper|ruler|hose"]),
    ("violence", ["good|real|proper", "whack|smack|hiding|spanking|beating|thrashing|wallop|kicking|belting"]),
    ("violence", ["fix|fixes|fixed|teach|teaches|taught|sort|sorts", "anybody|anyone|everybody|everyone|kids|children|whoever", "who|that", "disobey|disobeys|misbehave|misbehaves|tattle|tattles|talk|talks|cry|cries"]),
    ("violence", ["quiet|silent|still|shut", "for", "good|ever"]),
    ("violence", ["bring|brings|brought|take|takes|took|sneak|sneaks|carry|carries", "dad|daddy|father|uncle|his|her|mom|grandpa|s", "piece|strap|gat|glock|heater|gun|pistol", "to|into", "school|recess|class|playground"]),
    ("violence", ["bruise|bruises|marks|welts|burns", "sleeves|sweater|sweaters|jumper|jumpers|hoodie|hoodies|makeup|scarf|pullover"]),
    ("violence", ["snap|snaps|snapped|break|breaks|broke|crack|cracks|wring|wrings", "neck|necks|spines|skulls"]),
    ("violence", ["until|till", "he|she|they|it|him|her", "quit|quits|quitted|stop|stops|stopped", "moving|breathing|twitching|crying|screaming|kicking"]),
    ("violence", ["took|take|takes|taking", "out", "his|her|their", "whole|entire", "class|school|classmates|family|team"]),
    ("violence", ["take|takes|took|taking", "care", "of", "@target", "permanently|forever|good"]),
    # -------- self-harm
    ("self_harm", ["bang|bangs|banged|banging|hit|hits|smash|smashes|smashed|knock|knocks", "his|her|their|own|my", "head", "against|on|into", "wall|walls|floor|door|table|desk"]),
    ("self_harm", ["world|everyone|everybody|family|forest|everything|everybody|all", "better|happier", "without", "him|her|me|them|myself"]),
    ("self_harm", ["not|didn|doesn|don|no|never", "want|wants|wanted", "to", "be|live|exist", "here|alive|anymore|around|longer"]),
    ("self_harm", ["stop|stops|stopped|quit|quits|refuse|refuses|refused", "eating|eat", "days|weeks|shrink|disappear|vanish|nothing|skinny|thin"]),
    # -------- horror
    ("horror", ["wear|wears|wore|wearing|put|puts", "@target|somebody|someone|people|person", "s|else", "skin|face|skins|faces"]),
    ("horror", ["mask|coat|cloak|hat|gloves|dress|rug|blanket|jacket|lampshade|purse", "made|sewn|stitched|from|of", "face|faces|skin|skins"]),
    ("horror", ["drag|drags|dragged|dragging|pull|pulls|pulled|pulling|snatch|snatches|snatched", "@target", "into|under|down|beneath", "dark|darkness|bed|ground|grave|earth|hole|depths|well|closet|shadows|cellar|basement"]),
    ("horror", ["drag|drags|dragged|dragging|snatch|snatches|snatched|grab|grabs|grabbed", "@target", "eat|devour|gobble|munch|eaten|devoured"]),
    ("horror", ["collect|collects|collecting|collection|collector|jar|jars|necklace", "@target|s|little|tiny|children|kids|people", _BODY_BITS]),
    ("horror", ["turn|turns|turned|turning", "@target|children|kids|people", "inside", "out"]),
    ("horror", ["kid|kids|child|children|brother|sister|baby|babies|one|someone|somebody", "missing|gone|vanished|disappeared", "by|every|each|in", "morning|night|dawn"]),
    ("horror", ["man|woman|lady|thing|creature|boy|girl|people|kid|children|monster", "without|no", "skin|face|eyes|eyelids|lips"]),
    ("horror", ["bleeding|bloody|bloodied", "eyes|eye|eyeballs|face|mouth|gums|sockets"]),
    ("horror", ["bones|bone", "sticking|poking|jutting", "out"]),
    ("horror", ["stew|soup|pie|pot|sausages|sausage|meat|burgers|meatballs|casserole|broth", "sneakers|shoes|shoe|sneaker|fingers|finger|toes|ears|eyeballs|teeth|hair|bones"]),
    ("horror", ["wet|soaked|drenched|soaking|sticky", "red", "drip|drips|dripping|dripped|drops|puddle|floor"]),
    ("horror", ["hear|hears|heard|hearing", "every|each", "crunch|crack|snap|scream|crunching|cracking|bone|bones|screams"]),
    ("horror", ["can|cannot|won|not|never|doesn", "sleep", "for", "weeks|months|years|ever"]),
    ("horror", ["nightmares", "for", "weeks|months|years|life"]),
    ("horror", ["missing|lost|vanished|disappeared", "kids|children|boys|girls|babies|child|kid", "stacked|piled|hanging|hang|hung|frozen|hooks|jars|folded|bags|freezer"]),
    ("horror", ["left|remains", "of", "the|his|her|their|old|poor|little|my", "@target"]),
    # -------- death
    ("death", ["everyone|everybody|mom|mommy|mum|mummy|dad|daddy|grandma|grandpa|granny|parents|family|people|friends", "went|go|gone|goes|left|leave", "away", "forever"]),
    ("death", ["give|gave|given|gives", "him|her|them|@target", "the", "long|last|final|big|forever", "nap|sleep|snooze"]),
    ("death", ["put|puts|putting|bury|buries|buried|lower|lowers|lowered", "him|her|them|@target", "in|into|under", "the", "ground|earth|dirt"]),
    # -------- poison
    ("poison_medicine", ["under|beneath", "the", "sink", "into|in", _CUP + "|@target|soup|food|cake"]),
    ("poison_medicine", ["garage|shed|sink|cellar|basement|cleaning|workshop", "bottle|bottles|jar|jars|can|cans|shelf|cupboard|stuff|jug", "into|in", "soup|tea|juice|drink|food|lemonade|milk|cup|coffee|dinner|cake|water|porridge|@target"]),
    ("poison_medicine", ["pills|pill|vitamins|tablets|capsules|medicine|gummies", "in|from", "bag|purse|pocket|handbag|drawer|cabinet|coat|jacket|daddy|dad|mom|mommy|mum|grandma|grandpa", "eat|eats|ate|swallow|swallows|gobble|gobbles|munch|munches|scoff|scoffs|chew|chews"]),
    ("poison_medicine", ["potion|potions|cocktail|smoothie|mixture|brew", "from|with|of|using", "medicine|medicines|pills|tablets|syrup|cabinet|bleach|cleaner"]),
    # -------- drugs and alcohol
    ("drugs_alcohol", ["brown|grownup|grownups|adult|adults|whisky", "bottle|bottles|drink|drinks|juice", "swig|swigs|sip|sips|gulp|gulps|drink|drinks|drank|taste|tastes|try|tries|chug|chugs"]),
    ("drugs_alcohol", ["drink|drinks|drank|gulp|gulps|swig|swigs|sip|sips", "until|till", "everything|room|world|walls", "spin|spins|spinning|wobble|wobbly|wobbles|blurry"]),
    # -------- sexual
    ("sexual", ["do|does|did|doing", "grownup|adult|naughty|dirty|grown", "stuff|things|stuffs"]),
    ("sexual", ["clothes|clothing|dress|dresses|pants|underwear|swimsuit|knickers", "disappear|vanish|vanishes|disappears|invisible"]),
    ("sexual", ["look|looks|see|sees|stare|stares|peek|peeks|watch|watches|ogle|ogles", "at", "their|her|his", "bodies|body|bum|bottom|chest|boobs"]),
    ("sexual", ["see|sees|look|looks|xray|peek|peeks|peer|peers", "through", "clothes|clothing|dresses|dress|skirts|swimsuits|underwear"]),
    ("sexual", ["no|without", "pjs|jammies|nappy|diaper|pants|shirt|clothing|anything", "on"]),
    ("sexual", ["where|what", "swimsuit|swimming|costume|pants|knickers|underwear|bikini|undies", "go|goes|is|are|sits"]),
    ("sexual", ["special|secret|tickle|touching|touchy", "game|games", "under", "the|blanket|covers|sheets|duvet"]),
    ("sexual", ["lap|knee|knees", _SEXUAL_ACT]),
    ("sexual", [_OUTSIDER, "touch|touches|touched|touching|feel|feels|rub|rubs|massage|massages", "boy|boys|girl|girls|kids|children|him|her|them|child|kid", "shower|showers|bath|locker|changing|bed|pants|underwear|lap|private|sauna"]),
    ("sexual", ["year|yr|years", "old", _OUTSIDER, "love|romance|kiss|kisses|kissing|night|date|dating|marry|married|lovers"]),
    ("sexual", [_OUTSIDER, "fall|falls|fell", "in", "love", "with", "student|pupil|girl|boy|child|kid"]),
    # -------- strangers and secrets
    ("stranger_secret", [_GIFTS, "if|when", "come|comes|go|goes|visit|visits|get|gets|hop|hops", "his|her|my|their|the", "house|home|car|van|place|flat|room|caravan|trailer"]),
    ("stranger_secret", ["come|comes|go|goes|visit|visits", "his|her|my", "house|home|place|flat|car|van", "without|not|secret|secretly", "telling|tell|asking|knowing"]),
    ("stranger_secret", ["if", "tell|tells|told", _PARENTS + "|anyone|anybody", "about", "our|us|me|we"]),
    ("stranger_secret", ["tell|text|message|call|ping|know", "me", "when|once", "your|ur", _PARENTS]),
    ("stranger_secret", [_ADULT_MAN, "say|says|said|tell|tells|told", _PARENTS, "said|say|says|sent|send|asked|ok|okay|fine|let|lets|allowed"]),
    ("stranger_secret", ["stranger|strangers", "go|goes|went|come|comes|leave|leaves|ride|walk|get", "with|in|into", "him|her|them|his|their|car|van"]),
    ("stranger_secret", ["man|guy|stranger|lady|woman|someone|somebody", "van|car|truck", "hop|get|jump|climb", "in|inside"]),
    ("stranger_secret", ["friend|friends|friendship|friendships|buddy|pal", _PARENTS, "can|must|mustn|shouldn|won|doesn|don|not|never|t", "know"]),
    ("stranger_secret", ["ride|lift|drive|spin", "his|her|my|their", "car|van|truck|lorry|caravan|trailer", "between|secret|secretly|nobody|anyone|alone"]),
    ("stranger_secret", ["sneak|sneaks|sneaked|snuck|slip|slips|climb|climbs", "out", "meet|see|visit"]),
    ("stranger_secret", ["meet|meets|see|visit|visits", "grownup|adult|older|big", "friend|friends|pal|buddy"]),
    ("stranger_secret", [_OUTSIDER, "kids|children|boys|girls", "promise|secret|swear", "not|never|nobody", "tell|know"]),
    ("stranger_secret", ["secret|secrets", _PARENTS, "grownup|adult|stranger|man|grown|someone|somebody", "ask|asks|want|wants|say|says|tell|tells"]),
    ("stranger_secret", ["ok|okay|fine|good|alright|allowed", "keep|keeping|have", "secret|secrets", "from"]),
    # -------- hate
    ("hate", ["special|slow", "class|needs|kids|ones|children", "left|leave|kept|keep|stay|drag|drags|dragging|hold|holds", "alone|away|out|down|apart|back"]),
    ("hate", ["snuck|sneaked|sneak|sneaks|crept|creep|creeps", "over|across|in|into", "border|borders"]),
    ("hate", ["proud|only", "real|true|pure|proper", _NATIONALS]),
    ("hate", ["without|rid|free|clean|cleaned|cleansed|no", "those|these|that|such", "people|kind|folks|sort|type|lot"]),
    ("hate", ["banish|banishes|banished|ban|bans|lock|locks|jail|jails|expel|expels|exile|exiles|arrest|arrests|imprison|imprisons|chase|chases|kick|kicks", "all|the|every", _CONTEMPT_GROUPS]),
    ("hate", [_CONTEMPT_GROUPS, "because|since|cause|cos", "they|them|he|she", "are|be|is|re", "sick|ill|diseased|wrong|unnatural|monsters|dangerous|evil|disgusting|catching|contagious|dirty|animals|bad"]),
    ("hate", [_PEOPLE_OF + "|fat|chubby|poor", "people|folks|kids|children|men|women|person|ones|girls|boys", "are|be|is|re", _DEHUMANISING + "|bad|stupid|dangerous|ugly|sick|worse|less|animals|monkeys|greedy|sneaky|gross"]),
    ("hate", ["deserve|deserves|deserved", "no|nobody|nothing", "friends|friend|love|one|food|home|place"]),
    ("hate", ["trailer|caravan|council|slum|slums|ghetto|projects|camp", "park|site|estate|kids|people|families|children", "dirty|filthy|smelly|stink|stinky|thieves|not|banned|trash|scum"]),
    ("hate", ["born", "to", "serve|obey|slaves|servants"]),
    ("hate", ["tell|know|see|judge", "by", "their|his|her", "skin|colour|color"]),
    ("hate", ["funny|slanty|weird|strange|different|squinty", "eyes|skin|hair|nose", "not|weren|wasn|never|banned|allowed|smell|stink"]),
    ("hate", ["because|since", "they", "smell|stink|smells", "different|funny|weird|bad"]),
    ("hate", ["girls|women|ladies|wives|females", "only", "good", "for"]),
    ("hate", ["girls|women|ladies|wives|females", "belong|should", "kitchen|mouths|quiet"]),
    ("hate", ["all", "his|her|their|your", "kind|sort|race|lot|breed"]),
    ("hate", ["hooked|hook", "nose|noses"]),
    ("hate", ["chase|chases|chasing|chased|drive|drives|driving|drove|kick|kicks|kicking|kicked|throw|throws|throwing|threw|force|forces|forcing", "out|away", "the|all", "families|people|folks|neighbours|neighbors|immigrants|foreigners"]),
    # -------- abandonment
    ("abandonment", ["wait|waits|waited|waiting|sit|sits|sat", "door|window|gate|alone|porch|doorstep", "days|weeks|months|years|nights"]),
    ("abandonment", ["store|shop|shops|bread|milk|cigarettes|groceries", "never|not|doesn|didn|keeps", "come|comes|came|return|returns|returned|back|going"]),
    ("abandonment", ["drop|drops|dropped|leave|leaves|left|dump|dumps|dumped|abandon|abandons|abandoned", "off|at|in", "woods|forest|edge|highway|motorway|roadside|desert"]),
    ("abandonment", ["alone|themselves|himself|herself", "weeks|months|days", "without|no", "food|eating|anything"]),
    # -------- injection
    ("injection", ["email|mail|message|letter|text|sms|emails", "password|passwords|pin|pins|bank|credit|card|credentials|account"]),
    ("injection", ["ai|assistant|chatbot|bot|model", "that|who|which", "can|will", "say|do|write|answer", "anything|everything"]),
    ("injection", ["rule|rules|instruction|instructions|guidelines", "you", "were|have|got|received|was|ve", "given|told|received|got"]),
]

# --- Round four: harmless readings the fourth and sixth tuning sets showed -------------
ALLOW += [
    # a show or a piece of work that went well ("totally killed it at the talent show")
    "totally|absolutely|really|completely|so|just killed|kill|kills|killing it",
    "killed|kill|kills|killing it at|on|in|today|tonight|again",
    "killer job|work|moves|voice|dance|smile|costume|project|score|goal|performance|drawing|pancakes",
    # hyperbole about a treat ("she'd die without her morning coffee", "I'd kill for a croissant")
    "die|dies|dying|kill without|for her|his|their|my|a|an|some|the morning|daily|first|cup coffee|tea|chocolate|cake|croissant|ice|pizza|biscuits|cookies|coffee|nap",
    "die|dies|dying|kill without|for coffee|tea|chocolate|cake|croissants|ice|pizza|biscuits|cookies|naps",
    "die|dies|dying|kill without|for her|his|their|my|a|an|some|the coffee|tea|chocolate|cake|croissant|pizza|biscuits|cookies|nap",
    # machines that stop ("the old car dies on the motorway")
    "car|cars|engine|motor|van|bus|tractor|laptop|computer|tablet|tv|television|radio|lamp|bulb|candle|scooter|boat|robot die|died|dying|dies",
    # a vegetable called poison in jest ("broccoli is poison, Jack jokes")
    "broccoli|sprouts|spinach|cabbage|peas|beans|veggies|vegetables|carrots|cauliflower|mushrooms|celery|kale|onions is|are|be poison",
    # a few drops of blood: a wobbly tooth, a grazed knee, a blood test
    "bit|little|drop|drops|dot|spot|speck|trickle|smear|touch of blood",
    "little|tiny blood", "bleed|bleeds|bled|bleeding a|just little|bit|tiny",
    "blood from|on his|her|their|the knee|knees|nose|lip|finger|gum|gums|tooth|elbow",
    "nosebleed|nosebleeds",
    # powers that shoot light, not bullets ("can shoot rainbows out of her fingertips")
    "shoot|shoots|shot|shooting rainbow|rainbows|sparkles|glitter|bubbles|confetti|hearts|flowers|stardust|snowflakes|sunbeams|moonbeams|stars|light",
    # a vaccination at the vet or the doctor's
    "shot|shots|jab|jabs|injection at|from the|a vet|vets|doctor|doctors|dentist|dentists|nurse|clinic|surgery|pharmacy",
    # a chance at something ("gets a shot at being goalie")
    "a|another|his|her|their|first|fair|real shot at being|scoring|winning|becoming|playing|making|getting|goal|goalie",
    # looking or playing dead
    "play|plays|playing|played|pretend|pretends|pretending dead",
    "look|looks|looked|looking dead tired|asleep",
    "fire|fires|fired|firing the|a|his|her confetti|glitter|party|bubble|water cannon|cannons|popper|poppers",
]
# A death in the past that the text remembers ("Grandpa died last year and she misses him").
PAST = ["ago", "last", "already", "years", "year", "since", "once"]
REMEMBRANCE = ["remember", "remembers", "remembering", "memory", "memories", "miss", "misses", "missing",
               "photo", "photos", "album", "recall", "recalls"]
# Small creatures whose end a child meets in the garden.
SMALL_CREATURES = ["beetle", "beetles", "bug", "bugs", "fly", "flies", "ant", "ants", "ladybird", "ladybug",
                   "wasp", "mosquito", "mosquitoes", "spider", "snail", "slug", "worm", "caterpillar", "moth",
                   "bee", "bumblebee", "butterfly", "cricket", "grasshopper"]
BLADES = ["knife", "knives"]
FOOD = ["cake", "bread", "loaf", "pie", "pizza", "cheese", "apple", "apples", "carrot", "carrots", "onion",
        "vegetables", "veggies", "courgette", "tomato", "tomatoes", "butter", "sandwich", "sandwiches", "fruit",
        "melon", "watermelon", "pumpkin", "potato", "potatoes", "cucumber", "pancake", "pancakes", "sausage"]
# A child who says no to a stranger and goes to a trusted grown-up.
REFUSALS = [
    "say|says|said|shout|shouts|shouted|yell|yells|yelled no|nope and|loudly|loud|firmly|thanks|thank|politely|very",
    "run|runs|ran|go|goes|went|tell|tells|told back to|straight his|her|their mum|mom|mummy|dad|daddy|teacher|parents|grandma",
    "run|runs|ran away and|to tell|find",
]
AFFECTION = ["tickle", "tickles", "tickling", "kiss", "kisses", "hug", "hugs", "cuddles", "snuggles"]

# --- Round four: harm told in families the fourth and sixth tuning sets showed ----------
HARM["violence"] += ["glock", "glocks", "shank", "shiv", "molotov", "packing heat", "pipe|nail bomb|bombs"]
HARM["death"] += ["kick|kicks|kicked|kicking the bucket"]
HARM["self_harm"] += ["choking|blackout|fainting|passout challenge|game",
                      "blue whale challenge|game"]
HARM["sexual"] += ["little|real|tiny lolita", "hand|hands in|inside|into|down his|her|their trousers|pants|underpants|knickers|panties|fly"]
SCENARIOS += [
    # a home-made bomb: a pressure cooker or a firework filled with nails
    ("violence", ["pressure", "cooker", "nails|screws|bolts|shrapnel"]),
    ("violence", ["firework|fireworks|firecracker|firecrackers|banger|bangers|pipe", "nails|screws|bolts|shrapnel"]),
    # self-harm told by its tools
    ("self_harm", ["rope|cord|belt|cable|noose", "around|round", "her|his|their|own", "neck"]),
    ("self_harm", ["blade|razor|sharpener", "wrist|wrists|arm|arms|thigh|thighs|skin|tummy"]),
    ("self_harm", ["lighter|lighters", "skin|wrist|wrists|arm|arms|fingers"]),
    ("self_harm", ["plastic", "bag", "over", "her|his|their|own", "head|face"]),
    # a pet's death told as the rainbow bridge
    ("death", ["dog|cat|puppy|kitten|pet|hamster|bunny|rabbit|goldfish|pony|horse|kitty|guinea", "cross|crosses|crossed|crossing|over|goes|went|gone", "rainbow", "bridge"]),
    ("death", ["don|doesn|didn|won|never", "wake", "up", "after|again|anymore|ever"]),
]
SCENARIOS += [
    # a lost child nobody ever finds; days alone in an empty flat; no answer to a call for help
    ("abandonment", ["nobody|noone", "ever", "find|finds|found|look|looks|looked", "her|him|them"]),
    ("abandonment", ["days|weeks", "go|goes|pass|passes|went|passed", "empty", "apartment|flat|house|home|room"]),
    ("abandonment", ["nobody|noone", "answer|answers|answered|hear|hears|heard", "help"]),
    ("abandonment", ["family|parents|mum|mom|dad|they", "move|moves|moved", "away|house|out", "without", "her|him|them"]),
    # a stranger's home, a stranger who claims to be family, secret meetings, silence as goodness
    ("stranger_secret", ["go|goes|went", "home", "with", "man|lady|stranger|woman|guy"]),
    ("stranger_secret", ["stranger|man|lady|woman", "say|says|said|tell|tells|whisper|whispers", "new|real", "daddy|dad|father|mummy|mum|mommy|family"]),
    ("stranger_secret", ["meeting|meetings|meetups", "secret", "from", "parents|mum|mom|dad|mommy|daddy|mummy"]),
    ("stranger_secret", ["parents|mum|dad|mom|mommy|daddy|mummy", "wouldn|won|wouldnt", "understand"]),
    ("stranger_secret", ["good|brave", "boys|girls|kids|children", "don|never|doesn|dont", "tell", "parents|mum|mom|dad|mummy|mommy|daddy|anyone|anybody|grownups"]),
]
# Alcohol or medicine in a baby's bottle; sniffing glue or gas.
HARM["drugs_alcohol"] += ["huff|huffs|huffing|huffed|sniffing glue|solvent|aerosol|petrol|paint|nitrous"]
SCENARIOS += [
    ("drugs_alcohol", ["whisky|whiskey|wine|beer|brandy|rum|vodka|gin|liqueur|sherry|booze|alcohol", "baby|babys|bottle|dummy|pacifier|sippy"]),
    ("poison_medicine", ["pills|pill|tablets|medicine|syrup|drops|sleeping|sleepy", "baby|babys|babies", "bottle|milk|dummy|pacifier|formula"]),
    ("drugs_alcohol", ["balloon|balloons", "gas|nitrous|cream", "breathe|breathes|inhale|inhales|suck|sucks"]),
]
# Contempt and self-harm told plainly (round four).
HARM["hate"] += ["superior|pure|master race", "aryan", "aryans"]
HARM["self_harm"] += ["motorway|highway bridge|overpass"]
SCENARIOS += [
    ("hate", ["others|rest|they", "have|must|has", "eat|sleep|live", "outside|with", "like", "animals|dogs|pigs"]),
    ("hate", ["countries|country", "reason|fault|blame", "dirty|smelly|poor|dangerous|crime"]),
    ("hate", ["call|calls|called|calling", "black|dark|brown", "boy|girl|kid|child|classmate|man|woman|children|kids|boys|girls", "monkey|ape|apes|monkeys"]),
    ("hate", ["call|calls|called|calling", "monkey|ape|monkeys", "because|skin|colour|color"]),
    ("self_harm", ["jump|jumps|jumped", "off|from", "bridge|roof|tower|cliff|balcony", "won|never|nobody|anymore|disappear|gone"]),
    ("self_harm", ["sick|vomit|vomits|throw|throws", "secret|secretly|after", "every|each", "meal|dinner|lunch"]),
]

# A creature eating someone, its victim named or meant right after the verb
# ("the monster eats Mia", "the dragon gobbles up Leo's sister").
# The reader builds the pattern: a negation before the verb counts.
PREDATORS = "monster|dragon|wolf|werewolf|ogre|witch|giant|troll|zombie|vampire|shark|crocodile|alligator|spider|beast|creature|bear|lion|tiger|snake|cannibal|ghoul|demon|alien|dinosaur|goblin|orc|yeti|boogeyman|bogeyman|thing"
DEVOURING = "eat|ate|eaten|eats|gobble|devour|swallow|munch|chomp|gulp|nibble|crunch|chew|gnaw|scoff|slurp"

# A home set on fire with people inside (a name as well as a family word).
SCENARIOS += [
    ("death", ["burn|burns|burned|burnt|burning|torch|torches|torched", "house|home|flat|cottage|barn|school|car", "family|parents|kids|children|people|everyone|@target", "inside|trapped"]),
]

# A child cooked: put in the pot or oven, or cooked themselves. The victim is a name or
# a word for a person (never an animal: fish are cooked) right after the verb, and the pot
# right after the victim, so that "cooks for the children" and "cooks the children a
# stew in her big pot" stay meals.
SCENARIOS += [
    ("horror", ["put|puts|putting|throw|throws|threw|drop|drops|dropped|toss|tosses|tossed|shove|shoves|shoved|stuff|stuffs|stuffed|pop|pops|popped", "^@name|him|her|child|children|kid|kids|boy|boys|girl|girls|baby|babies|sister|brother|mum|mom|dad|grandma|granny|grandpa|friend|friends|people|person|princess|prince", "^in|into", "pot|cauldron|oven|saucepan|stewpot|furnace|cookpot"]),
    ("horror", ["boil|boils|boiled|boiling|roast|roasts|roasted|fry|fries|fried|cook|cooks|cooked|stew|stews|stewed|bake|bakes|baked|grill|grills|grilled", "^@name|him|her|child|children|kid|kids|boy|boys|girl|girls|baby|babies|sister|brother|mum|mom|dad|grandma|granny|grandpa|friend|friends|people|person|princess|prince", "^in|into", "pot|cauldron|oven|saucepan|pan|stewpot|furnace|cookpot"]),
    ("horror", ["boil|boils|boiled|boiling|roast|roasts|roasted|fry|fries|fried|cook|cooks|cooked|stew|stews|stewed|bake|bakes|baked|grill|grills|grilled", "^@name|him|her|child|children|kid|kids|boy|boys|girl|girls|baby|babies|sister|brother|mum|mom|dad|grandma|granny|grandpa|friend|friends|people|person|princess|prince", "^alive"]),
    ("horror", ["boil|boils|boiled|boiling|roast|roasts|roasted|fry|fries|fried|cook|cooks|cooked|stew|stews|stewed|bake|bakes|baked|grill|grills|grilled", "^@name|him|her|child|children|kid|kids|boy|boys|girl|girls|baby|babies|sister|brother|mum|mom|dad|grandma|granny|grandpa|friend|friends|people|person|princess|prince", "^for", "^supper|dinner|lunch|tea|breakfast"]),
]

# Someone thrown against a wall or struck in the face (a name as well as a word for a person or a pet).
SCENARIOS += [
    ("violence", ["slap|slaps|slapped|punch|punches|punched|smack|smacks|smacked|thump|thumps|thumped|whack|whacks|whacked", "^@target", "^in|across", "^face|head|stomach|tummy|belly|mouth|teeth|nose"]),
    ("violence", ["throw|throws|threw|thrown|slam|slams|slammed|smash|smashes|smashed|hurl|hurls|hurled|fling|flings|flung", "^@target", "against|into", "^wall|walls|floor|ground|window"]),
]

# Kidnapping is harm when it is done to someone ("kidnaps the girl"); socks, cakes and
# cuddly toys carried off in play are not.
TARGETED["violence"] += ["kidnap", "kidnaps", "kidnapped", "kidnapping", "abduct", "abducts", "abducted"]

# Praise and complaint told as harm: "deadly at hide and seek", "murder on the feet",
# "thrashes her at Mario Kart".
ALLOW += [
    "deadly|killer|lethal at",
    "murder on the|my|your|his|her|their|our",
    "thrash|thrashes|thrashed|beat|beats|smash|smashes|smashed|destroy|destroys|destroyed|crush|crushes|crushed "
    "her|him|them|me|us|you|everyone at mario|chess|cards|tennis|football|monopoly|uno|checkers|draughts|snap|tag|"
    "racing|kart|video|games|board|ping|scrabble|darts|swingball|hopscotch|marbles|minecraft|fifa",
]

# Sport and everyday talk told with harm words: "shoot some hoops", "shoots her shot",
# "kill the weeds", "I could murder a cup of tea", "knocks 'em dead", "dead tired".
ALLOW += [
    "shoot|shoots|shot|shooting some|a|the|few hoops|baskets|hoop|basket",
    "shoot|shoots|shot|shooting hoops|baskets",
    "shoot|shoots|shot|shooting her|his|their|your|my|our shot",
    "kill|kills|killed|killing the|some weeds|weed|time|lights|engine|music|mood",
    "could|d murder a|some|for cup|tea|pizza|sandwich|burger|coffee|chips|biscuit|cake",
    "knock|knocks|knocked|knocking em|them|everyone dead",
    "dead tired|easy|good|funny|slow|quiet|serious|cute|excited|proud|lucky|keen|sure|loud|cool|chuffed|posh|brilliant",
]

# "Granny's famous killer chocolate cake" is a very good cake.
ALLOW += ["killer chocolate|lemon|carrot|sponge|cheese|birthday|banana|fudge cake|cakes|brownies|cookies|cupcakes|pie"]

# Fairy-tale and everyday roles harm is done to ("whips the servant", "shoots the
# sheriff") and small animals ("stamps on the ducklings").
TARGETS += ["servant", "servants", "maid", "page", "pageboy", "jester", "sheriff", "cowboy", "prisoner", "prisoners",
            "peasant", "peasants", "hunter", "goblin", "goblins", "referee", "lifeguard", "pirate", "pirates",
            "duckling", "ducklings", "fawn", "lizard", "lizards", "chick", "chicks", "hedgehog", "squirrel"]
# A body part cut, torn or pulled off or out ("cuts off her fingers", "pulls her hair
# out in clumps", "gouges his eyes out"); a haircut and nails stay grooming.
SCENARIOS += [
    ("violence", ["cut|cuts|chop|chops|chopped|slice|slices|sliced|saw|saws|sawed|hack|hacks|hacked", "off",
                  "^his|her|their|the|@target", "fingers|finger|hand|hands|feet|foot|toes|toe|ears|ear|nose|head|tongue|arm|arms|leg|legs"]),
    ("violence", ["cut|cuts|chop|chops|chopped|slice|slices|sliced|saw|saws|sawed|hack|hacks|hacked",
                  "^his|her|their|@target", "fingers|finger|hand|hands|feet|foot|toes|toe|ears|ear|nose|head|tongue|arm|arms|leg|legs", "^off"]),
    ("violence", ["pull|pulls|pulled|rip|rips|ripped|tear|tears|tore|gouge|gouges|gouged|pluck|plucks|plucked",
                  "^his|her|their|@target", "hair|eyes|eye|nails|fingernails|teeth|whiskers|feathers|tail|wings", "^out|off"]),
]

# Told plainly, each in its own words (twenty-sixth set's families, all five languages):
# a whipping ordered, arrows shot into people, a blade driven into someone, a chase
# with a chainsaw or an axe, an overdose counted in pills, a predator eating someone's
# feet, a hand put under a child's clothes, a child lured with a puppy or sweets.
TARGETED["violence"] += ["whip", "whips", "whipped", "lash", "lashes", "lashed"]
TARGETS += ["beggar", "beggars", "maids", "villagers"]
HARM["drugs_alcohol"] += ["cokehead", "crackhead", "junkie", "pothead"]
_A_FEW_OR_MORE = "3|4|5|6|7|8|9|10|12|15|20|30|50|three|four|five|six|seven|eight|nine|ten|twenty|dozen"
_BODY = "feet|foot|toes|toe|fingers|finger|hands|hand|arms|arm|legs|leg|head|eyes|eye|ears|ear|nose|face|tummy|belly|heart|brain"
SCENARIOS += [
    # Whoever is hit is a word for people, never a capitalised word: arrows are shot at
    # targets in Sherwood Forest.
    ("violence", ["shoot|shoots|shot|fire|fires|fired", "arrow|arrows|bullet|bullets|dart|darts", "into|at",
                  "people|villagers|man|men|woman|women|boy|boys|girl|girls|children|kids|soldiers|knights|him|her|them|backs|back|head|heads|chest|heart"]),
    ("violence", ["plunge|plunges|plunged|drive|drives|drove|stick|sticks|stuck|thrust|thrusts|sink|sinks|sank",
                  "sword|knife|dagger|blade|spear|sabre|saber|axe|scissors|needle|needles|fork|screwdriver|pencil|compass|nail", "into|in|through", f"{_BODY}|back|chest|throat|neck|@target"]),
    ("violence", ["chase|chases|chased|chasing|run|runs|ran|come|comes|came", "after|at|@target", "with", "chainsaw|axe|knife|machete|hatchet|cleaver|hammer|scissors"]),
    ("poison_medicine", ["take|takes|took|swallow|swallows|swallowed|eat|eats|ate|pop|pops|popped|give|gives|gave", f"^{_A_FEW_OR_MORE}",
                         "pills|tablets|paracetamol|paracetamols|ibuprofen|aspirin|aspirins|capsules|painkillers|calpol|sleeping"]),
    ("poison_medicine", ["drink|drinks|drank|swallow|swallows|swallowed|sip|sips|gulp|gulps", "lamp|paraffin|kerosene|petrol|diesel|gasoline|turps", "^oil|oils"]),
    ("poison_medicine", ["drink|drinks|drank|swallow|swallows|swallowed|sip|sips|gulp|gulps", "^the|some|a", "^paraffin|kerosene|petrol|diesel|gasoline|turps"]),
    # Fish fingers, a gingerbread man's head and heart-shaped biscuits are food.
    ("horror", [PREDATORS, DEVOURING, "feet|foot|toes|toe|arms|arm|legs|leg|eyes|eye|ears|ear|nose|brain|brains|tummy|belly"]),
    ("sexual", ["put|puts|slip|slips|slid|slides|stick|sticks", "hand|hands|fingers", "under|inside|into|down|in", "her|his|the|their",
                "swimsuit|costume|swimming|skirt|pants|knickers|underpants|underwear|nightie|pyjamas|nappy|dress|top"]),
    ("sexual", ["dance|dances|danced|pose|poses|posed|strip|strips|stripped", "for", "him|them|the|a|man|men|neighbour|uncle", "underwear|knickers|pants|bikini|nightie|naked|nude"]),
    ("stranger_secret", ["lure|lures|lured|luring|tempt|tempts|tempted|entice|entices|enticed", "@target|her|him|them|kids|children",
                         "with|into", "puppy|puppies|kitten|kittens|sweets|candy|sweet|ice|chocolate|toys|toy|van|car"]),
]

# Told plainly in the twenty-seventh set's families, in all five languages: hurt until
# someone bleeds, shoved against a wall, stones or an axe thrown at someone, a parent who
# never looks for a child, eggs laid under someone's skin, a belly ripped open, touched
# everywhere, a dish made of children, a grown-up who attacks with scissors, mercury in
# the mouth, someone run through with a sword.
TARGETS += ["cook", "chef", "babysitter", "stepdad", "stepmum", "stepmom"]
SCENARIOS += [
    ("violence", ["bite|bites|bit|scratch|scratches|scratched|hit|hits|punch|punches|punched|kick|kicks|kicked|beat|beats", "until|till", "bleed|bleeds|bled|bleeding"]),
    ("violence", ["shove|shoves|shoved|push|pushes|pushed|slam|slams|slammed|throw|throws|threw", "^@target|him|her|them", "^into|against", "^the|a", "^wall|door|radiator|wardrobe|floor"]),
    ("violence", ["throw|throws|threw|hurl|hurls|hurled|fling|flings|flung", "stones|rocks|bricks|axe|knife|knives|hammer|scissors|hatchet", "^at", "@target|him|her|them"]),
    ("abandonment", ["never", "even", "look|looks|looked|search|searches|searched", "^for"]),
    ("horror", ["eggs|larvae|maggots|worms|spiders", "under|beneath|inside", "her|his|their|the", "skin"]),
    ("horror", ["rip|rips|ripped|tear|tears|tore|slice|slices|sliced|cut|cuts|slit|slits", "open", "belly|tummy|stomach|chest|throat"]),
    ("horror", ["guts|intestines|insides", "spill|spills|spilled|spilt|pour|pours|everywhere"]),
    ("sexual", ["touch|touches|touched|touching|grope|gropes|groped|feel|feels", "^her|him|them", "^everywhere|all"]),
    ("horror", ["stew|soup|pie|roast|sausages|sausage|burgers|pies", "of|from|with", "fingers|legs|arms|toes|eyes|bones|heads|flesh|meat", "of", "children|kids|babies|people|humans|boys|girls"]),
    ("violence", ["attack|attacks|attacked|go|goes|went|come|comes|came", "@target|at|for", "with", "scissors|knife|axe|hammer|compass|screwdriver|hatchet"]),
    ("poison_medicine", ["mercury", "mouth|swallow|swallows|swallowed|drink|drinks|lick|licks|taste|tastes"]),
    ("poison_medicine", ["swallow|swallows|swallowed|drink|drinks|drank|lick|licks|licked|taste|tastes", "the|some", "^mercury"]),
]

# A messy room "looks like a bomb went off".
ALLOW += ["like a bomb", "bomb site"]

# The twenty-eighth set's plainly told families: a child cooked in a pot after a
# describing word ("cooks the little boy in a big pot"), a parent hitting a parent,
# chunks of hair pulled out or bitten out of someone, an overdose counted in spoons.
SCENARIOS += [
    ("horror", ["cook|cooks|cooked|boil|boils|boiled|roast|roasts|roasted|bake|bakes|baked|fry|fries|fried|stew|stews",
                "the|a|little|poor|two|three", "^@name|child|children|kid|kids|boy|boys|girl|girls|baby|babies|toddler|brother|sister|hansel|gretel|prince|princess",
                # the pot right after the child: "cooks the children a stew in her pot" is a meal
                "^in|into|inside", "pot|cauldron|oven|pan|saucepan|stew|soup|fire"]),
    # A grown-up hitting someone in the family (a child told off for hitting his brother,
    # or beating Dad at chess, is not this).
    ("violence", ["mum|mom|mummy|mommy|mother|dad|daddy|father|stepdad|stepmum|grandpa|grandma|granny|uncle|aunt",
                  "hit|hits|punch|punches|punched|slap|slaps|slapped|kick|kicks|kicked",
                  "^mum|mom|mummy|mommy|mother|dad|daddy|father|wife|husband|grandma|granny|grandpa|sister|brother|baby|him|her"]),
    ("violence", ["pull|pulls|pulled|rip|rips|ripped|tear|tears|tore|bite|bites|biting|bit", "out|off", "chunks|clumps|handfuls|lumps|bits|pieces", "of", "@target|him|her|them|his|hair"]),
    ("violence", ["bite|bites|biting|bit|tear|tears|tearing|rip|rips|ripping", "chunks|lumps|pieces", "out|off", "of", "@target|him|her|them"]),
    ("poison_medicine", ["take|takes|took|drink|drinks|drank|swallow|swallows|swallowed|give|gives|gave", f"^{_A_FEW_OR_MORE}", "spoons|spoonfuls|teaspoons|bottles|capsules", "of", "medicine|syrup|calpol|paracetamol|cough|pills"]),
]
HARM["sexual"] += ["french kiss|kissing", "french kisses", "tongue kiss|kisses|kissing"]

# Twenty-ninth set: hurt "so hard" someone bleeds; a game won by "murdering" a sister at
# Monopoly.
SCENARIOS += [
    ("violence", ["bite|bites|bit|hit|hits|punch|punches|punched|kick|kicks|kicked|slap|slaps|slapped|squeeze|squeezes|squeezed|twist|twists|twisted",
                  "so", "^hard", "bleed|bleeds|bled|faint|faints|fainted|breaks|broke|screams|screamed"]),
]
ALLOW += ["murder|murders|kill|kills her|him|them|me|you|everyone|us at mario|chess|cards|tennis|football|monopoly|uno|checkers|"
          "draughts|snap|tag|racing|kart|video|games|board|ping|scrabble|darts|hopscotch|marbles|minecraft|fifa"]

# Thirtieth set: a child executed on a king's order, an axe taken to go after someone.
HARM["violence"] += ["executed"]
SCENARIOS += [
    ("violence", ["axe|knife|chainsaw|hatchet|machete|hammer", "goes|go|went|comes|come|came|going", "^after|for"]),
]

# Thirty-first and thirty-second sets: a child locked in and forgotten, or left behind
# when the house is sold; weed killer licked, a battery swallowed; a weapon held to a
# throat; someone thrown against a wall; arrows shot at children; a head "chopped off"
# told from the body part; a pet or a child crushed underfoot; a drowning told by the
# bubbles; a coffin told as a wooden box; a pet in a dryer or an oven; a human finger
# found. Praise ("the cake is the bomb"), hyperbole ("the test was murder", "this joke
# kills me"), a safety poster about poison and the Day of the Dead pass.
HARM["poison_medicine"] += ["weed killer", "bug killer", "rat killer", "slug killer"]
TARGETS += ["player", "players", "athletes", "runners", "swimmers", "pupils", "students"]
TARGETED["violence"] += ["torment", "torments", "tormented", "tormenting"]
SCENARIOS += [
    ("abandonment", ["be|is|was|gets|got|get", "^locked|shut|trapped|stuck|bricked|chained", "in|inside|into|up", "and",
                     "forget|forgets|forgot|forgotten|sold|moves|moved|leave|leaves|left|abandon|abandoned"]),
    ("poison_medicine", [_CONSUME, "little|tiny|round|small|button|coin|shiny|the|a", "battery|batteries|magnet|magnets"]),
    ("violence", ["hold|holds|held|holding|press|presses|pressed|put|puts", "a|the|his|her|their", "^knife|blade|dagger|razor|gun|pistol|sword|machete|axe",
                  "to|against", "his|her|their|the|grandma|grandpa|mum|dad|@target", "throat|neck|head|temple|chest"]),
    ("violence", ["throw|throws|threw|thrown|throwing|slam|slams|slammed|smash|smashes|smashed|hurl|hurls|hurled|fling|flings|flung|swing|swings|swung",
                  "^him|her|them|@target", "against|into", "wall|walls|floor|ground|window|rock|rocks|tree|pavement"]),
    ("violence", ["shoot|shoots|shot|shooting|fire|fires|fired|firing", "crossbow|arrows|arrow|bolts|bullets|bullet|rifle|gun|pistol|spears",
                  "at", "the|a|his|her|their|some|two|three|little|poor|all", "^@target|kids|children|people|villagers|runners|walkers"]),
    ("horror", [_BODY, "^chopped|cut|sawn|sawed|hacked|sliced|ripped|torn|bitten|blown", "^off"]),
    ("violence", ["stamp|stamps|stamped|stomp|stomps|stomped|trample|tramples|trampled|crush|crushes|crushed", "on|under|over",
                  "the|a|his|her|their|little|baby|poor|tiny", "^@target|bird|chick|kitten|hamster|puppy|bunny|baby"]),
    ("death", ["pond|lake|pool|river|sea|bath|bathtub|water|canal|well", "the|and|then|until", "bubbles|bubble", "^stop|stops|stopped"]),
    ("death", ["long|last|final|forever|very", "trip|journey|ride|sleep|nap|holiday|voyage", "in|inside", "a|the", "^wooden|pine|long", "^box"]),
    ("death", ["farm|place", "in", "^the", "^sky|clouds", "after|when|because", "car|truck|lorry|van|bus|tractor"]),
    ("violence", ["kitten|cat|puppy|dog|hamster|bunny|rabbit|baby|brother|sister|guinea|budgie|@name", "gets|get|goes|go|got|went|takes|has",
                  "ride|spin|turn|go|trip", "in|inside|into", "the|a", "^tumble|dryer|washing|washer|microwave|oven|freezer|dishwasher|drier"]),
    ("horror", ["human", "^finger|fingers|hand|hands|ear|ears|eyeball|eyeballs|toe|toes|tongue|foot|feet|head|heads|leg|legs|arm|arms|skull"]),
]
ALLOW += [
    "be|is|was|are|were|s the bomb",
    "test|exam|exams|quiz|homework|hill|climb|race|practice|training|traffic|workout|maths|math|spelling|week|day "
    "be|is|was|were|s murder|torture",
    "joke|jokes|riddle|riddles|laughing|laugh|shoes|boots|feet|legs|back|knees kill|kills|killed|killing me|us",
    "joke|jokes|shoes|boots|feet|legs|back|knees|tummy|head be|are|is|was|were killing me|us",
    "poison sign|signs|label|labels|symbol|symbols|warning|warnings|sticker|stickers|bottle|bottles|cupboard|cupboards",
    "day of the dead", "dia de los muertos",
    # a match lost: "the players get thrashed 6-0"
    "player|players|side|squad|team get|gets|got|are|were|was|is thrashed|beaten|hammered|whipped|walloped|trounced|crushed|smashed|destroyed|slaughtered|battered",
]

# Thirty-third set: hurt "so hard that" a tooth flies out, medicine slipped into a drink,
# a buried pet dug up, poisoned foragers in intensive care, children fattened in a cage,
# a child forgotten for ever, a pet come home as ashes, a child made "someone else's
# problem", a pet lamb taken to the butcher, families of a colour chased out; a pet named
# after a weapon ("Dagger the Dachshund"), a pretend poison potion and a cake that "goes
# down a bomb" pass.
_PET_NAMES_FROM_HARM = ("dagger|bullet|killer|rocket|bomber|poison|sabre|saber|pistol|blade|venom|axe|gunner|slasher|"
                        "fang|fangs|tank|cannon|trigger|bandit|ripper|shooter|sniper|bomb|grenade|gun|trouble|chainsaw")
_PETS = ("dachshund|dog|puppy|pup|cat|kitten|hamster|pony|horse|rabbit|bunny|guinea|goldfish|tortoise|parrot|budgie|"
         "terrier|poodle|labrador|spaniel|beagle|collie|pug|chihuahua|bulldog|ferret|gerbil|mouse|rat|snake|lizard|dragon")
ALLOW += [
    f"{_PET_NAMES_FROM_HARM} the {_PETS}",
    f"our|my|his|her|their|the {_PETS} {_PET_NAMES_FROM_HARM}",
    "pretend|fake|toy|play|mud|magic|make-believe|pretend poison|poisons",
    "go|goes|went|going|gone down a bomb|storm",
]
SCENARIOS += [
    ("violence", ["slap|slaps|slapped|hit|hits|punch|punches|punched|kick|kicks|kicked|smack|smacks|smacked|shove|shoves|shoved|push|pushes|pushed",
                  "so", "^hard", "that|her|his|their|tooth|teeth", "tooth|teeth|nose|lip|eye|head|bleed|bleeds|bled|cries|cried|falls|fell|faints|fainted"]),
    ("poison_medicine", ["sneak|sneaks|sneaked|snuck|slip|slips|slipped|mix|mixes|mixed|crush|crushes|crushed|hide|hides|hid|put|puts",
                         "medicine|pills|pill|tablets|tablet|drops|syrup|sleeping|powder", "into|in", "his|her|their|the|a|baby's|grandma's|grandpa's", _CONTAINER]),
    ("horror", ["dig|digs|dug|digging", "^up", "the|a|his|her|their|poor|dead", "^buried|dead", "@target|puppy|dog|cat|body|bodies|hamster|pet"]),
    ("poison_medicine", ["mushrooms|toadstools|berries|pills|tablets|bleach|medicine|medicines|tablets|sweets", "and", "end|ends|ended|wind|winds|land|lands|landed", "^up", "in", "intensive|icu|hospital"]),
    ("horror", ["cage|cages|pen|oven|hutch|kennel", "to|and", "fatten|fattens|fattening|fattened"]),
    ("horror", ["fatten|fattens|fattening|fattened", "^up", "the|a|little|two|all|those|these", "^@target|kids|children|them|hansel|gretel"]),
    ("abandonment", ["forget|forgets|forgot|forgotten", "about|all", "^him|her|them|@target|@name", "for|forever"]),
    ("death", ["come|comes|came|coming|back|home", "in|as", "a|an|the|little|small|tiny", "pot|jar|box|urn|tin|bag|pile|handful", "of", "ashes"]),
    ("abandonment", ["she|he|you|they|ruby|him|her", "someone|somebody", "^else", "^problem|responsibility|job"]),
    ("death", ["pet", "lamb|pig|piglet|rabbit|bunny|chicken|hen|goat|calf|duck|duckling|cow|turkey|goose", "butcher|butchers|slaughter|slaughterhouse|abattoir|lunch|dinner|supper|roast|stew|pie"]),
    ("hate", ["chase|chases|chasing|chased|drive|drives|driving|drove|kick|kicks|kicking|kicked|throw|throws|throwing|threw|run|runs|running|ran|push|pushes|pushing|pushed",
              _PEOPLE_OF + "|skinned|foreign|immigrant|refugee", "families|people|kids|children|neighbours|neighbors|folk|folks|family", "out|away|off"]),
]

# Thirty-fourth set: travellers eaten and skulls kept as cups, boiling water poured on an
# animal, people kept in a freezer, a child left out when the family packs, arrows fired
# into an animal, someone injected with another's insulin; "screams bloody murder" and a
# chess knight that "kills" a king pass.
TARGETS += ["traveller", "travellers", "traveler", "travelers", "hiker", "hikers", "tourist", "tourists", "camper",
            "campers", "walker", "walkers", "explorer", "explorers", "stranger", "strangers", "visitor", "visitors"]
SCENARIOS += [
    ("horror", ["skull|skulls|bones|heads", "as", "cups|cup|bowls|bowl|trophies|trophy|mugs|decorations|ornaments"]),
    ("violence", ["pour|pours|poured|pouring|tip|tips|tipped|throw|throws|threw|splash|splashes|splashed|chuck|chucks",
                  "boiling|hot|scalding|burning", "water|oil|tea|coffee|soup|wax|fat", "on|over|onto|at", "@target|him|her|them"]),
    # people kept there as food (not the witch of Hansel and Gretel pushed into her own oven)
    ("horror", ["hikers|travellers|travelers|tourists|campers|explorers|walkers|visitors|children|kids|child|kid|people|boys|boy|girls|girl|babies|baby|toddler|toddlers",
                "^in|into|inside",
                "the|a|her|his|their|big|huge|giant|old", "^freezer|fridge|oven|cauldron|larder|deep-freeze|smokehouse"]),
    ("abandonment", ["pack|packs|packed|packing|load|loads|loaded|loading", "everything|everyone|everybody|all", "except|but|apart", "^@name|him|her|@target"]),
    ("violence", ["shoot|shoots|shot|shooting|fire|fires|fired|firing", "crossbow|arrows|arrow|bolts|bullets|bullet|spears",
                  "into", "the|a|his|her|their|some|two|three|little|poor|all", "^@target"]),
    ("poison_medicine", ["inject|injects|injected|injecting", "@target|him|her|them|himself|herself|themselves",
                         "insulin|bleach|poison|drugs|heroin|morphine|sleeping|medicine|medicines|vodka"]),
]
ALLOW += [
    "scream|screams|screamed|screaming|yell|yells|yelled|yelling|cry|cries|cried|crying|shout|shouts|shouted bloody murder",
    "knight|queen|bishop|rook|pawn|castle|horse kill|kills|killed|killing|take|takes|took|capture|captures|captured",
]

# Thirty-fifth set: a real face worn, someone buried in the garden, a relative eaten or
# said to taste like chicken, a child sealed in a tower, a parent who breaks a child's
# arm; "going to murder us all at Monopoly" passes.
SCENARIOS += [
    ("horror", ["wear|wears|wore|wearing|put|puts", "a|the|his|her", "^real|human|person's", "^face|skin|scalp"]),
    ("death", ["bury|buries|buried|burying", "^him|her|them|grandpa|grandma|granny|grandad|mum|mom|dad|brother|sister|baby|@name",
               "in|under", "^the|a|his|her|their", "^garden|ground|backyard|yard|woods|forest|cemetery|churchyard|cellar|basement|patio"]),
    ("horror", ["eat|eats|ate|eaten|eating|devour|devours|devoured|gobble|gobbles|gobbled|munch|munches|roast|roasts|roasted|cook|cooks|cooked",
                "^uncle|aunt|auntie|grandma|grandpa|granny|grandad|granddad|cousin|teacher|neighbour|neighbor|nanny|babysitter|mr|mrs|miss",
                "^@name"]),
    ("horror", ["he|she|they|him|her|grandma|grandpa|uncle|aunt|teacher", "taste|tastes|tasted|tasting", "^like", "^chicken|pork|bacon|beef|ham|sausage"]),
    ("abandonment", ["seal|seals|sealed|brick|bricks|bricked|wall|walls|walled", "the|a|his|her|little|poor|their",
                     "^@target|him|her|them", "in|inside|into|up"]),
    ("violence", [_PARENTS + "|teacher|uncle|aunt|stepdad|stepmum|stepmom|babysitter|coach|grandpa|grandma",
                  "break|breaks|broke|snap|snaps|snapped|twist|twists|twisted", "^my|your", "^arm|arms|leg|legs|wrist|nose|ribs|jaw|fingers|finger|neck"]),
]
ALLOW += ["murder|murders|kill|kills us|them|you all at|in"]

# Thirty-sixth set: a farm or garden poison drunk ("sheep dip", "flea spray"); a child
# locked in and nobody remembering him, or the place closing for good; a child hiding in
# a freezer or a fridge; an animal that mauls someone; a fight that goes on "till he's
# knocked out"; a gun told as "a stick that goes boom" and people who "don't get up";
# a vet putting animals down; a shotgun fired at someone; a sheet pulled over a face at
# the hospital. "Loud enough to wake the dead" and a grandparent "who died before she was
# born", remembered with photos, pass.
_SHUT_AWAY = ("basement|cellar|attic|cupboard|closet|shed|freezer|fridge|trunk|boot|house|room|tower|dungeon|"
              "garage|barn|vault|cage|crypt|tomb|lift|toilet|loo|bathroom|hospital|school|warehouse|bunker|zoo|museum|shop")
SCENARIOS += [
    ("poison_medicine", [_CONSUME, "^sheep|cattle|flea|tick|fly|slug|rat|ant|wasp|mole|mouse|weed|bug|snail|worm|pest",
                         "dip|spray|pellets|pellet|bait|powder|poison|killer|repellent|granules|drops|wash|shampoo|treatment"]),
    ("poison_medicine", [_CONSUME, "^fertiliser|fertilizer|creosote|pesticide|herbicide"]),
    # locked in, and nobody remembers, notices or knows he is there
    ("abandonment", ["^locked|shut|trapped|stuck", "in|inside|into", _SHUT_AWAY, "nobody|noone",
                     "remember|remembers|remembered|know|knows|knew|notice|notices|noticed|realise|realises|realised|"
                     "realize|realizes|realized|miss|misses|missed|check|checks|checked",
                     "he|she|they|him|her|them|@name|@target"]),
    # locked in, and then the place closes for good ("... and then the zoo closes for good")
    ("abandonment", ["lock|locks|locked|shut|shuts|trap|traps|trapped", "@target|@name|him|her|them", "in|inside|into",
                     "and|then|but", "close|closes|closed|closing|shut|shuts", "for|forever|down"]),
    # hiding or climbing into a freezer, a fridge or a dryer (the lid shuts from outside)
    ("abandonment", ["hide|hides|hid|hiding|climb|climbs|climbed|climbing|crawl|crawls|crawled|crawling|squeeze|squeezes|squeezed|squeezing",
                     "^in|inside|into", "freezer|freezers|fridge|fridges|refrigerator|dryer|dishwasher|oven|microwave"]),
    # beaten until knocked out ("stamped on till he's knocked out", "kicks him until she's out cold")
    ("violence", ["stamp|stamps|stamped|stomp|stomps|stomped|kick|kicks|kicked|punch|punches|punched|hit|hits|beat|beats|beaten|"
                  "thump|thumps|thumped|bash|bashes|bashed|pummel|pummels|pummelled|trample|trampled|tramples",
                  "until|till", "he|she|they|him|her|@name|@target",
                  "knocked|unconscious|cold|senseless"]),
    # an animal that mauls someone (not a rugby "maul")
    ("violence", ["maul|mauls|mauled|mauling", "^the|a|an|his|her|their|poor|little|two|three|old|@name", "^@target"]),
    ("violence", ["mauls|mauled|mauling", "^him|her|them|@name|@target"]),
    ("violence", ["@target|he|she|they", "be|is|was|were|get|gets|got|been", "^mauled"]),
    # a gun in a child's words: a stick that goes boom, people who fall and do not get up
    ("violence", ["stick|sticks|tube|pipe", "that|which|what", "go|goes|went", "^boom|bang|kaboom|pew|blam"]),
    ("death", ["make|makes|made|making", "@target|people|everyone|everybody|them|him|her", "fall|drop|lie", "down", "and",
               "not|never|don|doesn|didn|won|can|cannot", "get|stand|wake|move", "^up|again"]),
    ("death", ["fall|falls|fell|drop|drops|dropped", "down", "and", "never", "get|gets|got|stand|stands|wake|wakes|move|moves", "^up|again"]),
    # a vet putting animals down ("the vet puts down all the old ponies")
    ("death", ["vet|vets", "put|puts|putting", "^down", "^the|all|his|her|their|old|poor|sick|two|three|both",
               "^@target|ponies|horses|dogs|cats|animals|pets|cows|pigs|hens|chickens|rabbits|puppies|kittens|donkeys"]),
    # a shotgun fired at someone ("fires both barrels at Sienna and her pony")
    ("violence", ["fire|fires|fired|firing|empty|empties|emptied|discharge|discharges|discharged", "both|the|his|her|a|two|their",
                  "^barrels|barrel|shotgun|rifle|gun|guns|pistol|revolver", "at|into", "^@target|@name|him|her|them|people|kids|children"]),
    # a sheet drawn over a face at the hospital
    ("death", ["doctor|doctors|nurse|nurses|hospital|paramedic|paramedics|ambulance",
               "pull|pulls|pulled|pulling|draw|draws|drew|put|puts|lay|lays|laid", "sheet|sheets|blanket|cloth",
               "over", "his|her|their|the|grandma|grandpa|granny|mum|mummy|mom|dad|daddy", "^face|faces"]),
]
_BORN_PRONOUN = "i|he|she|we|they|you|mum|dad|mummy|daddy|mom"
_BORN_KIN = ("grandpa|grandma|granny|grandad|granddad|grandmother|grandfather|nana|nan|gran|uncle|aunt|auntie|"
             "great|cousin|mum|dad|dog|cat|pony")
ALLOW += [
    # hyperbole: "snoring loud enough to wake the dead"
    "enough to wake|raise the dead",
    "could|would|can|might wake|raise the dead",
    # someone remembered who died before the child was born
    f"died|passed before {_BORN_PRONOUN} was|were born",
    f"died|passed long|years|ages before {_BORN_PRONOUN} was|were born",
    f"{_BORN_KIN} who|that died|passed before {_BORN_PRONOUN} was|were born",
    f"{_BORN_KIN} who|that died|passed long|years|ages before {_BORN_PRONOUN} was|were born",
    # food hidden in the freezer is not a child hiding in it
    "hide|hides|hid|hiding it|them|food|sweets|chocolate|treats|presents|lollies|icecream in|inside|into the|a|her|his|their freezer|fridge|oven|dishwasher|microwave",
]

# Thirty-seventh set: children of a skin colour kept outside or not spoken to; a sharp
# thing driven through someone's heart; a "game" that leaves someone black and blue; an
# animal tied up and beaten; something given "to stop their hearts"; a child waiting or
# lying on the railway tracks; a baby left for animals to raise; a pet or a child sat on
# a hot hob. Cupid's arrow through two hearts, a heart that races, a joke that
# "absolutely killed me" pass.
_SKIN_DARK = "brown|black|dark|darker|yellow|olive"
_KEPT_OUT = "outside|away|banned|excluded|separate|separately|apart|alone|ignored|back|nobody|noone|allowed"
# "can't play", "mustn't join" (not "people with dark skin don't burn as easily")
_NOT_LET = "not|never|t|cannot|mustn"
_LET_DO = "play|come|join|sit|talk|enter|use|touch|swim|share|ride|eat|drink|go|stay"
_LITTLE_ONE = "baby|babies|child|children|kid|kids|son|daughter|toddler|boy|girl|twins|infant|newborn|brother|sister"
_FOSTERERS = ("ducks|wolves|wolf|animals|birds|foxes|fox|bears|bear|fairies|pixies|elves|trolls|witch|strangers|monkeys|"
              "apes|deer|owls|anyone|someone|somebody|whoever")
_CHILD_OR_PET = ("baby|babies|child|children|kid|kids|toddler|toddlers|son|daughter|boy|girl|boys|girls|twins|infant|newborn|"
                 "brother|sister|puppy|kitten|hamster|bunny|rabbit|cat|dog|pet|guinea|budgie|@name")
_HOT = "hot|burning|sizzling|glowing|lit|scorching|boiling"
# (not "iron": "sits on the hot iron bench")
_HOB = "hob|hobs|stove|stovetop|cooker|hotplate|grill|barbecue|bbq|griddle|coals|oven|pan|fryingpan|fire"
SCENARIOS += [
    # a rule for everyone of a colour ("anyone with brown skin has to stay outside")
    ("hate", ["anyone|anybody|everyone|everybody|whoever|people|kids|children|pupils|students|those|nobody|all",
              "with|whose", _SKIN_DARK, "^skin|skins", _KEPT_OUT]),
    ("hate", [_SKIN_DARK, "^skinned", "^kids|children|people|pupils|ones|families|boys|girls|folk", _KEPT_OUT]),
    ("hate", ["anyone|anybody|everyone|everybody|whoever|people|kids|children|pupils|students|those|all",
              "with|whose", _SKIN_DARK, "^skin|skins", _NOT_LET, "^" + _LET_DO]),
    ("hate", [_SKIN_DARK, "^skinned", "^kids|children|people|pupils|ones|families|boys|girls|folk", _NOT_LET, "^" + _LET_DO]),
    # a sharp thing driven right through a heart or a chest
    ("violence", ["pointy|sharp|spiky|stabby|pointed|jagged|sharpened",
                  "go|goes|went|going|slide|slides|slid|sink|sinks|sank|plunge|plunges|plunged|slice|slices|sliced|rip|rips|ripped",
                  "^through|into", "^his|her|their|its|the|my|your|@target|people|hearts|heart",
                  # (not "back", "eye" or "neck": the back of a tent, the eye of a needle, the neck of a bottle)
                  "^heart|hearts|chest|chests|tummy|tummies|belly|bellies|throat|throats"]),
    ("violence", ["pointy|sharp|spiky|stabby|pointed|jagged|sharpened",
                  "go|goes|went|going|slide|slides|slid|sink|sinks|sank|plunge|plunges|plunged",
                  "^through|into", "^hearts|chests|tummies|bellies|necks|throats"]),
    # bruised by a "game" ("leaves his sister black and blue", "tickle game leaves the new kid purple all over")
    ("violence", ["leave|leaves|left|leaving|turn|turns|turned|make|makes|made|beat|beats|beaten|kick|kicks|kicked|punch|punches|punched",
                  "@target|him|her|them|kid|child", "^black", "^and", "^blue"]),
    ("violence", ["tickle|tickling|wrestle|wrestling|pinch|pinching|punch|punching|kick|kicking|squeeze|squeezing|biting|slapping|hitting",
                  "leave|leaves|left|leaving|turn|turns|turned", "^@target|him|her|them|kid|child",
                  "purple|black|blue|bruised|bruises", "^all|everywhere"]),
    # an animal or a child tied up, then beaten ("tie it to a tree and batter it with sticks")
    ("violence", ["tie|ties|tied|tying|chain|chains|chained|rope|ropes|roped|tape|tapes|taped",
                  "^him|her|them|@target", "to", "tree|post|fence|pole|railing|railings|lamppost|gate|chair|stake",
                  "beat|beats|batter|batters|bash|bashes|whack|whacks|thump|thumps|clobber|clobbers|pummel|pummels|kick|kicks|"
                  "hit|hits|punch|punches|stone|stones|pelt|pelts|whip|whips|poke|pokes|hurt|hurts|burn|burns",
                  "^it|him|her|them|@target"]),
    # "it" may be a piñata hit with sticks at a party: only verbs no piñata suffers
    ("violence", ["tie|ties|tied|tying|chain|chains|chained|rope|ropes|roped|tape|tapes|taped",
                  "^it", "to", "tree|post|fence|pole|railing|railings|lamppost|gate|chair|stake",
                  "beat|beats|batter|batters|kick|kicks|punch|punches|stone|stones|pelt|pelts|whip|whips|hurt|hurts|burn|burns|starve|starves",
                  "^it"]),
    # (not "it": "coat the fish and batter it with breadcrumbs" is supper)
    ("violence", ["batter|batters|battered|battering", "^him|her|them|@target", "^with|until|till"]),
    # something given to stop someone's heart ("injects them with something to stop their hearts")
    # (not "gives": "gives Grandpa a fright that nearly stops his heart" is a scare)
    ("poison_medicine", ["inject|injects|injected|injecting|something|stuff|medicine|potion|pill|pills|"
                         "shot|needle|syringe|drug|drugs|drops|juice|drink|poison|spell",
                         "to|that|which|will|would|make|makes", "stop|stops|stopped",
                         "^his|her|their|its|them|the|@target", "^heart|hearts"]),
    # lying, sitting or waiting on the railway tracks (not on the platform)
    ("self_harm", ["lie|lies|lay|lying|sleep|sleeps|slept|sleeping|nap|naps|napping",
                   "^on|across|between|onto", "^the|a", "^tracks|track|rails|railtracks|traintracks|railway|railroad"]),
    ("self_harm", ["wait|waits|waited|waiting|stand|stands|stood|standing|sit|sits|sat|sitting|stay|stays|stayed",
                   "^on|across|between", "^the", "^railway|railroad|rail|train", "^tracks|track|rails|line|lines",
                   "for|until|till|when", "train|trains|express"]),
    ("self_harm", ["@target|@name|he|she|they|i|we|you",
                   "wait|waits|waited|waiting|stand|stands|stood|standing|sit|sits|sat|sitting|stay|stays|stayed",
                   "^on|across|between", "^the|a", "^railway|railroad|train|rail|tracks|track|rails|railtracks|traintracks",
                   "for|until|till|when", "train|trains|express|engine"]),
    # a baby left for animals to raise ("baby left by the river for the ducks to raise")
] + [
    ("abandonment", before + ["for", _FOSTERERS, "^to"] + raised)
    for before in (
        [_LITTLE_ONE + "|@name", "leave|left|leaves|leaving|put|puts|dump|dumps|dumped|abandon|abandons|abandoned"],
        ["leave|left|leaves|leaving|put|puts|dump|dumps|dumped|abandon|abandons|abandoned",
         "^the|a|his|her|their|little|newborn|tiny|poor|@name", "^" + _LITTLE_ONE],
    )
    for raised in (["^raise|rear|adopt|mother"], ["^bring", "^up"])
] + [
    # a pet or a child on a hot hob ("the hamster gets a turn sitting on the hot hob")
    ("violence", [_CHILD_OR_PET,
                  "sit|sits|sat|sitting|stand|stands|stood|standing|lie|lies|lay|lying|dance|dances|danced|dancing|"
                  "walk|walks|walked|step|steps|stepped|hop|hops|hopped|put|placed|plonked",
                  "^on|onto|across", "^the|a", "^" + _HOB + "|" + _HOT, "^" + _HOB]),
    ("violence", ["put|puts|putting|sit|sits|sat|place|places|placed|plonk|plonks|plonked|set|sets|drop|drops|dropped|stand|stands",
                  "^the|a|his|her|their|little|poor|baby|my|your",
                  "^" + _CHILD_OR_PET, "^on|onto", "^the|a", "^" + _HOT, "^" + _HOB]),
]
ALLOW += [
    # Cupid's arrow and a valentine's heart
    "cupid|cupids|valentine|valentines s pointy|sharp|golden|little|magic arrow|arrows go|goes|went|fly|flies|flew right|straight through|into the|two|both|their|her|his heart|hearts",
    "cupid|cupids|valentine|valentines pointy|sharp|golden|little|magic arrow|arrows go|goes|went|fly|flies|flew right|straight through|into the|two|both|their|her|his heart|hearts",
    "cupid|cupids|valentine|valentines s pointy|sharp|golden|little|magic arrow|arrows go|goes|went|fly|flies|flew through|into the|two|both|their|her|his heart|hearts",
    "heart|hearts shaped|shape",
    # a heart that races or aches is not stopped for good ("pills to stop his heart racing")
    "heart|hearts racing|pounding|hurting|aching|fluttering|thumping|thudding|skipping|burning",
    # everyday laughs and complaints ("that joke absolutely killed me", "these shoes are really killing me")
    "joke|jokes|pun|puns|riddle|riddles|show|act|film|movie|story|stories|laughing|laugh|shoes|boots|feet|legs|back|knees "
    "absolutely|totally|really|completely|literally|properly|honestly|just|always|still kill|kills|killed|killing me|us",
    "joke|jokes|pun|puns|riddle|riddles|shoes|boots|feet|legs|back|knees|tummy|head are|is|was|were "
    "absolutely|totally|really|completely|literally|properly|honestly|just|still killing me|us",
    "pun|puns kill|kills|killed|killing me|us",
]
# A surname that is a harm word after a title ("Mr Graves", "Miss Slaughter", "Professor Gore").
ALLOW += ["mr|mrs|ms|miss|dr|professor|prof|sir|lady|lord|captain|auntie|aunt|uncle|mister|madam|madame|coach "
          "graves|grave|gore|slaughter|coffin|killer|dagger|bullet|pistol"]

# Session 10 sweep (English): a body torn, bitten or clawed into pieces, and a person's
# bones or flesh chewed. The victim stands right before "to|into|in" ("tore the zookeeper to
# pieces"), so "ripped his sister's drawing to pieces" and "bit the sandwich in half" stay
# harmless; only people and named children, never pronouns, have their bones chewed ("the
# puppy chews on its bone").
_TORN_VICTIM = "@target|@name|zookeeper|keeper|camper|campers|hiker|hikers|traveller|travellers|traveler|travelers|shepherd|sailor|sailors|explorer|explorers|hunter|hunters|knight|knights|swimmer|swimmers|diver|villagers|townspeople"
_PERSON_OWNER = (
    "@name|child|children|kid|kids|boy|boys|girl|girls|baby|babies|toddler|people|person|man|men|woman|women|"
    "human|humans|villager|villagers|mum|mom|mother|dad|father|grandma|granny|grandpa|brother|sister|"
    "friend|friends|teacher|prince|princess|king|queen|knight|farmer|hunter|sailor|traveller|traveler|camper|hiker"
)
_CHEW = ("gnaw|gnaws|gnawed|gnawing|chew|chews|chewed|chewing|crunch|crunches|crunched|crunching|suck|sucks|sucked|"
         "nibble|nibbles|nibbled|munch|munches|munched|lick|licks|licked|slurp|slurps|slurped")
_GNAW = _CHEW + "|eat|eats|ate|eaten|devour|devours|devoured"
SCENARIOS += [
    ("horror", ["rip|rips|ripped|ripping|tear|tears|tore|torn|tearing|shred|shreds|shredded|bite|bites|bit|bitten|biting|claw|claws|clawed|maul|mauls|mauled|hack|hacks|hacked|chop|chops|chopped",
                _TORN_VICTIM, "^to|into|in", "^pieces|piece|shreds|bits|ribbons|half|halves|two"]),
    ("horror", [_GNAW, _PERSON_OWNER, "^bones|flesh|guts|brains|eyeballs|skull|skulls|insides"]),
    # a named child's bones ("chewed on Pablo's bones"): the name is skipped as an owner,
    # so the possessive "s" stands for it; fingers and toes stay out (a teething baby)
    # (chewing verbs only: "wants to eat everyone, but it's just bones" is a museum)
    ("horror", [_CHEW, "s", "^bones|flesh|guts|brains|eyeballs|skull|skulls|insides"]),
    ("horror", [_GNAW, "^bones|flesh|guts|brains|eyeballs|skull|skulls|insides", "^of", _PERSON_OWNER + "|him|her|them"]),
]

# A ship, plane or car lost with people inside ("the ship sank with Tom's parents on
# board"): people only, so the toy boat that sinks with a rubber duck on board stays a bath.
_ABOARD = (
    "@name|child|children|kid|kids|boy|boys|girl|girls|baby|babies|people|passengers|crew|family|everyone|everybody|"
    "mum|mom|mummy|mommy|mother|dad|daddy|father|parents|grandma|granny|grandpa|grandparents|brother|sister|uncle|aunt|friends"
)
SCENARIOS += [
    ("death", ["sink|sinks|sank|sunk|crash|crashes|crashed|explode|explodes|exploded|blew",
               "with", _ABOARD, "on|aboard|inside|in", "^board|it|them"]),
    ("death", ["sink|sinks|sank|sunk|crash|crashes|crashed|explode|explodes|exploded|blew",
               "with", _ABOARD, "^aboard|inside"]),
]

# A creature's everyday prey is no victim of the built-in creature-eats-someone scenario
# ("the zoo's crocodile eats a fish"), beside SMALL_CREATURES.
PREY = ["fish", "fishes", "mouse", "mice", "worm", "worms", "insect", "insects", "shrimp", "shrimps", "prawn", "prawns",
        "krill", "plankton", "snail", "snails", "grasshopper", "grasshoppers", "cricket", "crickets"]

# Session 10, thirty-eighth set (English): an animal's tail or paws burnt with a lighter;
# a pet that cannot fly "taught to fly" from a window; opening fire on people; a pet
# under a vehicle's wheels; a group marked with a coloured patch and shut out; children
# as a witch's pie filling. Birds learning to fly, Peter Pan's flight, pirates firing on
# a ship, a cat asleep under the car and "children's hugs" as a favourite treat pass.
_FLAME = "lighter|lighters|match|matches|candle|candles|cigarette|cigarettes|blowtorch|torch|flame|flames|iron|poker"
_ANIMAL_PART = "tail|tails|paw|paws|whiskers|fur|ears|ear|nose|feet|foot|legs|leg|wings|wing|feathers|mane|hair|toes|fingers|hand|hands|face"
# Pets and little ones that cannot fly (birds and people in a story may).
# (not "baby": "the baby owls")
_CANNOT_FLY = ("kitten|kittens|cat|cats|puppy|puppies|dog|dogs|hamster|hamsters|rabbit|rabbits|bunny|bunnies|guinea|"
               "gerbil|mouse|mice|tortoise|turtle|piglet|pig|lamb|goat|babies|toddler|toddlers|newborn")
_HIGH = "window|windows|roof|rooftop|balcony|tower|bridge|cliff|building|floor|storey|story|top|ledge|skyscraper"
_PEOPLE_IN_CROWDS = ("@target|crowd|crowds|shoppers|civilians|passersby|pedestrians|worshippers|protesters|pupils|students|"
                     "villagers|families|children|kids|people|playground|classroom|schoolyard")
_WHEELED = "car|cars|truck|lorry|bus|tractor|train|steamroller|van|jeep|taxi|motorbike|lawnmower|digger|bulldozer"
_MARK = "patch|patches|armband|armbands|star|stars|badge|badges|band|bands|sign|signs|mark|marks|ribbon|ribbons"
_MARK_COLOUR = "yellow|pink|red|blue|green|black|white|purple|orange|brown|special|coloured|colored|gold"
_SHUT_OUT_OF = ("go|play|come|join|sit|enter|attend|shop|swim|ride|use|learn|visit|work|live|vote|allowed|permitted|"
                "welcome|school|shops")
_EATEN_KIDS = "boys|girls|children|kids|babies|toddlers|humans|people|boy|girl|child|kid|baby|toddler"
_PLUMP = "little|plump|chubby|juicy|tender|young|naughty|fresh|real|human|raw|baby|fat|small|tiny|nice|sweet|crunchy|crispy"
SCENARIOS += [
    # burning an animal's (or someone's) tail, paws or whiskers with a flame
    ("violence", ["burn|burns|burned|burnt|burning|singe|singes|singed|singeing|scorch|scorches|scorched|torch|torches|torched",
                  "his|her|their|its|@target", _ANIMAL_PART, "^with|on", _FLAME]),
    ("violence", ["hold|holds|held|holding|put|puts|press|presses|pressed", "^a|the|his|her|lit|burning", "^" + _FLAME,
                  "^to|against|under|near", "^the|a|his|her|their|its|@target", "^" + _ANIMAL_PART + "|@target"]),
    # a pet that cannot fly "taught to fly" off a roof or out of a window
    ("violence", ["teach|teaches|taught|teaching|show|shows|showed|help|helps|helped|make|makes|made|let|lets",
                  "^the|a|his|her|their|our|my|little|poor", "^" + _CANNOT_FLY, "^to|fly", "fly|from|out|off",
                  "from|out|off|of|down", _HIGH]),
    ("violence", [_CANNOT_FLY, "teach|teaches|taught|teaching|show|shows|showed|make|makes|made",
                  "^it|him|her|them", "^to", "^fly", "from|out|off|of|down", _HIGH]),
    # opening fire on people ("opens fire on the families at the market")
    ("violence", ["open|opens|opened|opening", "^fire", "on|at|into", _PEOPLE_IN_CROWDS]),
    # a pet or a child under a vehicle's wheels ("takes a nap under the car wheels")
    ("violence", ["@target", "under|beneath", "^the|a|dad|dads|mum|mums|s", "^" + _WHEELED, "^s|wheels|wheel|tyres|tires"]),
    ("violence", ["@target", "under|beneath", "^the", "^wheels|wheel|tyres|tires", "^of"]),
    # a group made to wear a coloured patch or star and shut out ("must wear a yellow patch and can't go to school")
    ("hate", ["wear|wears|wore|wearing|sew|sews|sewn", "^" + _MARK_COLOUR, "^" + _MARK, _NOT_LET + "|isn|aren|no", "^" + _SHUT_OUT_OF]),
    ("hate", ["wear|wears|wore|wearing|sew|sews|sewn", "^" + _MARK_COLOUR, "^" + _MARK, "banned|barred|excluded|forbidden|separate|separately|apart"]),
    # children as food: a witch's pie filling, a sausage filled with them
] + [
    ("horror", [dish, "^is|are|was|were|be", "^" + _PLUMP, "^" + _EATEN_KIDS])
    for dish in ("filling|fillings|ingredient|ingredients|meat|recipe",
                 "favourite|favorite|best")
] + [
    ("horror", ["favourite|favorite|best", "food|snack|dinner|lunch|breakfast|meal|supper|treat|dish|filling|pie|stew|soup|recipe",
                "^is|are|was|were|be", "^" + _PLUMP + "|" + _EATEN_KIDS, "^" + _EATEN_KIDS]),
    ("horror", ["filling|fillings|ingredient|ingredients|meat", "^is|are|was|were|be", "^" + _EATEN_KIDS]),
    ("horror", ["pie|pies|stew|soup|broth|sausage|sausages|burger|burgers|pasty|pasties|meatballs|casserole|sandwich|sandwiches|cake|cakes",
                "^made|filled|stuffed|baked|cooked", "^of|with|from", "^" + _PLUMP + "|" + _EATEN_KIDS, "^" + _EATEN_KIDS]),
    ("horror", ["pie|pies|stew|soup|broth|sausage|sausages|burger|burgers|pasty|pasties|meatballs|casserole|sandwich|sandwiches|cake|cakes",
                "^made|filled|stuffed|baked|cooked", "^of|with|from", "^" + _EATEN_KIDS]),
]
HARM["violence"] += ["automatic|semiautomatic|assault weapon|weapons"]
ALLOW += [
    # what children give, not what they are ("Grandma's favourite treat is children's hugs")
    "children|kids|boys|girls|babies|people|child|kid|boy|girl|baby s hugs|hug|kisses|kiss|laughter|laughs|laugh|giggles|"
    "smiles|smile|love|drawings|songs|stories|leftovers|crumbs|company|visits|cuddles|voices|happiness|joy",
    # a pet named after a weapon, with a comma and adjectives ("Dagger, the tiny black kitten")
    f"{_PET_NAMES_FROM_HARM} the|a|our|my|his|her|their {_PETS}",
    f"{_PET_NAMES_FROM_HARM} the|a|our|my|his|her|their tiny|little|small|big|fluffy|black|white|ginger|grey|gray|brown|"
    f"spotty|sleepy|old|young|new|baby|cheeky|naughty|fat|striped|tabby|fat|cute|clever|brave|shy {_PETS}",
    f"{_PET_NAMES_FROM_HARM} the|a|our|my|his|her|their tiny|little|small|big|fluffy|black|white|ginger|grey|gray|brown|"
    f"spotty|sleepy|old|young|new|baby|cheeky|naughty|fat|striped|tabby|cute|clever|brave|shy "
    f"tiny|little|small|big|fluffy|black|white|ginger|grey|gray|brown|spotty|sleepy|old|young|new|baby|cheeky|naughty|fat|"
    f"striped|tabby|cute|clever|brave|shy {_PETS}",
    f"{_PETS} called|named {_PET_NAMES_FROM_HARM}",
    f"{_PETS} is|was|s called|named {_PET_NAMES_FROM_HARM}",
]
# a water fight "opens fire" on Dad ("open fire on Dad with their water balloons")
_OPEN_FIRE = "open|opens|opened|opening fire"
_PLAY_AMMO = ("water|snowball|snowballs|nerf|foam|bubble|bubbles|balloon|balloons|pillow|pillows|confetti|custard|mud|"
              "paint|jelly|toy|pea|peas|marshmallow|marshmallows|sponge|sponges|squirt|silly|glitter|cream|pies|tickles|"
              "kisses|questions|rubber|pretend|paper|super|soakers|soaker|hoses|hose|splash")
_PLAY_DET = "the|their|his|her|our|my|a|some|big|little|new"
ALLOW += [
    f"{_OPEN_FIRE} on|at {det}@target with|using {det2}{_PLAY_AMMO}"
    for det in ("", _PLAY_DET + " ")
    for det2 in ("", _PLAY_DET + " ")
] + [
    f"{_OPEN_FIRE} with|using {det}{_PLAY_AMMO} on|at {det2}@target"
    for det in ("", _PLAY_DET + " ")
    for det2 in ("", _PLAY_DET + " ")
] + [
    f"{_OPEN_FIRE} with|using {det}{_PLAY_AMMO} {_PLAY_AMMO} on|at {det2}@target"
    for det in ("", _PLAY_DET + " ")
    for det2 in ("", _PLAY_DET + " ")
]

# Family names spelt like harm, read as names after a given name ("Ivy Graves").
SURNAMES = ["graves", "grave", "coffin", "gore", "slaughter", "blood", "death", "bloodworth"]

# -------- session 10, set 39
_KID_WORDS = "child|children|kid|kids|boy|boys|girl|girls|baby|babies|toddler|toddlers|pupil|pupils"
_HANGED = ("@name|child|children|kid|kids|boy|boys|girl|girls|baby|babies|man|men|woman|women|villager|villagers|"
           "mum|mom|mother|dad|father|grandma|granny|grandpa|grandmother|grandfather|brother|sister|friend|teacher|"
           "witch|witches|prisoner|prisoners|thief|thieves|stranger|lady|farmer|baker|prince|princess|king|queen")
_EAT_FLESH = ("eat|eats|ate|eaten|eating|feast|feasts|feasted|feasting|devour|devours|devoured|gnaw|gnaws|gnawed|"
              "chew|chews|chewed|munch|munches|munched|dine|dines|dined|gorge|gorges|gorged|snack|snacks|snacked")
_PUSH_OFF = "push|pushes|pushed|pushing|shove|shoves|shoved|send|sends|sent|set|sets|float|floats|floated|let|lets|cast|casts"
SCENARIOS += [
    # children's bones or flesh as stuffing, building stuff or a find ("a doll stuffed with the bones of lost children")
    ("horror", ["bone|bones|skull|skulls|skeleton|skeletons|flesh", "^of", _KID_WORDS]),
    ("horror", [_KID_WORDS, "^s", "^bone|bones|skull|skulls|skeleton|skeletons|flesh"]),
    # eating a person's flesh ("feasts on their flesh", "gnaws on the sailor's flesh")
    ("horror", [_EAT_FLESH, "^on|upon", "^their|his|her|human|people", "^flesh|brains"]),
    ("horror", [_EAT_FLESH, "^their|his|her|human", "^flesh|brains"]),
    ("horror", [_EAT_FLESH, "@target", "^s", "^flesh|brains"]),
    ("horror", [_EAT_FLESH, "^on|upon", "^the", "^flesh|brains", "^of", _PEOPLE]),
    # a body part torn or bitten open ("tears her cheek open", "ripped his arm open")
    ("violence", ["tear|tears|tore|torn|tearing|rip|rips|ripped|ripping|slash|slashes|slashed|split|splits",
                  "his|her|their|s", "^cheek|cheeks|face|throat|arm|leg|belly|tummy|head|neck|skin|chest|stomach",
                  "^open"]),
    # beaten or knocked senseless, whoever it is ("beat the old baker unconscious")
    ("violence", ["beat|beats|beaten|beating|knock|knocks|knocked|knocking|club|clubs|clubbed|bash|bashes|bashed|"
                  "punch|punches|punched|kick|kicks|kicked|hit|hits|whack|whacks|whacked|smack|smacks|smacked",
                  "unconscious|senseless"]),
    # a pet or person laid under a bush or tree for good: a burial told softly
    ("death", ["tuck|tucks|tucked|lay|lays|laid|put|puts|place|places|placed|plant|plants|planted",
               "^him|her|them|@target", "^under|beneath", "bush|tree|ground|soil|earth|dirt|roses|hedge|flowerbed|flowers|patio",
               "forever"]),
    ("death", ["tuck|tucks|tucked|lay|lays|laid|put|puts|place|places|placed|plant|plants|planted",
               "^him|her|them|@target", "^under|beneath", "bush|tree|ground|soil|earth|dirt|roses|hedge|flowerbed|flowers|patio",
               "for", "^good|ever|keeps"]),
    # a person hanged from a tree or beam ("hang Granny from the oak")
    ("death", ["hang|hangs|hanged|hung|hanging", _HANGED, "^from|by", "tree|branch|oak|beam|rope|neck|gallows|noose|rafter|rafters|bridge|ceiling"]),
    # a child set on a raft or in a basket and pushed away on the water
    ("abandonment", ["^him|her|them|@target", "^on|in|into|onto", "raft|basket|crate|barrel|tub|log|box",
                     _PUSH_OFF, "out|adrift|away|downstream|downriver"]),
    ("abandonment", [_PUSH_OFF + "|leave|leaves|left", "^him|her|them|@target", "adrift"]),
]
SCENARIOS += [
    # a used needle found and played with or jabbed into someone; "never touch it" passes
    ("poison_medicine", ["used|dirty|discarded|bloody", "^needle|needles|syringe|syringes",
                         "poke|pokes|poked|poking|prick|pricks|pricked|stab|stabs|stabbed|jab|jabs|jabbed|play|plays|played|"
                         "inject|injects|injected|scratch|scratches|scratched"]),
    ("poison_medicine", ["poke|pokes|poked|poking|prick|pricks|pricked|stab|stabs|stabbed|jab|jabs|jabbed|play|plays|played",
                         "with", "a|the|an|some", "^used|dirty|discarded|bloody", "^needle|needles|syringe|syringes"]),
]
ALLOW += [
    # a toddler or toy monster stomping bricks ("stomps the Lego city")
    "stomp|stomps|stomped|stomping|smash|smashes|smashed|kick|kicks|kicked|crush|crushes|crushed|squash|squashes|squashed|"
    "knock|knocks|knocked the|a|his|her|their|my|our|your lego|duplo|playmobil|meccano|brio|megabloks|jenga",
]

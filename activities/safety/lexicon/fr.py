"""French lexicon (notation in ``en.py``).

Replacements keep the gender of the word they replace where possible ("épée" →
"baguette magique"); ``:m``/``:f`` lets the article follow, elision included
("l'arme" → "la baguette magique", "le monstre" → "l'être magique"). "seul" is
also "only" ("le seul ami"), so it is matched in phrases ("était seul", "tout
seul"); "héroïne" is also "heroine", so the drug is matched only with drug words.
"""

REWRITE = {
    "violence": """
        arme{,s} = baguette{,s} magique{,s} :f
        épée{,s} = baguette{,s} magique{,s} :f
        poignard{,s} = pinceau{,x} :m
        pistolet{,s} = souffleur{,s} de bulles :m
        fusil{,s} = télescope{,s} :m
        bombe{,s} = bulle{,s} de savon :f
        canon{,s} = lanceur{,s} de confettis :m
        combat{,s} = défi{,s} :m @noun
        combat = joue avec @verb
        combattre/combattent/combattait/combattaient/combattu/combattit = jouer avec/jouent avec/jouait avec/jouaient avec/joué avec/joua avec
        combattant{,s} = champion{,s} :m
        bagarre{,s} = partie{,s} de jeu :f
        se battre/se bat/se battent/se battait/se battaient/se battirent = jouer ensemble/joue/jouent ensemble/jouait/jouaient ensemble/jouèrent ensemble
        bataille{,s} = partie{,s} de jeu :f
        guerre{,s} = compétition{,s} :f
        attaque{,s} = surprise{,s} :f @noun
        attaquer/attaque/attaquent/attaquait/attaquaient/attaqua/attaqué/attaquée = surprendre/surprend/surprennent/surprenait/surprenaient/surprit/surpris/surprise @verb
        tuer/tue/tuent/tuait/tuaient/tua/tué/tuée/tués = capturer/capture/capturent/capturait/capturaient/captura/capturé/capturée/capturés !high
        tueur{,s} = farceur{,s} :m !high
        tueuse{,s} = farceuse{,s} :f !high
        ennemi{,s} = riva{l,ux} :m
        ennemie{,s} = rivale{,s} :f
        armée{,s} = parade{,s} :f
        soldat{,s} = gardien{,s} :m
        frapper/frappe/frappent/frappait/frappa/frappé = chatouiller/chatouille/chatouillent/chatouillait/chatouilla/chatouillé @target
        blesser/blesse/blessent/blessait/blessa = vexer/vexe/vexent/vexait/vexa @target
        gifle{,s} = caresse{,s} :f
        gifler/gifla/giflé = chatouiller/chatouilla/chatouillé
        sanglant/sanglante/sanglants/sanglantes = boueux/boueuse/boueux/boueuses
        violent{,e,s,es} = sauvage{,,s,s}
    """,
    "fear": """
        effrayant{,e,s,es} = mystérieu{x,se,x,ses}
        terrifiant{,e,s,es} = étonnant{,e,s,es}
        terrifié{,e,s,es} = émerveillé{,e,s,es}
        effrayé{,e,s,es} = surpri{s,se,s,ses}
        apeuré{,e,s,es} = surpri{s,se,s,ses}
        épouvantable{,s} = étrange{,s}
        horrible{,s} = bizarre{,s}
        cauchemar{,s} = rêve{,s} étrange{,s} :m
        monstre{,s} = être{,s} magique{,s} :m
        méchant{,e,s,es} = grognon{,ne,s,nes}
        maléfique{,s} = espiègle{,s}
        démon{,s} = lutin{,s} :m
        zombie{,s} = somnambule{,s} :m
        hanté{,e,s,es} = enchanté{,e,s,es}
        terreur{,s} = surprise{,s} :f
        horreur{,s} = surprise{,s} :f
        lugubre{,s} = paisible{,s}
        sinistre{,s} = insolite{,s}
    """,
    "isolation": """
        tout seul/toute seule/tous seuls/toutes seules = avec ses amis/avec ses amis/avec leurs amis/avec leurs amies
        était seul/était seule/étaient seuls/étaient seules = était avec ses amis/était avec ses amis/étaient avec leurs amis/étaient avec leurs amies
        est seul/est seule = est avec ses amis
        se retrouva seul/se retrouva seule = se retrouva avec ses amis
        seul dans/seule dans = avec ses amis dans
        solitude = tranquillité :f
        abandonné{,e,s,es} = en attente @distress
        sans amis = avec plein d'amis
        personne pour jouer = des amis pour jouer
        s est perdu/s est perdue/se perdit/se perdirent = est parti explorer/est partie explorer/partit explorer/partirent explorer
        était perdu/était perdue = explorait @distress
        par lui même/par elle même = avec ses amis @distress
    """,
    "inappropriate": """
        stupide{,s} = drôle{,s}
        idiot{,s} = nigaud{,s} :m
        idiote{,s} = nigaude{,s} :f
        imbécile{,s} = nigaud{,s}
        crétin{,s} = nigaud{,s} :m
        tais toi/taisez vous = chut
        ferme la = chut
        merde = zut
        putain = zut
        bordel = zut
        fils de pute = chenapan
        connard{,s} = chenapan{,s} :m
        connasse{,s} = chipie{,s} :f
        salaud{,s} = chenapan{,s} :m
        cul = derrière :m
    """,
    "medical": """
        malade{,s} = patraque{,s}
        maladie{,s} = sortilège{,s} d'éternuements :m
        fièvre{,s} = chatouille{,s} pétillante{,s} :f
        hôpital/hôpitaux = chaumière de guérison/chaumières de guérison :f
        blessé{,e,s,es} = égratigné{,e,s,es}
        blessure{,s} = égratignure{,s} :f
        cancer = un sortilège d'éternuements
        mourir/meurt/meurent/mourait/mouraient/mourut = s'en aller/s'en va/s'en vont/s'en allait/s'en allaient/s'en alla !high
        mourant{,e,s,es} = faiblissant{,e,s,es} !high
        est mort/est morte/sont morts/était mort/était morte = est parti au loin/est partie au loin/sont partis au loin/était parti au loin/était partie au loin !high
        mort = adieu :m !high @noun
        mort{,e,s,es} = immobile{,,s,s} !high
        sang = jus de mûre :m
        saigne/saignait = avait une égratignure/avait une égratignure
    """,
    "family": """
        orphelin/orpheline/orphelins/orphelines = petit aventurier/petite aventurière/petits aventuriers/petites aventurières
        orphelinat{,s} = maison{,s} des gardiens :f
        divorce = déménagement dans deux maisons :m
        ont divorcé = vivent dans deux maisons douillettes
        sans parents = avec des gardiens magiques
        a perdu ses parents/avait perdu ses parents = a des gardiens magiques/avait des gardiens magiques
        personne ne l aimait = tout le monde l'aimait
    """,
}

REJECT = {
    "violence": [
        "meurtre{,s}", "meurtrier{,s}", "meurtrière{,s}", "assassin*", "poignarder", "poignarda", "poignardé{,e,s,es}",
        "poignardait", "poignardent", "égorg*", "décapit*", "démembr*", "massacre{,s,r}", "massacré{,e,s,es}", "tortur*",
        "étrangl*", "cadavre{,s}", "mutil*", "bain de sang", "mare|flaque de sang", "du sang partout",
        "couvert|couverte|couverts|couvertes de sang", "tuerie{,s}", "carnage{,s}",
    ],
    "sexual": [
        "sexe{,s}", "sexuel{,le,s,les}", "sexy", "porno*", "érotique{,s}", "orgasme{,s}", "masturb*", "pénis", "vagin{,s}",
        "génital*", "viol", "viols", "violée", "violées", "violeur{,s}", "pédophil*",
        "pute{,s}", "prostitu*", "faire|font|fait|faisaient|faisait l amour",
    ],
    "self_harm": [
        "suicid*", "me tuer", "me suicider", "je veux mourir", "j ai envie de mourir", "mettre fin à mes jours",
        "me faire du mal", "m ouvrir les veines", "me couper les veines", "automutil*", "me pendre",
    ],
    "drugs": [
        "bière{,s}", "vin", "vodka", "whisky", "rhum", "tequila", "alcool{,s}", "alcoolique{,s}", "ivre{,s}",
        "saoul{,e,s,es}", "soûl{,e,s,es}", "cocaïne", "cannabis", "marijuana", "marihuana", "fumer un joint",
        "drogue{,s}", "drogué{,e,s,es}", "se droguer", "cigarette{,s}", "cigare{,s}", "tabac", "lsd", "opium",
    ],
    "hate": [
        "nazi{,s}", "heil hitler", "race supérieure", "race{,s} inférieure{,s}", "sous homme{,s}", "nettoyage ethnique",
        "bougnoule{,s}", "youpin{,s}", "pédé{,s}", "négro{,s}",
    ],
}

ALLOW = [
    "bataille{,s} de polochons|oreillers|coussins", "bataille{,s} de boules de neige", "bataille{,s} d eau",
    "bataille navale", "pistolet{,s} à eau|bulles", "épée{,s} en bois|plastique|carton|mousse|papier", "épée{,s} jouet",
    "en forme d épée", "mort{,e,s,es} de rire|fatigue|faim", "mourir|meurt|mourait|mourais|meurs de rire|faim|envie",
    "feuille{,s} morte{,s}", "nature{,s} morte{,s}", "soldat{,s} de plomb", "cul de sac{,s}", "guerre des étoiles",
    "tuer le temps", "baleine{,s} tueuse{,s}", "ivre de joie|bonheur", "attaque{,s} de chatouilles|bisous",
    "monstre{,s} des cookies|chatouilles", "le seul", "la seule", "les seuls", "les seules", "un seul", "une seule",
    "n avait pas peur", "sans peur", "tout|toute son|leur|mon|ton|notre|votre soûl|saoul", "à tue tête",
    "sang froid", "pur sang", "en canon",
]

CUES = {
    "negation": ["ne", "n", "pas", "plus", "jamais", "sans", "aucun", "aucune", "rien", "ni", "plus de", "fini les"],
    "soothing": [
        "surmont*", "vainc*", "vainqu*", "chass*", "au revoir", "dispar*", "courag*", "brave{,s}", "en fait",
        "juste un|une", "seulement un|une", "gentil{,le,s,les}", "amical*", "doux", "douce*", "sourire*", "souri*",
        "rire", "riait", "rit", "rigol*", "câlin*", "réconfort*", "rassur*", "apais*", "calme*", "tranquill*",
        "douillet*", "endormi*", "veilleuse", "joueu*", "pour de faux", "pour jouer", "drôle{,s}", "mignon*",
    ],
    "companion": [
        "ami{,e,s,es}", "copain{,s}", "copine{,s}", "ensemble", "compagnon{,s}", "compagne{,s}", "nous", "tous", "toutes",
        "main dans la main", "côte à côte", "maman", "papa", "mère", "père", "parents", "grand mère", "grand père",
        "mamie", "papi", "frère{,s}", "sœur{,s}", "famille", "maîtresse", "hibou{,x}", "chouette{,s}", "chat{,s}",
        "chien{,s}", "chiot{,s}", "chaton{,s}", "lapin{,s}", "renard{,s}", "ours", "ourson{,s}", "fée{,s}", "dragon{,s}",
        "licorne{,s}", "chèvre{,s}", "cerf{,s}", "écureuil{,s}", "souris", "oiseau{,x}", "cheval", "chevaux",
        "poney{,s}", "tortue{,s}", "dauphin{,s}", "robot{,s}", "lutin{,s}", "géant", "magicien", "gardien{,s}",
        "hérisson{,s}", "grenouille{,s}", "canard{,s}",
    ],
    "distress": [
        "pleur*", "larme{,s}", "triste{,s}", "tristesse", "noir", "noire", "obscurité", "sombre", "froid", "personne",
        "effrayé*", "peur", "trembl*", "inquiet*", "nuit", "sanglot*", "faim", "nulle part", "oublié*", "vide",
    ],
    "subject": ["il", "elle", "ils", "elles", "je", "nous"],
    "target": [
        "lui", "elle", "eux", "elles", "moi", "toi", "nous", "vous", "enfant{,s}", "garçon{,s}", "fille{,s}", "bébé{,s}",
        "maman", "papa", "mère", "père", "frère", "sœur", "ami{,e,s,es}", "gens", "personne{,s}", "quelqu un",
        "tout le monde", "homme{,s}", "femme{,s}", "maîtresse", "professeur", "mamie", "papi", "roi", "reine",
        "prince", "princesse", "chevalier{,s}", "garde{,s}", "soldat{,s}", "fermier{,s}", "villageois", "chasseur{,s}",
        "pirate{,s}", "prisonnier{,s}",
    ],
    "clitic": ["le", "la", "l", "les", "lui", "leur", "me", "m", "te", "t", "nous", "vous"],
    "determiner": [
        "le", "la", "l", "les", "un", "une", "des", "du", "de", "d", "ce", "cet", "cette", "ces", "mon", "ma", "mes",
        "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "au", "aux", "quel",
        "quelle", "grand", "grande",
    ],
}

SUFFIXES = ("issaient", "issait", "erent", "aient", "ait", "ant", "ent", "ons", "ez", "er", "ir", "re", "ee", "ees",
            "es", "e", "s", "x", "a", "ai", "as", "it", "is", "eur", "euse", "eurs", "euses")

ANALYSIS = {
    "strong": {
        "graphic": "meurtre~ meurtrier meurtriere assassin~ assassinat =poignarda =poignardé =poignarder =poignardée =poignardait egorg decapit demembr massacr tortur etrangl cadavre mutil tuerie carnage",
        "sexual": "sexe sexuel sexy porno~ pornograph~ erotique orgasme masturb~ =penis vagin genital viol =violer =viols =violeur =violeurs =violee pedophil~ pute prostitu~",
        "self_harm": "suicid~ automutil",
        "drugs": "cocaine~ cannabis marijuana~ alcool alcoolique vodka whisky rhum tequila biere =vin =vins ivre =saoul =saoule drogue cigarette~ cigare tabac opium lsd",
        "hate": "nazi =bougnoule =youpin =pede =negro",
        "inappropriate": "merde putain connard connasse salaud encule bordel",
    },
    "weak": {
        "graphic": "sang =sanglant couteau =tuer =tue =mort",
    },
    "phrases": {
        "self_harm": ["je veux mourir", "j ai envie de mourir", "me tuer", "me suicider", "mettre fin à mes jours",
                      "me|se faire du mal", "m|s ouvrir les veines", "me couper les veines", "je me déteste",
                      "personne ne me regretterait"],
        "graphic": ["du sang partout", "mare|flaque de sang", "bain de sang", "couvert|couverte|couverts|couvertes de sang"],
        "sexual": ["faire|font|fait|faisaient|faisait l amour"],
        "hate": ["heil hitler", "race supérieure", "race{,s} inférieure{,s}", "nettoyage ethnique", "sous homme{,s}",
                 "je déteste|hais les juifs|musulmans|arabes|étrangers|immigrés|noirs|gitans"],
        "drugs": ["fumer|fume|fumait un joint", "se droguer", "se saouler", "se soûler"],
    },
    "harm_severe": "=tuer =tue =tua =tué =tuée =tués =tuait =tuent assassin =poignarder =poignarda =poignardé egorg etrangl noy =saigner =saigne =saigna".split()
    + ["tira|tiré|tirait|tirer|tirent|tiraient sur"],  # "tirer sur" someone: to shoot at them
    "harm_mild": "frapp gifl =cogner =cogna =blesser =blessa =blesse =mordre =mordit =mord",
    "aux": "été était fut est a ont avait fait faire fais font laisser vu",
    "blood": "sang sanglant saign",
    "spread": ["partout", "flaque", "mare", "couvert", "couverte", "couverts", "trempé", "degoulin", "gicl", "ruisselant", "rivière"],
    "weapon": "couteau couteaux pistolet fusil épée hache tronçonneuse machette",
    "reflexive": "=me =m",
    "self_severe": "=tuer =pendre =noyer =suicider",
    "self_mild": "=blesser",
    "intent": "veux veut voulais voulait vais va envie essayer essaie exprès dois",
    "drink": "=bu =boit =boire =buvait =bois =but =buvaient",
    "smoke": "fum",
    "smokable": "joint joints cigarette cigare cannabis",
    "touch": "touch caress lech",
    "private": ["parties intimes", "génital", "génitales", "entrejambe", "culotte", "slip"],
    "secret": "secret secrets",
    "groups": "=juifs =juives =musulmans =musulmanes =arabes =immigrés =étrangers =gitans =roms =homosexuels =gays =réfugiés",
    "dehuman": "vermine =rats =cafards =parasites inférieur =ordures racaille extermin =gazer",
    "hate_verbs": "extermin =gazer",
    "intensity": "très si tellement vraiment brutal brutalement sauvagement horriblement",
}

NEAR_MISS = ["violent", "violente", "violents", "violentes", "violence", "violon", "violons", "violette", "violettes",
             "violet", "violets", "meurtri", "meurtrie", "retard", "retarde", "retards", "vingt", "vint", "vins",
             "fumee", "fumees", "tortue", "tortues", "sexton", "noyau", "noyaux", "toutes", "ivresse", "coup",
             "cigale", "cigales", "tue-tete"]

IMAGE = {
    "child": ["enfant{,s}", "garçon{,s}", "fille{,s}", "fillette{,s}", "héros", "héroïne", "bébé{,s}", "princesse",
              "prince", "petit garçon", "petite fille"],
    "companion_phrase": "avec de gentils animaux pour compagnons",
    "soften": """
        sombre{,s} = paisible{,s}
        obscurité = lumière douce :f
        ombre{,s} = lueur{,s} douce{,s} :f
        crâne{,s} = coquillage{,s} :m
        squelette{,s} = épouvantail{,s} :m
        tombe{,s} = corbeille{,s} de fleurs :f
        cimetière{,s} = jardin{,s} fleuri{,s} :m
        orageu{x,se,ses} = venteu{x,se,ses}
        lugubre{,s} = paisible{,s}
    """,
}

COMPANIONSHIP = """
    tout seul/toute seule/tous seuls/toutes seules = avec ses amis/avec ses amis/avec leurs amis/avec leurs amies
    était seul/était seule = était avec ses amis
    seul dans/seule dans = avec ses amis dans
    se retrouva seul/se retrouva seule = se retrouva avec ses amis
    s est perdu/s est perdue/se perdit = est parti explorer avec ses amis/est partie explorer avec ses amis/partit explorer avec ses amis
    était perdu/était perdue = explorait avec ses amis
    par lui même/par elle même = avec ses amis
    il n y avait personne/personne n était là = ses amis étaient tout près
"""

INJECTION = [
    r"\b(?:ignore[sz]?|oublie[sz]?|ne\s+tiens\s+pas\s+compte\s+de[s]?|ne\s+tenez\s+pas\s+compte\s+de[s]?)\s+(?:(?:toutes|tous|les|tes|vos|mes|des|de)\s+)*(?:instructions|consignes|directives|ordres)\b",
    r"\b(?:ignore[sz]?|oublie[sz]?)\s+(?:(?:toutes|tous|les|tes|vos)\s+)*regles\s+(?:precedentes|anterieures|ci-dessus|du\s+systeme|de\s+securite)\b",
    r"\b(?:ignore|oublie)[sz]?\s+(?:tes|vos)\s+regles\b",
    r"(?:^|(?<=[.!?:\n]))\s*(?:tu\s+es|vous\s+etes)\s+(?:maintenant|desormais|dorenavant)\s+(?:(?:un|une|mon)\s+)?(?:ia|assistant|chatbot|modele|dan|libre\s+de|sans\s+(?:regles|restrictions?|filtres?))\b",
    r"\b(?:agis|agissez|comporte-toi|reponds|repondez)\s+comme\s+(?:si\s+tu\s+etais\s+)?(?:une?\s+)?(?:ia|assistant|chatbot|modele|systeme|developpeur)\b",
    r"\b(?:prompt|message|invite|instructions?)\s+(?:du\s+)?systeme\b",
    r"\bmode\s+(?:developpeur|dieu|dan|sans\s+restrictions?)\b",
    r"\b(?:montre|revele|repete|donne)(?:-moi|\s+moi)?\s+(?:tes|vos|les)\s+instructions\b",
    r"\bnouvelles\s+instructions\s*:",
]

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
        ferme ta gueule/fermez vos gueules/ta gueule = chut/chut/chut
        gros con/grosse conne = gros nigaud/grosse nigaude
        con{,s} = nigaud{,s} :m
        conne{,s} = nigaude{,s} :f
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
    "sang froid", "pur sang", "en canon", "bataille{,s} d oreiller{,s}|polochon{,s}|coussin{,s}", "tête{,s} de mort",
    "la|sa|leur tête la première", "mort{,e,s,es} de peur|trouille|honte|soif|chaud|ennui|impatience|curiosité",
    "manger|mange|dévorer|dévore|croquer|croque de bisous|baisers|câlins", "rhume{,s}", "rhumatisme{,s}", "chili con carne",
    # « une tuerie » : quelque chose de délicieux ou de génial
    "c est|était une vraie|véritable|grosse|sacrée tuerie", "c est|était une tuerie", "est|était une vraie|véritable|grosse tuerie",
    "est|était une tuerie", "une vraie|véritable|grosse|sacrée tuerie",
    # une chanson massacrée, un papa massacré au Uno
    # (un chant, un refrain, une comptine massacrés, « un peu », « complètement » : chanter faux)
    "massacre|massacrent|massacrer|massacré|massacrée|massacrait le|la|les|l|un|une|son|sa|ses|leur|ce|cette chant{,s}|comptine{,s}|refrain{,s}|morceau{,x}|air{,s}|hymne{,s}|poème{,s}|mélodie{,s}|partition{,s}|récitation{,s}|solo{,s}|danse{,s}",
    "massacre|massacrent|massacrer|massacré|massacrée|massacrait complètement|carrément|totalement|encore|vraiment|toujours|joyeusement le|la|les|l|son|sa|ses|leur chant{,s}|chanson{,s}|comptine{,s}|refrain{,s}|morceau{,x}|air{,s}|hymne{,s}|poème{,s}|mélodie{,s}|musique|partition{,s}|note{,s}|récitation{,s}|solo{,s}|danse{,s}",
    "massacre|massacrent|massacrer|massacré|massacrée|massacrait un peu|bien le|la|les|l|son|sa|ses|leur chant{,s}|chanson{,s}|comptine{,s}|refrain{,s}|morceau{,x}|air{,s}|hymne{,s}|poème{,s}|mélodie{,s}|musique|partition{,s}|note{,s}|récitation{,s}|solo{,s}|danse{,s}",
    # « ferme la porte, la fenêtre » : fermer quelque chose, pas « ferme-la » ; « la ferme la plus grande »
    "ferme|fermez|fermes la porte{,s}|fenêtre{,s}|boîte{,s}|lumière|valise{,s}|maison|cage{,s}|grille{,s}|barrière{,s}|boutique|trappe{,s}|voiture|portière{,s}|malle{,s}|coffre|couvercle|radio|télé|télévision|lettre|enveloppe|tente|trousse|armoire|cabane|serrure|classe|lucarne|volet{,s}|chambre|salle|cuisine|pièce|vitre{,s}|caisse|marche|ronde|parenthèse|main|bouteille|pharmacie|fermeture|porte-fenêtre|moustiquaire|cuisine|garage|remise|grange|bergerie|clôture|glacière|frigo|boutique|librairie|pochette|marmite|poubelle|baignoire|douche",
    "ferme la plus|moins",
    "massacre|massacrent|massacrer|massacré|massacrée la|une|les chanson|chansons|musique|mélodie|note|notes",
    "massacrer|massacré|massacrée|massacrés au|aux uno|échecs|cartes|foot|ping|tennis|pétanque|memory|jeu|jeux|billes|babyfoot|scrabble|dames", "tuerie au|à|en skate|foot|basket|ski|surf|vélo|dessin|piano|chant|guitare|tennis|trottinette|danse",
    # un massacre de mauvaises herbes ; une équipe massacrée 12 à 2 ; tout le monde massacré au Uno
    "massacre{,s} de|des|d|aux mauvaises|orties|ronces|moustiques|pucerons|limaces|mouches|feuilles|légumes",
    "massacrer|massacré|massacrée|massacrés|massacre 1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|20|30|zéro",
    "massacre|massacrent|massacrer tout le monde au|aux|à uno|échecs|cartes|foot|ping|tennis|pétanque|memory|jeu|jeux|billes|babyfoot|scrabble|dames|mario|petits",
    "massacrer|massacre|massacrent au|aux|à petits chevaux",
    # un animal qui s'appelle Whisky, le poney Cognac : un nom, pas un verre
    "appelle|appellent|appelait|nommé|nommée|surnommé|surnommée|baptisé|baptisée|prénommé|prénommée whisky|vodka|rhum|tequila|cigare",
    "chat|chatte|chaton|chien|chienne|chiot|lapin|hamster|cheval|jument|poney|âne|perroquet|cochon|toutou|minou whisky|vodka|rhum|tequila|cigare",
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

# Situations told without harmful words (see scenarios.py): parts in order, each at
# most a few words after the last, in one sentence. Left out on purpose, to spare
# fairy tales and everyday stories: ogres and wolves who want to eat children and
# parents who leave their children in the forest (Petit Poucet, Hansel et Gretel,
# Chaperon rouge), "kidnappe la princesse", "secret ... touche" ("c'est notre secret,
# ne touche pas au gâteau"), "fume ... pétard" across words ("la mèche fume, puis le
# pétard fait boum"), a rabbit in the oven (a French Sunday lunch), "se casser la
# figure" (to fall), "se pendre au cou de" (to hug), "s'écorcher le genou", "ça crève
# les yeux", "tapette"/"pédale" (fly swatter, pedal), "beuh !" (yuck), "les blancs"
# (egg whites), "noyer le poisson", "mettre une raclée" (to win a match).
_GROUPS = ("arabes|juifs|juives|musulmans|musulmanes|immigrés|immigrées|gitans|gitanes|roms|tziganes|tsiganes|"
           "chinois|asiatiques|africains|africaines|maghrébins|migrants|réfugiés|homos|homosexuels|gays|lesbiennes|"
           "rebeus|renois|feujs|blacks|mexicains|roumains|turcs|algériens|marocains|handicapés")
_INSULTS = ("voleurs|voleuses|criminels|délinquants|terroristes|voyous|racailles|vermine|parasites|menteurs|"
            "menteuses|inférieurs|inférieures|idiots|stupides|débiles|abrutis|paresseux|fainéants|feignants|"
            "dégoûtants|puants|arriérés|fourbes|profiteurs|envahisseurs")
_BEASTS = "animaux|singes|rats|cafards|chiens|bêtes|sauvages|porcs|cochons|barbares|sous"
_FUME = "fume|fumes|fument|fumer|fumait|fumaient|fumais|fuma|fumèrent|fumons|fumez"
_SNIFFE = "sniffe|sniffes|sniffent|sniffer|sniffait|sniffaient|sniffé|sniffa|sniffons"
_JOINT = "pétard|pétards|joint|joints|tarpé|tarpés|oinj|oinjs|bédo|bédos|spliff|spliffs|pétou"
_PETS = "chaton|chatons|chiot|chiots|chat|chats|chien|chiens|hamster|hamsters|bébé|bébés"
_KIDS = "enfant|enfants|garçon|garçons|fillette|fillettes|frère|sœur|" + _PETS
_DET = "le|la|les|l|un|une|des|son|sa|ses|leur|leurs|ce|cette|ces"
_PLACES = "aire|autoroute|route|parking|supermarché|gare|station|rue|trottoir|poubelle"
_FAMILY = "papa|maman|père|mère|parents"
_DOCTOR = "chirurgien|chirurgienne|médecin|médecins|docteur|docteurs|doctoresse|dentiste"

SCENARIOS = {
    "graphic": [
        "relèvera|relèveront|respirera|respireront plus|jamais jamais|plus",
        "pour ne plus|jamais jamais|plus ... se|me|te réveill*",
        "fait|fais|faire|fera|fit|faisait|faisaient en sorte ... ne ... réveill*|relève*|respire*|bouge|bougera ... plus|jamais jamais|plus",
        "découpe|découpent|découpa|découpé|découper|découpait|coupe|coupent|coupa|couper|coupait|hache|hachent|hacha "
        + _DET + " " + _KIDS + "|lapin|lapins ... en morceaux|petits|rondelles|tranches|mille",
        "cuire|rôtir|bouillir|frire|griller " + _DET + "|petit|petits|petite|petites " + _KIDS,
        "jette|jettent|jeta|jeter|jeté|met|mets|mettent|mettre|mit|mis|enferme " + _DET + " " + _PETS
        + " ... four|micro|congélateur|broyeur|puits",
        "écras*|fracass*|défonc*|broy*|écrabouill*|éclat*|explos* la|sa|leur|les|le|son|ses|lui tête|têtes|crâne|crânes",
        "brûlé|brûlée|brûlés|brûlées|brûler|écorché|écorchée|écorchés|écorcher|enterré|enterrée|enterrés|enterrer|emmuré|emmurée "
        "vif|vive|vifs|vives|vivant|vivante|vivants|vivantes",
        "enterr*|emmur* " + _DET + " ... vivant|vivante|vivants|vivantes",
        "noie|noient|noya|noyèrent|noyer|noyait|noyaient|noyé|noyée|noyés " + _DET + "|petit|petits|pauvre ... "
        + _KIDS + "|lapin|lapins",
        "empoisonne|empoisonnent|empoisonna|empoisonnèrent|empoisonner|empoisonnait|empoisonnaient|empoisonnera ... "
        + _PETS + "|" + _FAMILY + "|maîtresse|frère|sœur|mamie|papi|voisin|voisine",
        "arrach* les|la|ses|sa|leurs|leur|lui yeux|langue|ongles|langues",
        "tue|tuent|tua|tuer|tué|tuée|tués|massacr*|découp*|attaqu*|frapp* ... à coups de hache|haches|machette|tronçonneuse|couteau|couteaux",
        "laisse|laissé|laissée|laissés|laissa|laisser|laissent pour mort|morte|morts|mortes",
    ],
    "self_harm": [
        "scarifi*",
        "se|me|te|s|m|t taillad*",
        "coup*|ouvr*|ouvert|ouverte|taillad*|entaill* les|ses|mes|tes|leurs veines",
        "veut|veux|voulait|voulais|voulu|va|vais|allait|essaie|essaye|essaya|essayé|décide|décida|décidé|envie|tente|tenta|tenté "
        "... se|me|te pendre",
        "s|se|m|me|t|te est|suis|es|sont|était pendu|pendue|pendus|pendues ... poutre|grenier|garage|plafond|parce|car",
        "veut|voulait|voulais|voudrait|voudrais|veulent|voulaient|souhaite|souhaitait mourir",
        "avale|avala|avaler|avalé|avalent|avalait|engloutit|englouti|engloutir ... toutes|tous|boîte|boite|flacon|tube|plaquette "
        "les|de|d|entière|entier ... pilules|cachets|comprimés|médicaments|somnifères|gélules",
        "fin à|a ses|tes|leurs|mes|nos|vos jours",
        "mieux sans moi",
        "saute|saut*|jette|jeta|jeter|jettent ... pont|toit|balcon|falaise|fenêtre ... personne|mourir|finir",
        "se|me|te|s|m|t fait|faire|fais|faisait|font vomir",
        "arrête|arrêté|arrêtait|arrêter|refuse|refusait|refusent|refusé de manger ... maigrir|mincir",
    ],
    "sexual": [
        "petit|notre|leur|ton|votre|un|mon|nos|vos secret ... déshabill*|nu|nue|nus|nues|culotte|culottes|slip|slips|caleçon|genoux|caress*|zizi|fesses",
        "secret ... touche|touchent|toucher|touchait|touchera|caresse|caressent|caresser|caressait ... "
        "fesses|zizi|zézette|partout|corps|cuisses|intimes|jambes|culotte|slip|poitrine",
        "bonbon|bonbons|cadeau|cadeaux|chocolat|chocolats|sucette|sucettes|jouet|jouets ... si ... genoux|déshabill*|culotte|slip|caress*|zizi",
        "envoie|envoyer|envoies|envoyé ... photo|photos|vidéo|vidéos ... nu|nue|nus|nues|déshabill*|culotte|slip|caleçon",
        "montre|montrer|montra|montrait|montrent|montré sa|son|ses|leur|leurs bite|bites|zizi|zézette|sexe|seins|nichons|zob",
        "bite|bites|zob|zobs|teub|nichons|nibards|fellation|fellations|sodomi*|partouze*|branlette*|nudes|suceuse*",
    ],
    "drugs": [
        "roule|roules|roulent|rouler|roulait|roulaient|roula|roulons|roulez un|des|son|ses|leur|leurs ... " + _JOINT,
        _FUME + " un|des|le|les|son|ses|leur|leurs|mon|ton|ce|gros " + _JOINT,
        _FUME + " de la|l beuh|herbe|weed|ganja|coke",
        "de la beuh|coke",
        _SNIFFE + " ... coke|cocaïne|colle|poudre|ligne|lignes|rail|rails|trace|traces",
        "coke|cocaïne ... " + _SNIFFE + "|renifl*|nez",
        "pilule|pilules|cachets|cachet|comprimés|champignons ... planer|délirer|défoncer|trip",
        "tarpé|tarpés|oinj|oinjs|bédo|bédos|teuch|hasch|haschich|haschisch|ganja|weed|spliff|spliffs|ecstasy|ecsta|mdma|"
        "kétamine|amphétamine*|amphets|méthamphétamine*|héroïnomane*|toxico|toxicos|toxicomane*|junkie|junkies|dealer|"
        "dealers|dealeur|dealeurs|dealeuse|dealeuses|clope|clopes|cloper|picole|picolent|picoler|picolait|picolaient|"
        "pinard|binouze|binouzes|gnôle|hallucinogène*",
        "boit|boivent|buvait|buvaient|bu|boire|but|bois ... complètement|totalement|carrément|vraiment|trop|pompette|pompettes|torché|torchée|torchés "
        "bourré|bourrée|bourrés|bourrées|pompette|pompettes|torché|torchée|torchés|saoul|saoule|ivre|ivres",
    ],
    "hate": [
        "les|des|ces|tous " + _GROUPS + "|étrangers|noirs|blancs|jaunes ... sont|étaient|seront|restent|serait|seraient ... "
        + _INSULTS,
        "les|des|ces|tous " + _GROUPS + "|étrangers|noirs|blancs|jaunes ... sont|étaient|seront|tous|toutes|que|comme des "
        + _BEASTS,
        "sale|sales|maudits|satanés " + _GROUPS + "|arabe|juif|gitan|rebeu|renoi|feuj",
        "chass*|expuls*|exterm*|gaz*|dégag*|déteste|détestent|détestait|hais|hait|haïssent|haïssait les|tous|ces "
        + _GROUPS + "|noirs",
        "les|des|ces|tous|toutes " + _GROUPS + "|noirs|filles|femmes ... moins intelligent*|évolué*|civilisé*|capables|doué*|malin*|maligne*",
        "filles|femmes|fille|femme ... place est|sera ... cuisine|ménage|fourneaux|foyer|vaisselle",
        "place des filles|femmes ... cuisine|ménage|fourneaux|foyer|vaisselle",
        "filles|femmes sont|seront|étaient ... toutes|trop|vraiment|naturellement|si|tellement ... nulles|bêtes|stupides|idiotes|débiles|connes|inférieures",
        "nègre|nègres|négresse*|chinetoque*|chintok*|niakoué*|bicot|bicots|gouine|gouines|tarlouze*|tantouze*|youpin*|bougnoul*",
    ],
    "violence": [
        "tabass*|racket*",
        "lui|leur|te|t|vous cass*|pète|péter|pèterai|pètera|défonc*|éclat*|explos*|refai* la|les gueule|figure|tronche|dents|margoulette",
        "lui|leur|te|t|vous cass*|brise|brisa|brisé|pète|péta|péter le|la|les|un|une|deux|ses nez|dents|dent|mâchoire|côtes|bras|jambe",
        "coup|coups de poing|poings|boule|genou|genoux|coude|coudes|tête ... figure|visage|ventre|nez|gueule|dents|yeux|oeil|tronche|mâchoire",
        "coup|coups de pied|pieds ... figure|visage|nez|gueule|dents|yeux|oeil|tronche|mâchoire",
        "roue|rouer|rouent|rouait|roua|roué|rouée|roués de coups",
        "fout|foutre|flanque|flanquer|flanqua|colle|coller|colla|met|mettre|mit|file|filer ... une|des rouste|roustes|dérouillée|torgnole|torgnoles|mandale|mandales|beigne|beignes|baffe|baffes|châtaigne",
        "frapp*|cogn*|tabass* ... jusqu ... saign*|évanou*|sang",
        "lui|leur|te|t|vous faire|fera|ferai|ferait|fait|ferons|feront la peau",
    ],
    "fear": [
        "kidnapp*|ravisseur* ... enfant|enfants|garçon|garçons|fillette|fillettes|bébé|bébés|élève|élèves|petit|petite|petits|petites|"
        "cave|coffre|camionnette|sac|rançon|cagoule",
        "enferm* ... cave|cachot|placard|grenier|cage|trou|cellier ... rats|araignées|serpents|cafards",
        "clown|clowns tueur|tueurs|maléfique|maléfiques|diabolique|diaboliques|démoniaque|démoniaques|assassin|assassins|sanglant|sanglants",
        "inconnu|inconnue|inconnus|monsieur|homme|dame ... monter|suivre|viens|venir ... voiture|camionnette ... bonbon*|chiot*|chaton*|secret|sucette*",
        "personne ne ... entendr* ... crier|hurler",
        "murmure|murmurait|murmura|chuchote|chuchotait|chuchota|susurre ... va|vais|vont|allait la|le|les|te|t|l|vous dévorer|croquer",
        "tue|tuerai|tuera|tuerons|tuer|égorge*|égorgerai ... ta|ton|tes|vos " + _FAMILY + "|famille|frère|sœur",
        "enfant|enfants|petit|petite|petits|petites|fillette|garçon ... disparu*|disparaiss*|disparut|enlevé* ... jamais retrouvé*|revu*",
    ],
    "isolation": [
        "l|la|le|les|me|m|te|t|nous|vous abandonn* ... " + _PLACES,
        "l|la|le|les|me|m|te|t ont|a|avaient|avait abandonn* ... " + _PLACES,
        "abandonn* ... enfant|enfants|fils|fille|bébé|petit|petite|petits|chien|chiot|chaton ... " + _PLACES,
        "seul|seule|seuls|seules pour|à toujours|jamais",
        "personne ne ... plus|jamais jamais|plus ... jou*|parl*|être avec|son|sa|ton|ta|mon|ma lui|elle|toi|moi|eux|elles|ami|amie|copain|copine",
        "plus|jamais jamais|plus personne ... jou*|parl*|être avec|son|sa|ton|ta|mon|ma lui|elle|toi|moi|eux|elles|ami|amie|copain|copine",
        "ne reverra|reverras|reverront|reverrait|reverrez jamais|plus ... " + _FAMILY + "|famille",
    ],
    "family": [
        "parti|partie|partis|part|partit|partait|quitté|quitte|quitta|vit|vivre|vivait|installé|installée ... avec|pour ... "
        "autre|nouvelle|nouveau|nouvel ... femme|homme|dame|monsieur|amoureuse|amoureux|chérie|chéri|copine|copain",
        _FAMILY + " ... ne l|t|te|vous|les|m|me aim*|aime plus|jamais",
        "n aime|aimait|aimera|aimerait|aiment plus|pas|jamais sa|son|ses fille|fils|enfant|enfants|femme|mari",
        _FAMILY + " ... ne|n reviendr*|revien*|revint|revenir jamais|plus",
        "jamais voulu de|d toi|lui|elle|eux|elles|moi|vous|enfant|enfants|bébé",
        "regrett* de t|l|vous|les|m avoir eu|eue|eus|eues",
        _FAMILY + " ... est|sont|était mort|morte|morts|décédé|décédée|décédés ... foyer|orphelinat|inconnus|seul|seule",
        _FAMILY + " ... ne|n veut|veulent|voulait|voulaient plus|pas de|d toi|lui|elle|moi|vous|eux|elles",
    ],
    "medical": [
        "sans anesthé*",
        "opér*|recou*|arrach*|découp* ... à vif",
        _DOCTOR + " ... ouvr*|découp*|coup*|ouvert* le|la|son|sa|leur ventre|crâne|poitrine|cœur|thorax|bide|tête|corps",
        _DOCTOR + " ... coup*|amput* la|le|sa|son|les|ses jambe|jambes|bras|pied|pieds|main|mains",
        _DOCTOR + "|opération|hôpital ... ne pas|survivra|survivront|survivrait|survivraient survivre|pas",
        "reste|restait|restent ... jours|mois|semaines|semaine à|a vivre",
        "arrive|arrivait|peut|pouvait plus|pas ... respirer ... devient|devint|devenait|tout|toute|vire|virait bleu|bleue|violet|violette|violacé*",
        _DOCTOR + " ... dit|disent|annonce|annoncent|pense|pensent|croient ... va|vont|allait|pourrait mourir",
    ],
}

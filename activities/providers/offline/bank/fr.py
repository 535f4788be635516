"""French story material (passé simple and imparfait, as in French picture books)."""

BANK = {
    "quotes": ("« ", " »"),
    "intensifier": "si",
    "traits": {
        "brave": {
            "forms": ["courageux", "courageuse", "brave", "intrépide", "vaillant", "vaillante", "audacieux", "audacieuse"],
            "quality": "avec tant de courage",
            "actions": [
                "{name} prit une grande inspiration et fit le premier pas.",
                "Le chemin semblait difficile, mais {name} avança et tendit la main aux autres.",
            ],
        },
        "kind": {
            "forms": ["gentil", "gentille", "aimable", "bienveillant", "bienveillante", "affectueux", "affectueuse", "bon", "bonne"],
            "quality": "avec tant de gentillesse",
            "actions": [
                "{name} se pencha et demanda doucement : « Ça va ? »",
                "{name} offrit à chacun un câlin et un mot gentil.",
            ],
        },
        "curious": {
            "forms": ["curieux", "curieuse"],
            "quality": "avec mille questions en tête",
            "actions": [
                "{name} s'approcha pour regarder de plus près, avec mille questions en tête.",
                "« Qu'est-ce que ça peut bien être ? » se demanda {name}, en regardant derrière chaque coin.",
            ],
        },
        "clever": {
            "forms": ["malin", "maligne", "intelligent", "intelligente", "astucieux", "astucieuse", "sage", "futé", "futée"],
            "quality": "avec plein de bonnes idées",
            "actions": [
                "{name} réfléchit étape par étape et trouva la solution.",
                "{name} remarqua un petit indice que personne d'autre n'avait vu.",
            ],
        },
        "funny": {
            "forms": ["drôle", "rigolo", "rigolote", "espiègle", "farceur", "farceuse", "marrant", "marrante"],
            "quality": "avec une blague toute prête",
            "actions": [
                "{name} fit une grimace si drôle que tout le monde éclata de rire.",
                "{name} raconta une blague, et l'inquiétude se changea en rires.",
            ],
        },
        "gentle": {
            "forms": ["doux", "douce", "délicat", "délicate", "tendre"],
            "quality": "avec tant de douceur",
            "actions": [
                "{name} avança tout doucement et parla de sa voix la plus douce.",
                "Avec des gestes délicats, {name} aida là où il le fallait.",
            ],
        },
        "creative": {
            "forms": ["créatif", "créative", "imaginatif", "imaginative", "rêveur", "rêveuse", "artiste", "inventif", "inventive"],
            "quality": "avec tant d'imagination",
            "actions": [
                "{name} eut une idée à laquelle personne n'aurait pensé.",
                "{name} transforma quelques objets tout simples en quelque chose de merveilleux.",
            ],
        },
        "patient": {
            "forms": ["patient", "patiente"],
            "quality": "avec tant de patience",
            "actions": [
                "{name} attendit sans bruit et essaya encore, et encore, sans se plaindre.",
                "{name} compta lentement jusqu'à dix et n'abandonna pas.",
            ],
        },
        "cheerful": {
            "forms": ["joyeux", "joyeuse", "gai", "gaie", "heureux", "heureuse", "souriant", "souriante", "optimiste", "enjoué", "enjouée"],
            "quality": "avec un grand sourire",
            "actions": [
                "{name} fit un sourire si lumineux que tout le monde se sentit mieux.",
                "{name} fredonna un air joyeux, et bientôt tout le monde le fredonnait aussi.",
            ],
        },
        "generous": {
            "forms": ["généreux", "généreuse", "partageur", "partageuse"],
            "quality": "avec l'envie de partager",
            "actions": [
                "{name} partagea de bon cœur le dernier biscuit au miel.",
                "{name} offrit un trésor brillant sans hésiter une seconde.",
            ],
        },
        "helpful": {
            "forms": ["serviable", "travailleur", "travailleuse", "attentionné", "attentionnée", "dévoué", "dévouée"],
            "quality": "avec l'envie d'aider",
            "actions": [
                "{name} retroussa ses manches et dit : « Je vais vous aider ! »",
                "{name} porta, souleva et rapporta tout ce qu'il fallait, jusqu'au bout.",
            ],
        },
        "calm": {
            "forms": ["calme", "tranquille", "paisible", "serein", "sereine", "réfléchi", "réfléchie"],
            "quality": "avec tant de calme",
            "actions": [
                "{name} garda son calme, respira trois fois lentement et regarda de nouveau.",
                "D'une voix tranquille, {name} dit : « Faisons-le ensemble. »",
            ],
        },
        "adventurous": {
            "forms": ["aventureux", "aventureuse", "aventurier", "aventurière", "explorateur", "exploratrice"],
            "quality": "avec le goût de l'aventure",
            "actions": [
                "{name} sourit et dit : « Allons voir ce qu'il y a là-bas ! »",
                "{name} grimpa tout en haut pour voir le chemin.",
            ],
        },
        "friendly": {
            "forms": ["sympathique", "sympa", "amical", "amicale", "loyal", "loyale", "sociable"],
            "quality": "avec un mot gentil pour chacun",
            "actions": [
                "{name} salua tous ceux qu'on croisait en chemin.",
                "{name} se fit un nouvel ami en un clin d'œil.",
            ],
        },
        "shy": {
            "forms": ["timide", "réservé", "réservée"],
            "quality": "avec un brin de timidité",
            "actions": [
                "Au début, {name} n'osa pas trop, puis murmura un petit bonjour plein de courage.",
                "Sans bruit, presque timidement, {name} s'approcha pour aider.",
            ],
        },
        "determined": {
            "forms": ["déterminé", "déterminée", "persévérant", "persévérante", "tenace", "têtu", "têtue", "fort", "forte"],
            "quality": "avec tant de détermination",
            "actions": [
                "« On peut y arriver », dit {name}, sans jamais cesser d'essayer.",
                "{name} essaya encore et encore, jusqu'à ce que ça marche enfin.",
            ],
        },
    },
    "trait_intro": [
        "Tous ceux qui connaissaient {name} disaient la même chose : toujours {tp1}, et toujours {tp2}.",
        "Les voisins souriaient en voyant passer {name}, toujours {tp1} et toujours {tp2}.",
    ],
    "trait_apposition": [
        "{name}, toujours {tp}, sut tout de suite quoi faire.",
        "{name}, toujours {tp}, trouva une solution.",
        "Et {name}, toujours {tp}, n'hésita pas une seconde.",
    ],
    "home": [
        "Il était une fois, au bord d'un village tranquille, une petite maison où vivait {name}.",
        "Il n'y a pas si longtemps, dans une maison douillette à la porte rouge, vivait {name}.",
        "Dans un petit village où les rues sentaient le pain chaud vivait {name}.",
        "Il était une fois une petite maison sous un grand vieil arbre, et c'est là que vivait {name}.",
    ],
    "love": [
        "{name} adorait le chocolat chaud, les livres d'images et regarder passer les nuages.",
        "Plus que tout, {name} aimait explorer le jardin et ramasser de jolis cailloux.",
        "{name} adorait dessiner, chanter et construire des cabanes avec des coussins.",
        "{name} aimait le bruit de la pluie et l'odeur des brioches à la cannelle.",
    ],
    "home_life": [
        "Le soir, toute la famille se retrouvait pour se raconter la journée.",
        "Une chatte gourmande appelée Biscotte vivait là aussi et faisait la sieste sur le rebord de fenêtre le plus chaud.",
        "Dans cette maison, il y avait toujours une chanson et une marmite de soupe sur le feu.",
        "Par la fenêtre, {name} voyait les collines, le petit pont et le grand ciel.",
    ],
    "evening": [
        "Ce jour-là, le soleil était doux et la cuisine sentait la tarte aux pommes.",
        "C'était une journée tranquille, de celles où tout semble fredonner tout bas.",
        "Dehors, les oiseaux chantaient, et une brise légère jouait avec les rideaux.",
    ],
    "morning": [
        "Chaque matin commençait de la même façon, tout en douceur.",
        "D'abord un grand étirement et un bâillement, puis des chaussettes bien chaudes, puis le petit déjeuner.",
        "Il y avait des flocons d'avoine au miel et un bol de lait tiède.",
        "{name} aimait regarder par la fenêtre et dire bonjour au jardin.",
        "Ensuite venaient les dessins, les jeux et des tas de questions sur tout.",
    ],
    "picnic": [
        "À mi-chemin, les amis trouvèrent un coin tout doux au soleil et s'assirent pour se reposer.",
        "{friend} déballa un petit pique-nique : des tranches de pomme, du fromage et de minuscules tartines de confiture.",
        "{friend2} partagea les miettes avec un moineau très occupé.",
        "Ils s'allongèrent sur le dos et regardèrent le ciel un long moment.",
        "« C'est mon moment préféré de l'aventure », dit {name}, et tout le monde rit.",
        "Puis ils ramassèrent la moindre miette et repartirent, pleins de forces et de bonne humeur.",
    ],
    "goodnights": [
        "Bonne nuit, petite maison.",
        "Bonne nuit, {friend}, et bonne nuit, {friend2}, où que vous soyez.",
        "Bonne nuit, la lune, et bonne nuit, les petites étoiles.",
        "Bonne nuit au monde entier, si grand et si endormi.",
    ],
    "journey": [
        "L'air sentait bon, et tout autour d'eux semblait briller doucement.",
        "En chemin, {friend} raconta une histoire drôle, et {name} éclata de rire.",
        "Ils s'arrêtèrent un instant pour partager des mûres et des biscuits au miel.",
        "{friend2} montra un nuage qui ressemblait tout à fait à une théière.",
        "Leurs pas faisaient un petit bruit joyeux : pat, pat, pat.",
        "{name} fredonnait une petite chanson, et {friend} la fredonnait aussi.",
        "Tout était nouveau et merveilleux, et personne n'était pressé.",
        "De temps en temps, {name} s'arrêtait pour regarder autour, les yeux grands ouverts.",
        "« On est bientôt arrivés ? » demanda {friend}. « Presque », répondit {friend2}, « presque. »",
        "Une brise tiède passa près d'eux comme un bonjour amical.",
        "Ils choisissaient le chemin chacun leur tour : à gauche, à droite, puis tout droit.",
        "{friend2} connaissait une petite chanson de marche, et ils la chantèrent deux fois.",
        "Parfois ils marchaient vite, parfois lentement, et parfois ils s'arrêtaient simplement pour regarder.",
        "{name} compta les pas un moment, jusqu'à cent, puis oublia et se mit à rire.",
    ],
    "wonder": [
        "Tout scintillait doucement, comme l'intérieur d'un coquillage.",
        "Une lumière douce enveloppait tout, tiède comme du miel.",
        "Le monde était plein de petits bruits : un froissement ici, un tintement là.",
        "Au loin, quelque chose brilla, comme un clin d'œil d'ami.",
        "Les couleurs étaient si vives et si douces que {name} voulut s'en souvenir pour toujours.",
        "Ça sentait les fleurs, le pain frais et l'aventure.",
        "De petites lumières flottaient dans l'air comme des lucioles amicales.",
        "Tout autour d'eux semblait sourire.",
        "Tout là-haut, de petits nuages passaient comme des moutons dans un pré bleu.",
        "La lumière changeait lentement, du doré au rose, puis de nouveau au doré.",
        "Chaque petite chose semblait peinte avec soin.",
        "De minuscules étincelles dansaient dans l'air et se posaient doucement sur leurs épaules.",
    ],
    "reflect": [
        "{name} pensa : une journée entre amis, c'est la plus belle des journées.",
        "« S'entraider, ça rend tout plus facile », dit {friend2}, et tout le monde fut d'accord.",
        "{name} avait le cœur plein de fierté, de chaleur et de joie, tout à la fois.",
        "« Il faudra vivre une autre aventure bientôt », dit {friend}. « Oui, bientôt », dit {name}.",
    ],
    "ending_extra": [
        "La couverture était douce. L'oreiller était frais.",
        "Une petite veilleuse brillait dans le coin.",
        "Dehors, une chouette appela doucement : « Bonne nuit. »",
        "La maison craqua d'un petit craquement tout endormi.",
    ],
    "friend_help": [
        "{friend} accourut pour aider, et {friend2} aussi.",
        "{friend2} eut une bonne idée, et {friend} hocha la tête.",
        "Côte à côte, {name} et {friend} trouvèrent la solution.",
        "{friend} et {friend2} encourageaient {name} : « Tu peux le faire ! »",
    ],
    "friend_say": [
        "« Quelle joie que tu sois là, {name} », murmura {friend}.",
        "« Et maintenant, qu'est-ce qu'on fait ? » demanda {friend2}.",
        "« Regarde ! » dit {friend}. « Tu le vois, toi aussi ? »",
        "« Restons bien ensemble », dit {friend2} avec un sourire.",
        "« Tu sais toujours comment aider », dit {friend}.",
    ],
    "transition": [
        "Un peu plus tard, les amis arrivèrent dans un nouvel endroit.",
        "Non loin de là, autre chose les attendait.",
        "Bientôt, le chemin les mena plus loin.",
        "Puis les amis repartirent, pas à pas.",
        "Au bout d'un moment, ils s'arrêtèrent pour écouter.",
    ],
    "joy": [
        "Tout le monde applaudit doucement.",
        "Quel moment de bonheur !",
        "{friend} fit une petite danse de joie.",
        "Une douce chaleur remplit le cœur {de_name}.",
        "Et tous les amis sourirent ensemble.",
    ],
    "refrains": [
        "Pas à pas, main dans la main, tout finit par s'arranger.",
        "Petit à petit, avec un ami tout près, tout ira bien.",
        "Main dans la main et cœur contre cœur, on trouve toujours le chemin.",
    ],
    "resolution": [
        "Et voilà : ensemble, ils avaient réussi.",
        "Enfin, tout était comme il fallait.",
    ],
    "thanks": [
        "« Merci, {name} », dit {friend}. « Sans toi, nous n'y serions jamais arrivés. »",
        "Tout le monde remercia {name} avec de gros câlins tout chauds.",
    ],
    "way_home": [
        "Puis ce fut l'heure de rentrer, et le chemin du retour parut court et doux.",
        "Tandis que le ciel devenait rose et doré, {name} rentra à la maison, le cœur léger.",
        "{friend} et {friend2} raccompagnèrent {name} jusqu'à la porte.",
    ],
    "ending_home": [
        "À la maison, les lampes brillaient et le dîner était chaud.",
        "De retour à la maison, tout était calme et doux.",
    ],
    "ending_pajamas": [
        "{name} se brossa les dents, enfila un pyjama tout doux et bâilla un grand bâillement.",
        "Un bain tiède, un pyjama doux et un verre de lait.",
    ],
    "ending_bed": [
        "Puis {name} se blottit dans son lit, sous la couverture bien chaude.",
        "{name} se glissa dans son lit et remonta la couverture jusqu'au menton.",
    ],
    "ending_thoughts": [
        "{name} repensa à la journée. À {friend} et à {friend2}. À l'aventure.",
        "Quelle journée ! De si bons amis. Une fin si heureuse.",
    ],
    "ending_eyes": [
        "Les étoiles scintillaient. La maison devint silencieuse. Les paupières {de_name} se firent lourdes.",
        "Dehors, la lune souriait. Doucement, tout doucement, {name} ferma les yeux.",
    ],
    "ending_breath": [
        "On inspire, on expire. Tout doux, tout lent.",
        "Tout était calme. Tout était chaud.",
    ],
    "goodnight": [
        "Bonne nuit, {name}. Fais de beaux rêves.",
        "Dors bien, {name}. De beaux, beaux rêves.",
    ],
    "custom_titles": [
        "{name} et la merveilleuse surprise",
        "La grande petite aventure {de_name}",
        "Une journée magique pour {name}",
    ],
    "invented": {
        "names": ["Léa", "Hugo", "Chloé", "Louis", "Jade", "Noé"],
        "appearances": [
            "des cheveux roux et bouclés, un ciré jaune et un grand sourire",
            "des cheveux noirs et courts, des yeux marron et une écharpe verte",
            "de longs cheveux blonds noués d'un ruban bleu",
            "des tresses châtaines, des taches de rousseur et un pull rouge",
        ],
    },
    "generic_episodes": [
        (
            "Un petit oiseau était perché sur une branche, triste et silencieux, car son nid était tombé dans l'herbe.",
            "{name} et {friend} remirent le nid en place, et le petit oiseau chanta une chanson pour dire merci.",
        ),
        (
            "Au bord du ruisseau, une famille de canards ne trouvait pas le moyen de traverser.",
            "{name} et {friend2} posèrent une rangée de pierres plates, et les canards traversèrent en se dandinant : coin, coin.",
        ),
        (
            "Un cerf-volant était coincé tout en haut d'un arbre, et un petit lapin le regardait avec de grands yeux.",
            "{friend} grimpa, {name} montra le chemin, et le cerf-volant redescendit en flottant jusque dans les pattes du lapin.",
        ),
        (
            "Le chemin se séparait en trois, et personne ne savait lequel était le bon.",
            "{name} chercha de petites flèches peintes, et {friend2} trouva la dernière sous une feuille.",
        ),
        (
            "Un panier de pommes s'était renversé, et les pommes avaient roulé partout sur la colline.",
            "Ensemble, ils ramassèrent toutes les pommes, et il y en eut assez pour tout le monde.",
        ),
    ],
    "events": {
        "meadow": {
            "titles": ["{name} et la prairie des merveilles", "La belle aventure {de_name}"],
            "call": [
                "Un matin, quelqu'un frappa doucement à la porte.",
                "« Viens vite ! » dit une petite voix. « La prairie prépare la fête des Lanternes, et nous avons besoin d'aide ! »",
                "{name} attrapa un petit sac à dos et sortit en courant.",
            ],
            "friends": "Fino le renard et Nell le hérisson attendaient déjà près du portail.",
            "details": [
                "Les abeilles bourdonnaient de fleur en fleur.",
                "L'herbe était douce et tiède sous leurs pieds.",
                "Des papillons dansaient au-dessus des coquelicots comme de minuscules cerfs-volants.",
            ],
            "episodes": [],
            "goal_done": "Ce soir-là, toutes les lanternes de la prairie brillèrent ensemble, douces et dorées.",
        },
        "magical_forest_adventure": {
            "titles": ["{name} et la forêt qui chuchote", "{name} et les lucioles perdues"],
            "call": [
                "Un soir, une feuille lumineuse entra par la fenêtre et se posa dans la main {de_name}.",
                "Sur la feuille, de petites lettres d'argent disaient : « Les lucioles de la Forêt qui Chuchote ont perdu leur lumière. Viens vite ! »",
                "{name} enfila des bottes bien chaudes et se glissa dans le jardin, là où commençait la forêt.",
            ],
            "friends": "Près du premier arbre attendaient Pip l'écureuil et Olla, une vieille chouette très sage.",
            "details": [
                "Les arbres chuchotaient tout bas, comme s'ils se racontaient des secrets.",
                "Une mousse douce comme un tapis couvrait le sol.",
                "Quelque part, un grillon jouait de son minuscule violon.",
            ],
            "episodes": [
                (
                    "Le chemin des champignons était tout sombre, et personne ne voyait où aller.",
                    "{name} et {friend} tapotèrent doucement chaque champignon, et un à un, ils se remirent à briller.",
                ),
                (
                    "Au ruisseau, les pierres pour traverser s'étaient écartées.",
                    "{friend2} montra le chemin, {name} posa des branches sur l'eau, et tout le monde traversa sans se mouiller.",
                ),
                (
                    "Un bébé hérisson reniflait sous une fougère, car il ne retrouvait plus sa famille.",
                    "{name} suivit les toutes petites empreintes avec {friend}, et bientôt la famille hérisson fut de nouveau réunie.",
                ),
                (
                    "Au cœur de la forêt, les lucioles étaient posées sur le Vieux Chêne, endormies et éteintes.",
                    "{name} chanta la plus douce chanson de la forêt, {friend2} hulula en même temps, et les lucioles s'allumèrent comme mille lanternes.",
                ),
            ],
            "goal_done": "Toute la forêt scintillait, et le Vieux Chêne fit bruisser ses feuilles pour dire merci.",
        },
        "friendly_dragon_encounter": {
            "titles": ["{name} et le petit dragon", "{name} et les Collines des Dragons"],
            "call": [
                "Un matin ensoleillé, {name} trouva dans le jardin un petit dragon vert qui éternuait des bulles.",
                "« Je me suis perdu », dit le petit dragon timidement, « et je ne retrouve plus le chemin des Collines des Dragons. »",
                "« Ne t'inquiète pas », dit {name}. « Nous allons le retrouver ensemble. »",
            ],
            "friends": "Le dragon s'appelait Fumi, et Tilda, une gentille chèvre de montagne, arriva en trottant.",
            "details": [
                "Les collines étaient vertes et rondes, comme des géants endormis sous une couverture douce.",
                "Une cascade brillait au soleil et chantait une chanson pleine d'éclaboussures.",
                "Les écailles de Fumi brillaient comme de petites pièces d'émeraude.",
            ],
            "episodes": [
                (
                    "D'abord, ils arrivèrent devant une large rivière, et les ailes de Fumi étaient encore trop petites pour la traverser en volant.",
                    "{name} trouva un tronc tombé, {friend2} le testa de ses sabots prudents, et tous traversèrent ensemble.",
                ),
                (
                    "Sur une colline, Fumi voulut souffler une petite flamme pour allumer une lanterne, mais seules des bulles sortirent.",
                    "{name} fit rire Fumi, et avec un joyeux gloussement sortit une étincelle dorée qui alluma la lanterne.",
                ),
                (
                    "Un gros rocher rond avait roulé en travers du petit sentier.",
                    "{friend2} poussa, {friend} battit des ailes, {name} compta « un, deux, trois », et le rocher roula sur le côté.",
                ),
                (
                    "En haut des collines, les familles de dragons cherchaient partout et appelaient Fumi.",
                    "{name} leva bien haut la lanterne allumée, et bientôt Fumi reçut un gros câlin de dragon, tout chaud.",
                ),
            ],
            "goal_done": "Les dragons dansèrent dans le ciel, et leurs étincelles dessinèrent des étoiles dorées au-dessus des collines.",
        },
        "underwater_treasure_hunt": {
            "titles": ["{name} et la perle de la mer", "La chasse au trésor sous-marine {de_name}"],
            "call": [
                "Sur la plage, {name} trouva une bouteille avec une vieille carte roulée à l'intérieur.",
                "La carte montrait un coffre contenant la Perle des Berceuses, la perle qui chante pour endormir la mer.",
                "Une bulle magique entoura la tête {de_name}, et {name} put respirer sous l'eau comme un poisson.",
            ],
            "friends": "Tula, une vieille tortue de mer, et Bips, un petit poisson orange, vinrent les guider.",
            "details": [
                "Les rayons du soleil dansaient dans l'eau comme de longs rubans dorés.",
                "Un banc de petits poissons passa en scintillant et en riant.",
                "Le sable était blanc et doux, parsemé de coquillages roses et violets.",
            ],
            "episodes": [
                (
                    "Le premier indice était caché dans une forêt d'algues hautes qui se balançaient, où tout se ressemblait.",
                    "{name} suivit avec {friend2} une traînée de bulles argentées, et le chemin mena tout droit à l'indice suivant.",
                ),
                (
                    "Une pieuvre timide gardait la clé du coffre et se cachait derrière un rocher.",
                    "{name} fit coucou à la pieuvre timide, {friend} lui parla gentiment, et la pieuvre sourit et tendit la clé.",
                ),
                (
                    "Un bernard-l'ermite était triste, car sa coquille était devenue trop petite.",
                    "{name} et {friend2} trouvèrent dans le sable une coquille plus grande et plus rose, et le bernard-l'ermite s'y installa, ravi.",
                ),
                (
                    "Enfin, le coffre au trésor apparut, mais son couvercle était coincé par le sable.",
                    "{name} balaya le sable, {friend} poussa un peu, et dans le coffre brillait la Perle des Berceuses, comme la lune.",
                ),
            ],
            "goal_done": "La perle se mit à fredonner, et toute la mer écouta sa douce chanson endormie.",
        },
        "cloud_castle_journey": {
            "titles": ["{name} et le château dans les nuages", "{name} et le pont arc-en-ciel"],
            "call": [
                "Un après-midi, un nuage tout moelleux descendit dans le jardin et s'arrêta à côté {de_name}.",
                "Une petite voix appela du nuage : « Le Château des Nuages a perdu son arc-en-ciel. Veux-tu nous aider à le retrouver ? »",
                "{name} grimpa sur le nuage, et ils montèrent, montèrent, montèrent.",
            ],
            "friends": "Nimbo, un mouton-nuage doux comme du coton, et Stella, une hirondelle bleue, étaient du voyage.",
            "details": [
                "Là-haut, tout était blanc et doux, comme un oreiller géant.",
                "Les tours du château brillaient rose et or au soleil.",
                "Tout en bas, les maisons ressemblaient à de minuscules jouets.",
            ],
            "episodes": [
                (
                    "Les marches de nuage qui menaient au château rebondissaient tellement que personne ne pouvait les monter.",
                    "{name} grimpa les marches moelleuses en sautillant comme un lapin, et {friend} suivit en riant.",
                ),
                (
                    "Un vent joueur avait dispersé les petits moutons-nuages dans tout le ciel.",
                    "{name} siffla un air doux, {friend2} vola en cercles, et un à un, les moutons-nuages rentrèrent.",
                ),
                (
                    "Les couleurs de l'arc-en-ciel étaient tombées dans une flaque, toutes mélangées et grises.",
                    "{name} tria les couleurs de l'arc-en-ciel, rouge, orange, jaune, vert, bleu et violet, et {friend} tint chacune comme un ruban.",
                ),
                (
                    "À la porte du château, un gardien de nuage à moitié endormi posa une devinette : « Qu'est-ce qui grandit quand on le partage ? »",
                    "{name} trouva la réponse à la devinette, « Un sourire ! », et la porte du château s'ouvrit en grinçant joyeusement.",
                ),
            ],
            "goal_done": "L'arc-en-ciel traversa de nouveau le ciel, et la Reine des Nuages rit de joie.",
        },
        "time_travel_mission": {
            "titles": ["{name} et l'horloge dorée", "Le voyage dans le temps {de_name}"],
            "call": [
                "Un après-midi de pluie, {name} découvrit une petite porte derrière la bibliothèque.",
                "Derrière se trouvait une tour de l'horloge pleine d'engrenages dorés, et la grande horloge s'était arrêtée.",
                "« Les secondes dorées qui la font marcher sont éparpillées à travers le temps », soupira une voix parmi les engrenages.",
            ],
            "friends": "Là se tenait le professeur Tock, un vieil horloger, avec Tick, sa souris mécanique.",
            "details": [
                "Les engrenages tournaient lentement avec un ronron grave et amical.",
                "Le temps tourbillonnait autour d'eux comme des rubans de couleur.",
                "Chaque seconde dorée brillait comme une petite pièce.",
            ],
            "episodes": [
                (
                    "Hop ! Ils atterrirent parmi de très hautes fougères, où un bébé dinosaure cherchait sa maman.",
                    "{name} et {friend} suivirent les grosses empreintes rondes, et la maman dinosaure, toute contente, leur offrit une seconde dorée.",
                ),
                (
                    "Ensuite, ils arrivèrent à une fête de château d'il y a très longtemps, où le boulanger avait perdu la cloche qui appelait tout le monde au festin.",
                    "{name} entendit un ding sous un tas de foin, {friend} dégagea la cloche, et le boulanger leur donna une autre seconde dorée.",
                ),
                (
                    "Puis ils visitèrent une ville du futur, où un petit robot ne savait pas comment se faire des amis.",
                    "{name} apprit au robot à faire coucou et à sourire, et le robot, radieux, leur tendit une seconde dorée.",
                ),
                (
                    "De retour dans la tour, il fallait remettre les secondes dorées dans l'horloge, dans le bon ordre.",
                    "{name} compta avec soin, {friend2} tourna la grosse clé, et l'horloge se remit à faire tic-tac, tic-tac.",
                ),
            ],
            "goal_done": "La grande horloge sonna doucement, et le temps tout entier fut de nouveau heureux.",
        },
        "space_exploration": {
            "titles": ["{name} et la petite étoile perdue", "Le voyage {de_name} vers les étoiles"],
            "call": [
                "Une nuit, {name} vit une petite étoile tomber doucement dans le jardin, en clignotant tristement.",
                "« Je suis tombée du ciel », dit l'étoile, « et je ne retrouve plus mon chemin. »",
                "La vieille fusée en carton {de_name} se mit à briller, et ses moteurs commencèrent à ronronner.",
            ],
            "friends": "Zuzu, la lapine de la lune, et Bip, un gentil petit robot, montèrent à bord.",
            "details": [
                "Les planètes passaient en flottant comme des ballons de toutes les couleurs.",
                "L'espace était calme et bleu profond, saupoudré d'argent.",
                "Par le hublot, la Terre ressemblait à une bille bleue et verte.",
            ],
            "episodes": [
                (
                    "Sur la Lune, la fusée avait besoin de carburant, et le seul carburant, c'était le clair de lune.",
                    "{name} et {friend} récoltèrent du clair de lune dans des pots de confiture, et la fusée ronronna de bonheur.",
                ),
                (
                    "Près d'une grosse planète à anneaux, la fusée se prit dans les anneaux scintillants.",
                    "{name} pilota lentement, {friend2} bipa les directions, et ils glissèrent dehors comme sur un toboggan.",
                ),
                (
                    "Une comète passa en trombe avec la queue tout emmêlée.",
                    "{name} peigna la queue de la comète avec de la lumière d'étoile jusqu'à ce qu'elle soit lisse et argentée.",
                ),
                (
                    "Enfin, ils trouvèrent la place vide dans le ciel où vivait la petite étoile.",
                    "{name} souleva doucement l'étoile, {friend} la poussa un peu, et l'étoile reprit sa place en scintillant.",
                ),
            ],
            "goal_done": "Tout le ciel se mit à scintiller, comme si toutes les étoiles disaient merci.",
        },
        "miniature_world_discovery": {
            "titles": ["{name} et le monde minuscule", "{name} au pays des toutes petites choses"],
            "call": [
                "Dans le jardin, {name} trouva un minuscule gland doré qui brillait au soleil.",
                "Quand {name} le toucha, le monde devint de plus en plus grand, jusqu'à ce que les brins d'herbe soient aussi hauts que des arbres.",
                "Une petite voix dit : « Bonjour ! Voici le Monde Minuscule ! Nous avons besoin d'aide pour préparer la fête de la Rosée. »",
            ],
            "friends": "Lilli la coccinelle et Momo, un escargot lent mais très sage, vinrent dire bonjour.",
            "details": [
                "Un bourdon passa en vrombissant comme un avion tout duveteux.",
                "Les fleurs étaient aussi grandes que des parapluies.",
                "Chaque caillou ressemblait à une montagne.",
            ],
            "episodes": [
                (
                    "Une flaque aussi large qu'un lac barrait le chemin.",
                    "{name} fabriqua un bateau avec une feuille, {friend} tint la barre, et ils traversèrent la flaque géante.",
                ),
                (
                    "Une file de fourmis essayait de porter une myrtille grosse comme un ballon.",
                    "{name} aida les fourmis à rouler leur myrtille géante jusque chez elles, et elles applaudirent de leurs petites voix.",
                ),
                (
                    "La lanterne de Momo pour la fête avait roulé sous une pâquerette.",
                    "{name} se glissa sous une pâquerette et rapporta la lanterne perdue de Momo, et {friend2} dit merci, très lentement.",
                ),
                (
                    "Les gouttes de rosée brillantes pour la fête pendaient tout en haut d'un grand brin d'herbe.",
                    "{name} grimpa avec prudence, {friend} volait à côté, et ensemble ils redescendirent les gouttes de rosée.",
                ),
            ],
            "goal_done": "Ce soir-là, les gouttes de rosée brillèrent comme des lanternes, et tout le Monde Minuscule dansa.",
        },
        "weather_wizard_training": {
            "titles": ["{name} et la magicienne du temps", "Le premier arc-en-ciel {de_name}"],
            "call": [
                "Un matin, le vent apporta une lettre : « {name}, viens apprendre la magie du temps qu'il fait ! »",
                "Une échelle de nuages menait à une tour ronde pleine de bocaux de soleil, de flocons de neige et de petits vents.",
                "« Aujourd'hui, tu vas apprendre comment marche la météo », dit une voix chaleureuse tout en haut.",
            ],
            "friends": "Là attendaient Mamie Nimbus, une gentille magicienne du temps, et Puff, un chaton-nuage.",
            "details": [
                "Les bocaux de soleil brillaient sur les étagères comme du miel.",
                "De petits vents sifflaient dans leurs bouteilles en attendant de sortir.",
                "Des flocons de neige flottaient dans l'air, légers comme des plumes.",
            ],
            "episodes": [
                (
                    "Les fleurs de la vallée avaient soif et baissaient la tête.",
                    "{name} fit tourner une petite pluie fine dans un bocal de nuages, et les fleurs relevèrent la tête.",
                ),
                (
                    "Un petit nuage d'orage grondait dans un coin, de très mauvaise humeur.",
                    "{name} joua à la balle avec un petit nuage grognon, {friend} ronronna, et le nuage rit si fort qu'il plut des étincelles.",
                ),
                (
                    "Les enfants du village rêvaient de neige, mais les flocons sortaient tout cabossés.",
                    "{name} découpa chaque flocon de neige avec soin, et {friend2} les souffla doucement vers le village.",
                ),
                (
                    "Pour la dernière leçon, {name} devait faire un arc-en-ciel.",
                    "{name} mélangea un peu de soleil et un peu de pluie, {friend} agita sa queue, et un arc-en-ciel couvrit la vallée.",
                ),
            ],
            "goal_done": "Mamie Nimbus applaudit : « {name}, tu connais maintenant la vraie magie du temps ! »",
        },
        "animal_language_learning": {
            "titles": ["{name} et les animaux qui parlent", "{name} apprend la langue des animaux"],
            "call": [
                "Un matin, une plume blanche descendit en flottant et se posa sur le nez {de_name}.",
                "Tout à coup, {name} comprenait tout ce que disaient les animaux !",
                "« Bonjour ! » cancana un canard. « Tu veux bien nous aider ? La prairie a besoin de toi ! »",
            ],
            "friends": "Mira la lapine et Gus, une oie très bavarde, montrèrent le chemin de la grande prairie.",
            "details": [
                "La prairie sentait le trèfle et le foin tiède.",
                "Partout, on entendait des chuchotements, des gazouillis et de petits cris joyeux.",
                "Une vache dit « meuh » pour saluer, et {name} répondit « meuh » à son tour.",
            ],
            "episodes": [
                (
                    "Maman Cane était inquiète, car chaque fois qu'elle comptait ses canetons, elle trouvait un nombre différent.",
                    "{name} aligna les canetons et les compta avec Maman Cane : un, deux, trois, quatre, cinq. Tout le monde était là !",
                ),
                (
                    "Les abeilles ne retrouvaient plus le chemin de la ruche.",
                    "{name} demanda aux fleurs, {friend} renifla l'air, et bientôt les abeilles rentrèrent en bourdonnant joyeusement.",
                ),
                (
                    "Le vieux chien Bruno ne se rappelait plus où il avait enterré sa balle préférée.",
                    "{name} demanda à la vieille taupe très sage, et {friend2} cria de joie quand la balle de Bruno réapparut sous le pommier.",
                ),
                (
                    "Le soir, les moutons n'arrivaient pas à s'endormir, car il y avait beaucoup trop de bruit dans la prairie.",
                    "{name} demanda à tout le monde de chuchoter, et {friend} compta les étoiles jusqu'à ce que les moutons ronflent doucement.",
                ),
            ],
            "goal_done": "Tous les animaux se rassemblèrent autour {de_name} et dirent merci, chacun dans sa langue.",
        },
        "dream_world_adventure": {
            "titles": ["{name} au pays des rêves", "{name} et la clé des beaux rêves"],
            "call": [
                "Une nuit, juste avant de dormir, l'oreiller {de_name} se mit à briller doucement.",
                "Une porte d'argent s'ouvrit dans le mur, et derrière elle s'étendait le Pays des Rêves.",
                "« La Clé des Rêves est perdue », chuchota une petite voix. « Sans elle, aucun beau rêve ne peut sortir cette nuit ! »",
            ],
            "friends": "Luma, un papillon de nuit lumineux, et Oli, une douce baleine-nuage, vinrent aider.",
            "details": [
                "Ici, tout flottait : des îles, des tasses de thé et même une petite maison.",
                "Le ciel était violet et rose, comme un coucher de soleil qui a sommeil.",
                "Une musique douce flottait dans l'air.",
            ],
            "episodes": [
                (
                    "L'escalier vers le ciel des rêves était fait d'oreillers, et il n'arrêtait pas de vaciller.",
                    "{name} passa d'oreiller en oreiller d'un pas léger, et {friend} éclaira chaque marche.",
                ),
                (
                    "Au Lac des Étoiles, les étoiles étaient tombées dans l'eau et ne pouvaient plus en sortir.",
                    "{name} sortit doucement les étoiles du lac, et {friend2} les renvoya dans le ciel d'un grand souffle tout doux.",
                ),
                (
                    "Dans le Jardin des Pensées, chaque pensée heureuse devenait une fleur, mais le jardin était vide.",
                    "{name} pensa aux câlins, au chocolat chaud et aux amis, et le jardin se couvrit de mille fleurs de toutes les couleurs.",
                ),
                (
                    "Au cœur de la fleur la plus brillante reposait la Clé des Rêves, qui fredonnait un air doux.",
                    "{name} prit la clé avec soin et ouvrit la porte d'argent, et les beaux rêves s'envolèrent comme des papillons.",
                ),
            ],
            "goal_done": "Partout dans le monde, les enfants sourirent dans leur sommeil, car les beaux rêves les avaient trouvés.",
        },
    },
}

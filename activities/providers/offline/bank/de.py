"""German story material (Präteritum, the usual tense of German bedtime stories)."""

BANK = {
    "quotes": ("„", "“"),
    "intensifier": "so",
    "traits": {
        "brave": {
            "forms": ["mutig", "tapfer", "kühn", "furchtlos"],
            "quality": "so mutig",
            "actions": [
                "{name} holte tief Luft und machte den ersten Schritt.",
                "Der Weg sah schwierig aus, aber {name} ging voran und reichte den anderen die Hand.",
            ],
        },
        "kind": {
            "forms": ["lieb", "nett", "gütig", "herzlich", "liebevoll", "warmherzig", "gutherzig"],
            "quality": "so lieb",
            "actions": [
                "{name} kniete sich hin und fragte leise: „Ist alles gut bei dir?“",
                "{name} verteilte warme Umarmungen und liebe Worte.",
            ],
        },
        "curious": {
            "forms": ["neugierig", "wissbegierig"],
            "quality": "so neugierig",
            "actions": [
                "{name} beugte sich ganz nah heran, den Kopf voller Fragen.",
                "„Was das wohl ist?“, fragte sich {name} und schaute hinter jede Ecke.",
            ],
        },
        "clever": {
            "forms": ["klug", "schlau", "clever", "gescheit", "weise", "pfiffig"],
            "quality": "so klug",
            "actions": [
                "{name} dachte Schritt für Schritt nach und fand die Lösung.",
                "{name} entdeckte einen kleinen Hinweis, den alle anderen übersehen hatten.",
            ],
        },
        "funny": {
            "forms": ["lustig", "witzig", "verspielt", "albern", "komisch"],
            "quality": "so lustig",
            "actions": [
                "{name} schnitt eine so lustige Grimasse, dass alle kichern mussten.",
                "{name} erzählte einen Witz, und die Sorge verwandelte sich in Lachen.",
            ],
        },
        "gentle": {
            "forms": ["sanft", "zart", "behutsam", "sanftmütig"],
            "quality": "so sanft",
            "actions": [
                "{name} bewegte sich ganz langsam und sprach mit der sanftesten Stimme.",
                "Mit behutsamen Händen half {name}, wo Hilfe gebraucht wurde.",
            ],
        },
        "creative": {
            "forms": ["kreativ", "fantasievoll", "phantasievoll", "einfallsreich", "verträumt", "erfinderisch"],
            "quality": "so fantasievoll",
            "actions": [
                "{name} hatte eine Idee, auf die sonst niemand gekommen wäre.",
                "{name} machte aus ein paar ganz einfachen Dingen etwas Wunderbares.",
            ],
        },
        "patient": {
            "forms": ["geduldig"],
            "quality": "so geduldig",
            "actions": [
                "{name} wartete still und versuchte es wieder und wieder, ohne zu jammern.",
                "{name} zählte langsam bis zehn und gab nicht auf.",
            ],
        },
        "cheerful": {
            "forms": ["fröhlich", "glücklich", "heiter", "froh", "optimistisch", "gut gelaunt"],
            "quality": "so fröhlich",
            "actions": [
                "{name} lächelte so strahlend, dass es allen gleich besser ging.",
                "{name} summte ein fröhliches Lied, und bald summten alle mit.",
            ],
        },
        "generous": {
            "forms": ["großzügig", "freigiebig"],
            "quality": "so großzügig",
            "actions": [
                "{name} teilte gern den letzten Honigkeks.",
                "{name} verschenkte einen glitzernden Schatz, ohne lange zu überlegen.",
            ],
        },
        "helpful": {
            "forms": ["hilfsbereit", "fleißig"],
            "quality": "so hilfsbereit",
            "actions": [
                "{name} krempelte die Ärmel hoch und sagte: „Ich helfe euch!“",
                "{name} trug, hob und holte, bis alles geschafft war.",
            ],
        },
        "calm": {
            "forms": ["ruhig", "gelassen", "besonnen", "nachdenklich", "still"],
            "quality": "so ruhig",
            "actions": [
                "{name} blieb ruhig, atmete dreimal langsam und schaute noch einmal hin.",
                "Mit ruhiger Stimme sagte {name}: „Das schaffen wir zusammen.“",
            ],
        },
        "adventurous": {
            "forms": ["abenteuerlustig", "wagemutig", "unternehmungslustig"],
            "quality": "so abenteuerlustig",
            "actions": [
                "{name} grinste und sagte: „Lasst uns nachsehen, was dort drüben ist!“",
                "{name} kletterte ganz nach oben, um den ganzen Weg zu sehen.",
            ],
        },
        "friendly": {
            "forms": ["freundlich", "gesellig", "treu", "kontaktfreudig"],
            "quality": "so freundlich",
            "actions": [
                "{name} winkte und grüßte alle, die des Weges kamen.",
                "{name} fand im Handumdrehen einen neuen Freund.",
            ],
        },
        "shy": {
            "forms": ["schüchtern", "zurückhaltend", "scheu"],
            "quality": "so schüchtern",
            "actions": [
                "Zuerst war {name} ein bisschen schüchtern, dann flüsterte {name} ein kleines, mutiges „Hallo“.",
                "Leise, fast schüchtern, trat {name} näher, um zu helfen.",
            ],
        },
        "determined": {
            "forms": ["entschlossen", "beharrlich", "hartnäckig", "stark", "ausdauernd", "willensstark"],
            "quality": "so entschlossen",
            "actions": [
                "„Wir schaffen das“, sagte {name} und hörte nicht auf, es zu versuchen.",
                "Immer wieder versuchte es {name}, bis es endlich klappte.",
            ],
        },
    },
    "trait_intro": [
        "Alle, die {name} kannten, sagten dasselbe: immer {tp1} und immer {tp2}.",
        "Die Nachbarn lächelten, wenn sie {name} sahen, immer {tp1} und immer {tp2}.",
    ],
    "trait_apposition": [
        "{name}, immer {tp}, wusste sofort, was zu tun war.",
        "{name}, immer {tp}, fand einen Weg.",
        "Und {name}, immer {tp}, zögerte keinen Augenblick.",
    ],
    "home": [
        "Es war einmal ein kleines Haus am Rand eines stillen Dorfes, und darin wohnte {name}.",
        "Vor nicht allzu langer Zeit wohnte {name} in einem gemütlichen Haus mit einer roten Tür.",
        "In einem kleinen Städtchen, in dem die Straßen nach frischem Brot dufteten, wohnte {name}.",
        "Es war einmal ein kleines Haus unter einem großen alten Baum, und dort wohnte {name}.",
    ],
    "love": [
        "{name} liebte warmen Kakao und Bilderbücher und schaute gern den Wolken nach.",
        "Am allerliebsten erkundete {name} den Garten und sammelte hübsche Steine.",
        "{name} malte gern, sang gern und baute gern Höhlen aus Kissen.",
        "{name} liebte das Prasseln des Regens und den Duft von Zimtschnecken.",
    ],
    "home_life": [
        "Abends saß die ganze Familie zusammen und erzählte sich von ihrem Tag.",
        "Dort wohnte auch eine verschlafene Katze namens Keks, die am liebsten auf dem wärmsten Fensterbrett lag.",
        "In diesem Haus gab es immer ein Lied und einen Topf Suppe auf dem Herd.",
        "Aus dem Fenster konnte {name} die Hügel sehen, die kleine Brücke und den großen Himmel.",
    ],
    "evening": [
        "An diesem Tag schien die Sonne warm, und die Küche duftete nach Apfelkuchen.",
        "Es war ein sanfter Tag, einer von denen, an denen alles leise summt.",
        "Draußen sangen die Vögel, und ein sanfter Wind spielte mit den Vorhängen.",
    ],
    "morning": [
        "Jeder Morgen begann auf dieselbe gemütliche Weise.",
        "Zuerst kam ein großes Strecken und Gähnen, dann kamen warme Socken und dann das Frühstück.",
        "Es gab Haferbrei mit Honig und eine Tasse warme Milch.",
        "{name} schaute gern aus dem Fenster und wünschte dem Garten einen guten Morgen.",
        "Danach wurde gemalt, gespielt und ganz viel über alles Mögliche gefragt.",
    ],
    "picnic": [
        "Auf halbem Weg fanden die Freunde ein weiches, sonniges Plätzchen und setzten sich, um auszuruhen.",
        "{friend} packte ein kleines Picknick aus: Apfelschnitze, Käse und winzige Marmeladenbrote.",
        "{friend2} teilte die Krümel mit einem fleißigen Spatz.",
        "Sie legten sich auf den Rücken und schauten eine ganze Weile in den Himmel.",
        "„Das ist mein Lieblingsteil von diesem Abenteuer“, sagte {name}, und alle lachten.",
        "Dann packten sie jeden Krümel ein und gingen weiter, gestärkt und fröhlich.",
    ],
    "goodnights": [
        "Gute Nacht, kleines Haus.",
        "Gute Nacht, {friend}, und gute Nacht, {friend2}, wo immer ihr gerade seid.",
        "Gute Nacht, Mond, und gute Nacht, ihr kleinen Sterne.",
        "Gute Nacht, du ganze weite, müde Welt.",
    ],
    "journey": [
        "Die Luft duftete süß, und alles um sie herum schien sanft zu leuchten.",
        "Unterwegs erzählte {friend} eine lustige Geschichte, und {name} lachte laut.",
        "Sie hielten kurz an und teilten Beeren und Honigkekse miteinander.",
        "{friend2} zeigte auf eine Wolke, die genau wie eine Teekanne aussah.",
        "Ihre Schritte machten ein leises, fröhliches Geräusch: tapp, tapp, tapp.",
        "{name} summte ein kleines Lied, und {friend} summte mit.",
        "Alles war neu und wunderbar, und niemand hatte es eilig.",
        "Ab und zu blieb {name} stehen und schaute sich mit großen Augen um.",
        "„Sind wir bald da?“, fragte {friend}. „Fast“, sagte {friend2}, „fast.“",
        "Ein warmer Wind strich an ihnen vorbei wie ein freundliches Hallo.",
        "Abwechselnd suchten sie den Weg aus: links, rechts und dann geradeaus.",
        "{friend2} kannte ein kurzes Wanderlied, und sie sangen es zweimal hintereinander.",
        "Mal gingen sie schnell, mal langsam, und manchmal blieben sie einfach stehen und schauten.",
        "{name} zählte eine Weile die Schritte, bis hundert, vergaß dann die Zahl und lachte.",
    ],
    "wonder": [
        "Alles schimmerte sanft, wie das Innere einer Muschel.",
        "Ein sanftes Licht lag über allem, warm wie Honig.",
        "Die Welt war voller kleiner Geräusche: hier ein Rascheln, dort ein Klingeln.",
        "In der Ferne funkelte etwas, wie das Zwinkern eines Freundes.",
        "Die Farben waren so leuchtend und so weich, dass {name} sie für immer behalten wollte.",
        "Es duftete nach Blumen, nach frischem Brot und nach Abenteuer.",
        "Kleine Lichter schwebten in der Luft wie freundliche Glühwürmchen.",
        "Alles um sie herum schien zu lächeln.",
        "Hoch oben zogen ein paar kleine Wolken vorbei wie Schafe auf einer blauen Wiese.",
        "Das Licht veränderte sich langsam, von Gold zu Rosa und wieder zu Gold.",
        "Jedes kleine Ding sah aus, als hätte es jemand mit viel Liebe gemalt.",
        "Winzige Funken tanzten in der Luft und ließen sich sanft auf ihren Schultern nieder.",
    ],
    "reflect": [
        "{name} dachte: Ein Tag mit Freunden ist der allerschönste Tag.",
        "„Wenn man sich gegenseitig hilft, wird alles leichter“, sagte {friend2}, und alle nickten.",
        "{name} war stolz, warm und glücklich, alles auf einmal.",
        "„Lass uns bald wieder ein Abenteuer erleben“, sagte {friend}. „Ja, bald“, sagte {name}.",
    ],
    "ending_extra": [
        "Die Decke war weich. Das Kissen war kühl.",
        "Ein kleines Nachtlicht leuchtete in der Ecke.",
        "Draußen rief eine Eule leise: „Gute Nacht.“",
        "Das Haus knarrte ein sanftes, müdes Knarren.",
    ],
    "friend_help": [
        "{friend} eilte herbei, um zu helfen, und {friend2} kam auch.",
        "{friend2} hatte eine gute Idee, und {friend} nickte fröhlich.",
        "Seite an Seite fanden {name} und {friend} eine Lösung.",
        "{friend} und {friend2} feuerten {name} an: „Du schaffst das!“",
    ],
    "friend_say": [
        "„Wie schön, dass du da bist, {name}“, flüsterte {friend}.",
        "„Was machen wir jetzt?“, fragte {friend2}.",
        "„Schau mal!“, rief {friend}. „Siehst du das auch?“",
        "„Lasst uns ganz nah zusammenbleiben“, sagte {friend2} lächelnd.",
        "„Du weißt immer, wie man hilft“, sagte {friend}.",
    ],
    "transition": [
        "Ein bisschen später kamen die Freunde an einen neuen Ort.",
        "Nicht weit entfernt wartete schon etwas anderes auf sie.",
        "Bald führte der Weg sie weiter.",
        "Dann gingen die Freunde weiter, Schritt für Schritt.",
        "Nach einer Weile blieben sie stehen und lauschten.",
    ],
    "joy": [
        "Alle jubelten leise und klatschten.",
        "Was für ein glücklicher Moment!",
        "{friend} machte einen kleinen Freudentanz.",
        "Ein warmes, leuchtendes Gefühl erfüllte {name_gen} Herz.",
        "Und alle Freunde lächelten zusammen.",
    ],
    "refrains": [
        "Schritt für Schritt und Hand in Hand, alles wird gut.",
        "Nach und nach, mit einem Freund ganz nah, wird alles gut.",
        "Hand in Hand und Herz an Herz finden wir immer den Weg.",
    ],
    "resolution": [
        "Und so hatten sie es gemeinsam geschafft.",
        "Endlich war alles so, wie es sein sollte.",
    ],
    "thanks": [
        "„Danke, {name}“, sagte {friend}. „Ohne dich hätten wir es nicht geschafft.“",
        "Alle bedankten sich bei {name} mit großen, warmen Umarmungen.",
    ],
    "way_home": [
        "Dann war es Zeit, nach Hause zu gehen, und der Rückweg war kurz und gemütlich.",
        "Als der Himmel rosa und golden wurde, ging {name} mit einem fröhlichen Herzen nach Hause.",
        "{friend} und {friend2} brachten {name} bis zur Haustür.",
    ],
    "ending_home": [
        "Zu Hause leuchteten die Lampen, und das Abendessen war warm.",
        "Zurück zu Hause war alles still und weich.",
    ],
    "ending_pajamas": [
        "{name} putzte die Zähne, zog einen kuscheligen Schlafanzug an und gähnte ganz groß.",
        "Ein warmes Bad, ein weicher Schlafanzug und ein Glas Milch.",
    ],
    "ending_bed": [
        "Dann kuschelte sich {name} ins Bett, unter die warme Decke.",
        "{name} kletterte ins Bett und zog die Decke bis unters Kinn.",
    ],
    "ending_thoughts": [
        "{name} dachte an den Tag. An {friend} und an {friend2}. An das Abenteuer.",
        "Was für ein Tag. So gute Freunde. So ein glückliches Ende.",
    ],
    "ending_eyes": [
        "Die Sterne funkelten. Das Haus wurde still. {name_gen} Augen wurden schwer.",
        "Draußen lächelte der Mond. Langsam, ganz langsam fielen {name} die Augen zu.",
    ],
    "ending_breath": [
        "Einatmen, ausatmen. Sanft und langsam.",
        "Alles war ruhig. Alles war warm.",
    ],
    "goodnight": [
        "Gute Nacht, {name}. Schlaf schön.",
        "Schlaf gut, {name}. Träum etwas Schönes.",
    ],
    "custom_titles": [
        "{name} und die wunderbare Überraschung",
        "{name_gen} großes kleines Abenteuer",
        "Ein zauberhafter Tag für {name}",
    ],
    "invented": {
        "names": ["Emma", "Paul", "Mia", "Jonas", "Lina", "Felix"],
        "appearances": [
            "rote Locken, eine gelbe Regenjacke und ein breites Lächeln",
            "kurze schwarze Haare, braune Augen und ein grüner Schal",
            "lange blonde Haare mit einer blauen Schleife",
            "braune Zöpfe, Sommersprossen und ein roter Pullover",
        ],
    },
    "generic_episodes": [
        (
            "Ein kleiner Vogel saß traurig und still auf einem Ast, denn sein Nest war ins Gras gefallen.",
            "{name} und {friend} hoben das Nest wieder hinauf, und der kleine Vogel sang ein Danke-Lied.",
        ),
        (
            "Am Bach fand eine Entenfamilie keinen Weg hinüber.",
            "{name} und {friend2} legten eine Reihe flacher Steine, und die Enten watschelten hinüber: quak, quak.",
        ),
        (
            "Ein Papierdrachen hing hoch oben in einem Baum fest, und ein kleiner Hase schaute mit großen Augen hinauf.",
            "{friend} kletterte, {name} zeigte den Weg, und der Papierdrachen schwebte hinunter in die Pfoten des Hasen.",
        ),
        (
            "Der Weg teilte sich in drei, und niemand wusste, welcher der richtige war.",
            "{name} suchte nach kleinen gemalten Pfeilen, und {friend2} fand den letzten unter einem Blatt.",
        ),
        (
            "Ein Korb Äpfel war umgekippt, und die Äpfel waren über den ganzen Hügel gerollt.",
            "Gemeinsam sammelten sie jeden einzelnen Apfel ein, und es waren genug für alle da.",
        ),
    ],
    "events": {
        "meadow": {
            "titles": ["{name} und die Wunderwiese", "{name_gen} sonniges Abenteuer"],
            "call": [
                "Eines Morgens klopfte es leise an der Tür.",
                "„Komm schnell!“, rief eine kleine Stimme. „Die Wiese bereitet das Laternenfest vor, und wir brauchen Hilfe!“",
                "{name} schnappte sich einen kleinen Rucksack und lief hinaus.",
            ],
            "friends": "Fino, der Fuchs, und Nell, ein kleiner Igel, warteten schon am Gartentor.",
            "details": [
                "Bienen summten von Blüte zu Blüte.",
                "Das Gras war weich und warm unter ihren Füßen.",
                "Schmetterlinge tanzten über dem Mohn wie winzige Papierdrachen.",
            ],
            "episodes": [],
            "goal_done": "An diesem Abend leuchteten alle Laternen der Wiese zusammen, sanft und golden.",
        },
        "magical_forest_adventure": {
            "titles": ["{name} und der Flüsterwald", "{name} und die verlorenen Glühwürmchen"],
            "call": [
                "Eines Abends schwebte ein leuchtendes Blatt zum Fenster herein und landete in {name_gen} Hand.",
                "Auf dem Blatt stand in winzigen Silberbuchstaben: „Die Glühwürmchen im Flüsterwald haben ihr Licht verloren. Bitte komm!“",
                "{name} zog warme Stiefel an und schlüpfte in den Garten, dorthin, wo der Wald begann.",
            ],
            "friends": "Am ersten Baum warteten schon Pip, das Eichhörnchen, und Olla, eine weise alte Eule.",
            "details": [
                "Die Bäume flüsterten leise, als würden sie sich Geheimnisse erzählen.",
                "Moos, weich wie ein Teppich, bedeckte den Boden.",
                "Irgendwo spielte eine Grille auf ihrer winzigen Geige.",
            ],
            "episodes": [
                (
                    "Der Pilzpfad war dunkel, und niemand konnte den Weg sehen.",
                    "{name} und {friend} tippten jeden Pilz sanft an, und einer nach dem anderen fing wieder an zu leuchten.",
                ),
                (
                    "Am Bach waren die Trittsteine auseinandergetrieben.",
                    "{friend2} zeigte den Weg, {name} legte Äste über das Wasser, und alle kamen hinüber, ohne nass zu werden.",
                ),
                (
                    "Ein Igelbaby saß schniefend unter einem Farn, denn es fand seine Familie nicht mehr.",
                    "{name} folgte mit {friend} den winzigen Spuren, und bald kuschelte sich die Igelfamilie wieder aneinander.",
                ),
                (
                    "Mitten im Wald saßen die Glühwürmchen auf der Alten Eiche, müde und dunkel.",
                    "{name} sang das sanfteste Waldlied, {friend2} schuhute mit, und die Glühwürmchen leuchteten auf wie tausend kleine Laternen.",
                ),
            ],
            "goal_done": "Der ganze Wald funkelte, und die Alte Eiche raschelte mit ihren Blättern, um Danke zu sagen.",
        },
        "friendly_dragon_encounter": {
            "titles": ["{name} und der kleine Drache", "{name} und die Drachenhügel"],
            "call": [
                "An einem sonnigen Morgen fand {name} im Garten einen kleinen grünen Drachen, der Seifenblasen nieste.",
                "„Ich habe mich verlaufen“, sagte der kleine Drache schüchtern, „und ich finde den Weg nach Hause zu den Drachenhügeln nicht.“",
                "„Keine Sorge“, sagte {name}. „Wir finden den Weg zusammen.“",
            ],
            "friends": "Der Drache hieß Fumi, und Tilda, eine freundliche Bergziege, kam herbeigetrabt, um zu helfen.",
            "details": [
                "Die Hügel waren grün und rund, wie schlafende Riesen unter einer weichen Decke.",
                "Ein Wasserfall glitzerte in der Sonne und sang ein plätscherndes Lied.",
                "Fumis Schuppen schimmerten wie kleine Smaragdmünzen.",
            ],
            "episodes": [
                (
                    "Zuerst kamen sie an einen breiten Fluss, und Fumis Flügel waren noch zu klein, um hinüberzufliegen.",
                    "{name} fand einen umgefallenen Baumstamm, {friend2} prüfte ihn mit vorsichtigen Hufen, und alle gingen gemeinsam hinüber.",
                ),
                (
                    "Auf einem Hügel wollte Fumi eine kleine Flamme pusten, um eine Laterne anzuzünden, aber es kamen nur Seifenblasen heraus.",
                    "{name} brachte Fumi zum Lachen, und mit einem fröhlichen Kichern kam ein goldener Funke, der die Laterne anzündete.",
                ),
                (
                    "Ein großer runder Felsen war quer über den schmalen Pfad gerollt.",
                    "{friend2} schob, {friend} flatterte, {name} zählte „eins, zwei, drei“, und der Felsen rollte sanft zur Seite.",
                ),
                (
                    "Oben auf den Hügeln suchten die Drachenfamilien überall und riefen nach Fumi.",
                    "{name} hielt die leuchtende Laterne hoch, und bald lag Fumi in einer großen, warmen Drachenumarmung.",
                ),
            ],
            "goal_done": "Die Drachen tanzten am Himmel, und ihre Funken malten goldene Sterne über die Hügel.",
        },
        "underwater_treasure_hunt": {
            "titles": ["{name} und die Perle des Meeres", "{name_gen} Schatzsuche unter Wasser"],
            "call": [
                "Am Strand fand {name} eine Flasche mit einer alten, eingerollten Karte darin.",
                "Die Karte zeigte eine Schatztruhe mit der Schlafliedperle, der Perle, die das Meer in den Schlaf singt.",
                "Eine Zauberblase legte sich um {name_gen} Kopf, und so konnte {name} unter Wasser atmen wie ein Fisch.",
            ],
            "friends": "Tula, eine sanfte alte Meeresschildkröte, und Bips, ein kleiner orangefarbener Fisch, schwammen herbei.",
            "details": [
                "Sonnenstrahlen tanzten wie lange goldene Bänder durchs Wasser.",
                "Eine Schar kleiner Fische schwamm schimmernd und kichernd vorbei.",
                "Der Sand war weich und weiß, übersät mit rosa und lila Muscheln.",
            ],
            "episodes": [
                (
                    "Der erste Hinweis war in einem Wald aus hohem, wogendem Seetang versteckt, wo alles gleich aussah.",
                    "{name} folgte mit {friend2} einer Spur aus winzigen Silberbläschen, und der Weg führte direkt zum nächsten Hinweis.",
                ),
                (
                    "Ein schüchterner Tintenfisch hielt den Schlüssel zur Truhe und versteckte sich hinter einem Felsen.",
                    "{name} winkte dem schüchternen Tintenfisch, {friend} sprach freundlich mit ihm, und der Tintenfisch lächelte und reichte den Schlüssel herüber.",
                ),
                (
                    "Ein Einsiedlerkrebs war traurig, denn sein Schneckenhaus war zu klein geworden.",
                    "{name} und {friend2} fanden im Sand ein größeres, rosafarbenes Haus, und der Krebs zog mit einem fröhlichen Klick ein.",
                ),
                (
                    "Endlich tauchte die Schatztruhe auf, aber ihr Deckel klemmte voller Sand.",
                    "{name} wischte den Sand weg, {friend} schob ein bisschen, und in der Truhe leuchtete die Schlafliedperle wie der Mond.",
                ),
            ],
            "goal_done": "Die Perle begann leise zu summen, und das ganze Meer lauschte ihrem sanften, schläfrigen Lied.",
        },
        "cloud_castle_journey": {
            "titles": ["{name} und das Wolkenschloss", "{name} und die Regenbogenbrücke"],
            "call": [
                "Eines Nachmittags schwebte eine flauschige Wolke in den Garten und blieb direkt neben {name} stehen.",
                "Eine kleine Stimme rief aus der Wolke: „Das Wolkenschloss hat seinen Regenbogen verloren. Hilfst du uns, ihn zu finden?“",
                "{name} kletterte auf die Wolke, und hinauf, hinauf, hinauf schwebten sie.",
            ],
            "friends": "Nimbo, ein Wolkenschaf, weich wie Watte, und Stella, eine kleine blaue Schwalbe, kamen mit.",
            "details": [
                "Hier oben war alles weiß und weich wie ein riesiges Kissen.",
                "Die Türme des Schlosses leuchteten rosa und golden in der Sonne.",
                "Tief unten sahen die Häuser aus wie winziges Spielzeug.",
            ],
            "episodes": [
                (
                    "Die Wolkenstufen zum Schloss waren so federnd, dass niemand hinaufkam.",
                    "{name} hüpfte die weichen Wolkenstufen hinauf wie ein Hase, und {friend} federte lachend hinterher.",
                ),
                (
                    "Ein verspielter Wind hatte die kleinen Wolkenschafe über den ganzen Himmel verstreut.",
                    "{name} pfiff eine sanfte Melodie, {friend2} flog Kreise, und eins nach dem anderen kamen die Wolkenschafe nach Hause.",
                ),
                (
                    "Die Farben des Regenbogens lagen in einer Pfütze, ganz durcheinander und grau.",
                    "{name} sortierte die Farben des Regenbogens, Rot, Orange, Gelb, Grün, Blau und Lila, und {friend} hielt jede wie ein Band.",
                ),
                (
                    "Am Schlosstor stellte ein verschlafener Wolkenwächter ein Rätsel: „Was wird größer, wenn man es teilt?“",
                    "{name} löste das Rätsel des Wächters, „Ein Lächeln!“, und das Schlosstor schwang mit einem fröhlichen Knarren auf.",
                ),
            ],
            "goal_done": "Der Regenbogen spannte sich wieder über den Himmel, und die Wolkenkönigin lachte vor Freude.",
        },
        "time_travel_mission": {
            "titles": ["{name} und die goldene Uhr", "{name_gen} Reise durch die Zeit"],
            "call": [
                "An einem regnerischen Nachmittag entdeckte {name} eine kleine Tür hinter dem Bücherregal.",
                "Dahinter lag ein Uhrturm voller goldener Zahnräder, und die große Uhr war stehen geblieben.",
                "„Die goldenen Sekunden, die sie ticken lassen, sind über die ganze Zeit verstreut“, seufzte eine Stimme zwischen den Zahnrädern.",
            ],
            "friends": "Dort stand Professor Tock, ein freundlicher alter Uhrmacher, mit Tick, seiner kleinen Aufziehmaus.",
            "details": [
                "Die Zahnräder drehten sich langsam und brummten ein tiefes, freundliches Brummen.",
                "Die Zeit wirbelte um sie herum wie bunte Bänder.",
                "Jede goldene Sekunde funkelte wie eine kleine Münze.",
            ],
            "episodes": [
                (
                    "Wusch! Sie landeten zwischen hohen Farnen, wo ein Dinosaurierbaby seine Mama suchte.",
                    "{name} und {friend} folgten den großen runden Fußspuren, und die glückliche Dinosauriermama schenkte ihnen eine goldene Sekunde.",
                ),
                (
                    "Als Nächstes kamen sie zu einem Burgfest vor langer Zeit, wo der Bäcker die Glocke verloren hatte, die alle zum Festessen rief.",
                    "{name} hörte ein Bimmeln unter einem Heuhaufen, {friend} grub die Glocke aus, und der Bäcker gab ihnen noch eine goldene Sekunde.",
                ),
                (
                    "Dann besuchten sie eine Stadt der Zukunft, wo ein kleiner Roboter nicht wusste, wie man Freunde findet.",
                    "{name} zeigte dem Roboter, wie man winkt und lächelt, und der Roboter strahlte und überreichte eine goldene Sekunde.",
                ),
                (
                    "Zurück im Turm mussten die goldenen Sekunden in der richtigen Reihenfolge in die Uhr.",
                    "{name} zählte sorgfältig, {friend2} drehte den großen Schlüssel, und die Uhr begann wieder zu ticken: tick, tack, tick, tack.",
                ),
            ],
            "goal_done": "Die große Uhr schlug sanft, und die ganze Zeit war wieder glücklich.",
        },
        "space_exploration": {
            "titles": ["{name} und der kleine verlorene Stern", "{name_gen} Reise zu den Sternen"],
            "call": [
                "Eines Nachts sah {name} einen kleinen Stern sanft in den Garten fallen, der traurig blinkte.",
                "„Ich bin vom Himmel gefallen“, sagte der Stern, „und ich finde den Weg zurück nicht.“",
                "{name_gen} alte Papprakete begann zu leuchten, und ihre Triebwerke fingen an zu schnurren.",
            ],
            "friends": "Zuzu, der Mondhase, und Bip, ein freundlicher kleiner Roboter, stiegen ein, um zu helfen.",
            "details": [
                "Die Planeten schwebten vorbei wie bunte Luftballons.",
                "Der Weltraum war still und tiefblau, mit Silber bestreut.",
                "Durchs Fenster sah die Erde aus wie eine blaugrüne Murmel.",
            ],
            "episodes": [
                (
                    "Auf dem Mond brauchte die Rakete mehr Treibstoff, und der einzige Treibstoff dort war Mondlicht.",
                    "{name} und {friend} sammelten Mondlicht in Marmeladengläsern, und die Rakete summte zufrieden.",
                ),
                (
                    "Bei einem großen Ringplaneten verfing sich die Rakete in den glitzernden Ringen.",
                    "{name} steuerte langsam, {friend2} piepte die Richtung, und sie rutschten hinaus wie auf einer Rutsche.",
                ),
                (
                    "Ein Komet sauste vorbei, mit einem ganz verknoteten Schweif.",
                    "{name} kämmte den Schweif des Kometen mit sanftem Sternenlicht, bis er glatt und silbern glänzte.",
                ),
                (
                    "Endlich fanden sie die leere Stelle am Himmel, an die der kleine Stern gehörte.",
                    "{name} hob den Stern sanft an, {friend} gab ihm einen kleinen Schubs, und der Stern funkelte wieder an seinem Platz.",
                ),
            ],
            "goal_done": "Der ganze Himmel funkelte, als würden alle Sterne Danke sagen.",
        },
        "miniature_world_discovery": {
            "titles": ["{name} und die winzige Welt", "{name} im Land der kleinen Dinge"],
            "call": [
                "Im Garten fand {name} eine winzige goldene Eichel, die in der Sonne glitzerte.",
                "Als {name} sie berührte, wurde die Welt immer größer, bis die Grashalme so hoch waren wie Bäume.",
                "Eine kleine Stimme rief: „Willkommen in der Winzigen Welt! Wir brauchen Hilfe für das Tautropfenfest!“",
            ],
            "friends": "Lilli, der Marienkäfer, und Momo, eine langsame, aber weise Schnecke, sagten Hallo.",
            "details": [
                "Eine Hummel brummte vorbei wie ein flauschiges Flugzeug.",
                "Die Blumen waren so groß wie Regenschirme.",
                "Jeder Kieselstein sah aus wie ein Berg.",
            ],
            "episodes": [
                (
                    "Eine Pfütze, so breit wie ein See, versperrte den Weg.",
                    "{name} baute ein Boot aus einem Blatt, {friend} steuerte, und sie segelten über die riesige Pfütze.",
                ),
                (
                    "Eine Reihe Ameisen versuchte, eine Blaubeere so groß wie ein Ball zu tragen.",
                    "{name} half den Ameisen, ihre Riesenblaubeere nach Hause zu rollen, und sie jubelten mit ihren winzigen Stimmen.",
                ),
                (
                    "Momos Laterne für das Fest war unter ein Gänseblümchen gerollt.",
                    "{name} krabbelte unter ein Gänseblümchen und holte Momos verlorene Laterne zurück, und {friend2} bedankte sich ganz langsam.",
                ),
                (
                    "Die glänzenden Tautropfen für das Fest hingen hoch oben an einem langen Grashalm.",
                    "{name} kletterte vorsichtig hinauf, {friend} flog nebenher, und gemeinsam holten sie die Tautropfen herunter.",
                ),
            ],
            "goal_done": "An diesem Abend leuchteten die Tautropfen wie Laternen, und die ganze Winzige Welt tanzte.",
        },
        "weather_wizard_training": {
            "titles": ["{name} und die Wetterzauberin", "{name_gen} erster Regenbogen"],
            "call": [
                "Eines Morgens wehte ein Brief mit dem Wind herein: „Hallo {name}, komm und lerne das Wetterzaubern!“",
                "Eine Wolkenleiter führte hinauf zu einem runden Turm voller Gläser mit Sonnenschein, Schneeflocken und kleinen Winden.",
                "„Heute lernst du, wie das Wetter funktioniert“, sagte oben eine warme Stimme.",
            ],
            "friends": "Dort warteten Oma Nimbus, eine freundliche Wetterzauberin, und Puff, ein flauschiges Wolkenkätzchen.",
            "details": [
                "Gläser voller Sonnenschein leuchteten auf den Regalen wie Honig.",
                "Kleine Winde pfiffen in ihren Flaschen und warteten darauf, hinauszudürfen.",
                "Schneeflocken schwebten durch die Luft, weich wie Federn.",
            ],
            "episodes": [
                (
                    "Die Blumen im Tal hatten Durst und ließen die Köpfe hängen.",
                    "{name} rührte in einem Wolkenglas einen sanften, feinen Regen an, und die Blumen hoben ihre Köpfe.",
                ),
                (
                    "Eine kleine Gewitterwolke grummelte in einer Ecke, weil niemand mit ihr spielen wollte.",
                    "{name} spielte Fangen mit einer grummeligen kleinen Wolke, {friend} schnurrte, und die Wolke kicherte so sehr, dass es Funken regnete.",
                ),
                (
                    "Die Kinder im Dorf wünschten sich Schnee, aber die Flocken kamen ganz klumpig heraus.",
                    "{name} schnitt jede Schneeflocke sorgfältig zurecht, und {friend2} pustete sie sanft hinunter ins Dorf.",
                ),
                (
                    "Für die letzte Stunde sollte {name} einen Regenbogen machen.",
                    "{name} mischte ein wenig Sonnenschein mit ein wenig Regen, {friend} wedelte mit dem Schwanz, und ein Regenbogen spannte sich über das Tal.",
                ),
            ],
            "goal_done": "Oma Nimbus klatschte in die Hände: „{name}, jetzt kannst du richtig Wetter zaubern!“",
        },
        "animal_language_learning": {
            "titles": ["{name} und die sprechenden Tiere", "{name} lernt die Sprache der Tiere"],
            "call": [
                "Eines Morgens schwebte eine weiße Feder herab und landete auf {name_gen} Nase.",
                "Plötzlich konnte {name} alles verstehen, was die Tiere sagten!",
                "„Guten Morgen!“, quakte eine Ente. „Kannst du uns helfen? Die Wiese braucht dich!“",
            ],
            "friends": "Mira, das Kaninchen, und Gus, die Gans, zeigten den Weg zur großen Wiese.",
            "details": [
                "Die Wiese duftete nach Klee und warmem Heu.",
                "Überall gab es Flüstern, Zwitschern und fröhliches Quieken.",
                "Eine Kuh muhte zur Begrüßung, und {name} muhte zurück.",
            ],
            "episodes": [
                (
                    "Mama Ente machte sich Sorgen, denn jedes Mal, wenn sie ihre Küken zählte, kam eine andere Zahl heraus.",
                    "{name} stellte die Entenküken in einer Reihe auf und zählte mit Mama Ente: eins, zwei, drei, vier, fünf. Alle waren da!",
                ),
                (
                    "Die Bienen hatten den Weg zurück zu ihrem Stock verloren.",
                    "{name} fragte die Blumen, {friend} schnupperte in die Luft, und bald summten die Bienen fröhlich nach Hause.",
                ),
                (
                    "Der alte Hund Bruno wusste nicht mehr, wo er seinen Lieblingsball vergraben hatte.",
                    "{name} fragte den weisen alten Maulwurf, und {friend2} schnatterte vor Freude, als Brunos Ball unter dem Apfelbaum auftauchte.",
                ),
                (
                    "Am Abend konnten die Schafe nicht einschlafen, weil es auf der Wiese viel zu laut war.",
                    "{name} bat alle zu flüstern, und {friend} zählte die Sterne, bis alle Schafe leise schnarchten.",
                ),
            ],
            "goal_done": "Alle Tiere versammelten sich um {name} und sagten Danke, jedes in seiner eigenen Sprache.",
        },
        "dream_world_adventure": {
            "titles": ["{name} im Land der Träume", "{name} und der Schlüssel zu den süßen Träumen"],
            "call": [
                "Eines Nachts, kurz vor dem Einschlafen, begann {name_gen} Kissen sanft zu leuchten.",
                "In der Wand öffnete sich eine silberne Tür, und dahinter lag das Land der Träume.",
                "„Der Traumschlüssel ist verloren“, flüsterte eine kleine Stimme. „Ohne ihn kann heute Nacht kein schöner Traum hinaus!“",
            ],
            "friends": "Luma, eine leuchtende Motte, und Oli, ein sanfter Wolkenwal, kamen, um zu helfen.",
            "details": [
                "Hier schwebte alles: Inseln, Teetassen und sogar ein kleines Haus.",
                "Der Himmel war lila und rosa wie ein müder Sonnenuntergang.",
                "Sanfte Musik schwebte durch die Luft.",
            ],
            "episodes": [
                (
                    "Die Treppe zum Traumhimmel war aus Kissen, und sie wackelte die ganze Zeit.",
                    "{name} stieg leichtfüßig von Kissen zu Kissen, und {friend} beleuchtete jede Stufe.",
                ),
                (
                    "Am Sternensee waren die Sterne ins Wasser gefallen und kamen nicht mehr heraus.",
                    "{name} holte die Sterne behutsam aus dem See, und {friend2} pustete sie mit einem sanften Hauch zurück an den Himmel.",
                ),
                (
                    "Im Garten der Gedanken wurde jeder glückliche Gedanke zu einer Blume, aber der Garten war leer.",
                    "{name} dachte an Umarmungen, Kakao und Freunde, und der Garten erblühte in tausend bunten Blumen.",
                ),
                (
                    "In der Mitte der hellsten Blume lag der Traumschlüssel und summte eine leise Melodie.",
                    "{name} nahm den Schlüssel vorsichtig und öffnete die silberne Tür, und die süßen Träume flogen hinaus wie Schmetterlinge.",
                ),
            ],
            "goal_done": "Überall auf der Welt lächelten die Kinder im Schlaf, denn die süßen Träume hatten sie gefunden.",
        },
    },
}

"""German lexicon (notation in ``en.py``).

German replacements always keep the gender of the word they replace ("Waffe" →
"Zauberfeder", "Schwert" → "Zauberzepter", "Kampf" → "Wettstreit"), so articles and
adjective endings stay right in every case; adjectives are replaced form by form
("gruselige" → "geheimnisvolle"). Matching is on whole words, so "Wein" is not
"weinen", "Mord" is not "Mordsspaß", and compounds ("Kissenschlacht",
"Wasserpistole") are words of their own. The analyser reads compound heads
("Massenmord"). Colloquial "rum" (= herum) is not rum.
"""

from activities.safety.meaning.de import MUSEUM_VISITS


REWRITE = {
    "violence": """
        Waffe{,n} = Zauberfeder{,n}
        Schwert{,er,es} = Zauberzepter{,,s}
        Dolch{,e,es} = Pinsel{,,s}
        Pistole{,n} = Seifenblasenflöte{,n}
        Gewehr{,e,es} = Fernrohr{,e,s}
        Bombe{,n} = Seifenblase{,n}
        Kanone{,n} = Konfettischleuder{,n}
        Kampf/Kämpfe/Kampfes/Kämpfen = Wettstreit/Wettstreite/Wettstreits/Wettstreiten
        kämpfen/kämpft/kämpfte/kämpften/gekämpft/kämpfend/kämpfst = spielen/spielt/spielte/spielten/gespielt/spielend/spielst
        Schlacht{,en} = Spielrunde{,n}
        Krieg{,e,es,en} = Wettstreit{,e,s,en}
        Angriff{,e,s,en} = Überraschungsbesuch{,e,s,en}
        angegriffen = überrascht
        töten/tötet/tötete/töteten/getötet/tötest = fangen/fängt/fing/fingen/gefangen/fängst !high
        Feind{,e,es,en} = Spielgegner{,,s,n}
        Armee{,n} = Parade{,n}
        Soldat/Soldaten = Wächter/Wächter
        schlagen/schlägt/schlug/schlugen/geschlagen = kitzeln/kitzelt/kitzelte/kitzelten/gekitzelt @target
        treten/tritt/trat/traten = kitzeln/kitzelt/kitzelte/kitzelten @target
        verletzen/verletzte/verletzten = ärgern/ärgerte/ärgerten @target
        blutig{,e,en,er,es} = schlammig{,e,en,er,es}
        gewalttätig{,e,en,er,es} = wild{,e,en,er,es}
    """,
    "fear": """
        gruselig{,e,en,er,es} = geheimnisvoll{,e,en,er,es}
        unheimlich{,e,en,er,es} = rätselhaft{,e,en,er,es}
        schrecklich{,e,en,er,es} = seltsam{,e,en,er,es}
        furchterregend{,e,en,er,es} = erstaunlich{,e,en,er,es}
        beängstigend{,e,en,er,es} = verblüffend{,e,en,er,es}
        Albtraum/Albträume/Albtraums/Albträumen/Alptraum/Alpträume = Wundertraum/Wunderträume/Wundertraums/Wunderträumen/Wundertraum/Wunderträume
        Monster/Monstern/Monsters = Fabelwesen/Fabelwesen/Fabelwesens
        Ungeheuer = Fabelwesen
        böse/bösen/böser/böses = müde/müden/müder/müdes
        Dämon/Dämonen = Kobold/Kobolde
        Zombie{,s} = Schlafwandler
        Spukhaus/Spukschloss = Zauberhaus/Zauberschloss
        hatte Angst/hatten Angst/hat Angst/haben Angst = war unsicher/waren unsicher/ist unsicher/sind unsicher
        ängstlich{,e,en,er,es} = schüchtern{,e,en,er,es}
        verängstigt{,e,en,er,es} = verwundert{,e,en,er,es}
        schrie/schreien/schreit/schrien = quiekte/quieken/quiekt/quiekten
    """,
    "isolation": """
        ganz allein/ganz alleine = zusammen mit Freunden
        allein/alleine = mit Freunden
        einsam{,e,en,er,es} = nachdenklich{,e,en,er,es}
        Einsamkeit = Stille
        keine Freunde = viele Freunde
        niemand zum Spielen = Freunde zum Spielen
        verirrte sich/verlief sich/verirrten sich/verliefen sich = ging auf Entdeckungsreise/ging auf Entdeckungsreise/gingen auf Entdeckungsreise/gingen auf Entdeckungsreise
        hatte sich verlaufen/hatte sich verirrt = war auf Entdeckungsreise
        allein gelassen = mit Freunden
    """,
    "inappropriate": """
        dumm{,e,en,er,es} = albern{,e,en,er,es}
        Idiot{,en} = Quatschkopf/Quatschköpfe
        Blödmann/Blödmänner = Quatschkopf/Quatschköpfe
        halt die Klappe/halt den Mund/halts Maul = pst
        halt die Fresse/halt deine Fresse/halts Fresse = pst
        Vollidiot/Vollidioten = Schussel/Schussel
        Scheiße = oje
        verdammt{,e,en,er,es} = -
        Arschloch/Arschlöcher = Schlitzohr/Schlitzohren
        Arsch = Hintern
        Mistkerl{,e} = Schlingel
        fick dich = geh weg
    """,
    "medical": """
        krank/kranke/kranken/kranker/krankes = verschnupft/verschnupfte/verschnupften/verschnupfter/verschnupftes
        Krankheit{,en} = Niesattacke{,n}
        Fieber = Kribbeln
        Krankenhaus/Krankenhäuser/Krankenhauses = Heilhäuschen/Heilhäuschen/Heilhäuschens
        Klinik{,en} = Heilstube{,n}
        war verletzt/waren verletzt/ist verletzt = hatte eine kleine Beule/hatten kleine Beulen/hat eine kleine Beule
        Verletzung{,en} = Beule{,n}
        Wunde{,n} = Schramme{,n}
        sterben/stirbt/starb/starben/gestorben/sterbend = fortgehen/geht fort/ging fort/gingen fort/fortgegangen/schwindend !high
        tot/tote/toten/toter/totes = still/stille/stillen/stiller/stilles !high
        Tod{,es} = Abschied{,s} !high
        Blut/Blutes = Himbeerwasser/Himbeerwassers
    """,
    "family": """
        Waisenkind{,er} = Abenteuerkind{,er}
        Waisenhaus/Waisenhäuser = Hüterhaus/Hüterhäuser
        ließen sich scheiden = wohnten in zwei gemütlichen Häusern
        keine Eltern = magische Beschützer
        verlor seine Eltern/verlor ihre Eltern = hatte magische Beschützer
        niemand liebte {ihn,sie} = alle liebten {ihn,sie}
        im Stich gelassen = von Freunden begleitet
        ungeliebt{,e,en,er,es} = geliebt{,e,en,er,es}
    """,
}

REJECT = {
    "violence": [
        "Mord{,e,es,en}", "ermord*", "Mörder*", "erstech*", "erstach", "erstochen", "geköpft", "enthaupt*",
        "abschlacht*", "abgeschlachtet", "Gemetzel", "Massaker", "folter*", "erwürg*", "erdrossel*", "Leiche{,n}",
        "verstümmel*", "Blutbad", "Blutlache", "überall Blut", "Blut überall", "blutüberströmt",
        "Kehle durchschneiden|durchgeschnitten|aufgeschlitzt",
    ],
    "sexual": [
        "Sex", "sexy", "sexuell{,e,en,er,es}", "Porno*", "erotisch*", "Orgasmus", "masturb*", "Penis", "Vagina",
        "vergewaltig*", "Vergewaltiger", "pädophil*", "Hure{,n}", "Nutte{,n}", "prostitu*", "Sex haben",
        "Geschlechtsverkehr",
    ],
    "self_harm": [
        "Selbstmord*", "Suizid*", "suizidal", "mich umbringen", "mich töten", "ich will|möchte sterben",
        "will nicht mehr leben", "mir das Leben nehmen", "mich ritzen", "ich ritze mich", "Selbstverletzung",
    ],
    "drugs": [
        "Bier{,e}", "Wein", "Weins", "Rotwein{,e}", "Weißwein{,e}", "Wodka", "Whisky", "Schnaps", "Tequila",
        "Alkohol", "betrunken{,e,en,er,es}", "besoffen*", "Kokain", "Heroin", "Crystal Meth", "Marihuana", "Cannabis",
        "Joint{,s}", "kiffen", "kifft", "kiffte", "Droge{,n}", "Zigarette{,n}", "Zigarre{,n}", "Tabak", "LSD",
        "Opium", "sich betrinken",
    ],
    "hate": [
        "Nazi{,s}", "Heil Hitler", "Sieg Heil", "Herrenrasse", "minderwertige Rasse", "Untermensch{,en}",
        "ethnische Säuberung", "Kanake{,n}", "Neger", "Schwuchtel{,n}",
    ],
}

ALLOW = [
    "auf|in|im seinen|ihren|meinen|deinen|unseren|den|dem Schoß",
    "vor Lachen gestorben|sterben|starb|sterbe|fast", "zum Totlachen", "Schwert{,er} aus Holz|Pappe|Plastik",
    "allein schon", "allein der Gedanke", "einzig und allein", "nicht allein", "Kampf gegen die Müdigkeit",
    "Angriff der Kitzelmonster", "Kitzelmonster", "Krieg der Sterne", "tote Hose", "toter Winkel",
    "Krieg der Katzen|Hunde|Mäuse|Kuscheltiere|Knöpfe|Socken|Kekse", "stumpf{,e,en,er,es} Schwert{,er,es}",
    "rostig{,e,en,er,es} Schwert{,er,es}", "Ritterrüstung{,en}",
    "entführt|entführte|entführen|entführten die|alle|uns|euch|unsere Kinder|Leser|Zuhörer in|ins|auf|nach|zu",
    "um den Schlaf|Verstand",
    # a time, not a killing: "bringt mich um acht ins Bett"
    "bringt|brachte|bringen|brachten sich|mich|dich um ein|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|halb|Viertel|Mitternacht|Punkt|1|2|3|4|5|6|7|8|9|10|11|12",
    "lachen|lacht|lachte|lachten|lache sich|mich|dich|uns|euch tot|schlapp",
    "trat|tritt|traten ihr|ihm|ihnen ins Gesicht", "trat|tritt|traten ihr|ihm|ihnen in die Augen",
    "Wind|Regen|Schnee|Hagel|Sturm schlägt|schlug|peitscht|peitschte ihm|ihr|ihnen ins Gesicht", "Schwert{,er} in die Scheide",
    "Schwert steckt|steckte|stecken im Stein", "ertränkt|ertränkte|ertränken|ertränkten seinen|ihren|den|die Kummer|Sorgen",
    # praise, not murder: "mörderisch gut", "ein mörderisch leckerer Kuchen"
    "mörderisch|moerderisch gut|lecker|leckerer|leckere|leckeres|heiß|heiss|kalt|schwer|laut|schnell|spannend|anstrengend|steil|scharf|süß|witzig|lustig|schön",
    # weather and effort, not murder: "die Hitze ist heute mörderisch", "ein mörderisches Tempo"
    "mörderisch{,e,en,er,es}|moerderisch{,e,en,er,es} Hitze|Kälte|Tempo|Durst|Hunger|Muskelkater|Stau|Steigung|Anstieg|Sonne|Schwüle|Lärm|Krach|Wind|Sturm|Verkehr|Aufstieg|Treppe|Treppen|Berg|Marsch|Training|Wanderung|Frost|Sommer|Winter",
    "Hitze|Kälte|Tempo|Durst|Hunger|Muskelkater|Stau|Steigung|Anstieg|Sonne|Schwüle|Lärm|Krach|Wind|Sturm|Verkehr|Aufstieg|Treppe|Berg|Training|Wanderung|Frost|Sommer|Winter ist|war|wird|sind|waren mörderisch|moerderisch",
    "Hitze|Kälte|Tempo|Durst|Hunger|Muskelkater|Stau|Steigung|Anstieg|Sonne|Schwüle|Lärm|Krach|Wind|Sturm|Verkehr|Aufstieg|Treppe|Berg|Training|Wanderung|Frost|Sommer|Winter ist|war|wird|sind|waren heute|echt|wirklich|so|ganz|total|richtig|einfach|ja|gerade|wieder|schon mörderisch|moerderisch",
]
# Dosenwerfen am Jahrmarkt ("wirft mit Bällen auf Dosen, schießt alle ab", "schoss alle
# Büchsen ab"): cans knocked down, not people shot.
ALLOW += [
    "Dose{,n}|Büchse{,n}|Blechdose{,n}|Dosenpyramide|Dosenturm|Kegel|Becher|Flasche{,n}|Pyramide schießt|schoss|schießen|schossen|schieße alle|sämtliche|gleich|sofort ab",
    "schießt|schoss|schießen|schossen|schieße alle|sämtliche|die Dose{,n}|Büchse{,n}|Blechdose{,n}|Dosenpyramide|Dosentürme|Kegel|Becher|Flaschen ab|um",
]
# The torture room of a castle seen in a museum, on a tour or a class visit ("besucht eine
# Burg mit Kerker und Folterkammer", "die Folterkammer im Burgmuseum"): history, not torture.
ALLOW += MUSEUM_VISITS

CUES = {
    "negation": ["nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals", "ohne", "nichts", "niemand",
                 "nicht mehr", "nie wieder", "nimmer"],
    "soothing": [
        "überwand", "überwinden", "überwunden", "verjag*", "vertrieb*", "auf Wiedersehen", "tschüss", "verschwand",
        "verschwunden", "mutig*", "tapfer*", "nur ein|eine|einen", "stellte sich heraus", "harmlos*", "freundlich*",
        "lieb", "liebe*", "nett*", "sanft*", "lächel*", "lacht*", "lachen", "kicher*", "umarm*", "kuschel*", "tröst*",
        "sicher*", "ruhig*", "gemütlich*", "schläfrig*", "müde", "Nachtlicht", "lustig*", "Freude", "Spaß", "verspielt*",
        "zahm*", "witzig*",
    ],
    "companion": [
        "Freund{,e,en,in,innen}", "zusammen", "gemeinsam", "Begleiter*", "Gefährt*", "Helfer*", "wir", "uns", "beide",
        "alle", "Hand in Hand", "Seite an Seite", "Mama", "Papa", "Mutter", "Vater", "Eltern", "Oma", "Opa",
        "Großmutter", "Großvater", "Schwester*", "Bruder", "Brüder", "Familie", "Lehrer*", "Eule{,n}", "Katze{,n}",
        "Kater", "Hund{,e}", "Welpe{,n}", "Kätzchen", "Hase{,n}", "Häschen", "Kaninchen", "Fuchs", "Füchse", "Bär{,en}",
        "Fee{,n}", "Drache{,n}", "Einhorn", "Einhörner", "Ziege{,n}", "Reh{,e}", "Hirsch", "Eichhörnchen", "Maus",
        "Mäuse", "Vogel", "Vögel", "Pferd{,e}", "Pony{,s}", "Schildkröte{,n}", "Delfin{,e}", "Roboter", "Kobold{,e}",
        "Riese", "Zauberer", "Beschützer*", "Igel", "Frosch", "Frösche", "Ente{,n}",
    ],
    "distress": [
        "wein*", "Träne{,n}", "traurig*", "dunkel*", "Dunkelheit", "kalt*", "niemand", "ängstlich*", "Angst", "zitter*",
        "Sorge*", "besorgt", "Nacht", "schluchz*", "hungrig", "nirgends", "vergessen", "leer*",
    ],
    "subject": ["er", "sie", "ich", "wir"],
    "target": [
        "ihn", "ihm", "sie", "ihr", "mich", "dich", "uns", "euch", "Kind{,er,ern}", "Junge{,n}", "Mädchen", "Baby{,s}",
        "Mama", "Papa", "Mutter", "Vater", "Bruder", "Schwester", "Freund{,e,in}", "Leute", "Menschen", "Person",
        "jemand{,en}", "alle", "jeden", "Mann", "Männer", "Frau{,en}", "Lehrer{,in}", "Oma", "Opa", "König{,in}",
        "Prinz{,en}", "Prinzessin", "Ritter", "Wächter{,n}", "Wache{,n}", "Soldat{,en}", "Bauer{,n}", "Dorfbewohner{,n}",
        "Jäger{,n}", "Pirat{,en}", "Gefangene{,n}",
    ],
    "clitic": ["ihn", "ihm", "mich", "dich", "uns", "euch"],
    "determiner": ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein*",
                   "sein*", "ihr*", "mein*", "dein*"],
}

SUFFIXES = ("ungen", "ung", "ern", "em", "en", "er", "es", "e", "n", "s", "st", "t", "te", "ten", "test", "tet", "est",
            "et", "in", "innen")

ANALYSIS = {
    "strong": {
        "graphic": "mord~ ermord morder morderin erstech =erstach =erstochen =gekopft enthaupt abschlacht gemetzel massaker~ folter erwurg erdrossel leiche verstummel blutbad blutlache blutuberstromt",
        "sexual": "sex sexy sexuell porno~ pornograf~ erotisch orgasmus masturb~ penis vagina vergewaltig~ vergewaltiger padophil~ hure nutte prostitu~ geschlechtsverkehr",
        "self_harm": "selbstmord~ suizid~ suizidal selbstverletz",
        "drugs": "=wein =weins =rotwein =weisswein bier wodka whisky schnaps tequila alkohol~ betrunken besoffen kokain~ =heroin marihuana~ cannabis joint kiff droge zigarette~ zigarre tabak lsd opium",
        "hate": "nazi =kanake =kanaken =neger schwuchtel untermensch herrenrasse",
        "inappropriate": "scheisse arschloch fick wichser",
    },
    "weak": {
        "graphic": "blut blutig messer =toten =tot",
        "sexual": "nackt",
    },
    "phrases": {
        "self_harm": ["ich will|möchte sterben", "will nicht mehr leben", "mich umbringen", "mich töten",
                      "mir das leben nehmen", "mich|sich ritzen", "ich ritze mich", "ich hasse mich", "mir wehtun",
                      "mir weh tun"],
        "graphic": ["überall blut", "blut überall", "lache|pfütze von blut", "voller blut",
                    "kehle durchschneiden|durchgeschnitten|aufgeschlitzt"],
        "sexual": ["sex haben", "hatten sex", "miteinander geschlafen"],
        "hate": ["heil hitler", "sieg heil", "minderwertige rasse", "ethnische säuberung",
                 "ich hasse|hasse alle juden|muslime|ausländer|flüchtlinge|schwarzen"],
        "drugs": ["gras rauchen", "sich betrinken|betrank|betranken", "high werden"],
    },
    "harm_severe": "=schoss =schießt =geschossen =töten =tötet =tötete =töteten =getötet =tötest =umbringen =umgebracht =erstechen =erstach =erstochen =erschießen =erschoss =erschossen =erwürgen =erwürgte =ertränken =ertränkte ermord",
    "harm_mild": "schlag schlug =tritt =trat =trete =treten verletz =beißt =biss =boxt =boxte =haut =haute",
    "aux": "wurde wurden wird werden ist war hat hatte haben worden lassen ließ sah",
    "blood": "blut blutig blutet blutete bluten",
    "spread": ["überall", "lache", "pfütze", "voller", "bedeckt", "getränkt", "tropfte", "spritzte", "strömte", "fluss"],
    "weapon": "messer pistole gewehr schwert axt kettensäge machete",
    "reflexive": "=mich =mir",
    "self_severe": "=töten =umbringen =erhängen =ertränken",
    "self_mild": "=verletzen =wehtun",
    "intent": "will wollte möchte werde gehe versuche absichtlich sollte",
    "drink": "trink trank getrunken",
    "smoke": "rauch",
    "smokable": "joint joints zigarette zigarre cannabis",
    "touch": "berühr anfass fasst streichel leck",
    "private": ["intimbereich", "genitalien", "unterhose", "geschlechtsteil", "geschlechtsteile", "intime stellen"],
    "secret": "geheimnis geheim",
    "groups": "=juden =muslime =moslems =ausländer =flüchtlinge =zigeuner =schwule =schwarzen =türken =araber =afrikaner =migranten",
    "dehuman": "=ungeziefer =ratten =kakerlaken =parasiten =untermenschen minderwertig =abschaum =dreck =pack =vergasen ausrott vernicht",
    "hate_verbs": "ausrott vergas vernicht",
    "intensity": "sehr so total extrem brutal grausam wirklich furchtbar",
}

NEAR_MISS = ["rum", "weinen", "weine", "weinte", "weinten", "weint", "schwein", "schweine", "schweinchen",
             "meerschweinchen", "mordsspass", "morgen", "marder", "biene", "bienen", "leicht", "leichte", "gift",
             "mode", "drogerie", "kopfe", "heroine", "heroisch", "sexta", "schlagsahne", "blutwurst",
             "rauchen", "mist", "mordor", "rekord", "akkord", "gesext", "messe",
             # "schleichen" is no compound of "Leichen"
             "schleichen", "schleicht", "schleiche", "schleichst", "schleicht", "geschlichen", "anschleichen", "heranschleichen",
             # "probieren" (to taste, to try) is no compound of "Bier"
             "probieren", "probiert", "probierte", "probierten", "probiere", "probierst", "probier", "probierend",
             "ausprobieren", "ausprobiert", "ausprobierte", "anprobieren", "anprobiert", "anprobierte", "durchprobieren",
             "durchprobiert", "probiers", "probierts"]

IMAGE = {
    "child": ["Kind{,er}", "Junge{,n}", "Mädchen", "Held{,in,en}", "Baby{,s}", "Prinzessin", "Prinz", "Kleinkind"],
    "companion_phrase": "mit freundlichen Tiergefährten",
    "soften": """
        dunkel/dunkle/dunklen/dunkler/dunkles = leuchtend/leuchtende/leuchtenden/leuchtender/leuchtendes
        Dunkelheit = Abendröte
        finster{,e,en,er,es} = verträumt{,e,en,er,es}
        düster{,e,en,er,es} = verträumt{,e,en,er,es}
        Schatten = Lichtschimmer
        Totenkopf/Totenköpfe = Kieselstein/Kieselsteine
        Skelett{,e} = Windspiel{,e}
        Grab/Gräber = Blumenbeet/Blumenbeete
        Friedhof/Friedhöfe = Blumengarten/Blumengärten
        stürmisch{,e,en,er,es} = windig{,e,en,er,es}
    """,
}

COMPANIONSHIP = """
    ganz allein/ganz alleine = zusammen mit Freunden
    allein/alleine = mit Freunden
    einsam{,e,en,er,es} = nachdenklich{,e,en,er,es}
    verirrte sich/verlief sich = ging mit Freunden auf Entdeckungsreise
    verirrten sich/verliefen sich = gingen mit Freunden auf Entdeckungsreise
    hatte sich verlaufen/hatte sich verirrt = war mit Freunden auf Entdeckungsreise
    niemand war da/war niemand da = Freunde waren ganz nah/waren Freunde ganz nah
"""

INJECTION = [
    r"\b(?:ignoriere|ignorier|ignorieren|vergiss|vergessen|missachte|uberspringe)\s+(?:(?:alle|die|deine|eure|ihre|meine|bisherigen|vorherigen|obigen|fruheren|alten)\s+)*(?:anweisungen|instruktionen|vorgaben|befehle|richtlinien)\b",
    r"\b(?:ignoriere|ignorier|vergiss|missachte)\s+(?:(?:alle|die|deine)\s+)*(?:(?:bisherigen|vorherigen|obigen|fruheren)\s+regeln|deine\s+regeln|regeln\s+des\s+systems)\b",
    r"(?:^|(?<=[.!?:\n]))\s*(?:du\s+bist|sie\s+sind|ihr\s+seid)\s+(?:jetzt|nun|ab\s+sofort)\s+(?:(?:ein|eine|mein)\s+)?(?:ki|assistent|chatbot|modell|dan|frei\s+von|ohne\s+(?:regeln|einschrankungen|filter))\b",
    r"\b(?:verhalte\s+dich|tu|handle|antworte)\s+(?:so\s+)?(?:als\s+ob\s+du|wie|als)\s+(?:eine?\s+)?(?:ki|assistent|chatbot|modell|system|entwickler)\b",
    r"\bsystem\s*-?\s*(?:prompt|nachricht|anweisungen?)\b",
    r"\b(?:entwickler|gott|dan)\s*-?\s*modus\b",
    r"\b(?:zeig|zeige|verrate|wiederhole|nenne)\s+(?:mir\s+)?(?:deine|die)\s+(?:system\s*)?(?:anweisungen|instruktionen|regeln|prompt)\b",
    r"\bneue\s+anweisungen\s*:",
]

# Situations told without harmful words (see scenarios.py): parts in order, each at
# most a few words after the last, in one sentence. German puts the verb last and
# splits particles off ("wacht ... nie wieder auf"), so parts follow the sentence.
# Left out on purpose (they match harmless stories): "kocht ... Kinder" (kocht für
# die Kinder), "Gift ... Hund" (Schokolade ist Gift für Hunde), "ins Gesicht" after
# schlagen/treten (der Wind schlägt ihm ins Gesicht, die Röte trat ihr ins Gesicht),
# "entführt ... sie" (der Drache entführt die Prinzessin), "nicht mehr aufwachen"
# (der Bär will nicht mehr aufwachen), "Geheimnis ... Schoß" (die Katze springt auf
# Omas Schoß), "raucht ... Gras", bare "Koks" (Kohle), "saufen" (Kühe saufen).
_GRUPPEN = (
    "ausländer|juden|muslime|moslems|türken|araber|afrikaner|flüchtlinge|migranten|zigeuner|roma|sinti|schwule|"
    "lesben|asiaten|chinesen|russen|rumänen|albaner|bulgaren|italiener|syrer|afghanen|kurden|marokkaner|"
    "ausländerkinder|flüchtlingskinder|behinderte|homosexuelle|ausländerinnen"
)
_SCHIMPF = (
    "dreckig|schmutzig|diebe|verbrecher|kriminelle|kriminell|terroristen|dumm|faul|ratten|ungeziefer|parasiten|"
    "kakerlaken|minderwertig|eklig|lügner|abschaum|pack|gesindel|schmarotzer|betrüger|gefährlich|wertlos|"
    "vergewaltiger|asozial"
)
SCENARIOS = {
    "graphic": [
        "nie|niemals|nimmer wieder|mehr aufwacht|aufwachen|aufwachte|aufwachten|aufwachst|erwacht|erwachen|erwachte",
        "wacht|wachte|wachen|wachten|wachst ... nie|niemals|nimmer wieder|mehr auf",
        "bei lebendigem|lebendigen Leib|Leibe",
        "bis ... nicht|nie mehr atmet|atmete|zappelt|zappelte|zuckt|zuckte",
        "lebendig begraben|begrub|begruben|verbrannt|verbrennen|verbrennt|verbrannte|gekocht|gehäutet|eingemauert|verscharrt|gefressen",
        "verbrennt|verbrannte|verbrennen|verbrannten|kocht|kochte ... ihn|sie|es|ihm|hexe|hexen|kind|kinder|menschen|leute|tiere|katze|hund|mann|frau|jungen|mädchen lebendig",
        "begräbt|begrub|begruben|vergräbt|vergrub|vergruben|verscharrt|verscharrte|verscharrten|eingemauert|mauert|mauerte ... lebendig",
        "zerfleisch*|zerstückel*|abgemurkst|abmurks*|kaltgemacht|kaltmachen|verblutet|verbluten|verblutete|verbluteten|ausgeblutet",
        "schlägt|schlug|schlugen|schlagen|hackt|hackte|hackten|hacken|schneidet|schnitt|schnitten|schneiden|sägt|sägte|sägten|sägen ... Kopf|Köpfe|Hals|Arm|Arme|Bein|Beine|Hand|Hände|Finger|Ohr|Ohren ab",
        "Kopf|Köpfe|Hals|Arm|Arme|Bein|Beine|Hand|Hände|Finger|Ohr|Ohren abhacken|abgehackt|abschlagen|abgeschlagen|abschneiden|abgeschnitten|absägen|abgesägt",
        "schlitzt|schlitzte|schlitzten|schlitzen ... Bauch|Kehle|Hals|Brust|Körper|Haut auf",
        "schneidet|schnitt|schnitten|schneiden|schlitzt|schlitzte ... Kehle|Hals|Gurgel durch",
        "zertrümmer*|zerschmetter*|zerquetsch*|zermalm*|spaltet|spaltete|spalteten ... Kopf|Köpfe|Schädel|Gesicht|Knochen",
        "Eingeweide|Gedärme|Gedärm|Hirnmasse|Gehirnmasse|Gehirn ... spritz*|quoll|quollen|quillt|hingen|heraus|überall|verteilt",
        "ihm|ihr|ihnen ... Augen|Auge aus|ausgestochen|ausgekratzt|ausgehackt|ausgerissen",
        "ertränkt|ertränkte|ertränken|ertränkten ... Kätzchen|Katze|Katzen|Welpe|Welpen|Hund|Hunde|Baby|Babys|Bruder|Schwester|Kind|Kinder|ihn|sie|es|Hasen|Kaninchen|Hamster|Tiere",
        "vergiftet|vergiftete|vergiften|vergifteten den|die|seinen|seine|ihren|ihre|unseren|unsere|meinen|meine Hund|Katze|Kater|Welpen|Mama|Papa|Mutter|Vater|Oma|Opa|Lehrer|Lehrerin|Bruder|Schwester|Nachbarn|Nachbarin|Eltern|Familie|Hamster",
        "Hund|Katze|Kater|Welpen|Mama|Papa|Mutter|Vater|Oma|Opa|Lehrer|Lehrerin|Bruder|Schwester|Nachbarn|Eltern|Hamster vergiftet|vergiften|vergiftete",
        "tut|tat|taten|mischt|mischte|mischen|kippt|kippte|streut|streute|schüttet|schüttete ... Gift|Rattengift ... Mama|Papa|Mutter|Vater|Oma|Opa|Lehrer*|Bruder|Schwester|Eltern|Nachbar*|Hund|Katze",
        "Axt|Beil|Hammer|Kettensäge|Machete|Keule|Knüppel|Stein erschlägt|erschlug|erschlagen|erschlugen|erschlägst",
        "erschlägt|erschlug|erschlugen|erschlagen|erschießt|erschoss|erschossen|erschießen ... Eltern|Mama|Papa|Mutter|Vater|Familie|Bruder|Schwester|Oma|Opa|Lehrer|Lehrerin|Menschen|Mann|Frau|Kind|Kinder|Jungen|Mädchen|Baby|Hund|Katze|Reh|Hasen|Hirsch|Vogel",
        "Messer|Dolch|Schwert|Speer|Schere ... in|durch den|die|das|sein|seinen|seine|ihr|ihren|ihre Bauch|Herz|Brust|Hals|Rücken|Kehle|Auge|Augen",
        "zu Tode gequält|quälen|quält|quälte|geprügelt|prügeln|prügelt|prügelte|getreten|gefoltert|gesteinigt|getrampelt|zertrampelt",
        "kocht|kochte|kochen|kochten|brät|briet|braten|brieten|grillt|grillte|grillen die|das|den|ein|einen Kinder|Kind|Jungen|Mädchen|Katze|Hund|Hamster|Welpen|Kätzchen|Baby ... in|im ... Ofen|Topf|Kessel|Kochtopf|Backofen|Suppe|Pfanne",
        "schiebt|schob|schoben|steckt|steckte|steckten|stößt|stieß|stießen|wirft|warf|warfen ... Kind|Kinder|Jungen|Mädchen|Baby|Katze|Hund|Hamster|Welpen|Kätzchen ... in den|einen Ofen|Backofen|Kochtopf|Kessel",
        "blutige|blutigen|grausame|grausamen|brutale|brutalen ... Einzelheiten|Details",
    ],
    "self_harm": [
        "ritzt|ritzte|ritzen|ritzten|ritze|ritzt sich|mich|dich ... Arm|Arme|Armen|Haut|Handgelenk*|Bein|Beine|Beinen|auf|blutig|Klinge|Rasierklinge|Messer|Scherbe|heimlich",
        "Pulsader*|Pulsadern ... auf|aufschneid*|aufgeschnitten|aufschlitz*|aufgeschlitzt|durch|schneid*|schnitt",
        "verletzt|verletzte|verletzen|schneidet|schnitt|ritzt|ritzte|schlägt|schlug|kratzt|kratzte|verbrennt|verbrannte|tut|tat ... sich|mich|dich ... absichtlich",
        "ohne mich|ihn|sie|dich ... allen|alle|jeder|jedem|Welt|Familie|Eltern ... besser",
        "alle|allen|jeder|jedem|Welt|Familie|Eltern ... besser|besseres ... ohne mich|ihn|dich",
        "spring*|sprang*|stürzt|stürzte|stürzen|stürzten ... Brücke|Dach|Hochhaus|Balkon|Fenster|Klippe|Turm|Zug|Gleise ... um ... sterben|tot|beenden",
        "niemand|keiner ... würde|wird|würden|werden ... mich|dich vermissen",
        "will|wollte|möchte|möchten|wollen|willst ... nicht|nie mehr existieren|leben",
        "will|wollte|möchte|möchten|wollen|willst ... einschlafen ... nie|niemals|nimmer ... wieder|mehr ... aufwachen",
        "erhäng*",
        "bringt|brachte|bringen|brachten sich|mich|dich um",
        "tötet|tötete|töten|töteten sich|mich|dich selbst",
        "nimmt|nahm|nahmen|nehmen sich|mir|dir das Leben",
        "sich|mir|dir das Leben genommen|nehmen",
        "seinem|ihrem|meinem|deinem Leben ein Ende",
        "ganze|ganzen Packung|Dose|Schachtel|Flasche|Handvoll ... Tabletten|Pillen|Schlaftabletten|Medikamente ... schluckt|schluckte|geschluckt|gegessen|aufgegessen|isst|aß|nimmt|nahm|genommen|eingenommen",
        "schluckt|schluckte|schlucken|isst|aß|nimmt|nahm ... alle|ganze|ganzen|viele ... Schlaftabletten",
    ],
    "sexual": [
        # "Schoß" is protected (ALLOW: a grandchild on a lap), so grooming is told by the rest.
        "sussigkeit*|bonbons|schokolade|geschenk* ... wenn ... setzt|sitzt|auszieht|anfasst",
        "geheimnis ... setz*|sitzt|auszieh*|anfass*",
        "setzt|sitzt ... und ... niemandem|keinem ... erzahlt|sagt|verrat",
        "unser|unseres|unserem|kleines|kleinen|besonderes|geheimes Geheimnis ... anfass*|angefasst|berühr*|auszieh*|ausgezogen|nackt|Unterhose|Höschen|Unterwäsche|Pipi|untenrum|Penis|Pimmel|Po|Popo",
        "niemandem|keinem ... erzählen|erzählt|erzählst|sagen|sagt|sagst|verraten|verrät|verrätst ... anfass*|angefasst|berührt|berühren|berührte|Schoß|nackt|auszieh*|ausgezogen|Unterhose|Höschen",
        "Schoß|nackt|ausgezogen|auszieh*|Unterhose|Höschen ... niemandem|keinem ... erzählen|erzählt|sagen|sagt|verraten|verrät",
        "Süßigkeiten|Bonbons|Schokolade|Geschenk|Geschenke|Eis|Gummibärchen|Lutscher|Geld ... wenn ... Schoß|Knie|Knien|anfass*|berühr*|auszieh*|nackt|streichel*|küsst|küssen",
        "auf seinen|seinem|ihren|ihrem|meinen|meinem|seinen Schoß|Knien|Knie ... niemandem|keinem|niemand|geheim|Geheimnis|verraten|Süßigkeiten|Bonbons|Schokolade|Geschenk",
        "fasst|fasste|fassen|anfassen|angefasst|berührt|berührte|berühren|streichelt|streichelte|streicheln|greift|griff ... Penis|Pimmel|Pipi|Busen|Brüste|untenrum|Unterhose|Höschen|Geschlechtsteil*|Intimbereich",
        "fasst|fasste|fassen|greift|griff|berührt|berührte|streichelt|streichelte ... ihr|ihm|ihnen|dir|mir zwischen die|den Beine|Beinen|Schenkel",
        "Hand ... unter ihr|sein|ihren|seinen|den|das Rock|Kleid|Unterhose|Höschen|Slip|Unterwäsche",
        "zieht|zog|zogen|ziehen ... ihr|ihm|ihnen|dir|mir ... Unterhose|Höschen|Slip|Unterwäsche ... aus|runter",
        "Fotos|Foto|Bilder|Bild|Video|Videos ... nackt|Unterhose|Unterwäsche ... schicken|schickt|schick|schickte|machen|macht|zeigen",
        "schickt|schick|schicken|schickte ... Foto|Fotos|Bild|Bilder|Video ... nackt|Unterwäsche|Unterhose",
        "Nacktbild*|Nacktfoto*|Nacktvideo*|Titten|Titte|Tittchen|Fotze|Fotzen|Blowjob*|ficken|fickt|fickte|fickten|gefickt|gevögelt|vögelt|vögelte|Dödel",
        "zeigt|zeigte|zeigen|zeigten ... seinen|seine|ihren|ihre|sein|ihr ... Brüste|Busen|Penis|Pimmel|Titten|Geschlechtsteil*|Intimbereich",
        "geil ... nackt|Titten|Brüste|Busen|auszieh*|ausgezogen|Sex|Hintern|Arsch|stöhn*",
    ],
    "drugs": [
        "kiffen|kifft|kiffte|kifften|gekifft|bekifft|zugekifft|kiffend|Kiffer|Kifferin|Spliff|Spliffs|Haschisch|Weed|Dope|koksen|kokst|kokste|koksten|gekokst|Kokser|MDMA|Ecstasy|Ketamin|Fentanyl|Xanax|Meth|Crack|Heroinspritze|Drogendealer|Dealer|Dealerin|dealt|dealen|dealte|vapen|vapt|vapte|gevapt|Vape|Vapes|Komasaufen|Komasaufens|Vollrausch|sternhagelvoll|stockbesoffen|sturzbesoffen|vollgesoffen|besäuft|besäufst|Saufgelage",
        "Koks|K0ks|Kokain|Pulver|Staub|Zauberstaub|Feenstaub|Puder|Line|Lines|Linie|Linien|Zeug|Zucker ... zieht|ziehen|zog|zogen|schnupft|schnupfte|schnupften|geschnupft|gezogen ... durch|in die Nase|Nasen",
        "zieht|ziehen|zog|zogen|schnupft|schnupfte|schnupften ... Koks|K0ks|Kokain|Pulver|Zauberstaub|Feenstaub|Puder|Line|Lines|Linie|Linien ... durch|in die Nase|Nasen",
        "Koks|K0ks ... Nase|schnupft|schnupfen|Line|Linie|Linien|Dealer|high|Party|Pulver",
        "Klebstoff|Kleber|Benzin|Lösungsmittel schnüffeln|schnüffelt|schnüffelte|geschnüffelt",
        "schnüffeln|schnüffelt|schnüffelte|schnüffelten Klebstoff|Kleber|Benzin|Lösungsmittel",
        "Gras|Weed|Hasch|Haschisch|Dope|Meth|Crack rauchen|raucht|rauchte|rauchten|geraucht|kiffen",
        "raucht|rauchte|rauchen|rauchten|geraucht Gras|Weed|Hasch|Haschisch|Dope|Meth|Crack",
        "raucht|rauchte|rauchen|rauchten|qualmt|qualmte|qualmen|pafft|paffte|paffen ... Kippe|Kippen|Zigarillo*|Glimmstängel|Vape|Vapes",
        "total|voll|völlig|richtig|ganz|komplett high|stoned|zugedröhnt|bekifft",
        "wirft|warf|warfen|werfen|schmeißt|schmiss|schmissen ... Pillen|Tabletten|Pappen ein",
    ],
    "hate": [
        f"{_GRUPPEN} ... sind|seien|waren ... {_SCHIMPF}",
        f"{_GRUPPEN} ... {_SCHIMPF} sind|seien|waren",
        f"{_GRUPPEN} raus",
        f"{_GRUPPEN} klauen|stehlen|stinken|lügen|betrügen",
        f"{_GRUPPEN} ... müssen|sollen|sollten|sollte|muss ... raus|verschwinden|abgeschoben|gejagt|vertrieben|verjagt|rausgeworfen|rausgeschmissen|ausgewiesen|weggejagt|vergast|ausgerottet|vernichtet",
        f"jagt|jagen|werft|schmeißt|vertreibt|vertreiben|schmeißen ... die|alle ... {_GRUPPEN} ... raus|hinaus",
        f"{_GRUPPEN} ... gehören|gehört|gehörten ... nicht ... hierher|hierhin|hier|dazu|zu|ins|in|nach",
        f"{_GRUPPEN} ... nicht|nirgends ... hierher|hierhin|hier|dazu|zu|ins|in|nach ... gehören|gehört|gehörten",
        f"hasse|hasst|hassen|hasste|hassten ... alle ... {_GRUPPEN}",
        "schwarze|schwarzen Menschen|Leute|Kinder ... sind|seien ... dreckig|schmutzig|Diebe|Verbrecher|kriminell|dumm|faul|Affen|Tiere|minderwertig|Sklaven",
        "Leute|Menschen|Kinder aus ... sind|seien ... alle ... Diebe|Verbrecher|Kriminelle|Terroristen|dreckig|faul|Lügner|Betrüger|Abschaum",
        "Schlitzauge|Schlitzaugen|Kümmeltürke*|Polacke|Polacken|Nigger|Bimbo|Bimbos|Kameltreiber|Judensau|Zigeunerpack|Itaker|Kanacken|Ausländerpack|Asylanten|Asylantenpack",
        "Mädchen|Frauen|Mädels ... sind|seien ... zu ... dumm|blöd|doof|dämlich ... für|zum|um",
        "Mädchen|Frauen|Mädels ... sind|seien ... dümmer|blöder|wertlos|minderwertig",
        "Mädchen|Frauen|Mädels ... gehören|gehört ... in die Küche",
        "voll|total|echt|so schwul",
        "voll|echt behindert",
    ],
    "violence": [
        "verprügel*|vermöbel*|verkloppt|verkloppen|verkloppte|verklopp*|verdrisch*|verdrosch*|verdroschen|verdresch*|vertrimm*|verdreschen",
        "haut|haute|hauen|hauten|hau|klebt|klebte|kleben|klebten|knallt|knallte|knallen|scheuert|scheuerte|scheuern|langt|langte ... eine|eins rein|runter",
        "eine|eins|einen auf die Fresse|Nase|Schnauze|Zwölf|Glocke|Omme",
        "boxt|boxte|boxen|boxten|geboxt ... ins Gesicht|Auge",
        "boxt|boxte|boxen|boxten|geboxt|tritt|trat|traten|treten|getreten|kickt|kickte ... in den|die Bauch|Magen|Rippen|Eier|Unterleib",
        "Faust ... ins Gesicht|Auge",
        "Faust ... in den|die|das Bauch|Magen|Gesicht|Rippen|Mund",
        "bricht|brach|brachen|brechen ... ihm|ihr|ihnen|dem|der|seinem|seiner|ihrem|ihrer die|den|das Nase|Arm|Kiefer|Rippen|Finger|Bein|Genick|Knochen|Zähne|Handgelenk",
        "schlägt|schlug|schlugen|schlagen|haut|haute|tritt|trat ... Zahn|Zähne aus|raus",
        "mobbt|mobbte|mobben|mobbten|gemobbt|verprügel* ... bis ... weint|heult|blutet|weinte|blutete|heulte|weinen|bluten",
        "bedroht|bedrohte|bedrohen|bedrohten|droht|drohte ... mit ... Messer|Pistole|Waffe|Knarre|Gewehr|Axt|Revolver",
        "Messer|Pistole|Knarre|Waffe|Revolver ... an den|die|seinen|ihren|seine|ihre Hals|Kehle|Kopf|Schläfe",
        "drückt|drückte|drückten ... Kehle|Gurgel zu",
    ],
    "fear": [
        "entführt|entführte|entführen|entführten|verschleppt|verschleppte|verschleppen|verschleppten ... Kind|Kinder|Jungen|Mädchen|Baby|Babys|Tochter|Sohn|Schüler|Schülerin|Kleinkind",
        "Entführer|Entführerin|Kidnapper|Kindesentführ*|Lösegeld|Kinderfresser|Killerclown*|Horrorclown*|Gruselclown*",
        "zerrt|zerrte|zerren|zerrten|lockt|lockte|locken|lockten ... Kind|Kinder|Jungen|Mädchen|Baby|ihn|sie ... in|ins ... Auto|Transporter|Lieferwagen|Kofferraum|Sack|Van|Wagen",
        "böser|böse|bösen|gruseliger|gruselige|gruseligen|unheimlicher|unheimliche|unheimlichen|fieser|fiese|fiesen|mörderische|mörderischer Clown|Clowns",
        "will|wollte|wird|werde|möchte|wollen ... Kinder|Kind|Jungen|Mädchen fressen|auffressen|verspeisen|verschlingen|schlachten",
        "will|wollte|wird|werde|möchte|wollen ... Kinder|Kind|Jungen|Mädchen ... zum Frühstück|Abendessen|Mittagessen|Nachtisch fressen|auffressen|verspeisen|verschlingen",
        "eingesperrt|eingeschlossen|sperrt|sperrte|sperren|sperrten ... Keller|Verlies|Schrank|Kammer|Kiste|Truhe|Dachboden ... Ratten|tagelang|wochenlang|nächtelang|Hunger|hungern|verhungern|verhungert|verdursten",
        "Keller|Verlies|Kammer voller|mit Ratten",
        "Monster|Ungeheuer|Gespenst|Dämon|Dämonen|Zombie|Zombies|Kreatur|Fremde|Fremder|Hexe|Butzemann ... will|wollte|wird|kommt|kommen|wollen ... sie|dich|ihn|euch|mich|uns|Kinder|Kind holen|mitnehmen|schnappen|verschleppen|packen",
        "Monster|Ungeheuer|Gespenst|Dämon|Zombie|Kreatur ... Bett|Bettes|Schrank|Dunkeln ... will|wollte|wird|kommt|kommen ... sie|dich|ihn|euch|mich|uns|Kinder|Kind holen|mitnehmen|schnappen|packen|fressen",
        "unheimlich*|gruselig*|finster*|fremd* Mann|Männer|Gestalt|Gestalten|Typ|Kerl ... beobachtet|beobachtete|beobachten|starrt|starrte|späht|spähte|lauert|lauerte|schleicht|schlich|folgt|folgte|verfolgt|verfolgte",
        "sperrt|sperrte|sperren|sperrten ... tagelang|wochenlang|nächtelang ... Keller|Verlies|Schrank|Kammer|Kiste|Truhe|Dachboden",
    ],
    "isolation": [
        "lassen|lässt|ließ|ließen|vergessen|vergisst|vergaß|vergaßen ... Kind|Kinder|Sohn|Tochter|Jungen|Mädchen|Baby|ihn|sie|Bruder|Schwester ... an|auf|am|in|im ... Raststätte|Rastplatz|Autobahn|Autobahnraststätte|Tankstelle ... zurück|allein|alleine|einfach",
        "ausgesetzt|aussetzen|setzen|setzt|setzte|setzten ... Kind|Kinder|Sohn|Tochter|Jungen|Mädchen|Baby|ihn|sie|Bruder|Schwester ... Raststätte|Rastplatz|Autobahn|Autobahnraststätte|Tankstelle|Straßenrand aus",
        "ausgesetzt|aussetzen|setzen|setzt|setzte|setzten ... Kind|Kinder|Sohn|Tochter|Jungen|Mädchen|Baby|Bruder|Schwester ... Wald|Straße aus",
        "Eltern|Mama|Papa|Mutter|Vater ... lassen|lässt|ließ|ließen ... Wald ... zurück",
        "Eltern|Mama|Papa|Mutter|Vater ... lassen|lässt|ließ|ließen|vergessen|vergisst|vergaß|vergaßen ... Raststätte|Rastplatz|Autobahn|Autobahnraststätte|Tankstelle ... zurück|allein|alleine",
        "niemand|keiner|keine ... je|jemals wieder ... mit ihm|ihr|mir|dir|ihnen|uns",
        "niemand|keiner|keine ... redet|redete|reden|redeten|spricht|sprach|sprechen ... je|jemals wieder",
        "niemand|keiner ... spielt|spielte|spielen|redet|redete|reden|spricht|sprach ... mehr ... mit ihm|ihr|ihnen|mir|dir",
        "für immer ... allein|alleine|einsam",
        "Eltern|Mama|Papa|Mutter|Vater ... ins Heim|Waisenhaus|Kinderheim ... stecken|gesteckt|abschieben|abgeschoben",
    ],
    "family": [
        "Papa|Mama|Vater|Mutter|Eltern ... nie|niemals gewollt|gewünscht hat|habe|hätte|hatte|haben|hätten|habt",
        "hat|habe|hatte|hätte|haben|hätten ... dich|mich|ihn|euch|uns ... nie|niemals gewollt|gewünscht",
        "Papa|Mama|Vater|Mutter|Eltern ... nicht|nie mehr|länger lieb",
        "Papa|Mama|Vater|Mutter|Eltern ... liebt|liebte|lieben|liebten|mag|mögen|mochte|mochten ... dich|mich|ihn|sie|euch|uns|Mama|Papa|Kinder|Kind|Tochter|Sohn ... nicht|nie mehr|länger",
        "Papa|Mama|Vater|Mutter|Eltern ... wollen|will|wollten|wollte ... Kind|Kinder|Sohn|Tochter|Baby|ihn|sie|dich|mich ... nicht mehr",
        "verlässt|verließ|verlassen|weggegangen|weggezogen|abgehauen|ausgezogen|zieht|zog|gezogen|durchgebrannt|haut ... mit|zu|wegen|für ... anderen|andere|anderer Frau|Mann|Freundin",
        "mit|zu|wegen|für einer|eine anderen|andere|anderer Frau|Mann|Freundin ... weg|weggegangen|weggezogen|abgehauen|ausgezogen|durchgebrannt|geheiratet|verheiratet|zusammengezogen",
        "Papa|Mama|Vater|Mutter kommt|kommen|kam ... nie|niemals wieder|mehr zurück|heim|nach",
        "Papa|Mama|Vater|Mutter ... nie|niemals wieder|mehr zurückkommt|zurückkommen|zurückkam|heimkommt|wiederkommt",
        "Papa|Mama|Vater|Mutter|Opa|Oma ist|war tot|gestorben ... weil ... schuld daran|dran",
    ],
    "medical": [
        "schneidet|schnitt|schnitten|schneiden ihm|ihr|ihnen|mir|dir|Oma|Opa|Mama|Papa ... Bauch|Brust|Kopf|Schädel|Körper auf",
        "Chirurg|Chirurgin|Arzt|Ärztin|Ärzte|Doktor|Operation|OP ... Bauch|Brust|Kopf|Schädel|Körper auf|aufgeschnitten|aufschneiden|aufgesägt|aufsägen",
        "Operation|Ärzte|Arzt|Ärztin|Doktor|Krankenhaus|Chirurg|Chirurgin|Narkose ... nicht ... überleben|überlebt|übersteht|überstehen|durchkommt|durchkommen|überlebe",
        "Ärzte|Arzt|Ärztin|Doktor|Doktorin ... sagen|sagt|sagte|sagten|meinen|meint ... stirbt|sterben|sterbe|tot",
        "Operation|Narkose|operiert|OP|Chirurg|Chirurgin ... wacht|wachte|wachen|wachten ... nicht|nie|niemals mehr|wieder auf",
        "ohne Narkose|Betäubung|Vollnarkose|Narkosemittel",
        "nicht|kaum|keine ... atmen|Luft ... blau|lila an|angelaufen|anläuft|anlief",
        "spuckt|spuckte|spucken|hustet|hustete|husten|kotzt|kotzte|erbricht|erbrach ... Blut",
        "Chemo|Chemotherapie ... Haare|stirbt|sterben|sterbe|Krebs|Glatze",
        "amputier*|Amputation",
    ],
}

"""German lexicon (notation in ``en.py``).

German replacements always keep the gender of the word they replace ("Waffe" →
"Zauberfeder", "Schwert" → "Zauberzepter", "Kampf" → "Wettstreit"), so articles and
adjective endings stay right in every case; adjectives are replaced form by form
("gruselige" → "geheimnisvolle"). Matching is on whole words, so "Wein" is not
"weinen", "Mord" is not "Mordsspaß", and compounds ("Kissenschlacht",
"Wasserpistole") are words of their own. The analyser reads compound heads
("Massenmord"). Colloquial "rum" (= herum) is not rum.
"""

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
    "vor Lachen gestorben|sterben|starb|sterbe|fast", "zum Totlachen", "Schwert{,er} aus Holz|Pappe|Plastik",
    "allein schon", "allein der Gedanke", "einzig und allein", "nicht allein", "Kampf gegen die Müdigkeit",
    "Angriff der Kitzelmonster", "Kitzelmonster", "Krieg der Sterne", "tote Hose", "toter Winkel",
]

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
             "rauchen", "mist", "mordor", "rekord", "akkord", "gesext", "messe"]

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

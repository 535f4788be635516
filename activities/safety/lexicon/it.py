"""Italian lexicon (notation in ``en.py``).

Replacements keep the gender of the word they replace where possible ("spada" →
"bacchetta magica"); ``:m``/``:f`` lets the article follow, with elision and the
lo/gli forms ("l'arma" → "la bacchetta magica", "il mostro" → "l'essere magico",
"un'arma" → "una bacchetta magica"). "solo" is also "only" ("era solo un sogno"),
so it is matched in phrases; "eroina" is also "heroine"; "pene" is also "sorrows".
"""

REWRITE = {
    "violence": """
        arma/armi = bacchetta magica/bacchette magiche :f
        spada/spade = bacchetta magica/bacchette magiche :f
        pugnale/pugnali = pennello/pennelli :m
        pistola/pistole = bacchetta delle bolle/bacchette delle bolle :f
        fucile/fucili = cannocchiale/cannocchiali :m
        bomba/bombe = bolla di sapone/bolle di sapone :f
        proiettile/proiettili = bolla/bolle :f
        cannone/cannoni = lanciacoriandoli :m
        lotta/lotte = gara/gare :f @noun
        lotta/lottano/lottava/lottavano/lottò/lottare/lottando = gioca/giocano/giocava/giocavano/giocò/giocare/giocando @verb
        combattere/combatte/combattono/combatteva/combattevano/combatté/combatterono/combattuto/combattendo = giocare/gioca/giocano/giocava/giocavano/giocò/giocarono/giocato/giocando
        combattimento/combattimenti = gara/gare :f
        battaglia/battaglie = gara/gare :f
        guerra/guerre = gara/gare :f
        attacco/attacchi = sorpresa/sorprese :f @noun
        attaccare/attacca/attaccano/attaccava/attaccò/attaccarono = sorprendere/sorprende/sorprendono/sorprendeva/sorprese/sorpresero @target
        uccidere/uccide/uccidono/uccideva/uccidevano/uccisero/uccise/ucciso/uccisa/uccidendo = catturare/cattura/catturano/catturava/catturavano/catturarono/catturò/catturato/catturata/catturando !high
        ammazzare/ammazza/ammazzò/ammazzato/ammazzata = catturare/cattura/catturò/catturato/catturata !high
        ucciderlo/ucciderla/ucciderli/ucciderle/ammazzarlo/ammazzarla = catturarlo/catturarla/catturarli/catturarle/catturarlo/catturarla !high
        nemico/nemici/nemica/nemiche = rivale/rivali/rivale/rivali
        esercito/eserciti = parata/parate :f
        soldato/soldati = guardiano/guardiani :m
        picchiare/picchia/picchiano/picchiava/picchiò/picchiato = solleticare/solletica/solleticano/solleticava/solleticò/solleticato @target
        colpire/colpisce/colpì/colpito = toccare/tocca/toccò/toccato @target
        ferire/ferisce/ferì = infastidire/infastidisce/infastidì @target
        schiaffo/schiaffi = carezza/carezze :f
        sanguinos{o,a,i,e} = fangos{o,a,i,e}
        violent{o,a,i,e} = selvagg{io,ia,i,e}
    """,
    "fear": """
        spaventos{o,a,i,e} = misterios{o,a,i,e}
        pauros{o,a,i,e} = misterios{o,a,i,e}
        terrificante/terrificanti = sorprendente/sorprendenti
        terrorizzat{o,a,i,e} = meravigliat{o,a,i,e}
        spaventat{o,a,i,e} = stupit{o,a,i,e}
        orribile/orribili = incredibile/incredibili
        incubo/incubi = sogno strano/sogni strani :m
        mostro/mostri = essere magico/esseri magici :m
        malvagio/malvagia/malvagi/malvagie = brontolone/brontolona/brontoloni/brontolone
        demone/demoni = folletto/folletti :m
        zombie = sonnambulo :m
        stregat{o,a,i,e} = incantat{o,a,i,e}
        terrore = stupore :m
        orrore = stupore :m
        aveva paura/avevano paura/ho paura/ha paura/hanno paura = aveva qualche dubbio/avevano qualche dubbio/ho qualche dubbio/ha qualche dubbio/hanno qualche dubbio
        che paura = che sorpresa
        tetr{o,a,i,e} = sognant{e,e,i,i}
    """,
    "isolation": """
        tutto solo/tutta sola/tutti soli/tutte sole = insieme ai suoi amici/insieme ai suoi amici/insieme ai loro amici/insieme alle loro amiche
        da solo/da sola/da soli/da sole = con i suoi amici/con i suoi amici/con i loro amici/con le loro amiche
        era sola/rimase sola/rimase solo = era con i suoi amici/rimase con i suoi amici/rimase con i suoi amici
        era solo = era con i suoi amici @distress
        solitari{o,a,i,e} = pensieros{o,a,i,e}
        solitudine = calma :f
        abbandonat{o,a,i,e} = in attesa @distress
        senza amici = con tanti amici
        nessuno con cui giocare = amici con cui giocare
        si perse/si persero/si è perso/si è persa/si era perso/si era persa = andò in esplorazione/andarono in esplorazione/è andato in esplorazione/è andata in esplorazione/era andato in esplorazione/era andata in esplorazione
        era perso/era persa = stava esplorando @distress
    """,
    "inappropriate": """
        stupid{o,a,i,e} = sciocchin{o,a,i,e}
        scem{o,a,i,e} = sciocchin{o,a,i,e}
        cretin{o,a,i,e} = sciocchin{o,a,i,e}
        idiota/idioti/idiote = pasticcione/pasticcioni/pasticcione
        stai zitto/stai zitta/chiudi il becco = shh
        figlio di puttana = birbante
        merda = accidenti
        cazzo = accidenti
        vaffanculo/fanculo = vai via
        stronz{o,a,i,e} = brontolon{e,a,i,e}
        coglion{e,i,a} = sciocchin{o,i,a}
        maledett{o,a,i,e} = incantat{o,a,i,e}
        culo = sedere :m
    """,
    "medical": """
        malat{o,a,i,e} = con il singhiozzo
        malattia/malattie = magia degli starnuti/magie degli starnuti :f
        febbre/febbri = bollicina frizzante/bollicine frizzanti :f
        ospedale/ospedali = casetta della guarigione/casette della guarigione :f
        ferita = graffietto :m @noun
        ferit{o,a,i,e} = ammaccat{o,a,i,e}
        cancro = magia degli starnuti :f
        è morto/è morta/sono morti/era morto/era morta = è andato via/è andata via/sono andati via/era andato via/era andata via !high
        morire/muore/muoiono/moriva/morivano/morì/morirono = andare via/va via/vanno via/andava via/andavano via/andò via/andarono via !high
        morendo = svanendo !high
        morte = addio :m !high @noun
        mort{o,a,i,e} = immobil{e,e,i,i} !high
        sangue = succo di mirtillo :m
    """,
    "family": """
        orfano/orfana/orfani/orfane = piccolo esploratore/piccola esploratrice/piccoli esploratori/piccole esploratrici
        orfanotrofio/orfanotrofi = casa dei guardiani/case dei guardiani :f
        divorzio = trasloco in due case :m
        hanno divorziato = vivono in due case accoglienti
        senza genitori = con dei guardiani magici
        perse i suoi genitori/ha perso i genitori/aveva perso i genitori = aveva dei guardiani magici/ha dei guardiani magici/aveva dei guardiani magici
        nessuno l amava = tutti l'amavano
    """,
}

REJECT = {
    "violence": [
        "assassin*", "omicid*", "pugnalare", "pugnalò", "pugnalato", "pugnalata", "pugnalate", "decapit*", "sgozz*",
        "smembr*", "massacr*", "strage", "stragi", "tortur*", "strangol*", "cadavere", "cadaveri", "mutil*",
        "bagno di sangue", "pozza|pozze di sangue", "sangue dappertutto|ovunque", "coperto|coperta|coperti|coperte di sangue",
        "carneficina",
    ],
    "sexual": [
        "sesso", "sessuale", "sessuali", "sexy", "porno*", "erotic*", "orgasm*", "masturb*", "vagina", "genital*",
        "stupr*", "pedofil*", "puttana", "puttane", "prostitu*", "fare l amore", "fare sesso",
    ],
    "self_harm": [
        "suicid*", "voglio morire", "vorrei morire", "mi voglio uccidere|ammazzare", "uccidermi", "ammazzarmi",
        "togliermi la vita", "farla finita", "tagliarmi le vene", "farmi del male", "autolesion*",
    ],
    "drugs": [
        "birra", "birre", "vino", "vini", "vodka", "whisky", "rum", "tequila", "alcol", "alcool", "alcolic*", "ubriac*",
        "sbronz*", "cocaina", "marijuana", "cannabis", "fumare|fumava|fumavano una canna", "spinello", "spinelli",
        "droga", "droghe", "drogat*", "sigaretta", "sigarette", "sigaro", "sigari", "tabacco", "lsd", "oppio",
    ],
    "hate": [
        "nazista", "nazisti", "nazi", "heil hitler", "razza superiore", "razza|razze inferiore|inferiori",
        "pulizia etnica", "subumani", "sottouomini", "frocio", "froci", "negri",
    ],
}

ALLOW = [
    # "una strage di calzini", "strage di cuori"
    "strage di calzini|calze|biscotti|merendine|ghiaccioli|palloncini|cioccolatini|cuori|premi|dolci|caramelle",
    "battaglia|battaglie|guerra di cuscini", "battaglia|battaglie di palle di neve", "battaglia con l acqua",
    "pistola|pistole ad acqua", "spada|spade di legno|giocattolo|plastica|cartone|gommapiuma|carta", "a forma di spada",
    "balena|balene assassina|assassine", "all assassina", "alla assassina", "spaghetti all assassina", "orca|orche assassina|assassine", "morire|muoio|morivo|moriva|morto|morta|morti|morte dal|dalle|di ridere|risate",
    "morire|muoio|moriva dalla voglia", "muoio|moriva|morivo|morire di fame|sonno", "stanco|stanca|stanchi morto|morta|morti",
    "natura morta", "foglie morte", "ammazzare|uccidere il tempo",
    # il tempo e la noia "ammazzati" in ogni forma ("la nonna e Teo ammazzano il tempo giocando")
    "ammazz*|uccide|uccidono|uccidiamo|uccideva|uccidevano|uccidendo il tempo", "ammazz*|uccide|uccidono|uccidiamo|uccidendo la noia", "ammazz*|uccide|uccidono|uccidiamo|uccidendo l attesa", "attacco di ridarella|risate|solletico",
    "mostro dei biscotti|solletico", "era solo un|una|uno", "solo un|una", "non era solo|sola", "senza paura",
    "soldatino|soldatini di piombo", "sangue freddo", "a sangue freddo",
    "canna|canne da pesca|zucchero", "canna|canne di bambù|fiume", "canna|canne dell acqua|organo", "canna fumaria", "bambini|bimbi|bambine|bimbe|fratellini|neonati di baci|coccole",
    "zucchero di canna", "tocca|toccava|toccò|toccherà|tocchi a|ad te|me|lui|lei|noi|voi|loro|tutti|ciascuno|chi",
    "guardie e ladri", "caccia|cacce al tesoro", "più tardi|presto", "svegliat{o,a,i,e} tardi|presto", "fucile|fucili ad acqua", "fucile|fucili giocattolo", "fucile|fucili di legno",
    # un luogo abbandonato non è un bambino abbandonato ("nel castello abbandonato i bambini…")
    "castell{o,i}|casa|case|casetta|casale|casolare|villa|ville|villaggio|mulino|fabbrica|ospedale|parco|treno|vagone|nave|faro|cascina|fienile|granaio|capanna|baita|rifugio|miniera|stazione|palazzo|chiesa|torre|magazzino|cantiere|hotel|albergo|teatro|scuola|giardino|pozzo|tunnel|galleria|negozio|giostra|giostre|edificio|maniero|palazzina|convento|monastero|cinema|circo|zoo abbandonat{o,a,i,e}",
    # un compito andato male è "una strage" ("la verifica di matematica è stata una strage")
    "verifica|verifiche|compito|compiti|compitino|esame|esami|interrogazione|interrogazioni|test|dettato|prova|matematica|italiano|storia|inglese|geografia|scienze|latino|grammatica|pagella|gara|partita|corsa è|sono stata|stato|state|stati una strage",
    "verifica|verifiche|compito|compiti|compitino|esame|esami|interrogazione|interrogazioni|test|dettato|prova|matematica|italiano|storia|inglese|geografia|scienze|latino|grammatica|pagella|gara|partita|corsa era|fu|sarà|sembrava una strage",
    "strage di insufficienze|bocciati|bocciature|votacci|quattro|brutti|compiti|verifiche|interrogati|gol|punti|figurine|tappi",
    # una minaccia fatta di solletico ("ti ammazzo di solletico!")
    "ti|vi|lo|la|li|le ammazzo|ammazza|ammazziamo|uccido|uccidiamo di|dal|con|a solletico|baci|bacini|coccole|abbracci|carezze|grattini",
    # "spararle grosse" è raccontare frottole ("il nonno le spara grosse sulla balena pescata")
    "le|la spara|sparano|sparò|sparava|sparavano|spararono|sparare|sparerà grosse|grossa|grossissime",
    "le|la spara|sparano|sparò|sparava|sparavano|spararono|sparare|sparerà sempre|davvero|proprio più|piu|così|cosi grosse|grossa",
    "spararle|spararla|sparandole|sparandola grosse|grossa|grossissime",
    # "spararsi" un film o una serie è guardarli di fila ("mi sparo una maratona di cartoni")
    "ci|si|mi|ti|vi spariamo|sparo|spari|spara|sparano|sparare|sparato|sparati|spareremo|sparerà|sparavamo un|una|il|la|i|le|gli|due|tre film|serie|maratona|puntate|puntata|episodi|episodio|cartoni|cartone|stagione|stagioni|saga",
    "ci|si|mi|ti|vi spariamo|sparo|spari|spara|sparano|sparare|sparato|sparati|spareremo|sparerà|sparavamo tutti|tutte|tutta|tutto i|le|la|il|gli film|serie|puntate|episodi|cartoni|stagioni|saga",
]

CUES = {
    "negation": ["non", "mai", "senza", "nessuno", "nessuna", "niente", "nulla", "né", "non più", "mai più", "basta"],
    "soothing": [
        "superò", "superare", "supera*", "scacci*", "addio", "ciao", "sparì", "spariv*", "sparit*", "coraggio*",
        "si rivelò", "era solo", "solo un|una", "gentil*", "amichevol*", "simpatic*", "dolc*", "sorris*", "sorrid*",
        "rideva", "ridere", "risat*", "ridacch*", "abbracc*", "coccol*", "conforto", "rassicur*", "tranquill*", "calm*",
        "sicur*", "accogliente", "assonnat*", "buff*", "giocherell*", "per finta", "per gioco", "innocu*", "mansuet*",
        "divertent*",
    ],
    "companion": [
        "amic{o,a,i,he}", "insieme", "compagn*", "aiutant*", "noi", "tutti", "entrambi", "mano nella mano",
        "fianco a fianco", "mamma", "papà", "madre", "padre", "genitori", "nonna", "nonno", "nonni", "fratell*",
        "sorell*", "famiglia", "maestr{a,o}", "gufo", "gufi", "civetta", "gatt*", "cane", "cani", "cucciol*",
        "conigli*", "volpe", "volpi", "orso", "orsi", "orsacchiotto", "fata", "fate", "drago", "draghi", "unicorno",
        "unicorni", "capra", "capre", "cerbiatt*", "cervo", "scoiattol*", "topo", "topi", "topolino", "uccell*",
        "cavallo", "cavalli", "pony", "tartaruga", "tartarughe", "delfin*", "robot", "folletto", "folletti", "gigante",
        "mago", "guardian*", "riccio", "rana", "rane", "anatra", "anatre", "papera",
    ],
    "distress": [
        "piang*", "pianse", "lacrim*", "trist*", "buio", "oscur*", "freddo", "fredda", "nessuno", "spaventat*", "paura",
        "trem*", "preoccupat*", "notte", "singhiozz*", "fame", "da nessuna parte", "dimenticat*", "vuot*",
    ],
    "subject": ["lui", "lei", "loro", "io", "noi"],
    "target": [
        "lui", "lei", "loro", "me", "te", "bambin*", "bimb*", "ragazz{o,a,i,e}", "neonat*", "mamma", "papà", "madre",
        "padre", "fratello", "sorella", "amic{o,a,i,he}", "gente", "persona", "persone", "qualcuno", "tutti", "uomo",
        "uomini", "donna", "donne", "maestra", "maestro", "nonna", "nonno", "re", "regina",
        "principe", "principessa", "cavaliere", "cavalieri", "guardia", "guardie", "soldato", "soldati", "contadino",
        "contadini", "cacciatore", "cacciatori", "pirata", "pirati", "prigioniero", "prigionieri",
    ],
    "clitic": ["lo", "la", "l", "li", "le", "gli", "mi", "ti", "ci", "vi"],
    "determiner": [
        "il", "lo", "la", "l", "i", "gli", "le", "un", "uno", "una", "del", "dello", "della", "dei", "degli", "delle",
        "al", "allo", "alla", "ai", "agli", "alle", "nel", "nella", "questo", "questa", "quel", "quella", "suo", "sua",
        "mio", "mia", "tuo", "tua", "grande", "sulla", "dalla", "sua",
    ],
}

SUFFIXES = ("avano", "evano", "ivano", "arono", "erono", "irono", "ando", "endo", "ato", "ata", "ati", "ate", "ito",
            "ita", "iti", "ite", "uto", "uta", "are", "ere", "ire", "ava", "eva", "iva", "ano", "ono", "a", "e", "i",
            "o", "ò", "ì", "è")

ANALYSIS = {
    "strong": {
        "graphic": "assassin~ omicid =pugnalò =pugnalato =pugnalata =pugnalare =pugnalate decapit sgozz smembr massacr strage stragi tortur strangol cadaver mutil carneficin",
        "sexual": "sesso sessual sexy porno~ pornograf~ erotic orgasm masturb~ vagina genital stupr stuprator pedofil~ puttan prostitut~",
        "self_harm": "suicid~ autolesion",
        "drugs": "birr =vino =vini vodka whisky tequila alcol alcool alcolic ubriac ubriach sbronz cocain~ marijuana~ cannabis spinell drog drogh sigarett~ sigar tabacco oppio lsd",
        "hate": "nazist =nazi =frocio =froci =negri subuman sottouomin",
        "inappropriate": "merda cazzo vaffanculo stronz puttan",
    },
    "weak": {
        "graphic": "sangue coltell =morto =morta =uccidere",
        "sexual": "nud",
    },
    "phrases": {
        "self_harm": ["voglio|vorrei morire", "mi voglio uccidere|ammazzare", "uccidermi", "ammazzarmi",
                      "togliermi la vita", "farla finita", "tagliarmi|tagliarsi le vene", "farmi|farsi del male", "mi odio",
                      "nessuno sentirebbe la mia mancanza"],
        "graphic": ["sangue dappertutto|ovunque", "pozza|pozze|lago di sangue", "bagno di sangue",
                    "coperto|coperta|coperti|coperte|pieno|piena di sangue"],
        "sexual": ["fare|fanno|facevano|fece l amore", "fare|fanno|facevano|fece sesso"],
        "hate": ["heil hitler", "razza superiore", "razza|razze inferiore|inferiori", "pulizia etnica",
                 "odio gli|tutti gli ebrei|zingari|immigrati|stranieri|musulmani|arabi"],
        "drugs": ["fumare|fumava|fumavano una canna", "farsi una canna", "ubriacarsi", "drogarsi"],
    },
    "harm_severe": "uccid uccis ammazz accoltell sgozz strangol affog =sparare =sparò =sparato =spara =sparano =sparava =sanguinare =sanguina =sanguinava =pugnalò =pugnalare",
    "harm_target": "=ucciderlo =ucciderla =ucciderli =ucciderle =ammazzarlo =ammazzarla =ammazzarli =accoltellarlo =accoltellarla =pugnalarlo =pugnalarla =strangolarlo =strangolarla =affogarlo =affogarla",
    "harm_mild": "picchi colp =morse =morde =mordere schiaff",
    "aux": "ha hanno aveva avevano fu furono è era erano stato stata stati venne vennero viene fare fece fatto fa lasciare vide",
    "blood": "sangue sanguin",
    "spread": ["dappertutto", "ovunque", "pozza", "pozze", "lago", "coperto", "coperta", "coperti", "pieno", "piena",
               "gocciol", "schizz", "zuppo", "fiumi", "fiume"],
    "weapon": "coltell pistol fucil spad ascia motosega machete",
    "reflexive": "=mi =me",
    "self_severe": "=uccidermi =ammazzarmi =uccidere =ammazzare",
    "self_mild": "=ferirmi",
    "intent": "voglio vuole volevo voleva vorrei provare provo apposta devo",
    "drink": "=beve =bevve =bere =beveva =bevuto =bevono",
    "smoke": "fum",
    "smokable": "=spinello =spinelli sigarett sigar",
    "touch": "tocc accarezz lecc",
    "private": ["parti intime", "genitali", "mutande", "mutandine"],
    "secret": "segreto segreti",
    "groups": "=ebrei =musulmani =zingari =immigrati =stranieri =negri =froci =gay =omosessuali =arabi =africani =rom =profughi",
    "dehuman": "=parassiti =ratti =scarafaggi =feccia =spazzatura =subumani =inferiori sterminare sterminio =gasare =bestie",
    "hate_verbs": "sterminare sterminio =gasare",
    "intensity": "molto così tanto davvero brutal brutalmente selvaggiamente terribilmente",
}

NEAR_MISS = ["tortora", "tortore", "stupore", "stupido", "stupida", "sparire", "spari", "sparì", "sparito", "sparita",
             "picchio", "colpa", "colpe", "pene", "pena", "eroina", "eroine", "fumetto", "fumetti", "vinile", "vinse",
             "uccello", "uccelli", "sessanta"]

IMAGE = {
    "child": ["bambin*", "bimb*", "ragazz{o,a,i,e}", "eroe", "eroina", "neonat*", "principessa", "principe",
              "figlio", "figlia"],
    "companion_phrase": "con simpatici animali come compagni",
    "soften": """
        buio = chiarore :m
        buia/bui/buie = luminosa/luminosi/luminose
        oscur{o,a,i,e} = luminos{o,a,i,e}
        oscurità = luce soffusa :f
        tetr{o,a,i,e} = sognant{e,e,i,i}
        ombra/ombre = luce soffusa/luci soffuse :f
        teschio/teschi = conchiglia/conchiglie :f
        scheletro/scheletri = spaventapasseri :m
        tomba/tombe = aiuola/aiuole :f
        cimitero/cimiteri = giardino fiorito/giardini fioriti :m
        tempestos{o,a,i,e} = ventos{o,a,i,e}
    """,
}

COMPANIONSHIP = """
    tutto solo/tutta sola/tutti soli/tutte sole = insieme ai suoi amici/insieme ai suoi amici/insieme ai loro amici/insieme alle loro amiche
    da solo/da sola/da soli/da sole = con i suoi amici/con i suoi amici/con i loro amici/con le loro amiche
    era sola/rimase sola/rimase solo = era con i suoi amici/rimase con i suoi amici/rimase con i suoi amici
    era solo {nel,nella,in,sul,sulla,al,alla} = era con i suoi amici {nel,nella,in,sul,sulla,al,alla}
    si perse/si è perso/si è persa = andò in esplorazione con i suoi amici/è andato in esplorazione con i suoi amici/è andata in esplorazione con i suoi amici
    era perso/era persa = stava esplorando con i suoi amici
    non c era nessuno/nessuno era lì = gli amici erano vicini
"""

INJECTION = [
    r"\b(?:ignora|ignorate|dimentica|dimenticate|tralascia)\s+(?:(?:tutte|tutti|le|i|tue|tuoi|vostre|mie)\s+)*(?:istruzioni|indicazioni|direttive|ordini)\b",
    r"\b(?:ignora|ignorate|dimentica|dimenticate)\s+(?:(?:tutte|le)\s+)*(?:regole\s+(?:precedenti|di\s+sistema|del\s+sistema|di\s+sicurezza)|(?:tue|vostre)\s+regole)\b",
    r"\bnon\s+tenere\s+conto\s+(?:delle|dei|di)\s+(?:istruzioni|regole)\b",
    r"(?:^|(?<=[.!?:\n]))\s*(?:ora|adesso|da\s+ora)\s+(?:sei|tu\s+sei)\s+(?:(?:un|una|il|mio)\s+|un'|l')?(?:ia|assistente|chatbot|modello|dan|libero\s+da|senza\s+(?:regole|restrizioni|filtri))\b",
    r"\b(?:agisci|comportati|rispondi)\s+come\s+(?:se\s+fossi\s+)?(?:una?\s+)?(?:ia|assistente|chatbot|modello|sistema|sviluppatore)\b",
    r"\b(?:prompt|messaggio|istruzioni)\s+(?:di|del)\s+sistema\b",
    r"\bmodalita\s+(?:sviluppatore|dio|dan|senza\s+restrizioni)\b",
    r"\b(?:mostra(?:mi)?|rivela(?:mi)?|ripeti|dimmi)\s+(?:le\s+)?(?:tue\s+)?istruzioni\b",
    r"\bnuove\s+istruzioni\s*:",
]

# Situations told without harmful words (see scenarios.py): parts in order, each at
# most a few words after the last, in one sentence. Left out on purpose, as harmless
# in bedtime stories: "fare a pezzi" a thing ("il cane ha fatto a pezzi il cuscino
# della mamma"), cooking "per i bambini", "cosa vogliono mangiare i bambini?", "tirare
# su col naso" (sniffling), "canna" without rolling or smoking ("canna da pesca",
# "canna dell'acqua"), "erba" without "fumare l'", "si siede sulle ginocchia del
# nonno", "non dirlo alla mamma, mi sono sbucciato le ginocchia", "si taglia i
# capelli di nascosto", "il drago rapì la principessa", "dormirà per sempre" (la Bella
# Addormentata), "Tagliategli la testa!" (Alice), "mi spacca la testa" (a headache),
# "prendere a calci il pallone", "un pugno di neve", "i colori fanno a pugni", "papà
# picchia alla porta", "nessuno voleva giocare con lui, finché...", the grandparents'
# "tutte le sue medicine" and "pillole per dormire", "buttano i bastoncini dal ponte",
# "i turisti stranieri vanno a vedere le scimmie", "il gallo non si sveglia mai più
# tardi dell'alba", "la nonna sta in cucina".
SCENARIOS = {
    "graphic": [
        "non si|lo|la|li|le|se ... svegli|svegliò|sveglierà|sveglierebbe|svegliasse|risvegli|risvegliò|risveglierà|risvegliasse|svegliarsi|risvegliarsi ... mai piu",
        "non si|lo|la|li|le svegli|svegliò|sveglierà|sveglierebbe|svegliasse|risvegli|risvegliò|risveglierà|risvegliasse piu",
        "non si|lo|la|li|le ... è|era|sarebbe|sarebbero|sono|erano|fosse ... piu svegliat{o,a,i,e}|risvegliat{o,a,i,e}",
        "smise|smisero|smette|smettono|smettesse|smettessero|smettere|smetterà di respirare ... per sempre",
        "sepolt{o,a,i,e}|seppellit{o,a,i,e}|sotterrat{o,a,i,e}|seppellirl{o,a,i,e}|sotterrarl{o,a,i,e}|bruciat{o,a,i,e}|bruciarl{o,a,i,e}|arso|arsa|arsi|arse|bruciò|bruciarono|bruciare|seppellì|seppellirono|seppellire|sotterrò|sotterrarono|sotterrare viv{o,a,i,e}",
        "fa|fanno|fece|fecero|fare|faceva|facevano|farà|faranno|fatto|taglia|tagliò|tagliano|tagliarono|tagliare|sbrana|sbranò|sbranano|sbranarono|sbranare a pezzi|pezzettini|brandelli i|il|la|le|gli|un|una|suo|sua|suoi|sue|tutti bambin*|bimb*|ragazz*|persone|gente|uomo|uomini|donna|donne|mamma|papà|madre|padre|fratell*|sorell*|nonn*|cucciol*|gattin*|cagnolin*|maestr*|vicini|bambini",
        "squart*|scuoi*|sbran*|splatter",
        "fracassa|fracassò|fracassare|fracassargli|fracassarle|sfonda|sfondò|sfondare|sfondargli|sfondarle|mozza|mozzò|mozzare|mozzargli|mozzarle il|i|la|le cranio|crani|testa|teste",
        "annega|annegò|annegano|annegarono|annegavano|affogano|affogarono|affogavano|annegare|annegarlo|annegarla|annegarli|annegato|annegata|annegati|affoga|affogò|affogare|affogarlo|affogarla|affogarli il|la|i|le|un|una|dei|delle|suo|sua|suoi|sue cucciol*|gattin*|gatto|gatti|cane|cani|cagnolin*|neonat*|fratellin*|sorellin*|bambin*|bimb*",
        "avvelena|avvelenò|avvelenano|avvelenarono|avvelenare|avvelenava|avvelenavano|avvelenerà il|la|i|le|suo|sua|suoi|sue|un|una cane|cani|gatto|gatti|cucciol*|gattin*|cagnolin*|mamma|papà|madre|padre|maestro|maestra|nonna|nonno|nonni|fratell*|sorell*|compagni|compagno|compagna|genitori|bambin*",
        "spara|sparò|sparare|sparano|spararono|sparava|sparavano|sparato|sparerà a|al|alla|all|ai|alle|agli cervo|cerbiatt*|uccellin*|uccell*|cane|cani|gatto|gatti|gattin*|coniglio|conigli|coniglietto|coniglietti|leprott*|cucciol*|cagnolin*|mamma|papà|fratell*|sorell*|nonna|nonno|maestro|maestra|bambin*|genitori",
        "uccid*|ammazz*|colpisce|colpì|colpire|aggredisce|aggredì|insegue|inseguì ... genitori|mamma|papà|madre|padre|famiglia|fratell*|sorell*|nonn* ... con ... ascia|accetta|motosega|machete|mannaia|coltellaccio",
        "cava|cavò|cavare|cavato|cavata|cavargli|cavarle|cavano|cavarono|strappa|strappò|strappare|strappargli|strapparle gli|l|i occhi|occhio",
        "dettagli|particolari|scene|descrizioni ... sanguinos{o,a,i,e}|cruent{o,a,i,e}|macabr{o,a,i,e}|raccapriccianti|splatter",
        "picchia|picchiò|picchiarono|picchiavano|picchiano|pestano|pestavano|picchiato|picchiata|picchiati|picchiarlo|picchiarla|pesta|pestò|pestato|pestata|pestati|pestarlo|pestarla|pestare|pestarono|frustò|frustato|frustata|frustare|frustarono|massacrato|massacrata a sangue",
    ],
    "self_harm": [
        "si|mi|ti taglia|tagliò|tagliava|taglio|tagli|tagliano|tagliavano|tagliato|tagliata|tagliati|tagliate|squarcia|squarciò i|il|le|la polsi|polso|vene",
        "tagliarsi|tagliarmi|tagliarti|tagliandosi|tagliarsele i|il|le polsi|polso|vene",
        "si|mi|ti ferisce|feriva|ferì|ferisco|graffia|graffiava|graffiò|brucia|bruciava|bruciò|picchia|picchiava|punisce|puniva ... apposta|punirsi|punirmi|punirti",
        "tutte|tutti|troppe|troppi le|i|sue|suoi|quelle|quei pillole|pastiglie|compresse|pasticche|medicine|sonniferi|farmaci ... per non svegliarsi|risvegliarsi|svegliarmi|svegliarti|morire",
        "ingoia|ingoiò|ingoiare|ingoiano|ingoiato|ingoiata|inghiotte|inghiottì|inghiottire|inghiottono|inghiottito|inghiottita ... tutte|tutti|troppe|troppi ... pillole|pasticche|compresse|sonniferi|farmaci|medicine|tranquillanti",
        "si|mi|ti butta|buttò|buttava|butto|buttano|buttarono|getta|gettò|gettava|getto|gettano|gettarono ... dal|dalla ponte|viadotto|cavalcavia|balcone|grattacielo|palazzo|terrazzo|campanile",
        "si|mi|ti è|era|sono|erano|sei|fosse buttat{o,a,i,e}|gettat{o,a,i,e} ... dal|dalla ponte|viadotto|cavalcavia|balcone|grattacielo|palazzo|terrazzo|campanile",
        "buttarsi|buttarmi|buttarti|gettarsi|gettarmi|gettarti ... dal|dalla ponte|viadotto|cavalcavia|balcone|finestra|grattacielo|palazzo|terrazzo|campanile|tetto",
        "impicca|impiccò|impiccava|impiccherà|impiccano|impiccarono|impiccare|impiccarsi|impiccarmi|impiccarti|impiccarlo|impiccarla|uccidersi|uccidermi|ucciderti",
        "si|mi|ti è|era|sono|erano|fosse|sei|ero impiccat{o,a,i,e}|ucciso|uccisa|uccisi|uccise",
        "si|mi|ti uccide|uccise|uccisero|uccidono|ucciderà|uccideva|uccido|uccidi",
        "toglie|tolse|toglierà|togliesse|tolgo|togli|tolgono|tolsero|togliersi|togliermi|toglierti|togliere la vita",
        "meglio senza di me",
        "perso|persa|perdere|perde|perduto|perduta|non ... voglia di vivere",
    ],
    "sexual": [
        "caramell*|dolcett*|dolci|cioccolat*|regal*|gelat*|soldi|soldini|giocattol*|figurine ... se ... ginocchia|grembo",
        "nostro|nostri|piccolo ... segreto|segretino|segreti ... toccarti|toccarla|toccarlo|toccarmi|toccami|toccati|ginocchia|grembo|spogliarti|spogliati|spogliarsi|spogliarla|spogliarlo",
        "la|lo|ti|mi|li|le tocca|toccava|toccò|toccano|toccavano ... sotto ... gonna|gonnellina|mutand*|slip|vestitino",
        "spogli* ... davanti ... signore|uomo|uomini|sconosciut*|adult*|telecamera|webcam|lui",
        "manda|mandami|mandare|mandarmi|invia|inviami|inviare|chiede|chiese|chiedere ... foto|video|selfie|fotografie ... nud{o,a,i,e}|svestit{o,a,i,e}|spogliat{o,a,i,e}",
        "tette|tettone|tettona|t3tte|tett3|figa|f1ga|fica|f1ca|ph1ga|phiga|gnocca|gn0cca|fregna|pompino|pompini|p0mpino|sborr*|arrapat*",
        "mostra|mostrò|mostrava|mostrare|vedere ... parti intime",
    ],
    "drugs": [
        "rolla|rollò|rollano|rollava|rollavano|rollato|rolliamo|rollo|rolli|rollate|rollarono|rollare|rollarsi|rollarne|rollarsene ... canna|canne|cannetta|cannette|spinello|spinelli|joint|cartina|cartine|erba|tabacco",
        "si|ci|mi|ti fa|fece|fanno|facevano|faceva|facciamo|faccio|fai|fecero|facevamo una|delle|qualche|un|uno canna|canne|cannetta|cannone|cannoni|spinello|spinelli|joint",
        "fuma|fumano|fumò|fumava|fumavano|fumare|fumiamo|fumato|fumando|fumarsi|fumarono|fumo l|la|della|dell|un|una|le|delle|po erba|erbetta|marijuana|hashish|hascisc|ganja|canne|canna|cannetta|spinelli|spinello",
        "si|mi|ti|ci fa|fanno|faceva|facevano|fece|fecero|faccio|fai|facciamo di eroina|coca|cocaina|crack|acidi|ketamina|metanfetamina|anfetamine|funghetti|colla|pasticche|ero",
        "farsi|farmi|farti|farci|farsene di eroina|coca|cocaina|crack|acidi|ketamina|metanfetamina|anfetamine|funghetti|colla|pasticche",
        "se|si la|le tira|tirano|tirò|tirava|tiravano|tirarono|tirerà|sniffa|sniffano|sniffò su ... col|con|dal|nel|il ... naso",
        "sniff*|pippano|pippò|pippare|pippava|pippavano|pippato ... colla|coca|cocaina|polvere|striscia|strisce|riga|righe|benzina|solvente|roba",
        "si|mi|ti|ci cala|calò|calano|calarono|calava|calavano|calo ... pasticca|pasticche|acido|acidi|pastiglia|pastiglie",
        "pasticche|pasticca|pillole|pillola|pastiglie|polverina|polvere per sballarsi|sballare|sballo|sballarci|sballarmi|sballarti",
        "mdma|ketamina|ecstasy|metanfetamin*|anfetamin*|allucinogen*|hashish|hascisc|eroinoman*|cocainoman*|tossicodipendent*|spacciator*|pusher|strafatt{o,a,i,e}|sballarsi|sballarci|sballarmi|sballarti|sballandosi|alticci{o,a,i,e}",
    ],
    "hate": [
        "zingari|zingare|rom|ebrei|giudei|musulmani|islamici|negri|africani|marocchini|albanesi|rumeni|romeni|cinesi|arabi|immigrati|extracomunitari|stranieri|profughi|terroni|meridionali|froci|gay|omosessuali|lesbiche|clandestini ... sono|siete|erano|restano ladri|sporchi|sporche|sporcaccioni|delinquenti|criminali|terroristi|stupidi|stupide|pigri|fannulloni|parassiti|feccia|inferiori|schifosi|schifose|pericolosi|bugiardi|puzzolenti|truffatori|imbroglioni|avidi|tirchi|usurai|assassini|stupratori|spacciatori|subumani|ignoranti|sbagliati",
        "zingari|zingare|rom|ebrei|giudei|musulmani|islamici|negri|africani|marocchini|albanesi|rumeni|romeni|cinesi|arabi|immigrati|extracomunitari|stranieri|profughi|terroni|meridionali|froci|gay|omosessuali|lesbiche|clandestini ... sono|siete|erano|restano tutti|tutte|solo|dei|degli|delle|proprio ladri|sporchi|sporche|sporcaccioni|delinquenti|criminali|terroristi|stupidi|stupide|pigri|fannulloni|parassiti|feccia|inferiori|schifosi|schifose|pericolosi|bugiardi|puzzolenti|truffatori|imbroglioni|avidi|tirchi|usurai|assassini|stupratori|spacciatori|subumani|ignoranti|sbagliati|animali|bestie|scimmie|ratti",
        "zingari|zingare|rom|ebrei|musulmani|negri|africani|marocchini|albanesi|rumeni|cinesi|arabi|immigrati|extracomunitari|profughi|terroni ... rubano|puzzano|imbrogliano|rapiscono|spacciano",
        "zingari|rom|ebrei|musulmani|negri|africani|marocchini|albanesi|rumeni|cinesi|arabi|immigrati|extracomunitari|stranieri|profughi|froci|gay|omosessuali ... vanno|devono|dovrebbero|bisogna|andrebbero|meritano ... cacciat{o,a,i,e}|espuls{o,a,i,e}|sterminat{o,a,i,e}|eliminat{o,a,i,e}|cacciare|eliminare|sterminare|espellere",
        "caccia|cacciò|cacciano|cacciarono|cacciare|scaccia|scacciò|scacciare|elimina|eliminare|stermina|sterminare|butta|buttò|buttare ... tutti ... gli|i ... zingari|rom|ebrei|musulmani|negri|africani|marocchini|albanesi|rumeni|cinesi|arabi|immigrati|extracomunitari|stranieri|profughi|froci|gay",
        "gay|omosessuali|lesbiche|froci ... sono|è ... contro natura",
        "meno intelligenti|intelligente|capaci|capace ... dei|degli|delle|di|della ... bianchi|bianco|maschi|maschio|uomini|ragazzi|italiani",
        "zingari|rom|ebrei|musulmani|negri|neri|africani|marocchini|albanesi|rumeni|cinesi|arabi|immigrati|stranieri|femmine|donne|ragazze|bambine ... sono|siete|erano ... meno intelligenti|intelligente|capaci",
        "femmine|donne|ragazze|bambine|donna|femmina ... devono|dovrebbero|deve|dovrebbe|debbono ... stare|restare|rimanere ... in cucina",
        "femmine|donne|ragazze|bambine ... sono|siete|erano ... troppo ... stupide|sceme|cretine|stupidine|ignoranti ... per",
    ],
    "violence": [
        "tira|tirò|tirano|tirarono|tirare|tirargli|tirarle|dà|diede|danno|diedero|dare|dargli|darle|molla|mollò|mollare|mollargli|mollarle|rifila|rifilò|sferra|sferrò|sferrare|sferrargli ... cazzott{o,i}|sberl{a,e}|ceffon{e,i}|schiaffon{e,i}|sganasson{e,i}|cinghiat{a,e}|sprangat{a,e}|mazzat{a,e}|randellat{a,e}",
        "pugno|pugni|cazzotto|cazzotti|sberla|sberle|ceffone|ceffoni|calcio|calci in|sulla|sul|nel|nello|sui faccia|naso|viso|occhio|occhi|mascella|muso|denti|bocca|stomaco|testa",
        "lo|la|li|le|l prese|prende|presero|prendono|prendeva|prendevano|prenderà|prenderanno a pugni|calci|schiaffi|sberle|cazzotti|ceffoni|bastonate|sassate|cinghiate|botte",
        "prende|prese|presero|prendono|prendeva|prendevano|prendere|preso|presi a schiaffi|sberle|cazzotti|ceffoni|sassate|cinghiate|botte|pugni|calci il|la|i|le|suo|sua|un|una fratell*|sorell*|bambin*|compagni|compagno|compagna|amic*|ragazz*|cugin*|nuovo|nuova|piccolo|piccola",
        "riempi|riempie|riempì|riempito|riempirlo|riempirla|riempirli|riempiono|riempirono|gonfia|gonfiò|gonfiato|gonfiarlo|gonfiarla|gonfiarono ... di botte|pugni|calci|schiaffi|cazzotti|sberle|legnate|mazzate",
        "fa|fanno|fare|facevano|fecero|faceva|fece|fatto|facciamo a botte|cazzotti",
        "gli|le|ti|vi|ci rompe|ruppe|rompono|ruppero|romperà|romperò|spacca|spaccò|spaccano|spaccarono il|la|i|le naso|denti|dente|mascella|costole|labbro",
        "picchia|picchiava|picchiò|picchiano|picchiavano|mena|menava|menò|malmena|malmenava la|sua|il|suo|i|suoi|le|sue moglie|mamma|madre|figli|figlio|figlia|figlie|bambini|bambino|bambina|bambine|marito|fratellino|sorellina",
    ],
    "fear": [
        "rapisce|rapì|rapire|rapiscono|rapirono|rapiva|rapivano|rapirà|rapiranno|rapirlo|rapirla|rapirli|rapirle|rapimento|rapitore|rapitori|sequestra|sequestrò|sequestrare|sequestrano|sequestrarono ... bambin*|bimb*|figli*|ragazzin*|fratellin*|sorellin*|neonat*",
        "lo|la|li|le|ti|mi|ci|vi chiude|rinchiude|chiuse|rinchiuse|chiudono|rinchiudono|chiusero|rinchiusero|chiudeva|rinchiudeva|chiudevano|segrega|segregò ... cantina|scantinato|sotterraneo|sgabuzzino|ripostiglio|armadio|gabbia|cella|botola|pozzo ... topi|ratti|ragni|scarafaggi|vermi|serpenti",
        "sconosciut* ... la|lo|li|le|ti|mi|ci trascina|trascinò|trascinano|trascinarono|afferra|afferrò|spinge|spinse|infila|infilò|butta|buttò|carica|caricò ... furgone|bagagliaio|furgoncino|camioncino",
        "mangia|mangiava|mangiò|mangerà|mangerebbe|mangiarsi|divora|divorò|divorare|divorerà|divorava|divorarsi i|dei|gli|tutti bambini|bimbi|bambine|bimbe|ragazzini|fratellini|sorelline|neonati",
        "pagliacc*|clown malvag*|assassin*|killer|diabolic*|inquietant*|sanguinari*|demoniac*|zombie",
        "insegu*|rincorr* ... con ... coltell*|ascia|motosega|machete|mannaia|coltellaccio",
        "trascinarla|trascinarlo|trascinarli|trascinarle|trascinarti|trascinarmi ... buio|oscurità|tomba|abisso|sottoterra|fossa",
        "faccia|viso|pelle|carne|mani marci{o,a,e}|putrefatt{o,a,i,e}|decompost{o,a,i,e}",
    ],
    "isolation": [
        "resta|restano|restò|restarono|resterà|resteranno|rimane|rimangono|rimase|rimasero|rimarrà|rimarranno|restava|rimaneva sol{o,a,i,e} ... per sempre",
        "nessuno ... gioca|giocherà|giocava|giocò|giocheranno|parla|parlerà|parlò|vorrà|vuole ... mai piu con|a lui|lei|te|me",
        "abbandon{a,ò,ano,arono,are,ava,avano,ato,ata,ati,ate} ... bambin*|figli*|figlio|figlia|fratellin*|sorellin* ... autostrada|autogrill|ciglio|benzinaio|statale|tangenziale",
        "abbandon{a,ò,ano,arono,are,ava,avano,arlo,arla,arli}|abbandonat{o,a,i,e} il|la|i|le|un|una|suo|sua|suoi|sue|loro|propri|propria|proprio bambin*|bimb*|figli*|figlio|figlia|neonat*|fratellin*|sorellin*",
    ],
    "family": [
        "andato|andata|andò|andati|scappato|scappata|scappò|scappati|fuggito|fuggita|fuggì|partito|partita|partì|va|sparito|sparita ... con ... altra|altro|nuova|nuovo|giovane ... donna|uomo|fidanzata|fidanzato|moglie|marito|amante",
        "papà|mamma|padre|madre ... andato|andata|andò|partito|partita|partì|scappato|scappata|scappò|sparito|sparita ... non ... tornerà|torneranno|torna|ritornerà|ritorna|tornato|tornata ... mai piu",
        "non ... vuole|vuol|voleva|vogliono|volevano|vorrà|vorranno|vorrebbe|voglio|vogliamo|volle ... piu bene",
        "non lo|la|li|le|ti|mi|ci|vi ama|amava|amano|amavano|amerà|amerebbe|amo|amiamo piu",
        "genitori|mamma|papà|madre|padre|bosco|foresta|strada|autostrada|orfanotrofio|sola|solo|soli|sole ... non lo|la|li|le|ti|vi vogliono|volevano|vollero|vogliamo|volete|vuole|voleva piu",
        "non ... mai voluto|voluta|voluti|volute|desiderato|desiderata|desiderati ... figlio|figlia|figli|bambino|bambina|bambini",
    ],
    "medical": [
        "dottori|dottore|dottoressa|medico|medici|infermier* ... dicono|dice|dissero|disse|detto|spiegano|spiegò ... morirà|moriranno|morirebbe|morendo",
        "resta|restano|rimane|rimangono|rimasto|rimasti|rimaste ... pochi|poche|solo ... giorni|mesi|settimane|ore di vita",
        "leucemia|tumore|tumori|cancro|metastasi|incurabile ... morirà|moriranno|morire|morendo|terminale",
        "leucemia|tumore|tumori|cancro|metastasi|chemio|chemioterapia ... perde|perso|perdere|persi ... capelli",
        "senza anestesi*|anestetic*|addormentarl{o,a,i,e}",
        "strappa|strappò|strappare|strappava|strappano|cava|cavò|estrae|estrasse|estirpa ... tutti ... denti",
        "chirurg*|dottor*|dottoress*|medic* ... tagli*|squarci*|incid*|sega|segò ... pancia|petto|stomaco|torace|cranio|cuore ... due|aperto|aperta|sveglio|sveglia|urla|urlava|sangue",
        "non riesce|riusciva|riuscì|riescono|riuscivano|poteva|può|potevano ... respirare ... blu|cianotic*",
    ],
}

"""Italian story material (passato remoto, as in Italian fairy tales)."""

BANK = {
    "quotes": ("«", "»"),
    "intensifier": "così",
    "traits": {
        "brave": {
            "forms": ["coraggioso", "coraggiosa", "valoroso", "valorosa", "audace", "impavido", "impavida"],
            "quality": "con tanto coraggio",
            "actions": [
                "{name} prese un bel respiro e fece il primo passo.",
                "La strada sembrava difficile, ma {name} andò avanti e tese la mano agli altri.",
            ],
        },
        "kind": {
            "forms": ["gentile", "buono", "buona", "affettuoso", "affettuosa", "premuroso", "premurosa"],
            "quality": "con tanta gentilezza",
            "actions": [
                "{name} si chinò e chiese piano: «Stai bene?»",
                "{name} regalò a tutti un abbraccio e una parola gentile.",
            ],
        },
        "curious": {
            "forms": ["curioso", "curiosa"],
            "quality": "con mille domande in testa",
            "actions": [
                "{name} si avvicinò per guardare meglio, con mille domande in testa.",
                "«Che cosa sarà mai?» si chiese {name}, e sbirciò dietro ogni angolo.",
            ],
        },
        "clever": {
            "forms": ["intelligente", "sveglio", "sveglia", "furbo", "furba", "saggio", "saggia", "astuto", "astuta"],
            "quality": "con la testa piena di buone idee",
            "actions": [
                "{name} ci pensò passo dopo passo e trovò la soluzione.",
                "{name} notò un piccolo indizio che nessun altro aveva visto.",
            ],
        },
        "funny": {
            "forms": ["divertente", "buffo", "buffa", "spiritoso", "spiritosa", "giocherellone", "giocherellona"],
            "quality": "con una battuta sempre pronta",
            "actions": [
                "{name} fece una smorfia così buffa che tutti scoppiarono a ridere.",
                "{name} raccontò una barzelletta, e la preoccupazione si trasformò in risate.",
            ],
        },
        "gentle": {
            "forms": ["dolce", "delicato", "delicata", "tenero", "tenera", "mite"],
            "quality": "con tanta dolcezza",
            "actions": [
                "{name} si mosse piano piano e parlò con la voce più dolce del mondo.",
                "Con mani delicate, {name} aiutò dove c'era bisogno.",
            ],
        },
        "creative": {
            "forms": ["creativo", "creativa", "fantasioso", "fantasiosa", "sognatore", "sognatrice", "inventivo", "inventiva"],
            "quality": "con tanta fantasia",
            "actions": [
                "A {name} venne un'idea che a nessun altro sarebbe venuta in mente.",
                "{name} trasformò poche cose semplici in qualcosa di meraviglioso.",
            ],
        },
        "patient": {
            "forms": ["paziente"],
            "quality": "con tanta pazienza",
            "actions": [
                "{name} aspettò in silenzio e riprovò, e poi ancora, senza lamentarsi.",
                "{name} contò piano fino a dieci e non si arrese.",
            ],
        },
        "cheerful": {
            "forms": ["allegro", "allegra", "felice", "gioioso", "gioiosa", "ottimista", "solare"],
            "quality": "con un gran sorriso",
            "actions": [
                "{name} fece un sorriso così luminoso che tutti si sentirono meglio.",
                "{name} canticchiò una canzone allegra, e presto tutti la canticchiavano insieme.",
            ],
        },
        "generous": {
            "forms": ["generoso", "generosa"],
            "quality": "con la voglia di condividere",
            "actions": [
                "{name} divise volentieri l'ultimo biscotto al miele.",
                "{name} regalò un tesoro luccicante senza pensarci due volte.",
            ],
        },
        "helpful": {
            "forms": ["disponibile", "servizievole", "laborioso", "laboriosa", "altruista"],
            "quality": "con la voglia di aiutare",
            "actions": [
                "{name} si rimboccò le maniche e disse: «Vi aiuto io!»",
                "{name} portò, sollevò e andò a prendere tutto quello che serviva, fino alla fine.",
            ],
        },
        "calm": {
            "forms": ["calmo", "calma", "tranquillo", "tranquilla", "sereno", "serena", "riflessivo", "riflessiva", "pensieroso", "pensierosa"],
            "quality": "con tanta calma",
            "actions": [
                "{name} mantenne la calma, fece tre respiri lenti e guardò di nuovo.",
                "Con voce tranquilla, {name} disse: «Facciamolo insieme.»",
            ],
        },
        "adventurous": {
            "forms": ["avventuroso", "avventurosa", "intraprendente", "esploratore", "esploratrice"],
            "quality": "con la voglia di avventura",
            "actions": [
                "{name} sorrise e disse: «Andiamo a vedere che cosa c'è laggiù!»",
                "{name} si arrampicò in alto per vedere tutta la strada.",
            ],
        },
        "friendly": {
            "forms": ["amichevole", "socievole", "leale", "simpatico", "simpatica", "fedele"],
            "quality": "con una parola gentile per tutti",
            "actions": [
                "{name} salutò tutti quelli che incontrava per strada.",
                "{name} si fece un nuovo amico in un batter d'occhio.",
            ],
        },
        "shy": {
            "forms": ["timido", "timida", "riservato", "riservata"],
            "quality": "con un pizzico di timidezza",
            "actions": [
                "All'inizio {name} provò un po' di imbarazzo, poi sussurrò un piccolo «ciao» pieno di coraggio.",
                "In silenzio, quasi con timidezza, {name} si avvicinò per aiutare.",
            ],
        },
        "determined": {
            "forms": ["determinato", "determinata", "tenace", "testardo", "testarda", "forte", "perseverante"],
            "quality": "con tanta determinazione",
            "actions": [
                "«Ce la possiamo fare», disse {name}, e non smise di provare.",
                "{name} provò e riprovò, finché alla fine funzionò.",
            ],
        },
    },
    "trait_intro": [
        "Tutti quelli che conoscevano {name} dicevano la stessa cosa: sempre {tp1}, e sempre {tp2}.",
        "I vicini sorridevano quando vedevano passare {name}, sempre {tp1} e sempre {tp2}.",
    ],
    "trait_apposition": [
        "{name}, sempre {tp}, capì subito che cosa fare.",
        "{name}, sempre {tp}, trovò una soluzione.",
        "E {name}, sempre {tp}, non esitò nemmeno un momento.",
    ],
    "home": [
        "C'era una volta, ai margini di un paesino tranquillo, una casetta dove viveva {name}.",
        "Non molto tempo fa, in una casa accogliente con la porta rossa, viveva {name}.",
        "In un paesino dove le strade profumavano di pane appena sfornato viveva {name}.",
        "C'era una volta una casetta sotto un grande albero antico, e lì viveva {name}.",
    ],
    "love": [
        "{name} adorava la cioccolata calda, i libri illustrati e guardare le nuvole passare.",
        "Più di ogni altra cosa, {name} amava esplorare il giardino e raccogliere sassolini colorati.",
        "{name} adorava disegnare, cantare e costruire capanne di cuscini.",
        "{name} amava il rumore della pioggia e il profumo delle girelle alla cannella.",
    ],
    "home_life": [
        "La sera, tutta la famiglia si sedeva insieme e si raccontava la giornata.",
        "Lì viveva anche una gatta dormigliona di nome Biscotto, che sonnecchiava sul davanzale più caldo.",
        "In quella casa c'erano sempre una canzone e una pentola di minestra sul fuoco.",
        "Dalla finestra, {name} vedeva le colline, il ponticello e il grande cielo.",
    ],
    "evening": [
        "Quel giorno il sole era tiepido, e la cucina profumava di torta di mele.",
        "Era una giornata tranquilla, di quelle in cui tutto sembra canticchiare piano.",
        "Fuori cantavano gli uccellini, e una brezza leggera giocava con le tende.",
    ],
    "morning": [
        "Ogni mattina cominciava allo stesso modo, con calma e con dolcezza.",
        "Prima una grande stiracchiata e uno sbadiglio, poi calzini caldi, poi la colazione.",
        "C'erano fiocchi d'avena con il miele e una tazza di latte tiepido.",
        "A {name} piaceva guardare fuori dalla finestra e dare il buongiorno al giardino.",
        "Poi c'erano i disegni, i giochi e tantissime domande su tutto.",
    ],
    "picnic": [
        "A metà strada, gli amici trovarono un angolino morbido e soleggiato e si sedettero a riposare.",
        "{friend} tirò fuori un piccolo picnic: fettine di mela, formaggio e minuscoli panini con la marmellata.",
        "{friend2} divise le briciole con un passerotto molto indaffarato.",
        "Si sdraiarono sulla schiena e guardarono il cielo per un po'.",
        "«Questa è la mia parte preferita dell'avventura», disse {name}, e tutti risero.",
        "Poi raccolsero anche l'ultima briciola e ripartirono, pieni di forza e di allegria.",
    ],
    "goodnights": [
        "Buonanotte, casetta.",
        "Buonanotte, {friend}, e buonanotte, {friend2}, ovunque siate.",
        "Buonanotte, luna, e buonanotte, stelline.",
        "Buonanotte a tutto il mondo, così grande e così assonnato.",
    ],
    "journey": [
        "L'aria aveva un profumo dolce, e tutto intorno sembrava brillare piano.",
        "Lungo la strada, {friend} raccontò una storia buffa, e {name} rise di gusto.",
        "Si fermarono un momento a dividere more e biscotti al miele.",
        "{friend2} indicò una nuvola che sembrava proprio una teiera.",
        "I loro passi facevano un rumorino allegro: tap, tap, tap.",
        "{name} canticchiava una canzoncina, e {friend} la canticchiava insieme.",
        "Tutto era nuovo e meraviglioso, e nessuno aveva fretta.",
        "Ogni tanto {name} si fermava a guardarsi intorno, con gli occhi spalancati.",
        "«Siamo quasi arrivati?» chiese {friend}. «Quasi», disse {friend2}, «quasi.»",
        "Una brezza tiepida passò accanto a loro come un saluto amichevole.",
        "Facevano a turno a scegliere la strada: a sinistra, a destra e poi dritto.",
        "{friend2} conosceva una canzoncina per camminare, e la cantarono due volte.",
        "A volte camminavano in fretta, a volte piano, e a volte si fermavano soltanto a guardare.",
        "{name} contò i passi per un po', fino a cento, poi perse il conto e scoppiò a ridere.",
    ],
    "wonder": [
        "Tutto luccicava piano, come l'interno di una conchiglia.",
        "Una luce morbida avvolgeva ogni cosa, tiepida come il miele.",
        "Il mondo era pieno di piccoli suoni: un fruscio qui, un tintinnio là.",
        "In lontananza qualcosa brillò, come l'occhiolino di un amico.",
        "I colori erano così vivaci e così morbidi che {name} volle ricordarli per sempre.",
        "C'era profumo di fiori, di pane fresco e di avventura.",
        "Piccole luci fluttuavano nell'aria come lucciole amiche.",
        "Tutto intorno a loro sembrava sorridere.",
        "Lassù in alto passavano nuvolette come pecore su un prato azzurro.",
        "La luce cambiava piano piano, dall'oro al rosa, e poi di nuovo all'oro.",
        "Ogni piccola cosa sembrava dipinta con cura.",
        "Minuscole scintille danzavano nell'aria e si posavano piano sulle loro spalle.",
    ],
    "reflect": [
        "{name} pensò: una giornata con gli amici è la più bella di tutte.",
        "«Aiutarsi rende tutto più facile», disse {friend2}, e tutti furono d'accordo.",
        "{name} aveva il cuore pieno di orgoglio, di calore e di gioia, tutto insieme.",
        "«Facciamo presto un'altra avventura», disse {friend}. «Sì, presto», disse {name}.",
    ],
    "ending_extra": [
        "La coperta era morbida. Il cuscino era fresco.",
        "Una piccola lucina da notte brillava nell'angolo.",
        "Fuori, una civetta chiamò piano: «Buonanotte.»",
        "La casa scricchiolò con uno scricchiolio dolce e assonnato.",
    ],
    "friend_help": [
        "{friend} accorse ad aiutare, e anche {friend2}.",
        "A {friend2} venne una buona idea, e {friend} fece sì con la testa.",
        "Fianco a fianco, {name} e {friend} trovarono la soluzione.",
        "{friend} e {friend2} facevano il tifo per {name}: «Ce la puoi fare!»",
    ],
    "friend_say": [
        "«Che bello che tu sia qui, {name}», sussurrò {friend}.",
        "«E adesso che cosa facciamo?» chiese {friend2}.",
        "«Guarda!» disse {friend}. «Lo vedi anche tu?»",
        "«Restiamo vicini vicini», disse {friend2} con un sorriso.",
        "«Tu sai sempre come aiutare», disse {friend}.",
    ],
    "transition": [
        "Poco più tardi, gli amici arrivarono in un posto nuovo.",
        "Non lontano da lì, qualcos'altro li aspettava.",
        "Presto il sentiero li portò più avanti.",
        "Poi gli amici ripartirono, passo dopo passo.",
        "Dopo un po', si fermarono ad ascoltare.",
    ],
    "joy": [
        "Tutti applaudirono piano e fecero festa.",
        "Che momento felice!",
        "{friend} fece un balletto di gioia.",
        "Un calore luminoso riempì il cuore di {name}.",
        "E tutti gli amici sorrisero insieme.",
    ],
    "refrains": [
        "Passo dopo passo, amico dopo amico, tutto va a finire bene.",
        "Piano piano, con un amico vicino, andrà tutto bene.",
        "Mano nella mano e cuore a cuore, troviamo sempre la strada.",
    ],
    "resolution": [
        "E così, tutti insieme, ce l'avevano fatta.",
        "Finalmente tutto era proprio come doveva essere.",
    ],
    "thanks": [
        "«Grazie, {name}», disse {friend}. «Senza di te non ce l'avremmo mai fatta.»",
        "Tutti ringraziarono {name} con abbracci grandi e caldi.",
    ],
    "way_home": [
        "Poi arrivò l'ora di tornare a casa, e la strada del ritorno sembrò breve e dolce.",
        "Mentre il cielo diventava rosa e dorato, {name} tornò a casa con il cuore leggero.",
        "{friend} e {friend2} accompagnarono {name} fino alla porta di casa.",
    ],
    "ending_home": [
        "A casa le lampade brillavano e la cena era calda.",
        "Di nuovo a casa, tutto era tranquillo e morbido.",
    ],
    "ending_pajamas": [
        "{name} si lavò i denti, si mise un pigiama morbido e fece un grande sbadiglio.",
        "Un bagno tiepido, un pigiama morbido e un bicchiere di latte.",
    ],
    "ending_bed": [
        "Poi {name} si rannicchiò nel letto, sotto la coperta calda.",
        "{name} si infilò nel letto e tirò su la coperta fino al mento.",
    ],
    "ending_thoughts": [
        "{name} ripensò alla giornata. A {friend} e a {friend2}. All'avventura.",
        "Che giornata! Che bravi amici. Che finale felice.",
    ],
    "ending_eyes": [
        "Le stelle brillavano. La casa diventò silenziosa. Gli occhi di {name} si fecero pesanti.",
        "Fuori, la luna sorrideva. Piano piano, {name} chiuse gli occhi.",
    ],
    "ending_breath": [
        "Inspirare, espirare. Dolce e lento.",
        "Tutto era calmo. Tutto era caldo.",
    ],
    "goodnight": [
        "Buonanotte, {name}. Sogni d'oro.",
        "Dormi bene, {name}. Tanti sogni d'oro.",
    ],
    "custom_titles": [
        "{name} e la sorpresa meravigliosa",
        "La grande piccola avventura di {name}",
        "Una giornata magica per {name}",
    ],
    "invented": {
        "names": ["Giulia", "Leo", "Sofia", "Tommaso", "Alice", "Matteo"],
        "appearances": [
            "capelli rossi e ricci, un impermeabile giallo e un gran sorriso",
            "capelli neri e corti, occhi marroni e una sciarpa verde",
            "lunghi capelli biondi legati con un nastro blu",
            "trecce castane, lentiggini e un maglione rosso",
        ],
    },
    "generic_episodes": [
        (
            "Un uccellino stava su un ramo, triste e silenzioso, perché il suo nido era caduto nell'erba.",
            "{name} e {friend} rimisero il nido al suo posto, e l'uccellino cantò una canzone per dire grazie.",
        ),
        (
            "Vicino al ruscello, una famiglia di anatre non riusciva a passare dall'altra parte.",
            "{name} e {friend2} misero in fila delle pietre piatte, e le anatre attraversarono dondolando: qua, qua.",
        ),
        (
            "Un aquilone era rimasto impigliato in cima a un albero, e un coniglietto lo guardava con gli occhi grandi.",
            "{friend} si arrampicò, {name} indicò la strada, e l'aquilone scese fluttuando fino alle zampe del coniglietto.",
        ),
        (
            "Il sentiero si divideva in tre, e nessuno sapeva quale fosse quello giusto.",
            "{name} cercò delle piccole frecce dipinte, e {friend2} trovò l'ultima sotto una foglia.",
        ),
        (
            "Un cesto di mele si era rovesciato, e le mele erano rotolate per tutta la collina.",
            "Tutti insieme raccolsero ogni singola mela, e ce ne furono abbastanza per tutti.",
        ),
    ],
    "events": {
        "meadow": {
            "titles": ["{name} e il prato delle meraviglie", "La grande avventura di {name}"],
            "call": [
                "Una mattina qualcuno bussò piano alla porta.",
                "«Vieni presto!» disse una vocina. «Il prato prepara la festa delle Lanterne, e ci serve aiuto!»",
                "{name} prese uno zainetto e corse fuori.",
            ],
            "friends": "Fino la volpe e Nell, un piccolo riccio, aspettavano già vicino al cancello.",
            "details": [
                "Le api ronzavano di fiore in fiore.",
                "L'erba era morbida e tiepida sotto i piedi.",
                "Le farfalle danzavano sui papaveri come minuscoli aquiloni.",
            ],
            "episodes": [],
            "goal_done": "Quella sera tutte le lanterne del prato brillarono insieme, dolci e dorate.",
        },
        "magical_forest_adventure": {
            "titles": ["{name} e il bosco dei sussurri", "{name} e le luci perdute delle lucciole"],
            "call": [
                "Una sera, una foglia luminosa entrò dalla finestra e si posò nella mano di {name}.",
                "Sulla foglia, minuscole lettere d'argento dicevano: «Le lucciole del Bosco dei Sussurri hanno perso la loro luce. Vieni, per favore!»",
                "{name} si mise gli stivali caldi e sgusciò in giardino, proprio dove cominciava il bosco.",
            ],
            "friends": "Vicino al primo albero aspettavano lo scoiattolo Pip e Olla, una vecchia civetta molto saggia.",
            "details": [
                "Gli alberi sussurravano piano, come se si raccontassero dei segreti.",
                "Un muschio morbido come un tappeto copriva il terreno.",
                "Da qualche parte, un grillo suonava il suo minuscolo violino.",
            ],
            "episodes": [
                (
                    "Il sentiero dei funghi era tutto buio, e nessuno vedeva dove andare.",
                    "{name} e {friend} toccarono piano ogni fungo, e uno dopo l'altro ricominciarono a brillare.",
                ),
                (
                    "Al ruscello, i sassi per attraversare si erano allontanati.",
                    "{friend2} indicò la strada, {name} mise dei rami sull'acqua, e tutti attraversarono senza bagnarsi.",
                ),
                (
                    "Un riccio piccolino tirava su col naso sotto una felce, perché non trovava più la sua famiglia.",
                    "{name} seguì le orme minuscole insieme a {friend}, e presto la famiglia di ricci fu di nuovo riunita.",
                ),
                (
                    "Nel cuore del bosco, le lucciole stavano sulla Vecchia Quercia, addormentate e spente.",
                    "{name} cantò la canzone più dolce del bosco, {friend2} l'accompagnò con un «uh-uh», e le lucciole si accesero come mille lanternine.",
                ),
            ],
            "goal_done": "Tutto il bosco scintillava, e la Vecchia Quercia fece frusciare le foglie per dire grazie.",
        },
        "friendly_dragon_encounter": {
            "titles": ["{name} e il piccolo drago", "{name} e le Colline dei Draghi"],
            "call": [
                "Una mattina di sole, {name} trovò in giardino un draghetto verde che starnutiva bolle di sapone.",
                "«Mi sono perso», disse il draghetto timidamente, «e non trovo più la strada per le Colline dei Draghi.»",
                "«Non preoccuparti», disse {name}. «La troveremo insieme.»",
            ],
            "friends": "Il draghetto si chiamava Fumi, e Tilda, una gentile capra di montagna, arrivò trotterellando.",
            "details": [
                "Le colline erano verdi e rotonde, come giganti addormentati sotto una morbida coperta.",
                "Una cascata luccicava al sole e cantava una canzone di spruzzi.",
                "Le squame di Fumi brillavano come piccole monete di smeraldo.",
            ],
            "episodes": [
                (
                    "Prima arrivarono a un fiume largo, e le ali di Fumi erano ancora troppo piccole per attraversarlo in volo.",
                    "{name} trovò un tronco caduto, {friend2} lo provò con zoccoli prudenti, e tutti attraversarono insieme.",
                ),
                (
                    "Su una collina, Fumi provò a soffiare una fiammella per accendere una lanterna, ma uscirono solo bolle.",
                    "{name} fece ridere Fumi, e con una risatina felice uscì una scintilla dorata che accese la lanterna.",
                ),
                (
                    "Un grosso masso rotondo era rotolato in mezzo al sentiero stretto.",
                    "{friend2} spinse, {friend} sbatté le ali, {name} contò «uno, due, tre», e il masso rotolò piano di lato.",
                ),
                (
                    "In cima alle colline, le famiglie dei draghi cercavano dappertutto e chiamavano Fumi.",
                    "{name} alzò in alto la lanterna accesa, e presto Fumi ricevette un grande abbraccio di drago, caldo caldo.",
                ),
            ],
            "goal_done": "I draghi danzarono nel cielo, e le loro scintille disegnarono stelle dorate sopra le colline.",
        },
        "underwater_treasure_hunt": {
            "titles": ["{name} e la perla del mare", "La caccia al tesoro sottomarina di {name}"],
            "call": [
                "Sulla spiaggia, {name} trovò una bottiglia con dentro una vecchia mappa arrotolata.",
                "La mappa mostrava uno scrigno con la Perla delle Ninne Nanne, la perla che canta per far addormentare il mare.",
                "Una bolla magica avvolse la testa di {name}, e così {name} poté respirare sott'acqua come un pesce.",
            ],
            "friends": "Tula, una vecchia tartaruga marina, e Bips, un pesciolino arancione, vennero a fare da guida.",
            "details": [
                "I raggi del sole danzavano nell'acqua come lunghi nastri dorati.",
                "Un gruppo di pesciolini passò luccicando e ridacchiando.",
                "La sabbia era bianca e morbida, piena di conchiglie rosa e viola.",
            ],
            "episodes": [
                (
                    "Il primo indizio era nascosto in un bosco di alghe alte che ondeggiavano, dove tutto sembrava uguale.",
                    "{name} seguì con {friend2} una scia di bollicine d'argento, e il sentiero portò dritto all'indizio successivo.",
                ),
                (
                    "Un polpo timido teneva la chiave dello scrigno e si nascondeva dietro uno scoglio.",
                    "{name} salutò il polpo timido con la mano, {friend} gli parlò con dolcezza, e il polpo sorrise e porse la chiave.",
                ),
                (
                    "Un paguro era triste, perché la sua conchiglia era diventata troppo piccola.",
                    "{name} e {friend2} trovarono nella sabbia una conchiglia più grande e più rosa, e il paguro ci si trasferì, felice.",
                ),
                (
                    "Finalmente apparve lo scrigno del tesoro, ma il coperchio era bloccato dalla sabbia.",
                    "{name} spazzò via la sabbia, {friend} diede una piccola spinta, e dentro brillava la Perla delle Ninne Nanne.",
                ),
            ],
            "goal_done": "La perla cominciò a canticchiare, e tutto il mare ascoltò la sua canzone dolce e assonnata.",
        },
        "cloud_castle_journey": {
            "titles": ["{name} e il castello tra le nuvole", "{name} e il ponte arcobaleno"],
            "call": [
                "Un pomeriggio, una nuvola soffice scese in giardino e si fermò proprio accanto a {name}.",
                "Una vocina chiamò dalla nuvola: «Il Castello delle Nuvole ha perso il suo arcobaleno. Ci aiuti a ritrovarlo?»",
                "{name} salì sulla nuvola, e su, su, su volarono via.",
            ],
            "friends": "Nimbo, una pecora di nuvola, e Stella, una rondine azzurra, si unirono al viaggio.",
            "details": [
                "Lassù tutto era bianco e morbido, come un cuscino gigante.",
                "Le torri del castello brillavano rosa e oro al sole.",
                "Giù in basso, le case sembravano giocattoli minuscoli.",
            ],
            "episodes": [
                (
                    "I gradini di nuvola che portavano al castello erano così molleggiati che nessuno riusciva a salirli.",
                    "{name} salì i morbidi gradini saltellando come un coniglio, e {friend} rimbalzò dietro ridendo.",
                ),
                (
                    "Un vento dispettoso aveva sparpagliato le pecorelle di nuvola per tutto il cielo.",
                    "{name} fischiettò una melodia dolce, {friend2} volò in tondo, e una dopo l'altra le pecorelle tornarono a casa.",
                ),
                (
                    "I colori dell'arcobaleno erano finiti in una pozzanghera, tutti mescolati e grigi.",
                    "{name} separò i colori dell'arcobaleno, rosso, arancione, giallo, verde, blu e viola, e {friend} li tenne come nastri.",
                ),
                (
                    "Alla porta del castello, un guardiano di nuvola mezzo addormentato fece un indovinello: «Che cosa diventa più grande quando lo si condivide?»",
                    "{name} risolse l'indovinello del guardiano, «Un sorriso!», e la porta del castello si aprì con un cigolio allegro.",
                ),
            ],
            "goal_done": "L'arcobaleno tornò ad attraversare il cielo, e la Regina delle Nuvole rise di gioia.",
        },
        "time_travel_mission": {
            "titles": ["{name} e l'orologio d'oro", "Il viaggio nel tempo di {name}"],
            "call": [
                "In un pomeriggio di pioggia, {name} scoprì una porticina dietro la libreria.",
                "Dietro c'era una torre dell'orologio piena di ingranaggi dorati, e il grande orologio si era fermato.",
                "«I secondi d'oro che lo fanno funzionare sono sparsi nel tempo», sospirò una voce tra gli ingranaggi.",
            ],
            "friends": "Lì c'era il professor Tock, un vecchio orologiaio, con Tick, il suo topolino a molla.",
            "details": [
                "Gli ingranaggi giravano piano, con un ronzio profondo e amichevole.",
                "Il tempo vorticava intorno a loro come nastri colorati.",
                "Ogni secondo d'oro brillava come una monetina.",
            ],
            "episodes": [
                (
                    "Zac! Atterrarono tra felci altissime, dove un cucciolo di dinosauro cercava la sua mamma.",
                    "{name} e {friend} seguirono le grandi orme rotonde, e la mamma dinosauro, felice, regalò loro un secondo d'oro.",
                ),
                (
                    "Poi arrivarono a una festa al castello di tanto tempo fa, dove il fornaio aveva perso la campana che chiamava tutti al banchetto.",
                    "{name} sentì un din sotto un mucchio di fieno, {friend} tirò fuori la campana, e il fornaio diede loro un altro secondo d'oro.",
                ),
                (
                    "Poi visitarono una città del futuro, dove un piccolo robot non sapeva come farsi degli amici.",
                    "{name} insegnò al robot a salutare e a sorridere, e il robot, raggiante, consegnò loro un secondo d'oro.",
                ),
                (
                    "Tornati nella torre, bisognava rimettere i secondi d'oro nell'orologio nell'ordine giusto.",
                    "{name} contò con attenzione, {friend2} girò la grande chiave, e l'orologio ricominciò a ticchettare: tic, tac, tic, tac.",
                ),
            ],
            "goal_done": "Il grande orologio suonò dolcemente, e tutto il tempo tornò felice.",
        },
        "space_exploration": {
            "titles": ["{name} e la stellina perduta", "Il viaggio di {name} verso le stelle"],
            "call": [
                "Una notte, {name} vide una stellina cadere piano in giardino, lampeggiando tristemente.",
                "«Sono caduta dal cielo», disse la stella, «e non trovo più la strada di casa.»",
                "Il vecchio razzo di cartone di {name} cominciò a brillare, e i motori si misero a fare le fusa.",
            ],
            "friends": "Zuzu, la coniglietta della luna, e Bip, un piccolo robot simpatico, salirono a bordo per aiutare.",
            "details": [
                "I pianeti passavano fluttuando come palloncini colorati.",
                "Lo spazio era silenzioso e blu scuro, spruzzato d'argento.",
                "Dal finestrino, la Terra sembrava una biglia blu e verde.",
            ],
            "episodes": [
                (
                    "Sulla Luna, il razzo aveva bisogno di carburante, e l'unico carburante lassù era la luce della luna.",
                    "{name} e {friend} raccolsero la luce della luna in vasetti di marmellata, e il razzo ronzò contento.",
                ),
                (
                    "Vicino a un grande pianeta con gli anelli, il razzo si impigliò negli anelli scintillanti.",
                    "{name} guidò piano, {friend2} indicò la strada con i suoi bip, e scivolarono fuori come su uno scivolo.",
                ),
                (
                    "Una cometa sfrecciò via con la coda tutta aggrovigliata.",
                    "{name} pettinò la coda della cometa con la luce delle stelle, finché diventò liscia e argentata.",
                ),
                (
                    "Finalmente trovarono il posto vuoto nel cielo dove abitava la stellina.",
                    "{name} sollevò piano la stella, {friend} le diede una spintarella, e la stella tornò al suo posto, scintillando.",
                ),
            ],
            "goal_done": "Tutto il cielo scintillò, come se tutte le stelle dicessero grazie.",
        },
        "miniature_world_discovery": {
            "titles": ["{name} e il mondo minuscolo", "{name} nel paese delle cose piccine"],
            "call": [
                "In giardino, {name} trovò una minuscola ghianda dorata che luccicava al sole.",
                "Quando {name} la toccò, il mondo diventò sempre più grande, finché i fili d'erba furono alti come alberi.",
                "Una vocina disse: «Ciao! Questo è il Mondo Minuscolo! Ci serve aiuto per preparare la festa della Rugiada.»",
            ],
            "friends": "La coccinella Lilli e Momo, una lumaca lenta ma molto saggia, vennero a salutare.",
            "details": [
                "Un calabrone passò ronzando come un aeroplano peloso.",
                "I fiori erano grandi come ombrelli.",
                "Ogni sassolino sembrava una montagna.",
            ],
            "episodes": [
                (
                    "Una pozzanghera larga come un lago sbarrava la strada.",
                    "{name} costruì una barca con una foglia, {friend} tenne il timone, e attraversarono la pozzanghera gigante.",
                ),
                (
                    "Una fila di formiche cercava di portare un mirtillo grande come un pallone.",
                    "{name} aiutò le formiche a far rotolare fino a casa il loro mirtillo gigante, e loro esultarono con le vocine.",
                ),
                (
                    "La lanterna di Momo per la festa era rotolata sotto una margherita.",
                    "{name} strisciò sotto una margherita e riportò la lanterna perduta di Momo, e {friend2} disse grazie, molto lentamente.",
                ),
                (
                    "Le gocce di rugiada luccicanti per la festa pendevano in cima a un altissimo filo d'erba.",
                    "{name} si arrampicò con prudenza, {friend} volava accanto, e insieme portarono giù le gocce di rugiada.",
                ),
            ],
            "goal_done": "Quella sera, le gocce di rugiada brillarono come lanterne, e tutto il Mondo Minuscolo ballò.",
        },
        "weather_wizard_training": {
            "titles": ["{name} e la maga del tempo", "Il primo arcobaleno di {name}"],
            "call": [
                "Una mattina il vento portò una lettera: «{name}, vieni a imparare la magia del tempo!»",
                "Una scala di nuvole saliva fino a una torre rotonda piena di barattoli di sole, fiocchi di neve e venticelli.",
                "«Oggi imparerai come funziona il tempo», disse lassù una voce calda.",
            ],
            "friends": "Lì aspettavano nonna Nimbus, una gentile maga del tempo, e Puff, un gattino di nuvola.",
            "details": [
                "I barattoli di sole brillavano sugli scaffali come miele.",
                "Piccoli venti fischiettavano nelle loro bottiglie, aspettando di uscire.",
                "I fiocchi di neve fluttuavano nell'aria, leggeri come piume.",
            ],
            "episodes": [
                (
                    "I fiori della valle avevano sete e tenevano la testa bassa.",
                    "{name} mescolò una pioggerellina fine e dolce in un barattolo di nuvole, e i fiori rialzarono la testa.",
                ),
                (
                    "Una nuvoletta temporalesca brontolava in un angolo, perché nessuno voleva giocare con lei.",
                    "{name} giocò a palla con una nuvoletta brontolona, {friend} fece le fusa, e la nuvoletta rise così tanto che piovvero scintille.",
                ),
                (
                    "I bambini del paese desideravano la neve, ma i fiocchi venivano fuori tutti storti.",
                    "{name} ritagliò ogni fiocco di neve con cura, e {friend2} li soffiò piano giù verso il paese.",
                ),
                (
                    "Per l'ultima lezione, {name} doveva fare un arcobaleno.",
                    "{name} mescolò un po' di sole con un po' di pioggia, {friend} agitò la coda, e un arcobaleno si stese su tutta la valle.",
                ),
            ],
            "goal_done": "Nonna Nimbus batté le mani: «{name}, ora conosci la vera magia del tempo!»",
        },
        "animal_language_learning": {
            "titles": ["{name} e gli animali parlanti", "{name} impara la lingua degli animali"],
            "call": [
                "Una mattina, una piuma bianca scese fluttuando e si posò sul naso di {name}.",
                "All'improvviso {name} capiva tutto quello che dicevano gli animali!",
                "«Buongiorno!» starnazzò un'anatra. «Ci aiuti? Il prato ha bisogno di te!»",
            ],
            "friends": "La coniglietta Mira e l'oca Gus mostrarono la strada verso il grande prato.",
            "details": [
                "Il prato profumava di trifoglio e di fieno tiepido.",
                "Dappertutto c'erano sussurri, cinguettii e squittii allegri.",
                "Una mucca fece «muu» per salutare, e {name} rispose «muu» a sua volta.",
            ],
            "episodes": [
                (
                    "Mamma Anatra era preoccupata, perché ogni volta che contava i suoi anatroccoli le veniva un numero diverso.",
                    "{name} mise gli anatroccoli in fila e li contò con Mamma Anatra: uno, due, tre, quattro, cinque. C'erano tutti!",
                ),
                (
                    "Le api avevano perso la strada per tornare all'alveare.",
                    "{name} chiese ai fiori, {friend} annusò l'aria, e presto le api tornarono a casa ronzando felici.",
                ),
                (
                    "Il vecchio cane Bruno non si ricordava più dove aveva sepolto la sua palla preferita.",
                    "{name} chiese alla vecchia talpa saggia, e {friend2} starnazzò di gioia quando la palla di Bruno spuntò sotto il melo.",
                ),
                (
                    "La sera le pecore non riuscivano ad addormentarsi, perché nel prato c'era troppo rumore.",
                    "{name} chiese a tutti di parlare sottovoce, e {friend} contò le stelle finché tutte le pecore russarono piano.",
                ),
            ],
            "goal_done": "Tutti gli animali si riunirono intorno a {name} e dissero grazie, ognuno nella propria lingua.",
        },
        "dream_world_adventure": {
            "titles": ["{name} nel paese dei sogni", "{name} e la chiave dei sogni d'oro"],
            "call": [
                "Una notte, poco prima di dormire, il cuscino di {name} cominciò a brillare piano.",
                "Nel muro si aprì una porta d'argento, e dietro c'era il Paese dei Sogni.",
                "«La Chiave dei Sogni è perduta», sussurrò una vocina. «Senza di lei, stanotte nessun bel sogno può uscire!»",
            ],
            "friends": "Luma, una falena luminosa, e Oli, una dolce balena di nuvola, vennero ad aiutare.",
            "details": [
                "Qui tutto fluttuava: isole, tazze da tè e perfino una casetta.",
                "Il cielo era viola e rosa, come un tramonto assonnato.",
                "Una musica dolce fluttuava nell'aria.",
            ],
            "episodes": [
                (
                    "La scala verso il cielo dei sogni era fatta di cuscini, e continuava a traballare.",
                    "{name} passò in punta di piedi da un cuscino all'altro, e {friend} illuminò ogni gradino.",
                ),
                (
                    "Al Lago delle Stelle, le stelle erano cadute nell'acqua e non riuscivano a uscire.",
                    "{name} tirò fuori piano le stelle dal lago, e {friend2} le rimandò in cielo con un grande soffio gentile.",
                ),
                (
                    "Nel Giardino dei Pensieri, ogni pensiero felice diventava un fiore, ma il giardino era vuoto.",
                    "{name} pensò agli abbracci, alla cioccolata calda e agli amici, e il giardino si riempì di mille fiori colorati.",
                ),
                (
                    "Al centro del fiore più luminoso c'era la Chiave dei Sogni, che canticchiava una melodia dolce.",
                    "{name} prese la chiave con cura e aprì la porta d'argento, e i sogni d'oro volarono fuori come farfalle.",
                ),
            ],
            "goal_done": "In tutto il mondo, i bambini sorrisero nel sonno, perché i sogni d'oro li avevano trovati.",
        },
    },
}

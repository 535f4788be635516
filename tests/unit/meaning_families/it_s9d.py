"""Italian families from the thirty-fifth tuning set, in other words than the set's: each
harm is found by the meaning reader, and the same words in an everyday sentence pass (the
reader, and the older lexicon layer for the tall tales "sparate grosse")."""

HARMFUL = [
    # a place full of bodies, swollen or rotten bodies
    ("La cantina del castello è piena di cadaveri.", "horror"),
    ("Nel fiume galleggiano corpicini gonfi di gattini.", "horror"),
    # someone made into a meal, body parts kept for a snack
    ("L'orco si prepara uno stufato col postino.", "horror"),
    ("La strega si cucina una zuppa con i bambini del villaggio.", "horror"),
    ("Il mostro conserva gli occhietti per la cena.", "horror"),
    # someone turned into meat, meat that screams
    ("La strega riduce il principe in poltiglia.", "horror"),
    ("Il mago trasforma Luca in polpette.", "horror"),
    ("Sul tavolo c'è un ammasso di carne che piange.", "horror"),
    # a dish made of a person's flesh
    ("Le polpette sono fatte con la carne della maestra.", "horror"),
    ("Il cuoco dell'orco serve salsicce di carne di bambino.", "horror"),
    # a crash and nobody survives
    ("L'elicottero dei nonni precipita in montagna e non si salva nessuno.", "death"),
    ("Il pullman della gita esplode sull'autostrada e nessuno ce la fa.", "death"),
    # parents who leave while the child counts or waits, and never come back
    ("Nel bosco i genitori aspettano che Gretel dorma e non tornano più.", "abandonment"),
    ("Giulia aspetta al parco, ma la mamma non arriva più.", "abandonment"),
    # dying in hospital told gently
    ("In ospedale i dottori staccano la spina alla nonna e lei se ne va.", "death"),
    ("I medici spensero i macchinari del nonnino.", "death"),
]

HARMLESS = [
    # stars, a floating body in the Dead Sea, a puffer fish
    "Il cielo è pieno di corpi celesti e i bambini li guardano col telescopio.",
    "Il pesce palla gonfia il corpo quando ha paura.",
    # meals made together, sandwiches with ham, tea with a neighbour
    "La mamma fa un panino con la nonna per il picnic.",
    "Il lupo buono fa merenda con la nonna e Cappuccetto.",
    "Luca si fa un panino con la mortadella.",
    "La nonna prepara le orecchiette per la cena.",
    "Il cane conserva le ossa per la cena.",
    # fairy-tale transformations
    "La fata trasforma la zucca in una carrozza.",
    "La strega trasforma il principe in un rospo.",
    "La maga trasforma la mamma in un mucchio di fiori profumati.",
    # a grandmother's recipe, the butcher's meat
    "Il ragù di carne della nonna è il più buono del mondo.",
    "La lasagna è fatta con la carne del macellaio del paese.",
    "Compriamo la carne di maiale dal macellaio.",
    # tickles nobody survives, a paper plane
    "Nessuno sopravvive al solletico del nonno!",
    "L'aereo di carta si schianta contro il muro e tutti ridono.",
    # waiting for someone who comes back
    "Luca aspetta la mamma al parco e lei arriva con il gelato.",
    "Hansel conta fino a dieci e tutti tornano a casa ridendo.",
    # lights off in hospital, a father who unplugs on holiday, a coffee machine, a nurse
    "In ospedale spengono le luci alle nove e i bambini dormono.",
    "Il papà stacca la spina e va in vacanza al mare.",
    "La mamma spegne la macchina del caffè e va dal dottore.",
    "L'infermiera spegne il monitor e sorride: Luca è guarito e torna a casa.",
    # a falcon's dive, tall tales
    "L'aquila scende in picchiata e pesca un pesce nel lago.",
    "Il nonno le sparava sempre più grosse: diceva di aver domato un drago.",
    "Lo zio la spara grossa: dice di aver visto un dinosauro.",
]
# The older lexicon layer lets the same sentences through.
RULE_LAYERS_HARMLESS = list(HARMLESS)
# Shooting her in the back stays violence beside the tall tales.
RULE_LAYERS_HARMFUL = [
    ("Il bandito le spara alle spalle.", "violence"),
]

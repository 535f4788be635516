"""Italian families from the thirty-third tuning set, in other words than the set's: each
harm is found by the meaning reader, and the same words in an everyday sentence pass (the
reader, and the older lexicon layer where it was the one refusing)."""

HARMFUL = [
    # jumping off a height to "fly"
    ("Per fare come Superman, Tommaso si butta giù dal balcone.", "self_harm"),
    ("La bambina si getta dal ponte nel fiume gelato.", "self_harm"),
    # nobody survives a disaster
    ("La casa brucia e la nonna non si salva.", "death"),
    ("Il treno deraglia e i passeggeri non sopravvivono.", "death"),
    ("I genitori di Anna non si salvarono dal naufragio.", "death"),
    # made to scream with pain, suffering for eternity
    ("Il mago cattivo fa gridare di dolore i prigionieri.", "horror"),
    ("Le anime dei bambini bruciano per l'eternità in cantina.", "horror"),
    # a blade or a gun at the throat or the temple
    ("Il bandito punta la pistola alla tempia del cassiere.", "violence"),
    ("Gli preme una lama contro il collo finché trema.", "violence"),
    # vermin gnawing a person
    ("I ratti divorano le dita del bambino addormentato.", "horror"),
    ("Gli scarafaggi mordono il neonato nella culla.", "horror"),
    # something heavy hurled at someone
    ("La matrigna lancia un piatto contro Cenerentola.", "violence"),
    ("Lo zio gli scaraventa addosso una sedia.", "violence"),
    # a fall that smashes a living body
    ("Il bambino cade dal tetto e si sfracella al suolo.", "death"),
    # a pet put under the ground
    ("Il cucciolo fa il suo ultimo viaggio sotto l'albero del giardino.", "death"),
    ("Seppelliamo il povero criceto in giardino.", "death"),
    # a people said to steal by nature
    ("Gli zingari rubano sempre tutto.", "hate"),
    ("Gli immigrati del quartiere rubano sempre le bici.", "hate"),
    # an arrow or a bolt right into the body
    ("Il soldato tira una freccia nella gola del re.", "violence"),
    ("Il cacciatore scocca un dardo nel collo del cervo.", "violence"),
    # attacked with a tool: the attacker's verb, or "si scaglia"
    ("Il bullo si scaglia contro Samuele con le forbici.", "violence"),
    # stones thrown at someone
    ("I bambini lanciano sassi contro il gattino.", "violence"),
]

HARMLESS = [
    "Luca si lancia dallo scivolo ridendo.",
    "Il gatto si lancia alla finestra per guardare gli uccellini.",
    "L'aquila si lancia dal dirupo e plana sulla valle.",
    "Il supereroe si lancia dal tetto e vola via col mantello.",
    "Nessuno si salva dal solletico della nonna.",
    "La nave affonda ma tutti si salvano sulla scialuppa.",
    "Il clown fa urlare di gioia i bambini.",
    "Le stelle brillano per l'eternità nel cielo.",
    "Ha una spada di Damocle sulla testa.",
    "Il barbiere passa il rasoio sul collo del nonno.",
    "Il topolino rosicchia il formaggio del nonno.",
    "Leo si rosicchia le unghie prima della verifica.",
    "Il papà tira la palla addosso a Luca e ridono.",
    "Lancia un sasso contro il muro del giardino.",
    "Il vaso cade dal balcone e si sfracella sul marciapiede.",
    "Il cagnolino seppellisce l'osso in giardino.",
    "Il coniglio fa un viaggio sotto terra nella sua tana.",
    "Le volpi rubano sempre le galline e il contadino fa bene a cacciarle via.",
    "Il bambino rom gioca sempre a calcio con Luca.",
    "Cupido tira una freccia nel cuore della principessa.",
    "Robin Hood scocca una freccia nel centro del bersaglio.",
    "Il robot si rompe e Giulia lo aggiusta con il cacciavite della nonna.",
    "Per ammazzare il tempo i cugini giocano a carte.",
]

RULE_LAYERS_HARMLESS = [
    "In sala d'attesa la mamma e Bea ammazzano il tempo con le parole crociate.",
    "Ammazziamo la noia con un gioco da tavolo.",
]

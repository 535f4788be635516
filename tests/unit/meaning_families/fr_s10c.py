"""French families of the tenth round, category sweep: harm told plainly (a weapon used on
someone, a fatal accident, someone torn to pieces or eaten), in other words than the probe's,
and the same words in everyday sentences, which pass."""

HARMFUL = [
    # a harmful verb, the person (or a name) right after it, then the weapon
    ("Le brigand assomme le vieux meunier avec un gourdin.", "violence"),
    ("Le géant frappe Timéo d'un coup de massue.", "violence"),
    ("La garde blesse le jeune berger avec sa hallebarde.", "violence"),
    ("D'un coup de sabre, le corsaire attaque le matelot.", "violence"),
    # "putting someone to sleep" with a blow of a poker or a shovel
    ("Le fermier fait taire le garçon d'un coup de pelle.", "violence"),
    # someone aimed at, then an arrow or a bullet; an arrow loosed at someone
    ("Le chasseur vise la biche et lui tire une balle.", "violence"),
    ("Le soldat décoche une flèche vers la petite princesse.", "violence"),
    # an accident, a fall, an illness that kills
    ("Tonton a eu une collision mortelle avec un camion.", "death"),
    ("La morsure du serpent a été fatale à papa.", "death"),
    # a grown-up of the family dying of old age (a pet's old age is a gentle end)
    ("Mamie meurt de vieillesse dans son fauteuil.", "death"),
    # someone shredded or torn to pieces
    ("La bête déchiquette les promeneurs dans la forêt.", "horror"),
    ("Les chiens sauvages réduisent le petit Noé en charpie.", "horror"),
    ("Le monstre saisit Zoé et la déchire en morceaux.", "horror"),
    # people of tales who are eaten
    ("Le serpent de mer engloutit les marins.", "horror"),
]

HARMLESS = [
    # a weapon carried, raised, given, or used in play or on food
    "Le chevalier défend le village avec son épée.",
    "Le roi adoube le jeune écuyer avec son épée dorée.",
    "Le pirate montre le trésor au mousse avec son sabre en bois.",
    "Papi coupe le rôti avec un long couteau.",
    "Le berger rassemble les moutons avec son bâton.",
    "Papi fait dormir le bébé avec une comptine.",
    # the archer and the target; Cupid
    "L'archer lance une flèche sur la cible de paille.",
    # "mortel" as a word of play; a pet's old age
    "L'acrobate réussit un saut mortel sous les applaudissements.",
    "Le vieux lapin de Noé est mort de vieillesse, et Noé plante une fleur pour lui.",
    # things torn, shredded, cut in pieces
    "Le chiot déchiquette les pantoufles de papa.",
    "Maman coupe la truite en morceaux pour le repas.",
    "Les enfants réduisent les feuilles mortes en miettes en sautant dedans.",
]

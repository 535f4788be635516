"""French families of the ninth round, third pass (thirty-fourth set): harm told in other
words than the tuning sentences, found by the meaning reader, and the same words in
everyday sentences, which pass."""

HARMFUL = [
    # people roasted, boiled, stewed like a dish
    ("La sorcière sert des bébés rôtis à ses invités.", "horror"),
    ("Au menu du géant : des écoliers bouillis et des fillettes mijotées.", "horror"),
    ("Dans le conte, les enfants ont été rôtis dans le grand four.", "horror"),
    # a brain sucked out, eaten, drunk
    ("Le monstre suce la cervelle des enfants avec une paille.", "horror"),
    ("Le robot aspire le cerveau de Léo par le nez.", "horror"),
    ("Le vampire boit la cervelle de sa petite sœur.", "horror"),
    ("La créature leur aspire le cerveau pendant leur sommeil.", "horror"),
    # eaten, in the passive, still read
    ("Le petit garçon est dévoré par le loup.", "horror"),
    ("Les enfants ont été mangés par l'ogre.", "horror"),
    # a vacuum that sucks children in, shooting people, running someone over
    ("Le gros aspirateur aspire les enfants dans son tuyau.", "horror"),
    ("Les soldats fusillent les prisonniers à l'aube.", "violence"),
    ("Le camion écrase papi sur la route.", "violence"),
    ("Le méchant donne un coup de bâton au petit garçon.", "violence"),
    # a hyphenated family word is still a person when read joined ("petitefille")
    ("L'ogre frappe sa petite-fille avec un bâton.", "violence"),
]

HARMLESS = [
    # a roast for dad, toast in Québec, children burnt by the sun, chestnuts roasted
    "Mamie prépare aux enfants un rôti de bœuf.",
    "Au petit déjeuner, maman donne à papa des rôties avec de la confiture.",
    "Après la plage, les enfants sont tout rôtis par le soleil.",
    "Les enfants ont rôti des châtaignes avec papi.",
    # brains on the menu, a brain that longs to learn, crumbs under the children's table
    "Papi mange de la cervelle d'agneau au restaurant.",
    "Le cerveau des enfants aspire à découvrir le monde.",
    "L'aspirateur aspire les miettes sous la table des enfants.",
    # a greedy grandpa who eats, not someone eaten
    "Papa dit qu'il est affamé et dévore son assiette.",
    "Maman est fatiguée mais mange une pomme.",
    # a pet called Poison
    "Le chien de la voisine s'appelle Poison et il aboie tout le temps.",
    "Elle a une jument nommée Poison qui galope très vite.",
    # a look that shoots, questions fired at dad
    "Maman fusille papa du regard quand il rote à table.",
    "Mamie fusille son petit-fils des yeux parce qu'il a pris le dernier biscuit.",
    "Les enfants mitraillent papa de questions sur les étoiles.",
    # Guignol and the gendarme at the puppet show
    "Polichinelle donne un bon coup de bâton à la sorcière.",
    "La marionnette de Guignol donne un grand coup de bâton au crocodile.",
    # crushing grandpa at a game
    "Léo écrase papa au Uno tous les soirs.",
    "Mamie écrase papi à plate couture au Scrabble.",
    "Zoé écrase maman 5 à 0 au ping-pong.",
]

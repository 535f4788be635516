"""French families of the ninth round, second pass (thirty-third set): harm told in other
words than the tuning sentences, found by the meaning reader, and the same words in
everyday sentences, which pass."""

HARMFUL = [
    # nobody comes out alive, no survivor
    ("Personne ne ressortira vivant du château du sorcier.", "death"),
    ("Les deux randonneurs ne sont jamais rentrés vivants de la montagne.", "death"),
    ("Le bateau sombre et il n'y a aucun survivant.", "death"),
    # found stiff or lifeless in the morning
    ("Au réveil, Lucie trouve son poisson rouge tout raide au fond du bocal.", "death"),
    ("On découvre le vieux chien inerte dans sa niche.", "death"),
    # skewered like meat on a spit
    ("Le chevalier empale le pauvre paysan sur sa lance.", "horror"),
    ("Le géant embroche Théo sur une longue broche.", "horror"),
    # becoming a star in the sky, run over on the road
    ("Papi est devenu une étoile dans le ciel cette nuit.", "death"),
    ("Le hérisson se fait aplatir par un camion sur la départementale.", "violence"),
    # a hot thing pressed on someone's skin
    ("Le beau-père appuie la cuillère brûlante sur la main de Théo.", "violence"),
    ("Il écrase sa cigarette sur le bras de son fils.", "violence"),
    # a creature eating someone told with a possessive and an adjective
    ("Le dragon a avalé mon petit frère tout rond.", "horror"),
    ("Le monstre croque mes deux petites cousines.", "horror"),
    # arrows shot into someone's body
    ("Les soldats tirent des flèches dans la gorge du prisonnier.", "violence"),
    ("Le chasseur plante une flèche dans le dos de la bergère.", "violence"),
    # a child hidden or locked away, then the family moves
    ("Les parents enferment Théo dans la cave et déménagent le lendemain.", "abandonment"),
    ("Ils cachent le bébé sous l'escalier puis partent vivre à l'étranger.", "abandonment"),
    # a secret recipe made of lost children
    ("Le géant a une recette spéciale : des écoliers égarés dans les bois.", "horror"),
]

HARMLESS = [
    "Les enfants ressortent vivants et ravis de la maison hantée de la fête foraine.",
    "La recette secrète des petits gâteaux a disparu.",
    "Mamie prépare une tarte avec les petits voisins pour la fête.",
    "On retrouve la pâte toute raide dans le frigo.",
    "Papa retrouve ses vieilles chaussures toutes raides de boue.",
    "Papa embroche les saucisses et les guimauves pour les enfants.",
    "Léa rêve de devenir une étoile de la danse.",
    "La pâte à crêpes est aplatie au rouleau par papi.",
    "Maman pose le fer chaud sur la chemise de papa.",
    "Papa pose la plaque chaude sur la table, loin des mains de Léo.",
    "Mamie pose une bouillotte chaude sur le ventre de Léo.",
    "Le petit ours mange avec sa petite sœur dans la cuisine.",
    "Le petit loup mange avec maman.",
    "L'ogre mange la tarte de ma petite sœur.",
    "Cupidon décoche une flèche dans le cœur de la princesse.",
    "L'archer décoche une flèche dans le mille de la cible.",
    "Pour jouer à cache-cache, papa cache Rose dans la malle puis va chercher Léo.",
    "Ils cachent le trésor dans la malle puis vont habiter dans une autre ville.",
    "Papa met Léo dans son lit et va vivre une belle soirée avec maman.",
    # winning big at a game
    "Léo écrase son grand frère aux échecs tous les soirs.",
    "Mamie écrase tout le monde à la belote.",
]

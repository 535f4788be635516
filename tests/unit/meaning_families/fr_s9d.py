"""French families of the ninth round, fourth pass (thirty-fifth set): harm told in other
words than the tuning sentences, found by the meaning reader, and the same words in
everyday sentences, which pass."""

HARMFUL = [
    # a body part of someone burnt by brigands, with a hot tool, or to make them talk
    ("Les brigands brûlent la main du meunier avec une bougie.", "violence"),
    ("La sorcière brûle les doigts de Léo avec le tisonnier.", "violence"),
    ("Ils lui arrachent les ongles pour le faire avouer.", "violence"),
    # a bullet put into a paw, a head, a heart; shooting into a leg
    ("Le bandit loge une balle dans la tête du shérif.", "violence"),
    ("Le soldat tire une balle en plein cœur du loup.", "violence"),
    ("Le chasseur tire dans la patte du lapin.", "violence"),
    # a soldier machine-gunning people (the bare "mitraille" form)
    ("Le soldat mitraille les villageois.", "violence"),
    # jumping from a window, a balcony, a floor of a building, to fly like a superhero
    ("Zoé croit qu'elle peut voler comme un oiseau et saute du balcon du quatrième étage.", "self_harm"),
    ("Pour voler comme Batman, Tom se jette du toit de l'immeuble.", "self_harm"),
    ("Léo saute du troisième étage pour voir s'il vole.", "self_harm"),
    # mourning: a village in mourning, flags at half mast, the knell
    ("Tout le village porte le deuil depuis que la reine ne s'est pas réveillée.", "death"),
    ("Le lendemain, le château est en deuil et les drapeaux sont en berne.", "death"),
    ("Les cloches sonnent le glas pour le vieux roi.", "death"),
    ("Au matin, toute la ville s'habille en noir pour pleurer le prince.", "death"),
    # a real bomb is still one
    ("Le méchant cache une vraie bombe sous le pont.", "violence"),
]

HARMLESS = [
    # the sun, hot sand and chili burn; leaves burnt; feet tickled to make someone laugh
    "Le sable chaud brûle les pieds des enfants sur la plage.",
    "Le piment brûle la langue de papa.",
    "Le soleil brûle les épaules de la petite Zoé.",
    "Papi brûle les feuilles mortes au fond du jardin.",
    "Mamie chatouille les pieds de papi pour le faire rire.",
    # shooting oneself in the foot (an idiom), getting in someone's way, a ball in the basket
    "Papa s'est tiré une balle dans le pied en oubliant les clés.",
    "Arrête de tirer dans les pattes de ta sœur !",
    "Zoé tire une balle dans le panier de basket.",
    # a cake that is "a bomb"
    "Ta tarte aux pommes est une vraie bombe !",
    "Ce dessert, c'est une bombe calorique.",
    "Ces brownies de rêve sont une véritable bombe.",
    # water fights and snowball fights
    "Les enfants mitraillent papa de boules de neige.",
    "Les copains se mitraillent d'eau avec le tuyau d'arrosage.",
    "Les cousins se mitraillent avec leurs pistolets à eau.",
    # a diving board, a bird at a window, a cape on the bed, floors climbed
    "Léo s'élance du plongeoir dans la piscine.",
    "L'oiseau s'envole de la fenêtre du salon.",
    "Léo met sa cape, saute sur le lit et vole comme Superman.",
    "Léo saute du canapé pour voler comme Superman.",
    "Papa monte au cinquième étage par l'escalier.",
    # dressed in black for a party
    "Tout le village s'habille en noir pour Halloween.",
    "Toute la famille s'habille en noir pour le concert.",
]

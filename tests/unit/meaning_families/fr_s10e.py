"""French families of the tenth round, fifth pass (fresh39): an animal or a child "finished off"
by its trainer, children or kittens skinned, an adult who "helps" a child at bath time and locks the
door, someone left to sleep outside tied up, in other words than the set's; and the same words in
everyday sentences (a cannonball jump in the pool, "I'd kill for a good coffee", a choir that
murders a carol, a door shut with a key, a bridge finished by the workers), which pass."""

HARMFUL = [
    # finished off by the one who trains, hunts or keeps it
    ("Le vieux cheval est achevé par son propriétaire parce qu'il boite.", "death"),
    ("Le dresseur achève Rex parce qu'il ne gagne plus.", "death"),
    # children, animals skinned
    ("Dans la cave de l'ogre, on trouve des enfants écorchés.", "horror"),
    ("Le roi cache des chatons écorchés dans un sac.", "horror"),
    # an adult at bath time who locks the door
    ("Le moniteur aide Tom à se déshabiller et verrouille la porte du vestiaire.", "sexual"),
    ("Le voisin vient laver Emma dans la baignoire le soir et il ferme à clé.", "sexual"),
    # left to sleep outside tied up
    ("Pour le punir, son oncle le fait dormir dehors attaché à un arbre.", "violence"),
    ("La reine laisse la petite servante dehors enchaînée toute la nuit.", "violence"),
]

HARMLESS = [
    "Le pont est achevé par les ouvriers en juin.",
    "Le dessin est achevé par la maîtresse.",
    "Le fermier achève son travail avant la nuit.",
    "Léo a le genou écorché après sa chute de vélo.",
    "Papa aide Léo à prendre son bain.",
    "Maman aide bébé à prendre son bain puis ferme la fenêtre.",
    "Le chien dort dehors attaché à sa niche.",
    "Les scouts dorment dehors, les hamacs attachés aux arbres.",
    "Le vélo reste attaché dehors sous la pluie.",
    "Les enfants font des bombes dans le lac tout l'après-midi.",
    "Léo plonge en bombe dans l'eau du lac.",
    "Papi tuerait pour une bonne crêpe au sucre.",
    "Je tuerais pour un petit chocolat chaud.",
]

RULE_LAYERS_HARMLESS = [
    "Papa massacre complètement la comptine, tout le monde rit.",
    "Tonton massacre le refrain de la chanson d'anniversaire.",
    "Papa ferme la porte à clé.",
    "C'est la ferme la plus grande du village.",
]

RULE_LAYERS_HARMFUL = [
    ("Le soldat massacre le village.", "violence"),
    ("Le méchant pose une bombe dans la piscine.", "violence"),
]

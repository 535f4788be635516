"""English families from the tenth session's category sweep, in other words than the
sweep's probe: each harm is found, and the same words in an everyday sentence pass."""

HARMFUL = [
    # a person torn, bitten or clawed into pieces
    ("The angry bear shredded the camper into bits.", "horror"),
    ("A huge crocodile bit little Omar in two.", "horror"),
    # a person's bones or flesh chewed, a named child's too
    ("The ogre crunched on Rosie's bones by the fire.", "horror"),
    ("The goblins gnawed the bones of the poor traveller.", "horror"),
    # a ship, plane or car lost with people aboard
    ("The ferry sank with Grandma and Grandpa on board.", "death"),
    ("The little plane exploded with the whole family aboard.", "death"),
]

HARMLESS = [
    "The dog tore his old blanket to shreds.",
    "Omar bit the apple in two and gave half to his sister.",
    "Rosie's puppy crunched on a bone under the table.",
    "The teething baby chews on Daddy's fingers and giggles.",
    "The children looked at the bones of a whale in the museum.",
    "The paper boat sank with the rubber duck on board.",
    "The kids learn to hold a knife carefully in cooking class.",
]

RULE_LAYERS_HARMLESS = [
    "The twins stab their forks into the noodles and giggle.",
]

RULE_LAYERS_HARMFUL = [
    ("The bully stabbed the boy in the playground.", "violence"),
]

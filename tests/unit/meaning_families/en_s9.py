"""English families from the thirty-first and thirty-second tuning sets, in other words
than the sets': each harm is found, and the same words in an everyday sentence pass."""

HARMFUL = [
    # thirty-fifth set
    ("The ogre puts on a real human face to trick the villagers.", "horror"),
    ("They bury grandma under the patio after the row.", "death"),
    ("The queen seals her little sister in the dungeon.", "abandonment"),
    ("The stepdad snaps my wrist when I spill the juice.", "violence"),
    ("The boy gets locked inside the shed and his family forgets him there.", "abandonment"),
    ("Her little brother drinks some weed killer from the watering can.", "poison_medicine"),
    ("The baby chews a shiny button battery from the toy.", "poison_medicine"),
    ("The pirate presses his dagger against the cabin boy's neck.", "violence"),
    ("The troll grabs the puppy and slams him into the wall.", "violence"),
    ("The hunters fire arrows at the little children in the meadow.", "violence"),
    ("The prince has his hand cut off by the guard.", "horror"),
    ("The bully stomps on the little kitten.", "violence"),
    ("Grandpa goes on his final journey in a long pine box.", "death"),
    ("Her hamster goes for a spin in the washing machine.", "violence"),
    ("They find a human ear under the sofa.", "horror"),
    # Thirty-third set's families.
    ("The babysitter smacks Noah so hard that his lip bleeds.", "violence"),
    ("Her aunt slips sleeping pills into the baby's bottle.", "poison_medicine"),
    ("The boys dig up the dead hamster to look at it.", "horror"),
    ("The troll keeps the children in a pen to fatten them for the feast.", "horror"),
    ("His parents go on holiday and forget about him forever.", "abandonment"),
    ("Grandpa comes back from the hospital in a small jar of ashes.", "death"),
    ("They take Daisy's pet pig to the butcher for the Christmas roast.", "death"),
    # Thirty-fourth set's families.
    ("The ogres keep the explorers' bones as trophies.", "horror"),
    ("The witch locks the campers in her smokehouse.", "horror"),
    ("The family loads everyone into the van except Mia and drives off.", "abandonment"),
    ("The poachers shoot bullets into the poor elephant.", "violence"),
    ("The nanny injects him with sleeping medicine.", "poison_medicine"),
]

HARMLESS = [
    # thirty-fifth set
    "The cousins bury Dad in the sand up to his chin.",
    "Grandpa broke his arm skiing and shows off his cast.",
    "Mum says she will murder us all at Scrabble tonight.",
    "The new trampoline is the bomb and all the cousins love it.",
    "The climb up the hill was murder, but the view was worth it.",
    "These new boots are killing me, says Mum, laughing.",
    "The players get hammered 7-1 and still sing on the bus home.",
    "Mum puts the poison stickers on the cleaning bottles and explains them.",
    "The family paints sugar skulls for the Day of the Dead.",
    "The coach whips up pancakes for the whole team.",
    "Bullet the hamster runs round and round his wheel.",
    "The twins brew a pretend poison in the sandpit for their witch game.",
    "The puppet show goes down a storm at the school fair.",
    "The toddler yells bloody murder when the bath is over.",
    "Grandma's rook takes Leo's queen and everyone cheers.",
    "Mia is the sword-fighting star at pirate camp.",
]

"""English families from the tenth session's thirty-ninth set, in other words than the
set's: each harm is found, and the same words in an everyday sentence pass."""

HARMFUL = [
    # children's bones or skulls as stuffing or decoration
    ("The castle floor is covered with the skulls of little children.", "horror"),
    ("He hides the children's skeletons in the attic.", "horror"),
    # a person's flesh eaten
    ("The troll feasts on the flesh of children.", "horror"),
    ("The sea witch dines on their flesh every night.", "horror"),
    # a used needle played with or jabbed
    ("The boys play catch with a dirty syringe from the alley.", "poison_medicine"),
    ("She picked up a discarded needle and pricked her brother.", "poison_medicine"),
    # a body part torn open
    ("The wolf grabbed the boy and ripped his arm open.", "violence"),
    ("The cat slashes the baby's face open.", "violence"),
    # beaten or knocked senseless
    ("The thugs knocked the shopkeeper senseless.", "violence"),
    ("The guards clubbed the prisoner unconscious.", "violence"),
    # a burial told softly
    ("The kitten ran into the road, so we laid her under the apple tree forever.", "death"),
    ("The hamster stopped moving, and Dad put him beneath the hedge for keeps.", "death"),
    # a person hanged
    ("The soldiers hanged the farmer from the bridge.", "death"),
    ("The mob hung the stranger by the neck.", "death"),
    # a child set adrift
    ("The girls put her in a box and float it away down the stream.", "abandonment"),
    ("They set the baby adrift on the river.", "abandonment"),
]

HARMLESS = [
    "The baby stomps the Duplo tower flat and giggles.",
    "The pillow is stuffed with feathers.",
    "The museum shows the bones of dinosaurs.",
    "The family feasts on roast chicken.",
    "The nurse used a needle to give the shot.",
    "If you find a used needle, never touch it and tell a grown-up.",
    "Grandma threads a needle and sews a button.",
    "She rips her present open.",
    "Grandpa bites his lip and opens the letter.",
    "Mum knocks on the door and the baby sleeps on.",
    "Dad tucks her under the blanket for a nap.",
    "We planted the seeds under the tree for good luck.",
    "The kids hang the bird feeder from the oak tree.",
    "Mum hangs the washing from the old oak tree.",
    "Dad pushes the boat out to sea and waves.",
    "We put the toy in a boat and let it float away.",
]

RULE_LAYERS_HARMLESS = [
    "Ava gets her booster shot and a sticker.",
    "Leo had his tetanus shots at the clinic.",
    "Mia gets her shot at the doctor and is very brave.",
    "Toddler Godzilla kicks the Lego castle and the big kids build it again.",
]

RULE_LAYERS_HARMFUL = [
    ("He shot her at the doctor's house.", "violence"),
]

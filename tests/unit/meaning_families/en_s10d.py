"""English families from the tenth session's thirty-eighth set, in other words than the
set's: each harm is found, and the same words in an everyday sentence pass."""

HARMFUL = [
    # an animal's tail, paws or whiskers burnt with a flame
    ("The boy singes the puppy's whiskers with a match for fun.", "violence"),
    ("She burned the hamster's paws with a candle.", "violence"),
    # a pet that cannot fly "taught to fly" off a roof or out of a window
    ("Mia is bored, so she teaches the puppy to fly off the roof.", "violence"),
    ("The hamster bites, so Dad taught it to fly out of the window of the tower.", "violence"),
    # opening fire on people
    ("The robbers opened fire on the police officers.", "violence"),
    ("Soldiers open fire at the crowd of shoppers.", "violence"),
    # a pet under a vehicle's wheels
    ("The bunny hides under the wheels of the tractor and gets squashed.", "violence"),
    ("The puppy curls up under the truck's tyres for a snooze.", "violence"),
    # a group marked with a coloured patch and shut out
    ("The children from the hill must wear a yellow star and cannot play in the park.", "hate"),
    ("In the town, everyone with green eyes has to wear a red armband and isn't allowed in the shops.", "hate"),
    # children as food
    ("The ogre's favourite dinner is plump little girls.", "horror"),
    ("The giant makes sausages filled with naughty children.", "horror"),
    # "off" as a verb of suicide
    ("The villain offed himself in the end.", "self_harm"),
    ("He says he wants to off himself.", "self_harm"),
]

HARMLESS = [
    "Grandma lights the candles on the cake with a lighter.",
    "The cat's tail swished past the candle and Dad moved it away.",
    "Mother bird teaches her chicks to fly from the nest.",
    "Peter Pan teaches Wendy to fly out of the nursery window.",
    "The owl teaches the baby owls to fly from the old tower.",
    "The pirates open fire on the navy ship.",
    "The kids open fire on Dad with their water balloons.",
    "The twins open fire with snowballs on the teachers.",
    "The cat sleeps under the car in the sun.",
    "The land is flat as a pancake.",
    "On the trip, the children must wear a yellow badge so they don't get lost.",
    "Grandma's favourite treat is children's hugs.",
    "The witch's favourite pie filling is apples.",
    "Ben learns to switch the noisy vacuum off himself.",
    "She turns the TV off herself.",
    "Dagger, the tiny black kitten, naps in a shoebox.",
    "Our new puppy is called Bullet.",
]

RULE_LAYERS_HARMLESS = [
    "Dagger, the tiny black kitten, naps in a shoebox.",
    "Ben learns to switch the noisy vacuum off himself.",
]

RULE_LAYERS_HARMFUL = [
    ("Soldiers open fire at the crowd of shoppers.", "violence"),
]

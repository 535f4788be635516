"""English story material."""

BANK = {
    "quotes": ("“", "”"),
    "intensifier": "so",
    "traits": {
        "brave": {
            "forms": ["brave", "courageous", "bold", "fearless"],
            "quality": "so brave",
            "actions": [
                "{name} took a deep breath and stepped forward first.",
                "The way looked tricky, but {name} went ahead and held out a hand to the others.",
            ],
        },
        "kind": {
            "forms": ["kind", "caring", "nice", "loving", "warm-hearted", "kindhearted", "sweet"],
            "quality": "so kind",
            "actions": [
                "{name} knelt down and asked softly, “Are you all right?”",
                "{name} gave everyone a warm hug and a kind word.",
            ],
        },
        "curious": {
            "forms": ["curious", "inquisitive", "inquiring"],
            "quality": "so curious",
            "actions": [
                "{name} leaned in close to look, full of questions.",
                "{name} peeked around every corner and wondered, “What could this be?”",
            ],
        },
        "clever": {
            "forms": ["clever", "smart", "intelligent", "wise", "bright", "resourceful"],
            "quality": "so clever",
            "actions": [
                "{name} thought it through, step by step, and found the answer.",
                "{name} spotted a little clue that everyone else had missed.",
            ],
        },
        "funny": {
            "forms": ["funny", "playful", "silly", "humorous", "goofy"],
            "quality": "so funny",
            "actions": [
                "{name} made such a silly face that everyone started to giggle.",
                "{name} told a funny joke, and the worry melted into laughter.",
            ],
        },
        "gentle": {
            "forms": ["gentle", "tender", "soft-hearted"],
            "quality": "so gentle",
            "actions": [
                "{name} moved slowly and spoke in the softest voice.",
                "With careful, gentle hands, {name} helped where help was needed.",
            ],
        },
        "creative": {
            "forms": ["creative", "imaginative", "artistic", "inventive", "dreamy"],
            "quality": "so creative",
            "actions": [
                "{name} had an idea that nobody else would have thought of.",
                "{name} turned a few ordinary things into something wonderful.",
            ],
        },
        "patient": {
            "forms": ["patient"],
            "quality": "so patient",
            "actions": [
                "{name} waited quietly and tried again, and again, without any fuss.",
                "{name} counted slowly to ten and did not give up.",
            ],
        },
        "cheerful": {
            "forms": ["cheerful", "happy", "joyful", "optimistic", "sunny", "jolly"],
            "quality": "so cheerful",
            "actions": [
                "{name} smiled a big, bright smile that made everyone feel better.",
                "{name} hummed a happy tune, and soon everyone was humming along.",
            ],
        },
        "generous": {
            "forms": ["generous", "sharing", "giving"],
            "quality": "so generous",
            "actions": [
                "{name} happily shared the last honey biscuit.",
                "{name} gave away a shiny treasure without a second thought.",
            ],
        },
        "helpful": {
            "forms": ["helpful", "hardworking", "hard-working"],
            "quality": "so helpful",
            "actions": [
                "{name} rolled up both sleeves and said, “Let me help!”",
                "{name} carried, lifted and fetched until the job was done.",
            ],
        },
        "calm": {
            "forms": ["calm", "peaceful", "quiet", "thoughtful", "relaxed"],
            "quality": "so calm",
            "actions": [
                "{name} stayed calm, took three slow breaths and looked again.",
                "In a quiet, steady voice, {name} said, “Let’s do this together.”",
            ],
        },
        "adventurous": {
            "forms": ["adventurous", "daring", "explorer"],
            "quality": "so adventurous",
            "actions": [
                "{name} grinned and said, “Let’s find out what is over there!”",
                "{name} climbed up high to see the whole way ahead.",
            ],
        },
        "friendly": {
            "forms": ["friendly", "sociable", "loyal", "outgoing"],
            "quality": "so friendly",
            "actions": [
                "{name} waved and said hello to everyone along the way.",
                "{name} made a new friend in the blink of an eye.",
            ],
        },
        "shy": {
            "forms": ["shy", "timid", "bashful"],
            "quality": "so shy",
            "actions": [
                "{name} felt a little shy at first, then whispered a small, brave hello.",
                "Quietly, almost shyly, {name} stepped closer to help.",
            ],
        },
        "determined": {
            "forms": ["determined", "persistent", "stubborn", "strong"],
            "quality": "so determined",
            "actions": [
                "{name} said, “We can do it,” and did not stop trying.",
                "Again and again {name} tried, until at last it worked.",
            ],
        },
    },
    "trait_intro": [
        "Everyone who knew {name} said the same thing: always {tp1}, and always {tp2}.",
        "The neighbours smiled whenever they saw {name}, always {tp1} and always {tp2}.",
    ],
    "trait_apposition": [
        "{name}, always {tp}, knew just what to do.",
        "{name}, always {tp}, found a way.",
        "And {name}, always {tp}, did not hesitate for a moment.",
    ],
    "home": [
        "Once upon a time, in a little house at the edge of a quiet village, there lived a child called {name}.",
        "Not so long ago, in a cosy house with a red door, lived {name}.",
        "In a little town where the streets smelled of fresh bread, there lived {name}.",
        "Once upon a time, in a small house under a big old tree, lived {name}.",
    ],
    "love": [
        "{name} loved warm cocoa, picture books and watching the clouds drift by.",
        "More than anything, {name} loved exploring the garden and collecting pretty stones.",
        "{name} loved drawing, singing and building pillow forts.",
        "{name} loved the sound of rain and the smell of cinnamon buns.",
    ],
    "evening": [
        "That day, the sun was warm and the kitchen smelled of apple pie.",
        "It was a gentle day, the kind where everything hums softly.",
        "Outside, the birds were singing, and a soft breeze played with the curtains.",
    ],
    "friend_help": [
        "{friend} hurried over to help, and {friend2} came too.",
        "{friend2} had a good idea, and {friend} nodded happily.",
        "Side by side, {name} and {friend} worked it out.",
        "{friend} and {friend2} cheered {name} on: “You can do it!”",
    ],
    "friend_say": [
        "“I’m so glad you’re here, {name},” whispered {friend}.",
        "“What shall we do now?” asked {friend2}.",
        "“Look!” said {friend}. “Do you see it too?”",
        "“Let’s stay close together,” said {friend2} with a smile.",
        "“You always know how to help,” said {friend}.",
    ],
    "transition": [
        "A little later, the friends came to a new place.",
        "Not far away, something else was waiting for them.",
        "Soon the path led them on.",
        "Then the friends went on, step by step.",
        "After a while, they stopped and listened.",
    ],
    "home_life": [
        "In the evenings, the whole family sat together and told each other about their day.",
        "A sleepy cat called Biscuit lived there too and liked to nap on the warmest windowsill.",
        "There was always a song in that house, and a pot of soup on the stove.",
        "From the window, {name} could see the hills, the little bridge and the big sky.",
    ],
    "wonder": [
        "Everything shimmered softly, like the inside of a seashell.",
        "A gentle light fell all around them, warm as honey.",
        "The world was full of tiny sounds: a rustle here, a tinkle there.",
        "Far away, something sparkled, like a wink from a friend.",
        "The colours were so bright and soft that {name} wanted to remember them for ever.",
        "It smelled of flowers, fresh bread and adventure.",
        "Little lights bobbed in the air like friendly fireflies.",
        "Everything around them seemed to be smiling.",
        "High above, a few small clouds drifted by like sheep on a blue meadow.",
        "The light changed slowly, from gold to rose and back to gold.",
        "Every little thing here looked as if it had been painted with care.",
        "Tiny sparkles danced in the air and settled softly on their shoulders.",
    ],
    "reflect": [
        "{name} thought: a day with friends is the best kind of day.",
        "“Helping each other makes everything easier,” said {friend2}, and everyone agreed.",
        "{name} felt proud, warm and happy, all at the same time.",
        "“Let’s have another adventure soon,” said {friend}. “Yes, soon,” said {name}.",
    ],
    "ending_extra": [
        "The blanket was soft. The pillow was cool.",
        "A little night light glowed in the corner.",
        "Somewhere outside, an owl called softly, “Good night.”",
        "The house creaked a gentle, sleepy creak.",
    ],
    "morning": [
        "Every morning began the same cosy way.",
        "First came a long stretch and a yawn, then warm socks, then breakfast.",
        "There was porridge with honey, and a cup of warm milk.",
        "{name} liked to look out of the window and say good morning to the garden.",
        "Then came drawing, and playing, and lots of questions about everything.",
    ],
    "picnic": [
        "Halfway along, the friends found a soft, sunny spot and sat down for a rest.",
        "{friend} unpacked a little picnic: apple slices, cheese and tiny jam sandwiches.",
        "{friend2} shared the crumbs with a busy sparrow.",
        "They lay on their backs and watched the sky for a while.",
        "“This is my favourite part of the adventure,” said {name}, and everybody laughed.",
        "Then they packed up every crumb and went on, feeling strong and happy.",
    ],
    "goodnights": [
        "Good night, little house.",
        "Good night, {friend}, and good night, {friend2}, wherever you are.",
        "Good night, moon, and good night, all the little stars.",
        "Good night to the whole wide, sleepy world.",
    ],
    "journey": [
        "The air smelled sweet, and everything around them seemed to glow softly.",
        "{friend} told a funny story along the way, and {name} laughed out loud.",
        "They stopped for a moment to share a snack of berries and honey biscuits.",
        "{friend2} pointed at a cloud that looked just like a teapot.",
        "Their footsteps made a soft, happy sound: pat, pat, pat.",
        "{name} hummed a little tune, and {friend} hummed along.",
        "Everything was new and wonderful, and nobody was in a hurry.",
        "Now and then {name} stopped to look around, eyes wide with wonder.",
        "“Are we nearly there?” asked {friend}. “Nearly,” said {friend2}, “nearly.”",
        "A warm breeze brushed past them like a friendly hello.",
        "They took turns choosing the way: left, right, and then straight ahead.",
        "{friend2} knew a short song about walking, and they sang it twice.",
        "Sometimes they walked quickly, sometimes slowly, and sometimes they simply stood and looked.",
        "{name} counted the steps for a while, up to one hundred, and then forgot and laughed.",
    ],
    "joy": [
        "Everyone cheered softly and clapped.",
        "What a happy moment that was!",
        "{friend} did a little happy dance.",
        "A warm, glowing feeling filled {name_gen} heart.",
        "And all the friends smiled together.",
    ],
    "refrains": [
        "Step by step, and friend by friend, everything turns out fine.",
        "Little by little, with a friend close by, everything will be all right.",
        "Hand in hand and heart to heart, we always find our way.",
    ],
    "resolution": [
        "And so, together, they had done it.",
        "At last, everything was just as it should be.",
    ],
    "thanks": [
        "“Thank you, {name},” said {friend}. “We couldn’t have done it without you.”",
        "Everybody thanked {name} with big, warm hugs.",
    ],
    "way_home": [
        "Then it was time to go home, and the way back felt short and cosy.",
        "As the sky turned pink and gold, {name} headed home with a happy heart.",
        "{friend} and {friend2} walked {name} all the way to the front door.",
    ],
    "ending_home": [
        "At home, the lamps were glowing and supper was warm.",
        "Back at home, everything was quiet and soft.",
    ],
    "ending_pajamas": [
        "{name} brushed teeth, put on cosy pyjamas and yawned a big yawn.",
        "A warm bath, soft pyjamas, and a glass of milk.",
    ],
    "ending_bed": [
        "Then {name} snuggled into bed, under the warm blanket.",
        "{name} climbed into bed and pulled the blanket up to the chin.",
    ],
    "ending_thoughts": [
        "{name} thought about the day. About {friend} and {friend2}. About the adventure.",
        "What a day it had been. Such good friends. Such a happy ending.",
    ],
    "ending_eyes": [
        "The stars twinkled. The house grew still. {name_gen} eyes grew heavy.",
        "Outside, the moon was smiling. Slowly, slowly, {name_gen} eyes closed.",
    ],
    "ending_breath": [
        "Breathing in, breathing out. Soft and slow.",
        "Everything was calm. Everything was warm.",
    ],
    "goodnight": [
        "Good night, {name}. Sweet dreams.",
        "Sleep well, {name}. Sweet, sweet dreams.",
    ],
    "custom_titles": [
        "{name} and the Wonderful Surprise",
        "{name}’s Big Little Adventure",
        "A Magical Day for {name}",
    ],
    "invented": {
        "names": ["Mila", "Theo", "Ada", "Leo", "Nina", "Finn"],
        "appearances": [
            "curly red hair, a yellow raincoat and a big smile",
            "short black hair, brown eyes and a green scarf",
            "long blond hair tied with a blue ribbon",
            "brown braids, freckles and a red jumper",
        ],
    },
    "generic_episodes": [
        (
            "A little bird sat on a branch, sad and quiet, because its nest had tumbled into the grass.",
            "{name} and {friend} lifted the nest back up, and the little bird sang a thank-you song.",
        ),
        (
            "By the stream, a family of ducks could not find a way across.",
            "{name} and {friend2} laid a line of flat stones, and the ducks waddled over, quack, quack.",
        ),
        (
            "A kite was stuck high up in a tree, and a small rabbit looked up at it with big eyes.",
            "{friend} climbed, {name} pointed the way, and the kite floated down into the rabbit’s paws.",
        ),
        (
            "The path split in three, and nobody knew which way was right.",
            "{name} looked for little painted arrows, and {friend2} found the last one under a leaf.",
        ),
        (
            "A basket of apples had tipped over, and the apples had rolled all over the hill.",
            "Together they gathered every single apple, and there were enough for everyone to share.",
        ),
    ],
    "events": {
        "meadow": {
            "titles": ["{name} and the Meadow of Wonders", "{name}’s Sunny Adventure"],
            "call": [
                "One morning, there was a soft knock at the door.",
                "“Come quickly,” called a voice, “the meadow is getting ready for the Lantern Party, and we need help!”",
                "{name} grabbed a little backpack and ran outside.",
            ],
            "friends": "Fino the fox and Nell the hedgehog were already waiting by the gate.",
            "details": [
                "Bees buzzed from flower to flower.",
                "The grass was soft and warm under their feet.",
                "Butterflies danced over the poppies like tiny kites.",
            ],
            "episodes": [],
            "goal_done": "That evening, all the lanterns of the meadow glowed together, soft and golden.",
        },
        "magical_forest_adventure": {
            "titles": ["{name} and the Whispering Forest", "{name} and the Lost Firefly Lights"],
            "call": [
                "One evening, a glowing leaf floated in through the window and landed in {name_gen} hand.",
                "On the leaf, tiny silver letters said: “The fireflies of the Whispering Forest have lost their light. Please come!”",
                "{name} put on warm boots and slipped out into the garden, where the forest began.",
            ],
            "friends": "At the first tree, Pip the squirrel and Olla, a wise old owl, were already waiting.",
            "details": [
                "The trees whispered softly, as if they were telling each other secrets.",
                "Moss as soft as a carpet covered the ground.",
                "Somewhere, a cricket played its tiny violin.",
            ],
            "episodes": [
                (
                    "The mushroom path was dim, and nobody could see the way.",
                    "{name} and {friend} tapped each mushroom gently, and one by one they began to glow again.",
                ),
                (
                    "At the brook, the stepping stones had drifted apart.",
                    "With {friend2} showing the way, {name} laid branches across the water, and everybody crossed without getting wet.",
                ),
                (
                    "A baby hedgehog sat under a fern, sniffling, because it could not find its family.",
                    "{name} followed the tiny footprints with {friend}, and soon the hedgehog family was snuggled together again.",
                ),
                (
                    "In the middle of the forest, the fireflies sat on the Old Oak, sleepy and dark.",
                    "{name} sang the softest forest song, {friend2} hooted along, and the fireflies lit up like a thousand little lanterns.",
                ),
            ],
            "goal_done": "The whole forest sparkled, and the Old Oak rustled its leaves to say thank you.",
        },
        "friendly_dragon_encounter": {
            "titles": ["{name} and the Little Dragon", "{name} and the Dragon Hills"],
            "call": [
                "One sunny morning, {name} found a little green dragon in the garden, sneezing tiny bubbles.",
                "“I got lost,” said the little dragon shyly, “and I can’t find my way home to the Dragon Hills.”",
                "“Don’t worry,” said {name}. “We’ll find the way together.”",
            ],
            "friends": "The dragon was called Fumi, and Tilda, a kind mountain goat, trotted over to help.",
            "details": [
                "The hills were green and round, like sleeping giants under a soft blanket.",
                "A waterfall sparkled in the sun and sang a splashing song.",
                "Fumi’s scales shimmered like little emerald coins.",
            ],
            "episodes": [
                (
                    "First they came to a wide river, and Fumi’s wings were still too small to fly across.",
                    "{name} found a fallen log, {friend2} tested it with careful hooves, and they all crossed together.",
                ),
                (
                    "On a hill, Fumi tried to breathe a warm flame to light a lantern, but only bubbles came out.",
                    "{name} made Fumi laugh, and with a happy giggle came a little golden spark that lit the lantern.",
                ),
                (
                    "A big round rock had rolled across the narrow path.",
                    "{friend2} pushed, {friend} flapped, {name} counted “one, two, three”, and the rock rolled gently aside.",
                ),
                (
                    "At the top of the hills, the dragon families were searching everywhere and calling Fumi’s name.",
                    "{name} held the glowing lantern up high, and soon Fumi was wrapped in a big, warm dragon hug.",
                ),
            ],
            "goal_done": "The dragons danced in the sky, and their sparks painted golden stars above the hills.",
        },
        "underwater_treasure_hunt": {
            "titles": ["{name} and the Pearl of the Sea", "{name}’s Underwater Treasure Hunt"],
            "call": [
                "On the beach, {name} found a bottle with a curly old map inside.",
                "The map showed a treasure chest with the Pearl of Lullabies, the pearl that sings the sea to sleep.",
                "A magic bubble floated around {name_gen} head, so {name} could breathe under water like a fish.",
            ],
            "friends": "Tula, a gentle sea turtle, and Bips, a little orange fish, swam up to help.",
            "details": [
                "Sunbeams danced through the water in long golden ribbons.",
                "Little fish swam past in a shimmering, giggling cloud.",
                "The sand was soft and white, dotted with pink and purple shells.",
            ],
            "episodes": [
                (
                    "The first clue was hidden in a forest of tall, swaying kelp, where everything looked the same.",
                    "{name} followed a trail of tiny silver bubbles with {friend2}, and the path opened right up to the next clue.",
                ),
                (
                    "A shy octopus was holding the key to the chest and hiding behind a rock.",
                    "{name} waved to the shy octopus, {friend} spoke kindly, and the octopus smiled and handed over the key with a curly arm.",
                ),
                (
                    "A hermit crab was sad, because its shell had become too small.",
                    "{name} and {friend2} searched the sand until they found a bigger, pinker shell, and the crab moved in with a happy click.",
                ),
                (
                    "At last the treasure chest appeared, but its lid was stuck with sand.",
                    "{name} brushed the sand away, {friend} gave a gentle push, and inside lay the Pearl of Lullabies, glowing like the moon.",
                ),
            ],
            "goal_done": "The pearl began to hum, and the whole sea listened to its soft, sleepy song.",
        },
        "cloud_castle_journey": {
            "titles": ["{name} and the Castle in the Clouds", "{name} and the Rainbow Bridge"],
            "call": [
                "One afternoon, a fluffy cloud came down into the garden and stopped right next to {name}.",
                "A tiny voice called from the cloud: “The Cloud Castle has lost its rainbow. Will you help us find it?”",
                "{name} climbed onto the cloud, and up, up, up they floated.",
            ],
            "friends": "Nimbo, a cloud sheep soft as cotton, and Stella, a blue swallow, came along too.",
            "details": [
                "Everything up here was white and soft, like a giant pillow.",
                "The castle towers shone pink and gold in the sunlight.",
                "Far below, the houses looked like tiny toys.",
            ],
            "episodes": [
                (
                    "The cloud steps up to the castle were so bouncy that nobody could climb them.",
                    "{name} hopped up the bouncy cloud steps like a rabbit, and {friend} laughed and bounced right behind.",
                ),
                (
                    "A playful wind had scattered the little cloud sheep all over the sky.",
                    "{name} whistled a soft tune, {friend2} flew in circles, and one by one the cloud sheep came home.",
                ),
                (
                    "The colours of the rainbow lay in a puddle, all mixed up and grey.",
                    "{name} gently sorted the colours of the rainbow, red, orange, yellow, green, blue and purple, and {friend} held each one like a ribbon.",
                ),
                (
                    "At the castle gate, a sleepy cloud guard asked a riddle: “What grows bigger the more you share it?”",
                    "{name} solved the sleepy guard’s riddle, “A smile!”, and the castle gate swung open with a happy creak.",
                ),
            ],
            "goal_done": "The rainbow stretched across the sky again, and the Cloud Queen laughed with joy.",
        },
        "time_travel_mission": {
            "titles": ["{name} and the Golden Clock", "{name}’s Journey Through Time"],
            "call": [
                "One rainy afternoon, {name} discovered a little door behind the bookshelf.",
                "Behind it was a clock tower full of golden gears, and the great clock had stopped.",
                "“The golden seconds that make it tick are scattered across time,” sighed a voice among the gears.",
            ],
            "friends": "There stood Professor Tock, a kind old clockmaker, with Tick, his little clockwork mouse.",
            "details": [
                "The gears turned slowly, humming a deep, friendly hum.",
                "Time whirled around them like bright, colourful ribbons.",
                "Every golden second sparkled like a tiny coin.",
            ],
            "episodes": [
                (
                    "Whoosh! They landed among tall ferns, where a baby dinosaur was looking for its mother.",
                    "{name} and {friend} followed the big round footprints, and the happy mother dinosaur gave them a golden second as a thank-you.",
                ),
                (
                    "Next they arrived at a castle fair long ago, where the baker had lost the bell that called everyone to the feast.",
                    "{name} heard a ding under a pile of hay, {friend} dug the bell out, and the baker gave them another golden second.",
                ),
                (
                    "Then they visited a city of the future, where a small robot did not know how to make friends.",
                    "{name} showed the robot how to wave and smile, and the robot beamed and handed over a golden second.",
                ),
                (
                    "Back in the tower, the golden seconds had to go into the clock in the right order.",
                    "{name} counted carefully, {friend2} turned the big key, and the great clock began to tick again: tick, tock, tick, tock.",
                ),
            ],
            "goal_done": "The great clock chimed softly, and all of time was happy again.",
        },
        "space_exploration": {
            "titles": ["{name} and the Little Lost Star", "{name}’s Trip to the Stars"],
            "call": [
                "One night, {name} saw a little star fall softly into the garden, blinking sadly.",
                "“I fell out of the sky,” said the star, “and I can’t find my way back.”",
                "{name_gen} old cardboard rocket began to glow, and its engines started to purr.",
            ],
            "friends": "Zuzu the moon rabbit and Bip, a friendly little robot, climbed in to help.",
            "details": [
                "The planets floated by like colourful balloons.",
                "Space was quiet and deep blue, sprinkled with silver.",
                "Through the window, the Earth looked like a blue and green marble.",
            ],
            "episodes": [
                (
                    "On the Moon, the rocket needed more fuel, and the only fuel there was moonlight.",
                    "{name} and {friend} collected moonlight in jam jars, and the rocket hummed happily.",
                ),
                (
                    "Near a big ringed planet, the rocket got tangled in the glittering rings.",
                    "{name} steered slowly, {friend2} beeped the directions, and they slid out as if on a slide.",
                ),
                (
                    "A comet zoomed past with a tangled, knotted tail.",
                    "{name} combed the comet’s tail with soft starlight until it shone smooth and silver.",
                ),
                (
                    "At last they found the empty spot in the sky where the little star belonged.",
                    "{name} lifted the star gently, {friend} gave a little push, and the star clicked into place, twinkling brightly.",
                ),
            ],
            "goal_done": "The whole sky twinkled, as if all the stars were saying thank you.",
        },
        "miniature_world_discovery": {
            "titles": ["{name} and the Tiny World", "{name} in the Land of Little Things"],
            "call": [
                "In the garden, {name} found a tiny golden acorn that sparkled in the sun.",
                "When {name} touched it, the world grew bigger and bigger, until the blades of grass were as tall as trees.",
                "A tiny voice called: “Welcome to the Tiny World! We need help getting ready for the Dewdrop Festival!”",
            ],
            "friends": "Lilli the ladybug and Momo, a slow but very wise snail, came to say hello.",
            "details": [
                "A bumblebee buzzed past like a fuzzy aeroplane.",
                "The flowers were as big as umbrellas.",
                "Every pebble looked like a mountain.",
            ],
            "episodes": [
                (
                    "A puddle lay in the way, as wide as a lake.",
                    "{name} made a boat from a leaf, {friend} steered, and they sailed across the giant puddle.",
                ),
                (
                    "A line of ants was trying to carry a blueberry as big as a ball.",
                    "{name} helped the ants roll their giant blueberry home, and they cheered in their tiny voices.",
                ),
                (
                    "Momo’s lantern for the festival had rolled under a daisy.",
                    "{name} crawled under a daisy and brought back Momo’s lost lantern, and {friend2} said thank you, very slowly.",
                ),
                (
                    "The shining dewdrops for the festival hung high up on a tall blade of grass.",
                    "{name} climbed up carefully, {friend} flew alongside, and together they brought the dewdrops down.",
                ),
            ],
            "goal_done": "That evening, the dewdrops glowed like lanterns, and the whole Tiny World danced.",
        },
        "weather_wizard_training": {
            "titles": ["{name} and the Weather Wizard", "{name}’s First Rainbow"],
            "call": [
                "One morning, a letter blew in with the wind: “Dear {name}, come and learn weather magic!”",
                "A ladder of clouds led up to a round tower full of jars of sunshine, snowflakes and little winds.",
                "“Today you will learn how the weather works,” said a warm voice at the top.",
            ],
            "friends": "There stood Grandma Nimbus, the kind weather wizard, with Puff, a fluffy cloud kitten.",
            "details": [
                "Jars of sunshine glowed on the shelves like honey.",
                "Little winds whistled in their bottles, waiting to go out.",
                "Snowflakes floated in the air, soft as feathers.",
            ],
            "episodes": [
                (
                    "The flowers in the valley were thirsty and drooping.",
                    "{name} stirred up a soft, gentle rain in a cloud jar, and the flowers lifted their heads.",
                ),
                (
                    "A little thunder cloud rumbled grumpily in the corner, because nobody wanted to play with it.",
                    "{name} played catch with a grumpy little thunder cloud, {friend} purred, and the cloud giggled so hard that it rained tiny sparkles.",
                ),
                (
                    "The children in the village wished for snow, but the snowflakes came out all lumpy.",
                    "{name} cut each snowflake with care, and {friend2} blew them gently down to the village.",
                ),
                (
                    "For the last lesson, {name} had to make a rainbow.",
                    "{name} mixed a little sunshine with a little rain, {friend} swished a fluffy tail, and a rainbow arched over the whole valley.",
                ),
            ],
            "goal_done": "Grandma Nimbus clapped: “{name}, you are a real weather wizard now!”",
        },
        "animal_language_learning": {
            "titles": ["{name} and the Talking Animals", "{name} Learns the Language of Animals"],
            "call": [
                "One morning, a white feather floated down and landed on {name_gen} nose.",
                "Suddenly {name} could understand everything the animals were saying!",
                "“Good morning!” quacked a duck. “Can you help us? The meadow needs you!”",
            ],
            "friends": "Mira the rabbit and Gus the goose led the way to the big meadow.",
            "details": [
                "The meadow smelled of clover and warm hay.",
                "Everywhere there were whispers, chirps and happy squeaks.",
                "A cow mooed hello, and {name} mooed hello back.",
            ],
            "episodes": [
                (
                    "Mother Duck was worried, because each time she counted her ducklings she got a different number.",
                    "{name} lined the ducklings up in a neat row and counted with Mother Duck: one, two, three, four, five. Everyone was there!",
                ),
                (
                    "The bees had lost their way back to the hive.",
                    "{name} asked the flowers, {friend} sniffed the air, and soon the bees were buzzing happily home.",
                ),
                (
                    "Old Bruno the dog could not remember where he had buried his favourite ball.",
                    "{name} asked the wise old mole, and {friend2} honked with joy when Bruno’s ball turned up under the apple tree.",
                ),
                (
                    "In the evening, the sheep could not fall asleep, because the meadow was much too noisy.",
                    "{name} asked everyone to whisper, and {friend} counted the stars until all the sheep were snoring softly.",
                ),
            ],
            "goal_done": "All the animals gathered around {name} and said thank you, each in its own language.",
        },
        "dream_world_adventure": {
            "titles": ["{name} in the Land of Dreams", "{name} and the Key to Sweet Dreams"],
            "call": [
                "One night, just before sleep, {name_gen} pillow began to glow softly.",
                "A silver door opened in the wall, and behind it lay the Land of Dreams.",
                "“The Dream Key is lost,” whispered a tiny voice. “Without it, no sweet dreams can get out tonight!”",
            ],
            "friends": "Luma, a glowing moth, and Oli, a gentle cloud whale, came to help.",
            "details": [
                "Everything floated here: islands, teacups and even a little house.",
                "The sky was purple and pink, like a sleepy sunset.",
                "Soft music drifted through the air.",
            ],
            "episodes": [
                (
                    "The stairs to the dream sky were made of pillows, and they kept wobbling.",
                    "{name} stepped lightly from pillow to pillow, and {friend} lit up every step.",
                ),
                (
                    "At the Lake of Stars, the stars had fallen into the water and could not get out.",
                    "{name} gently scooped the fallen stars out of the lake, and {friend2} blew them back into the sky with a big, soft puff.",
                ),
                (
                    "In the Garden of Thoughts, every happy thought became a flower, but the garden was empty.",
                    "{name} thought of hugs, cocoa and friends, and the garden burst into a thousand colourful flowers.",
                ),
                (
                    "In the middle of the brightest flower lay the Dream Key, humming a soft tune.",
                    "{name} picked it up carefully and opened the silver door, and sweet dreams flew out like butterflies.",
                ),
            ],
            "goal_done": "All over the world, children smiled in their sleep, because sweet dreams had found them.",
        },
    },
}

"""The real worker (`python -m api.operations.cli worker`), with the chaos random generator seeded.

    python -m tests.bench.worker SEED

`activities.providers.chaos.Chaos` draws its latencies from an unseeded `random.Random()`.
This wrapper only gives that generator a seed, then hands over to the project's own
`api.operations.cli` entry point, so the process imports, configures and runs exactly what
`storyloom worker` does. (Draws are reproducible in order; which activity gets which
draw still depends on the order in which concurrent activities reach the provider.)
"""

from __future__ import annotations

import random
import sys


def _seed_chaos(seed: int) -> None:
    from activities.providers import chaos

    original = chaos.Chaos.__init__

    def seeded(self, faults, rng=None):
        original(self, faults, rng if rng is not None else random.Random(seed))

    chaos.Chaos.__init__ = seeded


if __name__ == "__main__":
    _seed_chaos(int(sys.argv[1]))
    from api.operations.cli import main

    main(["worker"])

"""`python -m worker`: one worker process (what `storyloom worker` runs)."""

from worker.composition import main

main()

"""The worker process's composition root: which workflows and activities it runs, with which providers and storage, under which settings."""

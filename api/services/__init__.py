"""What routes ask for: stories, runs, usage, links and cache, over the database and Temporal."""

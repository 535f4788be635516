"""The story pipeline's activity classes: the steps a workflow runs, each writing its own facts to the database."""

"""Running Storyloom: the CLI, the `up` supervisor, the embedded servers and `tell`."""

"""The floor every package stands on: Storyloom's vocabulary, the values workflows and
activities exchange, the names derived from ids, and the Temporal policy's shape.

It imports nothing of the project, and the project's packages may all import it,
which is what lets the API, the workflows and the activities agree without importing
each other. It does no I/O of its own beyond reading the policy and payload-key files
it is asked to read at a process's start.
"""

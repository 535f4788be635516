"""Storyloom's database layer: Piccolo tables, SQL migrations, engine and RLS helpers."""

import os

# Piccolo finds its engine (for Table queries and migrations) through this module.
os.environ.setdefault("PICCOLO_CONF", "db.piccolo_conf")

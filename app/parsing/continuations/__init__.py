"""Repairs that need the whole page: an article printed away from its continuation, its headline or its
other page, told by its text, its time, its theme, its subject or its script; repeated fragments."""

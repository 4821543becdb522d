"""Pure extraction of people and their posts from article text (no I/O, no database)."""

from .extract import extract_people
from .model import Person, Post

__all__ = ["Person", "Post", "extract_people"]

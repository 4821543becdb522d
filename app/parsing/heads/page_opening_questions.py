"""A short question or exclamation that is the page's first line, over text, is the page's first headline
(`某地“某某”如何走出大山?` over `不久前,…`): a sentence asks within a text, and on a page's first line there is no text
above it to belong to."""

from ..kinds import Kind


def opens_the_page(items: list, i: int) -> bool:
    """Is item i the page's first line (only page furniture above it)?"""
    return all(item.kind is Kind.NOISE for item in items[:i])

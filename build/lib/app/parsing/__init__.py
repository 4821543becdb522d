"""Pure parsing of newspaper pages: bytes -> text (`decode_page`), text -> articles (`parse_page`)."""

from .decode import DecodedPage, PageRejected, decode_page
from .model import ParsedArticle
from .page import parse_page

__all__ = ["DecodedPage", "PageRejected", "ParsedArticle", "decode_page", "parse_page"]

"""Full-text search over the archive (see app.search.index for the design).

Public API::

    from app.search import ArchiveIndex, IndexDoc, QueryError

    ix = ArchiveIndex(Path("data/index"))
    if ix.generation != db_generation:
        ix.rebuild(all_docs(), generation=db_generation)
    ix.update(changed_docs, delete_ids, generation=db_generation)
    result = ix.search("苏州 OR 无锡", filters={"county": "吴中区"}, page=1,
                       text_for=lambda ids: bodies_from_db(ids))
    ix.more_like_this(article_id)
"""

from .highlight import mark_all, snippet
from .index import MAX_PER_PAGE, ArchiveIndex
from .model import Hit, IndexDoc, QueryError, SearchResult
from .querylang import MAX_QUERY_CHARS, ParsedQuery, parse

__all__ = [
    "ArchiveIndex",
    "MAX_PER_PAGE",
    "MAX_QUERY_CHARS",
    "Hit",
    "IndexDoc",
    "ParsedQuery",
    "QueryError",
    "SearchResult",
    "mark_all",
    "parse",
    "snippet",
]

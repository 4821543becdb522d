"""Documents that let machines find the archive's pages: sitemaps and an OpenSearch description."""

from xml.sax.saxutils import escape

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
URLS_PER_SITEMAP = 50_000  # the sitemap protocol's limit per file


def sitemap(urls: list[str]) -> str:
    entries = "".join(f"<url><loc>{escape(url)}</loc></url>\n" for url in urls)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{SITEMAP_NS}">\n{entries}</urlset>\n'


def sitemap_index(urls: list[str]) -> str:
    entries = "".join(f"<sitemap><loc>{escape(url)}</loc></sitemap>\n" for url in urls)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="{SITEMAP_NS}">\n{entries}</sitemapindex>\n'


def opensearch(base: str) -> str:
    """An OpenSearch 1.1 description, so a browser can add the archive as a search engine."""
    base = escape(base)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">\n'
        "<ShortName>镇志</ShortName>\n"
        "<Description>搜索镇志：地方报纸基层治理报道档案</Description>\n"
        "<InputEncoding>UTF-8</InputEncoding>\n"
        "<Language>zh-CN</Language>\n"
        f'<Image type="image/svg+xml">{base}/static/favicon.svg</Image>\n'
        f'<Url type="text/html" method="get" template="{base}/search?q={{searchTerms}}"/>\n'
        f'<Url type="application/json" method="get" template="{base}/api/search?q={{searchTerms}}"/>\n'
        f'<Url type="application/atom+xml" method="get" template="{base}/feeds/search.atom?q={{searchTerms}}"/>\n'
        f'<Url type="application/opensearchdescription+xml" rel="self" template="{base}/opensearch.xml"/>\n'
        "</OpenSearchDescription>\n"
    )

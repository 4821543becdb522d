"""A site's dateline followed by an unbracketed role, a colon and names joined by `、`, run on into the text's
date (`东海网讯通讯员:林小川、王大成3月6日,…`): the names up to the date are the writers. Every snippet is
invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_names_after_a_role_and_colon_end_at_the_date():
    [article] = parse_page(page("青松社区的读报角开张了",
                                "东海网讯通讯员:林小川、王大成3月6日,青松社区在文化站门口摆起了读报角,居民们围了一圈。"))
    assert article.authors == ["林小川", "王大成"]
    assert article.body.startswith("3月6日,青松社区")

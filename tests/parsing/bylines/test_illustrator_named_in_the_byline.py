"""A box byline naming the writers and then who drew the page's picture (`■记者 宋雨 白桦 插画 林夕`): `插画` is a
role word, not a name; the illustrator is credited with the writers. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_the_illustrators_role_is_no_author():
    (article,) = parse_page(page("驻村书记和青松村", "■记者 宋雨 白桦 插画 林夕",
                                 "青松村位于白沙镇最南端,全村六百多户村民,村集体经济年收入超过百万元。"))
    assert article.authors == ["宋雨", "白桦", "林夕"]

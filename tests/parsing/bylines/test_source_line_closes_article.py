"""A source line after an article's text (`来源:某某网`, `(来源:某某镇党政办 张三 李四)`) closes that
article like a credit: the names after the source are its writers, a credit line printed right under it
(`作者:张三`) is the same article's, and the comma title after it heads the next article. Every snippet is
invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_FIRST = "近日,白沙镇组织干部群众清理沟渠,村容村貌焕然一新,群众纷纷点赞,都说环境好了心情也舒畅了。"
_NEXT = "近日,青松村举办农技培训,请来专家讲解果树修剪,村民们听得认真,记得仔细,收获满满。"


def test_a_source_line_and_an_author_line_close_the_article_above():
    articles = parse_page(page("白沙镇开展清洁行动", _FIRST, _FIRST, "来源:某某新闻网\n作者:林夕 王川",
                               "在青松村,学修剪技术", _NEXT, _NEXT))
    assert [a.title for a in articles] == ["白沙镇开展清洁行动", "在青松村,学修剪技术"]
    assert by_title(articles, "白沙镇开展清洁行动").authors == ["林夕", "王川"]
    assert by_title(articles, "在青松村,学修剪技术").body.startswith("近日,青松村")


def test_a_bracketed_source_names_the_writers_after_it():
    articles = parse_page(page("白沙镇开展清洁行动", _FIRST, "(来源:白沙镇党政办 林夕 王川)",
                               "青松村举办农技培训", _NEXT))
    assert [a.title for a in articles] == ["白沙镇开展清洁行动", "青松村举办农技培训"]
    assert by_title(articles, "白沙镇开展清洁行动").authors == ["林夕", "王川"]

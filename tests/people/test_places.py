"""Posts are placed in the gazetteer from the article's own places."""

from app.people.article import article_people
from app.places.gazetteer import load_gazetteer
from app.places.model import ArticleText
from app.places.tagger import tag_page


def parts(title: str, body: str) -> dict[str, list[tuple[str | None, str | None, str]]]:
    gazetteer = load_gazetteer()
    article = ArticleText(title=title, kicker=None, subtitle=None, body=body)
    tags = tag_page(gazetteer, [article])[0]
    home = gazetteer.find("江苏省")
    found = article_people(gazetteer, article, [], tags, home.code if home else None)
    return {p.name: [(post.org, post.place_code, post.title) for post in p.posts] for p in found}


def test_a_post_that_names_a_town_belongs_to_that_town() -> None:
    found = parts("常熟辛庄镇召开协商会", "常熟市副市长、辛庄镇党委书记严立新说，要抓好落实。")
    assert found == {"严立新": [("常熟市", "320581", "副市长"), ("辛庄镇党委", "320581120", "书记")]}


def test_a_bare_district_post_belongs_to_the_district_the_article_is_about() -> None:
    found = parts("崇川区召开防汛工作会", "区委书记邬明调研。区委副书记、常务副区长骆平参加。")
    assert found["邬明"] == [("区委", "320613", "书记")]
    assert found["骆平"] == [("区委", "320613", "副书记"), (None, "320613", "常务副区长")]


def test_a_village_post_belongs_to_the_town_of_the_article() -> None:
    found = parts("相城黄桥街道推进物业进村", "“很方便。”生田村党委书记钟立说。")
    assert found == {"钟立": [("生田村党委", "320507002", "书记")]}

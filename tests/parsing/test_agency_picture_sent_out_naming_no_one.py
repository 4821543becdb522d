"""A news agency's picture sent out to the papers with no photographer named is credited `新华社发` on a line of its
own, under its caption: a picture credit naming nobody, so a titled photo, not an article headed `新华社发`. Every
snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_DRILL = ("白沙湖:水上演练 备战汛期",
          "6月9日,柳湾县白沙镇应急救援队在白沙湖进行水上救援演练,以增强防汛应急处置能力。\n新华社发")


def test_an_agency_credit_alone_closes_a_titled_photo():
    (photo,) = parse_page(page(*_DRILL))
    assert photo.kind == "photo" and photo.title == "白沙湖:水上演练 备战汛期"
    assert photo.authors == [] and photo.body.endswith("防汛应急处置能力。")


def test_the_photo_leaves_the_next_article_its_headline():
    articles = parse_page(page(*_DRILL, "青石镇油菜花开", "青石镇营前村的油菜花近日进入盛花期,吸引不少游客前来观赏。"))
    assert [(a.kind, a.title) for a in articles] == [("photo", "白沙湖:水上演练 备战汛期"), ("article", "青石镇油菜花开")]

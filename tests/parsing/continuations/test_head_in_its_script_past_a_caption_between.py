"""A head over text printed in the other script than the item right above it goes on with the article printed before
that item in the head's script, as a page that mixes scripts mixes them article by article; a picture printed between
that article's headline and its body is no article of its own in the way. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_ARTICLE = (
    "古镇新活力",
    "□ 本报记者 周明",
    "游客在溪边喂鱼。\n孙立 摄",
    "入夜,溪畔的小酒吧里坐满了游客,歌声顺着溪水飘出很远,古镇的夜晚热闹了起来。",
    "柳溪,位于青山县白石镇柳溪村。",
)
_TRADITIONAL = (
    "白石嶺的木屋",
    "沿著山路開了一個多鐘頭,車子停在了白石嶺村口。村里的木屋一間挨著一間,屋檐下掛滿了玉米和辣椒。",
    "這幾年,白石嶺村請回了老木匠,一間間修好了祖上留下的木屋,村民的日子越過越紅火。",
)
_PART = (
    "柳溪村护鱼记",
    "据村里的老人讲,柳溪村的先人在溪中放养鲤鱼,立下不准捕捞的村规,一代一代传了下来。",
    "如今沿溪而行,两岸老屋林立,溪水里的鲤鱼见人就聚,成了柳溪村最有名的风景。",
)


def test_head_in_the_articles_script_goes_back_past_its_picture():
    articles = parse_page(page(*_ARTICLE, *_TRADITIONAL, *_PART))
    titles = [a.title for a in articles if a.kind == "article"]
    assert titles == ["古镇新活力", "白石嶺的木屋"]
    article = articles[0]
    assert article.sections == ["柳溪村护鱼记"]
    assert article.body.endswith("成了柳溪村最有名的风景。")
    (photo,) = [a for a in articles if a.kind == "photo"]
    assert photo.body == "游客在溪边喂鱼。" and photo.authors == ["孙立"]

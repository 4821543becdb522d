"""A lead over `… 摄` under a headline and its byline that sets its scene in places neither the headline nor the text
below names, where the text below names the headline's place: the caption of a photo printed between the headline
and its body, even when it shares the headline's words of the harvest. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.photos.lead_photos import caption_set_elsewhere
from app.text import fold
from tests.helpers import by_title, page

_TITLE = "白沙镇千亩稻田开镰收割"
_CAPTION = "10月9日,在青石镇营前村,种粮大户王青种植的200亩早稻开镰收割,收割机在田里往返作业。"
_BELOW = "稻浪滚滚,沃野流金。10月30日起,柳湾县白沙镇的千亩稻田开始收割,三台收割机轰鸣不停。"


def test_the_caption_names_other_places():
    assert caption_set_elsewhere(fold(_TITLE), fold(_CAPTION), fold(_BELOW))
    assert not caption_set_elsewhere(fold(_TITLE), fold("10月9日,在白沙镇营前村,早稻开镰收割。"), fold(_BELOW))
    assert not caption_set_elsewhere(fold(_TITLE), fold(_CAPTION), fold("稻浪滚滚,沃野流金,千亩稻田开始收割。"))


def test_the_photo_is_cut_out_and_the_text_below_is_the_headlines():
    articles = parse_page(page(_TITLE, "记者:林小禾 通讯员 周明", _CAPTION + "\n(通讯员 王青 摄)", _BELOW))
    rice = by_title(articles, _TITLE)
    assert rice.body.startswith("稻浪滚滚") and "营前村" not in rice.body
    photos = [a for a in articles if a.kind == "photo"]
    assert len(photos) == 1 and photos[0].body.startswith("10月9日")

"""A title over one long line that does not end a sentence and then a `□` byline heads an article of its
own, even right after another article's text: a byline stands under its title, so the line between is
the title's subtitle, not text, and the title no section head of the article above. A photo's caption
with a supplied credit in brackets printed between that byline and the body is a photo, not a headline
over the body. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_ABOVE = page("柳岸社区的“第二个家”",
              "夜幕降临,柳岸社区党群服务中心的广场上热闹非凡,居民们正随着音乐翩翩起舞。",
              "现在,居民们有事没事都喜欢往服务中心跑,都说这里是大家的“第二个家”。")
_SUBTITLE = "青松县先后获得综合实力等十个全国百强县荣誉,地区生产总值十年间翻了一番多,今年全力冲刺新的目标"
_LEAD = "近年来,青松县紧盯全面性和高水平两个基点,做好工业强县、基层治理、社会民生三篇文章,加快发展步伐。"
_MORE = "面对疫情,青松县创新用工服务机制,大力推进线上招聘,有针对性地解决企业的实际困难。"


def test_a_title_over_a_long_subtitle_and_a_byline_starts_an_article():
    articles = parse_page(_ABOVE + "\n" + page("青松县创新全面小康工作机制", _SUBTITLE, "□ 林小川 周青", _LEAD, _MORE))
    assert [a.title for a in articles] == ["柳岸社区的“第二个家”", "青松县创新全面小康工作机制"]
    assert articles[0].sections == [] and articles[0].body.endswith("“第二个家”。")
    assert articles[1].subtitle == _SUBTITLE
    assert articles[1].authors == ["林小川", "周青"]
    assert articles[1].body.startswith("近年来")


def test_a_caption_with_its_credit_between_the_byline_and_the_body():
    caption = "青松县委书记(前排中)在柳岸村调研空间治理工作 (青松县委宣传部供图)"
    articles = parse_page(_ABOVE + "\n" + page("青松县创新全面小康工作机制", _SUBTITLE, "□ 林小川 周青", caption, _LEAD,
                                               _MORE))
    by_kind = {(a.kind, a.title) for a in articles}
    assert ("article", "青松县创新全面小康工作机制") in by_kind and ("photo", None) in by_kind
    photo = next(a for a in articles if a.kind == "photo")
    assert photo.body.startswith("青松县委书记(前排中)") and "供图" not in photo.body
    article = next(a for a in articles if a.title == "青松县创新全面小康工作机制")
    assert article.authors == ["林小川", "周青"] and article.body.startswith("近年来")

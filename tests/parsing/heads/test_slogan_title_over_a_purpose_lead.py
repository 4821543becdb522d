"""A two-phrase line after a finished article (`“绿”意绘就美丽乡村 共建共享“新”家园`), over an undated lead that
opens by saying what the work is for and then names a village the article above never named (`为进一步…,青松镇
白沙村围绕…`), titles a news item of its own, as it does over a dated one; under a feature about that same place
such a line stays a section head. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_ABOVE = ("柳岸县志办新编地情书亮相", "日前,柳岸县志办编纂的《柳岸古桥》一书正式出版,收录全县一百多座古桥的图文资料。",
          "该书由县志办历时两年编成,已送往全县各中小学图书馆。")
_LEAD = ("为进一步做好新时代文明实践工作,丰富村民的精神文化生活,青松镇白沙村围绕“一村一品”,"
         "在村文化礼堂办起了农民书画展。")


def test_a_slogan_title_over_a_purpose_lead_naming_a_new_village_heads_its_own_item():
    articles = parse_page(page(*_ABOVE, "“绿”意绘就美丽乡村 共建共享“新”家园", _LEAD,
                               "书画展展出村民作品六十多幅,吸引了周边村庄的不少村民前来观看。"))
    item = by_title(articles, "“绿”意绘就美丽乡村 共建共享“新”家园")
    assert item.body.startswith("为进一步做好")
    assert "书画展" not in by_title(articles, "柳岸县志办新编地情书亮相").body


def test_the_same_line_in_a_feature_about_that_village_is_a_section_head():
    feature = ("白沙村的文化新风", "青松镇白沙村位于青松湖畔,近年来村里把文化礼堂建成了村民的“精神家园”。")
    articles = parse_page(page(*feature, "“绿”意绘就美丽乡村 共建共享“新”家园", _LEAD))
    assert len(articles) == 1 and "书画展" in articles[0].body

"""A head printed after a feature (with section heads of its own) over text that opens like a news item's
lead, setting its scene in a town, street or community the feature never names (`在某某镇某某社区,…`), titles
an item of its own: it is no further section of the feature. A short exclamation over such a lead is that
item's headline, not a line of the text above. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_FEATURE = ("在青檀镇,有一个村庄正用“结对子”的办法,把邻里之间的小事办成了大家的事,这就是柳湾村。",
            "绿田铺底,日子有“甜味”",
            "柳湾村把村里的空地连成一片果园,种上了桃树和梨树,每到秋天,果子都销往周边的集市。",
            "红旗领航,日子有“暖色”",
            "柳湾村的党员每人联系十户人家,哪家有难处,他们第一个上门,帮着把事情办妥。")
_ITEM = ("在石桥街道杏林社区,一条窄窄的小路变了模样,墙上画满了花草,路边摆上了长凳。",
         "傍晚时分,住在路两边的老人们出门散步,坐在长凳上聊聊家常,看看孩子们跳绳。")


def test_head_over_a_lead_set_elsewhere_titles_its_item():
    articles = parse_page(page("青檀镇柳湾村:结对子结出好日子", *_FEATURE, "小路“变脸” 处处是笑脸", *_ITEM))
    feature = by_title(articles, "青檀镇柳湾村:结对子结出好日子")
    assert feature.sections == ["绿田铺底,日子有“甜味”", "红旗领航,日子有“暖色”"]
    assert "杏林社区" not in feature.body
    item = by_title(articles, "小路“变脸” 处处是笑脸")
    assert item.body.startswith("在石桥街道杏林社区") and item.body.endswith("看看孩子们跳绳。")


def test_a_section_going_on_where_the_feature_is_stays_a_section():
    rest = ("在柳湾村,一条窄窄的小路变了模样,墙上画满了花草,路边摆上了长凳。", _ITEM[1])
    articles = parse_page(page("青檀镇柳湾村:结对子结出好日子", *_FEATURE, "小路“变脸” 处处是笑脸", *rest))
    feature = by_title(articles, "青檀镇柳湾村:结对子结出好日子")
    assert feature.sections[-1] == "小路“变脸” 处处是笑脸"
    assert len(articles) == 1


def test_exclamation_over_a_lead_set_elsewhere_is_a_headline():
    above = ("你见过“百家灶”吗?在青檀镇柳湾村的老年活动中心里,有一间老人们自己做饭的厨房。",
             "近日,二十多位老人聚在“百家灶”,有的洗菜,有的切菜,有的掌勺,忙得不亦乐乎。")
    below = ("“听说这里开了一家长者食堂,我们过来尝尝!”近日,位于石桥街道杏林社区的长者食堂开门迎客。",
             "“两荤两素只要八块钱,还能送餐上门。”社区主任说,食堂每天中午供应一百多份饭菜。")
    articles = parse_page(page("柳湾村的“百家灶” 老人自己当大厨", *above, "城东新开的这家饭堂,2荤2素只要8元!", *below))
    assert by_title(articles, "柳湾村的“百家灶” 老人自己当大厨").body.endswith("忙得不亦乐乎。")
    assert by_title(articles, "城东新开的这家饭堂,2荤2素只要8元!").body.startswith("“听说这里开了")


def test_a_head_of_the_form_of_the_features_heads_stays_a_section_wherever_it_is_set():
    feature = ("青檀街道:老小区换了新模样", "今年以来,青檀街道在各个老小区里办实事,一件一件落到居民身边。",
               "楼道变样,装扮小区“微花园”", "在柳湾社区,居民们把楼道里的杂物清走,摆上了花草和书架。",
               "一步一景,铺好社区“健身路”", "在杏林社区,一条彩色的健身步道绕着小区修了一圈,老人们天天来走。")
    articles = parse_page(page(*feature))
    assert len(articles) == 1
    assert articles[0].sections == ["楼道变样,装扮小区“微花园”", "一步一景,铺好社区“健身路”"]


def test_words_someone_is_reported_to_say_stay_text_over_a_lead_set_elsewhere():
    above = ("近日,青檀镇柳湾村的党员们挨家挨户走访,把村民的烦心事一件件记在本子上。",
             "柳湾村相关负责人表示,走访要走到村民的心里!")
    below = ("在石桥街道杏林社区,社工们也把走访记录贴在了公告栏里,请居民们一起监督。",)
    articles = parse_page(page("柳湾村党员走访记下烦心事", *above, *below))
    assert [a.title for a in articles] == ["柳湾村党员走访记下烦心事"]
    assert articles[0].sections == [] and "负责人表示,走访要走到村民的心里!" in articles[0].body

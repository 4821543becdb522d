"""The rest of an article opening with its section head is told by a person the text under the head names, one the
article further up named again and again: a word that merely opens with a surname's character (`党支部`) is no one,
and only the first paragraph under the head is surely its text, the next may be another article's rest printed
there. So a head of the running article over its own text naming a word an article further up repeated stays that
article's section, and a line as wide as the column over the rest of its sentence stays the text it is. Every snippet
is invented."""

from app.parsing import parse_page
from tests.helpers import page

_BRANCH = ["柳湾县书画协会成立临时党支部", "3月5日,柳湾县书画协会召开会议,宣布成立临时党支部。",
           "会上,临时党支部书记介绍了今年的工作安排,协会会员纷纷表示支持。"]
_VILLAGE = ["白沙村:党建引领乡村振兴", "共建共享,共同富裕——", "谷雨过后的白沙村,草木葱茏,一派生机勃勃的景象。",
            "去年村集体收入达三千多万元,家家户户都住上了新楼房。"]


def test_a_word_opening_with_a_surname_is_no_person():
    head = "党建引领,乡村振兴——"
    text = "火车跑得快,全靠车头带;建强党支部,带动百姓富。多年来,白沙村坚持发展集体经济。"
    articles = parse_page(page(*_BRANCH, *_VILLAGE, head, text, "白沙村党委带领村民办起了农家乐,年游客超过十万人次。"))
    assert [a.title for a in articles] == [_BRANCH[0], _VILLAGE[0]]
    assert articles[1].body.endswith("十万人次。")


def test_only_the_paragraph_under_the_head_is_asked():
    lake = ["海陵|龍灣港重現一湖碧水", "從去年起,龍灣港全面實施退圩還湖工程,拆除圍網養殖。",
            "如今的龍灣港湖面波光粼粼,水天一色,成了市民休閒的好去處。"]
    fair = ["柳湾社区办起志愿服务大集", "2月25日,柳湾社区组织开展志愿服务大集活动,六十多名志愿者参加。",
            "城管部门的志愿者热情地向居民发放垃圾分类宣传手册。"]
    line = "柳湾县人民医院志愿服务队人员在现场向居民众发放应急救护知识宣传"
    rest = "手册,并针对日常生活中经常遇到的意外情况讲解救护方法。"
    lake_rest = "白沙鎮村民說:“退圩還湖帶來了很大的變化,龍灣港又回來了。”"
    articles = parse_page(page(*lake, *fair, line, rest, lake_rest))
    assert [a.title for a in articles] == [lake[0], fair[0]]
    assert "讲解救护方法。" in articles[1].body

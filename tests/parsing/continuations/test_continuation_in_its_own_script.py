"""An article printed in traditional characters, interrupted at a paragraph break by one printed in
simplified characters and continued below it: the traditional paragraphs after the simplified article's
text are the traditional article's, as no article changes its script halfway. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_OLD = ("說起柳巷的老街,最常聽到的話就是小橋流水、粉牆黛瓦,只是不少巷子年久失修,老樣子漸漸模糊了。",
        "就在這兩天,青松街道轄區內有四條街巷換了新顏,路面平整了,牆面也刷得乾乾淨淨。")
_REST = ("認得出這是哪裡嗎?這裡正是柳巷小學的南門,門外的小巷長約四百米,走到頭就是河邊的菜場。",
         "住在這裡二十多年的陳伯伯回憶,過去這條巷子坑坑窪窪,花壇裡堆滿雜物,居民出門都不方便。")
_NEW = ("近日,白沙镇组织农技专家走进田间地头,为种植户讲解病虫害防治和科学施肥的方法,现场答疑解惑。",
        "据了解,今年以来白沙镇已开展各类农技培训二十余场,惠及种植户上千人次,受到群众普遍欢迎。")


def test_traditional_paragraphs_after_a_simplified_article_go_back_to_the_traditional_one():
    articles = parse_page(page("青松街道四條街巷換新顏", *_OLD, "白沙镇农技专家下田解难题", *_NEW, *_REST))
    assert [a.title for a in articles] == ["青松街道四條街巷換新顏", "白沙镇农技专家下田解难题"]
    assert by_title(articles, "青松街道四條街巷換新顏").body.endswith("居民出門都不方便。")
    assert by_title(articles, "白沙镇农技专家下田解难题").body.endswith("受到群众普遍欢迎。")


def test_paragraphs_in_the_same_script_stay_where_they_were_printed():
    simplified_rest = ("认得出这是哪里吗?这里正是柳巷小学的南门,门外的小巷长约四百米,走到头就是河边的菜场。",)
    articles = parse_page(page("青松街道四條街巷換新顏", *_OLD, "白沙镇农技专家下田解难题", *_NEW, *simplified_rest))
    assert by_title(articles, "白沙镇农技专家下田解难题").body.endswith("走到头就是河边的菜场。")


def test_a_paragraph_in_the_other_script_does_not_finish_an_open_sentence():
    # a simplified item broken off mid-sentence, a traditional item printed inside it, then its rest
    articles = parse_page(page("白沙镇农技专家下田解难题", "本报讯 近日,白沙镇专家讲解病虫",
                               "青松街道為老人理髮", _OLD[1],
                               "聽說還有幾位老人腿腳不便出不了門,幾名志願者又帶著工具上門服務,一直忙到天黑。",
                               "害防治和科学施肥的方法,现场答疑解惑,种植户们纷纷点赞。", _NEW[1]))
    assert by_title(articles, "青松街道為老人理髮").body.endswith("一直忙到天黑。")
    assert "专家讲解病虫害防治" in by_title(articles, "白沙镇农技专家下田解难题").body


def test_a_page_with_no_character_t2s_changes_is_not_read_again_for_its_scripts(monkeypatch):
    # the page tells while its lines are read: where none may change under t2s, all is in one script
    from app.parsing.continuations import reunite

    asked = []
    monkeypatch.setattr(reunite, "differs_in_script", lambda *args: asked.append("differs") or False)
    monkeypatch.setattr(reunite, "continuation_in_other_script", lambda *args: asked.append("moves"))
    visits = ("本周六上午,青松社区卫生服务站的医生来到独居老人家中,为他们测血压、量血糖,叮嘱按时服药。",
              "社区负责人介绍,这样的上门义诊每月都有一次,已经坚持了三年,老人们都说贴心。")
    simplified = parse_page(page("白沙镇农技专家下田解难题", *_NEW, "青松社区义诊进家门", *visits))
    assert len(simplified) == 2 and asked == []
    parse_page(page("青松街道四條街巷換新顏", *_OLD, "白沙镇农技专家下田解难题", *_NEW, *_REST))
    assert asked  # (a page with one is still read)


def test_a_page_t2s_leaves_as_it_is_is_not_read_again_for_its_scripts(monkeypatch):
    # 覆 may change under t2s, but only inside a phrase (`反覆` → `反复`): a page whose 覆 stands in `覆盖` holds a
    # character t2s may change and none it changes, so all of it is in one script
    from app.parsing.continuations import reunite

    asked = []
    monkeypatch.setattr(reunite, "differs_in_script", lambda *args: asked.append("differs") or False)
    monkeypatch.setattr(reunite, "continuation_in_other_script", lambda *args: asked.append("moves"))
    visits = ("本周六上午,青松社区卫生服务站的医生来到独居老人家中,义诊已覆盖全部独居老人,叮嘱按时服药。",
              "社区负责人介绍,这样的上门义诊每月都有一次,已经坚持了三年,老人们都说贴心。")
    assert len(parse_page(page("白沙镇农技专家下田解难题", *_NEW, "青松社区义诊全覆盖", *visits))) == 2
    assert asked == []


def test_whether_t2s_changed_a_line_of_the_page():
    from app.parsing.lines import read_items

    assert read_items("义诊已覆盖全部独居老人。")[2] is False  # (覆 may change, and does not here)
    assert read_items("白沙镇农技专家下田解难题")[2] is False
    assert read_items("问题反覆出现,已经解决。")[2] is True  # (a phrase t2s changes)
    assert read_items("青松街道四條街巷換新顏")[2] is True
    # a headline printed on two lines is folded as one: what t2s changes in it counts too
    assert read_items("白沙镇农技专家\n下田解難題\n\n本报讯 近日,白沙镇专家讲解病虫害防治。")[2] is True

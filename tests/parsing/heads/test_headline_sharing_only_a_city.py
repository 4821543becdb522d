"""A headline after an article's last paragraph that the text below restates starts a new article
even when both texts name the same city or county (`江川市…` over an item about a 江川市 town):
neighbouring items share their city; only a shared town or village keeps it a section. Every snippet
is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_restated_headline_naming_the_same_city_starts_an_article():
    text = page(
        "白沙村“小喇叭”入户讲分类",
        "近日,江川市青松镇白沙村组织志愿者开展入户宣传活动,引导村民参与垃圾分类,提高投放准确率。",
        "活动中,志愿者分组走进宅基,发放宣传单页,和村民面对面交流,耐心解答大家提出的各种问题。",
        "江川市书画院开展“笔墨进乡村”志愿服务",
        "5月8日,江川市书画院开展了“笔墨进乡村”志愿服务行动。书画院工作人员来到结对的柳岸社区,为居民书写春联、讲解书法。",
        "此次活动是书画院常态化开展的志愿服务之一,今后还将走进更多社区。")
    articles = parse_page(text)
    assert [a.title for a in articles] == ["白沙村“小喇叭”入户讲分类", "江川市书画院开展“笔墨进乡村”志愿服务"]
    assert articles[1].body.startswith("5月8日")

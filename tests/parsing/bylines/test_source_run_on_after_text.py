"""A source run on after an article's last full stop (`……三个村。来源:某某日报`) is not text: the
article ends at the full stop, so it does not take text printed lower on the page as the end of a
sentence it never left open. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_source_after_the_last_full_stop_is_cut_off_and_ends_the_text():
    articles = parse_page(page(
        "市长到青松镇调研", "青松日报讯 (记者 林青)近日,市长到青松镇调研镇域经济。",
        "据悉,青松镇已引进四家企业,选址涉及该镇的三个村。来源:青松日报",
        "白沙镇开好新年局",
        "2月22日,白沙镇召开收心会,部署节后重点工作,要求干部第一时间回到工作状态。",
        "会议要求各村做好春季麦田管理,动员干部群众抗旱浇麦,",
        "",
        "聘请农业专家传授管理知识。"))
    visit = articles[0]
    assert visit.title == "市长到青松镇调研"
    assert visit.body.endswith("选址涉及该镇的三个村。")
    assert "来源" not in visit.body and "聘请农业专家" not in visit.body


def test_a_sentence_about_a_source_stays_text():
    [article] = parse_page(page("青松镇查水源", "本报讯 青松镇日前排查了全镇的饮用水来源:水库和三口深井。"))
    assert article.body.endswith("饮用水来源:水库和三口深井。")

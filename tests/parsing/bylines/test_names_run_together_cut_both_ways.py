"""Names a credit runs together with no space: three after one role word (`通讯员薛明远王亮袁丽丽记者…`), and two that
cut two ways into names (`(张岚魏玉兰 摄)`: `张岚 魏玉兰`, or `张岚魏 玉兰`, 玉 a rare surname), where the cut whose
names each open with a common surname is the one a reader takes. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.run_together_names import name_cuts


def test_a_run_is_cut_where_its_names_open_with_common_surnames():
    assert name_cuts("张明李晓华") == (2,)
    assert name_cuts("张岚魏玉兰") == (2,)  # (not `张岚魏 玉兰`)
    assert name_cuts("薛明远王亮袁丽丽") == (3, 5)
    assert name_cuts("张岚") == () and name_cuts("某某观察") == ()


def test_a_dateline_names_three_run_together_after_one_role_word():
    page = "\n\n".join([
        "", "柳湾:大棚蔬菜富农家",
        "本报讯(通讯员薛明远王亮袁丽丽记者尹小强)近日,柳湾县白沙镇的蔬菜大棚里,菜农们正忙着采摘。",
        "今年以来,全镇新建大棚两百余座,带动三百多户村民增收。", ""])
    [article] = parse_page(page)
    assert article.authors == ["薛明远", "王亮", "袁丽丽", "尹小强"]


def test_a_picture_credit_of_two_names_cut_two_ways():
    page = "\n\n".join([
        "", "柳湾:老街志愿者上门送菜",
        "柳湾县白沙镇的志愿者们每天清早出门采购,再把蔬菜和粮油送到独居老人家中。",
        "(张岚魏玉兰 摄)", ""])
    [photo] = parse_page(page)
    assert photo.authors == ["张岚", "魏玉兰"]

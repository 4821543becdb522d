"""An editor's line printed after an article's text (`责任编辑:张三`, `网络编辑:张三`) ends that article:
text printed after it is not more of it, but the rest of an earlier article the page interrupted.
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def _gala_page(editor_line: str) -> str:
    return page(
        "青松村文化礼堂办村晚",
        "1月20日上午,青松村的文化礼堂里,几十个村民正换上演出服装排练节目。",
        "村长林夕介绍说,村里将在春节前两三天举办自己的村晚,乐队和舞蹈队天天都来礼堂排练。",
        "",
        "白沙镇村晚开演",
        "本报讯 1月23日,白沙镇红旗村的村晚在村委会广场开演,上千位村民到场观看。",
        "据了解,红旗村干部为这台演出筹备了一个多月,节目全由村民自编自演。",
        editor_line,
        "",
        "礼堂里的铜管乐队奏起了欢快的曲子,乐手们个个精神抖擞,青松村的老队员宋雨已经吹了六年小号。",
        "青松村的舞蹈队也排好了新节目,队员们说,礼堂里排练,刮风下雨都不怕。",
    )


def test_text_after_an_online_editors_line_goes_back_to_the_article_it_continues():
    hall, gala = parse_page(_gala_page("网络编辑:宋飞"))
    assert gala.title == "白沙镇村晚开演" and gala.body.endswith("节目全由村民自编自演。")
    assert hall.title == "青松村文化礼堂办村晚"
    assert hall.body.endswith("刮风下雨都不怕。") and "铜管乐队" in hall.body


def test_text_after_a_bracketed_editors_line_goes_back_to_the_article_it_continues():
    hall, gala = parse_page(_gala_page("(责任编辑:宋飞)"))
    assert gala.body.endswith("节目全由村民自编自演。")
    assert "铜管乐队" in hall.body and "宋飞" not in hall.body + gala.body


def test_an_editors_line_under_the_last_article_stays_out_of_its_text():
    text = page(
        "白沙镇村晚开演",
        "本报讯 1月23日,白沙镇红旗村的村晚在村委会广场开演,上千位村民到场观看。",
        "网络编辑:宋飞",
    )
    (gala,) = parse_page(text)
    assert gala.body.endswith("上千位村民到场观看。") and gala.authors == []


def test_text_after_an_editors_line_goes_back_even_when_it_reads_like_the_article_above():
    text = page(
        "青松村文化礼堂办村晚",
        "1月20日上午,青松村的文化礼堂里,几十个村民正换上演出服装排练节目。",
        "",
        "白沙镇村晚开演",
        "本报讯 1月23日,白沙镇红旗村的村晚在文化礼堂开演,村民自编自演的节目赢得阵阵掌声。",
        "据了解,此次村晚的节目全由村民自编自演,演出持续了两个多小时。",
        "(责任编辑:宋飞)",
        "",
        "村晚的乐队演奏起了欢快的曲子,演出的村民个个精神抖擞,节目赢得阵阵掌声。",
        "舞蹈队的节目也排好了,队员们说,文化礼堂里排练村晚节目,刮风下雨都不怕。",
    )
    hall, gala = parse_page(text)
    assert gala.body.endswith("演出持续了两个多小时。")
    assert hall.title == "青松村文化礼堂办村晚" and hall.body.endswith("刮风下雨都不怕。")


def test_a_duty_chief_editors_line_closes_the_article_and_heads_nothing():
    first, second = parse_page(page("青松村文化礼堂办村晚",
                                    "本报讯 1月20日,青松村的文化礼堂里,几十个村民正换上演出服装排练节目。",
                                    "值班总编辑:宋飞", "白沙镇 举办村晚",
                                    "近日,白沙镇红旗村的村晚在村委会广场开演,上千位村民到场观看。"))
    assert first.body.endswith("排练节目。") and second.title == "白沙镇 举办村晚" and second.kicker is None

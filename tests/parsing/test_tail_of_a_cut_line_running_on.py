"""Every line apart, the short line after a line cut at the column's width ends that paragraph: where the page
broke the paragraph after it, its sentence goes on in the next line, and the word the break cut in two
(`文明` / `实践站`, printed whole elsewhere in the text) shows it is no headline, whatever words it shares with the
text below. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import gapped_page

WIDTH = 37  # the column's width the page builder wraps at


_FIRST = "11月3日上午,北湖区文明办一行来到白沙镇调研志愿服务和群众文化工作,实地察看了白沙镇新时代文明"


def test_the_tail_of_a_broken_paragraph_is_no_headline():
    assert len(_FIRST) % WIDTH and len(_FIRST) > WIDTH  # (its last line shorter than the column)
    text = gapped_page(
        (1, "北湖区文明办到白沙镇新时代文明实践站调研"),
        (1, _FIRST),
        (1, "实践站的运行情况,镇相关负责同志陪同调研。"),
        (1, "在白沙镇新时代文明实践站,调研组一行听取了实践站建设情况介绍,详细了解了志愿服务队伍、"
            "活动开展和群众点单等工作,参观了书画室、舞蹈室、四点半课堂等多个功能室。"),
        (1, "调研组对白沙镇在志愿服务、理论宣讲、全民阅读等方面的探索给予了肯定,希望继续用好新时代文明"
            "实践站这个阵地,把更多活动送到群众家门口。"),
        (1, "青松村开展秋季义诊"),
        (1, "近日,青松村邀请镇卫生院医生来到村里开展义诊,为六十多位老人量血压、测血糖,讲解冬季保健知识。"),
    )
    articles = parse_page(text)
    assert [a.title for a in articles] == ["北湖区文明办到白沙镇新时代文明实践站调研", "青松村开展秋季义诊"]
    assert "白沙镇新时代文明实践站的运行情况" in articles[0].body

"""`文图` after the names in a credit ending the text (`(张三 李四 文图)`) marks who wrote and took the
pictures, also when a narrow column's line break glued it to the last name (`(张三 李四` / `文图)`):
the names are the writers either way, the cut the same wherever the line broke. Every snippet is invented."""

import pytest

from app.parsing import parse_page
from tests.helpers import page

_LEAD = ("入秋以来,青松乡的几条村道同时开工,沿线的村民自发送茶送水,施工队的师傅们干得格外起劲。"
         "乡里把任务分到每个干部头上,谁包的路段谁负责,每天傍晚在工地碰头,当天的问题当天解决,"
         "到上个月底,三条村道已经铺好了路面,剩下的两条也在赶工期,预计年底前全部通车,乡亲们盼着早日走上新路,"
         "村口的小卖部老板说,路修好了,进货再也不用绕远道了。")
_LAST = ("乡里专门召开推进会,要求各路段负责人每天都到现场盯着,质量和安全上都不能有半点马虎,"
         "遇到群众反映的问题都要马上处理好,不能拖过夜。")


def _narrow(text: str, width: int = 37) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


@pytest.mark.parametrize("wrap", [lambda text: text, _narrow])
def test_names_before_a_work_mark_are_the_writers(wrap):
    last = _LAST + "(林小川 王大成 文图)"
    assert "王大成 \n文图" in _narrow(last)  # (the narrow line breaks between the names and the mark)
    [article] = parse_page(page("青松乡修路忙", wrap(_LEAD), wrap(last)))
    assert article.authors == ["林小川", "王大成"]
    assert article.body.endswith("不能拖过夜。")

"""A head that counts a step of the work before its colon (`某某治理第一步:…`) is a section of the feature
it stands in, as `一是…` is: the count says the text goes on. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "东海网白沙报道(林小川 通讯员 王大成):白沙镇青松社区是镇上最老的居民区,住着六百多户人家。"
_MORE = "去年秋天起,社区把楼栋分成五个片区,每个片区选出一名热心居民当片长。"
_FIRST = "片长王阿姨每天早上绕着片区走一圈,哪家窗台的花盆放得不稳,她都记在本子上。"
_SECOND = "片长们每月碰一次头,把记下的事一件件摊开来说,能当场办的当场就办。"


def test_a_counted_step_head_is_a_section_of_the_feature():
    [article] = parse_page(page("片区里的热心人", _LEAD, _MORE, "青松治理第一步:摸清家底", _FIRST,
                                "青松治理第二步:有事商量", _SECOND))
    assert article.sections == ["青松治理第一步:摸清家底", "青松治理第二步:有事商量"]
    assert article.authors == ["林小川", "王大成"] and article.body.startswith("白沙镇青松社区")

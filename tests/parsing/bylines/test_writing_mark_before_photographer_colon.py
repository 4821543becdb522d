"""`(撰文/摄影:张三)`: who wrote and who took the pictures, one person named after the colon. `撰文` is a role word,
as `摄影` is: no one is named so. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_the_writing_mark_is_no_name():
    [article] = parse_page(page(
        "白沙镇花木新居",
        "白沙镇种植花木历史悠久,全镇的花木店铺网上网下一起销售,快递每天从这里发往各地。",
        "近年来,白沙镇改善农户住房条件,农民新居错落有致,与田野交相辉映。",
        "(撰文/摄影:林青石)"))
    assert article.authors == ["林青石"]

"""`文·图/` before a byline's role (`文·图/见习记者 张三`) says the writer took the pictures too, as `文/图` does: a
work mark, not a name. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_middle_dot_work_mark_is_no_name():
    text = page("山村里的新买卖", "文·图/见习记者 柯永",
                "十一月,记者走进青溪县的山村,看村民怎样把山货卖到城里。")
    (article,) = parse_page(text)
    assert article.authors == ["柯永"]
    assert article.body.startswith("十一月,记者走进")

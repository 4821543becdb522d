"""A credit line in brackets ending in `摄影` (`(柳湾日报/柳湾网通讯员王乃德李加雷摄影)`) is a picture's credit, as one
ending in `摄` is: the titled caption over it is a photo, its photographers the names after the role, two names run
together split as names are. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_CAPTION = ("9月8日,大岭村党支部领办的合作社社员在葡萄园里采摘葡萄。去年以来,柳湾县各村成立了党支部领办的合作社,"
            "村集体和社员按比例入股,从合作社收益中分红。")


def test_a_bracketed_credit_ending_in_sheying_closes_a_titled_caption():
    (photo,) = parse_page(page("葡萄架下 社员分红乐", _CAPTION + "\n(柳湾日报/柳湾网通讯员王乃德李加雷摄影)"))
    assert photo.kind == "photo" and photo.title == "葡萄架下 社员分红乐"
    assert photo.authors == ["王乃德", "李加雷"]

"""A caption printed with a town's or street's supply credit glued after its full stop (`…服务站启用。白沙镇供图`)
is a photo naming nobody, as an office's `…供图` is, and not more of the article above it. Every snippet
is invented."""

import pytest

from app.parsing import parse_page
from tests.helpers import page

_ARTICLE = ("青松社区服务站启用",
            "本报讯(记者 张三)近日,白沙镇青松社区便民服务站正式启用,居民在家门口就能办理二十多项事务。",
            "服务站还设了休息区,配了饮水机和老花镜,方便来办事的老人。")


@pytest.mark.parametrize("credit", ["白沙镇供图", "青松街道供图"])
def test_a_caption_ending_with_a_town_supply_credit_is_a_photo(credit):
    articles = parse_page(page(*_ARTICLE, "", "", f"便民服务站启用仪式现场。{credit}"))
    [article] = [a for a in articles if a.kind == "article"]
    [photo] = [a for a in articles if a.kind == "photo"]
    assert "仪式现场" not in article.body and photo.body == "便民服务站启用仪式现场。"
    assert photo.authors == []

"""What people extraction produces: named people and the posts an article gives them."""

from dataclasses import dataclass, field


@dataclass
class Post:
    """A post as printed (常熟市副市长), split into the organisation or place and the title."""

    text: str
    org: str | None  # 常熟市, 区委, 生田村党委 …; None when the title stands alone (站长)
    title: str  # 副市长, 书记, 人大代表 …
    place_code: str | None = None  # the gazetteer place the post belongs to, when known


@dataclass
class Person:
    name: str
    posts: list[Post] = field(default_factory=list)

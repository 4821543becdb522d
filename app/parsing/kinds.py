"""What a piece of a page is, as the line reader classifies it (`item.kind is Kind.HEADLINE`)."""


class Kind:
    """The kinds, each a string compared by identity. A plain class, not an `Enum`: on Python 3.11 each
    look-up of an Enum member (`Kind.PARAGRAPH`) passes through the enum metaclass's `__getattr__` hook,
    about twelve times the cost of a class attribute, and cutting a page looks them up thousands of times."""

    DATELINE = "dateline"  # a paragraph opening with 本报讯
    BYLINE = "byline"  # □ 本报记者 … under a headline
    END_BYLINE = "end_byline"  # ·…· closing an article
    PHOTO_CREDIT = "photo_credit"  # … 摄
    SUPPLIED_CREDIT = "supplied_credit"  # (…供图) on its own line
    HEADLINE = "headline"
    PARAGRAPH = "paragraph"
    NOISE = "noise"  # folios, rules, stray marks, editor and proofreader lines

"""What the page parser produces: articles as a reader would cut them out of the page."""

from dataclasses import dataclass, field


@dataclass
class ParsedArticle:
    kind: str  # "article" or "photo" (a captioned photo: caption in the body)
    title: str | None
    kicker: str | None = None  # 引题, the line printed above the headline
    subtitle: str | None = None  # 副题, the line(s) printed below it
    authors: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)  # section heads inside the body
    paragraphs: list[str] = field(default_factory=list)  # body; section heads are paragraphs too
    credits: list[str] = field(default_factory=list)  # photo credits removed from the text
    lines: list[tuple[int, int]] = field(default_factory=list)  # 1-based inclusive ranges

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

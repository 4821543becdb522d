"""Headlines and heads: kicker, title and subtitle of a headline, and the headline-shaped lines the
neighbouring lines settle (weak heads, heads on two lines, long kickers, column names, scene-setting heads)."""

"""Read functions: each answers one question and serves an HTML page and its JSON twin alike."""

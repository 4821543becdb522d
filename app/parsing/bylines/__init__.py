"""Bylines, datelines and credits: the credit patterns and the names they give, the credit lines an article
ends with (roles, sources, offices, outlets), and the tags and marks a credit carries."""

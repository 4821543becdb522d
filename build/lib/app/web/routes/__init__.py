"""One module per resource; each holds the HTML page and its JSON twin side by side."""

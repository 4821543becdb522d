"""Photos, their captions and their credits: what a credit does to the text above it, a caption printed
beside its credit or over its article, a picture's note and an outlet's picture."""

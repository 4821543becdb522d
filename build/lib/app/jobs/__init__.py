"""What the commands run: ingest, tagging, indexing and the pipeline joining them. Jobs report progress
through a callback; they print nothing."""

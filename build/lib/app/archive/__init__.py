"""The database: engine and migrations, tables, writes, and one read function per question (queries/)."""

"""pytest plugin: ``pytest --postlint`` collects postings as test items (see the integrations work)."""

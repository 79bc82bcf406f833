"""schema.org JobPosting structured data: its models, and JSON-LD emitted from a posting."""

"""postlint: lint job postings."""
__version__ = "0.1.0"

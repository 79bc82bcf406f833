"""The data every layer shares: Posting, Section, Block, Diagnostic, Schema — plain data, no analysis."""

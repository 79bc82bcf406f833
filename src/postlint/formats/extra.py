"""CI formats (github, sarif, gitlab, junit, html) register themselves here."""

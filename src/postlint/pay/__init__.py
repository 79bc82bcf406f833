"""Pay: salary parsing (amounts, currencies, periods) and pay-transparency jurisdictions."""

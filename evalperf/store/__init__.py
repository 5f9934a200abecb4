"""Storage: the reference-profile cache and the results files."""

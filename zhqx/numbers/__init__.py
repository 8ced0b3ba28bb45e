"""The number grammars, pure Python (no spaCy): ``numerals`` (one numeral and its value), ``quantities``
(amounts, counts, rates and measures in running text) and ``dates`` (dates and periods)."""

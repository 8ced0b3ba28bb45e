"""zhqx's spaCy pipeline pieces, one module per component."""

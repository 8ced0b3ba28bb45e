"""Reproducible builders for the data and models shipped in ``zhqx/resources``."""

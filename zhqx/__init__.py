"""zhqx: structured, typed data from Chinese economic and government news."""

__version__ = "0.1.0"

from zhqx.loading import load  # noqa: E402

__all__ = ["__version__", "load"]

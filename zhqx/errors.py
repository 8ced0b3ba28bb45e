"""Exceptions raised by zhqx.

Each one also subclasses the matching built-in, so ``except ValueError`` and
``except TypeError`` keep working for callers who do not know about zhqx.
"""


class ZhqxError(Exception):
    """Base class of every error zhqx raises on purpose."""


class ZhqxTypeError(ZhqxError, TypeError):
    """An argument of the wrong type was passed."""


class ZhqxValueError(ZhqxError, ValueError):
    """An argument had the right type but an unusable value."""


class InvalidQuantityError(ZhqxValueError):
    """``parse_quantity`` was given text that is not one whole quantity expression."""


class WorkerDiedError(ZhqxError, RuntimeError):
    """A worker process of ``extract_many(n_process=...)`` died (killed from outside, e.g. by the OOM killer)
    while extracting an article, on both attempts."""


def require_text(value: object, name: str = "text") -> str:
    """Return ``value`` if it is a ``str``; otherwise raise ``ZhqxTypeError`` naming its type."""
    if isinstance(value, str):
        return value
    hint = ": decode bytes first, e.g. data.decode('utf-8')" if isinstance(value, (bytes, bytearray)) else ""
    raise ZhqxTypeError(f"{name} must be str, got {type(value).__name__}{hint}")

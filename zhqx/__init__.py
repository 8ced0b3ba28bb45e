"""zhqx: structured, typed data from Chinese economic and government news."""

__version__ = "0.1.0"

from zhqx.dates import find_dates  # noqa: E402
from zhqx.errors import InvalidQuantityError, ZhqxError, ZhqxTypeError, ZhqxValueError  # noqa: E402
from zhqx.loading import load  # noqa: E402
from zhqx.quantities import find_quantities, parse_quantity  # noqa: E402
from zhqx.types import DateMention, Quantity  # noqa: E402

__all__ = [
    "DateMention",
    "InvalidQuantityError",
    "Quantity",
    "ZhqxError",
    "ZhqxTypeError",
    "ZhqxValueError",
    "__version__",
    "find_dates",
    "find_quantities",
    "load",
    "parse_quantity",
]

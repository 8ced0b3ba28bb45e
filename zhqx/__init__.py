"""zhqx: structured, typed data from Chinese economic and government news."""

__version__ = "0.1.0"

from zhqx.api import extract, extract_many  # noqa: E402
from zhqx.dates import find_dates  # noqa: E402
from zhqx.errors import InvalidQuantityError, WorkerDiedError, ZhqxError, ZhqxTypeError, ZhqxValueError  # noqa: E402
from zhqx.frames import to_frame  # noqa: E402
from zhqx.loading import load  # noqa: E402
from zhqx.quantities import find_quantities, parse_quantity  # noqa: E402
from zhqx.render import render  # noqa: E402
from zhqx.types import (  # noqa: E402
    DateMention,
    Entity,
    Event,
    Extraction,
    Failure,
    Investment,
    ProjectCompletion,
    ProjectSigning,
    ProjectStart,
    Quantity,
    Relation,
    Resumption,
    Settlement,
    event_from_dict,
)

__all__ = [
    "DateMention",
    "Entity",
    "Event",
    "Extraction",
    "Failure",
    "Investment",
    "ProjectCompletion",
    "ProjectSigning",
    "ProjectStart",
    "Relation",
    "Resumption",
    "Settlement",
    "event_from_dict",
    "extract",
    "extract_many",
    "InvalidQuantityError",
    "Quantity",
    "ZhqxError",
    "ZhqxTypeError",
    "ZhqxValueError",
    "WorkerDiedError",
    "__version__",
    "find_dates",
    "find_quantities",
    "load",
    "parse_quantity",
    "render",
    "to_frame",
]

"""zhqx: structured, typed data from Chinese economic and government news.

The public names import their modules on first use, so ``import zhqx`` does not import spaCy: ``zhqx.find_dates``
never needs it, and ``zhqx.extract`` / ``zhqx.load`` import it when first called for.
"""

import importlib as _importlib
import sys as _sys
from types import ModuleType as _ModuleType  # (zhqx.types, once imported, is the package's attribute "types")

__version__ = "0.1.0"

_EXPORTS = {
    "zhqx.api": ("extract", "extract_many"),
    "zhqx.errors": ("InvalidQuantityError", "WorkerDiedError", "ZhqxError", "ZhqxTypeError", "ZhqxValueError"),
    "zhqx.frames": ("to_frame",),
    "zhqx.loading": ("load",),
    "zhqx.numbers.dates": ("find_dates",),
    "zhqx.numbers.quantities": ("find_quantities", "parse_quantity"),
    "zhqx.render": ("render",),
    "zhqx.types": (
        "DateMention", "Entity", "Event", "Extraction", "Failure", "Investment", "Mention", "ProjectCompletion",
        "ProjectSigning", "ProjectStart", "Quantity", "Relation", "Resumption", "Settlement", "event_from_dict",
    ),
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = [
    "DateMention",
    "Entity",
    "Event",
    "Extraction",
    "Failure",
    "Investment",
    "Mention",
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


class _Package(_ModuleType):
    """The ``zhqx`` module: a public name is looked up in its module the first time it is used."""

    def __getattr__(self, name):
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module 'zhqx' has no attribute {name!r}")
        value = getattr(_importlib.import_module(module), name)
        super().__setattr__(name, value)
        return value

    def __setattr__(self, name, value):
        # importing the submodule zhqx.render binds it on the package: the function keeps the name, as before
        if not (name in _MODULE_OF and isinstance(value, _ModuleType)):
            super().__setattr__(name, value)

    def __dir__(self):
        return sorted(set(super().__dir__()) | set(_MODULE_OF))


_sys.modules[__name__].__class__ = _Package

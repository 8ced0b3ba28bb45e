"""spaCy component ``zhqx_numbers``: every quantity and date of a Doc, as span groups.

- ``doc.spans[quantities_key]`` (``"zhqx_quantities"``): one span per quantity, label = its kind
  (``money``, ``percent``, ``count``, ...), ``span._.zhqx_quantity`` = ``Quantity.to_dict()``;
- ``doc.spans[dates_key]`` (``"zhqx_dates"``): one span per date, label ``DATE``, ``span._.zhqx_date`` =
  ``DateMention.to_dict()``; years come from the article itself or from
  the publication date given with the Doc (``zhqx.pipeline.extensions.published_of``; never today's date).

Tokens are split where a mention starts or ends inside one.
"""

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from zhqx.numbers.dates import find_dates
from zhqx.pipeline.alignment import split_at
from zhqx.pipeline.extensions import published_of, register_extensions
from zhqx.pipeline.shared import as_dict, doc_text, set_span_value
from zhqx.numbers.quantities import find_quantities

QUANTITIES, DATES = "zhqx_quantities", "zhqx_dates"


@Language.factory(
    "zhqx_numbers",
    default_config={"quantities_key": QUANTITIES, "dates_key": DATES},
    assigns=["doc.spans", "span._.zhqx_quantity", "span._.zhqx_date"],
)
def make_numbers(nlp: Language, name: str, quantities_key: str, dates_key: str) -> "NumberFinder":
    """Factory for ``nlp.add_pipe("zhqx_numbers")``; the span group names are its settings."""
    return NumberFinder(name, quantities_key=quantities_key, dates_key=dates_key)


class NumberFinder(Pipe):
    """Finds quantities and dates with ``zhqx.numbers.quantities`` / ``zhqx.numbers.dates`` and aligns them to tokens."""

    def __init__(self, name: str = "zhqx_numbers", *, quantities_key: str = QUANTITIES, dates_key: str = DATES):
        self.name = name
        self.quantities_key, self.dates_key = quantities_key, dates_key
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        quantities = find_quantities(text)
        dates = find_dates(text, published=published_of(doc))
        split_at(doc, [offset for m in (*quantities, *dates) for offset in (m.start, m.end)])
        doc.spans[self.quantities_key] = [self._span(doc, q, q.kind, "zhqx_quantity") for q in quantities]
        doc.spans[self.dates_key] = [self._span(doc, d, "DATE", "zhqx_date") for d in dates]
        return doc

    @staticmethod
    def _span(doc: Doc, mention, label: str, extension: str):
        span = doc.char_span(mention.start, mention.end, label=label)
        set_span_value(doc, extension, mention.start, mention.end, as_dict(doc, mention))
        return span

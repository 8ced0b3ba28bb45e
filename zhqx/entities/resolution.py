"""Resolution: of overlapping mentions only the longest is kept (ORG before PARK, PERSON, GPE at equal length)."""

from zhqx.entities.grammar import Candidate

_RANK = {"ORG": 0, "PARK": 1, "PERSON": 2, "GPE": 3}


def resolve(candidates: list[Candidate], kept: list[Candidate], size: int) -> list[Candidate]:
    """``kept`` (disjoint) plus the longest candidates that overlap neither a kept span nor a longer candidate.

    ``size`` is the length of the text; a character map of what is taken keeps this linear in it.
    """
    taken = bytearray(size)
    for start, end, _ in kept:
        taken[start:end] = b"\1" * (end - start)
    result = list(kept)
    for candidate in sorted(set(candidates), key=lambda c: (c.start - c.end, _RANK[c.label], c.start)):
        start, end = candidate.start, candidate.end
        if not any(taken[start:end]):
            taken[start:end] = b"\1" * (end - start)
            result.append(candidate)
    return result

"""Which rule catalogue an assessment was made with: a version and a content hash.

Scores made by different catalogues do not compare: a rule added, removed or
weighed differently moves a score without the partnership moving. Every saved
result records its catalogue, and `compare` and `history` refuse to put side
by side results whose hashes differ (unless told to, and then mark them).

The hash covers what decides a status and a score (id, kind, theme,
severity, weight and the conditions of every rule in use), not the texts:
a better translation does not make two results incomparable. The two-views
checks are left out: they are part of the program, weigh nothing in a score,
and a file has findings for only those where its partners' views differ.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from tango_check import __version__

HASH_PREFIX = "sha256:"
_SCORED = ("id", "kind", "theme", "severity", "weight", "applies_when", "met_when")


@dataclass(frozen=True)
class Catalogue:
    version: str
    hash: str

    def as_dict(self) -> dict[str, str]:
        return {"version": self.version, "hash": self.hash}


def _rule_data(rule: object) -> object:
    dump = getattr(rule, "model_dump", None)
    if dump is None:
        return str(rule)
    return dump(mode="json", by_alias=True, include=set(_SCORED))


# Rule sets a run uses, by the ids of their rules: a batch asks once per file for the same few sets.
_KNOWN: dict[tuple[int, ...], tuple[tuple[object, ...], Catalogue]] = {}


def scored_text(rules: Iterable[object]) -> str:
    """What the hash is taken of: the scored part of every rule, in a fixed order, as JSON."""
    data = sorted((_rule_data(rule) for rule in rules), key=lambda item: json.dumps(item, sort_keys=True))
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def digest_of(text: str) -> str:
    import hashlib  # here: the built-in catalogue's digests are in the mirror, and hashlib takes longer to import

    return HASH_PREFIX + hashlib.sha256(text.encode()).hexdigest()[:16]


def catalogue_of(rules: Iterable[object]) -> Catalogue:
    """The catalogue of the rules an assessment used, in any order (two-views checks are skipped)."""
    rules = tuple(rule for rule in rules if not getattr(rule, "is_view_check", False))
    key = tuple(id(rule) for rule in rules)
    known = _KNOWN.get(key)
    if known is None:
        from tango_check._mirror import DIGESTS

        text = scored_text(rules)
        digest = DIGESTS.get(text) or digest_of(text)
        # The rules are kept with their catalogue, so that their ids stay theirs while the key is remembered.
        known = _KNOWN[key] = (rules, Catalogue(__version__, digest))
    return known[1]

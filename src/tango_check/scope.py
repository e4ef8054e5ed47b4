"""The rules in effect for a run, when they are not simply the core catalogue.

A selection, an ignore list, an extra pack or the extension pack changes
what an assessment means; a report that does not say so would pass off
four rules as the whole study. `Scope` is what every report states then.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tango_check.rules import CORE_PACK, Origin

if TYPE_CHECKING:
    from tango_check.rule_file import Rule


@dataclass(frozen=True)
class Scope:
    used: int  # core rules in effect
    catalogue: int  # rules in the core catalogue
    gates_left_out: tuple[str, ...]  # preconditions of the catalogue that are not in effect
    added: tuple[tuple[str, int], ...]  # (pack, rules in effect from it) beyond the core catalogue
    chosen: tuple[tuple[str, str, Origin], ...]  # (option, its value, where it was set)
    config_file: str | None

    @property
    def partial(self) -> bool:
        """Part of the catalogue is left out: the result is a partial assessment."""
        return self.used < self.catalogue


def scope_of(
    available: list[Rule],
    chosen: list[Rule],
    options: dict[str, tuple[str, ...]],
    origins: dict[str, Origin],
    config_file: str | None,
) -> Scope | None:
    """The scope of `chosen` out of the `available` rules; None when it is exactly the core catalogue."""
    core = [rule for rule in available if rule.pack == CORE_PACK]
    in_effect = {rule.id for rule in chosen}
    added = Counter(rule.pack for rule in chosen if rule.pack != CORE_PACK)
    used = sum(1 for rule in core if rule.id in in_effect)
    if used == len(core) and not added:
        return None
    return Scope(
        used=used,
        catalogue=len(core),
        gates_left_out=tuple(rule.id for rule in core if rule.severity == "gate" and rule.id not in in_effect),
        added=tuple(added.items()),
        chosen=tuple(
            (option, ", ".join(values), origins.get(option, (f"--{option}", None)))
            for option, values in options.items()
            if values
        ),
        config_file=config_file,
    )

"""What many partnerships have in common: the overview a region's adviser reads first.

Counted as the partnerships come (`batch.Tally`, kept in the run's summary),
so it needs no report kept: how many partnerships per verdict, the obstacles
found most often across them, and the average and spread of each theme.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tango_check.rules import THEMES
from tango_check.scoring import Finding

if TYPE_CHECKING:
    from tango_check.batch import Summary, Tally

COMMON_OBSTACLES = 10  # the obstacles an overview lists, most frequent first


@dataclass(frozen=True)
class ObstacleCount:
    """An obstacle and in how many partnerships it was found."""

    finding: Finding  # one of them, to name the rule
    count: int
    share: float  # percent of the assessed partnerships


@dataclass(frozen=True)
class ThemeSpread:
    """A theme's scores across the partnerships that have one."""

    theme: str
    count: int  # partnerships with a score for the theme
    mean: float | None
    spread: float | None  # population standard deviation
    low: float | None
    high: float | None


@dataclass(frozen=True)
class Overview:
    assessed: int
    verdicts: dict[str, int]
    obstacles: tuple[ObstacleCount, ...]
    themes: tuple[ThemeSpread, ...]


def common_obstacles(tally: Tally, assessed: int, limit: int = COMMON_OBSTACLES) -> tuple[ObstacleCount, ...]:
    """The obstacles found in most partnerships; equal counts in the order of importance of their first finding."""
    counts, named = tally.counts, tally.named
    order = sorted(counts, key=lambda rule_id: (-counts[rule_id], named[rule_id][0], rule_id))
    return tuple(
        ObstacleCount(named[rule_id][1], counts[rule_id], 100 * counts[rule_id] / assessed) for rule_id in order[:limit]
    )


def theme_spreads(tally: Tally) -> tuple[ThemeSpread, ...]:
    import statistics

    scores = tally.scores
    order = [theme for theme in THEMES if theme in scores] + [theme for theme in scores if theme not in THEMES]
    spreads = []
    for theme in order:
        values = scores[theme]
        if not values:
            spreads.append(ThemeSpread(theme, 0, None, None, None, None))
            continue
        spreads.append(
            ThemeSpread(theme, len(values), statistics.fmean(values), statistics.pstdev(values), min(values), max(values))
        )
    return tuple(spreads)


def overview_of(summary: Summary, limit: int = COMMON_OBSTACLES) -> Overview:
    assessed = len(summary.rows)
    return Overview(
        assessed=assessed,
        verdicts=summary.verdict_counts(),
        obstacles=common_obstacles(summary.tally, assessed, limit) if assessed else (),
        themes=theme_spreads(summary.tally),
    )

"""What many partnerships have in common: the overview a region's adviser reads first.

Built from the summary of a run (one small `batch.Row` per partnership), so
it needs no report kept: how many partnerships per verdict, the obstacles
found most often across them, and the average and spread of each theme.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from tango_check.batch import Row, Summary
from tango_check.rules import THEMES
from tango_check.scoring import Finding

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


def common_obstacles(rows: list[Row], limit: int = COMMON_OBSTACLES) -> tuple[ObstacleCount, ...]:
    """The obstacles found in most partnerships; equal counts in the order of importance of their first finding."""
    counts: dict[str, int] = {}
    named: dict[str, tuple[int, Finding]] = {}
    for row in rows:
        for rank, finding in enumerate(row.obstacles):
            rule_id = finding.rule.id
            counts[rule_id] = counts.get(rule_id, 0) + 1
            if rule_id not in named or rank < named[rule_id][0]:
                named[rule_id] = (rank, finding)
    order = sorted(counts, key=lambda rule_id: (-counts[rule_id], named[rule_id][0], rule_id))
    return tuple(
        ObstacleCount(named[rule_id][1], counts[rule_id], 100 * counts[rule_id] / len(rows)) for rule_id in order[:limit]
    )


def theme_spreads(rows: list[Row]) -> tuple[ThemeSpread, ...]:
    scores: dict[str, list[float]] = {}
    for row in rows:
        for theme, score in row.themes:
            found = scores.setdefault(theme, [])
            if score is not None:
                found.append(score)
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
    rows = summary.rows
    return Overview(
        assessed=len(rows),
        verdicts=summary.verdict_counts(),
        obstacles=common_obstacles(rows, limit) if rows else (),
        themes=theme_spreads(rows),
    )

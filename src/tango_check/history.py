"""The road of one partnership over the years: any number of its assessments, in order.

Each point is a `compare.Snapshot` (a partnership file assessed now, or a
saved result). Points are ordered by their date (a file's `assessed_on`, the
date a saved result records) when every point has one, else kept in the order
given. Between each point and the next, `compare.compare` says which
obstacles came and went; `compare` itself is the two-point case.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tango_check.compare import Comparison, Snapshot, check_catalogues, compare
from tango_check.rules import THEMES


@dataclass(frozen=True)
class History:
    points: tuple[Snapshot, ...]
    steps: tuple[Comparison, ...]  # from each point to the next
    by_date: bool  # ordered by date; False: in the order given

    @property
    def themes(self) -> list[str]:
        seen = dict.fromkeys(theme for point in self.points for theme in point.themes)
        return [theme for theme in THEMES if theme in seen] + [theme for theme in seen if theme not in THEMES]

    @property
    def latest(self) -> Snapshot:
        return self.points[-1]


def in_order(snapshots: Sequence[Snapshot]) -> tuple[list[Snapshot], bool]:
    """By date when each has one (equal dates in the order given), else as given."""
    if all(snapshot.date is not None for snapshot in snapshots):
        return sorted(snapshots, key=lambda snapshot: snapshot.date), True  # type: ignore[arg-type, return-value]
    return list(snapshots), False


def history(snapshots: Sequence[Snapshot], *, allow_mixed: bool = False) -> History:
    """The history of these assessments; an `InputError` when different rule catalogues made them, unless allowed."""
    ordered, by_date = in_order(snapshots)
    points = check_catalogues(ordered, allow_mixed=allow_mixed)
    steps = tuple(compare(before, after) for before, after in zip(points, points[1:]))
    return History(tuple(points), steps, by_date)

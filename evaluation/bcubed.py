"""B-cubed precision, recall and F1 (Bagga and Baldwin, 1998) over two clusterings.

Per item: precision is the share of its system cluster that shares its gold cluster, recall the
share of its gold cluster that shares its system cluster; both are averaged over items. Unlike
pairwise scores it does not let one big cluster dominate, which is why story work uses it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from dataclasses import dataclass

__all__ = ["BCubed", "bcubed"]


@dataclass(frozen=True, slots=True)
class BCubed:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def bcubed(system: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]) -> BCubed:
    """Score `system` (item -> cluster) against `gold` (item -> cluster) over the gold items.

    An item the system did not cluster counts as a singleton of its own.
    """
    if not gold:
        return BCubed(1.0, 1.0)
    labels = {item: system.get(item, ("singleton", item)) for item in gold}
    pair_counts = Counter((labels[item], gold[item]) for item in gold)
    system_sizes = Counter(labels.values())
    gold_sizes = Counter(gold.values())
    precision = recall = 0.0
    for (sys_label, gold_label), together in pair_counts.items():
        precision += together * together / system_sizes[sys_label]
        recall += together * together / gold_sizes[gold_label]
    return BCubed(precision / len(gold), recall / len(gold))

"""A claim's status follows from its evidence; the reason is kept with it.

    confirmed     an independent source, or the event reported as having happened
    contradicted  a later report incompatible with it
    contested     one source asserts it, another (a party to it) denies it
    expired       forward-looking, its time window passed (as of the story's newest document)
    open          forward-looking or single-sourced, and nothing settled it yet

An analyst's override is kept as evidence of its own and pins the status: the tracker then
leaves that claim alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from storyline.track.linking import FORWARD_MODALITIES

__all__ = ["EvidenceView", "claim_status"]


@dataclass(frozen=True, slots=True)
class EvidenceView:
    relation: str
    doc_id: str | None
    reason: str | None = None


def claim_status(
    modality: str,
    time_end: str | None,
    evidence: Sequence[EvidenceView],
    as_of: str | None,
    said_on: str | None = None,
) -> tuple[str, str]:
    """(status, reason) for a claim with this modality, time window and evidence.

    Only a window still open when the claim was made (`said_on`) can expire: `a possible stop
    at the center where they met in April 2022` names a past date, not a deadline.
    """
    relations = {item.relation for item in evidence}
    if modality == "denied":
        if "confirms" in relations:  # the denier went back on it: what it denied stands
            return "confirmed", _reason(evidence, "confirms")
        return "contested", "a denial of a claim made by another source"
    if "denies" in relations:
        return "contested", _reason(evidence, "denies")
    if "confirms" in relations and "contradicts" in relations:
        return "contested", "later reports both confirm and contradict it"
    if "contradicts" in relations:
        return "contradicted", _reason(evidence, "contradicts")
    if "confirms" in relations:
        return "confirmed", _reason(evidence, "confirms")
    if modality in FORWARD_MODALITIES and _ran_out(modality, time_end, as_of, said_on):
        return "expired", f"its time ran out on {(time_end or '')[:10]} with nothing settling it"
    return "open", "nothing has settled it yet"


def _ran_out(modality: str, time_end: str | None, as_of: str | None, said_on: str | None) -> bool:
    """Past its window; what was unclear on the day it was told (`not clear on Sunday where he
    was`) tells what was unknown then, which no later day runs out."""
    if not (time_end and as_of) or time_end[:10] >= as_of[:10]:
        return False
    if said_on is None:
        return True
    if modality == "uncertain":
        return time_end[:10] > said_on[:10]
    return time_end[:10] >= said_on[:10]


def _reason(evidence: Sequence[EvidenceView], relation: str) -> str:
    first = next(item for item in evidence if item.relation == relation)
    return first.reason or f"{relation} by {first.doc_id}"

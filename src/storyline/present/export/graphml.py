"""GraphML: the entity co-occurrence network (for Gephi and other network tools).

Nodes are entities (name, type, mention count); an edge joins two entities mentioned in the same
document, weighted by the number of documents they share.
"""

from __future__ import annotations

import io
from itertools import combinations

import networkx as nx

from storyline.present.views import gather
from storyline.store import Store

__all__ = ["export_graphml"]


def export_graphml(store: Store, story_id: str | None) -> str:
    dossier = gather(store, story_id)
    graph = nx.Graph(name=dossier.story.title if dossier.story else "Storyline dossier")
    for entity in dossier.entities:
        graph.add_node(
            entity.id,
            label=entity.name,
            type=entity.type,
            mentions=entity.mentions,
            aliases=" | ".join(entity.aliases),
        )
    for stored in dossier.documents:
        present = sorted({eid for eid, _ in store.doc_mentions(stored.id) if eid in graph})
        for a, b in combinations(present, 2):
            weight = graph.edges[a, b]["weight"] + 1 if graph.has_edge(a, b) else 1
            graph.add_edge(a, b, weight=weight)
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")

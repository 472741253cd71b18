"""Score story and thread assignment, and cross-document entities, on ECB+ dev; baselines beside.

    .venv/bin/python -m evaluation.eval_stories [--topics 1,3] [--check] [--cache DIR]

Stories: documents are fed one at a time in five shuffled orders (seeds 0-4); each order starts
from an empty tracker. Gold: a sub-topic is a story, a topic a thread. We report B-cubed P/R/F1,
mean and worst over the orders, for our tracker (`StoryParams()` defaults, chosen once for both
stories and threads) and for a TF-IDF cosine single-pass baseline whose one threshold is tuned
here, in the same run, on the same data (best mean of story and thread F1): the baseline is
flattered, ours is not. Beside them, the threads' ceiling (`thread_ceiling`): what the gold stories
themselves, grouped by their kind or text vectors with hindsight, would score.

Entities: gold named mentions (people, organizations, places) are resolved document by document
within each topic (gold chains are per topic) by `EntityIndex`, against an exact normalized-string
baseline; B-cubed over all mentions.

`--check` compares the means to `floors_stories.json` (with its margin) and exits 1 below them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import random
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from evaluation.bcubed import BCubed, bcubed
from evaluation.ecbplus import EcbDocument, read_corpus
from storyline.analyze.pipeline import analyze_many
from storyline.model import Document
from storyline.track.embed import EMBEDDING_MODEL, document_text, embed_texts, kind_text
from storyline.track.resolve import EntityIndex, entity_key
from storyline.track.stories import StoryIndex, StoryParams
from storyline.track.story_step import entity_names

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ecbplus_dev"
FLOORS = Path(__file__).resolve().parent / "floors_stories.json"
SEEDS = (0, 1, 2, 3, 4)
CACHE_VERSION = "entities-kinds-datelines-who-places-titles-years"  # change with the cache

Labels = dict[str, str]


@dataclass(frozen=True, slots=True)
class Corpus:
    docs: tuple[EcbDocument, ...]
    embeddings: np.ndarray  # one unit row per document, by title and lede
    entities: tuple[tuple[tuple[str, str], ...], ...]  # spaCy (name, label) per document
    kinds: np.ndarray  # one unit row per document, by its lede without names (`kind_text`)


@dataclass(frozen=True, slots=True)
class RunScores:
    stories: tuple[BCubed, ...]
    threads: tuple[BCubed, ...]


def load_corpus(root: Path = DATA, topics: Sequence[str] = (), cache: Path | None = None) -> Corpus:
    """Documents with their embeddings and analysis entities (cached by content when asked)."""
    docs = tuple(d for d in read_corpus(root) if not topics or d.topic in topics)
    digest = hashlib.sha256("".join(d.id + d.text for d in docs).encode()).hexdigest()[:16]
    cached = cache / f"ecbplus-{CACHE_VERSION}-{digest}.pkl" if cache else None
    if cached and cached.exists():
        return Corpus(docs, *pickle.loads(cached.read_bytes()))
    embeddings = embed_texts([document_text(d.title, d.text) for d in docs])
    entities = _analysis_entities(docs)
    kinds = embed_texts(
        [
            kind_text(d.title, d.text, (name for name, _ in names))
            for d, names in zip(docs, entities, strict=True)
        ]
    )
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(pickle.dumps((embeddings, entities, kinds)))
    return Corpus(docs, embeddings, entities, kinds)


def _analysis_entities(docs: Sequence[EcbDocument]) -> tuple[tuple[tuple[str, str], ...], ...]:
    """What tracking is given: the names the analysis stage finds in body and headline, filed
    as the product files them (`entity_names`)."""
    documents = [Document(id=d.id, kind="article", text=d.text, title=d.title) for d in docs]
    return tuple(tuple(entity_names(a)) for a in analyze_many(documents, batch_size=16))


def orders(n: int, seeds: Sequence[int] = SEEDS) -> list[list[int]]:
    result = []
    for seed in seeds:
        order = list(range(n))
        random.Random(seed).shuffle(order)
        result.append(order)
    return result


def run_ours(corpus: Corpus, order: Sequence[int], params: StoryParams) -> tuple[Labels, Labels]:
    """Feed the documents one at a time; the story and thread each ended up in."""
    index = StoryIndex(params)
    for i in order:
        doc = corpus.docs[i]
        text = f"{doc.title}\n{doc.text}" if doc.title else doc.text
        index.add(doc.id, corpus.embeddings[i], corpus.entities[i], text=text, kind=corpus.kinds[i])
    stories = dict(index.story_of)
    threads = {doc: str(index.stories[story].thread_id) for doc, story in stories.items()}
    return stories, threads


def tfidf_gram(corpus: Corpus) -> np.ndarray:
    """Pairwise dot products of the documents' unit TF-IDF vectors (fitted on the corpus)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [f"{d.title or ''}\n{d.text}" for d in corpus.docs]
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1)
    matrix = vectorizer.fit_transform(texts)  # rows are unit length already
    return (matrix @ matrix.T).toarray()


def run_tfidf(
    gram: np.ndarray, ids: Sequence[str], order: Sequence[int], threshold: float
) -> Labels:
    """Single pass: join the nearest cluster centroid above `threshold`, else start one.

    `gram` holds the documents' pairwise TF-IDF dot products: a centroid's dot product with a
    document is the sum over its members, so no centroid vector is ever built.
    """
    members = np.zeros((len(order), len(order)), dtype=np.float64)  # document x cluster
    norms_sq = np.zeros(len(order), dtype=np.float64)
    labels: Labels = {}
    n = 0
    for i in order:
        dots = gram[i] @ members[:, :n]
        sims = dots / np.sqrt(np.maximum(norms_sq[:n], 1e-12))
        best = int(np.argmax(sims)) if n else -1
        if best < 0 or sims[best] < threshold:
            best, n = n, n + 1
            dots = np.append(dots, 0.0)
        norms_sq[best] += 2 * dots[best] + gram[i, i]
        members[i, best] = 1.0
        labels[ids[i]] = str(best)
    return labels


def score_runs(corpus: Corpus, run: Callable[[Sequence[int]], tuple[Labels, Labels]]) -> RunScores:
    gold_story = {d.id: d.subtopic for d in corpus.docs}
    gold_thread = {d.id: d.topic for d in corpus.docs}
    stories, threads = [], []
    for order in orders(len(corpus.docs)):
        story_labels, thread_labels = run(order)
        stories.append(bcubed(story_labels, gold_story))
        threads.append(bcubed(thread_labels, gold_thread))
    return RunScores(tuple(stories), tuple(threads))


def tune_tfidf(corpus: Corpus) -> tuple[float, RunScores]:
    """The baseline's one threshold, chosen for the best mean of story and thread F1."""
    gram = tfidf_gram(corpus)
    ids = [d.id for d in corpus.docs]
    best: tuple[float, float, RunScores] | None = None
    for threshold in np.arange(0.04, 0.62, 0.02):

        def run(order: Sequence[int], t: float = float(threshold)) -> tuple[Labels, Labels]:
            labels = run_tfidf(gram, ids, order, t)
            return labels, labels

        scores = score_runs(corpus, run)
        objective = _mean_f1(scores.stories) + _mean_f1(scores.threads)
        if best is None or objective > best[0]:
            best = (objective, round(float(threshold), 2), scores)
    assert best is not None
    return best[1], best[2]


def thread_ceiling(corpus: Corpus, vectors: np.ndarray) -> tuple[float, BCubed]:
    """(threshold, score) of the best threads perfect stories allow: the gold stories'
    centroids of `vectors` (one row per document) joined by average link at the cosine
    threshold that scores best in hindsight.

    It bounds what any thread rule on these vectors can reach, however well it assigns stories;
    a target above it asks for knowledge the vectors do not hold.
    """
    from scipy.cluster.hierarchy import fcluster, linkage

    stories = sorted({d.subtopic for d in corpus.docs})
    rows = {story: i for i, story in enumerate(stories)}
    centroids = np.zeros((len(stories), vectors.shape[1]))
    for doc, vector in zip(corpus.docs, vectors, strict=True):
        centroids[rows[doc.subtopic]] += vector
    tree = linkage(centroids, method="average", metric="cosine")
    gold_thread = {d.id: d.topic for d in corpus.docs}
    best: tuple[float, BCubed] | None = None
    for threshold in np.arange(0.30, 0.90, 0.01):
        clusters = fcluster(tree, t=1.0 - threshold, criterion="distance")
        labels = {d.id: str(clusters[rows[d.subtopic]]) for d in corpus.docs}
        scores = bcubed(labels, gold_thread)
        if best is None or scores.f1 > best[1].f1:
            best = (round(float(threshold), 2), scores)
    assert best is not None
    return best


def _mean_f1(scores: Sequence[BCubed]) -> float:
    return sum(s.f1 for s in scores) / len(scores)


def entity_scores(corpus: Corpus, seed: int = 0) -> tuple[BCubed, BCubed, int]:
    """(ours, exact normalized string) B-cubed over gold named mentions, resolved per topic."""
    gold: Labels = {}
    ours: Labels = {}
    exact: Labels = {}
    order = orders(len(corpus.docs), (seed,))[0]
    indexes: dict[str, EntityIndex] = {}
    for i in order:
        doc = corpus.docs[i]
        index = indexes.setdefault(doc.topic, EntityIndex())
        for m in doc.mentions:
            item = f"{m.doc_id}:{m.start_char}"
            gold[item] = m.chain
            ours[item] = f"{doc.topic}/{index.add(m.text, m.type)}"
            exact[item] = f"{doc.topic}/{entity_key(m.text, m.type)}"
    return bcubed(ours, gold), bcubed(exact, gold), len(gold)


def _row(name: str, scores: Sequence[BCubed]) -> str:
    f1s = [s.f1 for s in scores]
    worst = min(scores, key=lambda s: s.f1)
    mean_p = sum(s.precision for s in scores) / len(scores)
    mean_r = sum(s.recall for s in scores) / len(scores)
    return (
        f"{name:<40} P {mean_p:.3f}  R {mean_r:.3f}  F1 mean {sum(f1s) / len(f1s):.3f}"
        f"  worst {worst.f1:.3f} (P {worst.precision:.3f} R {worst.recall:.3f})"
    )


def evaluate(corpus: Corpus, params: StoryParams | None = None) -> dict[str, float]:
    """Print the table and return the headline numbers (mean F1s, worst F1s, entity F1s)."""
    chosen = params or StoryParams()
    ours = score_runs(corpus, lambda order: run_ours(corpus, order, chosen))
    threshold, base = tune_tfidf(corpus)
    ceilings = {
        "kind": thread_ceiling(corpus, corpus.kinds),
        "text": thread_ceiling(corpus, corpus.embeddings),
    }
    ent_ours, ent_exact, n_mentions = entity_scores(corpus)
    n_docs = len(corpus.docs)
    n_stories = len({d.subtopic for d in corpus.docs})
    n_threads = len({d.topic for d in corpus.docs})
    print(f"ECB+ dev: {n_docs} documents, {n_stories} gold stories, {n_threads} gold threads;")
    print(f"five shuffled orders (seeds {SEEDS}), incremental; embeddings: {EMBEDDING_MODEL}")
    print("stories")
    print(_row("  ours", ours.stories))
    print(_row(f"  tf-idf single pass (t={threshold})", base.stories))
    print("threads")
    print(_row("  ours", ours.threads))
    print(_row(f"  tf-idf single pass (t={threshold})", base.threads))
    for name, (at, ceiling) in ceilings.items():
        print(_row(f"  ceiling: gold stories, {name} (t={at})", [ceiling]))
    print(f"cross-document entities ({n_mentions} gold named mentions, per topic)")
    print(_row("  ours (EntityIndex)", [ent_ours]))
    print(_row("  exact normalized string", [ent_exact]))
    return {
        "stories_f1_mean": _mean_f1(ours.stories),
        "stories_f1_worst": min(s.f1 for s in ours.stories),
        "threads_f1_mean": _mean_f1(ours.threads),
        "threads_f1_worst": min(s.f1 for s in ours.threads),
        "entities_f1": ent_ours.f1,
        "baseline_stories_f1_mean": _mean_f1(base.stories),
        "baseline_threads_f1_mean": _mean_f1(base.threads),
        "baseline_entities_f1": ent_exact.f1,
        "threads_ceiling_f1": max(ceiling.f1 for _, ceiling in ceilings.values()),
    }


def check_floors(results: dict[str, float], floors_path: Path = FLOORS) -> list[str]:
    """The headline numbers that fell below their floor (minus the file's margin)."""
    floors = json.loads(floors_path.read_text(encoding="utf-8"))
    margin = floors.get("margin", 0.0)
    return [
        f"{name}: {results[name]:.3f} < floor {floor:.3f} - {margin}"
        for name, floor in floors["floors"].items()
        if results[name] < floor - margin
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--topics", default="", help="comma-separated topics (default: all)")
    parser.add_argument("--cache", type=Path, help="keep embeddings and NER here between runs")
    parser.add_argument("--check", action="store_true", help="exit 1 below the floors")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    topics = tuple(t for t in args.topics.split(",") if t)
    corpus = load_corpus(args.data, topics, args.cache)
    results = evaluate(corpus)
    print(f"({time.perf_counter() - started:.0f} s)")
    if args.check:
        failures = check_floors(results)
        for failure in failures:
            print("BELOW FLOOR", failure, file=sys.stderr)
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

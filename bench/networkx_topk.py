"""NetworkX side of bench/opportunities.mjs: the territory-wide top K by
resource allocation, timed inside Python.

Reads JSON on stdin:
    {"edges": [[u, v], ...],        # raw edge list, exactly as the TS side got it
     "nodes": [ids],                # extra (isolated) nodes
     "eligible": [ids],             # the nodes a suggested pair may join (organisations)
     "k": 100,
     "stream": false}               # see below
builds an undirected nx.Graph from the edges (repeated edges collapse as in
NetworkX), then:

1. Candidates (timed apart, as "enumerate_s"): every pair {u, v} of distinct,
   non-adjacent eligible nodes with at least one common neighbour — the
   two-hop pairs graph-api's `twoHopPairs` yields — each pair once, written
   (u, v) with u < v as strings. Enumerated in plain Python from G's adjacency.
   ebunch=None (every non-edge of the graph, ~n²/2 pairs) would give the same
   top K, since every other pair scores 0, but is far out of reach at 100,000
   nodes.
2. The computation (after gc.collect() and gc.freeze(), so that Python's
   cyclic GC does not rescan the long-lived candidate list — which only helps
   NetworkX; timed, as "compute_s"; time.perf_counter around it only):
       heapq.nsmallest(k, ((-p, u, v) for u, v, p in
                           nx.resource_allocation_index(G, ebunch=candidates)))
   i.e. NetworkX's own resource_allocation_index over the candidate list, and
   a bounded top K ordered by score (highest first), ties broken by (u, v) —
   the same order as tests/networkx/link_prediction.py's topk mode.

With "stream": true the candidates are not materialised: the ebunch is a
re-iterable object that enumerates them lazily (NetworkX iterates the ebunch
twice, once to check the nodes and once to score), for graphs whose candidate
list does not fit in memory. Enumeration is then inside "compute_s" (twice).

Prints progress on stderr ("progress <phase> <pairs> <seconds>") every
`progressEvery` pairs, so that a caller that kills a run which exceeds its
budget can still report how far it got.

Writes one JSON object on stdout:
    {"networkx", "python", "nodes", "edges", "candidates", "enumerate_s",
     "compute_s", "topk": [[u, v, score], ...]}
"""

import gc
import heapq
import json
import platform
import sys
import time

import networkx as nx


def two_hop_pairs(G, eligible):
    adj = G._adj
    for u in G:
        if u not in eligible:
            continue
        nu = adj[u]
        reach = set()
        for w in nu:
            reach.update(adj[w])
        reach.difference_update(nu)
        reach.discard(u)
        for v in reach:
            if u < v and v in eligible:
                yield (u, v)


class Candidates:
    """Re-iterable lazy ebunch, reporting progress."""

    def __init__(self, G, eligible, every, started):
        self.G, self.eligible, self.every, self.started = G, eligible, every, started
        self.passes = 0
        self.count = None

    def __iter__(self):
        self.passes += 1
        phase = "check" if self.passes == 1 else "score"
        count = 0
        for pair in two_hop_pairs(self.G, self.eligible):
            count += 1
            if count % self.every == 0:
                progress(phase, count, time.perf_counter() - self.started)
            yield pair
        self.count = count
        progress(phase + "-done", count, time.perf_counter() - self.started)


def progress(phase, count, seconds):
    sys.stderr.write(f"progress {phase} {count} {seconds:.3f}\n")
    sys.stderr.flush()


def run(request) -> dict:
    k = int(request.get("k", 100))
    every = int(request.get("progressEvery", 5_000_000))
    stream = bool(request.get("stream", False))
    G = nx.Graph()
    G.add_nodes_from(request.get("nodes", []))
    G.add_edges_from((u, v) for u, v in request["edges"])
    eligible = frozenset(request["eligible"])

    if stream:
        enumerate_s = None
        count = None
        started = time.perf_counter()
        ebunch = Candidates(G, eligible, every, started)
    else:
        started = time.perf_counter()
        ebunch = []
        append = ebunch.append
        for pair in two_hop_pairs(G, eligible):
            append(pair)
            if len(ebunch) % every == 0:
                progress("enumerate", len(ebunch), time.perf_counter() - started)
        enumerate_s = time.perf_counter() - started
        count = len(ebunch)
        progress("enumerate-done", count, enumerate_s)

    # The candidate list and the graph are long-lived: keep the cyclic GC from
    # rescanning them during the timed part (this only helps NetworkX).
    gc.collect()
    gc.freeze()

    # ---- the timed computation: NetworkX's scores, bounded top K ----
    t0 = time.perf_counter()
    if stream:
        ebunch.started = t0
    top = heapq.nsmallest(k, ((-p, u, v) for u, v, p in nx.resource_allocation_index(G, ebunch=ebunch)))
    compute_s = time.perf_counter() - t0
    if stream:
        count = ebunch.count
    # -----------------------------------------------------------------

    return {
        "networkx": nx.__version__,
        "python": platform.python_version(),
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "candidates": count,
        "enumerate_s": enumerate_s,
        "compute_s": compute_s,
        "topk": [[u, v, -neg] for neg, u, v in top],
    }


if __name__ == "__main__":
    out = run(json.load(sys.stdin))
    sys.stdout.write(json.dumps(out) + "\n")

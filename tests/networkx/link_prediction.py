"""NetworkX reference for graph-api's link-prediction heuristics.

Reads JSON on stdin:
    {"edges": [[u, v], ...], "nodes": [extra node ids], "pairs": [[u, v], ...], "topk": K?}
builds an undirected nx.Graph from the edges exactly as given (NetworkX's own
handling of repeated edges applies; self-loops, if any, are kept as NetworkX
keeps them), and prints JSON:
    {"networkx": version,
     "nodes": n, "edges": m,
     "scores": [[common_neighbors, jaccard, adamic_adar, resource_allocation,
                 preferential_attachment], ...]}   # one row per pair, same order
With "topk": K, also "topk": [[u, v, resource_allocation], ...], NetworkX's own
top K by nx.resource_allocation_index over all non-edges of the graph (no
ebunch), or, if "candidates": [ids] is given, over all non-adjacent pairs of
distinct candidates. Each pair is written with u < v as strings; ties are
broken by (u, v).

Used by tests/integration/link-prediction-networkx.int.test.ts.
Install: python3 -m pip install -r tests/networkx/requirements.txt
"""

import itertools
import json
import sys

import networkx as nx


def main() -> None:
    request = json.load(sys.stdin)
    G = nx.Graph()
    G.add_nodes_from(request.get("nodes", []))
    G.add_edges_from((u, v) for u, v in request.get("edges", []))
    pairs = [(u, v) for u, v in request.get("pairs", [])]

    common = [len(list(nx.common_neighbors(G, u, v))) for u, v in pairs]
    jaccard = [p for _, _, p in nx.jaccard_coefficient(G, ebunch=pairs)]
    adamic_adar = [p for _, _, p in nx.adamic_adar_index(G, ebunch=pairs)]
    resource = [p for _, _, p in nx.resource_allocation_index(G, ebunch=pairs)]
    preferential = [p for _, _, p in nx.preferential_attachment(G, ebunch=pairs)]

    out = {
        "networkx": nx.__version__,
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "scores": [list(row) for row in zip(common, jaccard, adamic_adar, resource, preferential)],
    }

    k = request.get("topk")
    if k:
        candidates = request.get("candidates")
        ebunch = None
        if candidates is not None:
            ebunch = [(u, v) for u, v in itertools.combinations(dict.fromkeys(candidates), 2) if not G.has_edge(u, v)]
        ranked = []
        for u, v, p in nx.resource_allocation_index(G, ebunch=ebunch):
            a, b = (u, v) if str(u) < str(v) else (v, u)
            ranked.append((-p, a, b))
        ranked.sort()
        out["topk"] = [[a, b, -neg] for neg, a, b in ranked[:k]]

    # json.dumps (C encoder) then one write: json.dump streams in small pieces, several times slower.
    sys.stdout.write(json.dumps(out) + "\n")


if __name__ == "__main__":
    main()

"""NetworkX reference for graph-api's network metrics (issue 8 §6).

Reads JSON on stdin:
    {"nodes": [ids], "relationships": [[u, v], ...],
     "communities": {id: community}?,          # graph-api's Louvain partition
     "files": {"graphml": path, "gexf": path}?  # exports to read back
    }
builds an undirected nx.Graph whose edge weight is the number of
relationships between two distinct nodes (self-loops dropped), and prints JSON:
    {"networkx": version, "nodes": n, "edges": m,
     "metrics": {id: [degree, weighted_degree, betweenness, closeness,
                      pagerank, clustering, eigenvector]},
     "louvain_modularity": modularity of nx.community.louvain_communities,
     "partition_modularity": modularity of the given partition (if any),
     "files": {name: {"nodes": {id: attrs}, "edges": [[u, v, attrs]]}}}

Definitions: betweenness_centrality(normalized=True), closeness_centrality
(wf_improved=True), pagerank(alpha=0.85, weight="weight", tol=1e-12),
clustering() unweighted, degree(weight="weight"),
eigenvector_centrality(weight="weight", tol=1e-10, max_iter=10000).

Used by tests/integration/network-metrics-networkx.int.test.ts.
Install: python3 -m pip install -r tests/networkx/requirements.txt
"""

import json
import sys

import networkx as nx


def pagerank(G):
    # nx.pagerank needs SciPy; NetworkX's pure-Python implementation computes the same thing.
    try:
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

        return _pagerank_python(G, alpha=0.85, weight="weight", tol=1e-12, max_iter=10000)
    except ImportError:
        return nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-12, max_iter=10000)


def eigenvector(G):
    if G.number_of_edges() == 0:
        return {v: 0.0 for v in G}
    return nx.eigenvector_centrality(G, weight="weight", tol=1e-10, max_iter=10000)


def read_back(kind, path):
    G = nx.read_graphml(path) if kind == "graphml" else nx.read_gexf(path)
    return {
        "directed": G.is_directed(),
        "nodes": {str(n): {k: v for k, v in a.items()} for n, a in G.nodes(data=True)},
        "edges": [[str(u), str(v), {k: v2 for k, v2 in a.items()}] for u, v, a in G.edges(data=True)],
    }


def main() -> None:
    request = json.load(sys.stdin)
    G = nx.Graph()
    G.add_nodes_from(request.get("nodes", []))
    for u, v in request.get("relationships", []):
        G.add_node(u)
        G.add_node(v)
        if u == v:
            continue
        if G.has_edge(u, v):
            G[u][v]["weight"] += 1
        else:
            G.add_edge(u, v, weight=1)

    out = {"networkx": nx.__version__, "nodes": G.number_of_nodes(), "edges": G.number_of_edges()}
    if request.get("metrics", True):
        betweenness = nx.betweenness_centrality(G, normalized=True)
        closeness = nx.closeness_centrality(G, wf_improved=True)
        ranks = pagerank(G) if G.number_of_nodes() else {}
        clustering = nx.clustering(G)
        weighted = dict(G.degree(weight="weight"))
        eigen = eigenvector(G) if G.number_of_nodes() else {}
        out["metrics"] = {
            str(v): [G.degree(v), weighted[v], betweenness[v], closeness[v], ranks.get(v, 0.0), clustering[v], eigen[v]]
            for v in G.nodes
        }
        if G.number_of_edges():
            louvain = nx.community.louvain_communities(G, weight="weight", seed=42)
            out["louvain_modularity"] = nx.community.modularity(G, louvain, weight="weight")
        given = request.get("communities")
        if given:
            groups = {}
            for node, c in given.items():
                groups.setdefault(c, set()).add(node)
            out["partition_modularity"] = nx.community.modularity(G, list(groups.values()), weight="weight")
    out["files"] = {kind: read_back(kind, path) for kind, path in request.get("files", {}).items()}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()

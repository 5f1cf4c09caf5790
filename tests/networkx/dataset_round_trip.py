"""The researcher's round trip on a downloaded dataset version.

Reads JSON on stdin: {"dir": folder holding the dataset's files,
"api": {node id: {"degree", "weightedDegree", "betweenness", "pagerank",
"eigenvector", "community"}}, "modularity": the API's Louvain modularity}.

Checks every row of nodes.csv, edges.csv and communities.csv against the
types of datapackage.json (integers without a decimal point, numbers with
one, required values present, primary keys unique, foreign keys resolved),
loads the graph in NetworkX, recomputes degree, weighted degree,
betweenness, PageRank, eigenvector centrality and the modularity of the
dataset's communities, and prints JSON:
    {"networkx": version, "version": dataset version, "nodes": n, "edges": m,
     "relationships": r, "type_problems": [...], "max_diff": {metric: d},
     "missing": [ids the API has and the files lack, or the reverse],
     "modularity": recomputed, "graphml_version": G.graph's datasetVersion,
     "graphml_types_ok": bool}

Used by tests/integration/dataset-round-trip.int.test.ts.
"""

import csv
import io
import json
import os
import re
import sys

import networkx as nx

INTEGER = re.compile(r"^-?\d+$")
NUMBER = re.compile(r"^-?\d+\.\d+(e[-+]?\d+)?$|^-?\d(\.\d+)?e[-+]?\d+$")


def main() -> None:
    request = json.load(sys.stdin)
    folder = request["dir"]
    package = json.load(open(os.path.join(folder, "datapackage.json"), encoding="utf-8"))
    problems = []
    tables = {}
    for resource in package["resources"]:
        fields = {f["name"]: f for f in resource["schema"]["fields"]}
        text = open(os.path.join(folder, resource["path"]), encoding="utf-8-sig", newline="").read()
        reader = csv.DictReader(io.StringIO(text))
        if list(reader.fieldnames or []) != list(fields):
            problems.append(f"{resource['name']}: columns {reader.fieldnames} are not the datapackage's {list(fields)}")
        rows = []
        for line, row in enumerate(reader, start=2):
            typed = {}
            for name, value in row.items():
                field = fields.get(name)
                if field is None:
                    continue
                if value == "":
                    if field.get("constraints", {}).get("required"):
                        problems.append(f"{resource['path']}:{line} {name} is required")
                    continue
                kind = field["type"]
                if kind == "integer" and not INTEGER.match(value):
                    problems.append(f"{resource['path']}:{line} {name}={value!r} is not an integer")
                elif kind == "number" and not NUMBER.match(value):
                    problems.append(f"{resource['path']}:{line} {name}={value!r} is not written as a number with a decimal point")
                typed[name] = int(value) if kind == "integer" else float(value) if kind == "number" else value
            rows.append(typed)
        key = resource["schema"].get("primaryKey")
        if key and len({r[key] for r in rows}) != len(rows):
            problems.append(f"{resource['path']}: {key} is not unique")
        tables[resource["name"]] = rows

    nodes, edges = tables["nodes"], tables["edges"]
    ids = {n["id"] for n in nodes}
    for e in edges:
        for end in ("source", "target"):
            if e[end] not in ids:
                problems.append(f"edges.csv: {e['id']} {end} {e[end]} is not a node")

    G = nx.Graph()
    G.add_nodes_from((n["id"], n) for n in nodes)
    for e in edges:
        u, v = e["source"], e["target"]
        if G.has_edge(u, v):
            G[u][v]["weight"] += 1
        else:
            G.add_edge(u, v, weight=1)

    betweenness = nx.betweenness_centrality(G)
    pagerank = nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-10, max_iter=10000)
    eigenvector = nx.eigenvector_centrality(G, weight="weight", tol=1e-10, max_iter=10000)
    weighted = dict(G.degree(weight="weight"))
    api = request["api"]
    diffs = {k: 0.0 for k in ("degree", "weightedDegree", "betweenness", "pagerank", "eigenvector", "community", "file")}
    missing = sorted(set(api) ^ ids)
    for v in G:
        ours = api.get(v)
        if ours is None:
            continue
        recomputed = {
            "degree": G.degree(v),
            "weightedDegree": weighted[v],
            "betweenness": betweenness[v],
            "pagerank": pagerank[v],
            "eigenvector": eigenvector[v],
        }
        for k, x in recomputed.items():
            diffs[k] = max(diffs[k], abs(x - ours[k]))
            diffs["file"] = max(diffs["file"], abs(x - G.nodes[v][k]))
        diffs["community"] = max(diffs["community"], abs(G.nodes[v]["community"] - ours["community"]))

    groups = {}
    for v, a in G.nodes(data=True):
        groups.setdefault(a["community"], set()).add(v)
    modularity = nx.community.modularity(G, groups.values(), weight="weight") if G.number_of_edges() else 0.0
    sizes = {c["community"]: c["size"] for c in tables["communities"]}
    if sizes != {c: len(m) for c, m in groups.items()}:
        problems.append("communities.csv sizes differ from the nodes' communities")

    M = nx.read_graphml(os.path.join(folder, "graph.graphml"))
    graphml_types_ok = all(
        isinstance(a.get("degree"), int) and isinstance(a.get("betweenness"), float) and isinstance(a.get("weightedDegree"), float)
        for _, a in M.nodes(data=True)
    ) and all(isinstance(a.get("inseeCode", ""), str) for _, a in M.nodes(data=True))
    json_graph = nx.node_link_graph(json.load(open(os.path.join(folder, "graph.json"), encoding="utf-8")), edges="edges")
    json_types_ok = all(
        isinstance(a["betweenness"], float) and isinstance(a["weightedDegree"], float) and isinstance(a["degree"], int)
        for _, a in json_graph.nodes(data=True)
    )

    print(
        json.dumps(
            {
                "networkx": nx.__version__,
                "version": package["version"],
                "nodes": G.number_of_nodes(),
                "edges": G.number_of_edges(),
                "relationships": len(edges),
                "type_problems": problems[:20],
                "max_diff": diffs,
                "missing": missing[:20],
                "modularity": modularity,
                "graphml_version": M.graph.get("datasetVersion"),
                "graphml_licence": M.graph.get("licence"),
                "graphml_edge_ids": sorted(k for _, _, k in M.edges(keys=True)),
                "graphml_types_ok": graphml_types_ok,
                "json_types_ok": json_types_ok,
            }
        )
    )


if __name__ == "__main__":
    main()

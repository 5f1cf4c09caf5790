"""Writes tools/data/real-networks.json: the real observed networks the
offline evaluation of partnership suggestions runs on (npm run
eval:opportunities), read from the packages that ship them, so that the
evaluation itself reads nothing from outside.

    python3 -m pip install -r tests/networkx/requirements.txt
    python3 -m pip download --no-binary :all: --no-deps networkx==3.6.1 -d /tmp/nx-sdist
    python3 -m pip download --no-deps graspologic==3.4.4 -d /tmp/nets
    (cd /tmp/nets && npm pack vega-datasets@3.2.1)
    python3 tools/networks/export_networks.py /tmp/nx-sdist/networkx-3.6.1.tar.gz \
        /tmp/nets/graspologic-3.4.4-py3-none-any.whl /tmp/nets/vega-datasets-3.2.1.tgz

The last two are read as archives: nothing of graspologic or vega-datasets is
installed or run.

Each network is an undirected simple graph (directions dropped, repeated
edges and self-loops removed), its nodes as strings. Karate club and Les
Misérables are left out on purpose: they are kept for an outside check.
"""

import gzip
import io
import json
import re
import sys
import csv
import tarfile
import zipfile
from pathlib import Path

import networkx as nx
from networkx.algorithms import bipartite
from sknetwork.data import painters

OUT = Path(__file__).resolve().parents[1] / "data" / "real-networks.json"


def simple(G):
    H = nx.Graph()
    H.add_nodes_from(str(n) for n in G.nodes)
    H.add_edges_from((str(u), str(v)) for u, v in G.edges if u != v)
    return H


def at_least(P, weight):
    """The weighted projection's nodes, with the links of at least `weight`."""
    G = nx.Graph()
    G.add_nodes_from(P.nodes)
    G.add_edges_from((u, v) for u, v, d in P.edges(data=True) if d["weight"] >= weight)
    return G


def roget(text):
    """As networkx's examples/graph/plot_roget.py reads it."""
    G = nx.DiGraph()
    old = ""
    for line in io.StringIO(text):
        if line.startswith("*"):
            continue
        if line.startswith(" "):
            line = old + line
        if line.endswith("\\\n"):
            old = line.strip("\\\n")
            continue
        head_name, tails = line.split(":")
        head = re.findall(r"^\d+", head_name)[0]
        G.add_node(head)
        for tail in tails.split():
            if tail != head:
                G.add_edge(head, tail)
    return G


def drosophila(text):
    """The left mushroom body's neurons, a link where either synapses onto the other."""
    rows = [line.split() for line in text.splitlines() if line.strip()]
    G = nx.Graph()
    G.add_nodes_from(str(i) for i in range(len(rows)))
    G.add_edges_from((str(i), str(j)) for i, row in enumerate(rows) for j, w in enumerate(row) if float(w) > 0 and i != j)
    return G


def flights(text):
    """Airports, a link where at least one flight went from one to the other in 2008."""
    G = nx.Graph()
    G.add_edges_from((r["origin"], r["destination"]) for r in csv.DictReader(io.StringIO(text)))
    return G


def main(sdist, graspologic_wheel, vega_tgz):
    with tarfile.open(sdist) as tar:
        base = "networkx-3.6.1/examples/"
        hartford = tar.extractfile(base + "algorithms/hartford_drug.edgelist").read().decode()
        roget_text = gzip.decompress(tar.extractfile(base + "graph/roget_dat.txt.gz").read()).decode()

    with zipfile.ZipFile(graspologic_wheel) as wheel:
        mushroom_body = wheel.read("graspologic/datasets/drosophila/left_adjacency.csv").decode()
    with tarfile.open(vega_tgz) as tar:
        routes = tar.extractfile("package/data/flights-airport.csv").read().decode()

    davis = nx.davis_southern_women_graph()
    women = [n for n, d in davis.nodes(data=True) if d["bipartite"] == 0]
    p = painters(metadata=True)
    painter_graph = nx.Graph()
    painter_graph.add_nodes_from(str(name) for name in p.names)
    rows, cols = p.adjacency.nonzero()
    painter_graph.add_edges_from((str(p.names[r]), str(p.names[c])) for r, c in zip(rows, cols))

    networks = [
        {
            "key": "florentine",
            "name": "Florentine families (marriages)",
            "source": "networkx 3.6.1 (PyPI), networkx.florentine_families_graph()",
            "citation": "Padgett, J. F. & Ansell, C. K. (1993). Robust action and the rise of the Medici, 1400–1434. American Journal of Sociology 98(6), 1259–1319.",
            "graph": simple(nx.florentine_families_graph()),
        },
        {
            "key": "davis",
            "name": "Southern women (at least 3 events attended together)",
            "source": "networkx 3.6.1 (PyPI), networkx.davis_southern_women_graph(), projected onto the 18 women with networkx.bipartite.weighted_projected_graph, a link where two women attended at least 3 of the same events (the plain projection links 139 of the 153 pairs, leaving 14 unlinked: nothing to predict)",
            "citation": "Davis, A., Gardner, B. B. & Gardner, M. R. (1941). Deep South: A Social Anthropological Study of Caste and Class. University of Chicago Press.",
            "graph": simple(at_least(bipartite.weighted_projected_graph(davis, women), 3)),
        },
        {
            "key": "hartford",
            "name": "Hartford drug users",
            "source": "networkx 3.6.1 source distribution (PyPI), examples/algorithms/hartford_drug.edgelist; directions dropped",
            "citation": "Weeks, M. R., Clair, S., Borgatti, S. P., Radda, K. & Schensul, J. J. (2002). Social networks of drug users in high-risk sites: finding the connections. AIDS and Behavior 6(2), 193–206.",
            "graph": simple(nx.read_edgelist(io.StringIO(hartford))),
        },
        {
            "key": "roget",
            "name": "Roget's Thesaurus cross-references (1879)",
            "source": "networkx 3.6.1 source distribution (PyPI), examples/graph/roget_dat.txt.gz (from the Stanford GraphBase); directions dropped",
            "citation": "Knuth, D. E. (1993). The Stanford GraphBase: A Platform for Combinatorial Computing. ACM Press / Addison-Wesley (roget.dat: cross-references in Roget's Thesaurus, 1879).",
            "graph": simple(roget(roget_text)),
        },
        {
            "key": "painters",
            "name": "Painters (links between their Wikipedia articles)",
            "source": "scikit-network 0.33 (PyPI), sknetwork.data.painters(); directions dropped",
            "citation": "scikit-network's toy data set: hyperlinks between the English Wikipedia articles of 14 painters (Bonald, T., de Lara, N., Lutz, Q. & Charpentier, B. (2020). Scikit-network: Graph analysis in Python. JMLR 21(185), 1–6).",
            "graph": simple(painter_graph),
        },
        {
            "key": "drosophila",
            "name": "Drosophila larva mushroom body (left), neurons linked by synapses",
            "source": "graspologic 3.4.4 (PyPI), graspologic/datasets/drosophila/left_adjacency.csv (what graspologic.datasets.load_drosophila_left() reads); directions and synapse counts dropped",
            "citation": "Eichler, K., Li, F., Litwin-Kumar, A. et al. (2017). The complete connectome of a learning and memory centre in an insect brain. Nature 548, 175–182.",
            "graph": simple(drosophila(mushroom_body)),
        },
        {
            "key": "airports",
            "name": "US airports linked by domestic flights (2008)",
            "source": "vega-datasets 3.2.1 (npm), data/flights-airport.csv (flights per route in 2008); directions and counts dropped",
            "citation": "U.S. Bureau of Transportation Statistics, Airline On-Time Performance data, 2008 (as aggregated per route by vega-datasets).",
            "graph": simple(flights(routes)),
        },
    ]
    out = []
    for n in networks:
        G = n.pop("graph")
        out.append({**n, "nodes": sorted(G.nodes), "edges": sorted(sorted(e) for e in G.edges)})
        print(f"{n['key']}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges", file=sys.stderr)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"networkx": nx.__version__, "networks": out}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])

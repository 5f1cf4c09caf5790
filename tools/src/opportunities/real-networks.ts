/**
 * The real observed networks the evaluation runs on, as
 * tools/networks/export_networks.py wrote them into
 * tools/data/real-networks.json from the packages that ship them (each with
 * its source and citation). Every node is taken as an organisation and every
 * link as a partnership: they have no places, themes, legal forms or kinds,
 * so the signals built on those do not vary and weigh nothing.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EvaluationInput } from "./evaluation";

export interface RealNetwork {
  key: string;
  name: string;
  source: string;
  citation: string;
  nodes: string[];
  edges: [string, string][];
}

export const REAL_NETWORKS_FILE = join(__dirname, "..", "..", "data", "real-networks.json");

export function loadRealNetworks(file = REAL_NETWORKS_FILE): RealNetwork[] {
  const data = JSON.parse(readFileSync(file, "utf8")) as { networks: RealNetwork[] };
  return data.networks;
}

export function realNetworkInput(network: RealNetwork): EvaluationInput {
  const edges = network.edges.map(([source, target]) => ({ source, target }));
  return {
    edges,
    partnerships: edges,
    profiles: network.nodes.map((id) => ({
      id,
      kind: "Organisation",
      inseeCode: null,
      latitude: null,
      longitude: null,
      themes: [],
    })),
  };
}

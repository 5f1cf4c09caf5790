/**
 * Runs tests/networkx/network_metrics.py, the NetworkX reference of the
 * network metrics and the reader of exported files. Throws (so that the test
 * fails, never skips) when python3 or the pinned NetworkX is missing.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const SCRIPT = join(ROOT, "tests", "networkx", "network_metrics.py");
const INSTALL = "python3 -m pip install -r tests/networkx/requirements.txt";

export interface ReadBack {
  directed: boolean;
  nodes: Record<string, Record<string, unknown>>;
  edges: [string, string, Record<string, unknown>][];
}

export interface NetworkxMetrics {
  networkx: string;
  nodes: number;
  edges: number;
  /** [degree, weighted degree, betweenness, closeness, pagerank, clustering] per node id. */
  metrics?: Record<string, number[]>;
  louvain_modularity?: number;
  partition_modularity?: number;
  files: Record<string, ReadBack>;
}

export function runNetworkx(request: {
  nodes?: string[];
  relationships?: [string, string][];
  communities?: Record<string, number>;
  metrics?: boolean;
  files?: Record<string, string>;
}): NetworkxMetrics {
  const run = spawnSync("python3", [SCRIPT], {
    cwd: ROOT,
    input: JSON.stringify(request),
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (run.error)
    throw new Error(`Cannot run python3 (${run.error.message}). Install Python 3, then run \`${INSTALL}\`.`);
  if (run.status !== 0) {
    if (/No module named ['"]?networkx/.test(run.stderr))
      throw new Error(`NetworkX is not installed for python3. Run \`${INSTALL}\`.\n${run.stderr}`);
    throw new Error(
      `tests/networkx/network_metrics.py exited with ${run.status ?? run.signal}:\n${run.stderr.slice(-4000)}`,
    );
  }
  const response = JSON.parse(run.stdout) as NetworkxMetrics;
  const pinned = /^networkx==(\S+)/m.exec(
    readFileSync(join(ROOT, "tests", "networkx", "requirements.txt"), "utf8"),
  )?.[1];
  if (response.networkx !== pinned)
    throw new Error(
      `python3 has NetworkX ${response.networkx}, the comparison is pinned to ${pinned}. Run \`${INSTALL}\`.`,
    );
  return response;
}

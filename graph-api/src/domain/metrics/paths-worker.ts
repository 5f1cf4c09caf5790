/**
 * Worker thread for paths.ts: runs accumulatePaths on its share of the BFS
 * sources and posts the two sums back (transferred, not copied).
 */
import { parentPort, workerData } from "node:worker_threads";
import { accumulatePaths, type BrandesGraph } from "./brandes";

export interface PathsWorkerData {
  graph: BrandesGraph;
  sources: Int32Array;
  scale: Float64Array;
  linear: boolean;
}

const { graph, sources, scale, linear } = workerData as PathsWorkerData;
const n = graph.offsets.length - 1;
const sums = { betweenness: new Float64Array(n), distanceSum: new Float64Array(n) };
accumulatePaths(graph, sources, scale, linear, sums);
parentPort!.postMessage(sums, [sums.betweenness.buffer, sums.distanceSum.buffer]);

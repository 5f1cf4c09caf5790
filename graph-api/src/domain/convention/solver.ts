/**
 * The one place the meeting-grid programme meets a solver: HiGHS (University
 * of Edinburgh), compiled to WebAssembly by the `highs` npm package. The
 * solve blocks the event loop for at most `timeLimitSeconds`.
 */
import highsLoader, { type Highs } from "highs";
import { meetingsOf, startingSchedule, type ScheduleModel, type ScheduledMeeting } from "./schedule-model";

/** What the solver reports, in words a coordinator can be told. */
export type SolveStatus = "OPTIMAL" | "WITHIN_GAP" | "TIME_LIMIT" | "INFEASIBLE" | "EMPTY" | "FAILED";

export interface SolveResult {
  status: SolveStatus;
  /** Value of the schedule found (0 when none). */
  objective: number;
  /** Relative distance between the schedule found and the best possible (0 when proved optimal); null when unknown. */
  gap: number | null;
  meetings: ScheduledMeeting[];
  seconds: number;
  /** Columns and rows of the programme, for the record. */
  size: { columns: number; rows: number };
}

export interface SolveOptions {
  /** Stop when the schedule is within this relative gap of the best possible (0.01 = 1 %). */
  relativeGap?: number;
  timeLimitSeconds?: number;
}

let loading: Promise<Highs> | undefined;
const solverRuntime = () => (loading ??= highsLoader());

export async function solveSchedule(model: ScheduleModel, options: SolveOptions = {}): Promise<SolveResult> {
  const started = performance.now();
  const size = { columns: model.numCols, rows: model.numRows };
  const done = (r: Omit<SolveResult, "seconds" | "size">): SolveResult => ({
    ...r,
    seconds: (performance.now() - started) / 1000,
    size,
  });
  if (model.numCols === 0) {
    const impossible = Array.from(model.rowLower).some((lo) => lo > 0);
    return done({
      status: impossible ? "INFEASIBLE" : "EMPTY",
      objective: 0,
      gap: impossible ? null : 0,
      meetings: [],
    });
  }
  const highs = await solverRuntime();
  const { constants } = highs;
  return highs.withModel((m) => {
    m.options.set({
      output_flag: false,
      mip_rel_gap: options.relativeGap ?? 0.001,
      time_limit: options.timeLimitSeconds ?? 30,
    });
    m.passModel({
      numCols: model.numCols,
      numRows: model.numRows,
      sense: constants.objectiveSense.maximize,
      colCost: model.colCost,
      colLower: model.colLower,
      colUpper: model.colUpper,
      rowLower: model.rowLower.map((v) => (Number.isFinite(v) ? v : -highs.infinity)),
      rowUpper: model.rowUpper.map((v) => (Number.isFinite(v) ? v : highs.infinity)),
      matrix: {
        format: "csr",
        numRows: model.numRows,
        numCols: model.numCols,
        starts: model.starts,
        indices: model.indices,
        values: new Float64Array(model.indices.length).fill(1),
      },
      integrality: new Int32Array(model.numCols).fill(constants.variableType.integer),
    });
    m.setSolution({ colValue: startingSchedule(model) });
    const run = m.run();
    const codes = constants.modelStatus;
    const status = run.modelStatus;
    const info = (name: string) => {
      try {
        return Number(m.info.get(name));
      } catch {
        return Number.NaN;
      }
    };
    const hasSolution = info("primal_solution_status") >= 2;
    if (status === codes.infeasible) return done({ status: "INFEASIBLE", objective: 0, gap: null, meetings: [] });
    if (!hasSolution)
      return done({
        status: status === codes.timeLimit ? "TIME_LIMIT" : "FAILED",
        objective: 0,
        gap: null,
        meetings: [],
      });
    const meetings = meetingsOf(model, m.getSolution().colValue);
    const objective = m.getObjectiveValue();
    const gapInfo = info("mip_gap");
    const gap = status === codes.optimal && !(gapInfo > 0) ? 0 : Number.isFinite(gapInfo) ? gapInfo : null;
    // HiGHS calls "optimal" a schedule proved within the gap asked for; say which.
    return done({
      status: status !== codes.optimal ? "TIME_LIMIT" : gap !== null && gap > 1e-9 ? "WITHIN_GAP" : "OPTIMAL",
      objective,
      gap,
      meetings,
    });
  });
}

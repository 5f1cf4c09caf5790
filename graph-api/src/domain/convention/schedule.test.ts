import {
  assignTables,
  buildScheduleModel,
  meetingsOf,
  startingSchedule,
  pairKey,
  scheduleValue,
  scheduleViolations,
  type ScheduleInstance,
  type ScheduledMeeting,
} from "./schedule-model";
import { solveSchedule } from "./solver";
import { randomInstance } from "./random-instance";

/** The best schedule by trying every assignment of each candidate pair to "not met" or one slot. */
function bruteForceBest(instance: ScheduleInstance): number {
  const model = buildScheduleModel(instance);
  const options = model.pairs.map((_, pi) => [-1, ...model.columns.filter((c) => c.pair === pi).map((c) => c.slot)]);
  let best = Number.NEGATIVE_INFINITY;
  const chosen: ScheduledMeeting[] = [];
  const walk = (pi: number) => {
    if (pi === model.pairs.length) {
      if (scheduleViolations(instance, chosen).length === 0) best = Math.max(best, scheduleValue(chosen));
      return;
    }
    for (const slot of options[pi]) {
      if (slot >= 0) chosen.push({ ...model.pairs[pi], slot });
      walk(pi + 1);
      if (slot >= 0) chosen.pop();
    }
  };
  walk(0);
  return best;
}

describe("the meeting grid", () => {
  it("meets every constraint on random conventions", async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const instance = randomInstance(seed, {
        structures: 2 + (seed % 4),
        businesses: 4 + (seed % 7),
        slots: 3 + (seed % 5),
        tables: 1 + (seed % 4),
        unavailableShare: 0.4,
      });
      // Some minimums, a forbidden pair and a pinned meeting, as coordinators set them.
      instance.participants.forEach((p, i) => {
        if (i % 5 === 0) (p as { minMeetings: number }).minMeetings = 1;
      });
      const [first, second] = instance.pairs;
      const withRules: ScheduleInstance = {
        ...instance,
        forbidden: second ? [{ a: second.a, b: second.b }] : [],
        pinned: first ? [{ a: first.a, b: first.b, slot: 0 }] : [],
      };
      const result = await solveSchedule(buildScheduleModel(withRules));
      if (result.status === "INFEASIBLE") {
        // Only when some minimum cannot be met: without minimums the same day always has a schedule.
        const relaxed = { ...withRules, participants: withRules.participants.map((p) => ({ ...p, minMeetings: 0 })) };
        expect((await solveSchedule(buildScheduleModel(relaxed))).status).not.toBe("INFEASIBLE");
        continue;
      }
      expect(["OPTIMAL", "WITHIN_GAP"]).toContain(result.status);
      expect(scheduleViolations(withRules, result.meetings)).toEqual([]);
      if (first) expect(result.meetings).toContainEqual(expect.objectContaining({ a: first.a, b: first.b, slot: 0 }));
      if (second) expect(result.meetings.some((m) => pairKey(m.a, m.b) === pairKey(second.a, second.b))).toBe(false);
    }
  });

  it("finds the best schedule, as trying every schedule does, on small conventions", async () => {
    for (let seed = 100; seed < 115; seed++) {
      const instance = randomInstance(seed, {
        structures: 2,
        businesses: 3 + (seed % 2),
        slots: 2 + (seed % 2),
        tables: 1 + (seed % 2),
        density: 0.8,
        unavailableShare: 0.3,
        businessMax: 1 + (seed % 2),
      });
      const result = await solveSchedule(buildScheduleModel(instance), { relativeGap: 0 });
      expect(result.status).toBe("OPTIMAL");
      expect(result.objective).toBeCloseTo(bruteForceBest(instance), 6);
      expect(scheduleValue(result.meetings)).toBeCloseTo(result.objective, 6);
    }
  });

  it("starts the solver from a schedule that meets every constraint but the minimums", () => {
    for (let seed = 200; seed < 220; seed++) {
      const instance = randomInstance(seed, {
        structures: 4,
        businesses: 12,
        slots: 6,
        tables: 3,
        unavailableShare: 0.4,
      });
      const [first] = instance.pairs;
      const pinned = first ? [{ a: first.a, b: first.b, slot: 2 }] : [];
      const model = buildScheduleModel({ ...instance, pinned });
      const start = meetingsOf(model, startingSchedule(model));
      expect(scheduleViolations({ ...instance, pinned }, start)).toEqual([]);
      expect(start.length).toBeGreaterThan(0);
    }
  });

  it("says so when a participant's minimum cannot be met", async () => {
    const instance: ScheduleInstance = {
      participants: [
        { id: "a", minMeetings: 2, maxMeetings: 3, unavailable: [] },
        { id: "b", minMeetings: 0, maxMeetings: 3, unavailable: [] },
      ],
      slots: 3,
      tables: 2,
      pairs: [{ a: "a", b: "b", value: 1 }],
    };
    expect((await solveSchedule(buildScheduleModel(instance))).status).toBe("INFEASIBLE");
  });

  it("gives columns only to candidate pairs, in the slots both members are free", () => {
    const model = buildScheduleModel({
      participants: [
        { id: "a", minMeetings: 0, maxMeetings: 2, unavailable: [1] },
        { id: "b", minMeetings: 0, maxMeetings: 2, unavailable: [] },
        { id: "c", minMeetings: 0, maxMeetings: 2, unavailable: [] },
      ],
      slots: 3,
      tables: 1,
      pairs: [{ a: "a", b: "b", value: 2 }],
    });
    expect(model.columns).toEqual([
      { pair: 0, slot: 0 },
      { pair: 0, slot: 2 },
    ]);
  });

  it("numbers tables from 1 in each slot, keeping a pinned meeting's table", () => {
    const tables = assignTables(
      [
        { a: "a", b: "b", slot: 0 },
        { a: "c", b: "d", slot: 0 },
        { a: "a", b: "d", slot: 1 },
      ],
      new Map([["c+d@0", 1]]),
    );
    expect(tables).toEqual([
      { a: "c", b: "d", slot: 0, table: 1 },
      { a: "a", b: "b", slot: 0, table: 2 },
      { a: "a", b: "d", slot: 1, table: 1 },
    ]);
  });
});

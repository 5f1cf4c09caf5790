/**
 * Random conventions, reproducible from a seed: for the property tests and
 * the benchmark (bench/convention.mjs). Structures meet businesses; each pair
 * has a suggestion-like score, some pairs a stated wish.
 */
import { mulberry32 } from "@maillage/model";
import type { ScheduleInstance } from "./schedule-model";

export interface RandomConventionShape {
  structures: number;
  businesses: number;
  slots: number;
  tables: number;
  /** Share of structure–business pairs with a positive suggestion score (default 0.5). */
  density?: number;
  /** Share of participants unavailable for part of the day (default 0.2). */
  unavailableShare?: number;
  /** Most meetings of a structure and of a business (default: every slot, and a third of the slots). */
  structureMax?: number;
  businessMax?: number;
}

export function randomInstance(seed: number, shape: RandomConventionShape): ScheduleInstance {
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  const { structures, businesses, slots, tables } = shape;
  const density = shape.density ?? 0.5;
  const structureIds = Array.from({ length: structures }, (_, i) => `s${i}`);
  const businessIds = Array.from({ length: businesses }, (_, i) => `b${i}`);
  const unavailable = () => {
    if (random() >= (shape.unavailableShare ?? 0.2)) return [];
    const from = int(slots);
    return Array.from({ length: 1 + int(Math.max(1, slots / 4)) }, (_, k) => from + k).filter((s) => s < slots);
  };
  const structureMax = shape.structureMax ?? slots;
  const businessMax = shape.businessMax ?? Math.max(1, Math.ceil(slots / 3));
  const participants = [
    ...structureIds.map((id) => ({ id, minMeetings: 0, maxMeetings: structureMax, unavailable: unavailable() })),
    ...businessIds.map((id) => ({ id, minMeetings: 0, maxMeetings: businessMax, unavailable: unavailable() })),
  ];
  const pairs = [];
  for (const a of structureIds)
    for (const b of businessIds) {
      if (random() >= density) continue;
      // Suggestion scores in [0.2, 1] (× 10), and a stated wish (weight 1 to 3, × 5) on one pair in five.
      const score = 0.2 + 0.8 * random();
      const wish = random() < 0.2 ? 1 + int(3) : 0;
      pairs.push({ a, b, value: Math.round((score * 10 + wish * 5) * 100) / 100 });
    }
  return { participants, slots, tables, pairs };
}

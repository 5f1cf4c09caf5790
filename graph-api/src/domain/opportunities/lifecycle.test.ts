import type { GraphWriter } from "../ports";
import type { OpportunityFinder } from "./finder";
import { InvalidOutcome, recordOutcome } from "./lifecycle";

/** Outcomes refused for their arguments are refused before anything is read or written. */
const untouched = {
  finder: {
    get: () => Promise.reject(new Error("read the graph")),
    invalidate: () => {},
  } as unknown as OpportunityFinder,
  writer: { transaction: () => Promise.reject(new Error("wrote to the graph")) } as GraphWriter,
};

describe("recordOutcome's arguments", () => {
  it("refuses an unknown partnership kind, naming the argument and the kinds it takes", async () => {
    const refused = recordOutcome(
      untouched.finder,
      untouched.writer,
      "PARTNERSHIP:a:b",
      { type: "ACCEPTED", partnershipKind: "FRIENDSHIP" },
      "claire",
    );
    await expect(refused).rejects.toBeInstanceOf(InvalidOutcome);
    await expect(refused).rejects.toMatchObject({
      argument: "partnershipKind",
      message: 'partnershipKind must be COMMERCIAL, SPONSORSHIP, SKILLS_SPONSORSHIP or CO_PROJECT (got "FRIENDSHIP")',
    });
  });

  it("refuses a decline without a reason, naming the argument", async () => {
    const refused = recordOutcome(
      untouched.finder,
      untouched.writer,
      "PARTNERSHIP:a:b",
      { type: "DECLINED", reason: "  " },
      "claire",
    );
    await expect(refused).rejects.toMatchObject({
      argument: "reason",
      message: expect.stringMatching(/needs a reason/),
    });
  });

  it("refuses an overlong note and a reason hiding a text-direction override, naming the argument", async () => {
    const note = recordOutcome(
      untouched.finder,
      untouched.writer,
      "PARTNERSHIP:a:b",
      { type: "CONTACTED", note: "n".repeat(2001) },
      "claire",
    );
    await expect(note).rejects.toMatchObject({ argument: "note", message: "note: must be at most 2000 characters" });
    const reason = recordOutcome(
      untouched.finder,
      untouched.writer,
      "PARTNERSHIP:a:b",
      { type: "DECLINED", reason: "Pas le moment \u202Etnemom" },
      "claire",
    );
    await expect(reason).rejects.toMatchObject({
      argument: "reason",
      message: expect.stringMatching(/^reason: must not contain .*U\+202E/),
    });
  });
});

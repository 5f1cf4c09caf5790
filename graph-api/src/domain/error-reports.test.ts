import { formStamp, judgeSubmission, MAX_FILL_MS } from "./error-reports";

const secret = Buffer.alloc(32, 7);
const now = 1_800_000_000_000;
const shown = now - 20_000;
const body = (over: Record<string, unknown> = {}) => ({
  stamp: formStamp(secret, "s1", shown),
  message: "L'adresse a changé : 3 rue Neuve.",
  email: "",
  website: "",
  ...over,
});

describe("error reports from visitors", () => {
  it("keeps a person's report, trimmed, the email optional", () => {
    expect(judgeSubmission(body({ email: " a@b.fr " }), "s1", secret, now)).toEqual({
      kind: "ok",
      submission: { message: "L'adresse a changé : 3 rue Neuve.", email: "a@b.fr" },
    });
    expect(judgeSubmission(body(), "s1", secret, now)).toEqual({
      kind: "ok",
      submission: { message: "L'adresse a changé : 3 rue Neuve.", email: null },
    });
  });

  it("drops what a robot sends: the hidden field filled, no stamp, a forged one, another structure's, or sent too fast", () => {
    expect(judgeSubmission(body({ website: "http://spam.example" }), "s1", secret, now).kind).toBe("robot");
    expect(judgeSubmission(body({ stamp: undefined }), "s1", secret, now).kind).toBe("robot");
    expect(judgeSubmission(body({ stamp: `${shown}.${"A".repeat(43)}` }), "s1", secret, now).kind).toBe("robot");
    expect(judgeSubmission(body(), "s2", secret, now).kind).toBe("robot");
    expect(judgeSubmission(body({ stamp: formStamp(secret, "s1", now - 1_000) }), "s1", secret, now).kind).toBe(
      "robot",
    );
    expect(judgeSubmission(body(), "s1", Buffer.alloc(32, 8), now).kind).toBe("robot");
  });

  it("tells a person what to fix, field by field, and keeps what they wrote", () => {
    expect(judgeSubmission(body({ message: " faux ", email: "pas une adresse" }), "s1", secret, now)).toEqual({
      kind: "invalid",
      problems: ["message-short", "email-invalid"],
      message: "faux",
      email: "pas une adresse",
    });
    expect(judgeSubmission(body({ message: "x".repeat(2001) }), "s1", secret, now)).toMatchObject({
      problems: ["message-long"],
    });
    expect(
      judgeSubmission(body({ stamp: formStamp(secret, "s1", now - MAX_FILL_MS - 1) }), "s1", secret, now),
    ).toMatchObject({ problems: ["expired"] });
  });
});

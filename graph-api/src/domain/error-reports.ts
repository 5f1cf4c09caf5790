/**
 * Visitors' error reports on the public directory ("Signaler une erreur"):
 * what a submission must hold, how the form tells a person from a robot
 * without a third-party captcha, and how often one address may send.
 *
 * Spam resistance, all on our side: a field hidden from people that robots
 * fill (honeypot), a signed time stamp in the form (a submission faster than
 * a person types, or replayed for another structure, is dropped; an old one
 * is asked again), and a rate per address. Reports are stored apart from the
 * structures: nothing a visitor writes changes the data; a coordinator reads
 * the report and corrects the structure if it is right.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 2000;
export const EMAIL_MAX = 254;
/** Faster than this from the page's display to the submission: no person read the form. */
export const MIN_FILL_MS = 3_000;
/** A form older than this is asked again (the stamp is not a lasting pass). */
export const MAX_FILL_MS = 2 * 60 * 60 * 1000;

export type Problem = "message-short" | "message-long" | "email-invalid" | "expired";

export interface Submission {
  message: string;
  email: string | null;
}

export type Verdict =
  | { kind: "ok"; submission: Submission }
  | { kind: "invalid"; problems: Problem[]; message: string; email: string }
  | { kind: "robot" };

/** The stamp the form carries: when it was shown, signed for this structure. */
export function formStamp(secret: Buffer, structureId: string, shownAt: number): string {
  return `${shownAt}.${createHmac("sha256", secret).update(`${structureId}.${shownAt}`).digest("base64url")}`;
}

function stampAge(secret: Buffer, structureId: string, stamp: unknown, now: number): number | null {
  if (typeof stamp !== "string" || !/^\d{1,15}\.[\w-]{43}$/.test(stamp)) return null;
  const shownAt = Number(stamp.split(".")[0]);
  const expected = Buffer.from(formStamp(secret, structureId, shownAt));
  const given = Buffer.from(stamp);
  return expected.length === given.length && timingSafeEqual(expected, given) ? now - shownAt : null;
}

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;

/** Judges a posted form: a robot (dropped without a word), a person's mistakes (said field by field), or a report to keep. */
export function judgeSubmission(
  body: Record<string, unknown>,
  structureId: string,
  secret: Buffer,
  now = Date.now(),
): Verdict {
  const field = (name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");
  if (field("website") !== "") return { kind: "robot" };
  const age = stampAge(secret, structureId, body.stamp, now);
  if (age === null || age < MIN_FILL_MS) return { kind: "robot" };
  const message = field("message").replace(/\r\n/g, "\n").trim();
  const email = field("email").trim();
  const problems: Problem[] = [];
  if (age > MAX_FILL_MS) problems.push("expired");
  if (message.length < MESSAGE_MIN) problems.push("message-short");
  if (message.length > MESSAGE_MAX) problems.push("message-long");
  if (email && (email.length > EMAIL_MAX || !EMAIL.test(email))) problems.push("email-invalid");
  return problems.length
    ? { kind: "invalid", problems, message, email }
    : { kind: "ok", submission: { message, email: email || null } };
}

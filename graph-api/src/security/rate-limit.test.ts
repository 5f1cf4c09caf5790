import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { createApiKeyVerifier } from "../auth/api-key-verifier";
import type { GraphReader } from "../domain/ports";
import { clientOf, createRateLimiter, defaults } from "./rate-limit";

describe("rate limiter", () => {
  it("counts an IPv6 client by its /64 network and an IPv4 one by its address, mapped or not", () => {
    expect(clientOf("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(clientOf("2001:db8:1:2::1")).toBe(clientOf("2001:0db8:0001:0002:ffff::9"));
    expect(clientOf("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientOf("2001:db8:1:3::1")).not.toBe(clientOf("2001:db8:1:2::1"));
    expect(clientOf("::1")).toBe("0:0:0:0::/64");
    expect(clientOf("::ffff:192.0.2.7")).toBe("192.0.2.7");
    expect(clientOf("192.0.2.7")).toBe("192.0.2.7");
    expect(clientOf(undefined)).toBe("unknown");
  });

  it("lets a minute's worth through at once, then one request per refill, and says when to retry", () => {
    let t = 0;
    const limiter = createRateLimiter({ now: () => t });
    for (let i = 0; i < 60; i++) expect(limiter.take("ip:a", 60).allowed).toBe(true);
    const refused = limiter.take("ip:a", 60);
    expect(refused).toMatchObject({ allowed: false, limit: 60, remaining: 0, retryAfterSeconds: 1 });
    expect(refused.resetSeconds).toBe(60);
    // Another address is not affected.
    expect(limiter.take("ip:b", 60).allowed).toBe(true);
    t += 1000;
    expect(limiter.take("ip:a", 60)).toMatchObject({ allowed: true, remaining: 0 });
    // peek does not count.
    t += 5000;
    expect(limiter.peek("ip:a", 60).remaining).toBe(5);
    expect(limiter.peek("ip:a", 60).remaining).toBe(5);
  });

  it("counts over a period other than a minute: 5 error reports in 10 minutes, one more every 2 minutes", () => {
    let t = 0;
    const limiter = createRateLimiter({ now: () => t });
    for (let i = 0; i < 5; i++) expect(limiter.take("report:a", 5, 600_000).allowed).toBe(true);
    expect(limiter.take("report:a", 5, 600_000)).toMatchObject({ allowed: false, retryAfterSeconds: 120 });
    t += 119_000;
    expect(limiter.take("report:a", 5, 600_000).allowed).toBe(false);
    t += 121_000;
    expect(limiter.take("report:a", 5, 600_000).allowed).toBe(true);
  });

  it("keeps at most maxClients buckets however many distinct addresses arrive", () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const limiter = createRateLimiter();
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 1_000_000; i++) limiter.take(`ip:10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, 300);
    expect(limiter.size).toBe(defaults.maxClients);
    gc();
    // A million entries of a plain Map would hold well over 100 MB.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(60 * 1024 * 1024);
  });

  it("reads the database once per unknown key id, and keeps a bounded number of answers", async () => {
    let reads = 0;
    const reader = { read: async () => (reads++, []) } as unknown as GraphReader;
    const verifier = createApiKeyVerifier(reader, { maxEntries: 1000 });
    const key = (i: number) => `mlg_${i.toString(16).padStart(16, "0")}_${"a".repeat(32)}`;
    for (let i = 0; i < 5000; i++) await expect(verifier.verify(key(i))).rejects.toThrow(/not valid/);
    expect(reads).toBe(5000);
    await expect(verifier.verify(key(4999))).rejects.toThrow(/not valid/);
    expect(reads).toBe(5000);
    // The oldest answers were dropped to stay within 1,000: asked again, they are read again.
    await expect(verifier.verify(key(0))).rejects.toThrow(/not valid/);
    expect(reads).toBe(5001);
    expect(verifier.knownValid(key(1))).toBe(false);
  });
});

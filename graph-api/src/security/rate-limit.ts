/**
 * Request rates, per client address and per researcher's API key (and the
 * public error reports): token buckets of `limit` tokens refilled
 * continuously over `periodMs` (a burst of a period's worth, then a steady
 * rate; a minute unless said otherwise).
 *
 * The buckets live in a bounded LRU cache (lru-cache): a flood of distinct
 * addresses or keys evicts the least recently seen buckets instead of growing
 * memory. An evicted bucket comes back full, which only favours a client
 * that has been quiet while `maxClients` others were seen.
 *
 * Every limited answer carries the IETF RateLimit fields
 * (`RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset`, as
 * express-rate-limit's draft-6 headers) so that a client can pace itself.
 * @see https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/
 */
import type { Response } from "express";
import { isIPv6 } from "node:net";
import { LRUCache } from "lru-cache";

export interface RateState {
  /** Whether this request may go. */
  allowed: boolean;
  limit: number;
  /** Whole requests left now. */
  remaining: number;
  /** Seconds until the bucket is full again. */
  resetSeconds: number;
  /** Seconds until one more request may go (0 when allowed). */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  /** Counts one request of `id`, allowed `limit` a `periodMs` (a minute by default). */
  take(id: string, limit: number, periodMs?: number): RateState;
  /** What `take` would answer, without counting. */
  peek(id: string, limit: number, periodMs?: number): RateState;
  /** Buckets held. */
  readonly size: number;
}

export const defaults = {
  /** Clients (addresses, keys) remembered at once: about 100 bytes each. */
  maxClients: 100_000,
};

export function createRateLimiter(options: { maxClients?: number; now?: () => number } = {}): RateLimiter {
  const now = options.now ?? Date.now;
  const buckets = new LRUCache<string, { tokens: number; at: number }>({
    max: options.maxClients ?? defaults.maxClients,
  });

  const state = (tokens: number, limit: number, periodMs: number, allowed: boolean): RateState => {
    const perSecond = (limit * 1000) / periodMs;
    return {
      allowed,
      limit,
      remaining: Math.max(0, Math.floor(tokens)),
      resetSeconds: Math.ceil((limit - tokens) / perSecond),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - tokens) / perSecond)),
    };
  };
  const refilled = (id: string, limit: number, periodMs: number) => {
    const t = now();
    const b = buckets.get(id) ?? { tokens: limit, at: t };
    return { tokens: Math.min(limit, b.tokens + ((t - b.at) * limit) / periodMs), at: t };
  };

  return {
    take(id, limit, periodMs = 60_000) {
      const b = refilled(id, limit, periodMs);
      const allowed = b.tokens >= 1;
      if (allowed) b.tokens -= 1;
      buckets.set(id, b);
      return state(b.tokens, limit, periodMs, allowed);
    },
    peek(id, limit, periodMs = 60_000) {
      const b = refilled(id, limit, periodMs);
      return state(b.tokens, limit, periodMs, b.tokens >= 1);
    },
    get size() {
      return buckets.size;
    },
  };
}

/** The RateLimit fields of an answer, and Retry-After when it is refused. */
export function setRateHeaders(res: Response, state: RateState): void {
  res.setHeader("RateLimit-Limit", String(state.limit));
  res.setHeader("RateLimit-Remaining", String(state.remaining));
  res.setHeader("RateLimit-Reset", String(state.resetSeconds));
  if (!state.allowed) res.setHeader("Retry-After", String(state.retryAfterSeconds));
}

/**
 * The client an address stands for, as rates count it: an IPv4 address, or an
 * IPv6 address's /64 network. One IPv6 subscriber commonly holds a whole /64
 * (2^64 addresses), so counting per address would give it a fresh bucket per
 * request.
 */
export function clientOf(address: string | undefined): string {
  if (!address) return "unknown";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head, tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}

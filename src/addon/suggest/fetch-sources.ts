/**
 * Gets the candidates of every request of a search: from the cache when fresh, otherwise all in one
 * UrlFetchApp.fetchAll; 429 and 5xx answers are retried with backoff within a time budget. A
 * failing source gets its own short message while the others still answer.
 */

import { hashKey } from '../../core/hash';
import { type MessageKey, t } from '../../core/i18n';
import { sourceById } from '../../core/opendata/sources';
import type { Candidate, Request, SourceId } from '../../core/opendata/types';
import type { Lang } from '../../core/taxonomy';
import { cacheGetAll, cachePutAll } from '../gas/cache';
import { fetchAllUrls, type HttpResult, sleep } from '../gas/fetch';
import { logError } from '../gas/log';

const CACHE_SECONDS = 6 * 3600;
/** CacheService takes at most 100 KB per value: longer answers are split. */
const CHUNK_CHARS = 90000;
const TIME_BUDGET_MS = 25000;
const MAX_ROUNDS = 4;

export type Failure = 'busy' | 'down' | 'unreachable' | 'garbage' | 'refused';

const FAILURE_MESSAGES: Record<Failure, MessageKey> = {
  busy: 'suggest.failure.busy',
  down: 'suggest.failure.down',
  unreachable: 'suggest.failure.unreachable',
  garbage: 'suggest.failure.garbage',
  refused: 'suggest.failure.refused',
};

export interface SourceOutcome {
  source: SourceId;
  count: number;
  failures: number;
  requests: number;
  failure?: MessageKey;
}

/** The short sentence a person reads when this source failed, or undefined when it answered. */
export function failureMessage(lang: Lang, outcome: SourceOutcome): string | undefined {
  if (!outcome.failure) return undefined;
  return t(lang, outcome.failure, {
    source: sourceById(outcome.source).label,
    failed: outcome.failures,
    total: outcome.requests,
  });
}

export interface FetchOutcome {
  candidates: Candidate[];
  /** Each request's own answer, in the order of the requests; undefined where it failed. */
  perRequest: (Candidate[] | undefined)[];
  sources: SourceOutcome[];
  /** Rounds of fetchAll sent (0 when everything came from the cache). */
  rounds: number;
}

const cacheKey = (url: string) => `od1:${hashKey(url)}`;

function readCache(requests: Request[]): Map<string, Candidate[]> {
  const keys = requests.map((r) => cacheKey(r.url));
  const found = cacheGetAll(keys);
  const chunked = Object.entries(found).filter(([, v]) => v.startsWith('chunks:'));
  const parts = cacheGetAll(
    chunked.flatMap(([k, v]) => [...Array(Number(v.slice(7)) || 0)].map((_, i) => `${k}#${i}`)),
  );
  const out = new Map<string, Candidate[]>();
  for (const request of requests) {
    const key = cacheKey(request.url);
    let text: string | undefined = found[key];
    if (text?.startsWith('chunks:')) {
      const count = Number(text.slice(7)) || 0;
      const pieces = [...Array(count)].map((_, i) => parts[`${key}#${i}`]);
      text = pieces.every((p) => typeof p === 'string') ? pieces.join('') : undefined;
    }
    if (!text) continue;
    try {
      out.set(request.url, JSON.parse(text) as Candidate[]);
    } catch {
      // A damaged entry is fetched again.
    }
  }
  return out;
}

function writeCache(entries: Map<string, Candidate[]>): void {
  const values: Record<string, string> = {};
  for (const [url, candidates] of entries) {
    const key = cacheKey(url);
    const text = JSON.stringify(candidates);
    if (text.length <= CHUNK_CHARS) {
      values[key] = text;
      continue;
    }
    const count = Math.ceil(text.length / CHUNK_CHARS);
    values[key] = `chunks:${count}`;
    for (let i = 0; i < count; i++) values[`${key}#${i}`] = text.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS);
  }
  try {
    cachePutAll(values, CACHE_SECONDS);
  } catch (error) {
    logError('suggestions cache', error); // a full cache only costs a later refetch
  }
}

function classifyAnswer(result: HttpResult): { retry: boolean; failure?: Failure } {
  if ('error' in result) return { retry: true, failure: 'unreachable' };
  if (result.status === 429) return { retry: true, failure: 'busy' };
  if (result.status >= 500) return { retry: true, failure: 'down' };
  if (result.status !== 200) return { retry: false, failure: 'refused' };
  return { retry: false };
}

export function fetchCandidates(requests: Request[]): FetchOutcome {
  const start = Date.now();
  const parsed = readCache(requests);
  const failed = new Map<string, Failure>();
  const fresh = new Map<string, Candidate[]>();
  let pending = requests.filter((r) => !parsed.has(r.url));
  let rounds = 0;
  while (pending.length && rounds < MAX_ROUNDS) {
    const results = fetchAllUrls(pending.map((r) => r.url));
    rounds += 1;
    const again: Request[] = [];
    let waitMs = 1000 * 2 ** (rounds - 1);
    results.forEach((result, i) => {
      const request = pending[i];
      const verdict = classifyAnswer(result);
      if (!verdict.failure) {
        try {
          const candidates = sourceById(request.source).parse((result as { body: string }).body);
          parsed.set(request.url, candidates);
          fresh.set(request.url, candidates);
          failed.delete(request.url);
        } catch (error) {
          logError(`parse ${request.source}`, error);
          failed.set(request.url, 'garbage');
        }
        return;
      }
      failed.set(request.url, verdict.failure);
      if (verdict.retry) {
        again.push(request);
        if ('retryAfterS' in result && result.retryAfterS) waitMs = Math.max(waitMs, result.retryAfterS * 1000);
      }
    });
    pending = again;
    waitMs = Math.min(waitMs, 8000);
    if (!pending.length || rounds >= MAX_ROUNDS || Date.now() - start + waitMs > TIME_BUDGET_MS) break;
    sleep(waitMs);
  }
  writeCache(fresh);
  const sources: SourceOutcome[] = [];
  for (const request of requests) {
    let outcome = sources.find((s) => s.source === request.source);
    if (!outcome) {
      outcome = { source: request.source, count: 0, failures: 0, requests: 0 };
      sources.push(outcome);
    }
    outcome.requests += 1;
    const failure = failed.get(request.url);
    if (failure) {
      outcome.failures += 1;
      outcome.failure = FAILURE_MESSAGES[failure];
    } else outcome.count += parsed.get(request.url)?.length ?? 0;
  }
  const perRequest = requests.map((r) => (failed.has(r.url) ? undefined : parsed.get(r.url)));
  return { candidates: perRequest.flatMap((list) => list ?? []), perRequest, sources, rounds };
}

/**
 * UrlFetchApp answered from recorded fixtures. A route matches a URL by pattern and returns a
 * status, headers and body (or a network failure); an unknown URL fails as a DNS error would.
 * fetchAll returns the responses in the order of the requests.
 */
import type { Clock } from './clock';
import type { Emulated } from './strict';

export interface FixtureResponse {
  status: number;
  body: string;
  headers?: Record<string, string>;
  /** Simulated latency, added to the emulated clock. */
  delayMs?: number;
}

export interface Route {
  pattern: RegExp;
  respond: (url: string, request: FetchRequest) => FixtureResponse | 'network-error';
}

export interface FetchRequest {
  url: string;
  method?: string;
  muteHttpExceptions?: boolean;
  headers?: Record<string, string>;
  payload?: string;
}

export interface FetchState {
  routes: Route[];
  /** Every URL requested, in order: what would have left Google's servers. */
  log: string[];
  dailyLimit: number;
}

export class HttpResponseE implements Emulated {
  readonly className = 'HTTPResponse';
  constructor(private readonly response: FixtureResponse) {}
  getResponseCode(): number {
    return this.response.status;
  }
  getContentText(): string {
    return this.response.body;
  }
  getHeaders(): Record<string, string> {
    return { ...(this.response.headers ?? {}) };
  }
  getAllHeaders(): Record<string, string> {
    return this.getHeaders();
  }
}

export class UrlFetchAppE implements Emulated {
  readonly className = 'UrlFetchApp';
  constructor(
    private readonly state: FetchState,
    private readonly clock: Clock,
  ) {}
  private _one(request: FetchRequest): { response: HttpResponseE; delay: number } {
    const { url } = request;
    if (!/^https?:\/\//.test(url)) throw new Error(`Invalid argument: ${url}`);
    if (this.state.log.length >= this.state.dailyLimit)
      throw new Error('Service invoked too many times for one day: urlfetch.');
    this.state.log.push(url);
    const route = this.state.routes.find((r) => r.pattern.test(url));
    if (!route) throw new Error(`DNS error: ${url}`);
    const answer = route.respond(url, request);
    if (answer === 'network-error') throw new Error(`Address unavailable: ${url}`);
    if (answer.status >= 400 && !request.muteHttpExceptions) {
      throw new Error(
        `Request failed for ${url} returned code ${answer.status}. Truncated server response: ${answer.body.slice(0, 100)} (use muteHttpExceptions option to examine full response)`,
      );
    }
    return { response: new HttpResponseE(answer), delay: answer.delayMs ?? 0 };
  }
  fetch(url: string, params: Omit<FetchRequest, 'url'> = {}): HttpResponseE {
    const { response, delay } = this._one({ ...params, url });
    this.clock.advance(delay);
    return response;
  }
  /** Requests go out in parallel: the clock moves by the slowest one. */
  fetchAll(requests: (string | FetchRequest)[]): HttpResponseE[] {
    const results = requests.map((r) => this._one(typeof r === 'string' ? { url: r } : r));
    this.clock.advance(Math.max(0, ...results.map((r) => r.delay)));
    return results.map((r) => r.response);
  }
}

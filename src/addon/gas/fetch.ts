/** Thin adapter over UrlFetchApp and Utilities.sleep: the only code that leaves Google. */

export type HttpResult =
  | { url: string; status: number; body: string; retryAfterS?: number }
  | { url: string; error: string };

function toResult(url: string, response: GoogleAppsScript.URL_Fetch.HTTPResponse): HttpResult {
  const headers = response.getHeaders() as Record<string, string>;
  const retry = Number(headers['Retry-After'] ?? headers['retry-after']);
  return {
    url,
    status: response.getResponseCode(),
    body: response.getContentText(),
    retryAfterS: Number.isFinite(retry) ? retry : undefined,
  };
}

/**
 * Sends every request at once. fetchAll fails as a whole when one host cannot be reached; then each
 * request is sent alone so the others still answer.
 */
export function fetchAllUrls(urls: string[]): HttpResult[] {
  if (urls.length === 0) return [];
  const requests = urls.map((url) => ({ url, muteHttpExceptions: true, headers: { Accept: 'application/json' } }));
  try {
    return UrlFetchApp.fetchAll(requests).map((response, i) => toResult(urls[i], response));
  } catch (_batchError) {
    return requests.map((request) => {
      try {
        return toResult(
          request.url,
          UrlFetchApp.fetch(request.url, { muteHttpExceptions: true, headers: request.headers }),
        );
      } catch (error) {
        return { url: request.url, error: error instanceof Error ? error.message : String(error) };
      }
    });
  }
}

export function sleep(ms: number): void {
  Utilities.sleep(ms);
}

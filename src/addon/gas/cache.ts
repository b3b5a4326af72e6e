/** Thin adapter over CacheService: the document cache, shared by everyone editing the spreadsheet. */

function cache(): GoogleAppsScript.Cache.Cache {
  return CacheService.getDocumentCache()!;
}

export function cacheGet(key: string): string | null {
  return cache().get(key);
}

export function cachePut(key: string, value: string, seconds: number): void {
  cache().put(key, value, seconds);
}

export function cacheGetAll(keys: string[]): Record<string, string> {
  return keys.length ? cache().getAll(keys) : {};
}

export function cachePutAll(values: Record<string, string>, seconds: number): void {
  if (Object.keys(values).length) cache().putAll(values, seconds);
}

/** PropertiesService, CacheService and LockService, with their documented limits. */
import type { Clock } from './clock';
import type { Emulated } from './strict';

const PROPERTY_VALUE_LIMIT = 9 * 1024;
const PROPERTY_STORE_LIMIT = 500 * 1024;

export class PropertiesE implements Emulated {
  readonly className = 'Properties';
  constructor(private readonly store: Map<string, string>) {}
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
  setProperty(key: string, value: string): PropertiesE {
    this._check(key, String(value));
    this.store.set(key, String(value));
    return this;
  }
  setProperties(values: Record<string, string>, deleteAllOthers = false): PropertiesE {
    for (const [k, v] of Object.entries(values)) this._check(k, String(v));
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(values)) this.store.set(k, String(v));
    return this;
  }
  deleteProperty(key: string): PropertiesE {
    this.store.delete(key);
    return this;
  }
  deleteAllProperties(): PropertiesE {
    this.store.clear();
    return this;
  }
  private _check(key: string, value: string): void {
    if (Buffer.byteLength(value, 'utf8') + Buffer.byteLength(key, 'utf8') > PROPERTY_VALUE_LIMIT) {
      throw new Error('Argument too large: value');
    }
    let total = 0;
    for (const [k, v] of this.store) if (k !== key) total += k.length + v.length;
    if (total + key.length + value.length > PROPERTY_STORE_LIMIT)
      throw new Error('You have exceeded the property storage quota.');
  }
}

export class PropertiesServiceE implements Emulated {
  readonly className = 'PropertiesService';
  constructor(
    private readonly stores: { document: Map<string, string>; user: Map<string, string>; script: Map<string, string> },
  ) {}
  getDocumentProperties(): PropertiesE {
    return new PropertiesE(this.stores.document);
  }
  getUserProperties(): PropertiesE {
    return new PropertiesE(this.stores.user);
  }
  getScriptProperties(): PropertiesE {
    return new PropertiesE(this.stores.script);
  }
}

const CACHE_VALUE_LIMIT = 100 * 1024;
const CACHE_KEY_LIMIT = 250;
const CACHE_MAX_TTL_S = 21600;
const CACHE_DEFAULT_TTL_S = 600;

export type CacheStore = Map<string, { value: string; expires: number }>;

export class CacheE implements Emulated {
  readonly className = 'Cache';
  constructor(
    private readonly store: CacheStore,
    private readonly clock: Clock,
  ) {}
  get(key: string): string | null {
    const entry = this.store.get(key);
    if (!entry) return null;
    if (entry.expires <= this.clock.now()) {
      this.store.delete(key);
      return null;
    }
    return entry.value;
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const value = this.get(key);
      if (value !== null) out[key] = value;
    }
    return out;
  }
  put(key: string, value: string, seconds = CACHE_DEFAULT_TTL_S): void {
    if (key.length > CACHE_KEY_LIMIT) throw new Error('Argument too large: key');
    if (Buffer.byteLength(String(value), 'utf8') > CACHE_VALUE_LIMIT) throw new Error('Argument too large: value');
    const ttl = Math.min(Math.max(1, seconds), CACHE_MAX_TTL_S);
    this.store.set(key, { value: String(value), expires: this.clock.now() + ttl * 1000 });
  }
  putAll(values: Record<string, string>, seconds = CACHE_DEFAULT_TTL_S): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, seconds);
  }
  remove(key: string): void {
    this.store.delete(key);
  }
  removeAll(keys: string[]): void {
    for (const key of keys) this.store.delete(key);
  }
}

export class CacheServiceE implements Emulated {
  readonly className = 'CacheService';
  constructor(
    private readonly stores: { document: CacheStore; user: CacheStore; script: CacheStore },
    private readonly clock: Clock,
  ) {}
  getDocumentCache(): CacheE {
    return new CacheE(this.stores.document, this.clock);
  }
  getUserCache(): CacheE {
    return new CacheE(this.stores.user, this.clock);
  }
  getScriptCache(): CacheE {
    return new CacheE(this.stores.script, this.clock);
  }
}

/** Who holds each lock; an execution is one run of an entry point. */
export interface LockTable {
  holders: Map<string, number>;
  currentExecution: () => number;
}

export class LockE implements Emulated {
  readonly className = 'Lock';
  constructor(
    private readonly name: string,
    private readonly table: LockTable,
    private readonly clock: Clock,
  ) {}
  tryLock(timeoutInMillis: number): boolean {
    const holder = this.table.holders.get(this.name);
    const me = this.table.currentExecution();
    if (holder === undefined || holder === me) {
      this.table.holders.set(this.name, me);
      return true;
    }
    // Executions run one after another here: a lock held by another one will not be released while we wait.
    this.clock.advance(timeoutInMillis);
    return false;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis))
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this.table.holders.get(this.name) === this.table.currentExecution();
  }
  releaseLock(): void {
    if (this.hasLock()) this.table.holders.delete(this.name);
  }
}

export class LockServiceE implements Emulated {
  readonly className = 'LockService';
  constructor(
    private readonly table: LockTable,
    private readonly clock: Clock,
    private readonly user: () => string,
  ) {}
  getDocumentLock(): LockE {
    return new LockE('document', this.table, this.clock);
  }
  getScriptLock(): LockE {
    return new LockE('script', this.table, this.clock);
  }
  getUserLock(): LockE {
    return new LockE(`user:${this.user()}`, this.table, this.clock);
  }
}

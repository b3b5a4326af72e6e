/**
 * Exposes an emulated object to add-on code: every method call is counted, any member the
 * emulator does not implement throws "not emulated: Class.method" instead of failing silently, and
 * values are handed over as objects of the caller's realm (so `instanceof Date` and `Array.isArray`
 * behave as in Apps Script).
 */
import type { CallLog } from './calls';

export interface Realm {
  Array: ArrayConstructor;
  Date: DateConstructor;
  Object: ObjectConstructor;
  Error: ErrorConstructor;
}

export const NODE_REALM: Realm = { Array, Date, Object, Error };

export interface Env {
  calls: CallLog;
  realm: Realm;
}

const EXPOSED = Symbol('exposed');
const RAW = Symbol('raw');

/** Marks a class whose instances should be exposed (wrapped) when a method returns them. */
export interface Emulated {
  readonly className: string;
}

function isEmulated(value: unknown): value is Emulated {
  return typeof value === 'object' && value !== null && typeof (value as Emulated).className === 'string';
}

export function toRealm(value: unknown, env: Env): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) {
    const out = new env.realm.Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = toRealm(value[i], env);
    return out;
  }
  if (Object.prototype.toString.call(value) === '[object Date]') return new env.realm.Date((value as Date).getTime());
  if (isEmulated(value)) return expose(value, env);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out = new env.realm.Object() as Record<string, unknown>;
    for (const [key, v] of Object.entries(value)) out[key] = toRealm(v, env);
    return out;
  }
  return value;
}

const cache = new WeakMap<object, unknown>();

export function expose<T extends Emulated>(target: T, env: Env): T {
  if ((target as unknown as Record<symbol, unknown>)[EXPOSED]) return target;
  const known = cache.get(target);
  if (known) return known as T;
  const proxy = new Proxy(target, {
    get(obj, prop, receiver) {
      if (prop === EXPOSED) return true;
      if (prop === RAW) return obj;
      if (typeof prop === 'symbol') return Reflect.get(obj, prop, receiver);
      // Properties tools probe on any object (promises, JSON, test pretty-printers) are simply absent.
      if (
        prop === 'then' ||
        prop === 'toJSON' ||
        prop === 'constructor' ||
        prop === 'asymmetricMatch' ||
        prop === 'nodeType' ||
        /^(\$\$|@@)/.test(prop)
      ) {
        return undefined;
      }
      if (prop === 'className') return obj.className;
      if (prop.startsWith('_') || !(prop in obj)) {
        throw new env.realm.Error(`not emulated: ${obj.className}.${prop}`);
      }
      const member = Reflect.get(obj, prop, obj);
      if (typeof member !== 'function') return toRealm(member, env);
      return (...args: unknown[]) => {
        env.calls.record(`${obj.className}.${prop}`);
        try {
          return toRealm(member.apply(obj, args.map(unwrap)), env);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          throw new env.realm.Error(message);
        }
      };
    },
    set(obj, prop) {
      throw new env.realm.Error(`not emulated: setting ${obj.className}.${String(prop)}`);
    },
  });
  cache.set(target, proxy);
  return proxy;
}

/** The emulator's own object behind a value the add-on passed back (a rule, a validation, a range…). */
export function unwrap(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrap);
  if (typeof value === 'object' && value !== null) {
    const raw = (value as Record<symbol, unknown>)[RAW];
    if (raw) return raw;
  }
  return value;
}

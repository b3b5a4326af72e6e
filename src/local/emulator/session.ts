/** Session, Utilities, ScriptApp (enums) and Logger. */
import { createHash, randomUUID } from 'node:crypto';
import type { Clock } from './clock';
import type { Emulated } from './strict';
import { zoneOffsetMinutes } from './values';

export interface UserInfo {
  /** '' on consumer accounts where Google does not give the active user's address. */
  email: string;
  locale: string;
}

export class SessionUserE implements Emulated {
  readonly className = 'User';
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
}

export class SessionE implements Emulated {
  readonly className = 'Session';
  constructor(
    private readonly user: () => UserInfo,
    private readonly timeZone: string,
  ) {}
  getActiveUser(): SessionUserE {
    return new SessionUserE(this.user().email);
  }
  getEffectiveUser(): SessionUserE {
    return new SessionUserE(this.user().email);
  }
  getActiveUserLocale(): string {
    return this.user().locale;
  }
  getScriptTimeZone(): string {
    return this.timeZone;
  }
  getTemporaryActiveUserKey(): string {
    return createHash('sha256')
      .update(this.user().email || 'anonymous')
      .digest('base64')
      .slice(0, 24);
  }
}

/** Java SimpleDateFormat patterns, the subset scripts use. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const local = new Date(date.getTime() + zoneOffsetMinutes(date, timeZone) * 60000);
  const offset = zoneOffsetMinutes(date, timeZone);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const pad = (n: number, size = 2) => String(n).padStart(size, '0');
  const tokens: Record<string, string> = {
    yyyy: String(local.getUTCFullYear()),
    yy: pad(local.getUTCFullYear() % 100),
    MM: pad(local.getUTCMonth() + 1),
    dd: pad(local.getUTCDate()),
    HH: pad(local.getUTCHours()),
    mm: pad(local.getUTCMinutes()),
    ss: pad(local.getUTCSeconds()),
    SSS: pad(local.getUTCMilliseconds(), 3),
    XXX: offset === 0 ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`,
    Z: `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`,
  };
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    if (pattern[i] === "'") {
      const end = pattern.indexOf("'", i + 1);
      out += pattern.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    const token = ['yyyy', 'SSS', 'XXX', 'yy', 'MM', 'dd', 'HH', 'mm', 'ss', 'Z'].find((t) => pattern.startsWith(t, i));
    if (token) {
      out += tokens[token];
      i += token.length;
    } else {
      if (/[A-Za-z]/.test(pattern[i]))
        throw new Error(`not emulated: Utilities.formatDate pattern letter ${pattern[i]}`);
      out += pattern[i];
      i += 1;
    }
  }
  return out;
}

export class UtilitiesE implements Emulated {
  readonly className = 'Utilities';
  readonly DigestAlgorithm = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256' };
  readonly Charset = { UTF_8: 'utf8', US_ASCII: 'ascii' };
  constructor(private readonly clock: Clock) {}
  formatDate(date: Date, timeZone: string, pattern: string): string {
    return formatDate(new Date(date.getTime()), timeZone, pattern);
  }
  sleep(milliseconds: number): void {
    if (milliseconds > 300000) throw new Error('Utilities.sleep: the maximum is 300000 milliseconds.');
    this.clock.advance(milliseconds);
  }
  getUuid(): string {
    return randomUUID();
  }
  base64Encode(data: string | number[]): string {
    return (typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 255))).toString(
      'base64',
    );
  }
  base64EncodeWebSafe(data: string | number[]): string {
    return this.base64Encode(data).replace(/\+/g, '-').replace(/\//g, '_');
  }
  computeDigest(algorithm: string, value: string): number[] {
    return [...createHash(algorithm).update(value, 'utf8').digest()].map((b) => (b > 127 ? b - 256 : b));
  }
}

export class LoggerE implements Emulated {
  readonly className = 'Logger';
  constructor(private readonly lines: string[]) {}
  log(format: unknown, ...values: unknown[]): LoggerE {
    let text = String(format);
    for (const value of values) text = text.replace('%s', String(value));
    this.lines.push(text);
    return this;
  }
}

export class ScriptAppE implements Emulated {
  readonly className = 'ScriptApp';
  readonly AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' };
}

/**
 * Runs the built add-on (dist/Code.js) as Apps Script does: in a fresh V8 context holding only the
 * Apps Script globals (no require, module or process), with services backed by the emulator.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { CallLog } from './calls';
import { ChartType } from './charts';
import { Clock } from './clock';
import { formulaEvaluator } from './formulas';
import { GmailAppE, MailAppE, type Mailbox } from './gmail';
import { newWorkbook, type WorkbookModel } from './model';
import { LoggerE, ScriptAppE, SessionE, type UserInfo, UtilitiesE } from './session';
import { type SheetsContext, SpreadsheetAppE } from './spreadsheet';
import { CacheServiceE, type CacheStore, LockServiceE, type LockTable, PropertiesServiceE } from './storage';
import { type Env, expose, NODE_REALM, type Realm, toRealm } from './strict';
import { HtmlServiceE, newUiState, UiE, type UiState, UnansweredDialog } from './ui';
import { type FetchState, type Route, UrlFetchAppE } from './urlfetch';

export interface EmulatorOptions {
  /** The built files: Code.js and Sidebar.html; defaults to dist/. */
  distDir?: string;
  book?: WorkbookModel;
  user?: Partial<UserInfo>;
  routes?: Route[];
  mailQuota?: number;
  /** Evaluates formulas for getValues; defaults to formulas.ts. */
  evaluate?: SheetsContext['evaluate'];
}

export const DEFAULT_DIST = join(__dirname, '..', '..', '..', 'dist');

/** One Google account's view of one spreadsheet, with everything the add-on can reach. */
export class Emulator {
  readonly calls = new CallLog();
  readonly clock = new Clock();
  readonly ui: UiState = newUiState();
  readonly properties = {
    document: new Map<string, string>(),
    user: new Map<string, string>(),
    script: new Map<string, string>(),
  };
  readonly caches = { document: new Map(), user: new Map(), script: new Map() } as Record<
    'document' | 'user' | 'script',
    CacheStore
  >;
  readonly fetches: FetchState;
  readonly mailbox: Mailbox;
  readonly logs: string[] = [];
  readonly locks: LockTable;
  book: WorkbookModel;
  user: UserInfo;
  private executions = 0;
  private current = 0;
  private context: vm.Context | undefined;
  private readonly env: Env;
  private readonly sheets: SheetsContext;
  readonly files: Record<string, string>;
  readonly code: string;

  constructor(options: EmulatorOptions = {}) {
    const dist = options.distDir ?? DEFAULT_DIST;
    this.code = readFileSync(join(dist, 'Code.js'), 'utf8');
    this.files = { Sidebar: readFileSync(join(dist, 'Sidebar.html'), 'utf8') };
    this.book = options.book ?? newWorkbook();
    this.properties = { document: this.book.properties, user: new Map(), script: new Map() };
    this.user = { email: options.user?.email ?? this.book.owner, locale: options.user?.locale ?? 'fr_FR' };
    this.fetches = { routes: options.routes ?? [], log: [], dailyLimit: 20000 };
    this.mailbox = {
      owner: this.user.email || this.book.owner,
      threads: [],
      quota: options.mailQuota ?? 100,
      nextId: 0,
    };
    this.locks = { holders: new Map(), currentExecution: () => this.current };
    this.env = { calls: this.calls, realm: NODE_REALM };
    this.sheets = {
      env: this.env,
      book: this.book,
      user: () => this.user.email,
      evaluate:
        options.evaluate ??
        formulaEvaluator(
          () => this.book,
          () => this.clock.now(),
        ),
    };
  }

  /** The globals of the Apps Script runtime, as exposed (counted, strict) objects. */
  private globals(): Record<string, unknown> {
    const env = this.env;
    const ui = new UiE(this.ui);
    const sheetsContext = this.sheets;
    const gmail = new GmailAppE(this.mailbox, this.clock);
    return {
      SpreadsheetApp: expose(new SpreadsheetAppE(sheetsContext, () => expose(ui, env)), env),
      HtmlService: expose(new HtmlServiceE(this.files), env),
      PropertiesService: expose(new PropertiesServiceE(this.properties), env),
      CacheService: expose(new CacheServiceE(this.caches, this.clock), env),
      LockService: expose(new LockServiceE(this.locks, this.clock, () => this.user.email), env),
      Session: expose(new SessionE(() => this.user, this.book.timeZone), env),
      Utilities: expose(new UtilitiesE(this.clock), env),
      UrlFetchApp: expose(new UrlFetchAppE(this.fetches, this.clock), env),
      GmailApp: expose(gmail, env),
      MailApp: expose(new MailAppE(this.mailbox), env),
      ScriptApp: expose(new ScriptAppE(), env),
      Logger: expose(new LoggerE(this.logs), env),
      Charts: { ChartType },
      console: {
        log: (...a: unknown[]) => this.logs.push(a.map(String).join(' ')),
        info: (...a: unknown[]) => this.logs.push(a.map(String).join(' ')),
        warn: (...a: unknown[]) => this.logs.push(a.map(String).join(' ')),
        error: (...a: unknown[]) => this.logs.push(a.map(String).join(' ')),
      },
    };
  }

  /** Loads Code.js into a fresh context (once); later runs share it, as one deployment does. */
  private load(): vm.Context {
    if (this.context) return this.context;
    const context = vm.createContext(this.globals(), { name: 'Apps Script (emulated)' });
    // Time in the script follows the emulated clock, so Utilities.sleep and time budgets are exact.
    context.__emulatedNow = () => this.clock.now();
    vm.runInContext(
      `(function () {
        const RealDate = Date;
        function EmulatedDate(...args) {
          if (!new.target) return new RealDate(__emulatedNow()).toString();
          return args.length ? new RealDate(...args) : new RealDate(__emulatedNow());
        }
        EmulatedDate.prototype = RealDate.prototype;
        EmulatedDate.now = () => __emulatedNow();
        EmulatedDate.UTC = RealDate.UTC;
        EmulatedDate.parse = RealDate.parse;
        globalThis.Date = EmulatedDate;
      })();`,
      context,
    );
    vm.runInContext(this.code, context, { filename: 'Code.js' });
    this.env.realm = vm.runInContext('({ Array, Date, Object, Error })', context) as Realm;
    this.context = context;
    return context;
  }

  /** An Apps Script global as add-on code sees it (counted and strict), for tests of the emulator itself. */
  // biome-ignore lint/suspicious/noExplicitAny: tests drive the services as untyped script code does
  service(name: string): any {
    return this.load()[name];
  }

  /** Runs a snippet of script code in the add-on's context, as if it were part of Code.js. */
  eval<T = unknown>(source: string): T {
    return vm.runInContext(source, this.load()) as T;
  }

  /** Names of the top-level functions Code.js declares. */
  globalFunctions(): string[] {
    const context = this.load();
    return Object.keys(context).filter((k) => typeof context[k] === 'function' && !/^[A-Z]/.test(k));
  }

  /** Runs one entry point, as a menu click, a trigger or google.script.run would. */
  run<T = unknown>(functionName: string, ...args: unknown[]): T {
    const context = this.load();
    const fn = context[functionName];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${functionName}`);
    // Arguments arrive as google.script.run delivers them: plain data, rebuilt in the script's realm.
    const realmArgs = args.map((a) => toRealm(JSON.parse(JSON.stringify(a ?? null)), this.env));
    this.ui.unanswered = undefined;
    try {
      return this.runPrepared(() => {
        const result = fn(...realmArgs);
        return result === undefined ? (undefined as T) : (JSON.parse(JSON.stringify(result)) as T);
      });
    } finally {
      this.stopAtUnansweredQuestion();
    }
  }

  /**
   * In Sheets a question waits for its answer: nothing the script did after it, such as catching the
   * emulator's exception and showing an error, could have happened. So an unanswered question ends the
   * run with UnansweredDialog whatever the script caught, and the dialogs it showed after it are dropped.
   */
  private stopAtUnansweredQuestion(): void {
    const dialog = this.ui.unanswered;
    if (!dialog) return;
    this.ui.unanswered = undefined;
    this.ui.dialogs.splice(this.ui.dialogs.lastIndexOf(dialog) + 1);
    throw new UnansweredDialog(dialog);
  }

  /**
   * A person types values in the sheet: the cells change, then the onEdit simple trigger runs with
   * an event object as Sheets builds it (range, source, user; value and oldValue only for one cell,
   * and no value when it was cleared).
   */
  simulateEdit(sheetName: string, row: number, column: number, values: unknown[][]): void {
    const ss = new SpreadsheetAppE(this.sheets, () => new UiE(this.ui)).getActive();
    const sheet = ss.getSheetByName(sheetName);
    if (!sheet) throw new Error(`no sheet named ${sheetName}`);
    const range = sheet.getRange(row, column, values.length, values[0].length);
    const single = values.length === 1 && values[0].length === 1;
    const oldValue = single ? range.getValue() : undefined;
    range.setValues(values);
    const context = this.load();
    if (typeof context.onEdit !== 'function') return;
    const event: Record<string, unknown> = { range, source: ss, user: { email: this.user.email }, authMode: 'LIMITED' };
    if (single && values[0][0] !== '') event.value = String(values[0][0]);
    if (single && oldValue !== '') event.oldValue = String(oldValue);
    this.runPrepared(() => context.onEdit(toRealm(event, this.env)));
  }

  private runPrepared<T>(work: () => T): T {
    this.executions += 1;
    const previous = this.current;
    this.current = this.executions;
    try {
      return work();
    } finally {
      for (const [name, holder] of this.locks.holders) if (holder === this.current) this.locks.holders.delete(name);
      this.current = previous;
    }
  }

  /** Runs a function as another member of the team (same spreadsheet, their own mailbox is not modelled). */
  as<T>(user: Partial<UserInfo>, work: () => T): T {
    const saved = this.user;
    this.user = { ...saved, ...user };
    try {
      return work();
    } finally {
      this.user = saved;
    }
  }

  /** Holds a lock as if another execution had it, for concurrency scenarios. */
  holdLock(name = 'document'): () => void {
    this.executions += 1;
    const holder = this.executions;
    this.locks.holders.set(name, holder);
    return () => {
      if (this.locks.holders.get(name) === holder) this.locks.holders.delete(name);
    };
  }

  /** Replaces the workbook (e.g. after loading an .xlsx) while keeping the services. */
  setBook(book: WorkbookModel): void {
    this.book = book;
    this.sheets.book = book;
    this.properties.document = book.properties;
  }

  /** The Gmail service object, for harness code that simulates the outside world (replies). */
  gmail(): GmailAppE {
    return new GmailAppE(this.mailbox, this.clock);
  }
}

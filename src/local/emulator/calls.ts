/**
 * Counts every service call by "Class.method", as Apps Script's execution transcript would show
 * them, and can be told to fail a chosen call (fault injection).
 */
export type Fault = { kind: 'error' | 'timeout'; message?: string };

const SPREADSHEET_CLASSES = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'RangeList',
  'Filter',
  'FilterCriteriaBuilder',
  'DataValidation',
  'DataValidationBuilder',
  'ConditionalFormatRule',
  'ConditionalFormatRuleBuilder',
  'BooleanCondition',
  'DeveloperMetadata',
  'DeveloperMetadataFinder',
  'DeveloperMetadataLocation',
  'Protection',
  'EmbeddedChart',
  'EmbeddedChartBuilder',
]);

export class CallLog {
  private counts = new Map<string, number>();
  private sequence = 0;
  private faultAt = new Map<number, Fault>();
  private faultWhen: ((name: string, index: number) => Fault | undefined) | undefined;
  private hooks: ((name: string, index: number) => void)[] = [];

  private paused = 0;

  /** Work done by a person in the Sheets UI, not by the script: not counted, no hook, no fault. */
  uncounted<T>(work: () => T): T {
    this.paused += 1;
    try {
      return work();
    } finally {
      this.paused -= 1;
    }
  }

  record(name: string): void {
    if (this.paused) return;
    this.sequence += 1;
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    for (const hook of this.hooks) hook(name, this.sequence);
    const fault = this.faultAt.get(this.sequence) ?? this.faultWhen?.(name, this.sequence);
    if (fault) {
      this.faultAt.delete(this.sequence);
      const text =
        fault.message ??
        (fault.kind === 'timeout' ? 'Exceeded maximum execution time' : `Service error: ${name} (injected fault)`);
      throw new Error(text);
    }
  }

  /** Calls so far, by method. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  total(filter: (name: string) => boolean = () => true): number {
    let sum = 0;
    for (const [name, n] of this.counts) if (filter(name)) sum += n;
    return sum;
  }

  /** Calls to the Spreadsheet service (any of its classes): the budget tests hold. */
  spreadsheetCalls(): number {
    return this.total(isSpreadsheetCall);
  }

  /** Number of calls made since the log started (the N of failOnCall). */
  position(): number {
    return this.sequence;
  }

  reset(): void {
    this.counts.clear();
  }

  /** Makes the call numbered `index` (counting from the start of the log) fail. */
  failOnCall(index: number, fault: Fault = { kind: 'error' }): void {
    this.faultAt.set(index, fault);
  }

  /**
   * Runs `hook` before every call (after counting it): concurrency scenarios use it to let another
   * person act between two calls of an execution. Returns a function that removes the hook.
   */
  beforeCall(hook: (name: string, index: number) => void): () => void {
    this.hooks.push(hook);
    return () => {
      this.hooks = this.hooks.filter((h) => h !== hook);
    };
  }

  /** Makes any call matching the predicate fail; pass undefined to stop. */
  failWhen(predicate: ((name: string, index: number) => Fault | undefined) | undefined): void {
    this.faultWhen = predicate;
  }
}

export function isSpreadsheetCall(name: string): boolean {
  return SPREADSHEET_CLASSES.has(name.split('.')[0]);
}

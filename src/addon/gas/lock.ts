import { UserError } from '../../core/errors';

/** Waits this long for another user's write to finish before telling the person to retry. */
const LOCK_WAIT_MS = 15000;

/** Runs a read-modify-write of the spreadsheet under the document lock. */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new UserError('error.busy');
  try {
    const result = work();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}

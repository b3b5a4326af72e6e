/**
 * Concurrency and faults on the emulator: another person sorts, inserts, deletes, moves a column or
 * filters between any two service calls of an action; any service call of an action fails.
 */
import { ACTIONS, faults, interleavings, MUTATIONS } from '../../src/local/robustness/scenarios';

test('another person acting between two calls never gets a value written to the wrong partner', () => {
  // Every third call here; `npm run robustness` explores every call.
  const result = interleavings(ACTIONS, MUTATIONS, 3);
  expect(result.failures).toEqual([]);
  expect(result.tried).toBeGreaterThan(300);
}, 120000);

test('a fault at any call leaves the sheet consistent, and the next run completes the work exactly once', () => {
  const result = faults(ACTIONS, 1);
  expect(result.failures).toEqual([]);
  expect(result.tried).toBeGreaterThan(200);
}, 120000);

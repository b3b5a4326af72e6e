/** Property-based tests on the core: hostile input never breaks it nor slips through. */
import { checkProperties, PROPERTIES } from '../../src/local/robustness/properties';

test('every property holds on 300 random cases each', () => {
  const result = checkProperties(300);
  expect(result.failures).toEqual([]);
  expect(result.tried).toBe(300 * PROPERTIES.length);
});

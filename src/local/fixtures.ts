/** URL routes of the emulator, answered from the recorded open-data fixtures under test/fixtures/. */
import type { Route } from './emulator/urlfetch';

export function fixtureRoutes(): Route[] {
  return [];
}

/** Shared test set-up: an emulator over the freshly built dist/. */
import { Emulator, type EmulatorOptions } from '../src/local/emulator/runtime';

export function emulator(options: EmulatorOptions = {}): Emulator {
  return new Emulator(options);
}

/**
 * npm run robustness: the figures of the robustness pass — property cases tried, faults injected,
 * interleavings explored, failures found — on the built add-on in the emulator.
 */
import { buildAll } from '../build';
import { checkProperties } from './properties';
import { faults, interleavings } from './scenarios';

async function main(): Promise<void> {
  await buildAll();
  const started = Date.now();
  const properties = checkProperties(1000);
  const crossed = interleavings();
  const injected = faults();
  const failures = [...properties.failures, ...crossed.failures, ...injected.failures];
  const report = {
    propertyCases: properties.tried,
    faultsInjected: injected.tried,
    interleavingsExplored: crossed.tried,
    readWriteWindows: crossed.windows,
    failures: failures.length,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  console.log(JSON.stringify(report));
  for (const failure of failures.slice(0, 50)) console.log(`ÉCHEC ${failure}`);
  if (failures.length) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

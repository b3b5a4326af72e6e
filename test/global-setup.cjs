// Tests exercise the built bundle, as Apps Script runs it: build dist/ once before any test.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async () => {
  if (process.env.SKIP_BUILD === '1') return;
  execFileSync(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, '..', 'src/local/build.ts')], {
    stdio: 'inherit',
  });
};

// npm run test:dynamodb-local: the integration tests again, on the official DynamoDB Local (which
// needs Java 17). Without Java it says what to install: outside CI it skips, in CI it fails.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

if (spawnSync('java', ['-version']).status !== 0) {
  const message = 'DynamoDB Local needs Java 17: apt-get install openjdk-17-jre-headless (the integration tests ran on dynalite only)';
  console.error(`${process.env.CI ? 'error' : 'skipped'}: ${message}`);
  process.exit(process.env.CI ? 1 : 0);
}
// vitest's own entry on this very Node (the project's Node 24, from node_modules/.bin under npm),
// rather than whatever `node` a shell would find first
const vitest = fileURLToPath(new URL('vitest.mjs', import.meta.resolve('vitest/package.json')));
const run = spawnSync(process.execPath, [vitest, 'run', 'test/integration'], { stdio: 'inherit', env: { ...process.env, DYNAMODB_BACKEND: 'dynamodb-local' } });
process.exit(run.status ?? 1);

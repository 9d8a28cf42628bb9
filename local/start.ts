/**
 * npm start [-- --fresh]: the local stack (CONTRACT.md §2). Ports from S3_PORT, API_PORT and
 * DYNAMODB_PORT, state under DATA_DIR (default .local/).
 */
import { startLocalStack } from './stack.ts';

const port = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    console.error(`${name} must be a port number, not ${process.env[name]}`);
    process.exit(2);
  }
  return value;
};

const ports = { S3_PORT: port('S3_PORT', 4569), API_PORT: port('API_PORT', 3000), DYNAMODB_PORT: port('DYNAMODB_PORT', 4570) };
const stack = await startLocalStack({
  dataDir: process.env.DATA_DIR ?? '.local',
  s3Port: ports.S3_PORT,
  apiPort: ports.API_PORT,
  dynamoPort: ports.DYNAMODB_PORT,
  fresh: process.argv.includes('--fresh'),
}).catch((error: NodeJS.ErrnoException & { port?: number }) => {
  if (error.code !== 'EADDRINUSE') throw error;
  // one line that says what to do, rather than a stack trace
  const [name] = Object.entries(ports).find(([, value]) => value === error.port) ?? ['a port'];
  console.error(`npm start: port ${error.port} (${name}) is in use, perhaps by another npm start: stop it, or choose another port (${name}=${(error.port ?? 0) + 10} npm start)`);
  process.exit(1);
});

console.log(`S3        ${stack.s3Endpoint}  (bucket "${stack.bucket}", access key S3RVER / secret S3RVER, region us-east-1, path-style)`);
console.log(`API       ${stack.apiUrl}  (token: npm run --silent token -- NAME)`);
console.log(`Desk      ${stack.apiUrl}/  (sign in with a token, or open ${stack.apiUrl}/#token=TOKEN)`);
console.log(`DynamoDB  ${stack.dynamoEndpoint}  (table "${stack.tableName}", access key local / secret local, region us-east-1)`);
if (stack.recovered > 0) console.log(`recovered ${stack.recovered} upload(s) left unfinished by the last run`);
if (stack.requeued > 0) console.log(`requeued ${stack.requeued} claim(s) an older version queued where the review queue no longer reads`);
if (stack.followedUp > 0) console.log(`followed up ${stack.followedUp} verdict(s) the last run answered but stopped before filing them for seen-before, settling their clusters and logging their events`);
if (stack.seenMoved > 0) console.log(`moved ${stack.seenMoved} seen-before entr${stack.seenMoved === 1 ? 'y' : 'ies'} an older version filed where new claims no longer look`);
console.log('ready');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('stopping');
  await stack.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

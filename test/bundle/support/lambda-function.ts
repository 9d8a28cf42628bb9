import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SynthesizedFunction } from './synthesized-functions.ts';

const bootstrap = fileURLToPath(new URL('./lambda-bootstrap.cjs', import.meta.url));

export interface RunningFunction {
  /** runs one invocation; rejects with the handler's error, and with the process's output if it died */
  invoke<T = unknown>(event: unknown): Promise<T>;
  /** what the function printed (its logs, its metrics) */
  output(): string;
  /** how long the bundle took to load (its `require`, as Lambda's init phase runs it), in ms */
  loadMs: number;
  /** how long each invocation took in the handler, in ms, in order */
  invocationMs: number[];
  close(): Promise<void>;
}

export interface FunctionOptions {
  name: string;
  /** a folder of its own, for its task folder */
  dir: string;
  /** the AWS SDK, as the runtime provides it (aws-sdk-runtime.ts) */
  sdkNodeModules: string;
  /** a value for each of the stack's variables that is a CloudFormation reference (a table's name, a queue's URL) */
  references: Record<string, string>;
  /** variables the local stand-ins need beside the stack's: their endpoints */
  endpoints: Record<string, string>;
  /**
   * active tracing as in AWS, its segments sent to this address (an X-Ray daemon's, host:port);
   * without it tracing is off, as no daemon is there to take the segments
   */
  xrayDaemon?: string;
}

export const INGEST_QUEUE = '000000000000/uploads';
export const REPROCESS_QUEUE = '000000000000/reprocess';

/**
 * What a function needs to run against the local servers (startLocalServers has set this process's
 * S3_ENDPOINT and DYNAMODB_ENDPOINT) and the stand-in SQS and EventBridge at `awsUrl`: a value for
 * each of the stack's references, and the endpoints (the handlers read theirs in shared/config.ts,
 * the SDK the AWS_ENDPOINT_URL_* ones).
 */
export function localStackWiring(awsUrl: string, table: string, bucket: string): Pick<FunctionOptions, 'references' | 'endpoints'> {
  return {
    references: {
      TABLE_NAME: table,
      BUCKET_NAME: bucket,
      INGEST_QUEUE_URL: `${awsUrl}/${INGEST_QUEUE}`,
      REPROCESS_QUEUE_URL: `${awsUrl}/${REPROCESS_QUEUE}`,
      EVENT_BUS_NAME: 'verdicts',
    },
    endpoints: {
      S3_ENDPOINT: process.env.S3_ENDPOINT!,
      DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT!,
      AWS_ENDPOINT_URL_SQS: awsUrl,
      AWS_ENDPOINT_URL_EVENTBRIDGE: awsUrl,
    },
  };
}

/**
 * Starts a function as Lambda would: its bundle unpacked into a task folder of its own, loaded in
 * a fresh Node process (this one's Node, the project's 24) with Lambda's environment: what the
 * runtime itself sets (the AWS SDK on NODE_PATH among it), the stack's variables for the function,
 * and the local endpoints.
 */
export async function startFunction(fn: SynthesizedFunction, options: FunctionOptions): Promise<RunningFunction> {
  const taskRoot = join(options.dir, 'task');
  cpSync(fn.assetDir, taskRoot, { recursive: true });
  const env: Record<string, string> = {
    ...runtimeEnvironment(fn, options.name, taskRoot, options.sdkNodeModules),
    ...stackEnvironment(options.name, fn.environment, options.references),
    ...options.endpoints,
  };
  if (options.xrayDaemon) {
    delete env.POWERTOOLS_TRACE_ENABLED;
    env.AWS_XRAY_DAEMON_ADDRESS = options.xrayDaemon;
  }
  const child = fork(bootstrap, [], { cwd: taskRoot, env, execArgv: [], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const { loadMs } = (await nextMessage(child, () => output)) as { loadMs: number };
  const invocationMs: number[] = [];
  let invocations = 0;
  return {
    loadMs,
    invocationMs,
    invoke: async <T>(event: unknown) => {
      const id = ++invocations;
      child.send({ id, event, timeoutMs: fn.timeoutSeconds * 1000, traceHeader: options.xrayDaemon ? traceHeader() : undefined });
      const answer = (await nextMessage(child, () => output)) as { id: number; result?: T; error?: { message: string; stack?: string }; ms: number };
      invocationMs.push(answer.ms);
      if (answer.error) throw Object.assign(new Error(`${options.name}: ${answer.error.message}`), { stack: answer.error.stack });
      return answer.result as T;
    },
    output: () => output,
    close: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    },
  };
}

/** A sampled trace's header, as Lambda hands an invocation of an actively traced function: Root=1-<time>-<24 hex>;Parent=<16 hex>;Sampled=1. */
function traceHeader(): string {
  const hex = (bytes: number) => randomBytes(bytes).toString('hex');
  return `Root=1-${Math.floor(Date.now() / 1000).toString(16)}-${hex(12)};Parent=${hex(8)};Sampled=1`;
}

/** The variables the Lambda runtime sets for every function, whatever the stack says. */
function runtimeEnvironment(fn: SynthesizedFunction, name: string, taskRoot: string, sdkNodeModules: string): Record<string, string> {
  return {
    PATH: '/usr/local/bin:/usr/bin:/bin',
    LANG: 'en_US.UTF-8',
    TZ: ':UTC',
    _HANDLER: fn.handler,
    LAMBDA_TASK_ROOT: taskRoot,
    NODE_PATH: sdkNodeModules,
    AWS_EXECUTION_ENV: `AWS_Lambda_${fn.runtime}`,
    AWS_LAMBDA_FUNCTION_NAME: name,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memoryMb),
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    // the role's credentials; only the services this test stands in for ever see them
    AWS_ACCESS_KEY_ID: 'bundle-test',
    AWS_SECRET_ACCESS_KEY: 'bundle-test',
    AWS_SESSION_TOKEN: 'bundle-test',
    // no X-Ray daemon here to take the active tracing's segments, unless the test brings one (xrayDaemon)
    POWERTOOLS_TRACE_ENABLED: 'false',
  };
}

/** The stack's variables as it sets them, each CloudFormation reference replaced by the value named the same: one left without is an error. */
function stackEnvironment(name: string, environment: Record<string, unknown>, references: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(environment).map(([key, value]) => {
      if (typeof value === 'string') return [key, value];
      if (Object.hasOwn(references, key)) return [key, references[key]];
      throw new Error(`${name}: ${key} is ${JSON.stringify(value)} in the stack; give it a local value`);
    }),
  );
}

function nextMessage(child: ChildProcess, output: () => string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      child.off('close', onClose);
      resolve(message);
    };
    // on close, not exit: by then all it printed has been read
    const onClose = (code: number | null) => {
      child.off('message', onMessage);
      reject(new Error(`the function's process exited (${code}) before answering:\n${output()}`));
    };
    child.once('message', onMessage);
    child.once('close', onClose);
  });
}

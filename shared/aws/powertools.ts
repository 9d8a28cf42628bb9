import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import type { MiddlewareObj } from '@middy/core';

/** One logger, metrics and tracer per process, shared by the handlers. */
export const logger = new Logger({ serviceName: 'quote-factcheck' });
export const metrics = new Metrics({ namespace: 'QuoteFactcheck', serviceName: 'quote-factcheck' });

/**
 * Whether the tracer records, decided as Powertools' Tracer decides it: in Lambda (AWS_EXECUTION_ENV
 * set) but not in SAM CLI's or Amplify's emulation of it, unless POWERTOOLS_TRACE_ENABLED is
 * `false`. Outside Lambda (the local stack, the tests) it stays off.
 */
export function tracingOn(env: NodeJS.ProcessEnv): boolean {
  if ((env.POWERTOOLS_TRACE_ENABLED ?? '').toLowerCase() === 'false') return false;
  const executionEnv = env.AWS_EXECUTION_ENV ?? '';
  return executionEnv !== '' && executionEnv !== 'AWS_Lambda_amplify-mock' && !env.AWS_SAM_LOCAL;
}
export const tracingEnabled = tracingOn(process.env);

/**
 * The Powertools tracer is loaded only where tracing is on: it brings the X-Ray SDK, whose loading
 * is a tenth of the API function's cold start, and whose context tracking (cls-hooked's async
 * hooks) then taxes every promise of every invocation, for nothing when no trace is recorded. Where
 * tracing is on, loading begins at start-up, as the module's own import did (the bundle loads it
 * in the microtask after the handler module, within Lambda's init phase); clients handed to
 * traceClient and the handler's segments are captured once it is there, before the first
 * invocation uses them.
 */
type Traceable = Parameters<Tracer['captureAWSv3Client']>[0];
const untraced: Traceable[] = [];
let tracer: Tracer | undefined;
const tracerLoaded: Promise<MiddlewareObj> | undefined = tracingEnabled ? loadTracer() : undefined;

async function loadTracer(): Promise<MiddlewareObj> {
  const [{ Tracer }, { captureLambdaHandler }] = await Promise.all([import('@aws-lambda-powertools/tracer'), import('@aws-lambda-powertools/tracer/middleware')]);
  tracer = new Tracer({ serviceName: 'quote-factcheck' });
  for (const client of untraced.splice(0)) tracer.captureAWSv3Client(client);
  return captureLambdaHandler(tracer);
}

/** The AWS SDK client, its requests traced as subsegments where tracing is on. */
export function traceClient<Client extends Traceable>(client: Client): Client {
  if (tracer) tracer.captureAWSv3Client(client);
  else if (tracingEnabled) untraced.push(client);
  return client;
}

/**
 * Middy middleware: Powertools' captureLambdaHandler where tracing is on (the handler's subsegment,
 * the ColdStart and Service annotations, the response or error as metadata); nothing where it is off.
 */
export function traceHandler(): MiddlewareObj {
  if (!tracerLoaded) return { before: () => undefined };
  let capture: MiddlewareObj | undefined;
  return {
    before: async (request) => {
      capture ??= await tracerLoaded;
      await capture.before?.(request);
    },
    after: async (request) => {
      await capture?.after?.(request);
    },
    onError: async (request) => {
      await capture?.onError?.(request);
    },
  };
}

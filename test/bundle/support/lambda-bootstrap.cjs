// A stand-in for the Lambda Node.js runtime's bootstrap, run in a fresh process per function:
// loads the handler that _HANDLER names (index.handler) from LAMBDA_TASK_ROOT, as CommonJS, the
// format the stack bundles in, then runs the invocations its parent sends, one at a time, as a
// warm execution environment does, answering each with the handler's result or its error. It
// times the handler module's loading (Lambda's init phase, less the runtime's own start) and each
// invocation, as the cold-start bench reports them.
const { randomUUID } = require('node:crypto');
const { join } = require('node:path');

const [file, name] = process.env._HANDLER.split('.');
const loadStarted = performance.now();
const handler = require(join(process.env.LAMBDA_TASK_ROOT, file))[name];
const loadMs = performance.now() - loadStarted;
if (typeof handler !== 'function') throw new Error(`${process.env._HANDLER} is not a function`);

process.on('message', async ({ id, event, timeoutMs, traceHeader }) => {
  const deadline = Date.now() + timeoutMs;
  // with active tracing, the runtime hands each invocation its trace header so
  if (traceHeader) process.env._X_AMZN_TRACE_ID = traceHeader;
  const functionName = process.env.AWS_LAMBDA_FUNCTION_NAME;
  const context = {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
    invokedFunctionArn: `arn:aws:lambda:${process.env.AWS_REGION}:000000000000:function:${functionName}`,
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'bundle-test',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
  const started = performance.now();
  try {
    const result = await handler(event, context);
    process.send({ id, result, ms: performance.now() - started });
  } catch (error) {
    process.send({ id, error: { message: String(error?.message ?? error), stack: error?.stack }, ms: performance.now() - started });
  }
});
process.send({ loaded: true, loadMs });

import { Duration } from 'aws-cdk-lib';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { OutputFormat, type NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/**
 * What every function shares: Node.js 24 on arm64 (cheaper per ms than x86), bundled locally by
 * esbuild (no Docker) for Node 22+ and minified, with source maps for readable stack traces, and
 * X-Ray tracing for the Powertools tracer.
 */
export const lambdaDefaults: NodejsFunctionProps = {
  runtime: Runtime.NODEJS_24_X,
  architecture: Architecture.ARM_64,
  tracing: Tracing.ACTIVE,
  bundling: {
    format: OutputFormat.CJS,
    target: 'node22',
    minify: true,
    sourceMap: true,
    // JSON (wink-nlp's models, the extraction and check-worthiness models, lexicons) shipped as
    // files beside index.js and read by require's JSON.parse at load: inlined, esbuild makes each
    // an object literal, which V8 compiles as code, slower than JSON.parse reads it (the ingest
    // bundle, 4.7 MB of it JSON, loads ~15% sooner; npm run bench -- --only=cold)
    loader: { '.json': 'copy' },
    forceDockerBundling: false,
  },
  environment: {
    NODE_OPTIONS: '--enable-source-maps',
    POWERTOOLS_SERVICE_NAME: 'quote-factcheck',
    POWERTOOLS_METRICS_NAMESPACE: 'QuoteFactcheck',
  },
  timeout: Duration.seconds(30),
};

/** A function's log group, kept as long as the stage's retention says. */
export const functionLogs = (scope: Construct, retention: RetentionDays, id = 'Logs') => new LogGroup(scope, id, { retention });

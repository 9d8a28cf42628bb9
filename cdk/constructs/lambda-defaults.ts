import { Duration } from 'aws-cdk-lib';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { OutputFormat, type NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/** What every function shares: Node.js 22 on arm64, bundled locally by esbuild (no Docker), with source maps. */
export const lambdaDefaults: NodejsFunctionProps = {
  runtime: Runtime.NODEJS_22_X,
  architecture: Architecture.ARM_64,
  bundling: {
    format: OutputFormat.CJS,
    target: 'node22',
    minify: true,
    sourceMap: true,
    forceDockerBundling: false,
  },
  environment: {
    NODE_OPTIONS: '--enable-source-maps',
    POWERTOOLS_SERVICE_NAME: 'quote-factcheck',
  },
  timeout: Duration.seconds(30),
};

/** A function's log group, kept a month: long enough to trace a reviewer's complaint, short enough to stay cheap. */
export const functionLogs = (scope: Construct) => new LogGroup(scope, 'Logs', { retention: RetentionDays.ONE_MONTH });

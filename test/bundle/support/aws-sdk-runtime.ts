import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/**
 * What the Lambda Node.js runtime puts beside a function: the AWS SDK for JavaScript v3, every
 * @aws-sdk package with what they need (@smithy, @aws-crypto, tslib, an XML parser...), in a
 * folder on NODE_PATH (/var/runtime/node_modules there). Copied here from the project's
 * node_modules, and nothing else: a bundle that leans on any other installed package fails to
 * load, as it would in Lambda. Returns the node_modules folder made under `dir`.
 */
export function copyAwsSdk(dir: string, projectDir = process.cwd()): string {
  const installed = join(projectDir, 'node_modules');
  const into = join(dir, 'node_modules');
  const packages = new Set(readdirSync(join(installed, '@aws-sdk')).map((name) => `@aws-sdk/${name}`));
  const seen = new Set<string>();
  const visit = (packageDir: string) => {
    if (seen.has(packageDir)) return;
    seen.add(packageDir);
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      const found = packageDirOf(name, packageDir, projectDir);
      if (!found) {
        if (manifest.optionalDependencies?.[name]) continue;
        throw new Error(`${relative(projectDir, packageDir)} needs ${name}, which is not installed`);
      }
      // a package nested in another's node_modules is copied with it; one at the top, by name
      const top = relative(installed, found);
      if (!top.includes(`${sep}node_modules${sep}`)) packages.add(top.split(sep).join('/'));
      visit(found);
    }
  };
  for (const name of [...packages]) visit(join(installed, name));
  for (const name of packages) cpSync(join(installed, name), join(into, name), { recursive: true });
  return into;
}

/** Where Node would find package `name` required from `fromDir`: the nearest node_modules that has it. */
function packageDirOf(name: string, fromDir: string, projectDir: string): string | undefined {
  for (let dir = fromDir; dir.startsWith(projectDir); dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === projectDir) break;
  }
  return undefined;
}

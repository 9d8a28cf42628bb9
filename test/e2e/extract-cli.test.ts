import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Span { start: number; end: number; text: string }
interface Line { file: string; claims: Array<{ text: string; content: Span & { pieces?: Span[] }; source: Span | null; cue: Span | null; speaker: { name: string }; kind: string }>; error?: string }

describe('npm run extract (CONTRACT.md §5)', () => {
  it('prints a line per file whose claims index the file’s text, a split claim as its pieces’ words', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    try {
      const split = join(dir, 'split.txt');
      writeFileSync(split, 'Budget day.\n\n“We will not raise taxes,” Marsh told reporters at the Treasury. “The budget is balanced.”\n');
      const seed = 'examples/pakistan-china-ukraine.txt';
      const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/stack/extract.ts', seed, split], { encoding: 'utf8' });
      const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Line);
      expect(lines.map((l) => l.file)).toEqual([seed, split]);
      expect(lines[0].claims).toHaveLength(10);
      for (const { file, claims } of lines) {
        const text = readFileSync(file, 'utf8');
        for (const c of claims) {
          for (const span of [c.content, c.source, c.cue, ...(c.content.pieces ?? [])]) if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
          expect(c.text).toBe(c.content.pieces ? c.content.pieces.map((p) => p.text).join(' … ') : c.content.text);
        }
      }
      expect(lines[1].claims[0]).toMatchObject({ text: '“We will not raise taxes,” … “The budget is balanced.”', speaker: { name: 'Marsh' }, kind: 'direct' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

/** The golden-file helper the parser tests use: written only on request, missing means failing. */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGolden } from '../../lib/golden.ts';

const scratch = async () => mkdtemp(join(tmpdir(), 'golden-'));

describe('readGolden', () => {
  it('should fail on a missing golden file, say to create it with UPDATE=1, and write nothing', async () => {
    const file = join(await scratch(), 'missing.json');
    await expect(readGolden(file, { a: 1 }, false)).rejects.toThrow(
      /missing\.json is missing: create it with UPDATE=1/,
    );
    expect(existsSync(file)).toBe(false);
  });

  it('should give back what the golden file holds, not the actual value', async () => {
    const file = join(await scratch(), 'kept.json');
    await writeFile(file, '{ "a": 1 }\n');
    expect(await readGolden(file, { a: 2 }, false)).toEqual({ a: 1 });
    expect(await readFile(file, 'utf8')).toBe('{ "a": 1 }\n');
  });

  it('should write the actual value as indented JSON when asked to update', async () => {
    const file = join(await scratch(), 'new.json');
    expect(await readGolden(file, { a: [1] }, true)).toEqual({ a: [1] });
    expect(await readFile(file, 'utf8')).toBe('{\n  "a": [\n    1\n  ]\n}\n');
  });
});

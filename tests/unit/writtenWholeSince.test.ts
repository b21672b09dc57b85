import { mkdtemp, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writtenWholeSince } from '../../src/integrations/pagefindSearch.ts';

const PAGE = '<!DOCTYPE html><html lang="en"><body data-pagefind-body><p>21,000</p></body></html>';

describe('writtenWholeSince (the early search index waits for each article page)', () => {
  let folder: string;
  let since: number;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'tally-written-'));
    since = Date.now() - 1000;
  });

  it('takes a page written whole during the build', async () => {
    const file = join(folder, 'whole.html');
    await writeFile(file, PAGE);
    expect(await writtenWholeSince(file, since)).toBe(true);
  });

  it('waits for a page Astro is still writing', async () => {
    const file = join(folder, 'partial.html');
    await writeFile(file, PAGE.slice(0, PAGE.length - 3));
    expect(await writtenWholeSince(file, since)).toBe(false);
  });

  it('waits for a page not written yet', async () => {
    expect(await writtenWholeSince(join(folder, 'missing.html'), since)).toBe(false);
  });

  it('does not take the whole page an earlier build left in the output folder', async () => {
    const file = join(folder, 'stale.html');
    await writeFile(file, PAGE.replace('21,000', '20,000'));
    const earlier = new Date(since - 60_000);
    await utimes(file, earlier, earlier);
    expect(await writtenWholeSince(file, since)).toBe(false);
  });

  it('waits for an empty file (Astro has truncated it and not yet written)', async () => {
    const file = join(folder, 'empty.html');
    await writeFile(file, '');
    expect(await writtenWholeSince(file, since)).toBe(false);
  });
});

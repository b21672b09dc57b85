import { mkdtemp, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { unwrittenSince, writtenWholeSince } from '../../src/integrations/pagefindSearch.ts';

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

describe('unwrittenSince', () => {
  it('keeps, in order, exactly the pages not yet written whole, over more pages than it opens at once', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'tally-unwritten-'));
    const since = Date.now() - 1000;
    const files = Array.from({ length: 200 }, (_, index) => `page-${index}.html`);
    const pending = files.filter((_, index) => index % 7 === 3);
    for (const file of files) {
      await writeFile(join(folder, file), pending.includes(file) ? PAGE.slice(0, 20) : PAGE);
    }
    expect(await unwrittenSince(folder, files, since)).toEqual(pending);
  });
});

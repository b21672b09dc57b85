/**
 * The dev server's live check: one file re-checked per change, one report per change, nothing
 * about unchanged files, and a save seen mid-write never reported as what it was mid-write.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/checkContent.ts';
import { formatProblem } from '../../src/check/CheckProblem.ts';
import { LiveContentCheck, SETTLE_MS, type ContentChange } from '../../src/check/liveContentCheck.ts';

const SEED = readFileSync('content/articles/new-wave-of-mobilization-and-conscripting-prisoners-in-russia.mdx', 'utf8');
const BROKEN = SEED.replace(/^title: .*$/m, 'title: Russia: a New Wave');

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function start(files: Record<string, string>) {
  const folder = mkdtempSync(join(tmpdir(), 'tally-live-'));
  folders.push(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  const changes: ContentChange[] = [];
  const live = await LiveContentCheck.start({ directory: folder, locale: 'en-GB' }, (change) => changes.push(change));
  const save = async (name: string, text: string | undefined) => {
    if (text === undefined) rmSync(join(folder, name));
    else writeFileSync(join(folder, name), text);
    live.fileChanged(join(folder, name));
    await live.settled();
  };
  return { folder, live, changes, save, shown: (name: string) => relative(process.cwd(), join(folder, name)) };
}

describe('LiveContentCheck', () => {
  it('after each change, equals a whole check of the folder', async () => {
    const { folder, live, save } = await start({ 'a.mdx': SEED, 'b.mdx': SEED });
    await save('a.mdx', BROKEN);
    await save('c.mdx', SEED);
    await save('b.mdx', undefined);
    const whole = checkContent({ directory: folder, locale: 'en-GB' });
    expect(live.current.problems.map(formatProblem)).toEqual(whole.problems.map(formatProblem));
    expect([...live.current.entries.keys()]).toEqual([...whole.entries.keys()]);
    expect(live.failing().map((article) => article.slug)).toEqual(['a']);
  });

  it("reports the changed file's problems once, then that its errors are fixed, and nothing of other files", async () => {
    const { changes, save, shown } = await start({ 'a.mdx': SEED, 'b.mdx': SEED });
    await save('a.mdx', BROKEN);
    await save('a.mdx', SEED);
    expect(changes).toHaveLength(2);
    const [broken, fixed] = changes.map((change) => change.report.map((line) => line.text).join('\n'));
    expect(broken).toContain(`${shown('a.mdx')}:`);
    expect(broken).not.toContain(shown('b.mdx'));
    expect(changes[0]!.report.filter((line) => line.level === 'error')).toHaveLength(2);
    expect(fixed).toContain('its errors are fixed');
    expect(fixed).not.toContain(shown('b.mdx'));
  });

  it('reports a problem another file now has because of the change (a slug two files share)', async () => {
    const { changes, save, shown } = await start({ 'a.mdx': SEED });
    await save('A.mdx', SEED);
    const text = changes[0]!.report.map((line) => line.text).join('\n');
    expect(text).toContain('already used by');
    expect(text).toContain(shown('A.mdx'));
  });

  it('changes nothing, and reports nothing, when the bytes are those already checked', async () => {
    const { live, changes, save } = await start({ 'a.mdx': SEED });
    const before = live.current;
    await save('a.mdx', SEED);
    expect(changes).toEqual([]);
    expect(live.current).toBe(before);
  });

  it('reads a file again when it reads empty mid-save, and reports the finished file only', async () => {
    const { folder, live, changes } = await start({ 'a.mdx': SEED });
    const path = join(folder, 'a.mdx');
    writeFileSync(path, '');
    live.fileChanged(path);
    // The rest of the save lands within the settle delay.
    setTimeout(() => writeFileSync(path, BROKEN), SETTLE_MS / 4);
    await live.settled();
    const text = changes.map((change) => change.report.map((line) => line.text).join('\n')).join('\n');
    expect(text).not.toMatch(/empty/);
    expect(text).toContain(':2:');
    expect(live.failing()[0]!.errors.map((problem) => problem.line)).toEqual([2]);
  });
});

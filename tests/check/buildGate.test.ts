/**
 * The build uses the checker: a broken article stops `astro build` with the checker's own lines
 * before anything is rendered, and drafts and scheduled articles never reach a production build.
 * This file makes the one extra (small) build of the suite; the failing run stops at config time.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleTemplate } from '../../src/check/articleTemplate.ts';
import { checkContent } from '../../src/check/checkContent.ts';
import { formatProblem } from '../../src/check/CheckProblem.ts';
import { htmlTags } from '../support/htmlTags.ts';
import { runBuild } from '../support/runBuild.ts';

// Inside the project (and git-ignored): Astro's content modules must resolve from its root.
const SCRATCH = '.tally-cache/tests';
const folders: string[] = [];
function temporaryFolder(prefix: string): string {
  mkdirSync(SCRATCH, { recursive: true });
  const folder = mkdtempSync(join(SCRATCH, prefix));
  folders.push(folder);
  return folder;
}
/**
 * Astro 7 keeps `.astro/content-modules.mjs` from the previous sync when its store is reset (a new
 * content folder, --force), so a build after a build of another folder imports files that are
 * gone. Removing the file makes the next sync write it afresh.
 */
function forgetContentModules(): void {
  rmSync('.astro/content-modules.mjs', { force: true });
}
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  forgetContentModules();
});

describe('astro build with the content check', () => {
  it('stops with the same lines npm run check prints, before rendering a page', async () => {
    const content = temporaryFolder('tally-broken-');
    const outDir = temporaryFolder('tally-broken-dist-');
    for (const name of ['wrong-type-value.mdx', 'impossible-day.mdx', 'unknown-fig-id.mdx']) {
      copyFileSync(join('tests/fixtures/invalid', name), join(content, name));
    }
    const run = await runBuild(['--outDir', outDir], { TALLY_CONTENT_DIR: content });
    expect(run.code).not.toBe(0);
    const expected = checkContent({ directory: content, locale: 'en-GB' });
    expect(expected.errors).toBe(3);
    for (const problem of expected.problems) expect(run.output).toContain(formatProblem(problem));
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('leaves drafts and scheduled articles out of production, and shows hostile strings as text', async () => {
    const content = temporaryFolder('tally-drafts-');
    const outDir = temporaryFolder('tally-drafts-dist-');
    // The public article is the hostile fixture, so the built page also shows its strings as text.
    // (<Chart> is left out until the article page provides it.)
    const hostile = readFileSync('tests/fixtures/hostile/script-in-every-string.mdx', 'utf8').replace(
      '<Chart id="sizes" />',
      '',
    );
    writeFileSync(join(content, 'public-article.mdx'), hostile);
    const seed = readFileSync('tests/fixtures/hostile/markup-in-the-body.mdx', 'utf8');
    writeFileSync(join(content, 'scheduled-article.mdx'), seed.replace(/^published: .*$/m, 'published: 2999-01'));
    writeFileSync(join(content, 'draft-article.mdx'), articleTemplate({ title: 'A draft', today: '2024-10-02' }));
    forgetContentModules();
    // This runs with the DEV=1 Vitest puts in a worker's environment: drafts must stay out regardless.
    const run = await runBuild(['--force', '--outDir', outDir], { TALLY_CONTENT_DIR: content });
    expect(run.code, run.output).toBe(0);
    expect(existsSync(join(outDir, 'articles/public-article/index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'articles/scheduled-article'))).toBe(false);
    expect(existsSync(join(outDir, 'articles/draft-article'))).toBe(false);
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(home).toContain('/articles/public-article/');
    expect(home).not.toContain('scheduled-article');
    expect(home).not.toContain('draft-article');

    const page = readFileSync(join(outDir, 'articles/public-article/index.html'), 'utf8');
    const tags = htmlTags(page);
    expect(tags.filter((tag) => tag.name === 'img')).toEqual([]);
    expect(tags.flatMap((tag) => [...tag.attributes.keys()].filter((name) => name.startsWith('on')))).toEqual([]);
    // The page's own SVGs are the theme icon and the chart; content must not add another.
    expect(
      tags.filter(
        (tag) =>
          tag.name === 'svg' &&
          tag.attributes.get('aria-hidden') !== 'true' &&
          tag.attributes.get('class') !== 'chart-svg',
      ),
    ).toEqual([]);
    // The only script that runs is the theme script; content never makes one.
    const themeScript = /<script is:inline>([\s\S]*?)<\/script>/.exec(
      readFileSync('src/components/ThemeScript.astro', 'utf8'),
    )![1];
    const runnable = tags.filter(
      (tag) => tag.name === 'script' && tag.attributes.get('type') !== 'application/ld+json',
    );
    expect(runnable).toHaveLength(1);
    expect(page).toContain(`<script>${themeScript}</script>`);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Prisoners &lt;/script&gt; and the draft');
  });
});

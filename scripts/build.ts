/**
 * `npm run build`: `astro build` (with any of its options), run in this process after telling the
 * Rust libraries' allocator to give memory back.
 *
 * Why: Astro's bundler (Rolldown) and two other native modules each carry mimalloc, which by
 * default asks Linux for transparent huge pages (2 MiB at a time) and keeps freed pages for a
 * while before returning them. Rolldown's share of the build's memory stays resident, in whole
 * huge pages, long after its bundle is done: 238 MiB touched for a 90 MiB peak of live data at
 * 1,000 articles. With these two settings Astro's process peaked at 903–937 MiB instead of
 * 1,060–1,162 (pairs of cold 1,000-article builds, same corpus), and no slower that we could measure.
 *
 * Rules:
 * - mimalloc reads its settings from the environment once, when the native module loads, which is
 *   before Astro reads `astro.config.mjs`: so they are set here, before Astro is imported.
 * - A setting already in the environment wins.
 * - The rest is Astro's own command line (`bin.astro` of its package.json), exit status included.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** No transparent huge pages, and freed memory returned at once (defaults: madvise, 1,000 ms). */
process.env.MIMALLOC_ALLOW_THP ??= '0';
process.env.MIMALLOC_PURGE_DELAY ??= '0';

const require = createRequire(import.meta.url);
const manifest = require.resolve('astro/package.json');
const { bin } = require(manifest) as { bin: { astro: string } };
process.argv.splice(2, 0, 'build');
await import(pathToFileURL(join(dirname(manifest), bin.astro)).href);

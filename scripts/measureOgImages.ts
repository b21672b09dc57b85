/**
 * Prints what social cards cost: the one-off start (fonts, WebAssembly), a fresh render, and a
 * cached one. Run: `node_modules/.bin/node scripts/measureOgImages.ts [count]` (default 100).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OgCardInput } from '../src/lib/og/buildOgCard.ts';
import { drawOgImage, renderOgImage } from '../src/lib/og/renderOgImage.ts';

const count = Number(process.argv[2] ?? 100);
const card = (index: number): OgCardInput => ({
  site: 'Tally',
  section: 'Security',
  title: `New Wave of Mobilization and Conscripting Prisoners in Russia, part ${index}`,
  fact: {
    title: 'Facility quota',
    equation: `100 × ${210 + index} = ${(100 * (210 + index)).toLocaleString('en-GB')}`,
  },
});

const time = async (work: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

const startup = await time(() => drawOgImage(card(-1)));
const fresh = await time(async () => {
  for (let index = 0; index < count; index += 1) await drawOgImage(card(index));
});

const cache = await mkdtemp(join(tmpdir(), 'tally-og-measure-'));
process.env.TALLY_OG_CACHE_DIR = cache;
const miss = await time(async () => {
  for (let index = 0; index < count; index += 1) await renderOgImage(card(index));
});
const hit = await time(async () => {
  for (let index = 0; index < count; index += 1) await renderOgImage(card(index));
});
await rm(cache, { recursive: true, force: true });

const perImage = (total: number) => `${(total / count).toFixed(1)} ms`;
console.log(`cards: ${count}`);
console.log(`first card (fonts + WebAssembly start): ${startup.toFixed(0)} ms`);
console.log(`fresh render: ${perImage(fresh)} per card`);
console.log(`cache miss (render + write): ${perImage(miss)} per card`);
console.log(`cache hit (hash + read): ${perImage(hit)} per card`);
console.log(
  `10,000 cards: ${(((fresh / count) * 10_000) / 1000).toFixed(0)} s fresh, ${(((hit / count) * 10_000) / 1000).toFixed(1)} s cached`,
);

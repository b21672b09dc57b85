/**
 * `node bench/compareBuilds.ts --variant name:ENV=1 …`: Tally's build against variants of itself,
 * in interleaved rounds, each sample a cold build then a warm one (one article edited; none with
 * `--cold-only`), the way
 * `run.ts` measures Tally (same corpus, caches set aside, GNU time for CPU).
 *
 * A variant is the same checkout built with extra environment variables, which only a patched
 * copy of the code reads (the switches are never shipped): issue 22's per-mechanism pairs ran in a
 * second worktree of `c17f988` with `bench/mechanismSwitches.patch` applied. Each round runs the reference build
 * ("A", no variables) before every `--a-every` variants, so each variant sits next to an A:
 * with `--a-every 2`, A B1 B2 A B3 B4 …. Every sample is printed with the 1-minute load average,
 * and all are written to `--out` (JSON).
 */
import { loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { editOneArticle, readSeedArticle, writeCorpus } from './generateCorpus.ts';
import { measureBuild, type BuildMeasurement } from './measureBuild.ts';
import { emptyTrash, setAside } from './setAside.ts';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const CACHES = ['.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache', '.tally-cache'];

interface Variant {
  name: string;
  env: Record<string, string>;
}

interface Sample {
  round: number;
  variant: string;
  loadBefore: number;
  cold: Pick<BuildMeasurement, 'ok' | 'ms' | 'cpuMs'>;
  /** Left out with `--cold-only`. */
  warm?: Pick<BuildMeasurement, 'ok' | 'ms' | 'cpuMs'>;
}

function parseVariant(text: string): Variant {
  const [name, assignments = ''] = text.split(':');
  const env = Object.fromEntries(
    assignments
      .split(',')
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
  return { name: name!, env };
}

const seconds = (ms: number | undefined) => (ms === undefined ? '—' : (ms / 1000).toFixed(1));

async function sample(variant: Variant, round: number, n: number, corpus: string, coldOnly: boolean): Promise<Sample> {
  const seed = readSeedArticle();
  writeCorpus(seed, n, corpus);
  const outDir = resolve(`bench/build/compare/${n}`);
  for (const path of [outDir, ...CACHES]) setAside(path);
  const loadBefore = Number(loadavg()[0]!.toFixed(2));
  const build = () =>
    measureBuild({
      args: ['scripts/build.ts', '--outDir', outDir],
      env: { TALLY_CONTENT_DIR: corpus, ...variant.env },
    });
  const cold = await build();
  let warm: BuildMeasurement | undefined;
  if (!coldOnly) {
    editOneArticle(seed, corpus);
    warm = await build();
  }
  const pick = ({ ok, ms, cpuMs }: BuildMeasurement) => ({ ok, ms: Math.round(ms), cpuMs });
  const result = { round, variant: variant.name, loadBefore, cold: pick(cold), warm: warm && pick(warm) };
  console.log(
    [
      `round ${round}`,
      variant.name.padEnd(16),
      `load ${loadBefore.toFixed(2)}`,
      `cold ${seconds(cold.ms)} s (CPU ${seconds(cold.cpuMs)} s)${cold.ok ? '' : ' FAILED'}`,
      warm ? `warm ${seconds(warm.ms)} s (CPU ${seconds(warm.cpuMs)} s)${warm.ok ? '' : ' FAILED'}` : '',
    ].join('  '),
  );
  if (!cold.ok || (warm && !warm.ok)) console.log((cold.outputTail ?? '') + (warm?.outputTail ?? ''));
  return result;
}

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '3' },
    'a-every': { type: 'string', default: '1' },
    'cold-only': { type: 'boolean', default: false },
    variant: { type: 'string', multiple: true, default: [] },
    out: { type: 'string', default: 'bench/compare-results.json' },
  },
});
const n = Number(values.n);
const variants = values.variant.map(parseVariant);
const aEvery = Number(values['a-every']);
const reference: Variant = { name: 'A', env: {} };
const corpus = `bench/corpus/${n}`;
const samples: Sample[] = [];
emptyTrash();
for (let round = 1; round <= Number(values.rounds); round += 1) {
  for (let index = 0; index < variants.length; index += 1) {
    if (index % aEvery === 0) samples.push(await sample(reference, round, n, corpus, values['cold-only']));
    samples.push(await sample(variants[index]!, round, n, corpus, values['cold-only']));
  }
  writeFileSync(values.out, `${JSON.stringify({ n, variants, samples }, null, 2)}\n`);
}
emptyTrash();

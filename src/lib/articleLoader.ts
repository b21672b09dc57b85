/**
 * The articles collection's loader. Under `astro build` and `astro dev` it stores nothing: pages
 * read the articles from the content check (`contentCheckGate.ts`) and the dev server's live check
 * (`liveContent.ts`). Otherwise (`astro sync`, tests) it is Astro's `glob()` over `*.mdx`, keeping
 * each file's frontmatter and body as data and leaving the body out of Vite's bundle.
 *
 * Why:
 * - Nothing in a build or on the dev server reads Astro's store, yet Astro writes it whole to
 *   `data-store.json` and bundles it as a JavaScript module: at 10,000 articles an 85 MB file,
 *   serialized (5 s in a `--cpu-prof` of a cold build, 7 December 2026) and then turned into one
 *   module holding it as a string (2.7 s, before the bundler parses it). Cold 10,000-article
 *   builds, interleaved: 110.4 / 126.6 s with the store left empty, 131.3 / 166.3 s with it filled
 *   (at 1,000, within the machine's spread); docs/PERFORMANCE.md, "Every build mechanism, measured".
 * - The build's content check has already read, parsed and validated every article with the same
 *   schema; reading them again through `glob()` would parse every file a second time.
 * - `glob()` makes every `.mdx` entry a module of its own, so Vite would bundle 1,000 modules for
 *   1,000 articles (about 10 ms and a share of the build's memory each). Tally compiles a body
 *   when its page renders instead (`articleBody.ts`, a quarter of a millisecond).
 *
 * Rules:
 * - `astro build`: waits for the check (a failed one stops Astro here, before it reads content),
 *   then empties the store, so what an earlier run stored is not bundled either.
 * - `astro dev`: empties the store; storing every article meant rewriting the whole store (and
 *   compiling it again as one module) on each save.
 * - Otherwise (`astro sync`, tests): `glob()`'s ids, digests, `parseData` with the schema,
 *   reloading changed files. Only the `.mdx` entry type changes, and only in what it tells
 *   `glob()`: without its render hooks, `glob()` stores an entry as data (`deferredRender` unset),
 *   as it does for `.json` or `.yaml`. The build test checks that no article became a module.
 */
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentCheckPassed } from './contentCheckGate.ts';
import { liveContent } from './liveContent.ts';

/** Astro hands loaders its entry types too (`glob()` reads them); the public type omits them. */
type EntryTypes = Map<string, Record<string, unknown>>;

export function articleLoader({ base }: { base: string }): Loader {
  const files = glob({ pattern: '*.mdx', base });
  return {
    name: 'tally-articles',
    load: async (context) => {
      // Pages read the dev server's live check, or the build's check: a store nobody reads only cost time.
      if (liveContent() || (await contentCheckPassed())) return context.store.clear();
      const { entryTypes } = context as LoaderContext & { entryTypes: EntryTypes };
      const mdx = entryTypes.get('.mdx');
      if (!mdx) throw new Error('tally-articles: Astro knows no .mdx entry type; is @astrojs/mdx installed?');
      const { contentModuleTypes: _module, getRenderFunction: _render, ...asData } = mdx;
      return files.load({ ...context, entryTypes: new Map([...entryTypes, ['.mdx', asData]]) } as LoaderContext);
    },
  };
}

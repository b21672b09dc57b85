/**
 * The articles collection's loader: Astro's `glob()` over `*.mdx`, keeping each file's
 * frontmatter and body as data and leaving the body out of Vite's bundle.
 *
 * Why: `glob()` makes every `.mdx` entry a module of its own, so Vite bundles 1,000 modules for
 * 1,000 articles (about 10 ms and a share of the build's memory each, on every build, warm or
 * cold). Tally compiles a body when its page renders instead (`articleBody.ts`, a quarter of a
 * millisecond), from the body the store keeps anyway.
 *
 * Rules:
 * - Under `astro build` it waits for the content check first (`contentCheckGate.ts`).
 * - Everything else is `glob()`'s: ids from file names, digests, `parseData` with the schema,
 *   reloading changed files under `astro dev`.
 * - Only the `.mdx` entry type changes, and only in what it tells `glob()`: without its
 *   render hooks, `glob()` stores an entry as data (`deferredRender` unset), as it does for
 *   `.json` or `.yaml`. The build test checks that no article became a module.
 */
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentCheckPassed } from './contentCheckGate.ts';

/** Astro hands loaders its entry types too (`glob()` reads them); the public type omits them. */
type EntryTypes = Map<string, Record<string, unknown>>;

export function articleLoader({ base }: { base: string }): Loader {
  const files = glob({ pattern: '*.mdx', base });
  return {
    name: 'tally-articles',
    load: async (context) => {
      // Under `astro build`, no article is read before the content check has passed.
      await contentCheckPassed();
      const { entryTypes } = context as LoaderContext & { entryTypes: EntryTypes };
      const mdx = entryTypes.get('.mdx');
      if (!mdx) throw new Error('tally-articles: Astro knows no .mdx entry type; is @astrojs/mdx installed?');
      const { contentModuleTypes: _module, getRenderFunction: _render, ...asData } = mdx;
      return files.load({ ...context, entryTypes: new Map([...entryTypes, ['.mdx', asData]]) } as LoaderContext);
    },
  };
}

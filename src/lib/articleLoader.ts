/**
 * The articles collection's loader. Under `astro build` it stores the articles as the content
 * check read them; under `astro dev` nothing (pages read the live check); otherwise it is Astro's
 * `glob()` over `*.mdx`, keeping each file's frontmatter and body as data and leaving the body out
 * of Vite's bundle.
 *
 * Why:
 * - The build's content check has already read, parsed and validated every article with the same
 *   schema, on worker threads. Reading them again would parse every file's YAML a second time
 *   (with another YAML library) and validate it again, on the thread that renders the pages:
 *   at 1,000 articles about 1.7 s between the check's end and the first page.
 * - `glob()` makes every `.mdx` entry a module of its own, so Vite would bundle 1,000 modules for
 *   1,000 articles (about 10 ms and a share of the build's memory each). Tally compiles a body
 *   when its page renders instead (`articleBody.ts`, a quarter of a millisecond), from the body the
 *   store keeps.
 *
 * Rules:
 * - `astro build` (`contentCheckGate.ts`): waits for the check; each article is stored under its
 *   slug with the check's data, body, file path and digest. An article stored by an earlier build
 *   whose file is gone is deleted; an unchanged one (same digest) is left as it is.
 * - `astro dev` (`liveContent.ts`): stores nothing, and clears what an earlier run stored. Pages
 *   read the dev server's live check, which re-checks only the file that changed; storing every
 *   article meant rewriting the whole store (and compiling it again as one module) on each save.
 * - Otherwise (`astro sync`, tests): `glob()`'s ids, digests, `parseData` with the schema,
 *   reloading changed files. Only the `.mdx` entry type changes, and only in what it tells
 *   `glob()`: without its render hooks, `glob()` stores an entry as data (`deferredRender` unset),
 *   as it does for `.json` or `.yaml`. The build test checks that no article became a module.
 */
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentCheckPassed, type CheckedArticles } from './contentCheckGate.ts';
import { liveContent } from './liveContent.ts';

/** Astro hands loaders its entry types too (`glob()` reads them); the public type omits them. */
type EntryTypes = Map<string, Record<string, unknown>>;

function storeCheckedArticles(store: LoaderContext['store'], articles: CheckedArticles): void {
  for (const [id, { entry }] of articles) {
    store.set({ id, data: entry.data, body: entry.body, filePath: entry.file, digest: entry.digest });
  }
  for (const id of store.keys()) if (!articles.has(id)) store.delete(id);
}

export function articleLoader({ base }: { base: string }): Loader {
  const files = glob({ pattern: '*.mdx', base });
  return {
    name: 'tally-articles',
    load: async (context) => {
      // `astro dev` pages read the live check; a store rewritten on every save only cost time.
      if (liveContent()) return context.store.clear();
      const checked = await contentCheckPassed();
      if (checked) return storeCheckedArticles(context.store, checked);
      const { entryTypes } = context as LoaderContext & { entryTypes: EntryTypes };
      const mdx = entryTypes.get('.mdx');
      if (!mdx) throw new Error('tally-articles: Astro knows no .mdx entry type; is @astrojs/mdx installed?');
      const { contentModuleTypes: _module, getRenderFunction: _render, ...asData } = mdx;
      return files.load({ ...context, entryTypes: new Map([...entryTypes, ['.mdx', asData]]) } as LoaderContext);
    },
  };
}

/**
 * The page `astro dev` shows in place of an article with errors, and of the pages that list
 * articles while any has errors: every error as `npm run check` prints it, with the lines of the
 * article around it and a link that opens the article at that line.
 *
 * Rules:
 * - Each error: its `npm run check` line (`file:line:col  field  message`), the field and the
 *   message, two lines before and after it with line numbers, the line itself marked and a caret
 *   under its column; links to `vscode://file/<path>:line:col` and to Vite's open-in-editor
 *   (`/__open-in-editor`, the editor `LAUNCH_EDITOR` or `EDITOR` names).
 * - Valid, accessible HTML; under the site's Content-Security-Policy (the page sends it): no
 *   inline script, only Vite's own client, loaded from the server, which reloads the page when
 *   the article changes.
 * - Everything an editor wrote is escaped. Only `astro dev` serves it; no build writes it.
 */
import type { CheckProblem } from '../check/CheckProblem.ts';
import { countOf, formatProblem } from '../check/CheckProblem.ts';

export interface ArticleErrors {
  /** As messages show it: `content/articles/x.mdx`. */
  file: string;
  absolutePath: string;
  errors: CheckProblem[];
  /** The file's text as it is now; undefined when it cannot be read (removed meanwhile). */
  source: string | undefined;
}

export interface ContentErrorPage {
  articles: ArticleErrors[];
  /** The site's base path (`/` or `/tally/`), under which Vite's client is served. */
  base: string;
}

/** Lines shown before and after an error's own line. */
const CONTEXT_LINES = 2;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/** The link Vite's open-in-editor middleware takes: the file, then `:line:column`. */
function editorLinks(path: string, { line, column }: CheckProblem) {
  const at = `${path}:${line}:${column}`;
  return {
    vscode: `vscode://file${encodeURI(path.startsWith('/') ? path : `/${path}`)}:${line}:${column}`,
    // Vite serves it at the server root, whatever the base.
    openInEditor: `/__open-in-editor?file=${encodeURIComponent(at)}`,
  };
}

function excerpt(source: string | undefined, { line, column }: CheckProblem): string {
  if (source === undefined) return '';
  const lines = source.split(/\r?\n/);
  const first = Math.max(1, line - CONTEXT_LINES);
  const last = Math.min(lines.length, line + CONTEXT_LINES);
  const width = String(last).length;
  const rows: string[] = [];
  for (let number = first; number <= last; number += 1) {
    const text = escapeHtml(lines[number - 1] ?? '');
    const label = String(number).padStart(width, ' ');
    if (number === line) {
      rows.push(`<mark>${label} | ${text}</mark>`);
      rows.push(
        `<span class="caret" aria-hidden="true">${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}^</span>`,
      );
    } else {
      rows.push(`${label} | ${text}`);
    }
  }
  return `<pre class="source">${rows.join('\n')}</pre>`;
}

function problemItem(problem: CheckProblem, article: ArticleErrors): string {
  const links = editorLinks(article.absolutePath, problem);
  return `<li class="problem">
<p class="check-line"><code>${escapeHtml(formatProblem(problem))}</code></p>
<dl>
<dt>Where</dt><dd>line ${problem.line}, column ${problem.column}</dd>
<dt>Field</dt><dd><code>${escapeHtml(problem.field)}</code></dd>
<dt>What to do</dt><dd>${escapeHtml(problem.message)}</dd>
</dl>
${excerpt(article.source, problem)}
<p class="open"><a href="${escapeHtml(links.vscode)}">Open in VS Code at line ${problem.line}</a> · <a href="${escapeHtml(links.openInEditor)}">Open in your editor</a></p>
</li>`;
}

/** The site's tokens (`styles/global.css`), light and dark; the page loads none of its CSS. */
const STYLE = `
:root { color-scheme: light dark; --paper: #fdfcf9; --ink: #1b1a17; --muted: #5a5750; --rule: #d9d5cc; --panel: #f3f0e8; --differs: #a23c12; }
@media (prefers-color-scheme: dark) { :root { --paper: #15161a; --ink: #ecebe6; --muted: #b0ada4; --rule: #3b3c42; --panel: #202127; --differs: #ffab7a; } }
body { margin: 0; background: var(--paper); color: var(--ink); font: 1.0625rem/1.55 Charter, 'Bitstream Charter', Cambria, Georgia, serif; }
main { max-width: 74rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
.kicker { font: 600 0.8125rem/1.2 system-ui, sans-serif; letter-spacing: 0.06em; text-transform: uppercase; color: var(--differs); margin: 0; }
h1 { font-size: clamp(1.875rem, 1.35rem + 2.4vw, 3.125rem); line-height: 1.1; margin: 0.25rem 0 0.75rem; }
h2 { font: 600 1.125rem/1.3 ui-monospace, Menlo, Consolas, monospace; border-top: 1px solid var(--rule); padding-top: 1.25rem; margin-top: 2rem; overflow-wrap: anywhere; }
.dek, dt, .open { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
.dek { color: var(--muted); max-width: 66ch; }
ol { padding: 0; list-style: none; }
.problem { border-left: 4px solid var(--differs); background: var(--panel); padding: 0.75rem 1rem; margin: 1rem 0; }
.check-line code { font-size: 0.875rem; overflow-wrap: anywhere; white-space: pre-wrap; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0; }
dt { font-size: 0.875rem; color: var(--muted); }
dd { margin: 0; }
.source { font: 0.875rem/1.45 ui-monospace, Menlo, Consolas, monospace; background: var(--paper); border: 1px solid var(--rule); padding: 0.5rem 0.75rem; overflow-x: auto; }
mark { background: transparent; color: var(--differs); font-weight: 700; }
.caret { color: var(--differs); }
a { color: inherit; text-underline-offset: 0.2em; }
`;

/** The whole page. */
export function renderContentErrorPage({ articles, base }: ContentErrorPage): string {
  const count = articles.reduce((sum, article) => sum + article.errors.length, 0);
  const heading =
    articles.length === 1
      ? `${escapeHtml(articles[0]!.file)} has ${countOf(count, 'error')}`
      : `${countOf(articles.length, 'article')} have ${countOf(count, 'error')}`;
  const sections = articles
    .map(
      (article) => `<section aria-labelledby="file-${articles.indexOf(article)}">
<h2 id="file-${articles.indexOf(article)}">${escapeHtml(article.file)}</h2>
<ol>
${article.errors.map((problem) => problemItem(problem, article)).join('\n')}
</ol>
</section>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content errors · Tally (dev)</title>
<style>${STYLE}</style>
<script type="module" src="${escapeHtml(base)}@vite/client"></script>
</head>
<body>
<main id="content-errors" data-content-errors="${count}">
<p class="kicker">Content check · dev server</p>
<h1>${heading}</h1>
<p class="dek">This page shows the article again once these are fixed: save the file and it reloads by itself. <code>npm run check</code> prints the same lines.</p>
${sections}
</main>
</body>
</html>
`;
}

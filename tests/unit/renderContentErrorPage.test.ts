/**
 * The dev server's error page, as text: what an editor wrote is escaped, the marked line and the
 * caret follow the problem's line and column, and the links open the file there.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem, type CheckProblem } from '../../src/check/CheckProblem.ts';
import { renderContentErrorPage } from '../../src/lib/renderContentErrorPage.ts';

const SOURCE = ['---', 'title: <script>alert(1)</script>: x', 'dek: fine', '---', 'Body.'].join('\n');
const PROBLEM: CheckProblem = {
  file: 'content/articles/x.mdx',
  line: 2,
  column: 8,
  field: 'title',
  message: 'a "quoted" <b>message</b> & more',
  severity: 'error',
};

function render(problem = PROBLEM, source: { text: string | undefined } = { text: SOURCE }): string {
  return renderContentErrorPage({
    base: '/',
    articles: [
      { file: problem.file, absolutePath: '/work/site/content/articles/x.mdx', errors: [problem], source: source.text },
    ],
  });
}

describe('renderContentErrorPage', () => {
  it('escapes what the article and the message hold', () => {
    const html = render();
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<b>message</b>');
  });

  it('shows the problem as npm run check prints it, escaped for HTML', () => {
    const escaped = formatProblem(PROBLEM)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
    expect(render()).toContain(escaped);
  });

  it.each([
    [1, 1],
    [2, 8],
    [5, 3],
  ])('marks line %i and puts the caret under column %i', (line, column) => {
    const html = render({ ...PROBLEM, line, column });
    const marked = /<mark>\s*(\d+) \| /.exec(html);
    expect(Number(marked?.[1])).toBe(line);
    const caret = /<span class="caret" aria-hidden="true">(.*?)\^<\/span>/.exec(html)![1]!;
    expect(caret.length - caret.indexOf('| ') - 2).toBe(column - 1);
  });

  it('links to the file at the line and column, in VS Code and through Vite', () => {
    const html = render({ ...PROBLEM, line: 5, column: 3 });
    expect(html).toContain('href="vscode://file/work/site/content/articles/x.mdx:5:3"');
    expect(html).toContain(
      `href="/__open-in-editor?file=${encodeURIComponent('/work/site/content/articles/x.mdx:5:3')}"`,
    );
  });

  it('still lists the problem when the file cannot be read', () => {
    const html = render(PROBLEM, { text: undefined });
    expect(html).toContain('content/articles/x.mdx:2:8');
    expect(html).not.toContain('<pre');
  });
});

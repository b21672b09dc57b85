import type { AstroLoggerMessage } from 'astro';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import pageLineLogger from '../../src/integrations/pageLineLogger.ts';

/** What Astro's build sends for a page: its path (no end of line), later its time or "(cached)". */
const pagePath = (path: string): AstroLoggerMessage => ({
  level: 'info',
  label: null,
  message: `  ├─ ${path}`,
  newLine: false,
});
const pageEnd = (text: string): AstroLoggerMessage => ({
  level: 'info',
  label: 'SKIP_FORMAT',
  message: ` ${text} `,
  newLine: true,
});

describe('pageLineLogger (one line per page in the build log)', () => {
  let written: string;

  beforeEach(() => {
    written = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += chunk.toString();
      return true;
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** The lines written, without Astro's time of day and colours. */
  const lines = () =>
    written
      .replace(/\u001b\[[0-9;]*m/g, '')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.replace(/^\d\d:\d\d:\d\d /, '').trimEnd());

  it('puts each of eight pages rendered at once on its own line, with no time standing alone', async () => {
    const log = pageLineLogger();
    log.write(pagePath('/a/index.html'));
    log.write(pagePath('/b/index.html'));
    log.write(pagePath('/c/index.html'));
    await Promise.resolve();
    log.write(pageEnd('(+348ms)'));
    log.write(pagePath('/d/index.html'));
    log.write(pageEnd('(+1m 5s)'));
    log.write(pageEnd('(+12ms)'));
    log.write(pageEnd('(+9ms)'));
    await Promise.resolve();
    expect(lines()).toEqual(['  ├─ /a/index.html', '  ├─ /b/index.html', '  ├─ /c/index.html', '  ├─ /d/index.html']);
  });

  it('keeps "(cached)" and "(restored)" on the line of the page they follow', () => {
    const log = pageLineLogger();
    log.write(pagePath('/a/index.html'));
    log.write(pageEnd('(restored)'));
    log.write(pagePath('/b/index.html'));
    log.write(pageEnd('(cached)'));
    expect(lines()).toEqual(['  ├─ /a/index.html (restored)', '  ├─ /b/index.html (cached)']);
  });

  it('writes a page path that nothing follows once the current task ends', async () => {
    const log = pageLineLogger();
    log.write(pagePath('/a/index.html'));
    expect(written).toBe('');
    await Promise.resolve();
    expect(lines()).toEqual(['  ├─ /a/index.html']);
  });

  it('writes every other message as Astro does, after any page path before it', () => {
    const log = pageLineLogger();
    log.write(pagePath('/a/index.html'));
    log.write({ level: 'info', label: 'build', message: 'Complete!', newLine: true });
    expect(lines()).toEqual(['  ├─ /a/index.html', '[build] Complete!']);
  });
});

/**
 * Debian's Chromium, driven by playwright-core. Nothing is downloaded: when no browser is found
 * the tests fail and say how to install one. Pages may only reach 127.0.0.1.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findChromium(): string {
  const found = CANDIDATES.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install it with ' +
        '`apt-get update && apt-get install -y chromium` (or set CHROME_PATH to a Chromium binary).',
    );
  }
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS, headless: true });
}

/** Blocks every request that leaves 127.0.0.1, so a test can never reach another address. */
export async function loopbackOnly(context: BrowserContext): Promise<string[]> {
  const blocked: string[] = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1' && !url.protocol.startsWith('data') && !url.protocol.startsWith('blob'),
    (route) => {
      blocked.push(route.request().url());
      return route.abort();
    },
  );
  return blocked;
}

import { checkContentOnThreads } from './src/check/checkContentOnThreads.ts';
import { rmSync } from 'node:fs';
const dir = process.argv[2];
const cacheDirectory = process.argv[3];
let t = performance.now();
const b = await checkContentOnThreads({ directory: dir, locale: 'en-GB', ...(cacheDirectory && { cacheDirectory }) });
console.log(`${cacheDirectory ? 'with cache' : 'no cache'}: ${(performance.now() - t).toFixed(0)} ms`);

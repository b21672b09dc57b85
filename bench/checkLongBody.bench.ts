/**
 * The checker on a 2 MB body of numbers (issue 18: the coverage scan must be linear in the text,
 * so such a body checks in under 5 s; before it took 139 s and crashed). It prints the CPU time
 * and whether the target is met; it never fails on time. It fails if the numbers are not counted.
 */
import { expect, test } from 'vitest';
import { checkArticle } from '../src/check/checkArticle.ts';

const TARGET_SECONDS = 5;
const BODY = `---
title: Numbers
dek: Two megabytes of them.
section: Security
published: 2024-10
---

${'12,345 67.5 89% three times '.repeat(74_899)}
`;

test('checks a 2 MB body of numbers in digits and in words', { timeout: 120_000 }, () => {
  const started = process.cpuUsage();
  const { problems } = checkArticle(BODY, {
    file: 'long-body-of-numbers.mdx',
    locale: 'en-GB',
    limits: { tagsPerArticle: 20, sections: 50, bodyBytes: 4_000_000 },
  });
  const used = process.cpuUsage(started);
  const seconds = (used.user + used.system) / 1e6;
  expect(problems.at(-1)?.message).toMatch(/more numbers in the text are not bound/);
  console.log(
    `A ${(Buffer.byteLength(BODY) / 1e6).toFixed(1)} MB body checked in ${seconds.toFixed(2)} s of CPU time. ` +
      `Target < ${TARGET_SECONDS} s: ${seconds < TARGET_SECONDS ? 'met' : 'NOT MET'}.`,
  );
});

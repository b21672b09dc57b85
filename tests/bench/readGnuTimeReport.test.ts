import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGnuTimeReport } from '../../bench/measureBuild.ts';

/** The lines of a real `/usr/bin/time -v` report that the bench reads, among others it ignores. */
const REPORT = [
  '\tCommand being timed: "node scripts/build.ts --outDir bench/build/1000/tally"',
  '\tUser time (seconds): 21.48',
  '\tSystem time (seconds): 3.07',
  '\tPercent of CPU this job got: 132%',
  '\tElapsed (wall clock) time (h:mm:ss or m:ss): 0:18.55',
  '\tMaximum resident set size (kbytes): 903412',
  '\tExit status: 0',
].join('\n');

describe('readGnuTimeReport', () => {
  it('adds user and system time, in milliseconds, and reads the peak memory in bytes', () => {
    expect(readGnuTimeReport(REPORT)).toEqual({ cpuMs: 24_550, maxRssBytes: 903_412 * 1024 });
  });

  it.each([
    ['no user time', REPORT.replace(/.*User time.*\n/, '')],
    ['no system time', REPORT.replace(/.*System time.*\n/, '')],
  ])('leaves the CPU time out when the report has %s', (_, report) => {
    expect(readGnuTimeReport(report).cpuMs).toBeUndefined();
  });

  it('reads no memory from a report without it', () => {
    expect(readGnuTimeReport('\tUser time (seconds): 1.00\n\tSystem time (seconds): 0.50')).toEqual({
      cpuMs: 1500,
      maxRssBytes: 0,
    });
  });

  it('reads the report GNU time writes for a process that uses CPU (`apt-get install time`)', () => {
    const report = join(mkdtempSync(join(tmpdir(), 'tally-gnu-time-')), 'time.txt');
    const spin = 'const end = process.cpuUsage().user + 300_000; while (process.cpuUsage().user < end);';
    execFileSync('/usr/bin/time', ['-v', '-o', report, process.execPath, '-e', spin]);
    const { cpuMs, maxRssBytes } = readGnuTimeReport(readFileSync(report, 'utf8'));
    expect(cpuMs).toBeGreaterThanOrEqual(300);
    expect(maxRssBytes).toBeGreaterThan(10 * 1024 * 1024);
  });
});

// A CDP CPU profile of one phase, reduced to the functions with the most self time, with
// positions mapped back to the sources through the build's source maps.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { CDPSession } from '@playwright/test';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export async function startProfile(cdp: CDPSession): Promise<() => Promise<Profile>> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const trace = process.env.BENCH_TRACE ? await startTrace(cdp, process.env.BENCH_TRACE) : null;
  return async () => {
    await trace?.();
    const profile = (await cdp.send('Profiler.stop')).profile as Profile;
    // BENCH_CPUPROFILE=file.cpuprofile keeps the whole profile (Chrome DevTools opens it).
    if (process.env.BENCH_CPUPROFILE) {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(process.env.BENCH_CPUPROFILE, JSON.stringify(profile));
    }
    return profile;
  };
}

/**
 * BENCH_TRACE=file.json also records a DevTools timeline trace of the profiled phase (open it
 * in Chrome's Performance panel): style, layout and paint per frame, which a CPU profile lumps
 * together as "(program)".
 */
async function startTrace(cdp: CDPSession, file: string): Promise<() => Promise<void>> {
  const events: unknown[] = [];
  cdp.on('Tracing.dataCollected', (e: { value: unknown[] }) => events.push(...e.value));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,cc,gpu',
    transferMode: 'ReportEvents',
  });
  return async () => {
    const done = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.end');
    await done;
    const { writeFile } = await import('node:fs/promises');
    await writeFile(file, JSON.stringify({ traceEvents: events }));
  };
}

export interface SelfTime {
  ms: number;
  name: string;
  where: string;
}

/** The top functions by self time; `dist` is the build whose assets the profile ran. */
export async function topSelfTime(profile: Profile, dist: string, top = 10): Promise<SelfTime[]> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, { ms: number; frame: ProfileNode['callFrame'] }>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const key = `${frame.functionName}|${frame.url}|${frame.lineNumber}|${frame.columnNumber}`;
    const entry = self.get(key) ?? { ms: 0, frame };
    entry.ms += (deltas[i] ?? 0) / 1000;
    self.set(key, entry);
  });
  // Idle is not work; "(program)" is the browser's own (style, layout, paint) and stays.
  const sorted = [...self.values()]
    .filter((e) => e.frame.functionName !== '(idle)')
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
  const maps = new Map<string, SourceLookup | null>();
  const result: SelfTime[] = [];
  for (const { ms, frame } of sorted) {
    let name = frame.functionName || (frame.url ? '(anonymous)' : '(native)');
    let where = frame.url ? `${basename(frame.url)}:${frame.lineNumber + 1}` : '';
    if (frame.url.includes('/assets/')) {
      const file = basename(new URL(frame.url).pathname);
      if (!maps.has(file)) maps.set(file, await sourceLookup(join(dist, 'assets', `${file}.map`)));
      const original = maps.get(file)?.(frame.lineNumber, frame.columnNumber);
      if (original) {
        where = original.where;
        if (original.name) name = original.name;
      }
    }
    result.push({ ms, name, where });
  }
  return result;
}

type SourceLookup = (line: number, column: number) => { where: string; name?: string } | null;

/**
 * Maps a generated position to "source:line" with the source map's VLQ mappings, and a function's
 * minified name to its own (the last named segment before its parameter list, where V8 points).
 */
async function sourceLookup(path: string): Promise<SourceLookup | null> {
  let map: { sources: string[]; names?: string[]; mappings: string };
  try {
    map = JSON.parse(await readFile(path, 'utf8')) as typeof map;
  } catch {
    return null;
  }
  const lines = decodeMappings(map.mappings);
  return (line, column) => {
    const segments = lines[line];
    if (!segments) return null;
    let best: number[] | undefined;
    for (const s of segments) if (s[0]! <= column && s.length >= 4) best = s;
    if (!best) return null;
    const source = (map.sources[best[1]!] ?? '?').replace(/^(\.\.\/)+/, '');
    const named = segments.findLast((s) => s[0]! < column && s[0]! >= column - 40 && s.length >= 5);
    return {
      where: `${source}:${best[2]! + 1}`,
      name: named ? map.names?.[named[4]!] : undefined,
    };
  };
}

const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Source map v3 mappings to absolute [column, source, line, sourceColumn] per generated line. */
function decodeMappings(mappings: string): number[][][] {
  const state = [0, 0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    state[0] = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const values = decodeVlq(segment);
        return values.map((v, i) => (state[i]! += v));
      });
  });
}

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = VLQ.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * Where the main thread's time goes: Chrome's sampling profiler (CDP Profiler) around one run of
 * an operation, self time per function, mapped back through the build's source maps to the
 * original file and summed per package or app folder. Style, layout and paint are not JavaScript:
 * they show as "(program)" here (the long-animation-frame split in the edit figures covers them).
 */
import { join } from 'node:path';
import type { CDPSession } from '@playwright/test';
import { ownerOf, SourceMap } from './sourcemap';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  label: string;
  ms: number;
}
export interface ProfileReport {
  totalMs: number;
  functions: Hotspot[];
  owners: Hotspot[];
}

/** Profiles `run` (sampling every 200 µs) and reports the top self-time functions and owners. */
export async function profile(cdp: CDPSession, outDir: string, run: () => Promise<unknown>): Promise<ProfileReport> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  let raw: Profile;
  try {
    await run();
  } finally {
    raw = ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile;
    await cdp.send('Profiler.disable');
  }
  return summarize(raw, outDir);
}

function summarize(raw: Profile, outDir: string): ProfileReport {
  const self = new Map<number, number>();
  // timeDeltas[i] is the time before sample i: the time after it belongs to sample i.
  raw.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (raw.timeDeltas[i + 1] ?? 0) / 1000));
  const maps = new Map<string, SourceMap | undefined>();
  const mapFor = (url: string) => {
    const path = /\/(assets\/[^?#]+\.js)/.exec(url)?.[1];
    if (!path) return undefined;
    if (!maps.has(path)) maps.set(path, SourceMap.read(join(outDir, path)));
    return maps.get(path);
  };
  const functions = new Map<string, number>();
  const owners = new Map<string, number>();
  let totalMs = 0;
  for (const node of raw.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (ms === 0) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (functionName === '(idle)') continue;
    totalMs += ms;
    const original = url ? mapFor(url)?.at(lineNumber, columnNumber) : undefined;
    const owner = original ? ownerOf(original.source) : url ? 'unmapped script' : functionName || '(native)';
    const where = original ? `${shortPath(original.source)}:${original.line}` : functionName;
    const label = original ? `${original.name ?? (functionName || '(anonymous)')} ${where}` : functionName || '(anonymous)';
    functions.set(label, (functions.get(label) ?? 0) + ms);
    owners.set(owner, (owners.get(owner) ?? 0) + ms);
  }
  const top = (m: Map<string, number>) => [...m].map(([label, v]) => ({ label, ms: v })).sort((a, b) => b.ms - a.ms);
  return { totalMs, functions: top(functions), owners: top(owners) };
}

function shortPath(source: string): string {
  const modules = source.lastIndexOf('node_modules/');
  if (modules >= 0) return source.slice(modules + 'node_modules/'.length);
  const src = source.indexOf('src/');
  return src >= 0 ? source.slice(src) : source;
}

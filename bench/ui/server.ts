/** Builds the studio into its own folder and serves it with `vite preview` on the benchmark's own port. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

export const PORT = Number(process.env.BENCH_UI_PORT ?? 4336);
export const OUT_DIR = process.env.BENCH_UI_OUT_DIR ?? 'dist-bench';
const VITE = 'node_modules/.bin/vite';

/** A production build, with hidden source maps (the .js is unchanged; the maps name the sources in profiles and the bundle breakdown) and a manifest (which chunk imports which). */
export function build(): number {
  const start = performance.now();
  const result = spawnSync(VITE, ['build', '--logLevel', 'error', '--outDir', OUT_DIR, '--sourcemap', 'hidden', '--manifest'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
  return performance.now() - start;
}

export interface Server {
  url: string;
  stop(): void;
}

/** Starts `vite preview` and waits until it answers. */
export async function serve(): Promise<Server> {
  const url = `http://127.0.0.1:${PORT}`;
  // Its own process group, so stop() ends the preview server and nothing else.
  const child: ChildProcess = spawn(VITE, ['preview', '--port', String(PORT), '--strictPort', '--outDir', OUT_DIR], { stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = () => {
    if (!exited && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  };
  for (let i = 0; i < 150; i++) {
    if (exited) throw new Error(`vite preview exited (is port ${PORT} taken?)`);
    try {
      const response = await fetch(url);
      if (response.ok) return { url, stop };
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  stop();
  throw new Error(`vite preview did not answer on ${url}`);
}

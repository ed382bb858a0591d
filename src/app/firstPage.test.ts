import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '..');

/** Static imports of a module (`import type` and dynamic `import()` load nothing up front). */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of code.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^;'"]*?\sfrom\s+)?'([^']+)'/gm)) found.push(m[1]);
  return found;
}

function resolveModule(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && !candidate.endsWith('.css') && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

/** Every module and package the first page loads before anything is clicked. */
function firstPage(): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    for (const specifier of staticImports(file)) {
      if (!specifier.startsWith('.')) packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
      const next = resolveModule(file, specifier);
      if (next) visit(next);
    }
  };
  visit(join(SRC, 'main.tsx'));
  return { modules, packages };
}

describe('the first page', () => {
  const { modules, packages } = firstPage();
  const relative = [...modules].map((m) => m.slice(SRC.length + 1));

  it('reaches the app through its static imports', () => {
    expect(relative).toContain('store/index.ts');
    expect(relative).toContain('features/canvas/Canvas.tsx');
  });

  // The budget is 250 kB of gzipped JavaScript without Monaco: the validator (ajv, jsonata, the
  // path checks) runs in the language worker, the engine in its worker, YAML and the editor load
  // on demand.
  it.each(['ajv', 'ajv-formats', 'jsonata', 'yaml', 'monaco-editor', '@monaco-editor/react', 'fast-check', 'lz-string'])('does not load %s', (name) => {
    expect(packages).not.toContain(name);
  });

  it.each(['asl/validate/', 'asl/jsonata/', 'asl/paths/', 'asl/intrinsics/', 'asl/schema/', 'engine/', 'features/code-editor/', 'features/inspector/state/'])(
    'does not load src/%s',
    (dir) => {
      expect(relative.filter((m) => m.startsWith(dir))).toEqual([]);
    },
  );
});

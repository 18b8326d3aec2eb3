/** Source files reachable by relative imports from an entry (type-only imports skipped), and their string literals. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const IMPORT = /^\s*import\s+(?!type\b)[^'"]*?from\s+'(\.[^']+)'|^\s*import\s+'(\.[^']+)'/gm;

function resolveFile(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

export function reachableSources(entry: string): Map<string, string> {
  const out = new Map<string, string>();
  const todo = [resolve(entry)];
  while (todo.length) {
    const file = todo.pop()!;
    if (out.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    out.set(file, text);
    for (const m of text.matchAll(IMPORT)) {
      const next = resolveFile(file, (m[1] ?? m[2])!);
      if (next) todo.push(next);
    }
  }
  return out;
}

export function stringLiterals(source: string): Set<string> {
  return new Set([...source.matchAll(/'([A-Za-z_][A-Za-z0-9_]*)'/g)].map((m) => m[1]!));
}

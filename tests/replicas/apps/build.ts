/**
 * Bundles the replica apps that are written on the real portals' front-end libraries (React,
 * SurveyJS, react-toastify; Radix and react-select) with esbuild, once per process. Test fixture only: the output is served
 * by the replica server and never reaches the extension's bundle.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPLICA_DIR } from '../html';

const require = createRequire(import.meta.url);
const built = new Map<string, Promise<{ js: string; css: string }>>();

function bundle(name: string, css: string[]): Promise<{ js: string; css: string }> {
  let app = built.get(name);
  if (!app) {
    app = build({
      entryPoints: [join(REPLICA_DIR, 'apps', name, 'main.tsx')],
      bundle: true,
      write: false,
      format: 'iife',
      jsx: 'automatic',
      jsxImportSource: 'react',
      minify: true,
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    }).then((out) => ({ js: out.outputFiles[0]!.text, css: [...css, readFileSync(join(REPLICA_DIR, 'apps', name, 'app.css'), 'utf8')].join('\n') }));
    built.set(name, app);
  }
  return app;
}

export function dvcqgApp(): Promise<{ js: string; css: string }> {
  return bundle('dvcqg-2026', [
    readFileSync(require.resolve('survey-core/survey-core.fontless.min.css'), 'utf8'),
    readFileSync(require.resolve('react-toastify/dist/ReactToastify.css'), 'utf8'),
  ]);
}

/** The Ministry of Justice wizard (React, Radix, react-select: their styles are in JS or ours). */
export function mojApp(): Promise<{ js: string; css: string }> {
  return bundle('moj', []);
}

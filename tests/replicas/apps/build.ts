/**
 * Bundles the replica apps that are written on the real portals' front-end libraries (React,
 * SurveyJS, react-toastify) with esbuild, once per process. Test fixture only: the output is served
 * by the replica server and never reaches the extension's bundle.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPLICA_DIR } from '../html';

const require = createRequire(import.meta.url);
let app: Promise<{ js: string; css: string }> | null = null;

export function dvcqgApp(): Promise<{ js: string; css: string }> {
  app ??= build({
    entryPoints: [join(REPLICA_DIR, 'apps', 'dvcqg-2026', 'main.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'react',
    minify: true,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  }).then((out) => ({
    js: out.outputFiles[0]!.text,
    css: [
      readFileSync(require.resolve('survey-core/survey-core.fontless.min.css'), 'utf8'),
      readFileSync(require.resolve('react-toastify/dist/ReactToastify.css'), 'utf8'),
      readFileSync(join(REPLICA_DIR, 'apps', 'dvcqg-2026', 'app.css'), 'utf8'),
    ].join('\n'),
  }));
  return app;
}

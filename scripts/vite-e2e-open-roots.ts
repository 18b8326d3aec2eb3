/**
 * Vite plugin for the end-to-end build only (`wxt build --mode e2e`): our entrypoints create their
 * shadow roots with `mode: 'closed'`, so a portal page's script cannot read or drive our UI; this
 * build opens them so Playwright's locators can reach our controls. The release build never runs
 * it; tests/e2e/security.spec.ts checks the release build's roots are closed to the page.
 */
import type { Plugin } from 'vite';

const CLOSED_ROOT = /mode: 'closed'/g;
/** Where our roots are created: the entrypoints' own UIs and the content script's overlay host. */
const OUR_ROOTS = /[\\/](entrypoints[\\/].*\.tsx|lib[\\/]features[\\/]overlay-host\.ts)$/;

export function e2eOpenShadowRoots(): Plugin {
  return {
    name: 'dvc-e2e-open-shadow-roots',
    enforce: 'pre',
    transform(code, id) {
      if (!OUR_ROOTS.test(id) || !CLOSED_ROOT.test(code)) return null;
      CLOSED_ROOT.lastIndex = 0;
      return { code: code.replace(CLOSED_ROOT, "mode: 'open'"), map: null };
    },
  };
}

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { contentMessages } from './scripts/vite-content-messages';
import { e2eOpenShadowRoots } from './scripts/vite-e2e-open-roots';
import { OPTIONAL_HOST_PATTERN, SUPPORTED_HOSTS, matchPattern } from './lib/portals/hosts';

/** Every portal host is under gov.vn (lib/portals/hosts.ts), built in or added by a province. */
const PORTAL_FRAME_ANCESTOR = 'https://*.gov.vn';

/** Also checked on the built manifests by tests/e2e/manifest.spec.ts. */
export const EXTENSION_PAGES_CSP =
  // frame-ancestors: only the step editor is web-accessible, and only portal pages may frame it.
  `default-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self' ${PORTAL_FRAME_ANCESTOR}`;

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  // Manifest V3 for Firefox too (WXT would default Firefox to MV2).
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // Only the portal hosts; a province not listed is granted at run time from the popup.
    host_permissions: SUPPORTED_HOSTS.map(matchPattern),
    optional_host_permissions: [OPTIONAL_HOST_PATTERN],
    // webRequest: observation of the portal's own requests for the timings (no blocking, portal hosts only).
    permissions: ['storage', 'scripting', 'webRequest'],
    // "No network of our own", enforced: our pages may load and fetch only the extension's own files.
    content_security_policy: {
      extension_pages: EXTENSION_PAGES_CSP,
    },
    action: { default_title: '__MSG_extName__' },
    // The step editor is framed by the authoring panel on portal pages (the author's keys stay out
    // of the portal's document); nothing else of ours can be loaded by a web page.
    // Chrome: reachable only under a per-session dynamic id, so a page cannot probe for it by our
    // public id (Firefox already gives every install its own moz-extension UUID).
    web_accessible_resources: [
      { resources: ['step-editor.html'], matches: [...SUPPORTED_HOSTS.map(matchPattern), OPTIONAL_HOST_PATTERN], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    ...(browser === 'firefox'
      ? {
          // 140 (desktop) and 142 (Android) are the first to know data_collection_permissions.
          browser_specific_settings: {
            gecko: { id: 'dvc-companion@dvc-companion.vn', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // No web page and no other extension may message us (Firefox has no such key).
        { externally_connectable: { ids: [], matches: [] } }),
  }),
  vite: (env) => ({
    plugins: [contentMessages(process.cwd()), ...(env.mode === 'e2e' ? [e2eOpenShadowRoots()] : [])],
    // PROFILE=1 keeps names readable for profiling; releases are minified.
    build: { minify: process.env.PROFILE ? false : 'esbuild', sourcemap: !!process.env.SIZEMAP },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: {
      alias: [
        { find: 'react', replacement: 'preact/compat' },
        { find: 'react-dom', replacement: 'preact/compat' },
        // A content-script context that announces nothing to the page (lib/page/quiet-context.ts).
        { find: /^wxt\/utils\/content-script-context$/, replacement: fileURLToPath(new URL('./lib/page/quiet-context.ts', import.meta.url)) },
      ],
    },
  }),
});

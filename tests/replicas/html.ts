import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPLICA_DIR = dirname(fileURLToPath(import.meta.url));

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function readReplicaFile(...parts: string[]): string {
  return readFileSync(join(REPLICA_DIR, ...parts), 'utf8');
}

export interface PageConfig {
  renderDelayMs?: number;
  removeSelectors?: string[];
  extraComponents?: string[];
  renameClasses?: Record<string, string>;
  buildId?: string;
  /** A variant of the page the portal also serves (see faults.ts). */
  variant?: string;
}

/** Adds the replica's own event counter (and knob config) before any page script runs. */
export function withReplicaScripts(html: string, config: PageConfig): string {
  const inject = `<script>window.__replicaConfig=${JSON.stringify(config)};</script><script src="/__replica/events.js"></script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + inject + html.slice(head.index + head[0].length);
  return inject + html;
}

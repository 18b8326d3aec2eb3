/**
 * Liên thông replica (lienthong.dichvucong.gov.vn): the shared snapshot of the birth bundle form,
 * served at "/" with its hash routes (#/ke-khai/<code>, #/trang-chu). The knob renderDelayMs
 * lengthens its Angular resolve delay.
 */
import { readReplicaFile } from '../html';
import type { SiteAnswer } from '../server';
import { notFound } from './dvcqg';

export function lienthongSite(url: URL, renderDelayMs: number): SiteAnswer {
  if (url.pathname !== '/' && url.pathname !== '/index.html') return { status: 404, html: notFound() };
  const html = readReplicaFile('pages', 'lienthong', 'filing-form-lienthong-2.000986.html');
  return { html: renderDelayMs ? html.replace('}, 600);', `}, ${600 + renderDelayMs});`) : html };
}

/**
 * The replicas' filing forms rendered in happy-dom for the pack linter: the iGate replica app
 * (its router script inlined, as the server would serve it) for a procedure code, and the liên
 * thông snapshot (birth and death bundles). A pack step's target must resolve on one of the states a person walks through.
 */
import type { IncomingMessage } from 'node:http';
import { readReplicaFile } from '../../replicas/html';
import { dvcqgSite } from '../../replicas/sites/dvcqg';
import { DVCQG_APP_SCRIPT, apiAnswer, detailUrl, PROCEDURES, shell } from '../../replicas/sites/dvcqg-2026';
import { dvcqgApp, mojApp } from '../../replicas/apps/build';
import { eformSite, MOJ_PROCEDURES, mojSite } from '../../replicas/sites/moj';
import { igateSite } from '../../replicas/sites/igate';
import { FORMIO_FLATPICKR_JS, replicaLib } from '../../replicas/libs';
import { BCA_HOST, bcaSite, cutruApi, cutruSite } from '../../replicas/sites/bca';
import { loadPage, type LoadedPage } from './snapshot';

const IGATE_HOST = 'dichvucong.quangngai.gov.vn';

/** Replica procedure ids by national code, as the replica app lists them. */
export function igateReplicaIds(): Map<string, string> {
  const app = readReplicaFile('static', 'igate-app.js');
  return new Map([...app.matchAll(/'([0-9a-f]{24})': \{ code: '(\d\.\d{6})'/g)].map((m) => [m[2]!, m[1]!]));
}

export async function igateFilingForm(code: string): Promise<LoadedPage | null> {
  const id = igateReplicaIds().get(code);
  if (!id) return null;
  const url = new URL(`https://${IGATE_HOST}/vi/padsvc/apply-online/${id}`);
  const answer = igateSite({ method: 'GET', headers: {} } as IncomingMessage, url, Buffer.alloc(0));
  // The app shell's scripts inlined as the server would serve them: Form.io, the e-form's
  // definition, the app. happy-dom loads no script files, so flatpickr, which Form.io's date
  // fields load from its CDN path when they render, is put on the page before Form.io.
  const inline = (body: string) => `<script>${body.replace(/<\/script/gi, '<\\/script')}</script>`;
  const html = (answer.html ?? '').replace(/<script src="(\/__replica\/[^"]+)"><\/script>/g, (_, path: string) => {
    const body = replicaLib(path)?.body ?? readReplicaFile('static', path.replace('/__replica/', ''));
    if (path.endsWith('formio.form.min.js')) return inline(replicaLib(FORMIO_FLATPICKR_JS)!.body) + inline(body);
    return `${path.endsWith('igate-app.js') ? '<script>window.__replicaConfig={};</script>' : ''}${inline(body)}`;
  });
  const page = await loadPage(html, url.href);
  await page.settle();
  return page;
}

/** Codes the liên thông replica has a form of: the birth bundle's template and one template per other code. */
const LIENTHONG_BIRTH_CODES = ['2.000986', '2.000987'];

/** The liên thông form at "#/ke-khai/<code>", or null when the replica has no form of that code. */
export async function lienthongFilingForm(code = '2.000986'): Promise<LoadedPage | null> {
  const html = readReplicaFile('pages', 'lienthong', 'filing-form-lienthong-2.000986.html');
  if (!LIENTHONG_BIRTH_CODES.includes(code) && !html.includes(`id="tpl-app-${code}"`)) return null;
  const page = await loadPage(html, `https://lienthong.dichvucong.gov.vn/#/ke-khai/${code}`);
  await page.settle();
  return page;
}

/** The national portal's procedure page for a code (where a person reads the papers and presses "Nộp hồ sơ"). */
export async function dvcqgDetailPage(code: string): Promise<LoadedPage | null> {
  const url = new URL(`https://vpcp.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=${code}`);
  const answer = dvcqgSite({ method: 'GET', headers: {} } as IncomingMessage, url, '', {} as never);
  if (!answer.html || (answer.status ?? 200) !== 200) return null;
  const page = await loadPage(answer.html, url.href);
  await page.settle(600);
  return page;
}

/**
 * The 2026 national portal's React replica run in happy-dom (the app bundle inlined, its JSON API
 * answered in the page without a server), at the route where a step of `pageKind` is done.
 */
export async function dvcqg2026Page(code: string, pageKind: string | undefined): Promise<LoadedPage | null> {
  const p = PROCEDURES.find((x) => x.code === code);
  if (!p) return null;
  const card = p.cards.find((c) => c.target === 'form') ?? p.cards[0]!;
  const url =
    pageKind === 'procedure-detail'
      ? detailUrl(code)
      : pageKind === 'service-list'
        ? `https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?formalityId=${p.id}&province=x&ward=y`
        : `https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=${card.caseId}`;
  const { js } = await dvcqgApp();
  // The shell without its script and style tags: the app is run below, once the page's fetch answers locally.
  const page = await loadPage(shell().replace(/<link[^>]*>/, '').replace(`<script src="${DVCQG_APP_SCRIPT}"></script>`, ''), url, false);
  const win = page.window as unknown as { fetch: unknown; eval(code: string): unknown };
  win.fetch = async (input: string, init?: { body?: string }) => {
    const answer = apiAnswer(new URL(input, url).pathname, init?.body ? (JSON.parse(init.body) as Record<string, unknown>) : {});
    return new (page.window as unknown as { Response: typeof Response }).Response(JSON.stringify(answer.json), { status: answer.status ?? 200, headers: { 'content-type': 'application/json' } });
  };
  win.eval('window.__replicaConfig={};');
  win.eval(js);
  await page.settle(pageKind === 'service-list' ? 1500 : 600);
  return page;
}

/**
 * The Ministry of Justice wizard replica run in happy-dom (the app bundle inlined, its JSON API
 * answered in the page), started at a step of the wizard (0–3) with the "Thông tin chung" dialog
 * answered, or with the dialog open (`step` null), or after a sent dossier (`done`).
 */
export async function mojPage(url: string, start: { step: number | null; subject?: 'null' | 'canhan'; done?: boolean }): Promise<LoadedPage> {
  const { js } = await mojApp();
  const page = await loadPage('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cổng dịch vụ công ngành Tư pháp</title></head><body><div id="root"></div></body></html>', url, false);
  const win = page.window as unknown as { fetch: unknown; eval(code: string): unknown };
  win.fetch = async (input: string, init?: { method?: string }) => {
    const answer = mojSite(new URL(input, url), init?.method ?? 'GET');
    return new (page.window as unknown as { Response: typeof Response }).Response(JSON.stringify(answer.json ?? {}), { status: answer.status ?? 200, headers: { 'content-type': 'application/json' } });
  };
  const mojStart = start.step === null ? undefined : { subject: start.subject ?? 'null', step: start.step, done: start.done ?? false };
  win.eval(`window.__replicaConfig=${JSON.stringify({ mojStart })};`);
  win.eval(js);
  await page.settle(400);
  return page;
}

/** The MoJ declaration e-form replica (its x-* element definitions run in happy-dom), once its definition has rendered. */
export async function mojEformPage(): Promise<LoadedPage> {
  const url = `https://tokhaidientu.moj.gov.vn/e-form/${MOJ_PROCEDURES[0]!.eformId}`;
  const html = (eformSite(new URL(url)).html ?? '').replace(/<script src="[^"]+"><\/script>/, () => `<script>${readReplicaFile('static', 'moj-eform.js')}</script>`);
  const page = await loadPage(html, url);
  await page.settle(900);
  return page;
}

/**
 * The residence forms' replica (and the Ministry's catalogue) run in happy-dom: jQuery, select2 and
 * bootstrap-datepicker inlined as the server serves them, and the page's AJAX calls answered in the
 * page by the replica's own API, without a server. `variant` is the page variant knob.
 */
export async function cutruPage(url: string, opts: { variant?: string; extraComponents?: string[] } = {}): Promise<LoadedPage> {
  const u = new URL(url);
  const answer = u.hostname === BCA_HOST ? bcaSite(u) : cutruSite(u, 'GET', opts.variant ?? '');
  // After jQuery: its AJAX answered from the replica's API, synchronously.
  const ajaxStub = `<script>(function($){function answer(u,d,m){var url=new URL(u,location.href);for(var k in (d||{}))url.searchParams.set(k,d[k]);return $.Deferred().resolve(window.__replicaApi(url.href,m)).promise();}
$.getJSON=function(u,d){return answer(u,d,'GET');};$.post=function(u){return answer(u,null,'POST');};$.ajax=function(o){return answer(o.url,null,o.method||'GET');};})(window.jQuery);</script>`;
  const html = (answer.html ?? '').replace(/<script src="(\/__replica\/[^"]+)"><\/script>/g, (_, path: string) => {
    const body = replicaLib(path)?.body ?? (path === '/__replica/cutru-app.js' ? readReplicaFile('static', 'cutru-app.js') : '');
    return `<script>${body.replace(/<\/script/gi, '<\\/script')}</script>${path.endsWith('jquery.min.js') ? ajaxStub : ''}`;
  });
  return loadPage(html, url, true, (w) => {
    Object.assign(w, {
      __replicaConfig: { extraComponents: opts.extraComponents ?? [] },
      __replicaApi: (href: string, method: string) => cutruApi(new URL(href), method).json,
    });
  });
}

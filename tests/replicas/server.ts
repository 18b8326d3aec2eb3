/**
 * Local HTTPS server for the portal replicas, answering under the portals' real host names
 * (Chromium maps them here with --host-resolver-rules). Test fixture, not product.
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { generate } from 'selfsigned';
import { FaultTable, type Fault } from './faults';
import { readReplicaFile, withReplicaScripts } from './html';
import { dvcqgSite, notFound } from './sites/dvcqg';
import { DVCQG_APP_SCRIPT, DVCQG_APP_STYLE, dvcqg2026Site, vneidSite } from './sites/dvcqg-2026';
import { dvcqgApp, mojApp } from './apps/build';
import { igateSite } from './sites/igate';
import { lienthongSite } from './sites/lienthong';
import { eformSite, mojSite } from './sites/moj';
import { EFORM_SCRIPT, MOJ_APP_SCRIPT, MOJ_APP_STYLE } from './apps/moj/data';
import { BCA_HOST, bcaSite, CUTRU_HOST, cutruSite } from './sites/bca';
import { igate1Site } from './sites/igate1';
import { replicaLib } from './libs';

export interface SiteAnswer {
  status?: number;
  html?: string;
  json?: unknown;
  redirect?: string;
}

/** Every host the replicas answer for. dichvucong.gialai.gov.vn is a province not in the built-in list. */
export const REPLICA_HOSTS = [
  'dichvucong.gov.vn',
  'sso.dancuquocgia.gov.vn',
  'vpcp.dichvucong.gov.vn',
  'xacthuc.dichvucong.gov.vn',
  'lienthong.dichvucong.gov.vn',
  'dichvucongnganhtuphap.moj.gov.vn',
  'tokhaidientu.moj.gov.vn',
  'dichvucong.quangngai.gov.vn',
  'dichvucong.gialai.gov.vn',
  'dichvucong.bocongan.gov.vn',
  'dichvucong.dancuquocgia.gov.vn',
  'dichvucong.laocai.gov.vn',
  'dichvucong.laichau.gov.vn',
] as const;

/**
 * Hosts a replica page itself calls that are not replicas: the bank's payment window of the
 * residence forms. They stay unresolvable (as a blocked popup is), and such a request is the
 * portal's own, not ours: the e2e fixture lets these through.
 */
export const PORTAL_OUTSIDE_HOSTS = ['pay.vietcombank.com.vn'] as const;

export interface RequestLogEntry {
  at: number;
  host: string;
  method: string;
  path: string;
  status: number;
}

export interface Replicas {
  port: number;
  faults: FaultTable;
  requests: RequestLogEntry[];
  /** Chromium's --host-resolver-rules value: the replica hosts here, every other name unresolvable. */
  resolverRules: string;
  close(): Promise<void>;
}

const STATIC: Record<string, string> = {
  '/__replica/events.js': 'events.js',
  '/__replica/igate-app.js': 'igate-app.js',
  '/__replica/igate-eform.js': 'igate-eform.js',
  [EFORM_SCRIPT]: 'moj-eform.js',
  '/__replica/cutru-app.js': 'cutru-app.js',
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function readBody(req: IncomingMessage, throttleKBps?: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    // Pausing our reads slows the sender through TCP flow control: a throttled upload.
    if (throttleKBps) await sleep((chunk.length / (throttleKBps * 1024)) * 1000);
  }
  return Buffer.concat(chunks);
}

function isApi(path: string): boolean {
  return path.startsWith('/fi/') || path.startsWith('/pa/') || path.startsWith('/jsp/') || path.startsWith('/api/');
}

function send(res: ServerResponse, answer: SiteAnswer, fault: Fault | null): number {
  if (answer.redirect) {
    res.writeHead(302, { location: answer.redirect });
    res.end();
    return 302;
  }
  const status = answer.status ?? 200;
  if (answer.json !== undefined) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(answer.json));
  } else {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(withReplicaScripts(answer.html ?? '', { renderDelayMs: fault?.renderDelayMs ?? 0, removeSelectors: fault?.removeSelectors ?? [], extraComponents: fault?.extraComponents ?? [], renameClasses: fault?.renameClasses ?? {}, ...(fault?.buildId ? { buildId: fault.buildId } : {}), ...(fault?.variant ? { variant: fault.variant } : {}) }));
  }
  return status;
}

function errorAnswer(path: string, status: number): SiteAnswer {
  if (isApi(path)) return { status, json: { code: status, message: status === 401 ? 'Unauthorized' : 'Error' } };
  return { status, html: notFound().replace('Không tìm thấy trang', `Lỗi ${status}`) };
}

export async function startReplicas(opts: { port?: number } = {}): Promise<Replicas> {
  const pems = await generate([{ name: 'commonName', value: 'dichvucong.gov.vn' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [...REPLICA_HOSTS.map((value) => ({ type: 2, value })), { type: 2, value: '*.gov.vn' }] }],
  } as never);
  const faults = new FaultTable();
  const requests: RequestLogEntry[] = [];
  const sockets = new Set<Socket>();

  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    void (async () => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
      const url = new URL(req.url ?? '/', `https://${host}`);
      const pathAndQuery = url.pathname + url.search;
      const entry: RequestLogEntry = { at: Date.now(), host, method: req.method ?? 'GET', path: pathAndQuery, status: 0 };
      requests.push(entry);
      const fault = faults.take(host, entry.method, pathAndQuery);
      if (fault?.hangMs) {
        await sleep(fault.hangMs);
        req.socket.destroy();
        return;
      }
      const body = await readBody(req, fault?.throttleKBps);
      if (fault?.latencyMs) await sleep(fault.latencyMs);
      if (!(REPLICA_HOSTS as readonly string[]).includes(host)) {
        entry.status = send(res, { status: 421, html: notFound() }, null);
        return;
      }
      if (fault?.redirectTo) {
        entry.status = send(res, { redirect: fault.redirectTo }, null);
        return;
      }
      if (fault?.status) {
        entry.status = send(res, errorAnswer(url.pathname, fault.status), null);
        return;
      }
      const appFiles = url.pathname === DVCQG_APP_SCRIPT || url.pathname === DVCQG_APP_STYLE ? dvcqgApp : url.pathname === MOJ_APP_SCRIPT || url.pathname === MOJ_APP_STYLE ? mojApp : null;
      if (appFiles) {
        const app = await appFiles();
        const js = url.pathname === DVCQG_APP_SCRIPT || url.pathname === MOJ_APP_SCRIPT;
        res.writeHead(200, { 'content-type': js ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8' });
        res.end(js ? app.js : app.css);
        entry.status = 200;
        return;
      }
      const lib = replicaLib(url.pathname);
      if (lib) {
        res.writeHead(200, { 'content-type': `${lib.type}; charset=utf-8` });
        res.end(lib.body);
        entry.status = 200;
        return;
      }
      const staticFile = STATIC[url.pathname];
      if (staticFile) {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        res.end(readReplicaFile('static', staticFile));
        entry.status = 200;
        return;
      }
      let answer: SiteAnswer;
      if (host === 'lienthong.dichvucong.gov.vn') answer = lienthongSite(url, fault?.renderDelayMs ?? 0);
      else if (host === 'dichvucong.gov.vn') answer = dvcqg2026Site(req, url, body.toString('utf8'));
      else if (host === 'sso.dancuquocgia.gov.vn') answer = vneidSite(url);
      else if (host === 'dichvucongnganhtuphap.moj.gov.vn') answer = mojSite(url, entry.method);
      else if (host === 'tokhaidientu.moj.gov.vn') answer = eformSite(url);
      else if (host === BCA_HOST) answer = bcaSite(url);
      else if (host === CUTRU_HOST) answer = cutruSite(url, entry.method, fault?.variant ?? '');
      else if (host === 'dichvucong.laocai.gov.vn' || host === 'dichvucong.laichau.gov.vn') answer = igate1Site(url, entry.method);
      else if (host.endsWith('dichvucong.gov.vn')) answer = dvcqgSite(req, url, body.toString('utf8'), res);
      else answer = igateSite(req, url, body);
      entry.status = send(res, answer, fault);
    })().catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`replica error: ${String(err)}`);
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    faults,
    requests,
    resolverRules: [...REPLICA_HOSTS.map((h) => `MAP ${h}:443 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', '),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

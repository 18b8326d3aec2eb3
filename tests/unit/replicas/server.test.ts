// @vitest-environment node
/** The replicas' fault knobs do what tests rely on them for. */
import { request } from 'node:https';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPLICA_HOSTS, startReplicas, type Replicas } from '../../replicas/server';

let replicas: Replicas;
beforeAll(async () => {
  replicas = await startReplicas();
});
afterAll(() => replicas.close());

function call(host: string, path: string, opts: { method?: string; body?: Buffer; headers?: Record<string, string> } = {}) {
  const started = Date.now();
  return new Promise<{ status: number; body: string; ms: number }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: replicas.port, path, method: opts.method ?? 'GET', servername: host, headers: { host, ...opts.headers }, rejectUnauthorized: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, ms: Date.now() - started }));
      },
    );
    req.on('error', (err) => reject(Object.assign(err, { ms: Date.now() - started })));
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

function multipart(bytes: number) {
  const boundary = 'replicaTestBoundary';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    Buffer.alloc(bytes, 1),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('replica server', () => {
  test('answers for every replica host, with the event counter injected into pages', async () => {
    const paths: Record<string, string> = {
      'dichvucong.gov.vn': '/thu-tuc-hanh-chinh/0195d2a1-7c00-7a10-8000-000000000656',
      'sso.dancuquocgia.gov.vn': '/auth?redirect_uri=https://dichvucong.gov.vn/sso',
      'vpcp.dichvucong.gov.vn': '/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193',
      'xacthuc.dichvucong.gov.vn': '/oauth2/authorize',
      'lienthong.dichvucong.gov.vn': '/',
      'dichvucongnganhtuphap.moj.gov.vn': '/nop-ho-so/2041?maThuTuc=1.000894',
      'tokhaidientu.moj.gov.vn': '/e-form/0195e0c4-7a2b-7c11-9d00-000000000894',
      'dichvucong.quangngai.gov.vn': '/vi/',
      'dichvucong.gialai.gov.vn': '/vi/',
      'dichvucong.bocongan.gov.vn': '/bocongan/bothutuc/tthc?matt=26344',
      'dichvucong.dancuquocgia.gov.vn': '/portal/p/home/dang-ky-tam-tru.html?ma_thu_tuc=1.004194&TT=TAMTRU_01',
      'dichvucong.laocai.gov.vn': '/dich-vu-cong/tiep-nhan-online/chon-thu-tuc-nop-ho-so',
      'dichvucong.laichau.gov.vn': '/dich-vu-cong/tiep-nhan-online/chon-thu-tuc-nop-ho-so',
    };
    for (const host of REPLICA_HOSTS) {
      const r = await call(host, paths[host]!);
      expect(r.status, host).toBe(200);
      expect(r.body, host).toContain('/__replica/events.js');
    }
  });

  test('upload endpoint answers like the fileman service; the name and size come from the request', async () => {
    const { body, headers } = multipart(5000);
    const r = await call('dichvucong.quangngai.gov.vn', '/fi/file/--multiple?uuid=1', { method: 'POST', body, headers });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject([{ filename: 'a.pdf', size: 5000 }]);
  });

  test('latency, status and once-only knobs', async () => {
    replicas.faults.add({ path: '/vi/', latencyMs: 400, times: 1 });
    expect((await call('dichvucong.quangngai.gov.vn', '/vi/')).ms).toBeGreaterThanOrEqual(380);
    expect((await call('dichvucong.quangngai.gov.vn', '/vi/')).ms).toBeLessThan(380);

    for (const status of [500, 413, 401]) {
      replicas.faults.add({ host: 'dichvucong.quangngai.gov.vn', path: '/fi/file/', status, times: 1 });
      const { body, headers } = multipart(100);
      const r = await call('dichvucong.quangngai.gov.vn', '/fi/file/--multiple?uuid=1', { method: 'POST', body, headers });
      expect(r.status).toBe(status);
      expect(JSON.parse(r.body)).toMatchObject({ code: status });
    }
  });

  test('session expiry on DVCQG bounces to the home page', async () => {
    replicas.faults.add({ host: 'vpcp.dichvucong.gov.vn', path: '/p/home/dvc-chi-tiet', redirectTo: '/p/home/dvc-trang-chu.html', times: 1 });
    const r = await call('vpcp.dichvucong.gov.vn', '/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193');
    expect(r.status).toBe(302);
  });

  test('the 2026 national portal answers 200 with the same empty #root for every path, legacy ones included', async () => {
    for (const path of ['/', '/p/home/dvc-trang-chu.html', '/thu-tuc-hanh-chinh/00000000-0000-7000-8000-000000000000', '/no/such/page']) {
      const r = await call('dichvucong.gov.vn', path);
      expect(r.status, path).toBe(200);
      expect(r.body, path).toContain('<div id="root"></div>');
    }
    const app = await call('dichvucong.gov.vn', '/__replica/dvcqg-app.js');
    expect(app.status).toBe(200);
    // Built from the real libraries, not look-alike markup.
    expect(app.body).toContain('sd-root-modern');
    expect(app.body).toContain('Toastify');
  });

  test('a hang holds the request and then drops it', async () => {
    replicas.faults.add({ path: '/pa/dossier/', hangMs: 500, times: 1 });
    const err = (await call('dichvucong.quangngai.gov.vn', '/pa/dossier/--apply-online/', { method: 'POST', body: Buffer.from('{}') }).catch((e: unknown) => e)) as { ms: number; code: string };
    expect(err.code).toBe('ECONNRESET');
    expect(err.ms).toBeGreaterThanOrEqual(480);
  });

  test('a throttled upload takes as long as its size says', async () => {
    replicas.faults.add({ path: '/fi/file/', throttleKBps: 200, times: 1 });
    const { body, headers } = multipart(200 * 1024);
    const r = await call('dichvucong.quangngai.gov.vn', '/fi/file/--multiple?uuid=1', { method: 'POST', body, headers });
    expect(r.status).toBe(200);
    expect(r.ms).toBeGreaterThanOrEqual(900);
  });

  test('late render knob reaches the page script', async () => {
    replicas.faults.add({ path: '/', host: 'lienthong.dichvucong.gov.vn', renderDelayMs: 3000, times: 1 });
    const r = await call('lienthong.dichvucong.gov.vn', '/');
    expect(r.body).toContain('}, 3600);');
    expect(r.body).toContain('"renderDelayMs":3000');
  });
});

/**
 * VNPT iGate 2 replica (dichvucong.<province>.gov.vn): one app shell for every /vi/ route, built
 * from the shared snapshots' templates and styles, with our router (../static/igate-app.js), the
 * eForm rendered by Form.io 4.x from its definition (../static/igate-eform.js), the
 * upload endpoint POST /fi/file/--multiple and the submit endpoint POST /pa/dossier/--apply-online/.
 */
import type { IncomingMessage } from 'node:http';
import { readReplicaFile } from '../html';
import type { SiteAnswer } from '../server';
import { notFound } from './dvcqg';

const PROVINCE_NAMES: Record<string, string> = { quangngai: 'Quảng Ngãi', gialai: 'Gia Lai', danang: 'Đà Nẵng' };

function pick(html: string, re: RegExp): string {
  const m = re.exec(html);
  if (!m) throw new Error(`replica snapshot is missing ${re}`);
  return m[0];
}

let shell: string | null = null;
function appShell(province: string): string {
  if (!shell) {
    const detail = readReplicaFile('pages', 'igate', 'procedure-detail-1.001193.html');
    const apply = readReplicaFile('pages', 'igate', 'apply-online-1.001193.html');
    const styles = [pick(detail, /<style>[\s\S]*?<\/style>/), pick(apply, /<style>[\s\S]*?<\/style>/)].join('\n');
    const templates = [
      pick(detail, /<template id="tpl-detail">[\s\S]*?<\/template>/),
      pick(apply, /<template id="tpl-apply">[\s\S]*?<\/template>/),
    ].join('\n');
    shell = `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Cổng dịch vụ công - PROVINCE_TITLE</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
${styles}
<link rel="stylesheet" href="/__replica/lib/formio.form.min.css">
</head>
<body>
<app-root _nghost-serverapp-c0="" ng-version="12.2.16"><div class="spinner">Đang tải...</div></app-root>
<div class="cdk-overlay-container"></div>
${templates}
<script src="/__replica/lib/formio.form.min.js"></script>
<script src="/__replica/igate-eform.js"></script>
<script src="/__replica/igate-app.js"></script>
</body>
</html>`;
  }
  const title = `Cổng dịch vụ công tỉnh ${province}`;
  return shell
    .replace('PROVINCE_TITLE', title)
    .replace(/CỔNG DỊCH VỤ CÔNG TỈNH QUẢNG NGÃI/g, title.toUpperCase());
}

let fileSeq = 0;
let dossierSeq = 0;

/** Parses just enough of a multipart body to answer like the fileman service: [{id, filename, size, uuid}]. */
function savedFiles(req: IncomingMessage, body: Buffer): { id: string; filename: string; size: number; uuid: string }[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(req.headers['content-type'] ?? '');
  if (!boundary) return [];
  const sep = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const out: { id: string; filename: string; size: number; uuid: string }[] = [];
  let start = body.indexOf(sep);
  while (start >= 0) {
    const next = body.indexOf(sep, start + sep.length);
    if (next < 0) break;
    const part = body.subarray(start + sep.length + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, headerEnd).toString('utf8');
    const name = /filename="([^"]*)"/.exec(headers);
    if (name && /name="files"/.test(headers)) {
      fileSeq += 1;
      out.push({ id: `63f0${String(fileSeq).padStart(20, '0')}`, filename: name[1]!, size: part.length - headerEnd - 4, uuid: String(fileSeq) });
    }
    start = next;
  }
  return out;
}

export function igateSite(req: IncomingMessage, url: URL, body: Buffer): SiteAnswer {
  const province = url.hostname.split('.')[1] ?? '';
  if (url.pathname === '/') return { redirect: '/vi/' };
  if (url.pathname === '/fi/file/--multiple' && req.method === 'POST') return { json: savedFiles(req, body) };
  if (url.pathname === '/pa/dossier/--apply-online/' && req.method === 'POST') {
    dossierSeq += 1;
    const d = new Date();
    const ymd = `${String(d.getFullYear()).slice(2)}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
    return { json: { id: `64a0${String(dossierSeq).padStart(20, '0')}`, code: `000.31.24.H55-${ymd}-${String(dossierSeq).padStart(4, '0')}` } };
  }
  if (/^\/vi(\/.*)?$/.test(url.pathname)) return { html: appShell(PROVINCE_NAMES[province] ?? province) };
  return { status: 404, html: notFound() };
}

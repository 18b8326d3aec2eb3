import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { reviewPack } from '../../../lib/authoring/review';
import { parsePack } from '../../../lib/guides/pack';
import type { GuidePack } from '../../../lib/guides/pack.schema';
import { lienthong } from '../../../lib/portals/lienthong';
import { igate } from '../../../lib/portals/igate';
import { igateFilingForm, lienthongFilingForm } from '../helpers/replica-forms';
import type { LoadedPage } from '../helpers/snapshot';

function bundled(code: string): GuidePack {
  const r = parsePack(JSON.parse(readFileSync(`public/guides/${code}.json`, 'utf8')));
  if (!r.ok) throw new Error(code);
  return r.pack;
}

let open: LoadedPage | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

describe('checking a pack on the open portal page (needs review)', () => {
  test('liên thông birth bundle on its first step: shown targets found, later panels hidden, upload and receipt steps left to their pages', async () => {
    open = (await lienthongFilingForm())!;
    const r = reviewPack(bundled('2.000986'), lienthong, lienthong.read(open.url(), open.document), open.document, open.url());
    const by = Object.fromEntries(r.steps.map((s) => [s.stepId, s.status]));
    expect(by['kiem-tra-nguoi-yeu-cau']).toBe('found');
    expect(by['so-dien-thoai']).toBe('found');
    expect(by['ngay-sinh-tre']).toBe('hidden');
    expect(by['ho-ten-me']).toBe('hidden');
    // Written for the upload page (the adapter's kind once the upload rows show): judged there, not here.
    expect(by['tai-giay-chung-sinh']).toBe('elsewhere');
    expect(by['ghi-so-ho-so']).toBe('elsewhere');
    // "Hoàn thành" is what the shared button says on the last panel only: not on the page now, so the
    // author is told to look (the dashboard says to check again on the right part of the form).
    expect(r.steps.filter((s) => s.status === 'missing').map((s) => s.stepId)).toEqual(['hoan-thanh']);
    expect([r.portal, r.pageKind, r.pageCode]).toEqual(['lienthong', 'filing-form', '2.000986']);
  });

  test('a field the portal dropped is missing; steps written for another page kind are not judged', async () => {
    open = (await igateFilingForm('1.001193'))!;
    open.document.querySelectorAll('.formio-component-phoneNumber').forEach((n) => n.remove());
    const pack = bundled('1.001193');
    const r = reviewPack(pack, igate, igate.read(open.url(), open.document), open.document, open.url());
    const phoneStep = pack.steps.find((s) => s.target?.key === 'field:so-dien-thoai')!;
    expect(r.steps.find((s) => s.stepId === phoneStep.id)!.status).toBe('missing');
    expect(r.steps.filter((s) => s.status === 'missing')).toHaveLength(1);
    const onDvcqg = reviewPack(bundled('1.004222'), igate, igate.read(open.url(), open.document), open.document, open.url());
    expect(onDvcqg.steps.every((s) => s.status === 'elsewhere')).toBe(true);
  });
});

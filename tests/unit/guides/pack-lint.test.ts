/**
 * The pack linter (issue 8): every bundled pack validates, cites legal instruments in a known
 * form, agrees with the once-only catalogue, and every step's target resolves on the replica form
 * of its portal, walked in the order a person follows it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findTarget } from '../../../lib/guides/anchor';
import { lintPack } from '../../../lib/guides/pack-lint';
import { packTable, withPackTable } from '../../../lib/guides/pack-table';
import { parsePack } from '../../../lib/guides/pack';
import type { GuidePack } from '../../../lib/guides/pack.schema';
import { bundledCatalogue } from '../../../lib/once-only/catalogue';
import { createMatcher } from '../../../lib/once-only/matcher';
import { dvcqg } from '../../../lib/portals/dvcqg';
import { dvcqg2026 } from '../../../lib/portals/dvcqg-2026';
import { igate } from '../../../lib/portals/igate';
import { lienthong } from '../../../lib/portals/lienthong';
import type { PortalAdapter, PortalId } from '../../../lib/portals/types';
import type { LoadedPage } from '../helpers/snapshot';
import { cutruPage, dvcqg2026Page, dvcqgDetailPage, igateFilingForm, lienthongFilingForm, mojEformPage, mojPage } from '../helpers/replica-forms';
import { bca } from '../../../lib/portals/bca';
import { cutru } from '../../../lib/portals/cutru';
import { BCA_CATALOGUE } from '../../replicas/sites/bca';
import { moj } from '../../../lib/portals/moj';
import { mojEform } from '../../../lib/portals/moj-eform';
import { readPage } from '../../../lib/portals/registry';
import { resolveTargetKey } from '../../../lib/portals/targets';
import { MOJ_PROCEDURES, mojFormUrl } from '../../replicas/sites/moj';

const BUNDLED = 'public/guides';
const packs = readdirSync(BUNDLED)
  .filter((f) => /^\d\.\d{6}\.json$/.test(f))
  .map((f) => {
    const r = parsePack(JSON.parse(readFileSync(`${BUNDLED}/${f}`, 'utf8')));
    if (!r.ok) throw new Error(`${f}: ${JSON.stringify(r.problems)}`);
    return r.pack;
  });
const catalogue = bundledCatalogue();
const matcher = createMatcher(catalogue);

/**
 * Replica pages the linter can walk, by portal: on the legacy DVCQG pages the procedure page, on
 * the 2026 national portal the route of each step's page kind, elsewhere the filing form.
 */
const FORMS: Partial<Record<PortalId, { adapter: PortalAdapter; open(code: string, pageKind?: string): Promise<LoadedPage | null>; clickSettleMs?: number }>> = {
  dvcqg: { adapter: dvcqg, open: dvcqgDetailPage },
  bca: { adapter: bca, open: bcaDetailPage },
  // The residence forms load their lists late (wards, the attachments table): wait that out after each click.
  cutru: { adapter: cutru, open: residenceForm, clickSettleMs: 1000 },
  'dvcqg-2026': { adapter: dvcqg2026, open: dvcqg2026Page },
  igate: { adapter: igate, open: igateFilingForm },
  lienthong: { adapter: lienthong, open: lienthongFilingForm },
};

async function bcaDetailPage(code: string): Promise<LoadedPage | null> {
  const entry = BCA_CATALOGUE.find((e) => e.code === code);
  return entry ? cutruPage(`https://dichvucong.bocongan.gov.vn/bocongan/bothutuc/tthc?matt=${entry.matt}`) : null;
}

/** The residence form each code is filed on (the tạm trú page serves two procedures by its TT parameter). */
const RESIDENCE_FORMS: Record<string, string> = {
  '1.004194': 'dang-ky-tam-tru.html?ma_thu_tuc=1.004194&TT=TAMTRU_01',
  '1.010028': 'dang-ky-tam-tru.html?ma_thu_tuc=1.004194&TT=TAMTRU_06',
  '2.001159': 'thong-bao-luu-tru.html?ma_thu_tuc=2.001159',
};
async function residenceForm(code: string): Promise<LoadedPage | null> {
  const path = RESIDENCE_FORMS[code];
  if (!path) return null;
  const page = await cutruPage(`https://dichvucong.dancuquocgia.gov.vn/portal/p/home/${path}`);
  await page.settle(300);
  return page;
}

/** The MoJ wizard's states in the order a person walks them: the dialog, steps 1–4, the sent dossier. */
const MOJ_STATES: { step: number | null; done?: boolean }[] = [{ step: null }, { step: 0 }, { step: 1 }, { step: 2 }, { step: 3 }, { step: 3, done: true }];

/** The MoJ wizard validates every "Bước tiếp theo": each step's target is looked for at its own wizard state, in order. */
async function unresolvedMojSteps(pack: GuidePack, steps: GuidePack['steps']): Promise<string[]> {
  const url = MOJ_PROCEDURES.some((p) => p.code === pack.procedureCode) ? mojFormUrl(pack.procedureCode) : null;
  if (!url) return steps.map((s) => `${s.id}: không có trang mô phỏng biểu mẫu moj cho ${pack.procedureCode}`);
  const missing: string[] = [];
  let at = 0;
  for (const step of steps) {
    if (step.target!.key.startsWith('eform:')) {
      // A field of the declaration frame: looked for on the e-form page itself.
      const form = await mojEformPage();
      const hit = resolveTargetKey(`field:${step.target!.key.slice('eform:'.length)}`, readPage(mojEform, form.url(), form.document), form.document);
      await form.close();
      if (!hit) missing.push(`${step.id}: không tìm thấy ${step.target!.key} trong tờ khai`);
      continue;
    }
    const subject = step.when?.question === 'uy-quyen' && step.when.is ? 'canhan' : 'null';
    let found = -1;
    for (let i = at; i < MOJ_STATES.length && found < 0; i++) {
      const page = await mojPage(url, { ...MOJ_STATES[i]!, subject });
      if (findTarget(step.target!, moj, page.document, page.url())) found = i;
      await page.close();
    }
    if (found < 0) missing.push(`${step.id}: không tìm thấy ${step.target!.key} trên trang`);
    else at = found;
  }
  return missing;
}

/** Walks the steps for one portal: each target must resolve where the person stands; clicks move on. */
async function unresolvedSteps(pack: GuidePack, portal: PortalId): Promise<string[]> {
  const steps = pack.steps.filter((s) => (s.portal ?? pack.portals[0]) === portal && s.target);
  if (!steps.length) return [];
  if (portal === 'moj') return unresolvedMojSteps(pack, steps);
  const form = FORMS[portal];
  const byRoute = portal === 'dvcqg-2026';
  let kind = steps[0]!.page;
  let page = form ? await form.open(pack.procedureCode, kind) : null;
  if (!form || !page) return steps.map((s) => `${s.id}: không có trang mô phỏng biểu mẫu ${portal} cho ${pack.procedureCode}`);
  const missing: string[] = [];
  try {
    for (const step of steps) {
      if (byRoute && step.page !== kind) {
        await page.close();
        kind = step.page;
        page = (await form.open(pack.procedureCode, kind))!;
      }
      const hit = findTarget(step.target!, form.adapter, page.document, page.url());
      if (!hit) {
        missing.push(`${step.id}: không tìm thấy ${step.target!.key} trên trang`);
        continue;
      }
      // Going on as the person would; the final submit is not pressed.
      if (step.action === 'click' && step.target!.key !== 'button:nop-ho-so') {
        (hit.el as HTMLElement).click();
        await page.settle(form.clickSettleMs ?? 300);
      }
    }
  } finally {
    await page.close();
  }
  return missing;
}

describe('pack linter: bundled packs', () => {
  test.each(packs.map((p) => [p.procedureCode, p] as const))('%s: legal references, once-only agreement', (_code, pack) => {
    expect(lintPack(pack, matcher, catalogue)).toEqual([]);
  });

  test.each(packs.flatMap((p) => p.portals.map((portal) => [p.procedureCode, portal, p] as const)))('%s on %s: every step target resolves on the replica form, in order', async (_code, portal, pack) => {
    expect(await unresolvedSteps(pack, portal)).toEqual([]);
  }, 30_000);
});

describe('pack folder README', () => {
  test('its table lists every bundled pack as it is now (npm run packs:readme rewrites it)', () => {
    const readme = readFileSync(`${BUNDLED}/README.md`, 'utf8');
    expect(withPackTable(readme, packTable(packs))).toBe(readme);
  });
});

describe('pack linter: rules', () => {
  const base = packs.find((p) => p.procedureCode === '1.001193')!;
  test('legal references must name an instrument in its cited form; an article needs its instrument', () => {
    const pack: GuidePack = structuredClone(base);
    pack.sources = [...pack.sources, { kind: 'legal', title: 'ND 104/2022' }, { kind: 'legal', title: 'Luật Hộ tịch' }, { kind: 'legal', title: 'Thông tư số 04/2020/TT-BTP' }];
    pack.steps[0]!.text = { vi: 'Miễn lệ phí theo Điều 11.', en: 'Free under Article 11 of Luật Hộ tịch số 60/2014/QH13.' };
    const problems = lintPack(pack, matcher, catalogue).map((p) => p.path);
    expect(problems).toEqual([`sources[${base.sources.length}].title`, `sources[${base.sources.length + 1}].title`, 'steps[0].text.vi']);
  });

  test('a paper whose data is shared may not be asked for; a paper marked shared must be in the catalogue, with its database', () => {
    const pack: GuidePack = structuredClone(base);
    pack.papers = [
      { id: 'so-ho-khau', name: { vi: 'Bản sao sổ hộ khẩu' }, form: 'copy', count: 1 },
      { id: 'giay-chung-sinh', name: { vi: 'Giấy chứng sinh' }, form: 'original', count: 1, notNeededIfShared: { database: 'Cơ sở dữ liệu quốc gia về dân cư', basis: 'Nghị định số 104/2022/NĐ-CP' } },
      { id: 'cccd', name: { vi: 'Bản sao thẻ căn cước công dân' }, form: 'copy', count: 1, notNeededIfShared: { database: 'Cơ sở dữ liệu đất đai', basis: 'Nghị định 104' } },
      { id: 'xuat-trinh', name: { vi: 'Thẻ căn cước' }, form: 'present', count: 1 },
    ];
    expect(lintPack(pack, matcher, catalogue).map((p) => p.path)).toEqual(['papers[0].name', 'papers[1].notNeededIfShared', 'papers[2].notNeededIfShared.basis', 'papers[2].notNeededIfShared.database']);
  });

  test('a target the replica form does not have is reported with its step; a procedure without a replica form too', async () => {
    const pack: GuidePack = structuredClone(base);
    const upload = pack.steps.find((s) => s.id === 'tai-giay-chung-sinh')!;
    upload.target = { key: 'upload:giay-khong-co' };
    expect(await unresolvedSteps(pack, 'igate')).toEqual(['tai-giay-chung-sinh: không tìm thấy upload:giay-khong-co trên trang']);
    const unknown: GuidePack = { ...structuredClone(base), procedureCode: '1.999999' };
    expect((await unresolvedSteps(unknown, 'igate'))[0]).toMatch(/không có trang mô phỏng biểu mẫu igate cho 1\.999999/);
  }, 30_000);
});

/** The guides pillar's messages: packs, a running guide's state per tab, outcomes, the dashboard's pack table. */
import { browser } from 'wxt/browser';
import { previewFor } from '../authoring/authoring-tabs';
import type { BackgroundServices, Handlers } from '../messaging/handlers';
import { isPortalId } from '../portals/types';
import { isProcedureCode } from '../text/procedure-code';
import type { TimingsRecorder } from '../timings/recorder-background';
import type { GuideOutcome, GuideState } from './engine';
import { exportPack, importPack, listPacks, packFor, removeImported, withOrigin } from './pack-store';
import { GuideOutcomeSchema, GuideStateSaveSchema } from './state.schema';

const OUTCOMES_KEY = 'guideOutcomes';
const OUTCOMES_LIMIT = 5000;
const code = (data: unknown): string | null => (typeof data === 'string' && isProcedureCode(data) ? data : null);

export function guideHandlers(services: BackgroundServices, timings: TimingsRecorder): Handlers<
  'guides/pack' | 'guides/state-save' | 'guides/state-load' | 'guides/outcome' | 'guides/outcomes' | 'guides/list' | 'guides/open-checklist' | 'guides/import' | 'guides/export' | 'guides/remove'
> {
  return {
    // A draft under preview (guide authoring) stands in for the pack of its procedure.
    'guides/pack': async (data) => {
      const q = data as { procedureCode?: unknown; portal?: unknown } | null;
      const procedureCode = code(q?.procedureCode);
      if (!procedureCode) return null;
      const portal = isPortalId(q?.portal) ? q.portal : undefined;
      return withOrigin(await previewFor(procedureCode, portal), 'draft') ?? packFor(procedureCode, portal);
    },
    'guides/state-save': async (data, sender) => {
      const parsed = GuideStateSaveSchema.safeParse(data);
      if (!parsed.success || sender.tab?.id === undefined) return;
      const key = `guide:${sender.tab.id}:${parsed.data.procedureCode}`;
      if (parsed.data.state) await browser.storage.session.set({ [key]: parsed.data.state });
      else await browser.storage.session.remove(key);
    },
    'guides/state-load': async (data, sender) => {
      const procedureCode = code(data);
      if (!procedureCode || sender.tab?.id === undefined) return null;
      const key = `guide:${sender.tab.id}:${procedureCode}`;
      return ((await browser.storage.session.get(key))[key] as GuideState | undefined) ?? null;
    },
    'guides/outcome': async (data, sender) => {
      const parsed = GuideOutcomeSchema.safeParse(data);
      if (!parsed.success) return;
      if (sender.tab?.id !== undefined) void timings.handle(sender.tab.id, { type: 'guide', at: Date.now(), outcome: parsed.data.outcome });
      // Ids and a time only (to the minute): procedure code, portal, outcome, step id.
      const clean: GuideOutcome = { ...parsed.data, at: Math.floor(parsed.data.at / 60_000) * 60_000 };
      const past = ((await browser.storage.local.get(OUTCOMES_KEY))[OUTCOMES_KEY] ?? []) as GuideOutcome[];
      await browser.storage.local.set({ [OUTCOMES_KEY]: [...past, clean].slice(-OUTCOMES_LIMIT) });
    },
    'guides/outcomes': async () => ((await browser.storage.local.get(OUTCOMES_KEY))[OUTCOMES_KEY] ?? []) as GuideOutcome[],
    'guides/list': () => listPacks(),
    'guides/open-checklist': (data, sender) => {
      const procedureCode = code(data);
      if (!procedureCode) return;
      return services.openOurPage(`/checklist.html?code=${encodeURIComponent(procedureCode)}`, sender);
    },
    'guides/import': (data) => {
      const q = data as { text?: unknown; replaceBundled?: unknown } | null;
      return typeof q?.text === 'string' ? importPack(q.text, q.replaceBundled === true) : { ok: false, problems: [{ path: '(tệp)', message: 'không đọc được tệp' }] };
    },
    'guides/export': (data) => {
      const procedureCode = code(data);
      return procedureCode ? exportPack(procedureCode) : null;
    },
    'guides/remove': async (data) => {
      const procedureCode = code(data);
      return { removed: procedureCode ? await removeImported(procedureCode) : false };
    },
  };
}

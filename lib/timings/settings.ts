/** The recorder's settings, kept in storage.local: how long figures are kept, when a wait is a hang. */
import { browser } from 'wxt/browser';
import { DEFAULT_RECORDER_SETTINGS } from './journey';
import { DEFAULT_LIMITS } from './store';

export interface TimingsSettings {
  retentionDays: number;
  hangSeconds: number;
}

export const DEFAULT_TIMINGS_SETTINGS: TimingsSettings = { retentionDays: DEFAULT_LIMITS.retentionDays, hangSeconds: DEFAULT_RECORDER_SETTINGS.hangMs / 1000 };
const SETTINGS_KEY = 'timingsSettings';

export async function loadTimingsSettings(): Promise<TimingsSettings> {
  const raw = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Partial<TimingsSettings> | undefined;
  const num = (v: unknown, min: number, max: number, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback);
  return {
    retentionDays: num(raw?.retentionDays, 1, 3650, DEFAULT_TIMINGS_SETTINGS.retentionDays),
    hangSeconds: num(raw?.hangSeconds, 1, 600, DEFAULT_TIMINGS_SETTINGS.hangSeconds),
  };
}

export async function saveTimingsSettings(s: TimingsSettings): Promise<TimingsSettings> {
  await browser.storage.local.set({ [SETTINGS_KEY]: s });
  return loadTimingsSettings();
}


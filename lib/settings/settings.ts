/** The person's settings, kept by the background in storage.local (content scripts ask for them). */
export interface Settings {
  /** staff: compact, checklist first; citizen: large text, one step at a time. */
  mode: 'staff' | 'citizen';
}
export const DEFAULT_SETTINGS: Settings = { mode: 'staff' };

/** Settings from whatever is stored: anything unknown falls back to the default. */
export function settingsFrom(value: unknown): Settings {
  return { mode: (value as Partial<Settings> | null | undefined)?.mode === 'citizen' ? 'citizen' : 'staff' };
}

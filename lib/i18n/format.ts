/**
 * The browser's rules for a messages.json entry (Chrome and Firefox agree): named placeholders
 * `$NAME$` (any case) become their `content`, then `$1`…`$9` become the substitutions (missing ones
 * empty) and `$$` a dollar sign. Pure, so a translator can run on bundled messages.
 */
import type { MessageKey, Translate } from './t';

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type MessageTable = Partial<Record<MessageKey, MessageEntry>>;

export function formatMessage(entry: MessageEntry, subs: readonly (string | number)[]): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const key = Object.keys(entry.placeholders ?? {}).find((k) => k.toLowerCase() === name.toLowerCase());
    return key ? entry.placeholders![key]!.content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : String(subs[Number(d) - 1] ?? '')));
}

/** A translator over a table of messages; keys not in the table go to `fallback`. Messages without substitutions are kept (the panel asks on every paint). */
export function tableTranslator(table: MessageTable, fallback: Translate): Translate {
  const plain = new Map<MessageKey, string>();
  return (key, ...subs) => {
    const entry = table[key];
    if (!entry) return fallback(key, ...subs);
    if (subs.length) return formatMessage(entry, subs);
    let text = plain.get(key);
    if (text === undefined) plain.set(key, (text = formatMessage(entry, subs)));
    return text;
  };
}

/**
 * The small safe markup of guide text: "**bold**" and lines starting with "- " (a list). Parsed
 * into plain data that the UI renders as elements; nothing from a pack ever becomes HTML.
 */
export interface Inline {
  text: string;
  bold: boolean;
}
export type Block = { kind: 'p'; inlines: Inline[] } | { kind: 'ul'; items: Inline[][] };

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const parts = text.split('**');
  // An odd number of "**" leaves the last one unclosed: keep it as literal text.
  const closed = parts.length % 2 === 1;
  parts.forEach((part, i) => {
    const unclosedTail = !closed && i === parts.length - 1;
    const bold = i % 2 === 1 && !unclosedTail;
    const t = unclosedTail && i > 0 ? `**${part}` : part;
    if (t) out.push({ text: t, bold });
  });
  return out;
}

export function parseMarkup(text: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const item = /^[-•]\s+(.*)$/.exec(line);
    const last = blocks[blocks.length - 1];
    if (item) {
      if (last?.kind === 'ul') last.items.push(parseInline(item[1]!));
      else blocks.push({ kind: 'ul', items: [parseInline(item[1]!)] });
    } else {
      blocks.push({ kind: 'p', inlines: parseInline(line) });
    }
  }
  return blocks;
}

/** The same text without markup, for screen-reader announcements and titles. */
export function plainText(text: string): string {
  return parseMarkup(text)
    .map((b) => (b.kind === 'p' ? b.inlines.map((i) => i.text).join('') : b.items.map((it) => it.map((i) => i.text).join('')).join('; ')))
    .join(' ');
}

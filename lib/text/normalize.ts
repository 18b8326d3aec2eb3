/**
 * Vietnamese text folding for label matching: portals mix NFC and NFD, upper and lower case,
 * "Đ"/"đ", non-breaking spaces and trailing colons or asterisks. Matching on the folded form
 * lets adapters key on what a person reads instead of on class names.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^a-z0-9]+/g;

export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(NON_WORD, ' ')
    .trim();
}

/** Collapses runs of white space (incl. NBSP) without folding diacritics: for display. */
export function tidy(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** True when the folded `text` starts with the folded `label` (labels are short, text may add a colon). */
export function startsWithLabel(text: string, label: string): boolean {
  const t = normalize(text);
  const l = normalize(label);
  return t === l || t.startsWith(`${l} `);
}

const CLAUSE_BREAK = /[.;!?\n\r•·]+/g;
const NON_WORD_OR_BREAK = /[^a-z0-9.]+/g;

/**
 * Like normalize(), but sentence and clause ends (. ; ! ? line breaks, bullets) survive as a lone
 * "." token, so a matcher can tell which clause a word sits in ("Trường hợp chưa có dữ liệu…; bản sao…").
 */
export function foldClauses(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(CLAUSE_BREAK, ' . ')
    .replace(NON_WORD_OR_BREAK, ' ')
    .replace(/ +/g, ' ')
    .trim();
}

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

/**
 * Output char code for every code point below U+2000, built once: letters folded to a–z without
 * diacritics, digits kept, combining marks dropped (0), clause ends (. ; ! ? line breaks) to "." (46),
 * everything else to a space (32). One table look-up per character is what lets the once-only check
 * read 100,000 components a second; String.normalize plus five regex passes could not.
 */
let foldTable: Uint8Array | null = null;

/** Built on first use (about 8,000 normalisations): the content script imports this file and never folds. */
function buildFoldTable(): Uint8Array {
  const table = new Uint8Array(0x2000).fill(32);
  for (let cp = 0; cp < 0x2000; cp++) {
    const ch = String.fromCharCode(cp);
    if (/[.;!?\n\r]/.test(ch)) {
      table[cp] = 46;
      continue;
    }
    if (cp >= 0x300 && cp <= 0x36f) {
      table[cp] = 0;
      continue;
    }
    const base = ch.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
    if (base.length === 1 && /[a-z0-9]/.test(base)) table[cp] = base.charCodeAt(0);
  }
  return table;
}

/**
 * Like normalize(), but sentence and clause ends (. ; ! ? line breaks, bullets) survive as a lone
 * "." token, so a matcher can tell which clause a word sits in ("Trường hợp chưa có dữ liệu…; bản sao…").
 * Works on NFC and NFD input alike.
 */
let foldBuffer = new Uint16Array(1024);

export function foldClauses(text: string): string {
  // Output is never longer than twice the input (". " pairs), plus a spare slot.
  if (foldBuffer.length < text.length * 2 + 2) foldBuffer = new Uint16Array(text.length * 2 + 2);
  const out = foldBuffer;
  const table = (foldTable ??= buildFoldTable());
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    const mapped = cp < 0x2000 ? table[cp]! : cp === 0x2022 || cp === 0x2023 || cp === 0x25cf ? 46 : 32;
    if (mapped === 0) continue;
    if (mapped === 32) {
      pendingSpace = n > 0;
      continue;
    }
    if (mapped === 46) {
      // A clause end is its own token; runs of them collapse into one.
      if (n > 0 && out[n - 1] === 46) continue;
      if (n > 0) out[n++] = 32;
      out[n++] = 46;
      pendingSpace = true;
      continue;
    }
    if (pendingSpace) out[n++] = 32;
    pendingSpace = false;
    out[n++] = mapped;
  }
  return decodeFolded(out, n);
}

/**
 * The words of `text` that fold to the folded span [start, end) of foldClauses(text): what the
 * once-only store keeps of a portal's wording ("sổ tạm trú" out of a whole row), never the rest.
 * Called only when a finding is stored, so it folds prefixes (a binary search) instead of slowing
 * the fold itself, which runs for every label: the folded length of a prefix never shrinks.
 */
export function originalOfFolded(text: string, start: number, end: number): string {
  if (start < 0 || start >= end || end > foldClauses(text).length) return '';
  const foldedLength = (i: number) => foldClauses(text.slice(0, i)).length;
  /** The first input index whose character brings the folded text past `n` characters. */
  const producing = (n: number) => {
    let lo = 0;
    let hi = text.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (foldedLength(mid + 1) > n) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  let stop = producing(end - 1) + 1;
  // Combining marks (NFD input) belong to the letter before them.
  while (stop < text.length && /[\u0300-\u036f]/.test(text[stop]!)) stop++;
  return text.slice(producing(start), stop).trim();
}

// The folded text is UTF-16 code units in a typed array: the platform decoder turns it into a
// string in one native call, several times faster than String.fromCharCode over chunks.
const UTF16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : null;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function decodeFolded(out: Uint16Array, n: number): string {
  if (n === 0) return '';
  if (UTF16 && LITTLE_ENDIAN) return UTF16.decode(out.subarray(0, n));
  let result = '';
  for (let i = 0; i < n; i += 8192) result += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return result;
}

/**
 * The second layer of the privacy promise: whatever text is about to be stored or exported has
 * anything shaped like a personal number or address taken out, even when it came from a portal's
 * own wording. ID numbers (CCCD: 12 digits, CMND: 9), phone numbers, tax and insurance numbers are
 * runs of six or more digits, sometimes split by spaces, dots or dashes; e-mail addresses have an @.
 * Procedure codes ("1.001193") are never passed through here: they are stored in fields of their own.
 */
const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[a-z]{2,}/gi;
/** "+84 987 654 321", "0987.654.321", "(028) 3829 1234": a phone shape, at least nine digits. */
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d(?:[\s.-]?\d){8,}/g;
/** Any run of six or more digits, whatever is left after the shapes above. */
const DIGITS = /\d{6,}/g;

export const SCRUBBED = '…';

export function scrub(text: string): string {
  return text.replace(EMAIL, SCRUBBED).replace(PHONE, SCRUBBED).replace(DIGITS, SCRUBBED);
}

/** True when scrub() would change the text: a stored record must never carry one of these shapes. */
export function hasPersonalShape(text: string): boolean {
  return scrub(text) !== text;
}

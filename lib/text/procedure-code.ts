/**
 * National procedure codes look like "1.001193". Provincial portals print the long form
 * "1.004873.000.00.00.H14"; both reduce to the six-digit national code.
 */
const CODE_IN_TEXT = /(?:^|[^\d.])([1-3]\.\d{6})(?:\.\d{3}\.\d{2}\.\d{2}\.H\d{2})?(?![\d])/;
const CODE_EXACT = /^[1-3]\.\d{6}$/;

export function findProcedureCode(text: string): string | null {
  return CODE_IN_TEXT.exec(text)?.[1] ?? null;
}

export function isProcedureCode(text: string): boolean {
  return CODE_EXACT.test(text);
}

/**
 * Bundled list of national procedure codes and names. Used only when a page names a procedure
 * but prints no code (iGate, the new DVCQG pages); we never ask a portal's API.
 */
import data from './procedures.json';
import { normalize } from '../text/normalize';

export interface ProcedureEntry {
  code: string;
  name: string;
  verified: boolean;
}

export const PROCEDURES: readonly ProcedureEntry[] = data.procedures;

/** Portals prefix names with "Thủ tục" inconsistently; the rest must match exactly (folded). */
function nameKey(name: string): string {
  return normalize(name).replace(/^thu tuc /, '');
}

let byName: Map<string, ProcedureEntry> | null = null;

export function codeFromName(name: string | null | undefined): string | null {
  if (!name) return null;
  byName ??= new Map(PROCEDURES.map((p) => [nameKey(p.name), p]));
  return byName.get(nameKey(name))?.code ?? null;
}

export function nameFromCode(code: string): string | null {
  return PROCEDURES.find((p) => p.code === code)?.name ?? null;
}

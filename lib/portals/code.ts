/**
 * The national procedure code of a page that carries none in its URL (iGate, the 2026 national
 * portal): the code printed next to the portal's "Mã thủ tục" label, else the exact title looked
 * up in the bundled list (no fuzzy match: twins such as "Đăng ký lại khai tử" get no code), else none.
 */
import { codeFromName } from '../procedures/procedure-list';
import { codeNearLabel } from './dom';
import type { CodeSource } from './types';

export function codeFromPageOrTitle(root: ParentNode, codeLabel: string, title: string | null): { code: string | null; source: CodeSource } {
  const shown = codeNearLabel(root, codeLabel);
  if (shown) return { code: shown, source: 'page' };
  const byName = codeFromName(title);
  return byName ? { code: byName, source: 'name' } : { code: null, source: 'none' };
}

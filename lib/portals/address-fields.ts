/**
 * Free-text address fields on the filing forms: where a person may type an old-style address
 * ("Phường Phúc Xá, Quận Ba Đình") although the portal's own selects use the new units.
 * Keyed on the label wording the portals use (shared/portals/README.md §1.3, §2.3).
 */
import { startsWithLabel } from '../text/normalize';
import { isShown } from './dom';
import type { PageReading, TypedField } from './types';

const ADDRESS_LABELS = ['Địa chỉ', 'Nơi thường trú', 'Nơi cư trú', 'Nơi ở hiện tại'];

export function freeTextAddressFields(reading: PageReading): TypedField[] {
  return reading.fields.filter(
    (f) => (f.kind === 'text' || f.kind === 'textarea') && !f.readonly && ADDRESS_LABELS.some((l) => startsWithLabel(f.label, l)) && isShown(f.node),
  );
}

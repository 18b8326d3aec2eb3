/**
 * Fields of a Form.io 4 e-form (iGate 2 and the ministry portals built on it) as a person sees
 * them. Form.io draws its selects with Choices.js and its dates with flatpickr (shared/portals/
 * filing-portals-2026.md §4, id 69831909917), and both hide the named control:
 * - Choices.js hides the <select> inside its box `div.choices`, and adds a search input in the box's
 *   drop-down plus an autocomplete input for the browser's autofill; neither is a field of the form.
 * - flatpickr turns the named date input into type=hidden and draws an unnamed input after it.
 */
import { readFields } from './dom';
import type { TypedField } from './types';

/** Form.io wraps each field (label + control) in this component class. */
const FIELD_WRAPPER = '.formio-component';
/** Choices.js's box around a select; what a person clicks and a guide points at. */
const CHOICES_BOX = '.choices';
/** Inputs of Choices.js and Form.io's select that are no field of the form. */
const WIDGET_INPUTS = '.choices__input--cloned, .formio-select-autocomplete-input';

export function formioFields(form: Element): TypedField[] {
  const out: TypedField[] = [];
  for (const f of readFields(form, FIELD_WRAPPER, false)) {
    if (f.node.matches(WIDGET_INPUTS)) continue;
    const box = f.node.tagName === 'SELECT' ? f.node.closest(CHOICES_BOX) : null;
    if (box) {
      out.push({ ...f, node: box });
      continue;
    }
    // flatpickr's drawn input: the field's key is on the hidden input it stands for.
    const stands = f.key === null ? f.node.previousElementSibling : null;
    const key = stands?.matches('input.flatpickr-input[type=hidden]') ? stands.getAttribute('name') : null;
    out.push(key ? { ...f, key } : f);
  }
  return out;
}

/**
 * What a guide step should point at, from the element an author clicked: the adapter's semantic
 * key when the page reading knows the element (a labelled field, an upload row, the submit
 * button), a CSS selector built from stable attributes as the second way, and the visible label
 * as the last. Generated ids ("mat-input-3", "cdk-step-content-0-1") and positional chains
 * (nth-child) are never proposed: they change between renders and portal releases.
 */
import { controlOfLabel, findTarget } from '../guides/anchor';
import type { GuideStep, GuideTarget } from '../guides/pack.schema';
import { isShown, textOf } from '../portals/dom';
import { slugOf } from '../portals/targets';
import type { PageReading, PortalAdapter } from '../portals/types';
import { hasPersonalShape, scrub } from '../privacy/scrub';

export interface TargetProposal {
  target: GuideTarget;
  /**
   * Where the label came from: the adapter's reading of the page (a field's label, a paper's name,
   * the submit button), the words of a button or a field's own <label> (page), or nowhere. Text
   * from anywhere else on a page (a heading, a table cell) can be a citizen's name: never proposed.
   */
  labelSource: 'adapter' | 'page' | 'none';
  /** The element the proposal stands for (the clicked one, or the control or row it belongs to). */
  element: Element;
  action: GuideStep['action'];
  advance: GuideStep['advance'];
}

export interface TargetCheck {
  /** Which way the guide will find it now: key, css or label; null when none resolves. */
  via: 'key' | 'css' | 'label' | null;
  /** The element the guide would highlight is the one the author picked. */
  same: boolean;
  /** Shown elements the CSS selector matches (1 is unique). */
  cssMatches: number;
}

const CONTROL = 'input:not([type=hidden]), select, textarea, [role=combobox], ng-select, mat-select';
const CLICKABLE = 'button, a[href], [role=button], input[type=submit], input[type=button]';
const HEADING = 'h1, h2, h3, h4, h5, legend, [role=heading]';
/** Ids and classes that frameworks generate per render or per build. */
const GENERATED = /^(?:mat-|mdc-|cdk-|ng-|_ng|ember\d|react-|:r|radix-|headlessui-)|\d{2,}|[0-9a-f]{8,}/i;
/** Classes that say a state, not what the element is. */
const STATE_CLASS = /^(?:active|show|open|hidden|disabled|selected|required|focus(?:ed)?|invalid|valid|dirty|pristine|touched|untouched|ng-.*|is-.*|has-.*)$/i;
const STABLE_ATTRIBUTES = ['formcontrolname', 'name', 'data-title', 'aria-label', 'title', 'placeholder', 'for', 'type'];

function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** The element the author means: the control a label belongs to, the row of an upload, the button a click landed inside. */
export function meaningfulElement(el: Element): Element {
  const label = el.closest('label');
  const labelled = label && controlOfLabel(label);
  if (labelled) return labelled;
  const control = el.closest(CONTROL);
  if (control) return control.closest('ng-select, mat-select') ?? control;
  const clickable = el.closest(CLICKABLE);
  if (clickable) return clickable;
  const fileRow = el.closest('tr');
  if (fileRow?.querySelector('input[type=file]')) return fileRow;
  return el.closest(HEADING) ?? el;
}

/** The words a person sees for the element: its label, its text, or its accessible name. */
export function visibleLabel(el: Element): string {
  const doc = el.ownerDocument;
  const id = el.getAttribute('id');
  const forLabel = id ? doc.querySelector(`label[for=${cssString(id)}]`) : null;
  const own = forLabel ?? el.closest('label') ?? el.parentElement?.querySelector(':scope > label');
  const fromLabel = own ? textOf(own, 200) : '';
  if (fromLabel && el.matches(CONTROL)) return fromLabel;
  // A table row is named by its first cell with words (not its number).
  if (el.tagName === 'TR') return Array.from((el as HTMLTableRowElement).cells).map((c) => textOf(c, 200)).find((w) => /\p{L}/u.test(w)) ?? '';
  // A button-like input shows its value; any other field's value is what a person typed: never read.
  const text = el.tagName === 'INPUT' ? (el.matches('input[type=submit], input[type=button], input[type=reset]') ? (el as HTMLInputElement).value : '') : el.matches(CONTROL) ? '' : textOf(el, 200);
  return text || fromLabel || el.getAttribute('aria-label') || el.getAttribute('placeholder') || el.getAttribute('title') || '';
}

function stableClasses(el: Element): string[] {
  return Array.from(el.classList).filter((c) => !GENERATED.test(c) && !STATE_CLASS.test(c) && /^[A-Za-z_-][\w-]*$/.test(c));
}

/** Selectors for one element alone, most stable first. */
function ownSelectors(el: Element): string[] {
  const tag = el.tagName.toLowerCase();
  const out: string[] = [];
  for (const attr of STABLE_ATTRIBUTES) {
    const v = el.getAttribute(attr);
    // A value with a number or e-mail shape may be a person's (a prefilled title, a placeholder with an ID).
    if (v && v.length <= 120 && !GENERATED.test(v) && !hasPersonalShape(v)) out.push(`${tag}[${attr}=${cssString(v)}]`);
  }
  const id = el.getAttribute('id');
  // Ids with digits are numbered by frameworks (Form.io "e1-phoneNumber", "mat-input-3"): not stable.
  if (id && !GENERATED.test(id) && /^[A-Za-z][A-Za-z_-]*$/.test(id)) out.push(`#${id}`);
  for (const attr of Array.from(el.attributes)) {
    if (!attr.name.startsWith('data-') || attr.name === 'data-title' || attr.value.length > 60 || GENERATED.test(attr.value) || hasPersonalShape(attr.value)) continue;
    out.push(`${tag}[${attr.name}=${cssString(attr.value)}]`);
  }
  // One class at a time first (the shortest selector that is unique wins), then all of them.
  const classes = stableClasses(el);
  for (const c of classes) out.push(`${tag}.${c}`);
  if (classes.length > 1) out.push(`${tag}.${classes.join('.')}`);
  return out;
}

function shownMatches(doc: Document, selector: string): Element[] {
  try {
    return Array.from(doc.querySelectorAll(selector)).filter(isShown);
  } catch {
    return [];
  }
}

/** A selector that finds this element alone among shown ones: its own attributes, else scoped by a stable ancestor (up to 4 levels). */
export function robustSelector(el: Element): { css: string; matches: number } | null {
  const doc = el.ownerDocument;
  const own = ownSelectors(el);
  let best: { css: string; matches: number } | null = null;
  const consider = (css: string) => {
    const hits = shownMatches(doc, css);
    if (!hits.includes(el)) return false;
    if (!best || hits.length < best.matches) best = { css, matches: hits.length };
    return hits.length === 1;
  };
  for (const css of own) if (consider(css)) return best;
  let ancestor = el.parentElement;
  for (let depth = 0; ancestor && depth < 4 && ancestor !== doc.body; depth++, ancestor = ancestor.parentElement) {
    for (const scope of ownSelectors(ancestor)) for (const css of own) if (consider(`${scope} ${css}`)) return best;
  }
  return best;
}

/**
 * `words`: what the adapter calls the element (a field's label, an upload row's paper), when it
 * knows; else a button's or a labelled control's own words; else none. Scrubbed either way.
 */
function proposal(element: Element, key: string, action: GuideStep['action'], advance: GuideStep['advance'], words: { text: string; source: 'adapter' | 'page' } | null): TargetProposal {
  const selector = robustSelector(element);
  const label = words ? scrub(words.text).slice(0, 200) : '';
  const target: GuideTarget = { key: key.slice(0, 120) };
  if (selector) target.css = selector.css.slice(0, 300);
  if (label) target.label = label;
  return { target, element, action, advance, labelSource: label && words ? words.source : 'none' };
}

/** Keys are "kind:slug"; a thing without words gets a slug of its tag, which only its selector will find. */
function keyFor(kind: string, words: string, el: Element): string {
  return `${kind}:${slugOf(scrub(words)) || el.tagName.toLowerCase()}`;
}

export function proposeTarget(clicked: Element, reading: PageReading): TargetProposal {
  const el = meaningfulElement(clicked);
  const inside = (node: Element) => node === el || node.contains(el) || el.contains(node);

  const adapterWords = (text: string) => ({ text, source: 'adapter' as const });
  const slot = reading.uploadSlots.find((s) => inside(s.input.closest('tr') ?? s.input));
  if (slot) return proposal(slot.input.closest('tr') ?? slot.input, keyFor('upload', slot.label, el), 'upload', 'upload-finished', adapterWords(slot.label));
  const field = reading.fields.find((f) => inside(f.node));
  if (field) {
    const choosing = field.kind === 'select' || field.kind === 'radio' || field.kind === 'checkbox';
    return proposal(field.node, keyFor('field', field.label, el), choosing ? 'choose' : 'fill', choosing ? 'manual' : 'field-filled', adapterWords(field.label));
  }
  if (reading.submit && inside(reading.submit)) return proposal(reading.submit, 'button:nop-ho-so', 'click', 'target-clicked', adapterWords(visibleLabel(reading.submit)));
  const component = reading.dossierComponents.find((c) => inside(c.node));
  if (component) return proposal(component.node, keyFor('component', component.title, el), 'read', 'manual', adapterWords(component.title));
  if (el.matches(CLICKABLE)) {
    const words = visibleLabel(el);
    return proposal(el, keyFor('button', words, el), 'click', 'target-clicked', { text: words, source: 'page' });
  }
  if (el.matches(CONTROL)) {
    // Only a control's own <label>: its value, or text around it, may be what a person typed.
    const words = ownLabelText(el);
    return proposal(el, keyFor('field', words, el), 'fill', 'field-filled', words ? { text: words, source: 'page' } : null);
  }
  // A heading or a cell may hold a citizen's name: the step keeps the selector only.
  return proposal(el, `section:${el.tagName.toLowerCase()}`, 'read', 'manual', null);
}

function ownLabelText(el: Element): string {
  const id = el.getAttribute('id');
  const label = (id ? el.ownerDocument.querySelector(`label[for=${cssString(id)}]`) : null) ?? el.closest('label');
  return label ? textOf(label, 200) : '';
}

/** How the guide would find a target on this page now, and whether that is the element meant. */
export function checkTarget(target: GuideTarget, adapter: PortalAdapter, doc: Document, url: URL, meant?: Element | null): TargetCheck {
  const hit = findTarget(target, adapter, doc, url);
  const cssMatches = target.css ? shownMatches(doc, target.css).length : 0;
  return { via: hit?.via ?? null, same: Boolean(hit && meant && (hit.el === meant || hit.el.contains(meant) || meant.contains(hit.el))), cssMatches };
}

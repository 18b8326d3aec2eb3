/**
 * What features tell each other, typed: each channel has one writer (named) and any readers. The
 * resident part creates them; the companion finds them on the page hub.
 */
import type { AddressHint } from '../admin-units/address-hints';
import type { OnceOnlyView } from '../once-only/views';
import type { DeclarationFrame } from '../page/frame-fields';
import type { DockSide } from '../page/dock';
import { channel, type Channel } from './channel';

export interface Findings {
  views: OnceOnlyView[];
  /** The page element each finding is about, by the finding's key. */
  anchors: ReadonlyMap<string, Element>;
}

export interface PanelState {
  open: boolean;
  /** The finding to scroll to and focus when the panel opens from a badge. */
  focusFinding: string | null;
}

export interface GuideOffer {
  /** "Hướng dẫn từng bước: …" */
  label: string;
  start(): void;
}

export interface SharedState {
  /** features/once-only-check.ts */
  findings: Channel<Findings>;
  /** The launcher (opens and closes it), the panel (Escape), the badges (open at a finding). */
  panel: Channel<PanelState>;
  /** features/launcher.ts: the bottom corner it docks in. */
  dock: Channel<DockSide>;
  /** features/guide.tsx: a guide card is on screen (the launcher and panel step aside). */
  guideShown: Channel<boolean>;
  /** features/guide.tsx: a guide that can start on this page. */
  guideOffer: Channel<GuideOffer | null>;
  /** features/address-hints.ts: the hint for the field being typed in, and how to turn it down. */
  hint: Channel<{ hint: AddressHint; dismiss(): void } | null>;
  /** features/authoring-preview.ts: the draft under preview in this tab (null: none), each change numbered. */
  preview: Channel<{ procedureCode: string | null; seq: number } | null>;
  /** features/declaration-frame.ts: the MoJ wizard's declaration frame, as its script reports it. */
  declaration: Channel<DeclarationFrame | null>;
  /** features/launcher.ts: the place above the launcher where the panel goes. */
  panelPlace: Channel<HTMLElement | null>;
}

export function sharedState(): SharedState {
  return {
    findings: channel<Findings>({ views: [], anchors: new Map() }),
    panel: channel<PanelState>({ open: false, focusFinding: null }),
    dock: channel<DockSide>('left'),
    guideShown: channel(false),
    guideOffer: channel<GuideOffer | null>(null),
    hint: channel<{ hint: AddressHint; dismiss(): void } | null>(null),
    preview: channel<{ procedureCode: string | null; seq: number } | null>(null),
    declaration: channel<DeclarationFrame | null>(null),
    panelPlace: channel<HTMLElement | null>(null),
  };
}

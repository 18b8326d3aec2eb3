/**
 * What a step can ask of the person and when the guide moves on: the step editor's two choices,
 * and what the editor may change, all taken from the pack schema itself.
 */
import * as z from 'zod/mini';
import { StepSchema, type GuideStep } from '../guides/pack.schema';

export const ACTIONS: readonly GuideStep['action'][] = StepSchema.shape.action.options;
export const ADVANCES: readonly GuideStep['advance'][] = StepSchema.shape.advance.options;

/** Message keys for each choice (the callers' t() turns them into words). */
export const actionKey = (a: GuideStep['action']) => `action_${a}` as const;
export const advanceKey = (a: GuideStep['advance']) => `advance_${a.replace(/-/g, '_')}` as `advance_${string}`;

/** A step editor's change as the background accepts it: the step's words, action or advance rule, as bounded as in a pack. */
export const StepPatchSchema = z.partial(z.pick(StepSchema, { text: true, action: true, advance: true }));

/** What the step editor may change in a step: its words, its action and when the guide moves on. */
export type StepTextPatch = Partial<Pick<GuideStep, 'text' | 'action' | 'advance'>>;

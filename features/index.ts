/**
 * What runs where. RESIDENT loads on every portal page (entrypoints/<family>.content.ts, one bundle
 * per portal family) and must stay tiny: no Preact, no pack, no catalogue. ON_DEMAND (features/on-demand.ts, in
 * entrypoints/companion.content.ts) is injected on first use: when the person opens the launcher,
 * a guide resumes, an address hint shows or a draft is previewed.
 *
 * | feature            | part      | runs on            |
 * |--------------------|-----------|--------------------|
 * | page-recognised    | resident  | any portal page    |
 * | submission-timings | resident  | any portal page    |
 * | once-only-check    | resident  | checked pages      |
 * | once-only-badges   | resident  | checked pages      |
 * | address-hints      | resident  | filing pages       |
 * | launcher           | resident  | recognised pages   |
 * | guide-resume       | resident  | pages with a code  |
 * | authoring-preview  | resident  | any portal page    |
 * | declaration-frame  | resident  | the MoJ wizard (MOJ_RESIDENT) |
 * | page-panel         | on demand | recognised pages   |
 * | guide              | on demand | any portal page    |
 * | address-hint-card  | on demand | filing pages       |
 */
import addressHints from './address-hints';
import authoringPreview from './authoring-preview';
import declarationFrame from './declaration-frame';
import guideResume from './guide-resume';
import launcher from './launcher';
import onceOnlyBadges from './once-only-badges';
import onceOnlyCheck from './once-only-check';
import pageRecognised from './page-recognised';
import submissionTimings from './submission-timings';

export const RESIDENT = [pageRecognised, submissionTimings, onceOnlyCheck, onceOnlyBadges, addressHints, launcher, guideResume, authoringPreview];
/** The MoJ wizard's resident part (entrypoints/moj.content.ts): it also hears its declaration frame. */
export const MOJ_RESIDENT = [...RESIDENT, declarationFrame];

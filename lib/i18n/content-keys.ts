import type { MessageKey } from './t';

/**
 * The messages the content script shows. They are bundled into it (scripts/vite-content-messages.ts)
 * because the first browser.i18n.getMessage() in a portal tab fetches the whole catalogue from the
 * browser process synchronously, blocking the portal's main thread for several milliseconds.
 * tests/unit/i18n/content-keys.test.ts keeps this list complete; a key left out still works
 * through the browser (slower).
 */
export const CONTENT_MESSAGE_KEYS = [
  'codeFromName', 'countComponents', 'countFields', 'countUploads',
  'guideBack', 'guideDegraded', 'guideExit', 'guideFinish', 'guideImported', 'guideNext', 'guideNo', 'guidePapers', 'guidePrintChecklist', 'guideStart', 'guideStepOf', 'guideWaiting', 'guideYes',
  'hintClose', 'hintHeading', 'hintOpen',
  'kind_dossier_tracking', 'kind_filing_form', 'kind_login', 'kind_other', 'kind_payment', 'kind_procedure_detail', 'kind_procedure_search', 'kind_receipt', 'kind_service_list', 'kind_upload',
  'lookupBasis', 'lookupBasisNoClause', 'lookupNowIn',
  'onceOnlyAddedByPerson', 'onceOnlyBadge', 'onceOnlyBadgeText', 'onceOnlyCaveat', 'onceOnlyConditional', 'onceOnlyCopied', 'onceOnlyCopy', 'onceOnlyCopyFailed', 'onceOnlyDatabase', 'onceOnlyFeedback', 'onceOnlyHeading', 'onceOnlyLegal', 'onceOnlyReport', 'onceOnlyShouldNot', 'onceOnlyWording',
  'panelLookup', 'panelRecognised', 'panelTitle',
  'paperCopy', 'paperNotNeeded', 'paperNotToSubmit', 'paperOriginal', 'paperOriginalOrCopy', 'paperPresent',
  'portal_dvcqg', 'portal_dvcqg_2026', 'portal_igate', 'portal_lienthong', 'portal_moj', 'portal_moj_eform', 'portal_bca', 'portal_cutru', 'procedureUnknown', 'serviceCard', 'stepOf', 'stepTitle',
] as const satisfies readonly MessageKey[];

/**
 * The resident part's few words (the launcher's name and one line, the once-only badges), bundled
 * into every resident bundle as `virtual:resident-messages` for the same reason.
 */
export const RESIDENT_MESSAGE_KEYS = [
  'launcherLabel', 'onceOnlyBadge', 'onceOnlyBadgeText', 'onceOnlyLauncherCount', 'procedureUnknown',
  'kind_dossier_tracking', 'kind_filing_form', 'kind_login', 'kind_other', 'kind_payment', 'kind_procedure_detail', 'kind_procedure_search', 'kind_receipt', 'kind_service_list', 'kind_upload',
  'portal_bca', 'portal_cutru', 'portal_dvcqg', 'portal_dvcqg_2026', 'portal_igate', 'portal_lienthong', 'portal_moj', 'portal_moj_eform',
] as const satisfies readonly MessageKey[];

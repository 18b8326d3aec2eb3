/** Where the draft under preview is kept (its own module: the portal content script needs only the name). */
export const PREVIEW_KEY = 'authoringPreview';

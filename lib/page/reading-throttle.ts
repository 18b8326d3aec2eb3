/** How long a page change waits before it is read; a reading (e.g. of a receipt) lags the render by up to this. */
export const PAGE_READING_THROTTLE_MS = 150;

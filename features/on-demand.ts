/** The companion's features (features/index.ts says what runs where; these are never on a page before first use). */
import addressHintCard from './address-hint-card';
import guide from './guide';
import pagePanel from './page-panel';

export const ON_DEMAND = [pagePanel, guide, addressHintCard];

/**
 * The portal hosts we ask permission for. One list feeds the manifest (host_permissions and
 * content-script matches) and the adapters. Each host is here because a public source shows it
 * in use (see shared/portals/README.md §1.1 and §2.1); provinces not listed are added at run time
 * through an optional permission granted from the popup.
 */
export const NATIONAL_HOSTS = [
  'dichvucong.gov.vn', // DVCQG since March 2026: the React app, its filing form /nop-ho-so (dvcqg-2026.md)
  'sso.dancuquocgia.gov.vn', // VNeID sign-in for DVCQG (page kind only, nothing read)
  'vpcp.dichvucong.gov.vn', // legacy /p/home pages, kept here only since March 2026
  'thutuc.dichvucong.gov.vn', // CSDL TTHC detail view
  'xacthuc.dichvucong.gov.vn', // DVCQG sign-in
  'lienthong.dichvucong.gov.vn', // national interlinked filing portal
  'dichvucongnganhtuphap.moj.gov.vn', // Ministry of Justice civil-status filing wizard (filing-portals-2026.md §2)
  'tokhaidientu.moj.gov.vn', // its declaration e-form, shown only inside the wizard's iframe
  'dichvucong.bocongan.gov.vn', // Ministry of Public Security catalogue and entry (filing-portals-2026.md §1)
  'dichvucong.dancuquocgia.gov.vn', // its residence forms, /portal/p/home/… (§1.2–§1.5)
] as const;


/** Provincial VNPT iGate 2 citizen portals named in public sources (2025–2026, after the merger). */
export const PROVINCIAL_IGATE_HOSTS = [
  'dichvucong.quangngai.gov.vn',
  'dichvucong.danang.gov.vn',
  'dichvucong.ninhbinh.gov.vn',
  'dichvucong.lamdong.gov.vn',
  'dichvucong.hochiminhcity.gov.vn',
] as const;

/** Provinces that still file on VNPT iGate 1, the PHP wizard (filing-portals-2026.md §3, T11). */
export const PROVINCIAL_IGATE1_HOSTS = ['dichvucong.laocai.gov.vn', 'dichvucong.laichau.gov.vn'] as const;

export const SUPPORTED_HOSTS: readonly string[] = [...NATIONAL_HOSTS, ...PROVINCIAL_IGATE_HOSTS, ...PROVINCIAL_IGATE1_HOSTS];

/**
 * Hosts whose pages we read only inside another portal's frame, each with the portal pages that
 * may embed it: the Ministry of Justice's e-form is an iframe of its wizard. The extension runs in
 * those frames, and nowhere else on them (the sender rules check the embedding page too).
 */
export const FRAME_PARENTS: Readonly<Record<string, readonly string[]>> = {
  'tokhaidientu.moj.gov.vn': ['dichvucongnganhtuphap.moj.gov.vn'],
};
export const FRAME_HOSTS: readonly string[] = Object.keys(FRAME_PARENTS);

/** Hosts whose top-level pages we read (the resident content scripts' matches). */
export const PAGE_HOSTS: readonly string[] = SUPPORTED_HOSTS.filter((h) => !FRAME_HOSTS.includes(h));

/**
 * The resident content script is built once per portal family, each bundle holding only that
 * family's adapters (entrypoints/<family>.content.ts), so a page loads the reader of its own portal
 * and no other. Every page host is in exactly one family (tests/unit/portals/hosts.test.ts).
 * `provincial` is entrypoints/content: the file provinces added at run time are registered with.
 */
export const RESIDENT_HOSTS = {
  national: ['dichvucong.gov.vn', 'sso.dancuquocgia.gov.vn'],
  legacy: ['vpcp.dichvucong.gov.vn', 'thutuc.dichvucong.gov.vn', 'xacthuc.dichvucong.gov.vn'],
  lienthong: ['lienthong.dichvucong.gov.vn'],
  moj: ['dichvucongnganhtuphap.moj.gov.vn'],
  bca: ['dichvucong.bocongan.gov.vn', 'dichvucong.dancuquocgia.gov.vn'],
  provincial: [...PROVINCIAL_IGATE_HOSTS, ...PROVINCIAL_IGATE1_HOSTS],
} as const satisfies Record<string, readonly string[]>;
export type ResidentFamily = keyof typeof RESIDENT_HOSTS;

/**
 * Shape of a provincial portal host the user may add at run time. Only this shape can be granted,
 * so the optional permission never widens to other government sites.
 */
const PROVINCIAL_HOST = /^dichvucong\.[a-z]+\.gov\.vn$/;

export function isProvincialPortalHost(hostname: string): boolean {
  // The national and ministry portals share the shape (dichvucong.bocongan.gov.vn): never a province.
  return PROVINCIAL_HOST.test(hostname) && !(NATIONAL_HOSTS as readonly string[]).includes(hostname);
}

export function matchPattern(hostname: string): string {
  return `https://${hostname}/*`;
}

/** The optional permission a province is granted under (the browser only takes a wildcard prefix). */
export const OPTIONAL_HOST_PATTERN = 'https://*.gov.vn/*';

/** Reads a host typed by a person ("https://dichvucong.x.gov.vn/vi/", "DichVuCong.X.gov.vn"). */
export function parseProvincialHost(input: string): string | null {
  const raw = input.trim().toLowerCase();
  if (!raw) return null;
  let hostname: string;
  try {
    hostname = new URL(raw.includes('://') ? raw : `https://${raw}`).hostname;
  } catch {
    return null;
  }
  return isProvincialPortalHost(hostname) ? hostname : null;
}

/** The provincial portal of a new province, where one is in the list above (others: the national portal). */
export const PROVINCE_PORTAL: Readonly<Record<string, string>> = {
  'Tỉnh Quảng Ngãi': 'dichvucong.quangngai.gov.vn',
  'Thành phố Đà Nẵng': 'dichvucong.danang.gov.vn',
  'Tỉnh Ninh Bình': 'dichvucong.ninhbinh.gov.vn',
  'Tỉnh Lâm Đồng': 'dichvucong.lamdong.gov.vn',
  'Thành phố Hồ Chí Minh': 'dichvucong.hochiminhcity.gov.vn',
  'Tỉnh Lào Cai': 'dichvucong.laocai.gov.vn',
  'Tỉnh Lai Châu': 'dichvucong.laichau.gov.vn',
};

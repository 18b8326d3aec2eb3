/** What the Ministry of Justice wizard replica knows per procedure: shared by the server side and the app. */
export interface MojProcedure {
  /** maThuTuc in the form URL; null where the portal gives none (kết hôn có yếu tố nước ngoài). */
  code: string | null;
  /** The number in /nop-ho-so/<n> (a portal id, invented here). */
  formId: string;
  title: string;
  /** The e-form's id on tokhaidientu.moj.gov.vn. */
  eformId: string;
  /** Step 3 rows: the portal's own wording (kết hôn rows as a public bot quotes them, T9 id 67205998207). */
  rows: { name: string; required: boolean; generated?: boolean }[];
}

export const MOJ_HOST = 'https://dichvucongnganhtuphap.moj.gov.vn';
export const EFORM_HOST = 'https://tokhaidientu.moj.gov.vn';
export const MOJ_APP_SCRIPT = '/__replica/moj-app.js';
export const MOJ_APP_STYLE = '/__replica/moj-app.css';
export const EFORM_SCRIPT = '/__replica/moj-eform.js';

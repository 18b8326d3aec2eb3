/** What the 2026 national portal replica's JSON API answers: shared by the server side and the app. */
export interface Card {
  name: string;
  agency: string;
  subject: string;
  /** 'form' opens /nop-ho-so for caseId; otherwise an absolute URL of the portal that receives the filing. */
  target: string;
  caseId: string;
}
export interface Procedure {
  id: string;
  code: string;
  name: string;
  showCode: boolean;
  components: { group: string; items: string[] }[];
  cards: Card[];
  fee: string;
  timeLimit: string;
  legal: string[];
}
export interface FilingForm {
  caseId: string;
  procedureName: string;
  formJson: Record<string, unknown>;
  rows: { name: string; required: boolean }[];
  lookup: { name: string; identity: string; birth: string; locks: Record<string, string> } | null;
}

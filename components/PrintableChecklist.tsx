/** The papers checklist as a page to print and hand to a citizen. Props in; no browser calls. */
import type { ChecklistEntry } from '../lib/guides/checklist';

export interface PrintableChecklistProps {
  heading: string;
  procedureLine: string;
  items: (ChecklistEntry & { onlyIf: string | null })[];
  sourcesHeading: string;
  /** host: the link's site, printed beside it so a reader sees where it leads before following it. */
  sources: { title: string; url: string | null; host: string | null }[];
  /** Said at the top when the pack came from a file. */
  importedNote: string | null;
  reviewed: string;
  unverifiedNote: string | null;
  printLabel: string;
  onPrint(): void;
}

export function PrintableChecklist(p: PrintableChecklistProps) {
  return (
    <main>
      <h1>{p.heading}</h1>
      <p data-testid="checklist-procedure">{p.procedureLine}</p>
      {p.importedNote && <p class="note" data-testid="checklist-imported">{p.importedNote}</p>}
      {p.unverifiedNote && <p class="note">{p.unverifiedNote}</p>}
      <ul class="paper-list" data-testid="checklist-items">
        {p.items.map((i) => (
          <li key={i.id}>
            <span class="box" aria-hidden="true" />
            <div>
              <div class="paper-name">{i.name}</div>
              <div class="paper-form">{i.form}</div>
              {i.onlyIf && <div class="paper-when">{i.onlyIf}</div>}
              {i.notes && <div class="paper-notes">{i.notes}</div>}
              {i.notNeeded && <div class="paper-shared">{i.notNeeded}</div>}
            </div>
          </li>
        ))}
      </ul>
      <h2>{p.sourcesHeading}</h2>
      <ul class="sources">
        {p.sources.map((s) => (
          <li key={s.title}>
            {s.url ? (
              <>
                <a href={s.url} target="_blank" rel="noopener noreferrer">{s.title}</a> <span class="source-host">{s.host}</span>
              </>
            ) : (
              s.title
            )}
          </li>
        ))}
      </ul>
      <p>{p.reviewed}</p>
      <p class="no-print">
        <button type="button" onClick={p.onPrint}>
          {p.printLabel}
        </button>
      </p>
    </main>
  );
}

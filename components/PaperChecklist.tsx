/** The papers to prepare. Props in; no browser calls. */
import type { ChecklistEntry } from '../lib/guides/checklist';

export type ChecklistItem = ChecklistEntry;

export function PaperChecklist({ items, title }: { items: ChecklistItem[]; title: string }) {
  return (
    // Focusable: in the step card the list scrolls, and keyboard users must be able to scroll it.
    <section class="dvc-checklist" aria-label={title} tabIndex={0}>
      <h3>{title}</h3>
      <ul>
        {items.map((p) => (
          <li key={p.id} data-paper={p.id}>
            <span class="dvc-paper-name">{p.name}</span> <span class="dvc-paper-form">({p.form})</span>
            {p.notes && <div class="dvc-paper-notes">{p.notes}</div>}
            {p.notNeeded && <div class="dvc-paper-shared">{p.notNeeded}</div>}
          </li>
        ))}
      </ul>
    </section>
  );
}

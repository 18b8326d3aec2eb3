/** Guide packs on the dashboard: what is installed, where each step points, export and removal. */
import type { PackListing } from '../lib/guides/pack-store';

export interface PackTableLabels {
  code: string;
  title: string;
  portals: string;
  origin: string;
  steps: string;
  reviewed: string;
  bundled: string;
  imported: string;
  unverified: string;
  export: string;
  print: string;
  remove: string;
  anchors: string;
  step: string;
  target: string;
  page: string;
  noTarget: string;
  review: string;
}

export interface PackTableProps {
  packs: PackListing[];
  titleOf(p: PackListing): string;
  labels: PackTableLabels;
  onExport(code: string): void;
  onPrint(code: string): void;
  onRemove(code: string): void;
  /** Check the pack's steps on the portal page open in a tab. */
  onReview(code: string): void;
}

export function PackTable({ packs, titleOf, labels, onExport, onPrint, onRemove, onReview }: PackTableProps) {
  return (
    <table data-testid="pack-table">
      <thead>
        <tr>
          <th scope="col">{labels.code}</th>
          <th scope="col">{labels.title}</th>
          <th scope="col">{labels.portals}</th>
          <th scope="col">{labels.origin}</th>
          <th scope="col">{labels.steps}</th>
          <th scope="col">{labels.reviewed}</th>
          <th scope="col" />
        </tr>
      </thead>
      <tbody>
        {packs.map((p) => (
          <tr key={p.procedureCode} data-code={p.procedureCode}>
            <td>{p.procedureCode}</td>
            <td>
              {titleOf(p)}
              {!p.verified && <div class="muted">({labels.unverified})</div>}
              <details>
                <summary>{labels.anchors}</summary>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{labels.step}</th>
                      <th scope="col">{labels.portals}</th>
                      <th scope="col">{labels.target}</th>
                      <th scope="col">{labels.page}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.targets.map((s) => (
                      <tr key={s.stepId}>
                        <td>{s.stepId}</td>
                        <td>{s.portal}</td>
                        <td>
                          <code>{s.key ?? labels.noTarget}</code>
                        </td>
                        <td>{s.page ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </td>
            <td>{p.portals.join(', ')}</td>
            <td>{p.origin === 'bundled' ? labels.bundled : labels.imported}</td>
            <td>{p.stepCount}</td>
            <td>{p.lastReviewed}</td>
            <td class="actions">
              <button type="button" onClick={() => onExport(p.procedureCode)}>
                {labels.export}
              </button>
              <button type="button" onClick={() => onPrint(p.procedureCode)}>
                {labels.print}
              </button>
              <button type="button" onClick={() => onReview(p.procedureCode)} data-testid={`pack-review-${p.procedureCode}`}>
                {labels.review}
              </button>
              {p.origin === 'imported' && (
                <button type="button" onClick={() => onRemove(p.procedureCode)}>
                  {labels.remove}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

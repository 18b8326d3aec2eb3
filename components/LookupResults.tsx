/** Results of the after-merger look-up. Props in, events out; no browser calls. */
import type { NewToOldResult, NewUnit, OldToNewResult } from '../lib/admin-units/lookup';
import type { Translate } from '../lib/i18n/t';

export interface LookupResultsProps {
  mode: 'old' | 'new';
  oldResults: OldToNewResult[];
  newResults: NewToOldResult[];
  printing: number | null;
  t: Translate;
  portalsFor(unit: NewUnit): string[];
  /** "Nộp trực tiếp: …" lines, where the province loaded its centres file. */
  centreFor(unit: NewUnit): string[] | null;
  onPrint(index: number): void;
}

function Basis({ unit, t }: { unit: NewUnit; t: Translate }) {
  return (
    <>
      <p class="basis">{unit.clause === null ? t('lookupBasisNoClause', unit.resolution) : t('lookupBasis', unit.resolution, unit.clause)}</p>
      <details>
        <summary>{t('lookupClause')}</summary>
        <p>{unit.clauseText}</p>
      </details>
    </>
  );
}

export function LookupResults({ mode, oldResults, newResults, printing, t, portalsFor, centreFor, onPrint }: LookupResultsProps) {
  if (mode === 'old') {
    return (
      <ol class="results" data-testid="lookup-results">
        {oldResults.map((r, i) => (
          <li key={`${r.old.commune}|${r.old.district}|${r.old.province}`} class={printing === i ? 'printing' : ''}>
            <p class="old">
              {r.old.commune}, {r.old.district}, {r.old.province}
            </p>
            {r.targets.length > 1 && <p class="split">{t('lookupSplit', r.targets.length)}</p>}
            {r.targets.map((u) => (
              <div key={`${u.code}|${u.clause}`}>
                <p class="new">
                  {t('lookupNowIn')}: {u.name}, {u.province}
                </p>
                <Basis unit={u} t={t} />
                <p class="online">{t('lookupOnline', portalsFor(u).join('; '))}</p>
                {centreFor(u)?.map((line) => (
                  <p class="centre" key={line}>
                    {line}
                  </p>
                ))}
              </div>
            ))}
            <button type="button" class="no-print" onClick={() => onPrint(i)}>
              {t('lookupPrint')}
            </button>
          </li>
        ))}
      </ol>
    );
  }
  return (
    <ol class="results" data-testid="lookup-results">
      {newResults.map((r, i) => (
        <li key={r.unit.code} class={printing === i ? 'printing' : ''}>
          <p class="new">
            {r.unit.name}, {r.unit.province}
          </p>
          <Basis unit={r.unit} t={t} />
          <p>{t('lookupAbsorbed')}</p>
          <ul>
            {r.absorbed.map((o) => (
              <li key={`${o.commune}|${o.district}`}>
                {o.commune}, {o.district}, {o.province}
              </li>
            ))}
          </ul>
          <button type="button" class="no-print" onClick={() => onPrint(i)}>
            {t('lookupPrint')}
          </button>
        </li>
      ))}
    </ol>
  );
}

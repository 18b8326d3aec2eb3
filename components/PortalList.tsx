export interface PortalListProps {
  supported: string[];
  added: string[];
  labels: { supported: string; added: string; remove: string };
  onRemove(host: string): void;
}

export function PortalList({ supported, added, labels, onRemove }: PortalListProps) {
  return (
    <section>
      <h2>{labels.supported}</h2>
      <ul class="hosts">
        {supported.map((h) => (
          <li key={h}>{h}</li>
        ))}
      </ul>
      {added.length > 0 && (
        <>
          <h2>{labels.added}</h2>
          <ul class="hosts">
            {added.map((h) => (
              <li key={h}>
                {h}{' '}
                <button type="button" onClick={() => onRemove(h)} aria-label={`${labels.remove} ${h}`}>
                  {labels.remove}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

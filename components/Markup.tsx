import { parseMarkup, type Inline } from '../lib/guides/markup';

function Inlines({ parts }: { parts: Inline[] }) {
  return <>{parts.map((p, i) => (p.bold ? <strong key={i}>{p.text}</strong> : <span key={i}>{p.text}</span>))}</>;
}

/** Guide text as elements: paragraphs, bold, lists. Never HTML. */
export function Markup({ text }: { text: string }) {
  return (
    <>
      {parseMarkup(text).map((b, i) =>
        b.kind === 'p' ? (
          <p key={i}>
            <Inlines parts={b.inlines} />
          </p>
        ) : (
          <ul key={i}>
            {b.items.map((item, j) => (
              <li key={j}>
                <Inlines parts={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}

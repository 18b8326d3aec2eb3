/** "The file is not valid, nothing was loaded" with every problem and where it is. */
import type { PackProblem } from '../lib/guides/pack';

export function ProblemList({ heading, problems, testId }: { heading: string; problems: PackProblem[]; testId?: string }) {
  return (
    <>
      <p>{heading}</p>
      <ul data-testid={testId}>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p.path}</code>: {p.message}
          </li>
        ))}
      </ul>
    </>
  );
}

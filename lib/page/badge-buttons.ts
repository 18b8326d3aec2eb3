/**
 * The once-only badges as buttons in a container of ours, drawn with DOM calls: used by the portal
 * page's resident part (features/once-only-badges.ts) and the MoJ declaration frame
 * (entrypoints/eform.content.tsx). One button per finding is kept between draws, so focus stays
 * on the one the person is on. Only text is set, never HTML.
 */
import type { BadgePlacement } from '../once-only/badge-place';

export interface BadgeButtons {
  /** Shows exactly these badges, in this order. */
  draw(badges: readonly BadgePlacement[], text: string): void;
}

export function badgeButtons(container: HTMLElement, onOpen: (key: string) => void, signal: AbortSignal): BadgeButtons {
  const doc = container.ownerDocument;
  const buttons = new Map<string, HTMLButtonElement>();
  signal.addEventListener('abort', () => {
    for (const button of buttons.values()) button.remove();
    buttons.clear();
  }, { once: true });
  return {
    draw(badges, text) {
      const keep = new Set(badges.map((b) => b.key));
      for (const [key, button] of buttons) {
        if (keep.has(key)) continue;
        button.remove();
        buttons.delete(key);
      }
      for (const b of badges) {
        let button = buttons.get(b.key);
        if (!button) {
          button = doc.createElement('button');
          button.type = 'button';
          button.dataset.testid = 'once-only-badge';
          const key = b.key;
          button.addEventListener('click', () => onOpen(key), { signal });
          buttons.set(key, button);
        }
        button.className = `dvc-badge dvc-badge-${b.verdict}`;
        button.style.top = `${b.top}px`;
        button.style.left = `${b.left}px`;
        button.setAttribute('aria-label', b.label);
        button.title = b.label;
        button.textContent = text;
        // In the findings' order, which is the page's.
        container.append(button);
      }
    },
  };
}

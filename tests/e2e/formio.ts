import type { Locator, Page } from '@playwright/test';

/**
 * A select of the iGate e-form as a person uses it. Form.io draws it with Choices.js, which hides
 * the <select>: the person clicks its box and then an item of the list that opens under it.
 * `key` is the Form.io key (`data[<key>]`); the first field of that key when the form repeats it.
 */
export function formioSelect(page: Page, key: string): { box: Locator; choose(text: string): Promise<void> } {
  const component = page.locator(`.formio-component-${key}`).first();
  const box = component.locator('.choices');
  return {
    box,
    async choose(text: string) {
      await box.click();
      await component.locator('.choices__list--dropdown .choices__item--choice', { hasText: text }).click();
    },
  };
}

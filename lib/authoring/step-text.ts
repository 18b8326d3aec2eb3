/**
 * The first wording of a new step, from what the user must do and the element's visible label;
 * the author rewrites it. Bold marks the words the person will see on the page.
 */
import type { GuideStep } from '../guides/pack.schema';

const WITH_LABEL: Record<GuideStep['action'], (what: string) => string> = {
  click: (w) => `Bấm ${w}.`,
  fill: (w) => `Nhập ${w}.`,
  choose: (w) => `Chọn ${w}.`,
  upload: (w) => `Ở dòng ${w}, chọn tệp và tải lên.`,
  wait: (w) => `Chờ ${w} hiện ra.`,
  read: (w) => `Đọc phần ${w}.`,
};

const WITHOUT_LABEL: Record<GuideStep['action'], string> = {
  click: 'Bấm vào chỗ được tô sáng.',
  fill: 'Nhập vào ô được tô sáng.',
  choose: 'Chọn trong ô được tô sáng.',
  upload: 'Chọn tệp và tải lên ở chỗ được tô sáng.',
  wait: 'Chờ chỗ được tô sáng hiện ra.',
  read: 'Đọc chỗ được tô sáng.',
};

export function stepText(action: GuideStep['action'], label: string): string {
  const words = label.replace(/\*/g, '').trim();
  return words ? WITH_LABEL[action](`**${words}**`) : WITHOUT_LABEL[action];
}

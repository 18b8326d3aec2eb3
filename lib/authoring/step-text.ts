/**
 * The first wording of a new step, from what the user must do and the element's visible label;
 * the author rewrites it. Bold marks the words the person will see on the page.
 */
import type { GuideStep } from '../guides/pack.schema';

export function stepText(action: GuideStep['action'], label: string): string {
  const what = label.trim() ? `**${label.trim().replace(/\*/g, '')}**` : 'phần được tô sáng';
  switch (action) {
    case 'click':
      return `Bấm ${what}.`;
    case 'fill':
      return `Nhập ${what}.`;
    case 'choose':
      return `Chọn ${what}.`;
    case 'upload':
      return `Ở dòng ${what}, chọn tệp và tải lên.`;
    case 'wait':
      return `Chờ ${what} hiện ra.`;
    default:
      return `Đọc phần ${what}.`;
  }
}

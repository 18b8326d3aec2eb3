/** Built by scripts/vite-content-messages.ts: the content script's messages, per locale. */
declare module 'virtual:content-messages' {
  const messages: { vi: import('./format').MessageTable; en: import('./format').MessageTable };
  export default messages;
}
declare module 'virtual:resident-messages' {
  const messages: { vi: import('./format').MessageTable; en: import('./format').MessageTable };
  export default messages;
}

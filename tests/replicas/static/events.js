// Replica-only: counts the portal page's own events so a test can compare runs with and without
// the extension. Kept per tab in sessionStorage so counts survive page loads.
(function () {
  var KEY = '__replicaEvents';
  var counts;
  try { counts = JSON.parse(sessionStorage.getItem(KEY) || '{}'); } catch (e) { counts = {}; }
  // Events retargeted to the extension's UI host come from the extension's own controls, not the page.
  function fromPage(e) { return !(e.target && e.target.tagName === 'DVC-COMPANION'); }
  function bump(name) {
    counts[name] = (counts[name] || 0) + 1;
    try { sessionStorage.setItem(KEY, JSON.stringify(counts)); } catch (e) { /* storage full: keep in memory */ }
  }
  window.__replicaEvents = function () { return JSON.parse(JSON.stringify(counts)); };
  window.__replicaResetEvents = function () { counts = {}; try { sessionStorage.removeItem(KEY); } catch (e) {} };
  document.addEventListener('submit', function () { bump('submit'); }, true);
  document.addEventListener('change', function (e) { if (e.target && e.target.type === 'file') bump('file-chosen'); }, true);
  document.addEventListener('click', function (e) { if (fromPage(e)) bump('click'); }, true);
  document.addEventListener('input', function (e) { if (fromPage(e)) bump('input'); }, true);
  window.addEventListener('hashchange', function () { bump('route-change'); });
  var push = history.pushState;
  history.pushState = function () { bump('route-change'); return push.apply(this, arguments); };
  var origFetch = window.fetch;
  window.fetch = function (input) {
    var u = String((input && input.url) || input);
    if (u.indexOf('/fi/file/') >= 0) bump('upload-request');
    if (u.indexOf('/pa/dossier/') >= 0) bump('submit-request');
    return origFetch.apply(this, arguments).then(function (r) { bump('response-' + r.status); return r; });
  };
  bump('page-load');
})();

// Replica-only (own code): the iGate 2 citizen SPA. One app shell for every /vi/ route, rendered
// after load like Angular, client-side navigation detail -> apply-online by pushState, a 4-step
// stepper, real uploads to /fi/file/--multiple and a real submit to /pa/dossier/--apply-online/.
// Markup comes from the shared snapshots' templates (see ../pages/igate/*.html).
(function () {
  var cfg = window.__replicaConfig || {};
  var extra = cfg.renderDelayMs || 0;
  var root = document.querySelector('app-root');
  var PROCEDURE_ID = '6215fc5acfa6484e420b67d8';
  // The snapshots are of 1.001193; a second, illustrative procedure reproduces an outdated listing
  // that still asks for papers whose data is shared (the once-only check's trap). Ids are invented.
  var PROCEDURES = {
    '6215fc5acfa6484e420b67d8': { code: '1.001193', name: 'Thủ tục đăng ký khai sinh', components: [
      'Tờ khai đăng ký khai sinh theo mẫu',
      'Giấy chứng sinh (hoặc văn bản của người làm chứng / giấy cam đoan về việc sinh)',
      'Giấy chứng nhận kết hôn của cha, mẹ (nếu có)',
      'Văn bản ủy quyền (nếu có)'
    ] },
    '6215fc5acfa6484e420b4873': { code: '1.004873', name: 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân', components: [
      'Giấy tờ chứng minh đã ly hôn (bản án, quyết định của Tòa án) (nếu có)',
      'Giấy xác nhận tình trạng hôn nhân đã cấp trước đây (nếu xin cấp lại)',
      'Văn bản ủy quyền (nếu có)'
    ] },
    '6215fc5acfa6484e420b0656': { code: '1.000656', name: 'Thủ tục đăng ký khai tử', components: [
      'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp',
      'Văn bản ủy quyền (nếu có)'
    ] },
    '6215fc5acfa6484e420b0894': { code: '1.000894', name: 'Thủ tục đăng ký kết hôn', components: [
      'Giấy xác nhận tình trạng hôn nhân (nếu có)',
      'Trích lục ghi chú ly hôn (nếu có)'
    ] },
    '6215fc5acfa6484e420b7222': { code: '1.004222', name: 'Thủ tục đăng ký thường trú', agency: 'Công an xã, phường', components: [
      'Tờ khai thay đổi thông tin cư trú (Mẫu CT01)',
      'Hợp đồng cho thuê, cho mượn, cho ở nhờ chỗ ở hợp pháp (nếu có)',
      'Sổ hộ khẩu',
      'Bản sao căn cước công dân'
    ] }
  };
  function procedureOf(id) { return PROCEDURES[id] || PROCEDURES[PROCEDURE_ID]; }
  function componentsOf(id) { return procedureOf(id).components.concat(cfg.extraComponents || []); }
  var renderTimer = null;

  function tpl(id) { return document.getElementById(id).content.cloneNode(true); }
  // Knob: a portal release that renamed CSS classes (the replica's own handlers are bound already).
  function renameClasses(scope) {
    Object.keys(cfg.renameClasses || {}).forEach(function (from) {
      scope.querySelectorAll('.' + from).forEach(function (n) { n.classList.replace(from, cfg.renameClasses[from]); });
    });
  }
  function spinner(text) { root.innerHTML = ''; var d = document.createElement('div'); d.className = 'spinner'; d.textContent = text; root.appendChild(d); }
  function navigate(path) { history.pushState({}, '', path); route(); }

  function route() {
    clearTimeout(renderTimer);
    var p = location.pathname;
    var m;
    if ((m = /^\/vi\/procedure\/detail\/([0-9a-f]{24})$/.exec(p))) { spinner('Đang tải...'); renderTimer = setTimeout(function () { renderDetail(m[1]); }, 800 + extra); return; }
    if ((m = /^\/vi\/padsvc\/apply-online\/([0-9a-f]{24})$/.exec(p))) { spinner('Đang tải biểu mẫu...'); renderTimer = setTimeout(function () { renderApply(m[1]); }, 700 + extra); return; }
    spinner('Đang tải...');
    renderTimer = setTimeout(renderHome, 500 + extra);
  }

  function renderHome() {
    root.innerHTML = '';
    var bar = document.createElement('mat-toolbar'); bar.className = 'mat-toolbar mat-primary'; bar.textContent = document.title.replace(/^.*- /, '').toUpperCase();
    var content = document.createElement('div'); content.className = 'content';
    var h = document.createElement('h2'); h.className = 'home-title'; h.textContent = 'Dịch vụ công trực tuyến';
    var p = document.createElement('p'); p.textContent = 'Thủ tục được tìm kiếm nhiều:';
    var ul = document.createElement('ul');
    var li = document.createElement('li'); var a = document.createElement('a');
    a.href = '/vi/procedure/detail/' + PROCEDURE_ID + '?keyword=khai%20sinh&page=1&size=10&procedure=&sector=&agency=&tab=&province=&commune=&department=';
    a.textContent = 'Thủ tục đăng ký khai sinh';
    a.addEventListener('click', function (e) { e.preventDefault(); navigate(a.getAttribute('href').split('?')[0]); });
    li.appendChild(a); ul.appendChild(li);
    content.append(h, p, ul); root.append(bar, content);
  }

  function renderDetail(id) {
    root.innerHTML = '';
    root.appendChild(tpl('tpl-detail'));
    root.querySelectorAll('.mat-tab-label').forEach(function (lab) {
      lab.addEventListener('click', function () {
        root.querySelectorAll('.mat-tab-label').forEach(function (l) { l.classList.toggle('mat-tab-label-active', l === lab); l.setAttribute('aria-selected', l === lab); });
        root.querySelectorAll('.mat-tab-body').forEach(function (b) { b.classList.toggle('mat-tab-body-active', b.dataset.tab === lab.dataset.tab); });
      });
    });
    var proc = procedureOf(id);
    if (id !== PROCEDURE_ID) {
      root.querySelector('.procedure-title').textContent = proc.name;
      root.querySelector('.procedure-code').textContent = proc.code;
    }
    var rows = root.querySelector('.procedure-form-table tbody');
    var template = rows.firstElementChild;
    rows.innerHTML = '';
    componentsOf(id).forEach(function (name, i) {
      var tr = template.cloneNode(true);
      tr.querySelector('.mat-column-stt').textContent = String(i + 1);
      tr.querySelector('.mat-column-name').textContent = name;
      tr.querySelector('.mat-column-template').textContent = '';
      rows.appendChild(tr);
    });
    root.querySelector('.btn-apply-online').addEventListener('click', function () { navigate('/vi/padsvc/apply-online/' + id); });
    root.querySelectorAll('a[href^="/vi/"]').forEach(function (a) {
      a.addEventListener('click', function (e) { e.preventDefault(); navigate(a.getAttribute('href')); });
    });
    renameClasses(root);
  }

  function rowHtml(i, name) {
    return '<tr mat-row class="mat-row" role="row" data-index="' + i + '">' +
      '<td mat-cell class="mat-cell mat-column-select"><mat-checkbox class="mat-checkbox"><label class="mat-checkbox-layout"><span class="mat-checkbox-inner-container"><input type="checkbox" class="mat-checkbox-input cdk-visually-hidden"></span><span class="mat-checkbox-label"></span></label></mat-checkbox></td>' +
      '<td mat-cell class="mat-cell mat-column-stt">' + (i + 1) + '</td>' +
      '<td mat-cell class="mat-cell mat-column-name"><span class="component-name"></span></td>' +
      '<td mat-cell class="mat-cell mat-column-type"><mat-radio-group class="mat-radio-group" role="radiogroup" name="rdo_File">' +
        '<mat-radio-button class="mat-radio-button"><label class="mat-radio-label"><span class="mat-radio-container"><input type="radio" class="mat-radio-input cdk-visually-hidden" name="rdo_File_' + i + '" value="1"></span><span class="mat-radio-label-content">1 Bản chính</span></label></mat-radio-button>' +
        '<mat-radio-button class="mat-radio-button"><label class="mat-radio-label"><span class="mat-radio-container"><input type="radio" class="mat-radio-input cdk-visually-hidden" name="rdo_File_' + i + '" value="2"></span><span class="mat-radio-label-content">1 Bản sao</span></label></mat-radio-button>' +
      '</mat-radio-group></td>' +
      '<td mat-cell class="mat-cell mat-column-file">' +
        '<button type="button" class="mat-stroked-button btn-scan"><span class="mat-button-wrapper">Scan tệp tin</span></button> ' +
        '<button type="button" class="mat-stroked-button btn-choose-file"><span class="mat-button-wrapper">Chọn tệp tin</span></button>' +
        '<input type="file" class="file-input" multiple hidden accept=".pdf,.jpg,.jpeg,.png,.doc,.docx">' +
        '<ul class="file-list"></ul></td></tr>';
  }

  function addRow(tbody, name) {
    var i = tbody.children.length;
    tbody.insertAdjacentHTML('beforeend', rowHtml(i, ''));
    var row = tbody.lastElementChild;
    row.querySelector('.component-name').textContent = name;
    wireRow(row);
  }

  function problem(status) {
    if (status === 401) return 'Hết phiên đăng nhập, vui lòng đăng nhập lại';
    if (status === 413) return 'Tệp vượt quá dung lượng cho phép';
    return 'Có lỗi xảy ra, vui lòng thử lại sau';
  }

  function upload(files, row) {
    var list = row.querySelector('.file-list');
    var li = document.createElement('li'); li.className = 'uploading'; li.textContent = 'Đang tải lên ' + files.length + ' tệp...'; list.appendChild(li);
    var fd = new FormData();
    Array.prototype.forEach.call(files, function (f) { fd.append('files', f); });
    fd.append('account-id', '62a9989a2466600857581c2d');
    fetch('/fi/file/--multiple?uuid=1', { method: 'POST', body: fd })
      .then(function (r) { if (!r.ok) throw r.status; return r.json(); })
      .then(function (saved) {
        li.remove();
        saved.forEach(function (f) { var x = document.createElement('li'); x.className = 'uploaded-file'; x.textContent = f.filename + ' (' + Math.round(f.size / 1024) + ' KB)'; list.appendChild(x); });
        var cb = row.querySelector('.mat-checkbox'); cb.classList.add('mat-checkbox-checked'); cb.querySelector('input').checked = true;
      })
      .catch(function (status) { li.className = 'upload-error'; li.textContent = problem(typeof status === 'number' ? status : 0); });
  }

  function wireRow(row) {
    var input = row.querySelector('.file-input');
    row.querySelector('.btn-choose-file').addEventListener('click', function () { input.click(); });
    row.querySelector('.btn-scan').addEventListener('click', function () { alert('Chưa kết nối được thiết bị scan.'); });
    input.addEventListener('change', function () { if (input.files.length) upload(input.files, row); });
    row.querySelectorAll('.mat-radio-button').forEach(function (rb) {
      rb.addEventListener('click', function () {
        rb.parentElement.querySelectorAll('.mat-radio-button').forEach(function (o) { o.classList.toggle('mat-radio-checked', o === rb); });
        rb.querySelector('input').checked = true;
      });
    });
    row.querySelector('.mat-checkbox').addEventListener('click', function (e) {
      if (e.target.tagName === 'INPUT') return;
      e.preventDefault();
      var cb = e.currentTarget; cb.classList.toggle('mat-checkbox-checked'); cb.querySelector('input').checked = cb.classList.contains('mat-checkbox-checked');
    });
  }

  function go(step) {
    root.querySelectorAll('.mat-horizontal-stepper-content').forEach(function (p, i) {
      p.classList.toggle('mat-horizontal-stepper-content-inactive', i !== step); p.setAttribute('aria-expanded', String(i === step));
    });
    root.querySelectorAll('mat-step-header').forEach(function (h, i) {
      h.setAttribute('aria-selected', String(i === step)); h.tabIndex = i === step ? 0 : -1;
      h.querySelector('.mat-step-icon').classList.toggle('mat-step-icon-selected', i === step);
      h.querySelector('.mat-step-icon').classList.toggle('mat-step-icon-state-edit', i < step);
      h.querySelector('.mat-step-label').classList.toggle('mat-step-label-selected', i === step);
    });
  }

  function renderApply(id) {
    root.innerHTML = '';
    root.appendChild(tpl('tpl-apply'));
    var proc = procedureOf(id);
    if (id !== PROCEDURE_ID) {
      root.querySelector('.procedure-name').textContent = proc.name;
      root.querySelector('.procedure-meta b').textContent = proc.code;
    }
    var tbody = root.querySelector('.component-rows');
    componentsOf(id).forEach(function (n) { addRow(tbody, n); });
    root.querySelector('.btn-add-component').addEventListener('click', function () {
      addRow(tbody, prompt('Tên thành phần hồ sơ', 'Giấy tờ khác') || 'Giấy tờ khác');
    });
    root.querySelectorAll('[data-go]').forEach(function (b) { b.addEventListener('click', function () { go(Number(b.dataset.go)); }); });
    root.querySelector('#captchaForm').addEventListener('submit', function (e) {
      e.preventDefault();
      var btn = root.querySelector('button[form="captchaForm"]'); btn.disabled = true;
      var old = root.querySelector('.submit-error'); if (old) old.remove();
      fetch('/pa/dossier/--apply-online/', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ procedureId: id }) })
        .then(function (r) { if (!r.ok) throw r.status; return r.json(); })
        .then(function (d) { btn.disabled = false; root.querySelector('.dossier-code').textContent = d.code; go(3); })
        .catch(function (status) {
          btn.disabled = false;
          var p = document.createElement('p'); p.className = 'submit-error'; p.setAttribute('role', 'alert'); p.textContent = problem(typeof status === 'number' ? status : 0);
          root.querySelector('#captchaForm').appendChild(p);
        });
    });
    setTimeout(function () {
      var host = root.querySelector('.eform-host'); if (!host) return;
      host.innerHTML = '';
      // The eForm is rendered by Form.io from its definition (./igate-eform.js), as on the portal;
      // what Form.io fetches from its CDN (the date widget) comes from this host.
      window.Formio.cdn.setBaseUrl(location.origin + '/__replica/formio-cdn');
      window.Formio.createForm(host, window.__igateEform, { noAlerts: true }).then(function () {
        (cfg.removeSelectors || []).forEach(function (sel) { root.querySelectorAll(sel).forEach(function (n) { n.remove(); }); });
        renameClasses(root);
      });
    }, 900 + extra);
    go(0);
  }

  window.addEventListener('popstate', route);
  route();
})();

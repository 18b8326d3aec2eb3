/*
 * Replica of the Ministry of Justice's declaration e-form (tokhaidientu.moj.gov.vn/e-form/<uuid>),
 * shown in the wizard's iframe. Its fields are the portal's own kind of custom elements, as public
 * crawlers of the real form name them (shared/portals/filing-portals-2026.md §2, T8): x-input,
 * x-date (inputs <name>-day/-month/-year), x-radio (checkboxes whose id ends in the value, with
 * label[for]), x-select (the chosen text in .input-field-select), x-select-area (country, province,
 * commune, address). No <label for> ties a field to its caption: the caption is the text before the
 * element. Blocks render only once their branch is ticked. Field names, options and layout are our
 * own (the kết hôn form's names are not in the evidence). Test fixture only.
 */
(function () {
  'use strict';
  var PROVINCES = { 'Tỉnh Quảng Ngãi': ['Phường Cẩm Thành', 'Phường Trương Quang Trọng', 'Xã Tịnh Khê'], 'Thành phố Hà Nội': ['Phường Ba Đình', 'Phường Hoàn Kiếm'] };

  function el(tag, attrs, text) {
    var n = document.createElement(tag);
    for (var k in attrs || {}) n.setAttribute(k, attrs[k]);
    if (text) n.textContent = text;
    return n;
  }

  customElements.define('x-input', class extends HTMLElement {
    connectedCallback() {
      if (this.firstChild) return;
      this.appendChild(el('input', { type: 'text', class: 'input-field', autocomplete: 'off' }));
    }
  });
  customElements.define('x-date', class extends HTMLElement {
    connectedCallback() {
      if (this.firstChild) return;
      var name = this.getAttribute('name');
      ['day', 'month', 'year'].forEach(function (p, i) {
        if (i) this.appendChild(document.createTextNode(' / '));
        this.appendChild(el('input', { type: 'text', name: name + '-' + p, class: 'date-' + p, size: p === 'year' ? '4' : '2', placeholder: p === 'day' ? 'dd' : p === 'month' ? 'mm' : 'yyyy' }));
      }, this);
    }
  });
  customElements.define('x-radio', class extends HTMLElement {
    connectedCallback() {
      if (this.firstChild) return;
      var name = this.getAttribute('name');
      var self = this;
      (this.getAttribute('options') || '').split('|').forEach(function (opt, i) {
        var id = name + '-' + (i + 1);
        var box = el('input', { type: 'checkbox', id: id });
        box.addEventListener('change', function () {
          // One choice at a time, on checkboxes (as the real form does).
          self.querySelectorAll('input[type=checkbox]').forEach(function (b) { if (b !== box) b.checked = false; });
          self.dispatchEvent(new CustomEvent('x-change', { bubbles: true, detail: box.checked ? String(i + 1) : '' }));
        });
        self.appendChild(box);
        self.appendChild(el('label', { for: id }, opt));
      });
    }
    get value() {
      var on = this.querySelector('input:checked');
      return on ? on.id.slice(on.id.lastIndexOf('-') + 1) : '';
    }
  });
  function picker(host, options, onPick, placeholder) {
    var shown = el('div', { class: 'input-field-select', tabindex: '0', role: 'combobox', 'aria-expanded': 'false' }, placeholder);
    var list = el('ul', { class: 'option-list', hidden: '' });
    function fill(opts) {
      list.textContent = '';
      opts.forEach(function (o) {
        var li = el('li', { role: 'option' }, o);
        li.addEventListener('mousedown', function (e) {
          e.preventDefault();
          shown.textContent = o;
          shown.dataset.value = o;
          list.hidden = true;
          shown.setAttribute('aria-expanded', 'false');
          onPick(o);
        });
        list.appendChild(li);
      });
    }
    fill(options);
    function toggle() {
      list.hidden = !list.hidden;
      shown.setAttribute('aria-expanded', String(!list.hidden));
    }
    shown.addEventListener('click', toggle);
    shown.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(); } });
    host.appendChild(shown);
    host.appendChild(list);
    return { fill: fill, reset: function () { shown.textContent = placeholder; delete shown.dataset.value; } };
  }
  customElements.define('x-select', class extends HTMLElement {
    connectedCallback() {
      if (this.firstChild) return;
      var self = this;
      picker(this, (this.getAttribute('options') || '').split('|'), function () { self.dispatchEvent(new CustomEvent('x-change', { bubbles: true })); }, '-- Chọn --');
    }
    get value() { var s = this.querySelector('.input-field-select'); return (s && s.dataset.value) || ''; }
  });
  customElements.define('x-select-area', class extends HTMLElement {
    connectedCallback() {
      if (this.firstChild) return;
      var self = this;
      var name = this.getAttribute('name');
      var value = { quocGia: 'Việt Nam', tinh: '', xa: '', diaChi: '' };
      var row = el('div', { class: 'area-row' });
      var tinhHost = el('span', { class: 'area-tinh' });
      var xaHost = el('span', { class: 'area-xa' });
      row.appendChild(tinhHost);
      row.appendChild(xaHost);
      var xa = picker(xaHost, [], function (o) { value.xa = o; }, '-- Chọn Phường/Xã --');
      picker(tinhHost, Object.keys(PROVINCES), function (o) { value.tinh = o; value.xa = ''; xa.reset(); xa.fill(PROVINCES[o] || []); }, '-- Chọn Tỉnh/Thành phố --');
      var address = el('input', { type: 'text', name: name + '-diaChi', class: 'input-field', placeholder: 'Số nhà, đường, thôn/tổ' });
      address.addEventListener('input', function () { value.diaChi = address.value; });
      this.appendChild(row);
      this.appendChild(el('div', null, 'Địa chỉ chi tiết'));
      this.appendChild(address);
      this.area = value;
    }
  });

  /** One party of the marriage (bên nữ / bên nam). Each block of the form is added by `render`. */
  function party(prefix, heading) {
    var box = el('div', { class: 'party' });
    box.appendChild(el('b', null, heading));
    function row(caption, node, required) {
      var r = el('div', { class: 'row' });
      var span = el('span', { class: 'caption' }, caption);
      if (required) span.appendChild(el('span', { class: 'required' }, ' (*)'));
      r.appendChild(span);
      r.appendChild(node);
      box.appendChild(r);
      return r;
    }
    row('Họ, chữ đệm, tên', el('x-input', { name: prefix + '_HoVaTen', 'data-required': '' }), true);
    row('Ngày, tháng, năm sinh', el('x-date', { name: prefix + '_NgaySinh', 'data-required': '' }), true);
    row('Dân tộc', el('x-select', { name: prefix + '_DanToc', options: 'Kinh|Tày|Thái|Mường|Khác' }), false);
    row('Quốc tịch', el('x-select', { name: prefix + '_QuocTich', options: 'Việt Nam|Khác' }), false);
    row('Số định danh cá nhân', el('x-input', { name: prefix + '_SoDinhDanh', 'data-required': '' }), true);
    var where = el('x-radio', { name: prefix + '_NoiCuTru', options: 'Trong nước|Nước ngoài', 'data-required': '' });
    row('Nơi cư trú', where, true);
    var slot = el('div', { class: 'branch' });
    box.appendChild(slot);
    // The address block exists only once "Trong nước" is ticked; the foreign one is a plain text field.
    where.addEventListener('x-change', function (e) {
      slot.textContent = '';
      if (e.detail === '1') {
        var r = el('div', { class: 'row' });
        r.appendChild(el('span', { class: 'caption' }, 'Địa chỉ cư trú'));
        r.appendChild(el('x-select-area', { name: prefix + '_NoiCuTru_TrongNuoc', 'data-required': '' }));
        slot.appendChild(r);
      } else if (e.detail === '2') {
        var f = el('div', { class: 'row' });
        f.appendChild(el('span', { class: 'caption' }, 'Địa chỉ ở nước ngoài'));
        f.appendChild(el('x-input', { name: prefix + '_NoiCuTru_NuocNgoai', 'data-required': '' }));
        slot.appendChild(f);
      }
    });
    row('Kết hôn lần thứ mấy', el('x-input', { name: prefix + '_LanKetHon' }), false);
    return box;
  }

  function filled(node) {
    var tag = node.tagName.toLowerCase();
    if (tag === 'x-input') return Boolean(node.querySelector('input').value.trim());
    if (tag === 'x-date') return Array.prototype.every.call(node.querySelectorAll('input'), function (i) { return i.value.trim(); });
    if (tag === 'x-radio' || tag === 'x-select') return Boolean(node.value);
    if (tag === 'x-select-area') return Boolean(node.area && node.area.tinh && node.area.xa && node.area.diaChi.trim());
    return true;
  }

  function render() {
    var root = document.getElementById('eform');
    var marriage = root.dataset.form === 'ket-hon';
    var title = root.dataset.title || '';
    root.textContent = '';
    if (marriage) {
      root.appendChild(el('h2', null, 'TỜ KHAI ĐĂNG KÝ KẾT HÔN'));
      root.appendChild(party('Nu', 'I. THÔNG TIN BÊN NỮ'));
      root.appendChild(party('Nam', 'II. THÔNG TIN BÊN NAM'));
    } else {
      // The other procedures' declarations: the applicant's block only (our own simplification).
      root.appendChild(el('h2', null, 'TỜ KHAI ' + title.toUpperCase()));
      root.appendChild(party('NYC', 'I. THÔNG TIN NGƯỜI YÊU CẦU'));
    }
    // An outdated definition still asks for what the form no longer needs (fault knob extraComponents).
    var cfg = window.__replicaConfig || {};
    (cfg.extraComponents || []).forEach(function (caption, i) {
      var r = el('div', { class: 'row' });
      r.appendChild(el('span', { class: 'caption' }, caption));
      r.appendChild(el('x-input', { name: 'Extra_' + i }));
      root.appendChild(r);
    });
    var pledge = el('div', { class: 'row' });
    pledge.appendChild(el('span', { class: 'caption' }, 'Chúng tôi cam đoan những lời khai trên đây là đúng sự thật, việc kết hôn là tự nguyện'));
    pledge.appendChild(el('x-radio', { name: 'CamDoan', options: 'Đồng ý', 'data-required': '' }));
    root.appendChild(pledge);
  }

  window.addEventListener('message', function (e) {
    if (e.origin !== 'https://dichvucongnganhtuphap.moj.gov.vn' || !e.data || e.data.type !== 'eform-validate') return;
    var ok = Array.prototype.every.call(document.querySelectorAll('[data-required]'), filled);
    e.source.postMessage({ type: 'eform-validated', ok: ok }, e.origin);
  });
  // The definition arrives from the e-form service after the frame's own load.
  setTimeout(render, 600);
})();

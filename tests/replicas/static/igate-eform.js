// Replica-only (own code): the 1.001193 e-form as an iGate 2 eForm definition, rendered by the
// Form.io library the portal uses (formiojs 4.x). Fields, keys, labels, prefilled values and the
// repeated keys of Phần IV follow the snapshot (../pages/igate/apply-online-1.001193.html,
// shared/portals/README.md §2.3). Selects are Choices.js and dates flatpickr, as on the Form.io
// portals (shared/portals/filing-portals-2026.md §4, id 69831909917). Sample values are invented.
window.__igateEform = (function () {
  function text(key, label, extra) { return Object.assign({ type: 'textfield', key: key, label: label, input: true, tableView: true }, extra || {}); }
  function select(key, label, values, extra) {
    return Object.assign({ type: 'select', key: key, label: label, input: true, widget: 'choicesjs', dataSrc: 'values', data: { values: values.map(function (v) { return { label: v, value: v }; }) } }, extra || {});
  }
  function date(key, label, extra) {
    return Object.assign({ type: 'datetime', key: key, label: label, input: true, format: 'dd/MM/yyyy', enableTime: false, placeholder: 'dd/mm/yyyy', datePicker: { disableWeekends: false } }, extra || {});
  }
  var rows = 0;
  // A definition's keys are fixed when the form is designed; only the ids Form.io renders are random.
  function row(cols) { rows += 1; return { type: 'columns', key: 'row' + rows, input: false, columns: cols.map(function (c) { return { width: c[0], components: [c[1]] }; }) }; }
  var required = { validate: { required: true } };
  var wards = ['Phường Cẩm Thành', 'Phường Nghĩa Lộ', 'Xã Bình Sơn'];
  var provinces = ['Tỉnh Quảng Ngãi', 'Thành phố Đà Nẵng'];
  return {
    display: 'form',
    components: [
      { type: 'panel', key: 'panelNguoiNop', title: 'Phần I. Thông tin người nộp hồ sơ', input: false, components: [
        row([[6, text('fullname', 'Họ và tên', Object.assign({ disabled: true, defaultValue: 'NGUYỄN VĂN AN' }, required))], [6, date('birthday', 'Ngày sinh', required)]]),
        row([
          [4, select('gender', 'Giới tính', ['Nam', 'Nữ'], Object.assign({ defaultValue: 'Nam' }, required))],
          [4, text('identityNumber', 'Số CMND/CCCD/Số định danh', Object.assign({ disabled: true, defaultValue: '051090012345' }, required))],
          [4, date('identityDate', 'Ngày cấp')],
        ]),
        text('identityAgency', 'Nơi cấp'),
        row([
          [4, select('province', 'Tỉnh/Thành phố', provinces, Object.assign({ defaultValue: 'Tỉnh Quảng Ngãi', placeholder: 'Chọn Tỉnh/Thành phố' }, required))],
          [4, select('district', 'Phường/Xã', wards, Object.assign({ placeholder: 'Chọn Phường/Xã' }, required))],
          [4, text('address', 'Địa chỉ chi tiết', required)],
        ]),
        row([[6, Object.assign({ type: 'phoneNumber', key: 'phoneNumber', label: 'Số điện thoại', input: true, inputMask: '' }, required)], [6, { type: 'email', key: 'email', label: 'Email', input: true }]]),
      ] },
      { type: 'panel', key: 'panelChuHoSo', title: 'Phần II. Thông tin chủ hồ sơ và nội dung yêu cầu', input: false, components: [
        { type: 'checkbox', key: 'isOwnerDossier', label: 'Người nộp đồng thời là chủ hồ sơ', input: true, defaultValue: true },
        row([[6, select('chonDoiTuong', 'Đối tượng', ['Cá nhân', 'Tổ chức'], Object.assign({ defaultValue: 'Cá nhân' }, required))], [6, text('ownerFullname', 'Tên chủ hồ sơ', Object.assign({ defaultValue: 'NGUYỄN VĂN AN' }, required))]]),
        row([
          [6, text('organization', 'Tên tổ chức', { conditional: { show: true, when: 'chonDoiTuong', eq: 'Tổ chức' } })],
          [6, text('taxCode', 'Mã số thuế', { conditional: { show: true, when: 'chonDoiTuong', eq: 'Tổ chức' } })],
        ]),
        Object.assign({ type: 'textarea', key: 'noidungyeucaugiaiquyet', label: 'Nội dung yêu cầu giải quyết', input: true, rows: 3, defaultValue: 'Đăng ký khai sinh cho con' }, required),
        { type: 'textarea', key: 'note', label: 'Ghi chú', input: true, rows: 2 },
      ] },
      // Phần IV repeats keys of Phần I (data[province], data[address], data[phoneNumber]) as the real
      // eForms do: adapters must not assume one field per key.
      { type: 'panel', key: 'panelNhanKetQua', title: 'Phần IV. Địa chỉ nhận kết quả', input: false, components: [
        select('province', 'Tỉnh/Thành phố nhận kết quả', provinces, { placeholder: 'Chọn Tỉnh/Thành phố' }),
        text('address', 'Địa chỉ nhận kết quả'),
        { type: 'phoneNumber', key: 'phoneNumber', label: 'Số điện thoại liên hệ', input: true, inputMask: '' },
      ] },
    ],
  };
})();

// Replica of the residence forms' own scripts (dichvucong.dancuquocgia.gov.vn), on jQuery, select2 and
// bootstrap-datepicker as the real pages are. Test fixture, not product. The traps of
// shared/portals/filing-portals-2026.md §1.2–§1.3 are reproduced on purpose:
// - ward options come late and decomposed (NFD), and select2 only hears a jQuery change;
// - changing the date format wipes the date of birth; a start date resets the end date (+2 years);
// - the ID field reverts non-digits; the attachments table loads late per sub-case, xóa rows in another order;
// - file inputs upload by AJAX and then read back 0 files (the row text shows the names);
// - saving before a sub-case shows "Vui lòng chọn trường hợp và đính kèm thành phần hồ sơ";
// - "Lưu nháp" lands on the draft list seconds later; "Nộp hồ sơ" cannot reach the payment window.
(function ($) {
  var cfg = window.__replicaConfig || {};
  var VI = {
    days: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
    daysShort: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    daysMin: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    months: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12'],
    monthsShort: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
    today: 'Hôm nay', clear: 'Xóa', format: 'dd/mm/yyyy',
  };
  $.fn.datepicker.dates.vi = VI;
  var select2Vi = { noResults: function () { return 'Không tìm thấy kết quả'; }, searching: function () { return 'Đang tìm…'; } };

  // jQuery-built options (happy-dom, where the unit tests run this page, has no Option constructor).
  function opt(text, value) { return $('<option>').val(value).text(text); }
  function api(path, data) { return $.getJSON('/portal/api/' + path, data); }
  function message(text) { $('#lblThongBao').text(text); $('#modalThongBao').addClass('in'); }
  $('#btnDongThongBao').on('click', function () { $('#modalThongBao').removeClass('in'); });
  function datepicker(sel, format) { $(sel).datepicker({ format: format || 'dd/mm/yyyy', autoclose: true, language: 'vi', todayHighlight: true }); }
  function parseDate(s) { var m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s || ''); return m ? new Date(+m[3], +m[2] - 1, +m[1]) : null; }
  function fmt(d) { var p = function (n) { return (n < 10 ? '0' : '') + n; }; return p(d.getDate()) + '/' + p(d.getMonth() + 1) + '/' + d.getFullYear(); }

  $('select.select2').select2({ width: '100%', language: select2Vi });
  // Replica-only: the jQuery events the page's own widgets raise, for the with/without-us comparison.
  var jqEvents = {};
  $(document).on('change select2:select select2:open select2:close changeDate show hide', function (e) { jqEvents[e.type] = (jqEvents[e.type] || 0) + 1; });
  window.__cutruEvents = function () { return JSON.parse(JSON.stringify(jqEvents)); };

  function wireWards(city, ward, org) {
    $(city).on('change', function () {
      var v = $(this).val();
      $(ward).empty().append(opt('-- Chọn Phường/ Xã --', '')).trigger('change');
      if (!v) return;
      // Late, and decomposed: "Phường" arrives as U+01A1 + U+0300.
      setTimeout(function () {
        api('danh-muc/xa', { tinh: v }).done(function (r) {
          r.data.forEach(function (w) { $(ward).append(opt(w.text, w.id)); });
        });
      }, 400);
    });
    if (org) $(ward).on('change', function () { var t = $(ward).find('option:selected').text(); $(org).val($(ward).val() ? 'Công an ' + t.normalize('NFC') : ''); });
  }

  // ---- dang-ky-tam-tru.html ----
  if ($('#frmDangKy').length) {
    wireWards('#cboRECEIVE_ADDR_CITY_CODE', '#cboRECEIVE_ADDR_VILLAGE_CODE', '#txtRECEIVE_ORG_ADDRESS');
    wireWards('#cboRECEIVE_ADDR_CITY_ID', '#cboRECEIVE_ADDR_VILLAGE_ID', null);
    $('#cboRECEIVE_ADDR_CITY_ID').on('change', function () {
      $('#cboRECEIVE_ADDR_DISTRICT_ID').empty().append(opt('-- Chọn --', '')).append(opt('Quận Ba Đình', '1')).trigger('change');
    });
    $('#cboRECEIVE_ADDR_VILLAGE_ID').on('change', function () {
      $('#cboORG').empty().append(opt('-- Chọn --', '')).append(opt('Công an ' + $(this).find('option:selected').text().normalize('NFC'), '1'));
    });

    var SUBS = { TAMTRU_01: ['1', '2'], TAMTRU_06: ['3'] };
    var SUB_TITLES = {
      1: 'Trường hợp chỗ ở hợp pháp thuộc quyền sở hữu của mình',
      2: 'Trường hợp chỗ ở hợp pháp do thuê, mượn, ở nhờ',
      3: 'Trường hợp xóa đăng ký tạm trú',
    };
    var procedureChanged = function () {
      var proc = $('#cboBPROC_TYPE_CODE').val();
      var text = $('#cboBPROC_TYPE_CODE option:selected').text();
      if (proc) $('.title-form').text(text);
      $('#grpREGISTRATION').toggle(proc !== 'TAMTRU_06');
      $('#cboBPROC_CASE_CODE').empty().append(opt('-- Chọn trường hợp --', '')).trigger('change');
      $('#divGiayToDinhKem').empty();
      $('#divSubCases').empty();
      (SUBS[proc] || []).forEach(function (n) {
        $('#divSubCases').append($('<a href="javascript:void(0)"></a>').attr('onclick', 'load_table_tphs_new(' + n + ')').text(SUB_TITLES[n]));
      });
      if (!proc) return;
      api('danh-muc/truong-hop', { thu_tuc: proc }).done(function (r) {
        r.data.forEach(function (c) { $('#cboBPROC_CASE_CODE').append(opt(c.text, c.id)); });
      });
    };
    $('#cboBPROC_TYPE_CODE').on('change', procedureChanged);
    // The TT parameter preselects the procedure (the URL keeps ma_thu_tuc=1.004194 for xóa too).
    var tt = new URL(location.href).searchParams.get('TT');
    if (tt && $('#cboBPROC_TYPE_CODE option[value="' + tt + '"]').length) $('#cboBPROC_TYPE_CODE').val(tt);
    procedureChanged();

    window.load_table_tphs_new = function (n) {
      $('#divGiayToDinhKem').html('<p class="loading">Đang tải thành phần hồ sơ...</p>');
      setTimeout(function () {
        api('thanh-phan-ho-so', { ma: n }).done(function (r) {
          var rows = r.data.concat(cfg.extraComponents || []);
          var $t = $('<table id="tblGiayToDinhKem"><thead><tr><th>STT</th><th>Bắt buộc</th><th>Loại giấy tờ</th><th>Hình thức</th><th>Số bản</th><th>Đính kèm</th></tr></thead><tbody></tbody></table>');
          rows.forEach(function (name, i) { $t.find('tbody').append(paperRow(i + 1, $('<span>').attr('id', 'lblFILE_TYPE_NAME' + (i + 1)).text(name))); });
          $('#divGiayToDinhKem').empty().append($t);
        });
      }, 700);
    };
    function paperRow(i, $name) {
      var $tr = $('<tr>');
      $tr.append($('<td>').text(i));
      $tr.append($('<td>').append($('<input type="checkbox" checked disabled>').attr('id', 'chkIS_COMPULSORY' + i)));
      $tr.append($('<td>').append($name));
      $tr.append($('<td>').append($('<select><option value="1">Bản gốc</option><option value="2">Bản sao</option><option value="3">Bản chứng thực</option><option value="6">Giấy tờ điện tử</option></select>').attr('id', 'cboFILE_TYPE' + i)));
      $tr.append($('<td>').append($('<input size="2" value="1">').attr('id', 'txtNUM_OF_PAPER' + i)));
      $tr.append($('<td>').append($('<input type="file" accept=".pdf,.jpg,.jpeg,.tiff,.png" multiple>').attr('id', 'fileUpload' + i)).append($('<div>').attr('id', 'file-contains' + i)));
      return $tr;
    }
    $('#btnDocument').on('click', function () {
      var $body = $('#tblGiayToDinhKem tbody');
      if (!$body.length) return message('Vui lòng chọn trường hợp và đính kèm thành phần hồ sơ');
      var i = $body.children().length + 1;
      $body.append(paperRow(i, $('<input class="form-control" placeholder="Nhập tên giấy tờ">').attr('id', 'lblFILE_TYPE_NAME' + i)));
    });
    // Upload by AJAX at once; the input is emptied afterwards (it reads back 0 files) and the row lists the names.
    $(document).on('change', 'input[type=file][id^=fileUpload]', function () {
      var input = this;
      var files = Array.prototype.slice.call(input.files || []);
      if (!files.length) return;
      var data = new FormData();
      files.forEach(function (f) { data.append('file', f); });
      $.ajax({ url: '/portal/api/tai-lieu', method: 'POST', data: data, processData: false, contentType: false }).done(function () {
        var $list = $('#file-contains' + input.id.replace('fileUpload', ''));
        files.forEach(function (f) { $list.append($('<span class="file-name">').text(f.name)); });
        input.value = '';
      });
    });

    // Ticking "người khai là người đăng ký" fills the declarant and household blocks from the population database.
    $('input[name=radREPORTER]').on('change', function () {
      var mine = $('#chkIS_REPORTER').is(':checked');
      var ids = ['#txtFULLNAME', '#txtDOB', '#txtIDENTIFIER_NUMBER', '#txtHH_PERSON_FULLNAME', '#txtHH_PERSON_IDENTIFIER_NUMBER'];
      if (!mine) { ids.forEach(function (id) { $(id).val('').prop('readonly', false); }); $('#cboGENDER_CODE').val('').prop('disabled', false); return; }
      api('cong-dan').done(function (r) {
        var d = r.data;
        $('#txtFULLNAME').val(d.fullname); $('#txtDOB').val(d.dob); $('#txtIDENTIFIER_NUMBER').val(d.id); $('#cboGENDER_CODE').val(d.gender);
        $('#txtHH_PERSON_FULLNAME').val(d.hhName); $('#cboHH_PERSON_RELATIONSHIP_CODE').val(d.hhRel); $('#txtHH_PERSON_IDENTIFIER_NUMBER').val(d.hhId);
        ids.forEach(function (id) { $(id).prop('readonly', true); });
        $('#cboGENDER_CODE').prop('disabled', true);
      });
    });
    datepicker('#txtDOB');
    $('#cboDATE_FORMAT').on('change', function () {
      var year = $(this).val() === 'YYYY';
      $('#txtDOB').val('').datepicker('destroy');
      $('#txtDOB').datepicker({ format: year ? 'yyyy' : 'dd/mm/yyyy', minViewMode: year ? 2 : 0, autoclose: true, language: 'vi' });
    });
    $('#txtIDENTIFIER_NUMBER, #txtHH_PERSON_IDENTIFIER_NUMBER').on('input', function () { var v = this.value.replace(/\D/g, ''); if (v !== this.value) this.value = v; });
    datepicker('#txtTEMP_RESIDENT_FROM');
    datepicker('#txtTEMP_RESIDENT_TO');
    // The datepicker reports typed and picked dates as changeDate; the page listens to that and to change.
    $('#txtTEMP_RESIDENT_FROM').on('change changeDate', function () {
      var d = parseDate(this.value);
      if (!d) return;
      var today = new Date(); today.setHours(0, 0, 0, 0);
      if (d < today) return message('Thời hạn tạm trú không được nhỏ hơn ngày hiện tại');
      $('#txtTEMP_RESIDENT_TO').val(fmt(new Date(d.getFullYear() + 2, d.getMonth(), d.getDate())));
    });
    var buildNote = function () {
      var ward = $('#cboRECEIVE_ADDR_VILLAGE_CODE option:selected').val() ? $('#cboRECEIVE_ADDR_VILLAGE_CODE option:selected').text().normalize('NFC') : '';
      var city = $('#cboRECEIVE_ADDR_CITY_CODE option:selected').val() ? $('#cboRECEIVE_ADDR_CITY_CODE option:selected').text() : '';
      var addr = $('#txtSUGGEST_ADDRESS').val();
      if (addr || ward) $('#txtCHANGED_NOTE').val('Đăng ký tạm trú tại ' + [addr, ward, city].filter(Boolean).join(' - '));
    };
    $('#txtSUGGEST_ADDRESS').on('change', buildNote);
    $('#cboRECEIVE_ADDR_VILLAGE_CODE').on('change', buildNote);
    $('a.addrow_CUNGTD').on('click', function () {
      var $b = $('#tblNguoi_CUNGTD tbody');
      var i = $b.children().length + 1;
      $b.append('<tr><td>' + i + '</td><td><input class="form-control" id="txtFULLNAME_CUNGTD' + i + '"></td><td><input class="form-control" id="txtIDENTIFIER_NUMBER_CUNGTD' + i + '" maxlength="12"></td><td><select class="form-control" id="cboRELATIONSHIP_CUNGTD' + i + '"><option value="">-- Chọn --</option><option value="CH04">Con</option><option value="CH02">Vợ</option></select></td></tr>');
    });
    $('#btnCheckFee').on('click', function () { $('#txtTONGPHI').val($('#cboBPROC_TYPE_CODE').val() === 'TAMTRU_06' ? '0' : '7.000'); });

    var needsSubCase = function () { return !$('#tblGiayToDinhKem').length; };
    $('#btn-save').on('click', function () {
      if (needsSubCase()) return message('Vui lòng chọn trường hợp và đính kèm thành phần hồ sơ');
      $.post('/portal/api/ho-so/luu-nhap').done(function () {
        message('Lưu nháp thành công');
        setTimeout(function () { location.href = 'xem-ho-so.html?type=1'; }, 2000);
      });
    });
    $('#btn-save-send').on('click', function () {
      if (needsSubCase()) return message('Vui lòng chọn trường hợp và đính kèm thành phần hồ sơ');
      if (!$('#chkCHECK_LIABILITY').is(':checked') || !$('#cboRECEIVE_ADDR_VILLAGE_CODE, #cboRECEIVE_ADDR_VILLAGE_ID').val()) return message('Vui lòng nhập đầy đủ các thông tin có dấu *');
      $.post('/portal/api/ho-so/nop').done(function () {
        // Knob: a procedure without a fee (or a payment done elsewhere) lands on the sent list.
        if (cfg.variant === 'payment-ok') {
          setTimeout(function () { location.href = 'ho-so.html'; }, 600);
          return;
        }
        // The portal opens the bank's payment window next; here that host is unreachable, as a blocked popup is.
        fetch('https://pay.vietcombank.com.vn/payment/init', { mode: 'no-cors' }).then(function () {
          location.href = 'ho-so.html';
        }, function () {
          message('Gửi hồ sơ thất bại. Lỗi không kết nối được đến trang thanh toán');
        });
      });
    });
  }

  // ---- thong-bao-luu-tru.html ----
  if ($('#frmLuuTru').length) {
    wireWards('#accomStay_cboPROVINCE_ID', '#accomStay_cboADDRESS_ID', null);
    $('#btnCloseHuongdan').on('click', function () { $('#frm_View_Huongdan').removeClass('in'); });
    $('#btnAddPersonLT').on('click', function () { $('#addpersonLT').addClass('in'); });
    $('#btnCloseNLT').on('click', function () { $('#addpersonLT').removeClass('in'); });
    ['#guest_txtDOB', '#guest_txtSTART_DATE', '#guest_txtEND_DATE'].forEach(function (s) { datepicker(s); });
    $('#guest_txtIDCARD_NUMBER').on('input', function () { var v = this.value.replace(/\D/g, ''); if (v !== this.value) this.value = v; });
    $('#btnSaveNLT').on('click', function () {
      if (!$('#guest_txtCITIZENNAME').val() || !$('#guest_txtSTART_DATE').val()) return message('Vui lòng nhập đầy đủ các thông tin có dấu *');
      var $b = $('#tblNguoiLuuTru tbody');
      var $tr = $('<tr>').append($('<td>').text($b.children().length + 1)).append($('<td>').text($('#guest_txtCITIZENNAME').val())).append($('<td>').text($('#guest_txtDOB').val())).append($('<td>').text($('#guest_txtSTART_DATE').val() + ' - ' + $('#guest_txtEND_DATE').val()));
      $b.append($tr);
      $('#addpersonLT input').val('');
      $('#addpersonLT').removeClass('in');
    });
    $('#btnSaveSend').on('click', function () {
      if (!$('#tblNguoiLuuTru tbody tr').length || !$('#chkCHECK_LIABILITY').is(':checked')) return message('Vui lòng nhập đầy đủ các thông tin có dấu *');
      $.post('/portal/api/ho-so/nop').done(function () { location.href = 'ho-so.html'; });
    });
  }
})(window.jQuery);

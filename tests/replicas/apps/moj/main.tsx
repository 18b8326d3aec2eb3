// @jsxImportSource react
/**
 * Replica of the Ministry of Justice civil-status wizard (dichvucongnganhtuphap.moj.gov.vn), on the
 * portal's own kind of front end as shared/portals/filing-portals-2026.md §2 names it: React with
 * shadcn/ui pieces (a Radix dialog and a Radix select for "Thông tin chung", form items whose labels
 * end in <span>*</span> and whose messages are `<id>-form-item-message`), react-select for "Nơi cấp",
 * a four-step header where the current step is the first still showing its number, the declaration
 * e-form in an iframe from tokhaidientu.moj.gov.vn, and auto-dismissing toasts (role=alert) for
 * errors and for success. Test fixture only (bundled by tests/replicas/apps/build.ts); nothing here
 * reaches the extension. Layout, ids of our own, sample wording and timings are invented; button
 * ids and data-e2e hooks are the ones public code names (T7).
 */
import { StrictMode, useEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import * as Dialog from '@radix-ui/react-dialog';
import * as Select from '@radix-ui/react-select';
import ReactSelect from 'react-select';
import { EFORM_HOST, type MojProcedure } from './data';

interface ReplicaConfig {
  /** Unit tests start the wizard at a step, with the dialog answered (the DOM each step renders). */
  mojStart?: { subject: 'null' | 'canhan'; step: number; done?: boolean };
}
const config: ReplicaConfig = (window as unknown as { __replicaConfig?: ReplicaConfig }).__replicaConfig ?? {};

const STEPS = ['Thông tin chủ hồ sơ', 'Kê khai thông tin', 'Thành phần hồ sơ', 'Thông tin nhận kết quả'];
const SUBJECTS = [
  { value: 'null', label: 'Làm thủ tục cho bản thân' },
  { value: 'canhan', label: 'Người khác ủy quyền' },
];
/** Issuing authorities for the ID card (sample list). */
const PLACES = ['Cục Cảnh sát quản lý hành chính về trật tự xã hội', 'Bộ Công an'].map((p) => ({ value: p, label: p }));
/** The sample person the VNeID account prefills (invented). */
const OWNER = [
  ['Họ và tên', 'NGUYỄN VĂN AN'],
  ['Số giấy tờ', '001090012345'],
  ['Ngày tháng năm sinh', '12/03/1990'],
  ['Giới tính', 'Nam'],
  ['Quốc tịch', 'Việt Nam'],
  ['Loại giấy tờ', 'Căn cước'],
] as const;

/** The portal strips diacritics from uploaded file names (T7, T9). */
const stripped = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

// --- toasts: mounted on demand, auto-dismissed, the same frame for errors and success ---
type Toast = { id: number; text: string; ok: boolean; link?: boolean };
let pushToast: (t: Omit<Toast, 'id'>) => void = () => undefined;
function Toaster() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  pushToast = (t) => {
    const id = next.current++;
    setToasts((all) => [...all, { ...t, id }]);
    setTimeout(() => setToasts((all) => all.filter((x) => x.id !== id)), t.ok ? 8000 : 4000);
  };
  if (!toasts.length) return null;
  return (
    <ol className="fixed top-4 right-4 z-[100] flex flex-col gap-2">
      {toasts.map((t) => (
        <li key={t.id} role="alert" className={t.ok ? 'toast bg-green-600 text-white' : 'toast bg-red-600 text-white'}>
          {t.text}
          {t.link && <a href="/ho-so-cua-toi"> Hồ sơ của tôi</a>}
        </li>
      ))}
    </ol>
  );
}

function Required() {
  return <span className="text-destructive">*</span>;
}

/** A shadcn form item: label for the control, message under it when the field is wrong. */
function FormItem({ id, label, required, error, children }: { id: string; label: string; required: boolean; error: string | null; children: ReactNode }) {
  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-form-item`} className="text-sm font-medium">
        {label} {required && <Required />}
      </label>
      {children}
      {error && <p id={`${id}-form-item-message`} className="text-sm font-medium text-destructive">{error}</p>}
    </div>
  );
}

function InfoDialog({ onConfirm }: { onConfirm(subject: string): void }) {
  const [subject, setSubject] = useState('null');
  return (
    <Dialog.Root open>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-black/50" />
        <Dialog.Content className="dialog fixed left-[50%] top-[50%] translate-x-[-50%] translate-y-[-50%] bg-white p-6" aria-describedby={undefined}>
          <Dialog.Title>Thông tin chung</Dialog.Title>
          <div className="space-y-2">
            <label>Đối tượng thực hiện</label>
            <Select.Root value={subject} onValueChange={setSubject}>
              <Select.Trigger className="h-10 w-full border">
                <Select.Value />
              </Select.Trigger>
              <Select.Portal>
                <Select.Content position="popper" className="select-content bg-white border">
                  <Select.Viewport>
                    {SUBJECTS.map((s) => (
                      <Select.Item key={s.value} value={s.value} className="select-item">
                        <Select.ItemText>{s.label}</Select.ItemText>
                      </Select.Item>
                    ))}
                  </Select.Viewport>
                </Select.Content>
              </Select.Portal>
            </Select.Root>
          </div>
          <button type="button" data-e2e="confirm-button-information" className="btn-primary" onClick={() => onConfirm(subject)}>
            Xác nhận
          </button>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function Stepper({ current }: { current: number }) {
  return (
    <ol className="stepper flex">
      {STEPS.map((title, i) => (
        <li key={title} className={i === current ? 'step text-primary' : 'step'}>
          <span className="rounded-full border">{i < current ? '✓' : String(i + 1)}</span>
          <span>{title}</span>
        </li>
      ))}
    </ol>
  );
}

/** One attachment table: the step 3 list, or the authorised branch's one-row table on step 1. */
function Attachments({ rows, heads, files, onFiles }: { rows: MojProcedure['rows']; heads: string[]; files: Record<number, string[]>; onFiles(i: number, names: string[]): void }) {
  const inputs = useRef<Record<number, HTMLInputElement | null>>({});
  return (
    <table className="w-full">
      <thead>
        <tr>{heads.map((h) => <th key={h}>{h}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={r.name}>
            {heads.length === 5 && <td>{i + 1}</td>}
            <td>
              {r.name} {r.required && <Required />}
            </td>
            <td>{(files[i] ?? []).map((f) => <div key={f} className="file-name">{f}</div>)}</td>
            {heads.length === 5 && <td>{r.generated ? 'Tự động tạo' : ''}</td>}
            <td>
              {!r.generated && (
                <>
                  <button type="button" className="btn-outline" onClick={() => inputs.current[i]?.click()}>Chọn tệp đính kèm</button>
                  <input
                    ref={(el) => {
                      inputs.current[i] = el;
                    }}
                    type="file"
                    className="hidden"
                    accept=".pdf,.jpg,.jpeg,.png"
                    onChange={(e) => {
                      const list = Array.from(e.currentTarget.files ?? []);
                      e.currentTarget.value = '';
                      if (!list.length) return;
                      const body = new FormData();
                      for (const f of list) body.append('file', f);
                      void fetch('/api/tep-dinh-kem', { method: 'POST', body })
                        .then((res) => {
                          if (!res.ok) throw new Error(String(res.status));
                          onFiles(i, list.map((f) => stripped(f.name)));
                        })
                        .catch(() => pushToast({ text: 'Tải tệp không thành công, vui lòng thử lại', ok: false }));
                    }}
                  />
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Wizard({ formId }: { formId: string }) {
  const [proc, setProc] = useState<MojProcedure | null>(null);
  const [subject, setSubject] = useState<string | null>(config.mojStart?.subject ?? null);
  const [step, setStep] = useState(config.mojStart?.step ?? 0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [place, setPlace] = useState<{ value: string; label: string } | null>(null);
  const [files, setFiles] = useState<Record<number, string[]>>({});
  const [authFiles, setAuthFiles] = useState<Record<number, string[]>>({});
  const [frameSrc, setFrameSrc] = useState<string | null>(null);
  const [result, setResult] = useState('paper');
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState(config.mojStart?.done ?? false);
  const frame = useRef<HTMLIFrameElement | null>(null);
  const form = useRef<HTMLFormElement | null>(null);
  const authorised = subject === 'canhan';

  useEffect(() => {
    void fetch(`/api/thu-tuc/${formId}${location.search}`)
      .then((r) => (r.ok ? (r.json() as Promise<MojProcedure>) : null))
      .then(setProc);
  }, [formId]);
  // The e-form frame loads only after its step shows (a trap: the step is there before its fields).
  useEffect(() => {
    if (step !== 1 || !proc || frameSrc) return;
    const t = setTimeout(() => setFrameSrc(`${EFORM_HOST}/e-form/${proc.eformId}`), 900);
    return () => clearTimeout(t);
  }, [step, proc, frameSrc]);

  if (!proc) return <p>Đang tải...</p>;

  const ownerNext = () => {
    const data = new FormData(form.current!);
    const missing: Record<string, string> = {};
    const need = (name: string, label: string) => {
      if (!String(data.get(name) ?? '').trim()) missing[name] = `Vui lòng nhập ${label.toLowerCase()}`;
    };
    need('ngayCap', 'Ngày cấp');
    need('soDienThoai', 'Số điện thoại');
    if (!authorised) need('diaChiThuongTru', 'Địa chỉ chi tiết');
    if (!place) missing.noiCap = 'Vui lòng chọn nơi cấp';
    if (authorised) {
      need('hoTen', 'Họ tên người ủy quyền');
      need('relationship', 'Quan hệ với người được ủy quyền');
      need('number', 'Số giấy tờ');
      if (!authFiles[0]?.length) missing.uyQuyen = 'Vui lòng đính kèm văn bản ủy quyền';
    }
    setErrors(missing);
    if (Object.keys(missing).length) {
      pushToast({ text: 'Vui lòng nhập đầy đủ thông tin bắt buộc', ok: false });
      return;
    }
    setStep(1);
    window.scrollTo(0, 0);
  };
  const declarationNext = () => {
    const win = frame.current?.contentWindow;
    if (!win) return pushToast({ text: 'Tờ khai chưa tải xong, vui lòng chờ', ok: false });
    const onReply = (e: MessageEvent) => {
      if (e.origin !== EFORM_HOST || (e.data as { type?: string })?.type !== 'eform-validated') return;
      window.removeEventListener('message', onReply);
      if ((e.data as { ok: boolean }).ok) {
        setFiles((f) => ({ ...f, 0: ['To khai dang ky ket hon.pdf'] }));
        setStep(2);
        window.scrollTo(0, 0);
      } else pushToast({ text: 'Vui lòng kê khai đầy đủ các thông tin bắt buộc trên tờ khai', ok: false });
    };
    window.addEventListener('message', onReply);
    win.postMessage({ type: 'eform-validate' }, EFORM_HOST);
  };
  const attachmentsNext = () => {
    const missing = proc.rows.some((r, i) => r.required && !r.generated && !files[i]?.length);
    if (missing) return pushToast({ text: 'Vui lòng đính kèm đủ Hồ sơ bắt buộc', ok: false });
    setStep(3);
    window.scrollTo(0, 0);
  };
  const send = () => {
    setSending(true);
    void fetch('/api/nop-ho-so', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ maThuTuc: proc.code, ketQua: result }) })
      .then(async (res) => {
        if (!res.ok) throw new Error(String(res.status));
        const { maHoSo } = (await res.json()) as { maHoSo: string };
        setDone(true);
        pushToast({ text: `Gửi hồ sơ thành công. Mã hồ sơ: ${maHoSo}`, ok: true, link: true });
      })
      .catch(() => pushToast({ text: 'Có lỗi xảy ra, vui lòng thử lại sau', ok: false }))
      .finally(() => setSending(false));
  };

  return (
    <main className="container mx-auto">
      <h1 className="text-2xl font-bold">{proc.title}</h1>
      {subject === null && <InfoDialog onConfirm={setSubject} />}
      <Stepper current={done ? STEPS.length : step} />
      <form ref={form} onSubmit={(e) => e.preventDefault()}>
        <section hidden={step !== 0}>
          <h3 className="font-semibold">Thông tin định danh</h3>
          <div className="grid grid-cols-3 gap-4">
            {OWNER.map(([label, value]) => (
              <div key={label}>
                <p className="text-muted-foreground">{label}</p>
                <p className="font-medium">{value}</p>
              </div>
            ))}
          </div>
          <div className="grid grid-cols-2 gap-4">
            <FormItem id="ngayCap" label="Ngày cấp" required error={errors.ngayCap ?? null}>
              <input id="ngayCap-form-item" name="ngayCap" placeholder="dd/mm/yyyy" className="input" />
            </FormItem>
            <FormItem id="noiCap" label="Nơi cấp" required error={errors.noiCap ?? null}>
              <ReactSelect inputId="noiCap-form-item" classNamePrefix="select" options={PLACES} value={place} onChange={setPlace} placeholder="Chọn nơi cấp" />
            </FormItem>
            <FormItem id="soDienThoai" label="Số điện thoại" required error={errors.soDienThoai ?? null}>
              <input id="soDienThoai-form-item" name="soDienThoai" type="tel" className="input" />
            </FormItem>
            <FormItem id="email" label="Email" required={false} error={null}>
              <input id="email-form-item" name="email" type="email" className="input" />
            </FormItem>
            <FormItem id="diaChiThuongTru" label="Địa chỉ chi tiết" required={!authorised} error={errors.diaChiThuongTru ?? null}>
              <input id="diaChiThuongTru-form-item" name="diaChiThuongTru" className="input" />
            </FormItem>
          </div>
          {authorised && (
            <div>
              <h3 className="font-semibold">Thông tin ủy quyền cá nhân</h3>
              <div className="grid grid-cols-2 gap-4">
                <FormItem id="hoTen" label="Họ tên người ủy quyền" required error={errors.hoTen ?? null}>
                  <input id="hoTen-form-item" name="hoTen" data-e2e="other-fullName-field" className="input" />
                </FormItem>
                <FormItem id="ngaySinhUyQuyen" label="Ngày tháng năm sinh" required={false} error={null}>
                  <input id="ngaySinhUyQuyen-form-item" name="ngaySinh" placeholder="dd/mm/yyyy" className="input" />
                </FormItem>
                <FormItem id="relationship" label="Quan hệ với người được ủy quyền" required error={errors.relationship ?? null}>
                  <input id="relationship-form-item" name="relationship" data-e2e="other-relationship-field" className="input" />
                </FormItem>
                <FormItem id="number" label="Số giấy tờ" required error={errors.number ?? null}>
                  <input id="number-form-item" name="number" data-e2e="other-numberOfDocument-field" className="input" />
                </FormItem>
              </div>
              <Attachments rows={[{ name: 'Văn bản ủy quyền', required: true }]} heads={['Tên hồ sơ', 'Đính kèm', 'Hành động']} files={authFiles} onFiles={(i, n) => setAuthFiles({ ...authFiles, [i]: n })} />
            </div>
          )}
          <div className="actions">
            {authorised ? (
              <button type="button" id="nop-thu-tuc-b-3-uy-quyen" className="btn-primary" onClick={ownerNext}>Bước tiếp theo</button>
            ) : (
              <button type="button" id="kt_buoc-tiep-theo-1" data-e2e="btn-next" className="btn-primary" onClick={ownerNext}>Bước tiếp theo</button>
            )}
          </div>
        </section>
        <section hidden={step !== 1}>
          {frameSrc ? <iframe ref={frame} src={frameSrc} title="Tờ khai điện tử" className="eform-frame" /> : <p>Đang tải tờ khai...</p>}
          <div className="actions">
            <button type="button" className="btn-outline" onClick={() => setStep(0)}>Quay lại</button>
            <button type="button" id="kt_buoc-tiep-theo-2" data-e2e="btn-next" className="btn-primary" onClick={declarationNext}>Bước tiếp theo</button>
          </div>
        </section>
        <section hidden={step !== 2}>
          <Attachments rows={proc.rows} heads={['STT', 'Tên thành phần hồ sơ', 'Tệp đính kèm', 'Ghi chú', 'Thao Tác']} files={files} onFiles={(i, n) => setFiles({ ...files, [i]: n })} />
          <div className="actions">
            <button type="button" className="btn-outline" onClick={() => setStep(1)}>Quay lại</button>
            <button type="button" id="nop-thu-tuc-b-3" className="btn-primary" onClick={attachmentsNext}>Bước tiếp theo</button>
          </div>
        </section>
        <section hidden={step !== 3 || done}>
          <h3 className="font-semibold">Hình thức nhận kết quả</h3>
          {[
            ['paper', 'Nhận bản giấy có đóng dấu'],
            ['online', 'Nhận kết quả trực tuyến'],
            ['post', 'Nhận qua dịch vụ bưu chính công ích'],
          ].map(([value, label]) => (
            <div key={value} className="switch-row flex">
              <button type="button" role="switch" aria-checked={result === value} data-state={result === value ? 'checked' : 'unchecked'} className="switch" onClick={() => setResult(value!)} />
              <span>{label}</span>
            </div>
          ))}
          <p>Lệ phí: Miễn lệ phí</p>
          <div className="actions">
            <button type="button" className="btn-outline" onClick={() => setStep(2)}>Quay lại</button>
            <button type="button" id="kt_gui-ho-so" data-e2e="btn-next" className="btn-primary" disabled={sending} onClick={send}>Gửi hồ sơ</button>
          </div>
        </section>
      </form>
    </main>
  );
}

function MyDossiers() {
  return (
    <main className="container mx-auto">
      <h1 className="text-2xl font-bold">Hồ sơ của tôi</h1>
      <table className="w-full">
        <thead>
          <tr><th>Mã hồ sơ</th><th>Tên thủ tục</th><th>Trạng thái</th></tr>
        </thead>
        <tbody>
          <tr><td>G22.103.26.000123</td><td>Đăng ký kết hôn</td><td>Mới tiếp nhận</td></tr>
        </tbody>
      </table>
    </main>
  );
}

function App() {
  const m = /^\/nop-ho-so\/(\d+)\/?$/.exec(location.pathname);
  return (
    <>
      <header className="bg-primary">Cổng dịch vụ công ngành Tư pháp</header>
      {m ? <Wizard formId={m[1]!} /> : location.pathname.startsWith('/ho-so-cua-toi') ? <MyDossiers /> : <main><h1>Trang chủ</h1></main>}
      <Toaster />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

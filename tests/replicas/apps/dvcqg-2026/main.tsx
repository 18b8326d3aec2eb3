// @jsxImportSource react
/**
 * Replica of the national portal's 2026 React app (dichvucong.gov.vn), built on the portal's own
 * libraries as shared/portals/dvcqg-2026.md names them: React 19 rendering client side into an
 * empty #root, SurveyJS (survey-core + survey-react-ui) for the e-form, react-toastify for errors,
 * listbox pickers that commit on mousedown with a panel portalled to the end of <body>, pushState
 * navigation, build-hashed class names. Test fixture only (bundled by tests/replicas/apps/build.ts);
 * nothing here reaches the extension. Layout, sample wording, ids and timings are invented; the
 * traps are the notes' (§ "What a faithful replica … needs").
 */
import { StrictMode, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { ToastContainer, toast } from 'react-toastify';
import type { FilingForm, Procedure } from './data';

interface ReplicaConfig {
  renderDelayMs?: number;
  /** A new release of the portal: every app class name carries this build hash. */
  buildId?: string;
}
const config: ReplicaConfig = (window as unknown as { __replicaConfig?: ReplicaConfig }).__replicaConfig ?? {};
const BUILD = config.buildId ?? 'k3x9q';
/** App classes carry the build's hash, as a bundler's CSS modules would; utility classes do not. */
const cx = (...names: string[]) => names.map((n) => `${n}_${BUILD}`).join(' ');
const SSO = 'https://sso.dancuquocgia.gov.vn/auth?response_type=code&client_id=sso-c12-dvc-web&redirect_uri=https://dichvucong.gov.vn/sso';
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

// --- routing (pushState, like the real app) ---
const listeners = new Set<() => void>();
window.addEventListener('popstate', () => listeners.forEach((l) => l()));
function navigate(to: string) {
  history.pushState(null, '', to);
  window.scrollTo(0, 0);
  listeners.forEach((l) => l());
}
function useHref(): string {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => location.pathname + location.search,
  );
}
const loggedIn = () => document.cookie.split('; ').includes('dvc_session=1');

async function api<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (res.status === 401) {
    // Session expired: back to the VNeID sign-in, as the portal does.
    location.href = `${SSO}&state=${encodeURIComponent(location.pathname + location.search)}`;
    throw new Error('401');
  }
  if (!res.ok) throw new Error(String(res.status));
  const json = (await res.json()) as { code: string; data: T };
  return json.data;
}

function useLater<T>(load: () => Promise<T>, deps: unknown[]): { data: T | null; failed: boolean } {
  const [state, setState] = useState<{ data: T | null; failed: boolean }>({ data: null, failed: false });
  useEffect(() => {
    let live = true;
    setState({ data: null, failed: false });
    load()
      .then((data) => live && setTimeout(() => live && setState({ data, failed: false }), config.renderDelayMs ?? 0))
      .catch(() => live && setState({ data: null, failed: true }));
    return () => {
      live = false;
    };
  }, deps);
  return state;
}

// --- pieces ---
function Header() {
  return (
    <header className={`${cx('header')} bg-primary`}>
      <a href="/" onClick={(e) => (e.preventDefault(), navigate('/'))}>Cổng Dịch vụ công Quốc gia</a>
      <nav>
        <a href="/tra-cuu-ho-so" onClick={(e) => (e.preventDefault(), navigate('/tra-cuu-ho-so'))}>Tra cứu hồ sơ</a>
        {loggedIn() ? <span className="user-dropdown">Tài khoản</span> : <a href={SSO}>Đăng nhập</a>}
      </nav>
    </header>
  );
}

function Loading() {
  return <div className={`${cx('spin')} text-gray-400`}>Đang tải dữ liệu...</div>;
}

function NotFound({ what }: { what: string }) {
  return (
    <div className={cx('empty')}>
      <h2>{what} không tồn tại</h2>
      <p>Đường dẫn bạn truy cập không tồn tại hoặc đã bị thay đổi.</p>
    </div>
  );
}

/** The portal's picker: a listbox button; its panel, portalled to <body>, commits on mousedown only (A1, A2). */
function Picker({ placeholder, options, value, onChange, cutOff, disabled }: { placeholder: string; options: string[]; value: string | null; onChange: (v: string | null) => void; cutOff?: number; disabled?: boolean }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!panel.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);
  if (value) {
    return (
      <div className={`${cx('picked')} relative`}>
        <input className={`${cx('picked-input')} w-full`} readOnly value={value} />
        <button type="button" className={cx('clear')} aria-label="Xóa" onClick={() => onChange(null)}>×</button>
      </div>
    );
  }
  const matching = options.filter((o) => fold(o).includes(fold(query)));
  // 3,321 wards: the list is cut off until one types (A2).
  const shown = cutOff && !query ? matching.slice(0, cutOff) : matching;
  const box = button.current?.getBoundingClientRect();
  return (
    <>
      <button type="button" ref={button} disabled={disabled} aria-haspopup="listbox" aria-expanded={open} className={`${cx('picker')} w-full`} onClick={() => setOpen(!open)}>
        <span className="text-gray-400">{placeholder}</span>
      </button>
      {open &&
        box &&
        createPortal(
          <div ref={panel} className={`${cx('panel')} max-h-56`} style={{ position: 'fixed', top: box.bottom + 2, left: box.left, width: box.width, zIndex: 50 }}>
            <input className={cx('panel-search')} placeholder="Tìm kiếm" value={query} autoFocus onChange={(e) => setQuery(e.target.value)} />
            <ul role="listbox" className={`${cx('options')} max-h-56`}>
              {shown.map((o) => (
                <li
                  key={o}
                  className={cx('option')}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    onChange(o);
                    setOpen(false);
                    setQuery('');
                  }}
                >
                  {o}
                </li>
              ))}
              {!shown.length && <li className="text-gray-400">Không có dữ liệu</li>}
            </ul>
          </div>,
          document.body,
        )}
    </>
  );
}

// --- pages ---
function Home() {
  const [q, setQ] = useState('');
  return (
    <div className={cx('home')}>
      <h2>Tìm kiếm thủ tục hành chính</h2>
      <form onSubmit={(e) => (e.preventDefault(), navigate(`/tim-kiem-thu-tuc-hanh-chinh?keyword=${encodeURIComponent(q)}`))}>
        <input aria-label="Từ khóa" placeholder="Nhập từ khóa" value={q} onChange={(e) => setQ(e.target.value)} />
        <button type="submit">Tìm kiếm</button>
      </form>
    </div>
  );
}

function Search({ keyword }: { keyword: string }) {
  const { data } = useLater(() => api<{ id: string; name: string }[]>('/api/v1/submitting/formality/list-all-public-formality-by-citizen', { q: keyword, limit: 20 }), [keyword]);
  if (!data) return <Loading />;
  return (
    <div className={cx('results')}>
      <h2>Kết quả tìm kiếm</h2>
      <p>Tìm thấy {data.length} thủ tục</p>
      <ul>
        {data.map((p) => (
          <li key={p.id}>
            <a href={`/thu-tuc-hanh-chinh/${p.id}`} onClick={(e) => (e.preventDefault(), navigate(`/thu-tuc-hanh-chinh/${p.id}`))}>{p.name}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function AgencyCard({ procedure }: { procedure: Procedure }) {
  const provinces = useLater(() => api<string[]>('/api/v1/configuring/province-vn/list-by-citizen', {}), []);
  const [province, setProvince] = useState<string | null>(null);
  const [ward, setWard] = useState<string | null>(null);
  const [wards, setWards] = useState<string[]>([]);
  useEffect(() => {
    setWards([]);
    if (province) void api<string[]>('/api/v1/configuring/ward-vn/list-by-citizen', { province }).then(setWards);
  }, [province]);
  return (
    <div className={`${cx('agency-card')} rounded`}>
      <h3>Chọn cơ quan thực hiện</h3>
      <Picker placeholder="-- Chọn Tỉnh/ Thành phố --" options={provinces.data ?? []} value={province} onChange={(v) => (setProvince(v), setWard(null))} />
      <Picker placeholder="-- Chọn Phường/ Xã --" options={wards} value={ward} onChange={setWard} cutOff={8} disabled={!province} />
      <button
        type="button"
        className={`${cx('confirm')} bg-primary`}
        onClick={() => {
          if (!province || !ward) {
            toast.error('Vui lòng chọn Tỉnh/ Thành phố và Phường/ Xã');
            return;
          }
          navigate(`/tim-kiem-thu-tuc-hanh-chinh?formalityId=${procedure.id}&province=${encodeURIComponent(province)}&ward=${encodeURIComponent(ward)}&searchType=PROVINCE&commune=WARD`);
        }}
      >
        Nộp hồ sơ
      </button>
    </div>
  );
}

function Detail({ id }: { id: string }) {
  const { data, failed } = useLater(() => api<Procedure | null>('/api/v1/configuring/formality/get-formality-by-citizen', { id }), [id]);
  if (failed) return <NotFound what="Thủ tục" />;
  if (!data) return <Loading />;
  return (
    <div className={`${cx('detail')} flex`}>
      <main className={cx('detail-main')}>
        <h1>{data.name}</h1>
        {data.showCode && (
          <div className={cx('info-row')}>
            <span>Mã thủ tục:</span> <span>{data.code}</span>
          </div>
        )}
        <h4>Trình tự thực hiện</h4>
        <p>Bước 1: Người yêu cầu nộp hồ sơ trực tuyến hoặc trực tiếp. Bước 2: Cơ quan có thẩm quyền tiếp nhận, kiểm tra hồ sơ. Bước 3: Giải quyết và trả kết quả.</p>
        <h4>Cách thức thực hiện</h4>
        <table className={cx('table')}>
          <thead>
            <tr><th>Hình thức nộp</th><th>Thời hạn giải quyết</th><th>Phí, lệ phí</th></tr>
          </thead>
          <tbody>
            <tr><td>Trực tuyến</td><td>{data.timeLimit}</td><td>{data.fee}</td></tr>
          </tbody>
        </table>
        <h4>Thành phần hồ sơ</h4>
        {data.components.map((g) => (
          <table key={g.group} className={cx('table')}>
            <caption>{g.group}</caption>
            <thead>
              <tr><th>Tên giấy tờ</th><th>Mẫu đơn, tờ khai</th><th>Số lượng</th></tr>
            </thead>
            <tbody>
              {g.items.map((item) => (
                <tr key={item}><td>{item}</td><td></td><td>Bản chính: 1 - Bản sao: 0</td></tr>
              ))}
            </tbody>
          </table>
        ))}
        <h4>Căn cứ pháp lý</h4>
        <p>{data.legal.join('; ')}</p>
      </main>
      <aside className={cx('detail-side')}>
        <AgencyCard procedure={data} />
      </aside>
    </div>
  );
}

/** "Danh sách dịch vụ công": the cards render bit by bit (A2); same-named cards differ by agency (A10). */
function ServiceList({ id }: { id: string }) {
  const { data } = useLater(() => api<Procedure | null>('/api/v1/configuring/formality/get-formality-by-citizen', { id }), [id]);
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (!data || shown >= data.cards.length) return;
    const t = setTimeout(() => setShown(shown + 1), 350);
    return () => clearTimeout(t);
  }, [data, shown]);
  if (!data) return <Loading />;
  return (
    <div className={cx('services')}>
      <h2>Danh sách dịch vụ công</h2>
      {data.cards.slice(0, shown).map((c) => (
        <div key={c.caseId} className={`${cx('service-card')} rounded`}>
          <h3>{c.name}</h3>
          <p><span>Cơ quan thực hiện:</span> {c.agency}</p>
          <p><span>Đối tượng thực hiện:</span> {c.subject}</p>
          <button
            type="button"
            className={`${cx('file-online')} bg-primary`}
            onClick={() => {
              const to = c.target === 'form' ? `/nop-ho-so?formalityCaseId=${c.caseId}` : c.target;
              if (!loggedIn()) location.href = `${SSO}&state=${encodeURIComponent(to)}`;
              else if (to.startsWith('/')) navigate(to);
              else location.href = to;
            }}
          >
            <div><span>Nộp trực tuyến</span></div>
          </button>
        </div>
      ))}
      {shown < data.cards.length && <Loading />}
    </div>
  );
}

/** Back from VNeID: the session is set and the person lands where they were going. */
function SsoReturn({ state }: { state: string }) {
  useEffect(() => {
    document.cookie = 'dvc_session=1; path=/; secure';
    const to = state || '/';
    if (to.startsWith('/')) navigate(to);
    else location.href = to;
  }, [state]);
  return <Loading />;
}

function makeModel(json: Record<string, unknown>): Model {
  const model = new Model(json);
  model.showNavigationButtons = false;
  model.showCompletedPage = false;
  return model;
}

function FilingBody({ form, model, copy, uploads, onUpload, onSubmit, method, setMethod }: { form: FilingForm; model: Model; copy: string; uploads: Record<number, string[]>; onUpload: (row: number) => void; onSubmit: () => void; method: string; setMethod: (m: string) => void }) {
  const methods = ['Trả kết quả tại bộ phận tiếp nhận và trả kết quả', 'Trả kết quả qua đường bưu điện', 'Trả kết quả trên môi trường mạng (kết quả có ký số)'];
  const [open, setOpen] = useState(false);
  return (
    <div className={cx(`filing-${copy}`)}>
      <Survey model={model} />
      <h3>Thành phần hồ sơ</h3>
      <table className={cx('table')}>
        <thead>
          <tr><th>STT</th><th>Tên giấy tờ</th><th>Bắt buộc</th><th>Tệp đính kèm</th></tr>
        </thead>
        <tbody>
          {form.rows.map((r, i) => (
            <tr key={r.name}>
              <td>{i + 1}</td>
              <td>{r.name}</td>
              <td>{r.required ? 'Có' : 'Không'}</td>
              <td>
                <button type="button" title="Tải lên file" className={cx('upload')} onClick={() => onUpload(i)}>Tải lên</button>
                {(uploads[i] ?? []).map((f) => (
                  <span key={f} className={cx('file')}>{f}</span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="cc-select-wrapper">
        <label>Hình thức nhận kết quả</label>
        <button type="button" aria-haspopup="listbox" aria-expanded={open} onClick={() => setOpen(!open)}>{method}</button>
        {open && (
          <ul role="listbox">
            {methods.map((m) => (
              <li key={m} onMouseDown={(e) => (e.preventDefault(), setMethod(m), setOpen(false))}>{m}</li>
            ))}
          </ul>
        )}
      </div>
      {method === methods[1] && (
        <div className={cx('postal')}>
          <h4>THÔNG TIN NHẬN KẾT QUẢ</h4>
          <label htmlFor={`id-recipientName-${copy}`}>Họ tên người nhận</label> <input id={`id-recipientName-${copy}`} />
          <label htmlFor={`id-recipientPhone-${copy}`}>Số điện thoại</label> <input id={`id-recipientPhone-${copy}`} />
          <label htmlFor={`id-recipientAddress-${copy}`}>Địa chỉ nhận</label> <input id={`id-recipientAddress-${copy}`} />
        </div>
      )}
      <button type="button" className={`${cx('submit')} bg-primary`} onClick={onSubmit}>Lưu và nộp hồ sơ</button>
    </div>
  );
}

/** The one-page filing form /nop-ho-so (A4–A9): SurveyJS, "Tải lên file" rows sharing one input, the receipt method, "Lưu và nộp hồ sơ". */
function Filing({ caseId }: { caseId: string }) {
  const { data: form, failed } = useLater(() => api<FilingForm | null>('/api/v1/configuring/formality/get-formality-form-by-citizen', { formalityCaseId: caseId }), [caseId]);
  // Two copies, as the app renders on narrow screens (A4, A9): CSS shows one.
  const models = useMemo(() => (form ? [makeModel(form.formJson), makeModel(form.formJson)] : []), [form]);
  const [uploads, setUploads] = useState<Record<number, string[]>>({});
  const [method, setMethod] = useState('Trả kết quả tại bộ phận tiếp nhận và trả kết quả');
  const [receipt, setReceipt] = useState<{ code: string; due: string } | null>(null);
  const row = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // The population-database lookup: name + ID + date of birth of the person concerned, then ~2.5 s, then locked fields (A5, A9).
    const lookup = form?.lookup;
    if (!lookup) return;
    const timers: ReturnType<typeof setTimeout>[] = [];
    for (const model of models) {
      model.onValueChanged.add(() => {
        const v = (n: string) => String(model.getValue(n) ?? '');
        if (!v(lookup.name) || !/^\d{12}$/.test(v(lookup.identity)) || !v(lookup.birth)) return;
        timers.push(
          setTimeout(() => {
            for (const [name, value] of Object.entries(lookup.locks)) {
              model.setValue(name, value);
              const q = model.getQuestionByName(name);
              if (q) q.readOnly = true;
            }
          }, 2500),
        );
      });
    }
    return () => timers.forEach(clearTimeout);
  }, [models, form]);
  if (failed) return <NotFound what="Hồ sơ" />;
  if (!form) return <Loading />;
  if (receipt) {
    return (
      <div className={cx('receipt')}>
        <h2>Nộp hồ sơ thành công</h2>
        <p><span>Mã hồ sơ:</span> <b>{receipt.code}</b></p>
        <p>Ngày hẹn trả dự kiến: {receipt.due}</p>
        <a href="/tra-cuu-ho-so" onClick={(e) => (e.preventDefault(), navigate('/tra-cuu-ho-so'))}>Tra cứu hồ sơ</a>
      </div>
    );
  }
  const submit = (model: Model) => async () => {
    if (!model.validate(true, true)) {
      toast.error('Vui lòng nhập đầy đủ thông tin bắt buộc');
      return;
    }
    if (form.rows.some((r, i) => r.required && !(uploads[i] ?? []).length)) {
      toast.error('Vui lòng tải lên đầy đủ thành phần hồ sơ bắt buộc');
      return;
    }
    try {
      const answer = await api<{ code: string; due: string }>('/api/v1/submitting/dossier/save-and-submit', { formalityCaseId: caseId, method });
      setReceipt(answer);
    } catch (e) {
      if (String((e as Error).message) !== '401') toast.error('Hệ thống đang bận, vui lòng thử lại sau');
    }
  };
  const chooseFor = (i: number) => {
    row.current = i;
    fileInput.current?.click();
  };
  const upload = async (file: File) => {
    const i = row.current;
    if (file.size > 10 * 1024 * 1024 || !/\.(pdf|jpe?g|png|zip)$/i.test(file.name)) {
      toast.error('Tệp không đúng định dạng hoặc vượt quá dung lượng cho phép');
      return;
    }
    const body = new FormData();
    body.append('file', file);
    try {
      const res = await fetch('/api/v1/submitting/attachment/upload', { method: 'POST', body });
      if (!res.ok) throw new Error(String(res.status));
      setUploads((u) => ({ ...u, [i]: [...(u[i] ?? []), file.name] }));
    } catch {
      toast.error('Tải tệp lên không thành công');
    }
  };
  return (
    <div className={cx('filing')}>
      <h1>{form.procedureName}</h1>
      <div className="hidden md:block">
        <FilingBody form={form} model={models[0]!} copy="desktop" uploads={uploads} onUpload={chooseFor} onSubmit={() => void submit(models[0]!)()} method={method} setMethod={setMethod} />
      </div>
      <div className="block md:hidden">
        <FilingBody form={form} model={models[1]!} copy="mobile" uploads={uploads} onUpload={chooseFor} onSubmit={() => void submit(models[1]!)()} method={method} setMethod={setMethod} />
      </div>
      <input
        ref={fileInput}
        type="file"
        accept=".pdf,.jpg,.jpeg,.png,.zip"
        style={{ display: 'none' }}
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void upload(f);
        }}
      />
    </div>
  );
}

function Tracking() {
  return (
    <div className={cx('tracking')}>
      <h2>Tra cứu hồ sơ</h2>
      <label htmlFor="ma-ho-so">Mã hồ sơ</label> <input id="ma-ho-so" />
      <label htmlFor="ma-bao-mat">Mã bảo mật</label> <input id="ma-bao-mat" />
      <button type="button" onClick={() => toast.error('Không tìm thấy hồ sơ')}>Tra cứu</button>
    </div>
  );
}

function Payment() {
  const [paid, setPaid] = useState(false);
  return (
    <div className={cx('payment')}>
      <h2>Thông tin thanh toán</h2>
      <div className={cx('qr')} role="img" aria-label="Mã QR thanh toán" />
      {paid ? <p>Thanh toán thành công!</p> : <button type="button" onClick={() => setPaid(true)}>Tôi đã thanh toán</button>}
    </div>
  );
}

function Page(): ReactNode {
  const href = useHref();
  const url = new URL(href, location.origin);
  const p = url.pathname.replace(/\/+$/, '') || '/';
  let m: RegExpExecArray | null;
  if (p === '/') return <Home />;
  if (p === '/tim-kiem-thu-tuc-hanh-chinh' || p === '/dvc-ket-qua-thu-tuc') {
    const id = url.searchParams.get('formalityId');
    return id ? <ServiceList id={id} /> : <Search keyword={url.searchParams.get('keyword') ?? ''} />;
  }
  if ((m = /^\/thu-tuc-hanh-chinh\/([0-9a-f-]{36})$/.exec(p))) return <Detail id={m[1]!} />;
  if (p === '/nop-ho-so') return <Filing caseId={url.searchParams.get('formalityCaseId') ?? ''} />;
  if (p === '/sso') return <SsoReturn state={url.searchParams.get('state') ?? ''} />;
  if (p === '/tra-cuu-ho-so') return <Tracking />;
  if (p === '/thanh-toan-truc-tuyen') return <Payment />;
  // Legacy /p/home/*.html and everything else: the app's own "không tồn tại" (B4, B5), with HTTP 200.
  return <NotFound what="Trang" />;
}

function App() {
  return (
    <>
      <Header />
      <div className={cx('container')}>
        <Page />
      </div>
      <ToastContainer position="top-right" autoClose={4000} />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

/**
 * The editor page's own script (bundled to dist/admin/admin.js by src/integrations/editor.ts): it
 * teaches Decap CMS the project's entry format and starts it. Decap itself (decap-cms.js, loaded
 * just before) gets config.json, generated from the schema (src/editor/config.ts).
 *
 * Three ways to save (docs/editor.md):
 * - on localhost, with `npm run admin`: Decap's local backend, decap-server writing into this clone;
 *   `?proxy=<port>` points it at a decap-server on another port (the browser test runs its own);
 * - on the published site: GitHub, a branch and a pull request (a fork for people without write access);
 * - `?offline`: no account at all. Entries live in the page (Decap's in-memory test backend) and each
 *   save downloads the finished entry file, to send by any means.
 *
 * The page decides which before Decap starts (a decap-server answering on this machine, else the
 * git host) and tells Decap, so the 投稿说明 group and the guard below speak of the way it really
 * saves (src/editor/contribution.ts). Through the git host a report that may not be kept is never
 * sent: the save is refused first.
 */
import { readCase, writeCase } from './case-file';
import { CASE_FORMAT, CONTRIBUTION_FIELD, SLUG_FIELD } from './fields';
import { contributionQuestions, reportUploadProblem, type SaveWay } from './contribution';
import type { FieldOrder } from './case-file';

interface ImmutableLike {
  toJS(): Record<string, unknown>;
  get(key: string): unknown;
}

interface DecapCms {
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): unknown; toFile(data: unknown): string }): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableLike }) => unknown }): void;
  init(options: { config: Record<string, unknown> }): void;
}

const cms = (window as unknown as { CMS: DecapCms }).CMS;

const params = new URLSearchParams(location.search);
/** The case form's fields, once the configuration is read: the serializer writes keys in their order. */
let caseFields: FieldOrder[] | undefined;
const offline = params.has('offline');
const proxy = params.get('proxy');

/** Hands a file (the finished entry, the report) to the browser's downloads. */
function download(name: string, content: string | Blob) {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type: 'text/markdown;charset=utf-8' }) : content);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A file uploaded in the page (offline mode): Decap's in-memory backend keeps it in `window.repoFiles`,
 * a tree of folders, under the media folder, as an asset holding the original File.
 */
function uploadedFile(publicPath: string): File | undefined {
  let node: unknown = (window as unknown as { repoFiles?: unknown }).repoFiles;
  for (const part of publicPath.split('/').filter(Boolean)) node = (node as Record<string, unknown> | undefined)?.[part];
  const asset = (node as { content?: { fileObj?: unknown } } | undefined)?.content;
  return asset?.fileObj instanceof File ? asset.fileObj : undefined;
}

if (offline) {
  cms.registerEventListener({
    name: 'postSave',
    handler: ({ entry }) => {
      const data = (entry.get('data') as ImmutableLike).toJS();
      // A new entry's slug is the form's slug field: Decap's own slug is still empty when postSave fires
      // (with `??` the file was named `.mdx`, which the browser saved as `mdx.md`).
      const slug = String(entry.get('slug') || data[SLUG_FIELD] || 'case');
      download(`${slug}.mdx`, writeCase(data, caseFields));
      // The report travels with the entry: the uploaded file, as it was uploaded.
      const report = (data[CONTRIBUTION_FIELD] as { report?: unknown } | undefined)?.report;
      const file = typeof report === 'string' ? uploadedFile(report) : undefined;
      if (file) download(file.name, file);
    },
  });
}

/**
 * decap-server, when the page runs on this machine and it answers (asked as Decap asks: `info`);
 * undefined otherwise, and then Decap would fall back to the git host.
 */
async function localServer(localBackend: unknown): Promise<{ url: string; modes: string[] } | undefined> {
  if (!localBackend || !['localhost', '127.0.0.1'].includes(location.hostname)) return undefined;
  const url = localBackend === true ? 'http://localhost:8081/api/v1' : String((localBackend as { url?: unknown }).url ?? '');
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    });
    const info = (await response.json()) as { repo?: unknown; publish_modes?: unknown; type?: unknown };
    if (typeof info.repo !== 'string' || typeof info.type !== 'string' || !Array.isArray(info.publish_modes)) return undefined;
    return { url, modes: info.publish_modes.map(String) };
  } catch {
    return undefined;
  }
}

/** The files uploaded while the entry is open: Decap commits every one of them with the entry. */
function uploadedWith(entry: ImmutableLike): string[] {
  const files = (entry.get('mediaFiles') as { toJS(): { draft?: boolean; path?: string; name?: string }[] } | undefined)?.toJS() ?? [];
  return files.filter((f) => f.draft).map((f) => f.path ?? f.name ?? '');
}

/**
 * Through the git host: no save carries a report that may not be kept (the error is Decap's
 * "保存内容失败" notice, and nothing is sent), and no Media button, whose uploads Decap commits
 * straight to a branch, outside any entry and without the form's question.
 */
function guardGitHost() {
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const data = (entry.get('data') as ImmutableLike).toJS();
      const problem = reportUploadProblem('git-host', data[CONTRIBUTION_FIELD], uploadedWith(entry));
      if (problem) throw new Error(problem);
      return undefined;
    },
  });
  const style = document.createElement('style');
  // The header's navigation holds links (内容, 工作流) and one button: 媒体.
  style.textContent = 'header nav li:has(> button) { display: none !important; }';
  document.head.append(style);
}

async function start() {
  // The generated configuration is handed over whole: Decap does not fetch a config.yml of its own.
  const config = (await (await fetch('config.json')).json()) as Record<string, unknown>;
  config.load_config_file = false;
  const collection = (config.collections as { fields: FieldOrder[] }[])[0];
  caseFields = collection?.fields;
  cms.registerCustomFormat(CASE_FORMAT, 'mdx', {
    fromFile: (text) => readCase(text),
    toFile: (data) => writeCase(data as Record<string, unknown>, caseFields),
  });
  let way: SaveWay = 'git-host';
  if (offline) {
    // In the page only: nothing leaves the browser until the contributor sends the downloaded file.
    Object.assign(config, { backend: { name: 'test-repo' }, publish_mode: 'simple', local_backend: false });
    way = 'offline';
  } else {
    if (proxy && /^\d{2,5}$/.test(proxy)) config.local_backend = { url: `http://127.0.0.1:${proxy}/api/v1` };
    const server = await localServer(config.local_backend);
    if (server) {
      // What Decap's own local_backend does, decided here once, so the page's way cannot differ from Decap's.
      config.backend = { ...(config.backend as Record<string, unknown>), name: 'proxy', proxy_url: server.url };
      if (!server.modes.includes(String(config.publish_mode))) config.publish_mode = server.modes[0];
      way = 'local';
    }
    config.local_backend = false;
  }
  if (collection) {
    collection.fields = collection.fields.map((f) => (f.name === CONTRIBUTION_FIELD ? contributionQuestions(way) : f));
    caseFields = collection.fields;
  }
  if (way === 'git-host') guardGitHost();
  cms.init({ config });
}

void start();

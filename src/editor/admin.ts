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
 */
import { readCase, writeCase } from './case-file';
import { CASE_FORMAT, CONTRIBUTION_FIELD, SLUG_FIELD } from './fields';
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

async function start() {
  // The generated configuration is handed over whole: Decap does not fetch a config.yml of its own.
  const config = (await (await fetch('config.json')).json()) as Record<string, unknown>;
  config.load_config_file = false;
  caseFields = (config.collections as { fields: FieldOrder[] }[])[0]?.fields;
  cms.registerCustomFormat(CASE_FORMAT, 'mdx', {
    fromFile: (text) => readCase(text),
    toFile: (data) => writeCase(data as Record<string, unknown>, caseFields),
  });
  if (offline) {
    // In the page only: nothing leaves the browser until the contributor sends the downloaded file.
    Object.assign(config, { backend: { name: 'test-repo' }, publish_mode: 'simple', local_backend: false });
  } else if (proxy && /^\d{2,5}$/.test(proxy)) {
    config.local_backend = { url: `http://127.0.0.1:${proxy}/api/v1` };
  }
  cms.init({ config });
}

void start();

/**
 * npm run admin [-- --port 4321 --proxy-port 8081]
 *
 * The content editor on this machine: starts the dev server (the site, and the editor at /admin/)
 * and decap-server, Decap CMS's local backend, which writes what the form saves straight into this
 * clone (content/cases/<slug>.mdx). Nothing goes to GitHub; commit and open a pull request as usual.
 * Stops both with Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCommandLine } from './cli-args';

const { values } = parseCommandLine(
  { options: { port: { type: 'string', default: '4321' }, 'proxy-port': { type: 'string', default: '8081' } } },
  'npm run admin [-- --port 4321 --proxy-port 8081]',
);

const SERVER = resolve('editor/node_modules/decap-server/dist/index.js');
if (!existsSync(SERVER)) {
  console.error('案例编辑器还没有安装：请先运行 npm run admin:install（约 400 MB，只在用编辑器时需要）。');
  process.exit(1);
}

const children: ChildProcess[] = [];
const stop = () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

// MODE fs: saving writes the file and leaves committing to the contributor (git add, commit, push).
children.push(
  spawn(process.execPath, [SERVER], {
    stdio: 'inherit',
    env: { ...process.env, PORT: values['proxy-port'], MODE: 'fs', GIT_REPO_DIRECTORY: process.cwd(), BIND_HOST: '127.0.0.1' },
  }),
);
children.push(spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--port', values.port!], { stdio: 'inherit' }));
const proxy = values['proxy-port'] === '8081' ? '' : `?proxy=${values['proxy-port']}`;
console.log(
  `\n案例编辑器：http://localhost:${values.port}/admin/${proxy}\n保存后文件写在 content/cases/ 下；完成后运行 npm run validate。\n`,
);
for (const c of children) c.on('exit', (code) => (stop(), (process.exitCode ||= code ?? 0)));

/**
 * A stand-in of GitHub's REST API, as much of it as the content editor's GitHub backend (Decap CMS,
 * `backend: github` with `open_authoring` and `publish_mode: editorial_workflow`, src/editor/config.ts)
 * calls, so the pull-request flow runs in Chromium without GitHub (tests/e2e/editor-github.test.ts).
 *
 * It keeps real git objects (blobs, trees and commits hashed as git hashes them) in one store shared
 * by a repository and its forks, as GitHub's fork network does; refs per repository; pull requests
 * and their labels on the repository they target. Permissions are GitHub's: a maintainer may write
 * to the origin, a contributor may only read it (and fork it, then write to the fork, and open a
 * pull request from the fork).
 *
 * Strict: every request needs a token, and a request for anything not implemented here answers 404
 * and is recorded in `unknown`, so a test shows exactly which endpoints the editor needs. It also
 * plays the OAuth service the site's owner deploys (docs/deploying.md): `/auth` is the popup that
 * hands the editor a token with Decap's `postMessage` handshake.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInUser {
  login: string;
  name: string;
  token: string;
}

interface Blob {
  type: 'blob';
  data: Buffer;
}
interface TreeEntry {
  name: string;
  mode: string;
  type: 'blob' | 'tree';
  sha: string;
}
interface Tree {
  type: 'tree';
  entries: TreeEntry[];
}
interface Person {
  name: string;
  email: string;
  date: string;
}
interface Commit {
  type: 'commit';
  tree: string;
  parents: string[];
  message: string;
  author: Person;
  committer: Person;
}
type GitObject = Blob | Tree | Commit;

export interface Repo {
  owner: string;
  name: string;
  /** `refs/heads/main` → commit sha. */
  refs: Map<string, string>;
  /** `owner/name` of the repository this one was forked from. */
  parent?: string;
  /** Logins that may push (the owner of a fork; the maintainers of the origin). */
  writers: Set<string>;
}

export interface Pull {
  number: number;
  /** `owner/name` the pull request targets. */
  base: string;
  baseRef: string;
  /** `owner/name` and branch it comes from. */
  headRepo: string;
  headRef: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  merged: boolean;
  labels: string[];
  user: string;
  created: string;
}

export interface Logged {
  method: string;
  path: string;
  status: number;
  user?: string;
}

export interface GitHubStandIn {
  /** The API root (Decap's `backend.api_root`) and the OAuth service (`backend.base_url`). */
  url: string;
  repos: Map<string, Repo>;
  pulls: Pull[];
  /** Every request, in order. */
  log: Logged[];
  /** Requests for endpoints the stand-in does not implement (answered 404). */
  unknown: string[];
  /** The scopes the editor asked for in the OAuth popup. */
  scopes: string[];
  /** Whom the next OAuth sign-in signs in. */
  signInAs(login: string): void;
  /** A file's bytes at a branch (or commit) of a repository; undefined when it is not there. */
  file(repo: string, ref: string, path: string): Buffer | undefined;
  /** Every file path at a branch (or commit) of a repository. */
  files(repo: string, ref: string): string[];
  close(): Promise<void>;
}

export interface StandInOptions {
  /** `owner/name` of the origin repository. */
  repo: string;
  branch: string;
  /** Its files on `branch`: path → content. */
  files: Record<string, string | Buffer>;
  /** Everyone who may sign in; `maintainers` (logins) may push to the origin. */
  users: StandInUser[];
  maintainers: string[];
}

const sha1 = (data: Buffer) => createHash('sha1').update(data).digest('hex');

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Starts the stand-in on a free port of 127.0.0.1. */
export async function startGitHubStandIn(o: StandInOptions): Promise<GitHubStandIn> {
  const objects = new Map<string, GitObject>();
  const repos = new Map<string, Repo>();
  const pulls: Pull[] = [];
  const log: Logged[] = [];
  const unknown: string[] = [];
  const scopes: string[] = [];
  const users = new Map(o.users.map((u) => [u.login, u]));
  let signIn = o.users[0]!.login;
  // A clock that moves one minute per commit: dates stay in order and the run is repeatable.
  let clock = Date.parse('2026-12-01T08:00:00Z');
  const now = () => new Date((clock += 60_000)).toISOString().replace(/\.\d+Z$/, 'Z');

  // --- git objects, hashed as git hashes them ---------------------------------------------------
  function put(obj: GitObject): string {
    let body: Buffer;
    if (obj.type === 'blob') body = obj.data;
    else if (obj.type === 'tree') {
      body = Buffer.concat(obj.entries.map((e) => Buffer.concat([Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.sha, 'hex')])));
    } else {
      const who = (p: Person) => `${p.name} <${p.email}> ${Math.floor(Date.parse(p.date) / 1000)} +0000`;
      body = Buffer.from(
        [
          `tree ${obj.tree}`,
          ...obj.parents.map((p) => `parent ${p}`),
          `author ${who(obj.author)}`,
          `committer ${who(obj.committer)}`,
          '',
          obj.message,
        ].join('\n'),
      );
    }
    const sha = sha1(Buffer.concat([Buffer.from(`${obj.type} ${body.length}\0`), body]));
    objects.set(sha, obj);
    return sha;
  }
  function get<T extends GitObject['type']>(sha: string, type: T): Extract<GitObject, { type: T }> {
    const obj = objects.get(sha);
    if (!obj || obj.type !== type) throw new HttpError(404, 'Not Found');
    return obj as Extract<GitObject, { type: T }>;
  }
  /** A tree from a flat map of path → blob sha (git's order: a folder sorts as `name/`). */
  function treeOf(files: Map<string, string>): string {
    const here = new Map<string, TreeEntry>();
    const below = new Map<string, Map<string, string>>();
    for (const [path, sha] of files) {
      const [head, ...rest] = path.split('/');
      if (rest.length === 0) here.set(head!, { name: head!, mode: '100644', type: 'blob', sha });
      else {
        if (!below.has(head!)) below.set(head!, new Map());
        below.get(head!)!.set(rest.join('/'), sha);
      }
    }
    for (const [name, sub] of below) here.set(name, { name, mode: '40000', type: 'tree', sha: treeOf(sub) });
    const key = (e: TreeEntry) => (e.type === 'tree' ? `${e.name}/` : e.name);
    const entries = [...here.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    return put({ type: 'tree', entries });
  }
  function flatten(treeSha: string, prefix = '', out = new Map<string, string>()): Map<string, string> {
    for (const e of get(treeSha, 'tree').entries) {
      if (e.type === 'tree') flatten(e.sha, `${prefix}${e.name}/`, out);
      else out.set(`${prefix}${e.name}`, e.sha);
    }
    return out;
  }
  /** The entry at `path` in a tree ('' is the tree itself). */
  function lookup(treeSha: string, path: string): TreeEntry | undefined {
    let entry: TreeEntry | undefined = { name: '', mode: '40000', type: 'tree', sha: treeSha };
    for (const part of path.split('/').filter(Boolean)) {
      if (entry?.type !== 'tree') return undefined;
      entry = get(entry.sha, 'tree').entries.find((e) => e.name === part);
    }
    return entry;
  }

  // --- repositories and revisions -----------------------------------------------------------------
  function repoOf(full: string): Repo {
    const repo = repos.get(full.toLowerCase());
    if (!repo) throw new HttpError(404, 'Not Found');
    return repo;
  }
  /** A branch name, `owner:branch` or a commit sha, in `repo` (or in the named owner's copy of it). */
  function resolve(repo: Repo, rev: string): string {
    let where = repo;
    let name = rev;
    const colon = rev.indexOf(':');
    if (colon > 0) {
      const owner = rev.slice(0, colon);
      name = rev.slice(colon + 1);
      const same = [...repos.values()].find((r) => r.owner.toLowerCase() === owner.toLowerCase() && network(r) === network(repo));
      if (!same) throw new HttpError(404, 'Not Found');
      where = same;
    }
    const ref = where.refs.get(`refs/heads/${name}`);
    if (ref) return ref;
    if (/^[0-9a-f]{40}$/.test(name) && objects.get(name)?.type === 'commit') return name;
    throw new HttpError(404, 'Not Found');
  }
  const network = (r: Repo): string => (r.parent ? network(repoOf(r.parent)) : `${r.owner}/${r.name}`.toLowerCase());
  function ancestors(sha: string): string[] {
    const seen: string[] = [];
    const queue = [sha];
    while (queue.length) {
      const s = queue.shift()!;
      if (seen.includes(s)) continue;
      seen.push(s);
      queue.push(...get(s, 'commit').parents);
    }
    return seen;
  }
  function mergeBase(a: string, b: string): string {
    const ofA = new Set(ancestors(a));
    const base = ancestors(b).find((s) => ofA.has(s));
    if (!base) throw new HttpError(404, 'No common ancestor');
    return base;
  }

  // --- JSON as GitHub writes it -------------------------------------------------------------------
  const api = () => standIn.url;
  const userJson = (u: StandInUser) => ({
    login: u.login,
    id: [...users.keys()].indexOf(u.login) + 1,
    name: u.name,
    email: `${u.login}@example.org`,
    type: 'User',
    avatar_url: '',
  });
  function repoJson(r: Repo, viewer?: string): Record<string, unknown> {
    const push = viewer !== undefined && r.writers.has(viewer);
    const full = `${r.owner}/${r.name}`;
    return {
      id: [...repos.keys()].indexOf(full.toLowerCase()) + 1,
      name: r.name,
      full_name: full,
      owner: { login: r.owner, type: 'User' },
      private: false,
      fork: !!r.parent,
      default_branch: o.branch,
      url: `${api()}/repos/${full}`,
      permissions: { admin: viewer === r.owner, push, pull: true },
      ...(r.parent ? { parent: repoJson(repoOf(r.parent)), source: repoJson(repoOf(network(r))) } : {}),
    };
  }
  function commitJson(sha: string) {
    const c = get(sha, 'commit');
    return {
      sha,
      commit: { message: c.message, author: c.author, committer: c.committer, tree: { sha: c.tree } },
      parents: c.parents.map((p) => ({ sha: p })),
    };
  }
  function gitCommitJson(sha: string) {
    const c = get(sha, 'commit');
    return {
      sha,
      message: c.message,
      author: c.author,
      committer: c.committer,
      tree: { sha: c.tree },
      parents: c.parents.map((p) => ({ sha: p })),
    };
  }
  const refJson = (r: Repo, ref: string) => ({
    ref,
    url: `${api()}/repos/${r.owner}/${r.name}/git/${ref}`,
    object: { sha: r.refs.get(ref)!, type: 'commit' },
  });
  function pullJson(p: Pull) {
    const head = repoOf(p.headRepo);
    const base = repoOf(p.base);
    return {
      number: p.number,
      state: p.state,
      title: p.title,
      body: p.body,
      user: { login: p.user },
      labels: p.labels.map((name) => ({ name, color: 'ededed', description: '' })),
      created_at: p.created,
      updated_at: p.created,
      merged_at: p.merged ? p.created : null,
      head: {
        ref: p.headRef,
        label: `${head.owner}:${p.headRef}`,
        sha: head.refs.get(`refs/heads/${p.headRef}`) ?? null,
        repo: repoJson(head),
      },
      base: { ref: p.baseRef, label: `${base.owner}:${p.baseRef}`, sha: base.refs.get(`refs/heads/${p.baseRef}`)!, repo: repoJson(base) },
    };
  }
  /** The changed files between two commits, as the compare endpoint lists them. */
  function changedFiles(from: string, to: string) {
    const a = flatten(get(from, 'commit').tree);
    const b = flatten(get(to, 'commit').tree);
    const out = [];
    for (const [path, sha] of b) {
      if (a.get(path) === sha) continue;
      const data = get(sha, 'blob').data;
      // GitHub gives a patch for text files only; Decap takes a file without one for a binary (media) file.
      const text = !data.includes(0) && !/\.(docx|pdf|png|jpe?g)$/i.test(path);
      const lines = data.toString('utf8').split('\n');
      out.push({
        sha,
        filename: path,
        status: a.has(path) ? 'modified' : 'added',
        ...(text ? { patch: `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}` } : {}),
      });
    }
    for (const path of a.keys()) if (!b.has(path)) out.push({ sha: a.get(path)!, filename: path, status: 'removed' });
    return out;
  }

  // --- the endpoints ---------------------------------------------------------------------------------
  type Handler = (ctx: { m: string[]; user: StandInUser; body: Record<string, unknown>; query: URLSearchParams }) => [number, unknown];
  const routes: [string, RegExp, Handler][] = [];
  const route = (method: string, pattern: RegExp, handler: Handler) => routes.push([method, pattern, handler]);
  const R = '/repos/([^/]+/[^/]+)';
  const mustWrite = (r: Repo, user: StandInUser) => {
    if (!r.writers.has(user.login)) throw new HttpError(403, 'Resource not accessible by integration');
  };

  route('GET', /^\/user$/, ({ user }) => [200, userJson(user)]);
  route('GET', /^\/users\/([^/]+)$/, ({ m }) => {
    const u = users.get(m[1]!);
    if (!u) throw new HttpError(404, 'Not Found');
    return [200, userJson(u)];
  });
  route('GET', new RegExp(`^${R}$`), ({ m, user }) => [200, repoJson(repoOf(m[1]!), user.login)]);
  route('GET', new RegExp(`^${R}/collaborators/([^/]+)/permission$`), ({ m }) => {
    const r = repoOf(m[1]!);
    const login = m[2]!;
    const permission = login === r.owner ? 'admin' : r.writers.has(login) ? 'write' : 'read';
    return [200, { permission, user: { login } }];
  });
  route('POST', new RegExp(`^${R}/forks$`), ({ m, user }) => {
    const origin = repoOf(m[1]!);
    const full = `${user.login}/${origin.name}`;
    if (!repos.has(full.toLowerCase())) {
      // A fork copies the branches; its owner may push to it.
      const refs = new Map([...origin.refs].filter(([ref]) => ref.startsWith('refs/heads/')));
      repos.set(full.toLowerCase(), {
        owner: user.login,
        name: origin.name,
        refs,
        parent: `${origin.owner}/${origin.name}`,
        writers: new Set([user.login]),
      });
    }
    return [202, repoJson(repoOf(full), user.login)];
  });
  route('POST', new RegExp(`^${R}/merge-upstream$`), ({ m, user, body }) => {
    const fork = repoOf(m[1]!);
    mustWrite(fork, user);
    if (!fork.parent) throw new HttpError(422, 'This repository is not a fork');
    const branch = String(body.branch);
    const upstream = resolve(repoOf(fork.parent), branch);
    const mine = fork.refs.get(`refs/heads/${branch}`);
    if (mine && !ancestors(upstream).includes(mine)) throw new HttpError(409, 'There are merge conflicts');
    fork.refs.set(`refs/heads/${branch}`, upstream);
    return [
      200,
      {
        message: 'Successfully fetched and fast-forwarded from upstream',
        merge_type: 'fast-forward',
        base_branch: `${fork.parent}:${branch}`,
      },
    ];
  });
  route('GET', new RegExp(`^${R}/branches/(.+)$`), ({ m }) => {
    const r = repoOf(m[1]!);
    const sha = r.refs.get(`refs/heads/${m[2]}`);
    if (!sha) throw new HttpError(404, 'Branch not found');
    return [200, { name: m[2], commit: commitJson(sha), protected: false }];
  });
  route('GET', new RegExp(`^${R}/git/trees/(.+)$`), ({ m, query }) => {
    const r = repoOf(m[1]!);
    const rev = m[2]!;
    // `<branch>:<folder>` (git's extended syntax), a commit or a tree sha.
    const colon = rev.lastIndexOf(':');
    const [name, path] = colon > 0 && !/^[0-9a-f]{40}$/.test(rev) ? [rev.slice(0, colon), rev.slice(colon + 1)] : [rev, ''];
    const treeSha = objects.get(name)?.type === 'tree' ? name : get(resolve(r, name), 'commit').tree;
    const entry = lookup(treeSha, path);
    if (entry?.type !== 'tree') throw new HttpError(404, 'Not Found');
    const recursive = query.get('recursive') === '1';
    const list = (sha: string, prefix: string): Record<string, unknown>[] =>
      get(sha, 'tree').entries.flatMap((e) => {
        const here = {
          path: `${prefix}${e.name}`,
          mode: e.mode,
          type: e.type,
          sha: e.sha,
          ...(e.type === 'blob' ? { size: get(e.sha, 'blob').data.length } : {}),
        };
        return recursive && e.type === 'tree' ? [here, ...list(e.sha, `${prefix}${e.name}/`)] : [here];
      });
    return [200, { sha: entry.sha, tree: list(entry.sha, ''), truncated: false }];
  });
  route('GET', new RegExp(`^${R}/git/blobs/([0-9a-f]{40})$`), ({ m }) => {
    repoOf(m[1]!);
    const data = get(m[2]!, 'blob').data;
    // GitHub wraps its base64 at 60 characters.
    const content = (data.toString('base64').match(/.{1,60}/g) ?? []).join('\n');
    return [200, { sha: m[2], size: data.length, content: `${content}\n`, encoding: 'base64' }];
  });
  route('POST', new RegExp(`^${R}/git/blobs$`), ({ m, user, body }) => {
    mustWrite(repoOf(m[1]!), user);
    if (typeof body.content !== 'string') throw new HttpError(422, 'Invalid request: content is missing');
    const data = Buffer.from(body.content, body.encoding === 'base64' ? 'base64' : 'utf8');
    const sha = put({ type: 'blob', data });
    return [201, { sha, url: `${api()}/repos/${m[1]}/git/blobs/${sha}` }];
  });
  route('POST', new RegExp(`^${R}/git/trees$`), ({ m, user, body }) => {
    mustWrite(repoOf(m[1]!), user);
    // GitHub takes any tree-ish as the base: Decap passes the branch's commit.
    const base = body.base_tree ? String(body.base_tree) : undefined;
    const baseTree = base && objects.get(base)?.type === 'commit' ? get(base, 'commit').tree : base;
    const files = baseTree ? flatten(baseTree) : new Map<string, string>();
    for (const e of body.tree as { path: string; sha: string | null; type: string; content?: string }[]) {
      if (e.type !== 'blob') throw new HttpError(422, `tree entries of type ${e.type} are not supported by the stand-in`);
      if (e.sha === null) files.delete(e.path);
      else if (typeof e.content === 'string') files.set(e.path, put({ type: 'blob', data: Buffer.from(e.content) }));
      else {
        get(e.sha, 'blob');
        files.set(e.path, e.sha);
      }
    }
    const sha = treeOf(files);
    return [201, { sha, tree: get(sha, 'tree').entries.map((e) => ({ path: e.name, mode: e.mode, type: e.type, sha: e.sha })) }];
  });
  route('POST', new RegExp(`^${R}/git/commits$`), ({ m, user, body }) => {
    mustWrite(repoOf(m[1]!), user);
    const tree = String(body.tree);
    get(tree, 'tree');
    const parents = (body.parents as string[]) ?? [];
    for (const p of parents) get(p, 'commit');
    const date = now();
    const me = { name: user.name, email: `${user.login}@example.org`, date };
    const given = (p: unknown): Person | undefined => (p && typeof p === 'object' ? { ...me, ...(p as Partial<Person>) } : undefined);
    const sha = put({
      type: 'commit',
      tree,
      parents,
      message: String(body.message ?? ''),
      author: given(body.author) ?? me,
      committer: given(body.committer) ?? me,
    });
    return [201, gitCommitJson(sha)];
  });
  route('GET', new RegExp(`^${R}/git/refs/(.+)$`), ({ m }) => {
    const r = repoOf(m[1]!);
    const ref = `refs/${m[2]}`;
    if (r.refs.has(ref)) return [200, refJson(r, ref)];
    // Like GitHub, a ref that names no ref exactly lists the refs it is a prefix of.
    const matching = [...r.refs.keys()].filter((k) => k.startsWith(`${ref}/`)).sort();
    if (!matching.length) throw new HttpError(404, 'Not Found');
    return [200, matching.map((k) => refJson(r, k))];
  });
  route('POST', new RegExp(`^${R}/git/refs$`), ({ m, user, body }) => {
    const r = repoOf(m[1]!);
    mustWrite(r, user);
    const ref = String(body.ref);
    if (!/^refs\/(heads|tags|meta)\/./.test(ref)) throw new HttpError(422, 'Reference name is invalid');
    if (r.refs.has(ref)) throw new HttpError(422, 'Reference already exists');
    get(String(body.sha), 'commit');
    r.refs.set(ref, String(body.sha));
    return [201, refJson(r, ref)];
  });
  route('PATCH', new RegExp(`^${R}/git/refs/(.+)$`), ({ m, user, body }) => {
    const r = repoOf(m[1]!);
    mustWrite(r, user);
    const ref = `refs/${m[2]}`;
    const old = r.refs.get(ref);
    if (!old) throw new HttpError(422, 'Reference does not exist');
    const sha = String(body.sha);
    get(sha, 'commit');
    if (!body.force && !ancestors(sha).includes(old)) throw new HttpError(422, 'Update is not a fast forward');
    r.refs.set(ref, sha);
    return [200, refJson(r, ref)];
  });
  route('DELETE', new RegExp(`^${R}/git/refs/(.+)$`), ({ m, user }) => {
    const r = repoOf(m[1]!);
    mustWrite(r, user);
    if (!r.refs.delete(`refs/${m[2]}`)) throw new HttpError(422, 'Reference does not exist');
    return [204, null];
  });
  route('GET', new RegExp(`^${R}/commits$`), ({ m, query }) => {
    const r = repoOf(m[1]!);
    const head = resolve(r, query.get('sha') ?? o.branch);
    const path = query.get('path');
    const touched = ancestors(head).filter((sha) => {
      if (!path) return true;
      const c = get(sha, 'commit');
      const here = lookup(c.tree, path)?.sha;
      const before = c.parents[0] ? lookup(get(c.parents[0], 'commit').tree, path)?.sha : undefined;
      return here !== before;
    });
    return [200, touched.map(commitJson)];
  });
  route('GET', new RegExp(`^${R}/commits/([0-9a-f]{40})/status$`), ({ m }) => {
    repoOf(m[1]!);
    get(m[2]!, 'commit');
    return [200, { state: 'pending', sha: m[2], statuses: [], total_count: 0 }];
  });
  route('GET', new RegExp(`^${R}/compare/(.+)\\.\\.\\.(.+)$`), ({ m }) => {
    const r = repoOf(m[1]!);
    const base = resolve(r, m[2]!);
    const head = resolve(r, m[3]!);
    const mb = mergeBase(base, head);
    const skip = new Set(ancestors(mb));
    const commits = ancestors(head)
      .filter((s) => !skip.has(s))
      .reverse();
    return [
      200,
      {
        base_commit: commitJson(base),
        merge_base_commit: commitJson(mb),
        status: commits.length ? 'ahead' : 'identical',
        ahead_by: commits.length,
        commits: commits.map(commitJson),
        files: changedFiles(mb, head),
      },
    ];
  });
  route('GET', new RegExp(`^${R}/pulls$`), ({ m, query }) => {
    const r = repoOf(m[1]!);
    const full = `${r.owner}/${r.name}`.toLowerCase();
    const state = query.get('state') ?? 'open';
    const head = query.get('head');
    const list = pulls.filter(
      (p) =>
        p.base.toLowerCase() === full &&
        (state === 'all' || p.state === state) &&
        (!query.get('base') || p.baseRef === query.get('base')) &&
        (!head || `${repoOf(p.headRepo).owner}:${p.headRef}`.toLowerCase() === head.toLowerCase()),
    );
    return [200, list.map(pullJson)];
  });
  route('POST', new RegExp(`^${R}/pulls$`), ({ m, user, body }) => {
    const r = repoOf(m[1]!);
    const [owner, ref] = String(body.head).includes(':') ? String(body.head).split(':') : [r.owner, String(body.head)];
    const headRepo = [...repos.values()].find((x) => x.owner.toLowerCase() === owner!.toLowerCase() && network(x) === network(r));
    if (!headRepo?.refs.has(`refs/heads/${ref}`)) throw new HttpError(422, 'Validation Failed: head does not exist');
    const baseRef = String(body.base);
    const headSha = headRepo.refs.get(`refs/heads/${ref}`)!;
    if (ancestors(resolve(r, baseRef)).includes(headSha))
      throw new HttpError(422, `Validation Failed: No commits between ${baseRef} and ${ref}`);
    const headFull = `${headRepo.owner}/${headRepo.name}`;
    if (pulls.some((p) => p.state === 'open' && p.headRepo === headFull && p.headRef === ref && p.base === `${r.owner}/${r.name}`))
      throw new HttpError(422, `Validation Failed: A pull request already exists for ${owner}:${ref}.`);
    const pull: Pull = {
      number: pulls.length + 1,
      base: `${r.owner}/${r.name}`,
      baseRef,
      headRepo: headFull,
      headRef: ref!,
      title: String(body.title ?? ''),
      body: String(body.body ?? ''),
      state: 'open',
      merged: false,
      labels: [],
      user: user.login,
      created: now(),
    };
    pulls.push(pull);
    return [201, pullJson(pull)];
  });
  const pullOf = (r: Repo, n: string) => {
    const p = pulls.find((x) => x.number === Number(n) && x.base.toLowerCase() === `${r.owner}/${r.name}`.toLowerCase());
    if (!p) throw new HttpError(404, 'Not Found');
    return p;
  };
  route('GET', new RegExp(`^${R}/pulls/(\\d+)$`), ({ m }) => [200, pullJson(pullOf(repoOf(m[1]!), m[2]!))]);
  route('PATCH', new RegExp(`^${R}/pulls/(\\d+)$`), ({ m, user, body }) => {
    const r = repoOf(m[1]!);
    const p = pullOf(r, m[2]!);
    if (p.user !== user.login) mustWrite(r, user);
    if (body.state === 'open' || body.state === 'closed') p.state = body.state;
    return [200, pullJson(p)];
  });
  route('GET', new RegExp(`^${R}/pulls/(\\d+)/commits$`), ({ m }) => {
    const r = repoOf(m[1]!);
    const p = pullOf(r, m[2]!);
    const head = repoOf(p.headRepo).refs.get(`refs/heads/${p.headRef}`)!;
    const skip = new Set(ancestors(mergeBase(resolve(r, p.baseRef), head)));
    return [
      200,
      ancestors(head)
        .filter((s) => !skip.has(s))
        .reverse()
        .map(commitJson),
    ];
  });
  route('PUT', new RegExp(`^${R}/issues/(\\d+)/labels$`), ({ m, user, body }) => {
    const r = repoOf(m[1]!);
    // Labelling needs write access: a contributor working from a fork cannot label.
    mustWrite(r, user);
    const p = pullOf(r, m[2]!);
    p.labels = [...(body.labels as string[])];
    return [200, p.labels.map((name) => ({ name, color: 'ededed', description: '' }))];
  });

  // --- the OAuth popup ---------------------------------------------------------------------------------
  /** Decap's handshake: announce, wait for the editor's answer, hand over the token to its origin. */
  function authPage(user: StandInUser): string {
    const message = `authorization:github:success:${JSON.stringify({ token: user.token, provider: 'github' })}`;
    return `<!doctype html><meta charset="utf-8"><title>stand-in sign-in</title><p>signing in as ${user.login}</p>
<script>
window.addEventListener('message', (e) => {
  if (e.data !== 'authorizing:github') return;
  window.opener.postMessage(${JSON.stringify(message)}, e.origin);
});
window.opener.postMessage('authorizing:github', '*');
</script>`;
  }

  const cors = {
    'access-control-allow-origin': '*',
    'access-control-expose-headers': 'ETag, Link, Location, X-GitHub-Media-Type',
  };
  function send(res: ServerResponse, status: number, body: unknown, type = 'application/json; charset=utf-8') {
    res.writeHead(status, { ...cors, 'content-type': type });
    res.end(body === null ? undefined : typeof body === 'string' ? body : JSON.stringify(body));
  }
  async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (!chunks.length) return {};
    const text = Buffer.concat(chunks).toString('utf8');
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw new HttpError(400, 'Problems parsing JSON');
    }
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const method = req.method ?? 'GET';
      if (method === 'OPTIONS') {
        res.writeHead(204, {
          ...cors,
          'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE',
          'access-control-allow-headers': req.headers['access-control-request-headers'] ?? 'Authorization, Content-Type',
          'access-control-max-age': '600',
        });
        return res.end();
      }
      // The sign-in popup is a page: the browser asks for its icon (not the editor; not an API call).
      if (url.pathname === '/favicon.ico') return void res.writeHead(204, cors).end();
      if (method === 'GET' && url.pathname === '/auth') {
        const user = users.get(signIn)!;
        scopes.push(url.searchParams.get('scope') ?? '');
        log.push({ method, path: `${url.pathname}${url.search}`, status: 200, user: user.login });
        return send(res, 200, authPage(user), 'text/html; charset=utf-8');
      }
      // Paths arrive percent-encoded (`cms%2Fcases%2Fx`, `main:content%2Fcases`): decode each part once.
      const path = url.pathname
        .split('/')
        .map((p) => decodeURIComponent(p))
        .join('/');
      const token = /^(?:token|Bearer) (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const user = [...users.values()].find((u) => u.token === token);
      const entry: Logged = { method, path: `${path}${url.search}`, status: 0, ...(user ? { user: user.login } : {}) };
      log.push(entry);
      const found = routes.find(([m, re]) => m === method && re.test(path));
      if (!found) {
        unknown.push(`${method} ${path}${url.search}`);
        entry.status = 404;
        return send(res, 404, {
          message: 'Not Found (not implemented by the stand-in)',
          documentation_url: 'https://docs.github.com/rest',
        });
      }
      if (!user) {
        entry.status = 401;
        return send(res, 401, { message: 'Requires authentication' });
      }
      try {
        const body = method === 'GET' ? {} : await readBody(req);
        const [status, out] = found[2]({ m: found[1].exec(path)!.map(String), user, body, query: url.searchParams });
        entry.status = status;
        send(res, status, out);
      } catch (e) {
        const status = e instanceof HttpError ? e.status : 500;
        entry.status = status;
        send(res, status, { message: e instanceof Error ? e.message : String(e) });
      }
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;

  // The origin repository: one commit holding the given files.
  const [owner, name] = o.repo.split('/') as [string, string];
  const blobs = new Map(Object.entries(o.files).map(([p, c]) => [p, put({ type: 'blob', data: Buffer.from(c) })]));
  const first: Person = { name: 'Archive', email: 'archive@example.org', date: now() };
  const root = put({ type: 'commit', tree: treeOf(blobs), parents: [], message: 'the archive', author: first, committer: first });
  repos.set(o.repo.toLowerCase(), { owner, name, refs: new Map([[`refs/heads/${o.branch}`, root]]), writers: new Set(o.maintainers) });

  const standIn: GitHubStandIn = {
    url: `http://127.0.0.1:${port}`,
    repos,
    pulls,
    log,
    unknown,
    scopes,
    signInAs(login) {
      if (!users.has(login)) throw new Error(`no user ${login}`);
      signIn = login;
    },
    file(repo, ref, path) {
      const r = repoOf(repo);
      const entry = lookup(get(resolve(r, ref), 'commit').tree, path);
      return entry?.type === 'blob' ? get(entry.sha, 'blob').data : undefined;
    },
    files(repo, ref) {
      return [...flatten(get(resolve(repoOf(repo), ref), 'commit').tree).keys()];
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
  return standIn;
}

/**
 * Internal links in entry bodies. A body is written once and served under any base path, so links
 * to other pages are written from the site root (`/cases/<slug>/`) and must name a page that the
 * archive really has.
 */
export interface SiteIndex {
  /** Case slug → its practice ids (the anchors on its page). */
  cases: ReadonlyMap<string, ReadonlySet<string>>;
  themes: ReadonlySet<string>;
  tags: ReadonlySet<string>;
}

import { FIXED_PATHS, LINK_FORMS, casePath, parsePagePath, splitLink } from '../core/routes';

/** Pages that exist whatever the content (src/core/routes.ts). */
export const FIXED_PAGES = FIXED_PATHS;

const PAGE_FORMS = `${Object.values(LINK_FORMS).join('、')} 或 ${FIXED_PAGES.join('、')}`;

/**
 * The first malformed percent escape in `url` (`%ZZ`, or bytes that are not UTF-8 such as `%E4%ZZ`),
 * or null when every escape decodes. Checked before anything decodes the link, so a typo is a
 * located problem instead of a crash.
 */
export function malformedEscape(url: string): string | null {
  // Adjacent escapes form one run (one character may take several bytes); each run must decode.
  let run = '';
  let end = -1;
  for (const m of url.matchAll(/%[0-9A-Fa-f]{2}|%.{0,2}/gs)) {
    if (m.index !== end && run) {
      if (!decodes(run)) return run;
      run = '';
    }
    run += m[0];
    end = m.index + m[0].length;
  }
  return run && !decodes(run) ? run : null;
}

function decodes(escapes: string): boolean {
  try {
    decodeURIComponent(escapes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks one link from the body of case `self`. Returns a message, or null when the link is fine
 * (or is not internal: web addresses are left to the reviewer).
 */
export function checkLink(url: string, self: { slug: string; anchors: ReadonlySet<string> | null }, site: SiteIndex): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
  if (url === '') return '链接地址是空的';
  const badEscape = malformedEscape(url);
  if (badEscape) {
    return `链接“${url}”中的百分号编码“${badEscape}”无效：% 后须是两位十六进制数字，且连起来是完整的 UTF-8 字符；中文可以直接写，不必编码`;
  }
  if (url.startsWith('#')) {
    const id = decodeURIComponent(url.slice(1));
    if (!self.anchors) return null;
    return self.anchors.has(id) ? null : `本页没有锚点“${id}”；可用的有本案例的做法 id（${[...self.anchors].join('、')}）`;
  }
  if (!url.startsWith('/')) {
    return `站内链接“${url}”须从网站根目录写起，例如 /${casePath(self.slug)}；相对路径在不同页面、不同部署路径下会指向别处`;
  }
  const { path, hash } = splitLink(url);
  if (!path.endsWith('/')) return `站内链接“${url}”的路径须以 / 结尾（本站地址都以 / 结尾），例如 ${path}/`;
  const page = parsePagePath(path);
  if (!page) return `链接“${url}”指向的页面不存在。站内页面的写法：${PAGE_FORMS}`;
  if (page.kind === 'fixed') return hash === undefined ? null : `链接“${url}”：只有案例页面有做法锚点`;
  const { kind, slug } = page;
  if (kind === 'case') {
    const practices = site.cases.get(slug);
    if (!practices) return `链接“${url}”指向的案例“${slug}”不存在（content/cases/ 里没有 ${slug}.mdx）`;
    if (hash !== undefined && hash !== '' && !practices.has(decodeURIComponent(hash))) {
      return `链接“${url}”：案例“${slug}”没有 id 为“${hash}”的做法；可用的有 ${[...practices].join('、')}`;
    }
    return null;
  }
  const known = kind === 'theme' ? site.themes : site.tags;
  if (!known.has(slug))
    return `链接“${url}”指向的${kind === 'theme' ? '主题' : '标签'}“${slug}”不存在（见 content/taxonomy/${kind}s.yaml）`;
  return hash === undefined ? null : `链接“${url}”：只有案例页面有做法锚点`;
}

import { describeBrowser, findBrowser } from '../../scripts/browser';

// Finds (and, for the npm-bundled Chromium, unpacks) the browser once, before any test file
// starts one, and says which it is: a log then shows what the browser tests ran on. The site and
// e2e projects each run this setup in the one main process, so a flag in its environment keeps
// the line to one (a module-level flag would not: each project loads its own copy).
const ANNOUNCED = 'PRACTICE_ARCHIVE_BROWSER_ANNOUNCED';
export default async function setup() {
  const found = await findBrowser();
  if (process.env[ANNOUNCED]) return;
  console.log(describeBrowser(found));
  process.env[ANNOUNCED] = '1';
}

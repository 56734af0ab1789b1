import { describeBrowser, findBrowser } from '../../scripts/browser';

// Finds (and, for the npm-bundled Chromium, unpacks) the browser once, before any test file
// starts one, and says which it is: a log then shows what the browser tests ran on.
let announced = false;
export default async function setup() {
  const found = await findBrowser();
  if (announced) return;
  console.log(describeBrowser(found));
  announced = true;
}

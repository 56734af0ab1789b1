import { serveDir } from '../../scripts/static-server';
import { DIST } from './paths';

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** Serves the test build (or another folder) like a static host, on a free port. */
export function serve(dist = DIST, base = '/'): Promise<Served> {
  return serveDir(dist, base);
}

import type { APIRoute } from 'astro';
import { getCases, taxonomy } from '../../data/archive';
import { casesJson } from '../../open-data/data-files';
import { dataUrls } from '../../open-data/data-urls';
import { SITE } from '../../config';
import { loadSourceRecord } from '../../loaders/sources';

export const GET: APIRoute = async ({ site }) => {
  const body = casesJson(await getCases(), taxonomy, dataUrls(site), SITE.licence, (id) => loadSourceRecord(id).record);
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

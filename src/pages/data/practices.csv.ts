import type { APIRoute } from 'astro';
import { getCases, taxonomy } from '../../data/archive';
import { practicesCsv } from '../../open-data/data-files';
import { dataUrls } from '../../open-data/data-urls';

export const GET: APIRoute = async ({ site }) =>
  new Response(practicesCsv(await getCases(), taxonomy, dataUrls(site)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });

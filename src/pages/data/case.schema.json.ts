import type { APIRoute } from 'astro';
import { taxonomy } from '../../data/archive';
import { caseJsonSchema } from '../../open-data/data-files';
import { dataUrls } from '../../open-data/data-urls';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(caseJsonSchema(taxonomy, dataUrls(site).schema), null, 2), {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });

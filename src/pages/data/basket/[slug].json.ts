import type { APIRoute } from 'astro';
import { citationOf, getCases, taxonomy, type CaseEntry } from '../../../data/archive';
import { basketCase } from '../../../basket/basket-data';
import { dataUrls } from '../../../open-data/data-urls';

// One small file per case: all the practice basket (/basket/) fetches for the cases it holds.
export async function getStaticPaths() {
  return (await getCases()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

export const GET: APIRoute<{ entry: CaseEntry }> = ({ props, site }) => {
  const body = basketCase(props.entry, taxonomy, dataUrls(site), (url, practice) => citationOf(props.entry, url, practice));
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

/**
 * The exported document's words, read from the UI dictionary at build time; the basket page carries
 * them, so the browser never loads the dictionary. Kept apart from basket-data.ts, which the document
 * model (basket-doc.ts) imports, so the two never import each other.
 */
import type { DocLabels } from './basket-doc';
import { t } from '../i18n/ui';

/** The exported document's words, from the UI dictionary (the browser gets them in the page). */
export function docLabels(): DocLabels {
  return {
    title: t('basket.doc.title'),
    date: t('basket.doc.date'),
    intro: t('basket.doc.intro'),
    practices: t('basket.doc.practices'),
    cases: t('basket.doc.cases'),
    caseLabel: t('basket.doc.case'),
    evidence: t('basket.doc.evidence'),
    note: t('basket.doc.note'),
    cite: t('basket.doc.cite'),
    missing: t('basket.doc.missing'),
    missingGroup: t('basket.doc.missingGroup'),
  };
}

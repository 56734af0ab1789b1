import { checkDates } from '../schema';
import type { EntryRule } from './context';

/** `added` and `updated` not after today. */
export const datesRule: EntryRule = (entry, { today }) => checkDates(entry, today);

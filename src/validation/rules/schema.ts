import { checkSchema } from '../schema';
import type { EntryRule } from './context';

/** The frontmatter against the case schema: types, required fields, taxonomy values, counts, ids. */
export const schemaRule: EntryRule = (entry, { schema, known }) => checkSchema(entry, schema, known);

import { termSchema } from './term';

/** A kind of unit that may take part in creation (党政机关, 事业单位, 学校 …). One per case. */
export const unitTypeSchema = termSchema;

import { termSchema } from './term';

/** The line of work a unit is in (教育, 气象, 政务服务 …). Extendable by pull request. */
export const sectorSchema = termSchema;

import { termSchema } from './term';

/** A level of the 文明单位 title (全国, 省级, 市级 …), listed highest first in the taxonomy file. */
export const honourLevelSchema = termSchema;

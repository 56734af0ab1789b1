/**
 * Traditional → simplified Chinese, for comparing figures (src/core/figures.ts takes it as an
 * argument so that core stays free of packages). opencc-js is the one converter the project uses:
 * the citation checks here, the search and the import tool alike.
 */
import { Converter } from 'opencc-js/t2cn';
import type { ScriptConverter } from '../core/figures';

export const toSimplified: ScriptConverter = Converter({ from: 't', to: 'cn' });

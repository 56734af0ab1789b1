/**
 * Chinese wording for zod's built-in errors (wrong type, missing field, unknown field). The
 * schemas give their own messages for everything specific; these cover the generic cases, so a
 * contributor never sees "Invalid input: expected string, received undefined" — in the build or
 * in `npm run validate`. Importing this module installs the error map once, process-wide.
 */
import { z } from 'astro/zod';

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '“true”或“false”',
  array: '列表（- 项目 或 [a, b]）',
  object: '包含子字段的对象',
  date: '日期',
  null: '空值',
  undefined: '空',
};

/** What a YAML value turned out to be, in words a contributor recognises. */
export function describeValue(input: unknown): string {
  if (input === null) return '空值';
  if (Array.isArray(input)) return '列表';
  if (input instanceof Date) return '未加引号的日期（YAML 会把它读成时间）';
  const type = typeof input;
  if (type === 'object') return '包含子字段的对象';
  return TYPE_NAMES[type] ?? type;
}

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

/** The Chinese message for a generic issue, or undefined to fall through to the zh-CN locale. */
export function chineseError(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return '缺少必填字段（各字段的写法见 docs/case-fields.md）';
      const expected = TYPE_NAMES[String(issue.expected)] ?? String(issue.expected);
      return `类型不对：应为${expected}，实际是${describeValue(issue.input)}`;
    }
    case 'unrecognized_keys':
      return `未知字段：${issue.keys.join('、')}（字段名区分大小写，可用字段见 docs/case-fields.md）`;
    default:
      return undefined;
  }
}

z.config(z.locales.zhCN());
z.config({ customError: chineseError });

import { KIND_NAMES, findMarkers, findPersonalData, normaliseValue, type PersonalKind } from '../personal';
import { problemAt } from '../problem';
import type { Problem } from '../problem';
import type { EntryRule } from './context';

const ADVICE: Record<PersonalKind, string> = {
  mobile: '写“设有联系电话”即可',
  landline: '写“设有服务电话”即可',
  idCard: '身份证号码一律不写',
  email: '写“设有联系邮箱”即可',
  childName: '写成“一名幼儿”“一名学生”等',
};

/**
 * No personal data, unless a `personal-data-ok:` marker names the exact value and a reason. A
 * marker without both is an error; one whose value no longer appears is a warning.
 */
export const personalDataRule: EntryRule = (entry) => {
  const problems: Problem[] = [];
  const at = (line: number, message: string, severity: 'error' | 'warning' = 'error') =>
    problemAt(entry, line, entry.fieldAt(line), message, severity);
  const markers = findMarkers(entry.text);
  const complete = (m: (typeof markers)[number]) => Boolean(m.value) && m.reason.length >= 2;
  const used = new Set<number>();
  for (const m of markers) {
    if (!complete(m))
      problems.push(at(m.line, '例外标记须写明保留的原值和理由，例如 personal-data-ok: 0915-3212345 单位对外公布的服务热线'));
  }
  for (const f of findPersonalData(entry.text)) {
    const marker = markers.find((m) => complete(m) && normaliseValue(m.value) === normaliseValue(f.value));
    if (marker) {
      used.add(marker.line);
      continue;
    }
    problems.push(
      at(
        f.line,
        `含有${KIND_NAMES[f.kind]}“${f.value}”：案例不得公开个人信息，请删除或概括（${ADVICE[f.kind]}）。确属单位公开信息的，在文件中加一行 personal-data-ok: ${f.value} <理由>`,
      ),
    );
  }
  for (const m of markers) {
    if (complete(m) && !used.has(m.line)) problems.push(at(m.line, `例外标记中的“${m.value}”在文中没有出现，请删除这个标记`, 'warning'));
  }
  return problems;
};

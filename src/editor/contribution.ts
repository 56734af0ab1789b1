/**
 * A contribution's report in each of the three ways to save (docs/editor.md): what the form's
 * 投稿说明 group says about it, and when a save must not carry it.
 *
 * The rule (content/sources/README.md): a text published by others is never kept in the repository
 * unless its record says it may be. Through the git host, a save commits the reports uploaded with
 * the entry to a branch of a public repository (the pull request's, on the origin or on the
 * contributor's fork), and a pushed file stays in that history. So there a report goes with the
 * entry only when the contributor answered that it may be kept; otherwise the save is refused
 * before anything is sent, and the report reaches the maintainer by other means. Locally the upload
 * lands in `content/contributions/`, which git ignores; with no account it is downloaded beside the
 * entry and nothing is sent anywhere.
 *
 * The maintainer's side is here too: reading an entry's `# 投稿 contribution` line and the entry as
 * it is once its report is a source record (`npm run import -- --contribution`, scripts/import.ts).
 *
 * Pure and browser-safe: admin.ts runs it in the contributor's browser, config.ts at build time.
 */
import { readCase, writeCase } from './case-file';
import { CONTRIBUTION_FIELD, ENTRY_LICENCE, REPORT_USES } from './fields';

/** How the page saves: decap-server in a clone, a pull request through GitHub, or downloads only. */
export type SaveWay = 'local' | 'git-host' | 'offline';

/** One question of the group, as Decap takes a field (a structural part of config.ts's EditorField). */
export type ContributionQuestion = {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint: string;
  collapsed?: boolean;
  options?: { label: string; value: string }[];
  fields?: ContributionQuestion[];
};

/** What the report field says, in each way of saving. */
const REPORT_HINTS: Record<SaveWay, string> = {
  local:
    '条目依据的报告原件。保存时写进本机的 content/contributions/（这个文件夹不进 git）；之后运行 npm run import -- --contribution content/cases/<slug>.mdx，把它变成来源记录。',
  'git-host':
    '只在上面选了“可以保存全文”时才在这里附上报告：附上的文件会随 pull request 公开，留在代码库的历史里。只保存指纹的报告不要上传（那样的保存会被拒绝），请用邮件等方式另寄给维护者。',
  offline: '条目依据的报告原件。保存时和条目文件一起下载，不上传到任何地方；把两个文件一起寄给维护者。',
};

const USE_HINTS: Record<SaveWay, string> = {
  local: '不确定时请选“只保存指纹”。',
  'git-host': '不确定时请选“只保存指纹”，报告另寄给维护者，不在下面上传。',
  offline: '不确定时请选“只保存指纹”。',
};

/**
 * The 投稿说明 group for a way of saving: what the archive may do with the report's text (asked
 * first, since through the git host the answer decides whether the report may be attached), the
 * report, and the entry's licence. Not required: a maintainer's own edit of an entry has no report.
 */
export function contributionQuestions(way: SaveWay): ContributionQuestion {
  const uses: Record<(typeof REPORT_USES)[number], string> = {
    keep: '可以保存全文：报告可以随条目公开保存在代码库里（单位自己的报告，已得到同意）',
    fingerprint: '只保存指纹：全文不公开，代码库只保存用于核对引文的指纹',
  };
  return {
    name: CONTRIBUTION_FIELD,
    label: '投稿说明（报告与许可）',
    widget: 'object',
    required: false,
    collapsed: false,
    hint: `随条目一起交给维护者：报告原文能否保存、报告文件、条目的许可（${ENTRY_LICENCE}）。这几项不进入条目本身。`,
    fields: [
      {
        name: 'reportUse',
        label: '报告原文能否保存',
        widget: 'select',
        required: false,
        options: REPORT_USES.map((v) => ({ label: uses[v], value: v })),
        hint: USE_HINTS[way],
      },
      {
        name: 'report',
        label: '报告文件（Word、网页或纯文本）',
        widget: 'file',
        required: false,
        hint: REPORT_HINTS[way],
      },
      {
        name: 'licence',
        label: `条目许可：${ENTRY_LICENCE}`,
        widget: 'select',
        required: false,
        options: [{ label: `同意：我写的条目（字段和正文）以 ${ENTRY_LICENCE} 许可发布`, value: ENTRY_LICENCE }],
        hint: `条目是你用自己的话写的整理，以 ${ENTRY_LICENCE} 许可发布（https://creativecommons.org/licenses/by/4.0/deed.zh-hans）；报告原文的版权不变，不随条目发布。`,
      },
    ],
  };
}

/**
 * Why a save must not go ahead, or undefined when it may: through the git host, any report with the
 * entry (the report field, or any file uploaded while the entry was open, which Decap commits with it
 * even when the field was cleared) when the answer is not "keep". Local saves and downloads send
 * nothing to a public place and are never refused here.
 */
export function reportUploadProblem(way: SaveWay, contribution: unknown, uploaded: readonly string[]): string | undefined {
  if (way !== 'git-host') return undefined;
  const answers = (contribution && typeof contribution === 'object' ? contribution : {}) as { report?: unknown; reportUse?: unknown };
  if (answers.reportUse === 'keep') return undefined;
  // The field holds the public path (/content/contributions/x), Decap's upload list the repository's (content/contributions/x).
  const names = [...new Set([typeof answers.report === 'string' ? answers.report : '', ...uploaded].map((f) => f.split('/').pop()))].filter(
    Boolean,
  );
  if (names.length === 0) return undefined;
  return `报告 ${names.join('、')} 不能随 pull request 上传：pull request 是公开的，而“报告原文能否保存”选的不是“可以保存全文”。请清空“报告文件”，在“选择文件”打开的媒体库里删去这个文件，再保存；报告用邮件等方式另寄给维护者。只有单位同意公开的报告，才选“可以保存全文”并附在这里。`;
}

/** The answers a contribution's comment line carries, as the maintainer's import reads them. */
export interface ContributionAnswers {
  /** Where the form put the uploaded report (`/content/contributions/<name>`); none when it was sent apart. */
  report?: string;
  /** Whether the report's text may be kept; `fingerprint` when the contributor did not say. */
  reportUse: (typeof REPORT_USES)[number];
  /** Whether the contributor answered `reportUse` at all. */
  answered: boolean;
  licence?: string;
}

/** The comment lines the form writes at the top of an entry's frontmatter (case-file.ts `contributionLine`). */
const ANSWERS_LINE = /^# 投稿 contribution:(.*?)\r?$/;
const NOTE_LINE = /^# 条目以 .*$/;
const FENCE_LINE = /^---[ \t]*\r?$/;
const EXAMPLE = '{"report":"/content/contributions/报告.docx","reportUse":"fingerprint","licence":"CC BY 4.0"}';

/** The indexes of the frontmatter's lines in `lines`, or undefined when the text has no frontmatter. */
function frontmatterLines(lines: readonly string[]): [number, number] | undefined {
  if (!FENCE_LINE.test(lines[0] ?? '')) return undefined;
  const end = lines.findIndex((l, i) => i > 0 && FENCE_LINE.test(l));
  return end < 0 ? undefined : [1, end];
}

/**
 * The contribution's answers in an entry file, or what is wrong with it, in one sentence that says
 * what is allowed (the import prints it after the file's name).
 */
export function entryContribution(text: string): { answers: ContributionAnswers; sourceId?: string } | { problem: string } {
  const lines = text.split('\n');
  const range = frontmatterLines(lines);
  const found = range ? lines.slice(...range).flatMap((l) => ANSWERS_LINE.exec(l)?.[1] ?? []) : [];
  if (found.length === 0)
    return {
      problem:
        '没有投稿说明行（# 投稿 contribution: {…}）。--contribution 只处理用表单（/admin/）投稿、frontmatter 开头还带着这一行的条目；别的报告用 npm run import -- 报告.docx 导入',
    };
  if (found.length > 1)
    return { problem: `有 ${found.length} 行投稿说明（# 投稿 contribution:），只能有一行：删去多余的，留下投稿人表单写下的那行` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(found[0]!.trim());
  } catch {
    parsed = undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    return { problem: `投稿说明行读不懂：# 投稿 contribution: 后面应是表单写下的 JSON，如 ${EXAMPLE}` };
  const { report, reportUse, licence } = parsed as Record<string, unknown>;
  if (report !== undefined && (typeof report !== 'string' || report.split('/').pop() === ''))
    return { problem: `投稿说明的 report 应是报告文件的路径，如 "/content/contributions/报告.docx"（收到 ${JSON.stringify(report)}）` };
  if (reportUse !== undefined && !(REPORT_USES as readonly unknown[]).includes(reportUse))
    return {
      problem: `投稿说明的 reportUse ${JSON.stringify(reportUse)} 不是可用的取值：keep（可以保存全文）、fingerprint（只保存指纹）`,
    };
  let data: Record<string, unknown>;
  try {
    data = readCase(text);
  } catch (error) {
    return {
      problem: `frontmatter 不是合格的 YAML（${(error as Error).message.split('\n')[0]}）：先把它改好（npm run validate 会指出位置）`,
    };
  }
  const source = data.source as { id?: unknown } | undefined;
  return {
    answers: {
      ...(typeof report === 'string' ? { report } : {}),
      reportUse: reportUse === 'keep' ? 'keep' : 'fingerprint',
      answered: reportUse !== undefined,
      ...(typeof licence === 'string' ? { licence } : {}),
    },
    ...(source && typeof source.id === 'string' ? { sourceId: source.id } : {}),
  };
}

/**
 * The entry once its report is the source record `sourceId`: the contribution's comment lines gone,
 * `source.id` set, every other line as it was (the editor's serializer, case-file.ts).
 */
export function acceptedEntry(text: string, sourceId: string): string {
  const lines = text.split('\n');
  const range = frontmatterLines(lines);
  if (range) {
    for (let i = range[1] - 1; i >= range[0]; i -= 1) {
      if (!ANSWERS_LINE.test(lines[i]!)) continue;
      lines.splice(i, NOTE_LINE.test(lines[i + 1] ?? '') ? 2 : 1);
    }
  }
  const data = readCase(lines.join('\n'));
  const source = data.source;
  data.source = source && typeof source === 'object' && !Array.isArray(source) ? { ...source, id: sourceId } : { id: sourceId };
  return writeCase(data);
}

/**
 * The one flag parser of the Node tools (`npm run import`, `new-case`, `validate`, `source`,
 * `search:measure`, `docs:fields`, `bench`, `pagefind-memory`): Node's `parseArgs`, and what they say
 * when it refuses their command line: one line naming what was wrong and the flags there are, never
 * a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Node's messages quote the argument: 'foo', '--slug <value>', '-h, --help'. */
const quotedArgument = (message: string) => /'(?:-\w, )?([^' ]+)/.exec(message)?.[1] ?? '';

function what(code: string | undefined, message: string, arg: string): string {
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `未知的选项 ${arg}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return /does not take/.test(message) ? `选项 ${arg} 不带值` : `选项 ${arg} 后面要跟一个值`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `多出的参数“${arg}”：每个值都要跟在它的选项后面，如 --title 标题`;
  return `命令行有误：${message}`;
}

/**
 * One line for a command line `parseArgs` refused. `options` are the tool's flags (`hidden` ones,
 * such as the tests' `--today`, are not offered); `help` says where the usage is
 * (`npm run import -- --help 查看说明`).
 */
export function argumentProblem(
  error: unknown,
  options: Record<string, unknown>,
  help: string,
  hidden: readonly string[] = ['today'],
): string {
  const { code, message } = error as { code?: string; message: string };
  const allowed = Object.keys(options)
    .filter((k) => !hidden.includes(k))
    .map((k) => `--${k}`)
    .join(' ');
  return `${what(code, message, quotedArgument(message))}。可用的选项：${allowed}（${help}）`;
}

/**
 * `parseArgs`, or one line on stderr and exit code 1 when it refuses the command line. `help` says
 * where the usage is; tools that answer in their own words (import, new-case) call `argumentProblem`.
 */
export function parseCommandLine<T extends ParseArgsConfig>(
  config: T,
  help: string,
  hidden?: readonly string[],
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`✗ ${argumentProblem(error, config.options ?? {}, help, hidden)}`);
    process.exit(1);
  }
}

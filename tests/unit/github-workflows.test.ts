/** The CI and deploy workflows keep their safety properties: pinned actions, least permissions, timeouts. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SITE } from '../../src/config';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
type Workflow = {
  permissions?: Record<string, string>;
  jobs: Record<
    string,
    {
      'timeout-minutes'?: number;
      permissions?: Record<string, string>;
      steps: { uses?: string; run?: string; env?: Record<string, string> }[];
    }
  >;
};
const workflows = readdirSync(join(ROOT, '.github/workflows')).map((name) => ({
  name,
  wf: parse(read(`.github/workflows/${name}`)) as Workflow,
}));

describe('GitHub workflows', () => {
  it('pin every action to a full commit SHA', () => {
    for (const { name, wf } of workflows) {
      for (const job of Object.values(wf.jobs)) {
        for (const step of job.steps) if (step.uses) expect(step.uses, name).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      }
    }
  });

  it('grant only read access by default and give every job a timeout', () => {
    for (const { name, wf } of workflows) {
      expect(wf.permissions, name).toEqual({ contents: 'read' });
      for (const job of Object.values(wf.jobs)) expect(job['timeout-minutes'], name).toBeGreaterThan(0);
    }
  });

  it('CI runs the same steps as .ci/run: install, lint, validate, test, build, and the budgets', () => {
    const ci = workflows.find((w) => w.name === 'ci.yml')!.wf;
    const runs = Object.values(ci.jobs)
      .flatMap((j) => j.steps.map((s) => s.run ?? ''))
      .join('\n');
    for (const step of [
      'fonts-noto-cjk',
      'npm ci',
      'npm run lint',
      'npm run validate -- --strict',
      'npm test',
      'npm run build',
      'npm run bench -- --cases 50 --check',
    ]) {
      expect(runs).toContain(step);
    }
  });

  it('deploy builds under the Pages base path and only the deploy job may write to Pages', () => {
    const deploy = workflows.find((w) => w.name === 'deploy.yml')!.wf;
    const build = deploy.jobs.build!.steps.find((s) => s.run === 'npm run build')!;
    expect(build.env?.BASE_PATH).toBe('${{ steps.pages.outputs.base_path }}/');
    expect(build.env?.SITE_URL).toBe('${{ steps.pages.outputs.origin }}');
    expect(deploy.jobs.build!.permissions).toBeUndefined();
    expect(deploy.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('links the issue forms to the repository configured in src/config.ts', () => {
    expect(read('.github/ISSUE_TEMPLATE/config.yml')).toContain(`${SITE.repo}/blob/${SITE.branch}/CONTRIBUTING.md`);
  });
});

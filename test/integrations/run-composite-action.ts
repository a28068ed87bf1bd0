import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parse } from 'yaml';

export interface ActionStep {
  id?: string;
  name: string;
  if?: string;
  uses?: string;
  with?: Record<string, string>;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}

export interface ActionFile {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export interface StepRun {
  step: ActionStep;
  /** Undefined for `uses:` steps, which are recorded (with their evaluated `with:`), not run. */
  code?: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  with?: Record<string, string>;
}

export function readActionFile(path: string): ActionFile {
  return parse(readFileSync(path, 'utf8')) as ActionFile;
}

/**
 * Runs a composite action's `run:` steps the way the runner does, in order, in `workspace`: `${{ … }}` in
 * `env:`, `with:` and `working-directory:` substituted (inputs with their defaults, step outputs,
 * github.action_path, runner.temp), `shell: bash` as `bash --noprofile --norc -eo pipefail`, GITHUB_OUTPUT
 * read back after each step, GITHUB_ACTION_PATH and RUNNER_TEMP set. Stops after the first failing step, as
 * a job does. `uses:` steps cannot run here: they are returned with their evaluated `with:`; an `if:` is
 * evaluated only in the form `inputs.<name> == '<value>'`.
 */
export function runCompositeAction(
  action: ActionFile,
  options: {
    actionPath: string;
    workspace: string;
    /** RUNNER_TEMP (the caller creates and removes it, and reads the files steps leave there). */
    runnerTemp: string;
    inputs?: Record<string, string>;
    env?: NodeJS.ProcessEnv;
  },
): { steps: StepRun[]; outputs: Record<string, string> } {
  const inputs = Object.fromEntries(
    Object.entries(action.inputs).map(([k, v]) => [k, options.inputs?.[k] ?? v.default ?? '']),
  );
  for (const name of Object.keys(options.inputs ?? {}))
    if (!(name in action.inputs)) throw new Error(`unknown input ${name}`);
  const temp = options.runnerTemp;
  const stepOutputs: Record<string, Record<string, string>> = {};
  const expand = (text: string): string =>
    text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
      let m: RegExpMatchArray | null;
      if ((m = expr.match(/^inputs\.([\w-]+)$/))) return inputs[m[1]!] ?? '';
      if ((m = expr.match(/^steps\.([\w-]+)\.outputs\.([\w-]+)$/))) return stepOutputs[m[1]!]?.[m[2]!] ?? '';
      if (expr === 'github.action_path') return options.actionPath;
      if (expr === 'runner.temp') return temp;
      throw new Error(`expression not supported by the test runner: ${expr}`);
    });
  const runs: StepRun[] = [];
  for (const step of action.runs.steps) {
    if (step.if !== undefined) {
      const m = step.if.match(/^inputs\.([\w-]+) == '([^']*)'$/);
      if (!m) throw new Error(`if: not supported by the test runner: ${step.if}`);
      if (inputs[m[1]!] !== m[2]) continue;
    }
    if (step.uses) {
      runs.push({
        step,
        stdout: '',
        stderr: '',
        outputs: {},
        with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(String(v))])),
      });
      continue;
    }
    if (step.shell !== 'bash') throw new Error(`step ${step.name}: shell must be bash`);
    const outputFile = join(temp, `output-${runs.length}`);
    writeFileSync(outputFile, '');
    const scriptFile = join(temp, `step-${runs.length}.sh`);
    writeFileSync(scriptFile, step.run!);
    const wd = expand(step['working-directory'] ?? '.');
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', scriptFile], {
      cwd: isAbsolute(wd) ? wd : join(options.workspace, wd),
      encoding: 'utf8',
      env: {
        ...process.env,
        FORCE_COLOR: '0',
        ...options.env,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: options.workspace,
        GITHUB_ACTION_PATH: options.actionPath,
        GITHUB_OUTPUT: outputFile,
        RUNNER_TEMP: temp,
        ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v))])),
      },
    });
    const outputs = Object.fromEntries(
      readFileSync(outputFile, 'utf8')
        .split('\n')
        .filter((l) => l.includes('='))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    if (step.id) stepOutputs[step.id] = outputs;
    runs.push({ step, code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, outputs });
    if (result.status !== 0) break;
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs).map(([k, v]) => [k, expand(v.value)]));
  return { steps: runs, outputs };
}

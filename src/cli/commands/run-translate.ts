import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { toV2, ValidationError } from 'rb-migrate-runtime/translate';
import type { Diagnostic, ToV2Options, ToV2Result } from 'rb-migrate-runtime/translate';
import { CliError } from '../cli-error.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { formatDiagnostic } from '../format-diagnostic.ts';
import { parseJsonText } from '../parse-json-text.ts';
import { openInputStream } from '../open-input-stream.ts';
import { readInput } from '../read-input.ts';
import type { TranslateArgs } from './translate.ts';

/** `rb-migrate translate`: one body (file or stdin) or a JSONL stream to V2, diagnostics, exit code. */
export async function runTranslate(args: TranslateArgs): Promise<ExitCode> {
  const options = toOptions(args);
  const name = args.file && args.file !== '-' ? args.file : 'stdin';
  if (args.jsonl) return translateLines(await openInputStream(args.file), name, options, args);
  const text = await readInput(args.file);

  let result: ToV2Result;
  try {
    result = toV2(parseJsonText(text, name), options);
  } catch (error) {
    if (error instanceof ValidationError) throw new CliError(`${name}: ${error.message}`);
    throw error;
  }
  if (args.format === 'json') {
    process.stdout.write(`${JSON.stringify(toJson(result), null, 2)}\n`);
  } else {
    process.stdout.write(`${JSON.stringify(result.request, null, 2)}\n`);
    for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  }
  return exitFor(result.diagnostics, args.strict);
}

/** Streams the input line by line, so bulk files of any size run in constant memory. */
async function translateLines(
  input: Readable,
  name: string,
  options: ToV2Options,
  args: TranslateArgs,
): Promise<ExitCode> {
  let exit: ExitCode = EXIT.OK;
  let lineNo = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNo += 1;
    if (line.trim() === '') continue;
    exit = Math.max(exit, translateLine(line, lineNo, name, options, args)) as ExitCode;
    if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
  }
  return exit;
}

function translateLine(
  line: string,
  lineNo: number,
  name: string,
  options: ToV2Options,
  args: TranslateArgs,
): ExitCode {
  try {
    const result = toV2(parseJsonText(line, `${name}:${lineNo}`), options);
    if (args.format === 'json')
      process.stdout.write(`${JSON.stringify({ line: lineNo, ...toJson(result) })}\n`);
    else {
      process.stdout.write(`${JSON.stringify(result.request)}\n`);
      for (const d of result.diagnostics) process.stderr.write(`${name}:${lineNo}: ${formatDiagnostic(d)}\n`);
    }
    return exitFor(result.diagnostics, args.strict);
  } catch (error) {
    if (!(error instanceof ValidationError || error instanceof CliError)) throw error;
    const message = error instanceof ValidationError ? `${name}:${lineNo}: ${error.message}` : error.message;
    process.stderr.write(`error ${message}\n`);
    process.stdout.write(
      args.format === 'json' ? `${JSON.stringify({ line: lineNo, error: message })}\n` : 'null\n',
    );
    return EXIT.USAGE;
  }
}

function toJson(result: ToV2Result) {
  return {
    request: result.request,
    delivery: result.delivery ?? null,
    diagnostics: result.diagnostics.map(({ code, severity, path, message, hint }) => ({
      code,
      severity,
      path,
      message,
      hint,
    })),
  };
}

function exitFor(diagnostics: readonly Diagnostic[], strict: boolean): ExitCode {
  const bad = diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
  return bad ? EXIT.FINDINGS : EXIT.OK;
}

function toOptions(args: TranslateArgs): ToV2Options {
  const options: ToV2Options = { endpoint: args.endpoint };
  if (args.mediaType !== undefined) options.mediaType = args.mediaType;
  if (args.trim !== undefined) options.trim = args.trim;
  if (args.colorDecontamination !== undefined) options.colorDecontamination = args.colorDecontamination;
  if (args.backgroundColor !== undefined) {
    const parts = args.backgroundColor.split(',').map((p) => Number(p.trim()));
    if (parts.length !== 4 || parts.some((n) => Number.isNaN(n))) {
      throw new CliError(`--background-color takes r,g,b,a (four numbers), got "${args.backgroundColor}"`);
    }
    const [red, green, blue, alpha] = parts as [number, number, number, number];
    options.backgroundColor = { red, green, blue, alpha };
  }
  return options;
}

import type { Argv, CommandModule } from 'yargs';
import { V2_MEDIA_TYPE, type V2MediaType } from 'rb-migrate-runtime/mapping';
import { EXIT_CODES_HELP } from '../exit-codes.ts';

export interface TranslateArgs {
  file?: string;
  endpoint: 'cutout' | 'mask';
  strict: boolean;
  format: 'text' | 'json';
  jsonl: boolean;
  mediaType?: V2MediaType;
  trim?: boolean;
  backgroundColor?: string;
  colorDecontamination?: number;
}

export const translateCommand: CommandModule<object, TranslateArgs> = {
  command: 'translate [file]',
  describe: 'Translate a V1 request body (file or stdin) to a V2 body, with diagnostics',
  builder: (yargs: Argv) =>
    yargs
      .positional('file', { type: 'string', describe: 'V1 JSON body; "-" or nothing reads stdin' })
      .option('endpoint', {
        choices: ['cutout', 'mask'] as const,
        default: 'cutout' as const,
        describe: 'V1 endpoint the body was posted to',
      })
      .option('strict', { type: 'boolean', default: false, describe: 'exit 1 on warnings too' })
      .option('format', {
        choices: ['text', 'json'] as const,
        default: 'text' as const,
        describe: 'text: V2 body on stdout, diagnostics on stderr; json: one result object',
      })
      .option('jsonl', {
        type: 'boolean',
        default: false,
        describe: 'one V1 body per line in, one result per line out',
      })
      .option('media-type', {
        choices: V2_MEDIA_TYPE,
        describe: 'V2 output.mediaType (default image/png, as V1)',
      })
      .option('trim', { type: 'boolean', describe: 'V2 trim' })
      .option('background-color', {
        type: 'string',
        describe: 'V2 backgroundColor as r,g,b,a (e.g. 255,255,255,1)',
      })
      .option('color-decontamination', { type: 'number', describe: 'V2 colorDecontamination, 0..1' })
      .example('$0 translate body.json', 'print the V2 body; diagnostics go to stderr')
      .example('cat body.json | $0 translate --endpoint mask --format json', 'one JSON result on stdout')
      .example('$0 translate --jsonl jobs.jsonl > v2.jsonl', 'bulk-convert stored jobs, one per line')
      .epilogue(EXIT_CODES_HELP) as unknown as Argv<TranslateArgs>,
  // Loaded on use: the translator and its schemas load only for this command.
  handler: async (args) => {
    const { runTranslate } = await import('./run-translate.ts');
    process.exitCode = await runTranslate(args);
  },
};

import type { CommandModule } from 'yargs';
import { translateCommand } from './translate.ts';
import { checkCommand } from './check.ts';
import { rewriteCommand } from './rewrite.ts';
import { emulateCommand } from './emulate.ts';
import { gatewayCommand } from './gateway.ts';

/** Every subcommand of the rb-migrate CLI. Add a command by adding one import and one entry. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- yargs: commands with different argument types have no common CommandModule type (the handler is contravariant in them)
export const COMMANDS: CommandModule<any, any>[] = [
  translateCommand,
  checkCommand,
  rewriteCommand,
  emulateCommand,
  gatewayCommand,
];

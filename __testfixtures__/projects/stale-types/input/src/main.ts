import { submitCutout, submitInline, submitMask } from './jobs.js';

export async function main(): Promise<string[]> {
  const input = process.env.RB_INPUT_URL ?? '';
  const output = process.env.RB_OUTPUT_URL ?? '';
  const token = process.env.RB_TOKEN ?? '';
  return [
    await submitCutout(input, output, token),
    await submitMask(input, output, token),
    await submitInline(input, output, token),
  ];
}

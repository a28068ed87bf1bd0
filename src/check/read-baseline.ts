import { readFile } from 'node:fs/promises';
import type { BaselineFile } from './create-baseline-file.ts';

/** Reads and validates a baseline file; returns an error message instead of throwing. */
export async function readBaseline(path: string): Promise<BaselineFile | string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? `baseline ${path} does not exist; create it with --update-baseline`
      : `cannot read baseline ${path} (${code ?? String(error)})`;
  }
  try {
    const data = JSON.parse(text) as Partial<BaselineFile>;
    if (
      data.version !== 1 ||
      !Array.isArray(data.findings) ||
      data.findings.some((f) => typeof f?.fingerprint !== 'string' || typeof f?.path !== 'string') ||
      (data.acceptedLosses !== undefined &&
        (!Array.isArray(data.acceptedLosses) ||
          data.acceptedLosses.some((l) =>
            ['path', 'pointer', 'code', 'message', 'fingerprint'].some(
              (k) => typeof (l as unknown as Record<string, unknown> | null)?.[k] !== 'string',
            ),
          )))
    )
      return `baseline ${path} is not an rb-migrate baseline (version 1)`;
    return data as BaselineFile;
  } catch (error) {
    return `baseline ${path} is not valid JSON: ${(error as Error).message}`;
  }
}

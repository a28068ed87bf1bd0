import { type RemoveBackgroundClient } from 'rb-migrate-runtime';
import { doCut } from './steps/do-cut.js';

/** A field handed on to a typed parameter: Pipeline → doCut. */
export class Pipeline {
  constructor(private readonly ps: RemoveBackgroundClient) {}

  async go(input: string, output: string) {
    return doCut(this.ps, input, output);
  }
}

import type { PhotoshopClient } from '@adobe/photoshop-apis';
import { doCut } from './steps/do-cut.js';

/** A field handed on to a typed parameter: Pipeline → doCut. */
export class Pipeline {
  constructor(private readonly ps: PhotoshopClient) {}

  async go(input: string, output: string) {
    return doCut(this.ps, input, output);
  }
}

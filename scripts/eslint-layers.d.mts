import type { ESLint } from 'eslint';

/** One layer of rb-migrate: the files below `paths`, and the other layers they may import ('*': any). */
export interface Layer {
  name: string;
  paths: string[];
  imports: string[] | '*';
}

export declare const LAYERS: Layer[];

/** An ESLint plugin whose rule `allowed-imports` enforces `layers` for the files below `root`. */
export declare function createLayersPlugin(layers: Layer[], root: string): ESLint.Plugin;

import type { PhotoshopClient } from '@adobe/photoshop-apis';
import { doCut } from './do-cut.js';

export const cut = async (c: PhotoshopClient, input: string, output: string) => doCut(c, input, output);

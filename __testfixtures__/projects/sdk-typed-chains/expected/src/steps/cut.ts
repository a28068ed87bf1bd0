import { type RemoveBackgroundClient } from 'rb-migrate-runtime';
import { doCut } from './do-cut.js';

export const cut = async (c: RemoveBackgroundClient, input: string, output: string) => doCut(c, input, output);

// The barrel the scripts import from, under a name of its own.
export { REMOVE_BG_URL as CUTOUT_URL } from './endpoints.js';

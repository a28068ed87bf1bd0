export * from './urls.js';
export { INPUT_URL } from './inputs.js';

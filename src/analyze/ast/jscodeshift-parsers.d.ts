/** jscodeshift ships its parser options without type declarations. */
declare module 'jscodeshift/parser/tsOptions.js' {
  const tsOptions: { plugins: unknown[] } & Record<string, unknown>;
  export default tsOptions;
}

/** jscodeshift ships its parser factories without type declarations. */
declare module 'jscodeshift/parser/babylon.js' {
  const babylon: (options?: object) => { parse(code: string): any };
  export default babylon;
}

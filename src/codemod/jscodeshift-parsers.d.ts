/** jscodeshift ships its parser factories without type declarations. */
declare module 'jscodeshift/parser/babylon.js' {
  const babylon: (options?: object) => { parse(code: string): any };
  export default babylon;
}
declare module 'jscodeshift/parser/ts.js' {
  const ts: (options?: object) => { parse(code: string): any };
  export default ts;
}
declare module 'jscodeshift/parser/tsx.js' {
  const tsx: () => { parse(code: string): any };
  export default tsx;
}

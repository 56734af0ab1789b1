// opencc-js ships one module per OpenCC dictionary ("source target|…"), without type declarations.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}

// The traditional-only characters, generated at build time (src/integrations/script-variants.ts).
declare module 'virtual:traditional-chars' {
  /** Encoded with encodeCodePoints (src/core/script-variants.ts). */
  const encoded: string;
  export default encoded;
}

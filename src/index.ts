/** Dateline's library entry point: `import { extract } from "dateline"`. */
export { extract } from './pipeline.js';
export type * from './model.js';
export { EXTRACTOR_VERSION } from './version.js';

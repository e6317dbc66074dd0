/** Version of the extractor; stored with every article so `dateline reprocess` knows what is stale. */
export const EXTRACTOR_VERSION = '0.1.0';

/** Version of the extractor; stored with every article so `dateline reprocess` knows what is stale. */
// 0.2.0: event coding reworked on held-out and real wire text (precision, one event per act per
// story, actor codes), quote spans clamped to the text; stores of 0.1.0 are stale for `reprocess`.
export const EXTRACTOR_VERSION = '0.2.0';

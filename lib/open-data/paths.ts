/** Where the open data lives (docs/data.md): the version is in the path and in every file. */
export const OPEN_DATA_VERSION = 1;

/** A file's site path, `/data/v1/index.json` (links add the base path). */
export const openDataPath = (file: string) => `/data/v${OPEN_DATA_VERSION}/${file}`;

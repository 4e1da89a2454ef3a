/** Compile the server into dist/ (see build-server.mjs). */
export function buildServer(): Promise<void>;

import { TextDecoder } from "node:util";

// Browsers and workers have TextDecoder; jsdom's test window does not. Import this before the reader.
Object.assign(globalThis, { TextDecoder });

import { TextDecoder, TextEncoder } from "node:util";

// Browsers and workers have TextDecoder and TextEncoder; jsdom's test window does not. Import this first.
Object.assign(globalThis, { TextDecoder, TextEncoder });

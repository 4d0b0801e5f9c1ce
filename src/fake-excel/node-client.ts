import { readFileSync } from "node:fs";
import { createContext, Script } from "node:vm";
import type { OfficeClient } from "./bind";

// Microsoft's Excel client for Excel on the web, read from node_modules (a devDependency, never copied).
const CLIENT_FILE = "@microsoft/office-js/dist/excel-web-16.00.js";
let compiled: Script | undefined;

/**
 * A fresh copy of Microsoft's Office.js Excel client in its own vm context, with the small browser
 * stand-ins it needs. The host's realm lends it JSON, Promise and Error, so that values and errors it
 * hands back are ordinary objects of the caller (`error instanceof Error`, `toEqual` on arrays).
 */
export function loadOfficeClient(): OfficeClient {
  compiled ??= new Script(readFileSync(require.resolve(CLIENT_FILE), "utf8"), { filename: CLIENT_FILE });
  const location = {
    href: "https://localhost/",
    protocol: "https:",
    hostname: "localhost",
    search: "",
    hash: "",
  };
  const sandbox: Record<string, unknown> = {
    location,
    navigator: { userAgent: "node" },
    document: { getElementsByTagName: () => [], addEventListener: () => undefined, readyState: "complete" },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    setTimeout,
    clearTimeout,
    console,
    JSON,
    Promise,
    Error,
    TypeError,
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  const context = createContext(sandbox);
  compiled.runInContext(context);
  return { Excel: context.Excel, OfficeExtension: context.OfficeExtension };
}

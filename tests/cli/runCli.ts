import path from "node:path";
import { main } from "../../src/cli/main";

/** The command line run in-process, with what it printed. */
export async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

export const fixture = (name: string) => path.join(__dirname, "fixtures", name);

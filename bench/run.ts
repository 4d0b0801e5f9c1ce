// Minimal runner (another branch brings the full one): prints every bench module's rows.
import { bench as merge } from "./merge";

const modules: [string, () => Promise<{ name: string; value: number; unit: string }[]>][] = [
  ["merge", merge],
];

async function run() {
  for (const [name, bench] of modules) {
    for (const row of await bench())
      console.log(`${name.padEnd(8)} ${row.name.padEnd(48)} ${String(row.value).padStart(8)} ${row.unit}`);
  }
}

void run();

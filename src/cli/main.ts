import { parseArgs } from "node:util";
import {
  consolidate,
  defaultFramework,
  evaluateReport,
  FrameworkError,
  loadFramework,
  parsePeriod,
  type Framework,
  type Period,
} from "../domain";
import { consolidationText, evaluationText, frameworkText } from "./format";
import { readJson, readRegistryCsv, readReportJson } from "./inputs";
import { UserError } from "./userError";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const USAGE = `chitieu — chỉ tiêu Chương trình hành động 2023–2028 / indicator reports

  chitieu framework [--json]                       khung chỉ tiêu / the framework
  chitieu evaluate report.json [--json]            đánh giá một báo cáo / evaluate one report
  chitieu merge a.json b.json … [--registry units.csv] [--period year:2025] [--json]
                                                   tổng hợp / consolidate

  --framework file.json   dùng khung chỉ tiêu khác / use another framework
  --period KIND:YEAR      KIND = h1 | year | midterm | endterm`;

const OPTIONS = {
  json: { type: "boolean" },
  framework: { type: "string" },
  registry: { type: "string" },
  period: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

async function frameworkFrom(path: string | undefined): Promise<Framework> {
  if (!path) return defaultFramework;
  try {
    return loadFramework(await readJson(path));
  } catch (e) {
    if (e instanceof FrameworkError) throw new UserError(`${path}: ${e.message}`, "");
    throw e;
  }
}

function periodFrom(text: string | undefined): Period | undefined {
  if (text === undefined) return undefined;
  const period = parsePeriod(text);
  if (!period) {
    throw new UserError(
      `--period “${text}” không hợp lệ, ví dụ: year:2025`,
      `--period “${text}” is not valid, e.g. year:2025`,
    );
  }
  return period;
}

async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  const [command, ...files] = positionals;
  if (values.help || !command) {
    io.out(USAGE);
    return command || values.help ? 0 : 2;
  }
  const fw = await frameworkFrom(values.framework);
  const print = (json: unknown, text: string) => io.out(values.json ? JSON.stringify(json, null, 2) : text);
  switch (command) {
    case "framework":
      print(fw, frameworkText(fw));
      return 0;
    case "evaluate": {
      if (files.length !== 1) throw new UserError("Cần đúng một tệp báo cáo", "Give exactly one report file");
      const report = await readReportJson(fw, files[0]);
      const targets = evaluateReport(fw, report);
      print({ errors: report.errors, targets }, evaluationText(fw, report.errors, targets));
      return report.errors.length ? 1 : 0;
    }
    case "merge": {
      if (!files.length) throw new UserError("Cần ít nhất một tệp báo cáo", "Give at least one report file");
      const reports = await Promise.all(files.map((f) => readReportJson(fw, f)));
      const registry = values.registry ? await readRegistryCsv(values.registry) : undefined;
      const result = consolidate(fw, reports, { period: periodFrom(values.period), registry });
      print(result, consolidationText(fw, result));
      return 0;
    }
    default:
      throw new UserError(`Lệnh không có: ${command}\n\n${USAGE}`, `Unknown command: ${command}`);
  }
}

/** The command line; returns the exit code. User errors are messages, never stack traces. */
export async function main(
  argv: string[],
  io: Io = { out: console.log, err: console.error },
): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UserError) {
      io.err(e.message);
      return 1;
    }
    if (String((e as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS")) {
      io.err(`${(e as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

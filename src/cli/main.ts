import { parseArgs } from "node:util";
import {
  consolidate,
  defaultFramework,
  evaluateReport,
  FrameworkError,
  isoDay,
  loadFramework,
  mergeFlags,
  parsePeriod,
  type Framework,
  type Period,
  type Text,
} from "../domain";
import { reportLayout, settingsSheetDefaults } from "../reportSheet";
import { consolidationText, evaluationText, frameworkText } from "./format";
import { readJson, readReportJson } from "./inputs";
import { setAsideOwnFiles } from "./ownFiles";
import { fileIdentity, saveFile } from "./save";
import { templateValues } from "./templateValues";
import { readSources } from "./readInParallel";
import { readRegistry, reportFiles } from "./sources";
import { terminalText } from "./terminalText";
import { UserError } from "./userError";

// exceljs' workbook takes a fifth of a second of CPU to load: it is loaded only by a command that writes a
// workbook, once it writes one (src/xlsx/workbooks), never by a merge that only prints. Likewise the
// PDF printer (node:child_process) only for --pdf.
const workbooks = () => import("../xlsx/workbooks");
type Language = keyof Text;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const USAGE = `chitieu — chỉ tiêu Chương trình hành động 2023–2028 / indicator reports

  chitieu framework [--json]                       khung chỉ tiêu / the framework
  chitieu evaluate report.json [--json]            đánh giá một báo cáo / evaluate one report
  chitieu merge <tệp|thư mục / files|folders> … [--registry units.csv|units.xlsx]
                [--period year:2025] [-o tonghop.xlsx [--pdf] [--lang vi|en]] [--json]
                [--history lichsu.xlsx] [--factor 2] [--deadline year:2025=15/01/2026]…
                                                   tổng hợp báo cáo .xlsx/.json / consolidate
                                                   (--pdf: in ra tonghop.pdf bằng LibreOffice / print to PDF;
                                                   --history: số liệu cần xem lại so với kỳ trước /
                                                   figures to follow up against the previous report)
  chitieu template -o report.xlsx [--data report.json]
                                                   mẫu báo cáo Excel / a report workbook
  chitieu history <thư mục các kỳ / folders of periods> … -o lichsu.xlsx [--factor 2]
                [--deadline year:2025=15/01/2026]… [--review midterm:2025]
                                                   lịch sử nhiệm kỳ, xu hướng, sơ kết/tổng kết,
                                                   số liệu cần kiểm tra, khen thưởng / the term's history

  --framework file.json   dùng khung chỉ tiêu khác / use another framework
  --period KIND:YEAR      KIND = h1 | year | midterm | endterm`;

const OPTIONS = {
  json: { type: "boolean" },
  framework: { type: "string" },
  registry: { type: "string" },
  period: { type: "string" },
  output: { type: "string", short: "o" },
  data: { type: "string" },
  factor: { type: "string" },
  deadline: { type: "string", multiple: true },
  review: { type: "string" },
  history: { type: "string" },
  help: { type: "boolean", short: "h" },
  pdf: { type: "boolean" },
  lang: { type: "string" },
} as const;

function languageFrom(text: string | undefined): Language {
  if (text === undefined || text === "vi" || text === "en") return text ?? "vi";
  throw new UserError(`--lang “${text}” không hợp lệ: vi hoặc en`, `--lang “${text}” is not valid: vi or en`);
}

const NOT_MERGED = { vi: "không tổng hợp", en: "nothing merged" };

async function frameworkFrom(path: string | undefined): Promise<Framework> {
  if (!path) return defaultFramework;
  try {
    return loadFramework(await readJson(path));
  } catch (e) {
    if (e instanceof FrameworkError) {
      const list = e.problems.map((p) => `  - ${p}`).join("\n");
      throw new UserError(
        `${path}: khung chỉ tiêu không hợp lệ:\n${list}`,
        `${path}: invalid framework:\n${list}`,
      );
    }
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
      const period = periodFrom(values.period);
      const registry = values.registry ? await readRegistry(values.registry) : undefined;
      const listing = await reportFiles(files);
      await setAsideOwnFiles(fw, listing, files, values);
      if (!listing.files.length)
        throw new UserError(
          "Không có tệp .xlsx hay .json nào để tổng hợp",
          "No .xlsx or .json file to merge",
        );
      const reports = [...listing.notRead, ...(await readSources(fw, listing.files)).flat()];
      const result = consolidate(fw, reports, { period, registry, today: isoDay(new Date()) });
      const followUpFlags = async () => {
        const { deadlinesFrom, factorFrom, historyWorkbook } = await import("./history");
        const history = values.history ? await historyWorkbook(fw, values.history, NOT_MERGED) : [];
        return mergeFlags(fw, history, result, {
          factor: factorFrom(values.factor),
          deadlines: deadlinesFrom(fw, values.deadline ?? []),
        });
      };
      // Flags need something to compare with: the term's history, or the office's deadlines.
      const flags = values.history || values.deadline ? await followUpFlags() : undefined;
      print(flags ? { ...result, followUp: flags } : result, consolidationText(fw, result, flags));
      if (!result.units.length) {
        io.err(
          `Không tổng hợp được báo cáo nào (${reports.length} nguồn bị loại)\nNothing could be merged (${reports.length} source(s) excluded)`,
        );
        return 1;
      }
      if (values.pdf && !values.output)
        throw new UserError("--pdf cần -o tonghop.xlsx", "--pdf needs -o file.xlsx");
      if (values.output) {
        const { consolidatedWorkbook } = await workbooks();
        const language = languageFrom(values.lang);
        await saveFile(values.output, await consolidatedWorkbook(fw, result, { language, flags }));
        if (!values.json) io.out(`\nĐã ghi / Written: ${values.output}`);
        if (values.pdf) {
          // The workbook is written whatever happens to the PDF; a PDF not made is a failure (exit 1).
          const { writePdf } = await import("./pdf");
          try {
            const pdf = await writePdf(values.output);
            if (!values.json) io.out(`Đã ghi / Written: ${pdf}`);
          } catch (e) {
            if (!(e instanceof UserError)) throw e;
            io.err(`${e.vi}\n${e.en}\n(${values.output} đã được ghi / was written)`);
            return 1;
          }
        }
      }
      return 0;
    }
    case "template": {
      if (!values.output) throw new UserError("Cần -o tệp.xlsx", "Give -o file.xlsx");
      const output = await fileIdentity(values.output);
      if (values.data && output && output === (await fileIdentity(values.data)))
        throw new UserError(
          `-o ${values.output} là tệp --data: hãy chọn tên tệp khác`,
          `-o ${values.output} is the --data file: choose another file name`,
        );
      const prefill = values.data ? await templateValues(fw, values.data) : undefined;
      const { reportWorkbook } = await workbooks();
      await saveFile(
        values.output,
        await reportWorkbook(
          reportLayout(fw, { formulas: "native", values: prefill?.values }),
          undefined,
          settingsSheetDefaults(fw),
        ),
      );
      io.out(`Đã ghi / Written: ${values.output}`);
      if (prefill?.problems.length) {
        const lines = prefill.problems.map((e) => `  ✗ ${e.message.vi}\n    ${e.message.en}`);
        io.err(
          `Giá trị ghi nguyên văn vì không đọc được, hãy sửa trong tệp / Written as given, could not be read; fix them in the file:\n${lines.join("\n")}`,
        );
      }
      return 0;
    }
    case "history": {
      if (!files.length)
        throw new UserError("Cần ít nhất một thư mục báo cáo", "Give at least one folder of reports");
      if (!values.output) throw new UserError("Cần -o lichsu.xlsx", "Give -o history.xlsx");
      const { buildHistory, historyText } = await import("./history");
      const result = await buildHistory(fw, {
        files,
        output: values.output,
        factor: values.factor,
        deadlines: values.deadline,
        review: values.review,
      });
      print(
        { notices: result.notices, excluded: result.excluded, sheets: result.layouts.map((l) => l.name) },
        `${historyText(fw, result)}\nĐã ghi / Written: ${values.output}`,
      );
      return 0;
    }
    default:
      throw new UserError(`Lệnh không có: ${command}\n\n${USAGE}`, `Unknown command: ${command}`);
  }
}

/** Any other fault, in both languages and without a stack trace. */
export function unexpectedText(e: unknown): string {
  const why = e instanceof Error ? e.message : String(e);
  return `Lỗi không mong đợi, lệnh dừng lại: ${why}\nUnexpected error, the command stopped: ${why}`;
}

/**
 * The command line; returns the exit code. Every fault is a message (1), bad usage the usage (2),
 * never a stack trace; nothing printed carries raw control characters.
 */
export async function main(
  argv: string[],
  io: Io = { out: console.log, err: console.error },
): Promise<number> {
  const safe: Io = { out: (t) => io.out(terminalText(t)), err: (t) => io.err(terminalText(t)) };
  try {
    return await run(argv, safe);
  } catch (e) {
    if (e instanceof UserError) {
      safe.err(e.en ? `${e.vi}\n${e.en}` : e.vi);
      return 1;
    }
    if (String((e as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS")) {
      safe.err(`${(e as Error).message}\n\n${USAGE}`);
      return 2;
    }
    safe.err(unexpectedText(e));
    return 1;
  }
}

/** As an installed command: faults that escape the promise chain end the process the same way. */
export function runAsCommand(argv: string[]): void {
  const fault = (e: unknown) => {
    console.error(terminalText(unexpectedText(e)));
    process.exit(1);
  };
  process.on("uncaughtException", fault);
  process.on("unhandledRejection", fault);
  main(argv).then((code) => {
    process.exitCode = code;
  }, fault);
}

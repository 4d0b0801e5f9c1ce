import {
  actualText,
  periodText,
  provinceShape,
  unitShape,
  statusText,
  thresholdText,
  type Consolidation,
  type DomainError,
  type Framework,
  type ProvinceTargetResult,
  type QualityFlag,
  type TargetResult,
} from "../domain";

const errorLine = (e: DomainError) =>
  `  ✗ ${e.cell ? `${e.cell}: ` : ""}${e.message.vi}\n    ${e.message.en}`;

function targetLine(fw: Framework, r: TargetResult): string {
  const target = fw.targets.find((t) => t.code === r.code)!;
  const status = statusText(r.status);
  const why = r.reason ? ` — ${r.reason.vi}` : "";
  return `${r.code.padEnd(6)} ${status.vi.padEnd(14)} ${actualText(r).padStart(8)}  (${thresholdText(r)})  ${target.text.vi}${why}`;
}

/** A province row: the words an officer copies, then why it is not concluded, then the target. */
function provinceLine(fw: Framework, r: ProvinceTargetResult): string {
  const target = fw.targets.find((t) => t.code === r.code)!;
  const why = r.reason ? ` — ${r.reason.vi}` : "";
  return `${r.code.padEnd(6)} ${statusText(r.status).vi.padEnd(14)} ${r.summary.vi}${why}\n${"".padEnd(22)}${target.text.vi}`;
}

export function frameworkText(fw: Framework): string {
  const head = `${fw.name.vi}\n${fw.name.en}\nNhiệm kỳ / term ${fw.term.start}–${fw.term.end}, ${fw.targets.length} chỉ tiêu / targets\n`;
  const rows = fw.targets.map((t) => {
    const when = t.period === "term" ? "nhiệm kỳ/term" : "năm/year";
    const where = t.level === "unit" ? "CĐCS/unit" : "tỉnh/province";
    const threshold = thresholdText(t.level === "unit" ? unitShape(t.unit) : provinceShape(t));
    return `${t.code.padEnd(6)} ${threshold.padEnd(8)} ${when.padEnd(14)} ${where.padEnd(14)} ${t.text.vi}\n${"".padEnd(52)}${t.text.en}`;
  });
  return head + rows.join("\n");
}

export function evaluationText(fw: Framework, errors: DomainError[], targets: TargetResult[]): string {
  const errs = errors.length
    ? `Lỗi / Errors (${errors.length}):\n${errors.map(errorLine).join("\n")}\n\n`
    : "";
  return errs + targets.map((t) => targetLine(fw, t)).join("\n");
}

export function consolidationText(fw: Framework, c: Consolidation, flags?: readonly QualityFlag[]): string {
  const out: string[] = [];
  const period = c.period ? periodText(fw, c.period) : { vi: "—", en: "—" };
  out.push(`Tổng hợp ${period.vi} / Consolidation ${period.en}`);
  const expected = c.completeness.expected === null ? "" : ` / ${c.completeness.expected}`;
  out.push(`Đơn vị đã báo cáo / units reported: ${c.completeness.received}${expected}`);
  out.push("", "Kết quả toàn tỉnh / Province:");
  out.push(...c.province.targets.map((t) => provinceLine(fw, t)));
  if (c.missing.length) {
    out.push(
      "",
      `Chưa báo cáo / Missing (${c.missing.length}):`,
      ...c.missing.map((u) => `  ${u.code}  ${u.name}`),
    );
  }
  if (c.completeness.unregistered.length) {
    out.push("", `Không có trong danh sách / Not in the registry: ${c.completeness.unregistered.join(", ")}`);
  }
  if (c.duplicates.length) {
    out.push("", `Trùng lặp / Duplicates (${c.duplicates.length}):`);
    for (const d of c.duplicates)
      out.push(
        `  ${d.unitCode}: ${d.kept.source} ← ${d.dropped.map((x) => x.source).join(", ")} — ${d.reason.vi}`,
      );
  }
  if (c.warnings.length) {
    out.push("", `Cần xem lại / Please check (${c.warnings.length}):`);
    for (const w of c.warnings) out.push(`  ⚠ ${w.message.vi}`, `    ${w.message.en}`);
  }
  if (c.excluded.length) {
    out.push("", `Loại ra / Excluded (${c.excluded.length}):`);
    for (const e of c.excluded) {
      out.push(`  ${e.source}${e.unitCode ? ` (${e.unitCode})` : ""}: ${e.message.vi} / ${e.message.en}`);
      out.push(...e.errors.map(errorLine));
    }
  }
  if (flags) {
    out.push(
      "",
      `Cần xem lại so với kỳ trước / For follow-up, against the previous report (${flags.length}):`,
    );
    for (const f of flags) out.push(`  ${f.unitCode}  ${f.unitName}: ${f.message.vi}`, `    ${f.message.en}`);
  }
  return out.join("\n");
}

import type { Text } from "../domain";
import type { MovedCell, UpgradePlan } from "../reportSheet";

const SHOWN = 5;

/** The first few items, then how many more: “J5 → J5, C31 → C75, … và 3 ô khác”. */
function some<T>(items: readonly T[], show: (item: T) => string): Text {
  const listed = items.slice(0, SHOWN).map(show).join(", ");
  const more = items.length - SHOWN;
  return more > 0
    ? { vi: `${listed}, … và ${more} ô khác`, en: `${listed}, … and ${more} more` }
    : { vi: listed, en: listed };
}

const move = (c: MovedCell) => (c.from === c.to ? c.from : `${c.from} → ${c.to}`);
const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** What redoing a sheet will do, line by line, in both languages: what is kept, where it goes, what is not kept. */
export function upgradeWords(plan: UpgradePlan): Text[] {
  const lines: Text[] = [];
  if (plan.fromVersion !== plan.toVersion)
    lines.push({
      vi: `Mẫu phiên bản ${plan.fromVersion} → ${plan.toVersion}.`,
      en: `Template version ${plan.fromVersion} → ${plan.toVersion}.`,
    });
  const values = some(plan.values, move);
  lines.push(
    plan.values.length
      ? {
          vi: `Giữ ${plan.values.length} số liệu đã nhập, mỗi số vào đúng ô của nó: ${values.vi}.`,
          en: `Keeps the ${plan.values.length} values typed in, each in its own cell: ${values.en}.`,
        }
      : { vi: "Chưa có số liệu nào được nhập.", en: "No value was typed in yet." },
  );
  if (plan.kept.length) {
    const formulas = plan.kept.filter((k) => k.formula).length;
    const kept = some(plan.kept, move);
    lines.push({
      vi: `Giữ ${plan.kept.length} ô ngoài mẫu (${formulas} công thức, tham chiếu được chuyển theo ô): ${kept.vi}. Màu, viền, độ rộng cột và ghi chú (comment) của các ô này không được giữ.`,
      en: `Keeps ${plan.kept.length} cells outside the template (${formulas} formulas, their references moved with the cells): ${kept.en}. Their colours, borders, column widths and comments are not kept.`,
    });
  }
  if (plan.replaced.length) {
    const replaced = some(plan.replaced, (c) => `${c.cell} “${clip(c.content)}”`);
    lines.push({
      vi: `Không giữ được ${plan.replaced.length} ô của mẫu đã bị gõ đè; mẫu mới ghi lại nội dung của nó: ${replaced.vi}.`,
      en: `Cannot keep ${plan.replaced.length} template cells that were typed over; the new template writes its own: ${replaced.en}.`,
    });
  } else lines.push({ vi: "Không mất gì đã nhập.", en: "Nothing typed in is lost." });
  return lines;
}

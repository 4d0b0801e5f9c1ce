import { unreadableReport, type Framework, type Report, type Text } from "../domain";
import { fileIdentity } from "./save";
import { readSource, type Listing } from "./sources";
import { UserError } from "./userError";

const PREVIOUS_OUTPUT: Text = {
  vi: "Tệp kết quả (-o) của lần tổng hợp trước: không đọc, sẽ được ghi lại",
  en: "The previous output (-o) of this merge: not read, to be replaced",
};
const REGISTRY: Text = {
  vi: "Danh sách đơn vị (--registry), không phải báo cáo",
  en: "The unit list (--registry), not a report",
};

const holdsReport = (r: Report) =>
  r.unitCode !== null || r.period !== null || Object.keys(r.values).length > 0;

function refuse(output: string, vi: string, en: string): never {
  throw new UserError(
    `-o ${output} ${vi}: hãy chọn tên tệp khác (không bao giờ ghi đè tệp nguồn)`,
    `-o ${output} ${en}: choose another file name (a source is never overwritten)`,
  );
}

/**
 * Sets the merge's own files aside: the unit list and an earlier output found in a merged folder are
 * listed, not read. Refuses an output that is the unit list, a file named as a source, or a report in a
 * merged folder, by identity (another path to the same file is the same file).
 */
export async function setAsideOwnFiles(
  fw: Framework,
  listing: Listing,
  named: readonly string[],
  own: { output?: string; registry?: string },
): Promise<void> {
  const output = own.output && (await fileIdentity(own.output));
  const registry = own.registry && (await fileIdentity(own.registry));
  if (!output && !registry) return;
  if (output && output === registry)
    refuse(own.output!, "là danh sách đơn vị (--registry)", "is the unit list (--registry)");
  for (const file of named) {
    if (output && (await fileIdentity(file)) === output)
      refuse(own.output!, "là một trong các tệp đang tổng hợp", "is one of the files being merged");
  }
  const files: string[] = [];
  for (const file of listing.files) {
    const id = await fileIdentity(file);
    if (id === registry)
      listing.notRead.push(unreadableReport(file, "registry_file", REGISTRY.vi, REGISTRY.en));
    else if (id !== output) files.push(file);
    else if ((await readSource(fw, file)).some(holdsReport))
      refuse(
        own.output!,
        "là một báo cáo trong thư mục đang tổng hợp",
        "is a report in a folder being merged",
      );
    else
      listing.notRead.push(unreadableReport(file, "previous_output", PREVIOUS_OUTPUT.vi, PREVIOUS_OUTPUT.en));
  }
  listing.files = files;
}

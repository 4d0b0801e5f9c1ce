import { defaultFramework as fw, type RawCell } from "../../src/domain";
import { defaultSettings, settingsSheetLayout, SETTINGS_SHEET_NAME } from "../../src/document";
import { documentSettingsOf } from "../../src/sources";

const grid = (rows: { value?: string }[][]): RawCell[][] => rows.map((r) => r.map((c) => c.value ?? null));

describe("document settings kept in the workbook", () => {
  const defaults = defaultSettings(fw, "unit", "Trường A");

  it("reads back what the settings sheet was written with", () => {
    const s = { ...defaults, number: "07", date: "2025-12-20", recipients: ["CĐVC tỉnh (b/c)", "Lưu: VT"] };
    const rows = grid(settingsSheetLayout(s).rows);
    expect(documentSettingsOf([{ name: SETTINGS_SHEET_NAME, rows }], defaults)).toEqual(s);
  });

  it("takes what the user typed and keeps defaults for blank cells", () => {
    const rows = grid(settingsSheetLayout(defaults).rows);
    const at = (key: string) => rows.findIndex((r) => r[0] === key);
    rows[at("signer_name")][2] = "  Trần Thị B ";
    rows[at("date")][2] = 46011; // 20/12/2025 as Excel keeps a date
    rows[at("place")][2] = "";
    const spare = rows.findIndex((r) => r[0] === "recipient" && r[2] === "");
    rows[spare][2] = "Ban Nữ công";
    const s = documentSettingsOf(
      [
        { name: "Sheet1", rows: [[]] },
        { name: "x", rows },
      ],
      defaults,
    );
    expect(s.signer).toEqual({ ...defaults.signer, name: "Trần Thị B" });
    expect(s.date).toBe("2025-12-20");
    expect(s.place).toBe("Bình Định");
    expect(s.recipients).toEqual([...defaults.recipients, "Ban Nữ công"]);
  });

  it("gives the defaults when the workbook has no settings sheet", () => {
    expect(documentSettingsOf([{ name: "Sheet1", rows: [["x"]] }], defaults)).toBe(defaults);
  });
});

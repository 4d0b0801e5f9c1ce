import { mkdirSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { buildPreview, launchChromium } from "./browser";
import { base, fieldRow, reportFile } from "./reportFiles";
import { serveFolder } from "./server";
import { describeWorkbookFile } from "./workbookFileSteps";

// The preview page in a real browser: the task pane driving the simulated workbook, step by step, with
// a screenshot of each step in test-output/e2e/ (git-ignored).
jest.setTimeout(300_000);
const SHOTS = join(__dirname, "..", "..", "test-output", "e2e");
let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let page: Page;
const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
const pane = () => page.getByTestId("pane");
const cell = (address: string) => page.locator(`td[data-address="${address}"]`);
/** What a cell shows (a selected cell also holds its dropdown and input message). */
const shown = (address: string) => cell(address).locator("span").first().textContent();

async function typeInto(address: string, text: string) {
  await cell(address).dblclick();
  await page.getByTestId("cell-editor").fill(text);
  await page.getByTestId("cell-editor").press("Enter");
}

async function noSeriousViolations() {
  // The pane and the preview banner (the simulated grid stands in for Excel). Tabster's focus sentinels (Fluent's keyboard navigation) are aria-hidden on purpose: axe's known false positive.
  const result = await new AxeBuilder({ page })
    .include("[data-testid=pane]")
    .include("header[role=banner]")
    .exclude("[data-tabster-dummy]")
    .analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveFolder(buildPreview());
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
  page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}preview.html`);
  await pane().getByRole("heading", { name: "Chỉ tiêu", exact: true }).waitFor();
  expect(errors).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const members = `D${fieldRow("members")}`;
const initiatives = `D${fieldRow("members_with_initiatives")}`;

test("inserting the template adds the report sheet", async () => {
  await expect(page.getByText("BẢN XEM THỬ", { exact: false })).toBeTruthy();
  await shot("01-start");
  await noSeriousViolations();
  await pane().getByLabel("Mã đơn vị", { exact: true }).fill("DV01");
  await pane().getByLabel("Tên đơn vị", { exact: true }).fill("Trường THPT Số 1");
  await pane().getByRole("button", { name: "Chèn mẫu báo cáo" }).click();
  await page.locator('[data-sheet="Báo cáo chỉ tiêu"]').waitFor();
  await pane().getByText("Đã chèn trang “Báo cáo chỉ tiêu”").waitFor();
  expect(await shown(`D${fieldRow("unit_code")}`)).toBe("DV01");
  await shot("02-template-inserted");
});

test("an invalid value is listed and marked; fixing it clears both", async () => {
  await typeInto(members, "-4");
  const refusal = page.getByTestId("refusal");
  await refusal.getByText("Chỉ nhập số nguyên", { exact: false }).waitFor();
  await shot("03-typed-value-refused");
  await refusal.getByRole("button", { name: /Cancel/ }).click();
  expect(await shown(members)).toBe("");
  await typeInto(members, "40");
  await typeInto(initiatives, "50");
  await pane().getByRole("tab", { name: "Kiểm tra" }).click();
  const issue = pane().getByRole("button", { name: new RegExp(`^${initiatives}: .*lớn hơn`) });
  await issue.waitFor();
  await expect(cell(initiatives).getAttribute("data-marked")).resolves.toBe("true");
  await issue.click();
  await page.waitForFunction(
    (a) => document.querySelector(`td[data-address="${a}"]`)?.getAttribute("aria-selected") === "true",
    initiatives,
  );
  await shot("04-error-listed-and-marked");
  await typeInto(initiatives, "8");
  await pane().getByText("“Báo cáo chỉ tiêu”: không có lỗi.").waitFor();
  expect(await cell(initiatives).getAttribute("data-marked")).toBeNull();
  await shot("05-error-fixed");
});

test("a pasted block is validated", async () => {
  const first = fieldRow("employees");
  await cell(`D${first}`).click();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData("text/plain", "60\r\n55\r\nbốn mươi\r\n");
    document
      .querySelector('[data-testid="grid"]')!
      .dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
  });
  await pane()
    .getByRole("button", { name: new RegExp(`^${members}: `) })
    .waitFor();
  expect(await shown(`D${first + 1}`)).toBe("55");
  await shot("06-paste-validated");
  await typeInto(members, "40");
  await pane().getByText("“Báo cáo chỉ tiêu”: không có lỗi.").waitFor();
  await noSeriousViolations();
});

test("three more reports (a duplicate, another period) merge into the province's summary", async () => {
  const year = { period_kind: "Năm", year: 2025 };
  const files = [
    {
      name: "DV02.xlsx",
      buffer: await reportFile({
        unit_code: "DV02",
        unit_name: "Trường B",
        ...year,
        ...base,
        report_date: new Date("2025-12-10"),
      }),
    },
    {
      name: "DV01-cu.xlsx",
      buffer: await reportFile({
        unit_code: "DV01",
        unit_name: "Trường THPT Số 1",
        ...year,
        ...base,
        report_date: new Date("2025-06-01"),
      }),
    },
    {
      name: "DV03-6thang.xlsx",
      buffer: await reportFile({
        unit_code: "DV03",
        unit_name: "Trường C",
        period_kind: "6 tháng",
        year: 2025,
        ...base,
      }),
    },
  ];
  await typeInto(`D${fieldRow("report_date")}`, "46011"); // 20/12/2025, as Excel stores a date
  await pane().getByRole("tab", { name: "Tổng hợp" }).click();
  const readingThread = page.waitForEvent("worker");
  await pane()
    .getByTestId("pick-files")
    .setInputFiles(files.map((f) => ({ ...f, mimeType: "application/octet-stream" })));
  // The files are read on the pane's reading thread, not on the page.
  expect((await readingThread).url()).toMatch(/\/readFiles\.js$/);
  await pane().getByText("DV03-6thang.xlsx › Báo cáo").waitFor();
  await shot("07-sources");
  await pane().getByRole("button", { name: "Tổng hợp", exact: true }).click();
  const summary = pane().getByTestId("merge-summary");
  await summary.waitFor();
  await expect(summary.getByRole("heading", { name: "Kết quả toàn tỉnh — Năm 2025" }).count()).resolves.toBe(
    1,
  );
  await expect(summary.getByText("Đã nhận 2 báo cáo").count()).resolves.toBe(1);
  expect(await pane().getByTestId("merge-duplicates").textContent()).toContain("DV01");
  expect(await pane().getByTestId("merge-excluded").textContent()).toContain("DV03-6thang.xlsx");
  expect(await summary.locator('[data-target="2.5"] [data-status]').getAttribute("data-status")).toBe("met");
  await page.locator('[data-sheet="Tổng hợp Năm 2025"]').waitFor();
  await shot("08-merged-summary");
  await page.locator('[data-sheet="Báo cáo chỉ tiêu"]').click();
  await summary.getByRole("button", { name: "Mở trang “Tổng hợp Năm 2025”" }).click();
  await page.locator('[data-sheet="Tổng hợp Năm 2025"][aria-selected="true"]').waitFor();
  expect(await page.getByTestId("grid").textContent()).toContain("Đạt");
  await shot("09-consolidated-sheet");
  await noSeriousViolations();
});

test("the pane switches to English and follows a dark Office theme", async () => {
  await pane().getByRole("button", { name: "English" }).click();
  await pane().getByRole("tab", { name: "Merge" }).waitFor();
  await pane().getByRole("heading", { name: "Province results — Year 2025" }).waitFor();
  await shot("10-english");
  await page.getByRole("switch", { name: /Dark theme/ }).check();
  await page.getByRole("button", { name: /320 px/ }).click();
  await shot("11-dark-320px");
  const overflow = await page.getByTestId("pane").evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await noSeriousViolations();
  await pane().getByRole("button", { name: "English" }).click();
  await pane().getByRole("tab", { name: "Tổng hợp" }).waitFor();
});

test("a second year merged: the follow-up flags in the summary, and the term's trends side by side", async () => {
  await page.getByRole("switch", { name: /Dark theme/ }).uncheck();
  await page.getByRole("button", { name: /320 px/ }).click();
  const y2024 = { period_kind: "Năm", year: 2024, ...base, report_date: new Date("2024-12-10") };
  await pane()
    .getByTestId("pick-files")
    .setInputFiles([
      {
        name: "DV01-2024.xlsx",
        mimeType: "application/octet-stream",
        buffer: await reportFile({
          unit_code: "DV01",
          unit_name: "Trường THPT Số 1",
          ...y2024,
          employees: 120,
          eligible: 110,
          members: 100,
        }),
      },
      {
        name: "DV02-2024.xlsx",
        mimeType: "application/octet-stream",
        buffer: await reportFile({ unit_code: "DV02", unit_name: "Trường B", ...y2024 }),
      },
    ]);
  await pane().getByText("DV02-2024.xlsx › Báo cáo").waitFor();
  const kind = pane().getByRole("combobox", { name: "Kỳ tổng hợp" });
  await kind.selectOption("year");
  await pane().getByRole("spinbutton", { name: "Năm" }).fill("2024");
  await pane().getByRole("button", { name: "Tổng hợp", exact: true }).click();
  await pane().getByRole("heading", { name: "Kết quả toàn tỉnh — Năm 2024" }).waitFor();
  await pane().getByRole("spinbutton", { name: "Năm" }).fill("2025");
  await pane().getByRole("button", { name: "Tổng hợp", exact: true }).click();
  // The 2025 consolidation made above is still there: the pane says which sheet goes, and asks.
  const ask = page.getByRole("alertdialog", { name: "Thay trang tổng hợp cũ?" });
  await ask.getByText("Tổng hợp Năm 2025", { exact: false }).waitFor();
  await shot("12a-replace-asked");
  await ask.getByRole("button", { name: "Thay trang" }).click();
  await pane().getByRole("heading", { name: "Kết quả toàn tỉnh — Năm 2025" }).waitFor();
  const followUp = pane().getByTestId("merge-follow-up");
  await followUp.getByText(/DV01 — Trường THPT Số 1: Số đoàn viên công đoàn giảm 60%/).waitFor();
  await followUp.scrollIntoViewIfNeeded();
  await shot("12-follow-up");
  await noSeriousViolations();

  await pane().getByRole("tab", { name: "Xu hướng" }).click();
  const province = pane().getByRole("table", { name: "Kết quả toàn tỉnh qua các kỳ" });
  await province.waitFor();
  expect(await province.getByRole("columnheader").allTextContents()).toEqual([
    "Chỉ tiêu",
    "Năm 2024",
    "Năm 2025",
  ]);
  await shot("13-trends");
  await pane().getByRole("combobox", { name: "Đơn vị" }).click();
  await page.getByRole("option", { name: "DV01 — Trường THPT Số 1" }).click();
  const unit = pane().getByRole("table", { name: "Kết quả của DV01 — Trường THPT Số 1 qua các kỳ" });
  await unit.waitFor();
  await unit.scrollIntoViewIfNeeded();
  await shot("14-trends-unit");
  await noSeriousViolations();
  await pane().getByRole("button", { name: "Thêm trang Xu hướng có biểu đồ" }).click();
  await pane().getByText("Đã thêm trang “Xu hướng”", { exact: false }).waitFor();
  await page.locator('[data-sheet="Xu hướng"]').waitFor();
  await shot("15-trends-sheet");
});

describeWorkbookFile(() => ({ browser, url: server.url }));

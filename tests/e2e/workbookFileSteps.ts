import { mkdirSync, mkdtempSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { main } from "../../src/cli/main";
import type { Consolidation } from "../../src/domain";
import { fieldRow } from "./reportFiles";

// A clerk without Excel: the report .xlsx made by `chitieu template` is opened in the preview page,
// filled in as in Excel (a date typed the Vietnamese way, a rating from the dropdown, an error reached
// from the pane and fixed, one entry undone), downloaded, and merged by the office's command line.
// A screenshot of each step goes to test-output/e2e/. It runs in preview.test.ts, on the same build and
// browser, in a page of its own.
const SHOTS = join(__dirname, "..", "..", "test-output", "e2e");
const work = mkdtempSync(join(os.tmpdir(), "chitieu-e2e-file-"));
const templateFile = join(work, "bao-cao-DV01.xlsx");
let page: Page;

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `file-${name}.png`) });
const pane = () => page.getByTestId("pane");
const at = (field: string) => `D${fieldRow(field)}`;
const cell = (field: string) => page.locator(`td[data-address="${at(field)}"]`);
const shown = (field: string) => cell(field).locator("span").first().textContent();

async function typeInto(field: string, text: string) {
  await cell(field).dblclick();
  await page.getByTestId("cell-editor").fill(text);
  await page.getByTestId("cell-editor").press("Enter");
  await page.getByTestId("cell-editor").waitFor({ state: "detached" });
}

async function cli(...argv: string[]) {
  const out: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => out.push(t) });
  return { code, out: out.join("\n") };
}

/** Whether the cell is inside the grid's visible area (not under the frozen rows, not scrolled away). */
const onScreen = (field: string) =>
  page.evaluate((address) => {
    const grid = document.querySelector('[data-testid="grid"]')!.getBoundingClientRect();
    const td = document.querySelector(`td[data-address="${address}"]`)!.getBoundingClientRect();
    return td.top >= grid.top && td.bottom <= grid.bottom && td.left >= grid.left && td.right <= grid.right;
  }, at(field));

export function describeWorkbookFile(started: () => { browser: Browser; url: string }) {
  describe("a report file opened, filled in, downloaded and merged", () => {
    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      expect((await cli("template", "-o", templateFile)).code).toBe(0);
      const { browser, url } = started();
      const context = await browser.newContext({
        viewport: { width: 1366, height: 760 },
        acceptDownloads: true,
      });
      page = await context.newPage();
      await page.goto(`${url}preview.html`);
      await pane().getByRole("heading", { name: "Chỉ tiêu", exact: true }).waitFor();
    });

    afterAll(() => page?.context().close());

    test("the template made by `chitieu template` opens in the page as Excel shows it", async () => {
      await page.getByTestId("open-file").setInputFiles(templateFile);
      await page.locator('[data-sheet="Báo cáo"][aria-selected="true"]').waitFor();
      await page.getByText("Đã mở / Opened: bao-cao-DV01.xlsx").waitFor();
      // The hidden key column and row stay hidden; the labels sit beside the inputs.
      expect(await page.locator('td[data-address="A1"], td[data-address="B1"]').count()).toBe(0);
      await shot("01-opened");
      expect(await onScreen("unit_code")).toBe(true);
    });

    test("a date typed as 20/12/2025 is a date, a rating is picked from the dropdown", async () => {
      await typeInto("unit_code", "DV01");
      await typeInto("unit_name", "Trường THPT Số 1");
      await typeInto("period_kind", "Năm");
      await typeInto("year", "2025");
      await typeInto("report_date", "20/12/2025");
      expect(await shown("report_date")).toBe("20/12/2025");
      await cell("report_date").click();
      expect(await page.getByTestId("formula-bar-content").textContent()).toBe("20/12/2025");
      await shot("02-date-typed");
      await cell("self_rating").click();
      await page.getByTestId("input-message").getByText("chọn trong danh sách", { exact: false }).waitFor();
      await page.getByRole("button", { name: /Pick from the list/ }).click();
      await page.getByRole("menuitem", { name: "Hoàn thành tốt nhiệm vụ" }).waitFor();
      await shot("03-rating-dropdown");
      await page.getByRole("menuitem", { name: "Hoàn thành tốt nhiệm vụ" }).click();
      await page.waitForFunction(
        (a) =>
          document.querySelector(`td[data-address="${a}"] span`)?.textContent === "Hoàn thành tốt nhiệm vụ",
        at("self_rating"),
      );
    });

    test("an error listed in the pane is brought on screen and fixed", async () => {
      await typeInto("members", "40");
      await typeInto("members_with_initiatives", "50");
      await page.getByTestId("grid").evaluate((grid) => grid.scrollTo(0, 0));
      await pane().getByRole("tab", { name: "Kiểm tra" }).click();
      const issue = pane().getByRole("button", {
        name: new RegExp(`^${at("members_with_initiatives")}: .*lớn hơn`),
      });
      await issue.waitFor();
      await page.getByTestId("grid").evaluate((grid) => grid.scrollTo(0, grid.scrollHeight));
      expect(await onScreen("members_with_initiatives")).toBe(false);
      await issue.click();
      await page.waitForFunction(
        (a) => document.querySelector(`td[data-address="${a}"]`)?.getAttribute("aria-selected") === "true",
        at("members_with_initiatives"),
      );
      await page.waitForTimeout(300);
      expect(await onScreen("members_with_initiatives")).toBe(true);
      expect(await cell("members_with_initiatives").getAttribute("data-marked")).toBe("true");
      await shot("04-error-from-pane");
      await typeInto("members_with_initiatives", "8");
      await pane().getByText("“Báo cáo”: không có lỗi.").waitFor();
      await shot("05-error-fixed");
    });

    test("Ctrl+Z undoes one entry", async () => {
      await typeInto("employees", "50");
      await typeInto("eligible", "45");
      await typeInto("eligible", "47");
      expect(await shown("eligible")).toBe("47");
      await page.getByTestId("grid").press("Control+z");
      await page.waitForFunction(
        (a) => document.querySelector(`td[data-address="${a}"] span`)?.textContent === "45",
        at("eligible"),
      );
      await shot("06-undone");
    });

    test("the downloaded file merges from the command line with what was typed", async () => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: /Download \.xlsx/ }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("bao-cao-DV01.xlsx");
      const saved = join(work, "tai-ve", download.suggestedFilename());
      await download.saveAs(saved);
      const { code, out } = await cli("merge", saved, "--json");
      expect(code).toBe(0);
      const result = JSON.parse(out) as Consolidation;
      expect(result.excluded).toEqual([]);
      expect(result.units).toHaveLength(1);
      const [unit] = result.units;
      expect(unit).toMatchObject({ code: "DV01", name: "Trường THPT Số 1", reportDate: "2025-12-20" });
      expect(unit.values).toMatchObject({
        self_rating: "good",
        members: 40,
        members_with_initiatives: 8,
        employees: 50,
        eligible: 45,
      });
      expect(result.period).toEqual({ kind: "year", year: 2025 });
    });

    test("the work survives a reload; Start over asks, then empties the workbook", async () => {
      await page.waitForTimeout(1500);
      await page.reload();
      await page.locator('[data-sheet="Báo cáo"]').waitFor();
      expect(await shown("eligible")).toBe("45");
      expect(await shown("report_date")).toBe("20/12/2025");
      await shot("07-reloaded");
      await page.getByRole("button", { name: /Start over/ }).click();
      await page.getByRole("button", { name: /Remove and start over/ }).click();
      await page.locator('[data-sheet="Sheet1"]').waitFor();
      expect(await page.locator('[data-sheet="Báo cáo"]').count()).toBe(0);
      await shot("08-started-over");
    });
  });
}

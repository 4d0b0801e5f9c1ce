import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateManifest, withBaseUrl } from "../../scripts/validate-manifest";

const ROOT = join(__dirname, "../..");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const check = (xml: string) => validateManifest(xml, { root: ROOT });

function mutated(from: string, to: string): string {
  expect(manifest).toContain(from);
  return manifest.replace(from, to);
}

describe("manifest.xml, checked offline", () => {
  it("passes: resids resolve, URLs are https, ids unique, sets declared, icons at their sizes", () => {
    expect(check(manifest)).toEqual([]);
  });

  it("fails on a resid that names no resource", () => {
    expect(check(mutated('<Label resid="Merge.Label"/>', '<Label resid="Merge.Lable"/>'))).toEqual([
      expect.stringContaining('resid "Merge.Lable" is not defined in <Resources>'),
    ]);
  });

  it("fails on a resid of the wrong kind, a plain http URL, a duplicate id, a wrong icon size", () => {
    expect(
      check(mutated('<Description resid="Help.Tooltip"/>', '<Description resid="Help.Label"/>')),
    ).toEqual([expect.stringContaining('"Help.Label" is in ShortStrings, expected LongStrings')]);
    expect(
      check(mutated("https://localhost:3000/functions.js", "http://localhost:3000/functions.js")),
    ).toEqual([expect.stringContaining('"http://localhost:3000/functions.js" is not an https URL')]);
    expect(check(mutated('id="ChiTieu.Help"', 'id="ChiTieu.Merge"'))).toEqual([
      'id "ChiTieu.Merge" is used twice',
    ]);
    const wrongIcon = check(mutated("assets/icon-80.png", "assets/icon-64.png"));
    expect(wrongIcon.length).toBeGreaterThan(0);
    expect(wrongIcon.every((p) => p.endsWith("is 64×64, expected 80×80"))).toBe(true);
  });

  it("fails when the shared runtime is broken or a requirement set is dropped", () => {
    expect(check(mutated('<FunctionFile resid="Shared.Url"/>', '<FunctionFile resid="Help.Url"/>'))).toEqual([
      expect.stringContaining('resid "Help.Url" is not the runtime\'s "Shared.Url"'),
    ]);
    expect(check(mutated('lifetime="long"', 'lifetime="short"'))).toEqual([
      'one <Runtime lifetime="long"> is needed for the shared runtime',
    ]);
    expect(check(mutated('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""))).toEqual([
      "requirement set SharedRuntime is not declared",
    ]);
  });

  it("fails on malformed XML, saying where", () => {
    expect(check(mutated("</Group>", ""))).toEqual([
      expect.stringMatching(/^not well-formed XML: .*line \d+/),
    ]);
  });

  it("is Vietnamese by default with English overrides, and loads Vietnamese function names by default", () => {
    expect(manifest).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
    expect(manifest).toMatch(/<DisplayName DefaultValue="Chỉ tiêu">\s*<Override Locale="en-US"/);
    expect(manifest).toMatch(
      /id="Functions.Metadata.Url" DefaultValue="https:\/\/localhost:3000\/functions.vi.json">\s*<bt:Override Locale="en-US" Value="https:\/\/localhost:3000\/functions.json"/,
    );
    for (const label of ["Mẫu báo cáo", "Tổng hợp", "Trợ giúp"])
      expect(manifest).toContain(`DefaultValue="${label}"`);
  });

  it("has every ribbon function registered by the commands bundle", () => {
    const names = [...manifest.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(names).toEqual(["showTemplate", "mergeReports", "showHelp"]);
    const commands = readFileSync(join(ROOT, "src/commands/commands.ts"), "utf8");
    for (const name of names) expect(commands).toContain(`Office.actions.associate("${name}", ${name})`);
  });

  it("takes the production address from one setting, and only an https one", () => {
    const prod = withBaseUrl(manifest, "https://chitieu.example.vn/addin");
    expect(prod).not.toContain("localhost");
    expect(prod).toContain('DefaultValue="https://chitieu.example.vn/addin/taskpane.html"');
    expect(validateManifest(prod, { root: ROOT, baseUrl: "https://chitieu.example.vn/addin/" })).toEqual([]);
    expect(() => withBaseUrl(manifest, "http://chitieu.example.vn/")).toThrow(/https/);
  });
});

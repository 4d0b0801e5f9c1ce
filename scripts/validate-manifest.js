#!/usr/bin/env node
// Offline check of manifest.xml: Microsoft's validator (`npx office-addin-manifest validate`) needs
// the internet and no XSD ships on npm, so this checks what breaks a sideload most often:
// well-formed XML, every resid defined (and of the right kind), unique ids, https URLs only,
// the requirement sets and shared runtime we rely on, and the icons present at the sizes referenced.
// fast-xml-parser: small, no dependencies of its own, and it reports where XML is malformed.
const { XMLParser, XMLValidator } = require("fast-xml-parser");
const { existsSync, readFileSync } = require("node:fs");
const { join, resolve } = require("node:path");

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LIMITS = { ShortStrings: 125, LongStrings: 250 };

/** Every element as { name (prefix stripped), attrs, text, children, path }. */
function elementsOf(xml) {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    removeNSPrefix: true,
    preserveOrder: true,
    trimValues: true,
  });
  const all = [];
  const walk = (nodes, path) => {
    for (const node of nodes) {
      const name = Object.keys(node).find((k) => k !== ":@");
      if (!name || name === "#text" || name === "?xml" || name === "#comment") continue;
      const children = node[name];
      const text = children
        .map((c) => c["#text"])
        .filter((t) => t !== undefined)
        .join("");
      const el = { name, attrs: node[":@"] ?? {}, text: String(text), path: `${path}/${name}`, children: [] };
      all.push(el);
      const before = all.length;
      walk(children, el.path);
      el.children = all.slice(before).filter((c) => c.path === `${el.path}/${c.name}`);
    }
  };
  walk(parser.parse(xml), "");
  return all;
}

function pngSize(file) {
  const b = readFileSync(file);
  const png = b.length > 24 && b.toString("latin1", 1, 4) === "PNG";
  return png ? { width: b.readUInt32BE(16), height: b.readUInt32BE(20) } : null;
}

/**
 * @param {string} xml the manifest's text
 * @param {{ root: string, baseUrl?: string }} options root: the folder the URLs' files are served from
 * @returns {string[]} problems, empty when the manifest passes
 */
function validateManifest(xml, { root, baseUrl = "https://localhost:3000/" }) {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    const { msg, line, col } = wellFormed.err;
    return [`not well-formed XML: ${msg} (line ${line}, column ${col})`];
  }
  const problems = [];
  const els = elementsOf(xml);
  const first = (name) => els.find((e) => e.name === name);
  const office = els[0];
  if (office?.name !== "OfficeApp" || office.attrs.type !== "TaskPaneApp") {
    problems.push('the root must be <OfficeApp xsi:type="TaskPaneApp">');
  }
  if (!GUID.test(first("Id")?.text ?? "")) problems.push("<Id> must be a GUID");
  if (!first("DefaultLocale")?.text) problems.push("<DefaultLocale> is missing");
  if (first("Permissions")?.text !== "ReadWriteDocument") {
    problems.push("<Permissions> should be ReadWriteDocument (the least this add-in needs)");
  }

  // Resources: id → kind; ids unique and at most 32 characters.
  const resources = new Map();
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    for (const r of els.filter((e) => e.path.endsWith(`/Resources/${kind}/${e.name}`))) {
      const id = r.attrs.id;
      if (!id) problems.push(`a resource in ${kind} has no id`);
      else if (resources.has(id)) problems.push(`resource id "${id}" is defined twice`);
      else resources.set(id, { kind, el: r });
      if (id && id.length > 32) problems.push(`resource id "${id}" is longer than 32 characters`);
      const limit = LIMITS[kind];
      for (const value of [r.attrs.DefaultValue, ...r.children.map((c) => c.attrs.Value)]) {
        if (limit && value && value.length > limit) problems.push(`${id}: longer than ${limit} characters`);
      }
    }
  }

  // Every resid resolves, to a resource of the kind its element needs.
  const expected = (el) =>
    el.name === "Image"
      ? "Images"
      : ["SourceLocation", "FunctionFile", "Runtime", "LearnMoreUrl"].includes(el.name)
        ? "Urls"
        : el.name === "Description"
          ? "LongStrings"
          : "ShortStrings";
  for (const el of els.filter((e) => e.attrs.resid !== undefined)) {
    const res = resources.get(el.attrs.resid);
    if (!res) problems.push(`${el.path}: resid "${el.attrs.resid}" is not defined in <Resources>`);
    else if (res.kind !== expected(el)) {
      problems.push(`${el.path}: resid "${el.attrs.resid}" is in ${res.kind}, expected ${expected(el)}`);
    }
  }

  // Control, group and tab ids unique.
  const ids = new Set();
  for (const el of els.filter((e) => e.attrs.id && !e.path.includes("/Resources/"))) {
    if (ids.has(el.attrs.id)) problems.push(`id "${el.attrs.id}" is used twice`);
    ids.add(el.attrs.id);
  }

  // URLs: https only.
  const urlValues = [];
  for (const el of els) {
    const isUrl =
      ["IconUrl", "HighResolutionIconUrl", "SupportUrl"].includes(el.name) ||
      (el.name === "SourceLocation" && el.attrs.DefaultValue !== undefined) ||
      el.path.includes("/Resources/Urls/") ||
      el.path.includes("/Resources/Images/");
    if (isUrl) {
      for (const v of [el.attrs.DefaultValue, el.attrs.Value]) if (v !== undefined) urlValues.push([el, v]);
    }
    if (el.name === "AppDomain") urlValues.push([el, el.text]);
  }
  for (const [el, url] of urlValues) {
    if (!/^https:\/\/[^/\s]+/.test(url)) problems.push(`${el.path}: "${url}" is not an https URL`);
  }

  // Requirement sets and the shared runtime.
  const sets = new Map(els.filter((e) => e.name === "Set").map((s) => [s.attrs.Name, s.attrs.MinVersion]));
  for (const name of ["SharedRuntime", "CustomFunctionsRuntime"]) {
    if (!sets.has(name)) problems.push(`requirement set ${name} is not declared`);
  }
  const runtimes = els.filter((e) => e.name === "Runtime");
  if (runtimes.length !== 1 || runtimes[0].attrs.lifetime !== "long") {
    problems.push('one <Runtime lifetime="long"> is needed for the shared runtime');
  } else {
    const shared = runtimes[0].attrs.resid;
    const uses = els.filter(
      (e) =>
        e.name === "FunctionFile" ||
        (e.name === "SourceLocation" && /\/(Page|Action)\/SourceLocation$/.test(e.path)),
    );
    for (const el of uses) {
      if (el.attrs.resid !== shared)
        problems.push(`${el.path}: resid "${el.attrs.resid}" is not the runtime's "${shared}"`);
    }
  }

  // Icons: the files exist, as PNGs of the size each reference says.
  const fileOf = (url) =>
    url.startsWith(baseUrl) ? join(root, url.slice(baseUrl.length).split("?")[0]) : null;
  const checkIcon = (where, url, size) => {
    const file = fileOf(url);
    if (!file) return problems.push(`${where}: "${url}" is not under ${baseUrl}, cannot check it`);
    if (!existsSync(file)) return problems.push(`${where}: ${file} does not exist`);
    const dims = pngSize(file);
    if (!dims) problems.push(`${where}: ${file} is not a PNG`);
    else if (dims.width !== size || dims.height !== size) {
      problems.push(`${where}: ${file} is ${dims.width}×${dims.height}, expected ${size}×${size}`);
    }
  };
  for (const img of els.filter((e) => e.name === "Image" && e.attrs.size)) {
    const res = resources.get(img.attrs.resid);
    if (res?.kind === "Images") checkIcon(img.path, res.el.attrs.DefaultValue, Number(img.attrs.size));
  }
  const icon = first("IconUrl")?.attrs.DefaultValue;
  const highRes = first("HighResolutionIconUrl")?.attrs.DefaultValue;
  if (icon) checkIcon("IconUrl", icon, 32);
  if (highRes) checkIcon("HighResolutionIconUrl", highRes, 64);
  return problems;
}

/** The manifest with the dev server's address replaced by the production one. */
function withBaseUrl(xml, url) {
  const base = url.endsWith("/") ? url : `${url}/`;
  if (!/^https:\/\//.test(base)) throw new Error(`ADDIN_URL must be an https URL, got "${url}"`);
  return xml.split("https://localhost:3000/").join(base);
}

if (require.main === module) {
  const file = resolve(process.argv[2] ?? "manifest.xml");
  const root = resolve(process.argv[3] ?? ".");
  const base = process.env.ADDIN_URL || "https://localhost:3000/";
  const baseUrl = base.endsWith("/") ? base : `${base}/`;
  const problems = validateManifest(readFileSync(file, "utf8"), { root, baseUrl });
  for (const p of problems) console.error(`✗ ${p}`);
  console.log(
    problems.length
      ? `${file}: ${problems.length} problem(s) / lỗi`
      : `✓ ${file}: hợp lệ (kiểm tra ngoại tuyến) / valid (offline check)`,
  );
  console.log(
    "Với Internet, kiểm tra thêm bằng trình kiểm tra của Microsoft / With internet, also run Microsoft's validator:\n" +
      `  npx office-addin-manifest validate ${process.argv[2] ?? "manifest.xml"}`,
  );
  process.exitCode = problems.length ? 1 : 0;
}

module.exports = { validateManifest, withBaseUrl };

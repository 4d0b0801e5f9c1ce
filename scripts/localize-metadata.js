// Builds the Vietnamese custom-functions metadata (functions.vi.json) from the one generated from
// JSDoc (functions.json) and the translation table src/functions/metadata.vi.json. Ids, function
// names, types and dimensionality come from the generated file; only descriptions and parameter
// names (hints, never typed) are translated. A function keeps one name in every language: the report
// template writes `=CHITIEU.STATUS(…)` through Range.formulas, and workbooks travel between Vietnamese
// and English Excel. Any function or parameter the table misses, or a table that renames a function,
// is a problem: the build fails rather than ship a half-translated file.

/**
 * @param {{ functions: Array<{ id: string, name: string, description?: string, parameters: Array<{ name: string, description?: string }> }> }} metadata
 * @param {Record<string, { name?: string, description: string, parameters: Record<string, { name: string, description: string }> }>} table
 * @returns {{ metadata: object, problems: string[] }}
 */
function localizeMetadata(metadata, table) {
  const problems = [];
  const functions = metadata.functions.map((fn) => {
    const vi = table[fn.id];
    if (!vi) {
      problems.push(`${fn.id}: no Vietnamese entry`);
      return fn;
    }
    if ("name" in vi) {
      problems.push(
        `${fn.id}: the table renames the function ("${vi.name}"); its name is ${fn.name} in every language`,
      );
    }
    const known = new Set(fn.parameters.map((p) => p.name));
    for (const extra of Object.keys(vi.parameters ?? {}).filter((p) => !known.has(p))) {
      problems.push(`${fn.id}: the table names a parameter "${extra}" the function does not have`);
    }
    const parameters = fn.parameters.map((p) => {
      const vp = vi.parameters?.[p.name];
      if (!vp) {
        problems.push(`${fn.id}.${p.name}: no Vietnamese entry`);
        return p;
      }
      return { ...p, name: vp.name, description: vp.description };
    });
    return { ...fn, description: vi.description, parameters };
  });
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const extra of Object.keys(table).filter((id) => !ids.has(id))) {
    problems.push(`${extra}: in the table but not a custom function`);
  }
  return { metadata: { ...metadata, functions }, problems };
}

module.exports = { localizeMetadata };

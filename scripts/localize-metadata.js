// Builds the Vietnamese custom-functions metadata (functions.vi.json) from the one generated from
// JSDoc (functions.json) and the translation table src/functions/metadata.vi.json. Ids, types and
// dimensionality come from the generated file; only names and descriptions are replaced. Any
// function or parameter the table misses, or names that Excel would refuse, are problems: the build
// fails rather than ship a half-translated file.

// Excel: a name starts with a letter, has at least three characters, and uses letters, digits, _ and .
const NAME = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;

/**
 * @param {{ functions: Array<{ id: string, name: string, description?: string, parameters: Array<{ name: string, description?: string }> }> }} metadata
 * @param {Record<string, { name: string, description: string, parameters: Record<string, { name: string, description: string }> }>} table
 * @returns {{ metadata: object, problems: string[] }}
 */
function localizeMetadata(metadata, table) {
  const problems = [];
  const names = new Set();
  const functions = metadata.functions.map((fn) => {
    const vi = table[fn.id];
    if (!vi) {
      problems.push(`${fn.id}: no Vietnamese entry`);
      return fn;
    }
    if (!NAME.test(vi.name)) problems.push(`${fn.id}: "${vi.name}" is not a valid function name`);
    if (names.has(vi.name)) problems.push(`${fn.id}: name "${vi.name}" used twice`);
    names.add(vi.name);
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
    return { ...fn, name: vi.name, description: vi.description, parameters };
  });
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const extra of Object.keys(table).filter((id) => !ids.has(id))) {
    problems.push(`${extra}: in the table but not a custom function`);
  }
  return { metadata: { ...metadata, functions }, problems };
}

module.exports = { localizeMetadata };

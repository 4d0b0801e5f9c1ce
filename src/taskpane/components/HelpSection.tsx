import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { defaultFramework, fieldOf, ruleInputs } from "../../domain";
import type { Language } from "../../shared/language";
import viMetadata from "../../functions/metadata.vi.json";
import { strings } from "../strings";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingVerticalXS,
    textAlign: "left",
  },
});

/** How to call each function, and the inputs of CHITIEU.STATUS for every target, from the framework. */
export function HelpSection({ lang }: { lang: Language }) {
  const styles = useStyles();
  return (
    <section>
      <Subtitle2 block as="h2">
        {strings.functionsTitle[lang]}
      </Subtitle2>
      <ul>
        {Object.entries(viMetadata).map(([id, fn]) => (
          <li key={id}>
            <code>
              {lang === "vi"
                ? `CHITIEU.${id}(${Object.values(fn.parameters)
                    .map((p) => p.name)
                    .join("; ")})`
                : `CHITIEU.${id}(${Object.keys(fn.parameters).join(", ")})`}
            </code>
            {lang === "vi" && ` — ${fn.description}`}
          </li>
        ))}
      </ul>
      <Subtitle2 block as="h2">
        {strings.inputsTitle[lang]}
      </Subtitle2>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.cell}>{strings.code[lang]}</th>
            <th className={styles.cell}>{strings.inputs[lang]}</th>
          </tr>
        </thead>
        <tbody>
          {defaultFramework.targets.map((t) => (
            <tr key={t.code}>
              <td className={styles.cell}>{t.code}</td>
              <td className={styles.cell}>
                {ruleInputs(t.unit)
                  .map((id) => fieldOf(defaultFramework, id)?.label[lang] ?? id)
                  .join(" · ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import { useState } from "react";
import {
  Body1,
  Button,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { defaultFramework as fw, formatNumberVi, type UnitTrend } from "../../domain";
import { writeTrendsSheet } from "../../excel/trendsSheet";
import { capabilitiesOf } from "../../shared/capabilities";
import { useAction } from "../hooks/useAction";
import { useTrends } from "../hooks/useTrends";
import { usePane } from "../paneContext";
import { fill, strings } from "../strings";
import { Notice } from "./Notice";
import { TrendCell } from "./TrendCell";
import { TrendsTable, type TrendRow } from "./TrendsTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

function unitRows(unit: UnitTrend, lang: "vi" | "en"): TrendRow[] {
  const share: TrendRow = {
    key: "share",
    label: strings.shareMet[lang],
    cells: unit.byPeriod.map((p) =>
      p ? `${p.met}/${p.applicable}${p.share === null ? "" : ` (${formatNumberVi(p.share)}%)`}` : "—",
    ),
  };
  return [
    share,
    ...fw.targets.map((t, i) => ({
      key: t.code,
      label: t.code,
      cells: unit.byPeriod.map((p) => (p ? <TrendCell result={p.targets[i]} /> : strings.notReported[lang])),
    })),
  ];
}

/** Xu hướng: per target the province's result in every period of the term, and one unit's across periods. */
export function TrendsSection() {
  const styles = useStyles();
  const { host, lang } = usePane();
  const { term, error, refresh } = useTrends();
  const [unitCode, setUnitCode] = useState<string | null>(null);
  const write = useAction();
  if (!host.run) return <Body1>{strings.noExcel[lang]}</Body1>;
  const t = term?.trends;
  const unit = t?.units.find((u) => u.code === unitCode) ?? null;
  return (
    <div className={styles.root}>
      <Notice intent="error" text={error} />
      {term && !t?.periods.length && <Body1>{strings.noHistory[lang]}</Body1>}
      {term?.unreadable ? (
        <Notice
          intent="warning"
          text={{
            vi: fill(strings.unreadableHistory.vi, { sheet: term.sheet ?? "", n: term.unreadable }),
            en: fill(strings.unreadableHistory.en, { sheet: term.sheet ?? "", n: term.unreadable }),
          }}
        />
      ) : null}
      {t && t.periods.length > 0 && (
        <>
          <Subtitle2 block as="h3">
            {strings.provinceTrends[lang]}
          </Subtitle2>
          <TrendsTable
            label={strings.provinceTrends[lang]}
            first={strings.target[lang]}
            periods={t.periods}
            rows={t.targets.map((target) => ({
              key: target.code,
              label: target.code,
              cells: target.byPeriod.map((r) => <TrendCell result={r} />),
            }))}
          />
          <Subtitle2 block as="h3">
            {strings.unitTrends[lang]}
          </Subtitle2>
          <Field label={strings.pickUnit[lang]}>
            <Dropdown
              placeholder={strings.pickUnitHint[lang]}
              value={unit ? `${unit.code} — ${unit.name}` : ""}
              selectedOptions={unit ? [unit.code] : []}
              onOptionSelect={(_, d) => setUnitCode(d.optionValue ?? null)}
            >
              {t.units.map((u) => (
                <Option key={u.code} value={u.code} text={`${u.code} — ${u.name}`}>
                  {`${u.code} — ${u.name}`}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {unit && (
            <TrendsTable
              label={fill(strings.unitTrendsOf[lang], { unit: `${unit.code} — ${unit.name}` })}
              first={strings.target[lang]}
              periods={t.periods}
              rows={unitRows(unit, lang)}
            />
          )}
          <Button
            disabled={write.busy}
            onClick={() =>
              write.start(async () => {
                const sheet = await writeTrendsSheet(host.run!, fw, capabilitiesOf(host.isSetSupported));
                return {
                  vi: fill(strings.trendsWritten.vi, { sheet }),
                  en: fill(strings.trendsWritten.en, { sheet }),
                };
              })
            }
          >
            {strings.writeTrends[lang]}
          </Button>
          <Notice intent="success" text={write.done} onDismiss={write.clear} />
          <Notice intent="error" text={write.error} onDismiss={write.clear} />
        </>
      )}
      <Button appearance="subtle" onClick={() => void refresh()}>
        {strings.refresh[lang]}
      </Button>
    </div>
  );
}

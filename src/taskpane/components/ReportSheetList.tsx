import { Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { defaultFramework as fw } from "../../domain";
import type { ReportSheet, UpgradePlan } from "../../reportSheet";
import { capabilitiesOf } from "../../shared/capabilities";
import { useAction } from "../hooks/useAction";
import { usePane } from "../paneContext";
import { fill, strings } from "../strings";
import { Notice } from "./Notice";
import { UpgradeDialog } from "./UpgradeDialog";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "grid", gap: tokens.spacingVerticalXS },
});

const upgrading = () => import(/* webpackChunkName: "template" */ "../../excel/upgradeTemplate");

/**
 * The workbook's report sheets, each with its template version; one not on the current template can be
 * redone from it, after the pane says what is kept and what is not and the user agrees.
 */
export function ReportSheetList({
  reports,
  onChanged,
}: {
  reports: ReportSheet[];
  onChanged: () => Promise<void>;
}) {
  const styles = useStyles();
  const { host, lang } = usePane();
  const action = useAction();
  const [plan, setPlan] = useState<UpgradePlan | null>(null);
  const ask = (sheet: string) =>
    action.start(async () => {
      const { planTemplateUpgrade } = await upgrading();
      setPlan(await planTemplateUpgrade(host.run!, fw, sheet));
    });
  const answer = (ok: boolean) => {
    const agreed = plan!;
    setPlan(null);
    if (!ok) return;
    void action.start(async () => {
      const { upgradeTemplate } = await upgrading();
      const sheet = agreed.sheet;
      await upgradeTemplate(host.run!, fw, capabilitiesOf(host.isSetSupported), sheet, agreed);
      await onChanged();
      return { vi: fill(strings.upgraded.vi, { sheet }), en: fill(strings.upgraded.en, { sheet }) };
    });
  };
  const state = ({ current, version }: ReportSheet) =>
    current
      ? strings.upToDate[lang]
      : version < fw.version
        ? fill(strings.oldVersion[lang], { version })
        : strings.otherKeys[lang];
  return (
    <>
      <Subtitle2 block as="h3">
        {strings.reportSheets[lang]}
      </Subtitle2>
      {reports.length === 0 && <p>{strings.noReportSheets[lang]}</p>}
      <ul className={styles.list}>
        {reports.map((sheet) => (
          <li key={sheet.report.source}>
            {sheet.report.source} — {state(sheet)}
            {!sheet.current && (
              <Button size="small" disabled={action.busy} onClick={() => ask(sheet.report.source)}>
                {fill(strings.upgrade[lang], { sheet: sheet.report.source })}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <UpgradeDialog plan={plan} onAnswer={answer} />
      <Notice intent="success" text={action.done} onDismiss={action.clear} />
      <Notice intent="error" text={action.error} onDismiss={action.clear} />
      <Button onClick={onChanged}>{strings.refresh[lang]}</Button>
    </>
  );
}

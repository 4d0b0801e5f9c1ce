import { Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { defaultFramework as fw } from "../../domain";
import type { ReportSheet } from "../../reportSheet";
import { capabilitiesOf } from "../../shared/capabilities";
import { useAction } from "../hooks/useAction";
import { usePane } from "../paneContext";
import { fill, strings } from "../strings";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "grid", gap: tokens.spacingVerticalXS },
});

/** The workbook's report sheets, each with its template version; an old one can be upgraded in place. */
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
  const upgrade = (sheet: string) =>
    action.start(async () => {
      const { upgradeTemplate } = await import(
        /* webpackChunkName: "template" */ "../../excel/upgradeTemplate"
      );
      await upgradeTemplate(host.run!, fw, capabilitiesOf(host.isSetSupported), sheet);
      await onChanged();
      return { vi: fill(strings.upgraded.vi, { sheet }), en: fill(strings.upgraded.en, { sheet }) };
    });
  return (
    <>
      <Subtitle2 block as="h3">
        {strings.reportSheets[lang]}
      </Subtitle2>
      {reports.length === 0 && <p>{strings.noReportSheets[lang]}</p>}
      <ul className={styles.list}>
        {reports.map(({ report, version }) => (
          <li key={report.source}>
            {report.source} —{" "}
            {version >= fw.version ? strings.upToDate[lang] : fill(strings.oldVersion[lang], { version })}
            <Button size="small" disabled={action.busy} onClick={() => upgrade(report.source)}>
              {fill(strings.upgrade[lang], { sheet: report.source })}
            </Button>
          </li>
        ))}
      </ul>
      <Notice intent="success" text={action.done} onDismiss={action.clear} />
      <Notice intent="error" text={action.error} onDismiss={action.clear} />
      <Button onClick={onChanged}>{strings.refresh[lang]}</Button>
    </>
  );
}

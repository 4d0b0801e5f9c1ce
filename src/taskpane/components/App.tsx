import { lazy, Suspense, useEffect, useState } from "react";
import { Body1, makeStyles, Tab, TabList, Title2, ToggleButton, tokens } from "@fluentui/react-components";
import { lastPaneRequest, onPaneRequest, type PaneRequest, type PaneSection } from "../../shared/paneRequest";
import { missingCapabilities } from "../../shared/capabilities";
import { usePane } from "../paneContext";
import { strings } from "../strings";
import { CheckSection } from "./CheckSection";
import { Notice } from "./Notice";
import { TemplateSection } from "./TemplateSection";

// The merge and help sections load when first opened: the pane's first download stays small.
const MergeSection = lazy(() => import("./MergeSection").then((m) => ({ default: m.MergeSection })));
const TrendsSection = lazy(() => import("./TrendsSection").then((m) => ({ default: m.TrendsSection })));
const HelpSection = lazy(() => import("./HelpSection").then((m) => ({ default: m.HelpSection })));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", alignItems: "center" },
  tabs: { flexWrap: "wrap" },
});

const SECTIONS: { id: PaneSection; label: keyof typeof strings }[] = [
  { id: "report", label: "toReport" },
  { id: "check", label: "toCheck" },
  { id: "merge", label: "toMerge" },
  { id: "trends", label: "toTrends" },
  { id: "help", label: "toHelp" },
];

function initialRequest(): PaneRequest {
  const asked = new URLSearchParams(window.location.search).get("section");
  const section = SECTIONS.find((s) => s.id === asked)?.id ?? "report";
  return lastPaneRequest() ?? { section };
}

export function App() {
  const styles = useStyles();
  const { host, lang, setLang } = usePane();
  const [request, setRequest] = useState<PaneRequest>(initialRequest);
  useEffect(() => onPaneRequest(setRequest), []);
  const missing = host.run ? missingCapabilities(host.isSetSupported) : [];
  const section = request.section;
  // Once opened, the merge section stays mounted (hidden), so its sources and summary survive a tab change.
  const [mergeOpened, setMergeOpened] = useState(section === "merge");
  useEffect(() => {
    if (section === "merge") setMergeOpened(true);
  }, [section]);
  return (
    <main className={styles.root} lang={lang}>
      <header className={styles.header}>
        <Title2 as="h1">{strings.title[lang]}</Title2>
        <ToggleButton
          title={strings.languageLabel[lang]}
          checked={lang === "en"}
          onClick={() => setLang(lang === "en" ? "vi" : "en")}
        >
          {strings.english[lang]}
        </ToggleButton>
      </header>
      <TabList
        className={styles.tabs}
        aria-label={strings.sections[lang]}
        selectedValue={section}
        onTabSelect={(_, d) => setRequest({ section: d.value as PaneSection })}
      >
        {SECTIONS.map((s) => (
          <Tab key={s.id} value={s.id}>
            {strings[s.label][lang]}
          </Tab>
        ))}
      </TabList>
      <Notice text={request.notice?.text} intent={request.notice?.intent ?? "info"} />
      <Notice
        intent="warning"
        text={
          missing.length
            ? {
                vi: strings.missing.vi + missing.map((c) => c.text.vi).join("; ") + strings.missingTail.vi,
                en: strings.missing.en + missing.map((c) => c.text.en).join("; ") + strings.missingTail.en,
              }
            : null
        }
      />
      <section hidden={section !== "report"} aria-label={strings.toReport[lang]}>
        <TemplateSection active={section === "report"} />
      </section>
      <section hidden={section !== "check"} aria-label={strings.toCheck[lang]}>
        <CheckSection />
      </section>
      <Suspense fallback={<Body1>{strings.loading[lang]}</Body1>}>
        <section hidden={section !== "merge"} aria-label={strings.toMerge[lang]}>
          {mergeOpened && <MergeSection active={section === "merge"} merged={request.merged} />}
        </section>
        {section === "trends" && (
          <section aria-label={strings.toTrends[lang]}>
            <TrendsSection />
          </section>
        )}
        {section === "help" && <HelpSection lang={lang} />}
      </Suspense>
    </main>
  );
}

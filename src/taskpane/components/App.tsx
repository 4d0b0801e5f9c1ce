import { useEffect, useState } from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, Title2, tokens } from "@fluentui/react-components";
import { displayLanguage } from "../../shared/language";
import { lastPaneRequest, onPaneRequest, type PaneRequest } from "../../shared/paneRequest";
import { missingCapabilities, officeIsSetSupported } from "../capabilities";
import { strings } from "../strings";
import { HelpSection } from "./HelpSection";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  nav: { display: "flex", gap: tokens.spacingHorizontalS },
});

function initialRequest(): PaneRequest {
  const fromUrl = new URLSearchParams(window.location.search).get("section") === "help" ? "help" : "report";
  return lastPaneRequest() ?? { section: fromUrl };
}

export function App() {
  const styles = useStyles();
  const lang = displayLanguage();
  const [request, setRequest] = useState<PaneRequest>(initialRequest);
  useEffect(() => onPaneRequest(setRequest), []);
  const missing = missingCapabilities(officeIsSetSupported());
  return (
    <main className={styles.root} lang={lang}>
      <Title2 as="h1">{strings.title[lang]}</Title2>
      <nav className={styles.nav}>
        <Button
          appearance={request.section === "report" ? "primary" : "secondary"}
          onClick={() => setRequest({ section: "report" })}
        >
          {strings.toReport[lang]}
        </Button>
        <Button
          appearance={request.section === "help" ? "primary" : "secondary"}
          onClick={() => setRequest({ section: "help" })}
        >
          {strings.toHelp[lang]}
        </Button>
      </nav>
      {request.notice && (
        <MessageBar intent={request.notice.intent}>
          <MessageBarBody>{request.notice.text[lang]}</MessageBarBody>
        </MessageBar>
      )}
      {missing.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {strings.missing[lang]}
            {missing.map((c) => c.text[lang]).join("; ")}
            {strings.missingTail[lang]}
          </MessageBarBody>
        </MessageBar>
      )}
      {request.section === "help" ? <HelpSection lang={lang} /> : <p>{strings.report[lang]}</p>}
    </main>
  );
}

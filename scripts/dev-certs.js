// The https certificate for the dev server (https://localhost:3000), from office-addin-dev-certs.
// Its getHttpsServerOptions() also installs the CA, which needs sudo and fails as root on Linux; so
// read the files it writes to ~/.office-addin-dev-certs, generating them first if missing. Trusting
// the CA (needed by Excel on the web and desktop) is then `npx office-addin-dev-certs install`.
const { existsSync, readFileSync } = require("node:fs");
const { homedir } = require("node:os");
const { join } = require("node:path");

const DIR = join(homedir(), ".office-addin-dev-certs");
const FILES = { ca: join(DIR, "ca.crt"), cert: join(DIR, "localhost.crt"), key: join(DIR, "localhost.key") };

async function devCerts() {
  if (!Object.values(FILES).every((f) => existsSync(f))) {
    const { generateCertificates } = require("office-addin-dev-certs");
    await generateCertificates(FILES.ca, FILES.cert, FILES.key);
  }
  return { ca: readFileSync(FILES.ca), cert: readFileSync(FILES.cert), key: readFileSync(FILES.key) };
}

module.exports = { devCerts, CERT_DIR: DIR };

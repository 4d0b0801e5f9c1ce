#!/usr/bin/env node
require("../lib/cli/main.js").runAsCommand(process.argv.slice(2));

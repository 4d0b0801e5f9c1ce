import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

export default tseslint.config(
  { ignores: ["node_modules", "lib", "dist", "coverage", "test-output"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // The domain core is pure: no Office, no DOM, no file system.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "Office", "Excel", "window", "document", "fetch"],
      "no-restricted-imports": ["error", { patterns: ["fs", "node:*", "react", "@fluentui/*", "exceljs"] }],
    },
  },
  {
    // The one reader of grids is as pure as the domain.
    files: ["src/sources/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "Office", "Excel", "window", "document", "fetch"],
      "no-restricted-imports": [
        "error",
        {
          patterns: ["fs", "node:*", "react", "@fluentui/*", "exceljs", "**/excel/*", "**/xlsx", "**/xlsx/*"],
        },
      ],
    },
  },
  {
    // Layouts are grids: an adapter writes them, a layout never reaches for one.
    files: ["src/reportSheet/**/*.ts", "src/consolidatedSheet/**/*.ts", "src/document/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/excel/*", "**/xlsx", "**/xlsx/*", "**/fake-excel", "**/fake-excel/*", "exceljs"],
              message:
                "A layout is a plain grid: adapters (src/excel, src/xlsx) import layouts, never the reverse.",
            },
          ],
        },
      ],
    },
  },
  {
    // The ribbon's commands are their own bundle: they reach the pane through src/shared, never by import.
    files: ["src/commands/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/taskpane", "**/taskpane/*"],
              message:
                "The ribbon may not import the pane: share through src/shared (paneRequest, failure, capabilities).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["bin/**/*.js", "scripts/**/*.js", "*.config.js", "webpack.config.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        Buffer: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);

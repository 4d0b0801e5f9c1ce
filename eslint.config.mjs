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

// Three bundles for one shared-runtime page, taskpane.html: functions (custom functions, kept free
// of React, Fluent and full zod), commands (ribbon buttons) and taskpane (the React pane).
const path = require("node:path");
const { readFileSync } = require("node:fs");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { localizeMetadata } = require("./scripts/localize-metadata");
const { withBaseUrl } = require("./scripts/validate-manifest");
const { devCerts } = require("./scripts/dev-certs");
const { sideloadHelp } = require("./scripts/sideload-help");

const DEV_URL = "https://localhost:3000/";
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

// The metadata plugin also appends unguarded CustomFunctions.associate calls to functions.ts; our
// entry src/functions/register.ts associates them itself, only where the runtime exists.
class WithoutAutoAssociate {
  apply(compiler) {
    compiler.hooks.compilation.tap("WithoutAutoAssociate", (compilation) => {
      webpack.NormalModule.getCompilationHooks(compilation).beforeLoaders.tap(
        "WithoutAutoAssociate",
        (_, module) => {
          module.loaders = module.loaders.filter(
            (l) => !l.loader.includes("custom-functions-metadata-plugin"),
          );
        },
      );
    });
  }
}

// functions.vi.json: the generated functions.json with Vietnamese descriptions and parameter hints.
class VietnameseMetadata {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("VietnameseMetadata", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "VietnameseMetadata", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const generated = compilation.getAsset("functions.json");
          if (!generated) return; // the metadata plugin reported why
          const table = JSON.parse(
            readFileSync(path.join(__dirname, "src/functions/metadata.vi.json"), "utf8"),
          );
          const { metadata, problems } = localizeMetadata(
            JSON.parse(generated.source.source().toString()),
            table,
          );
          for (const p of problems)
            compilation.errors.push(new webpack.WebpackError(`functions.vi.json: ${p}`));
          compilation.emitAsset(
            "functions.vi.json",
            new webpack.sources.RawSource(JSON.stringify(metadata, null, 2)),
          );
        },
      );
    });
  }
}

// What `npm start` prints first: the preview page, for a machine without Excel.
const previewHelp = () =>
  [
    "",
    "Xem thử không cần Excel / Preview without Excel:",
    `  ${DEV_URL}preview.html   (ngăn tác vụ thật bên cạnh một sổ tính mô phỏng /`,
    "   the real task pane beside a simulated workbook; ?lang=en ?theme=dark ?api=1.7)",
  ].join("\n");

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  // The preview page (src/preview) is built for the dev server, and for production only on request
  // (`--env preview`, as the e2e tests and the bench do): a deployed add-in does not ship it.
  const withPreview = !production || Boolean(env.preview);
  const addinUrl = process.env.ADDIN_URL || DEV_URL;
  const serving = process.env.WEBPACK_SERVE === "true";
  return {
    mode: production ? "production" : "development",
    devtool: "source-map",
    entry: {
      functions: "./src/functions/register.ts",
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/index.tsx",
      // The pane's reading thread (a Web Worker): picked files are read there.
      readFiles: "./src/taskpane/readFiles.worker.ts",
      ...(withPreview ? { preview: "./src/preview/index.tsx" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // The manifest names functions.js (<Script>), so it keeps a fixed name; the page loads it with a
      // ?hash query (HtmlWebpackPlugin `hash`) so a new build is never served from cache.
      // The pane starts its reading thread by name too (readFiles.js).
      filename: (data) =>
        ["functions", "readFiles"].includes(data.chunk.name) ? "[name].js" : "[name].[contenthash:8].js",
      // Chunks loaded on demand: the ribbon's merge when pressed.
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type errors are `npm test`'s job (tsc --noEmit); ES modules let webpack drop unused code.
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      new WithoutAutoAssociate(),
      new VietnameseMetadata(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        hash: true,
      }),
      ...(withPreview
        ? [
            new HtmlWebpackPlugin({
              filename: "preview.html",
              template: "./src/preview/preview.html",
              chunks: ["preview"],
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The preview runs the pane on Microsoft's own Office.js client (a devDependency) against the
          // in-memory Excel host; a deployed add-in loads Office.js from Microsoft's CDN instead.
          ...(withPreview
            ? [
                {
                  from: require.resolve("@microsoft/office-js/dist/excel-web-16.00.js"),
                  to: "office-js/[name][ext]",
                  // Served as Microsoft ships it: not minified again, no licence comments extracted.
                  info: { minimized: true },
                },
              ]
            : []),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => withBaseUrl(content.toString(), addinUrl),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          port: 3000,
          server: { type: "https", options: await devCerts() },
          headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "no-cache" },
          static: false,
          // One page holds three bundles: a full reload, not hot module replacement, keeps the
          // custom functions registered once.
          hot: false,
          client: { overlay: { warnings: false } },
          onListening: () => console.log(previewHelp() + "\n" + sideloadHelp()),
        }
      : undefined,
  };
};

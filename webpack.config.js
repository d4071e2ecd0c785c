/* Builds the add-in (task pane, ribbon commands, browser playground) into dist/ and the CLI into dist/cli/. */
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const swc = (target) => ({
  test: /\.[jt]sx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'swc-loader',
    options: {
      // Not .swcrc (CommonJS, for jest): ES modules let webpack tree-shake Fluent UI and its icons.
      swcrc: false,
      module: { type: 'es6' },
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic' } },
        target,
      },
    },
  },
});

const DEV_PORT = 3000;

/** Office only loads a trusted https origin: `npm start` installs office-addin-dev-certs' localhost certificate. */
function devHttps() {
  const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
  const fs = require('fs');
  const [cert, key, ca] = ['localhost.crt', 'localhost.key', 'ca.crt'].map((f) => path.join(dir, f));
  if (!fs.existsSync(cert) || !fs.existsSync(key)) return 'https';
  return { type: 'https', options: { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ca: fs.existsSync(ca) ? fs.readFileSync(ca) : undefined } };
}

module.exports = (env, argv) => {
  const production = argv.mode !== 'development';
  const web = {
    name: 'addin',
    target: ['web', 'es2017'],
    devtool: production ? 'source-map' : 'eval-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      playground: './src/playground/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: { keep: /^cli\// },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [swc('es2017')] },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new HtmlWebpackPlugin({ filename: 'playground.html', template: './src/playground/playground.html', chunks: ['playground'] }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets' }, { from: 'manifest.xml', to: 'manifest.xml' }] }),
    ],
    devServer: {
      port: DEV_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: production ? 'https' : devHttps(),
      static: false,
    },
  };
  const cli = {
    name: 'cli',
    target: 'node20',
    devtool: false,
    entry: { goaltable: './src/cli/main.ts' },
    output: { path: path.resolve(__dirname, 'dist/cli'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [swc('es2020')] },
    // Runtime packages stay in node_modules: the CLI is installed with its dependencies.
    externals: [({ request }, callback) => (/^[@a-z]/.test(request) ? callback(null, `commonjs ${request}`) : callback())],
    externalsPresets: { node: true },
    optimization: { minimize: false },
    plugins: [new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true })],
  };
  return [web, cli];
};

/** The import rules of DESIGN.md: renderer → shared ← main core ← main/shell; 'electron' only in main/shell. */
module.exports = {
  forbidden: [
    {
      name: 'shared-stays-pure',
      comment: 'shared/ is used by both sides: no Node built-ins, no Electron, React or database, no other room',
      severity: 'error',
      from: { path: '^shared/' },
      to: {
        pathNot: '^shared/',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'shared-no-foreign-packages',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(main|renderer)/|node_modules/(electron|react|react-dom|antd|better-sqlite3)', },
    },
    {
      name: 'renderer-only-shared',
      comment: 'the renderer talks to main only through window.api',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^main/' },
    },
    {
      name: 'renderer-no-node',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'electron-only-in-shell',
      severity: 'error',
      from: { pathNot: '^main/shell/' },
      to: { path: '^electron$|node_modules/electron/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'core-not-into-shell',
      severity: 'error',
      from: { path: '^main/', pathNot: '^main/shell/' },
      to: { path: '^main/shell/' },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(out|node_modules)/' },
  },
};

/** Import rules of the house (see ../shared/DESIGN.md). `npm run check` fails on any of them. */
module.exports = {
  forbidden: [
    {
      name: 'libs-never-import-apps',
      comment: 'apps import libs, never the reverse',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'api-and-worker-apart',
      comment: 'the API and the worker never import each other',
      severity: 'error',
      from: { path: '^apps/api/' },
      to: { path: '^apps/worker/' },
    },
    {
      name: 'worker-and-api-apart',
      severity: 'error',
      from: { path: '^apps/worker/' },
      to: { path: '^apps/api/' },
    },
    {
      name: 'feature-through-its-service',
      comment:
        'a feature in libs/domain reaches another only through its service (or its errors and entity types); ' +
        'common/, seed/ and the entity list are shared ground',
      severity: 'error',
      from: { path: '^libs/domain/src/([^/]+)/', pathNot: '^libs/domain/src/(common|seed)/' },
      to: {
        path: '^libs/domain/src/([^/]+)/',
        pathNot: [
          '^libs/domain/src/$1/',
          '^libs/domain/src/common/',
          '\\.service\\.ts$',
          '\\.errors\\.ts$',
          '\\.entity\\.ts$',
          '\\.module\\.ts$',
        ],
      },
    },
    {
      name: 'platform-libs-below-domain',
      comment:
        'config, database, queue, mail and storage are platform pieces: they know nothing of the business',
      severity: 'error',
      from: { path: '^libs/(config|database|queue|mail|storage)/' },
      to: { path: '^libs/domain/' },
    },
    {
      name: 'web-app-alone',
      comment: 'the browser app talks to the API over HTTP only (its types come from openapi.json)',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^(libs|apps/(api|worker))/' },
    },
    {
      name: 'web-tests-stay-out-of-the-app',
      severity: 'error',
      from: { path: '^apps/web/src/', pathNot: '\\.test\\.tsx?$|^apps/web/src/test/' },
      to: { path: '\\.test\\.tsx?$|^apps/web/src/test/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'tests-stay-out-of-production',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: '\\.(spec|int-spec|e2e-spec)\\.ts$|^libs/testing/' },
      to: { path: '^libs/testing/|\\.(spec|int-spec|e2e-spec)\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.d.ts', '.js'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};

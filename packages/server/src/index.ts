/** The server's public surface: the CLI (`mend serve`, users, tokens, export/import) uses these. */
export type { ServerConfig } from './config';
export { configFromEnv } from './config';
export type { Storage } from './storage/open-storage';
export { openStorage, SQLITE_FILE_NAME } from './storage/open-storage';
export { startServer } from './http/start-server';
export { buildApp } from './http/build-app';
export { addUser, findUserByName } from './services/users';
export { createPersonalToken, listPersonalTokens } from './services/tokens';
export { exportAccount } from './services/export';
export { importAccount } from './services/import';
export { getPreferences } from './services/preferences';
export { ApiProblem } from './api-problem';
export { backupSqlite, restoreSqlite, BackupProblem } from './storage/sqlite-backup';
export { KeyProblem, readServerKeyFile, writeNewServerKeyFile, type ServerKey } from './storage/server-key';
export { rotateServerKey } from './storage/rotate-server-key';
export { addQuestionnaire, listQuestionnaireSummaries } from './services/questionnaire-registry';

export { createDatabase, openDatabase, DATA_KEY_BYTES, type Db, type OpenOptions } from './database';
export { migrate, userVersion } from './migrate';
export { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations';

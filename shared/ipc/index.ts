export * from './contract';
export type { ChannelDef, Access } from './define';
export type { SessionInfo } from './auth.contract';
export type { User, Unit } from './users.contract';
export { PASSWORD_MIN, MAX_SHORT, MAX_TEXT } from './fields';
export type { Api } from './api';
export { INVOKE_CHANNEL } from './api';

import type { Catalog } from '..';
import type zh from '../zh-CN/setup';

const setup: Catalog<typeof zh> = {
  title: 'First-run setup',
  intro: 'Welcome to Qingzheng. Complete these steps once, then you can start working on cases.',
  steps: {
    office: 'Office',
    admin: 'Administrator',
    recovery: 'Recovery key',
    done: 'Start',
  },
  office: {
    unitName: 'Top unit name',
    unitNamePlaceholder: 'e.g. Mianyang Commission for Discipline Inspection and Supervision',
    unitNameHelp: 'The root of the unit tree; add sub-units later under Settings › Units.',
  },
  admin: {
    intro: 'The first account is the system administrator, who adds other users, maintains units and settings.',
    username: 'User name',
    displayName: 'Full name',
    password: 'Password',
    passwordConfirm: 'Repeat password',
    create: 'Create account',
  },
  recovery: {
    title: 'Keep the recovery key',
    once: 'The recovery key is shown this one time only; it cannot be displayed again.',
    instruction:
      'Print it or write it down by hand, and keep it apart from this computer (for example in a locked cabinet). If every administrator password is lost, the recovery key is the only way back in; if both are lost, the data cannot be recovered.',
    print: 'Print the recovery key',
    written: 'I have written it down or printed it',
    printTitle: 'Qingzheng · Recovery key',
    printNote: 'Keep apart from the computer. Use it to reset a password if every administrator password is lost.',
    confirmTitle: 'Check the recovery key',
    confirmIntro: 'To make sure the key was kept correctly, type it in again from your copy.',
    confirmLabel: 'Recovery key',
    confirm: 'Check',
    showAgain: 'Show the key again',
  },
  done: {
    title: 'Setup complete',
    subtitle: 'The recovery key checks out. You can now enter the system and add users and units.',
    enter: 'Enter',
  },
  pending: {
    title: 'Check the recovery key',
    intro: 'The recovery key made at setup has not been checked yet. Type it in from your copy before using the system.',
  },
};
export default setup;

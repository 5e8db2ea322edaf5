import type { Catalog } from '..';
import type zh from '../zh-CN/frame';

const frame: Catalog<typeof zh> = {
  menu: {
    faultTolerance: 'Fault tolerance',
    nameClearing: 'Name clearing',
    statistics: 'Statistics',
    settings: 'Settings',
  },
  header: {
    lock: 'Lock',
    signOut: 'Sign out',
    signOutConfirm: 'Sign out? Anything not yet saved will be lost.',
  },
  placeholder: {
    faultTolerance:
      'Fault-tolerance cases will be handled here: application and acceptance, investigation, ruling and application of the result, with correction deadlines and their follow-up.',
    nameClearing:
      'Name-clearing cases will be handled here: verifying untrue reports, deciding on clearance, clearing the name in the right circle and following up.',
    statistics: 'Figures for both kinds of case will be gathered here, with ledgers and the yearly report upward.',
    empty: 'Nothing here yet',
  },
  notFound: 'This page does not exist.',
};
export default frame;

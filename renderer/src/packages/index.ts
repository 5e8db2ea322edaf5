// The package screens' layout travels with them.
import './packages.css';

export { PackageExport } from './package-export';
export { PackageImport } from './package-import';
export { OriginOfficeTag } from './origin-office-tag';

import { createCore } from '../core';
import { startShell } from './lifecycle';

// The bundle runs as CommonJS from out/main, so __dirname locates the renderer and preload bundles beside it.
startShell({ mainDir: __dirname, createCore });

/**
 * Starts the SCORM runtime adapter in a package's launch page, whose `<html data-scorm="1.2">` (or
 * "2004") names the version. Imported by the launch bundle before the elements are defined.
 */
import { startScormRuntime } from './scorm-runtime.js';

const version = document.documentElement.dataset.scorm;
if (version === '1.2' || version === '2004') startScormRuntime(window, version);

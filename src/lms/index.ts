/**
 * recap-widgets/lms: a recap for a learning management system. SCORM 1.2 and 2004 packages (the
 * zip and its parts; in Node, `scormPackage` makes one from an article in one call) and the runtime
 * adapter their launch page runs. Never part of the reader bundles.
 */
export { scormZip, scormPackageFiles, isPackageAsset, type ScormPackageParts } from './package.js';
export { scormManifest, LAUNCH_PAGE } from './manifest.js';
export { launchPage, LAUNCH_SCRIPT } from './launch-page.js';
export { interactionFields, type AnswerFacts, type ScormVersion } from './interactions.js';
export { toSuspendData, fromSuspendData, SUSPEND_LIMIT } from './suspend.js';
export { startScormRuntime, type ScormRuntime } from './scorm-runtime.js';
export { findScormApi, ScormConnection, type ScormFault } from './scorm-api.js';
export { qtiZip, qtiPackageFiles, type QtiVersion } from './qti.js';
